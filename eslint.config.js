// @ts-check
/**
 * One lint setup for the whole repository (`npm run lint`, part of `npm test`). Besides the
 * recommended rules of ESLint, typescript-eslint, Astro, React and React hooks, it holds the
 * boundaries the layout depends on:
 * - src/lib and src/schemas are pure TypeScript: no framework, no map library, and nothing from the
 *   folders that use them (components, client, collections, build, pages);
 * - browser code (src/client) does not import astro:*;
 * - only the data-access module (src/collections) reads collections from astro:content;
 * - file names: kebab-case for TypeScript modules, PascalCase for components.
 * tests/unit/lint.test.ts proves that the boundaries fire.
 */
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { basename } from 'node:path';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts'];

/** Reading collections is the data-access module's job; everything else gets plain objects from it. */
const astroContent = {
  name: 'astro:content',
  message: 'Only src/collections/ reads collections: import what you need from src/collections/directory.ts.',
};

/** What pure code (src/lib, src/schemas) may not import: frameworks, the map libraries, and the layers above it. */
const pureCode = [
  { group: ['astro', 'astro/*', 'astro:*', '@astrojs/*'], message: 'src/lib and src/schemas run in Node, tests and the browser alike: no Astro here. Take what you need as an argument.' },
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'src/lib and src/schemas hold no UI: React belongs in src/components/islands.' },
  { group: ['leaflet', 'leaflet/*', 'leaflet.*', 'supercluster'], message: 'The map libraries belong in src/client/map; src/lib/map holds only the pure part of the map.' },
  {
    regex: '^(\\.\\./)+(components|client|collections|build|pages)(/|$)',
    message: 'src/lib and src/schemas are used by components, client, collections, build and pages, not the other way round.',
  },
];

/**
 * A rule for file names, small enough to live here rather than add a plugin: the name without its
 * extension is kebab-case or PascalCase, as the option says. Dots separate parts (`search.test`),
 * each part checked.
 * @type {import('eslint').ESLint.Plugin}
 */
const fileNames = {
  rules: {
    case: {
      meta: {
        type: 'suggestion',
        docs: { description: 'File names follow the house style: kebab-case modules, PascalCase components.' },
        schema: [{ enum: ['kebab', 'pascal'] }],
        messages: { wrong: "'{{name}}' should be {{style}}, like {{example}}." },
      },
      create(context) {
        const style = context.options[0] ?? 'kebab';
        const [name] = basename(context.filename).split(/\.(?=[^.]+$)/);
        const part = style === 'kebab' ? /^[a-z0-9]+(-[a-z0-9]+)*$/ : /^[A-Z][A-Za-z0-9]*$/;
        const ok = (name ?? '').split('.').every((p) => part.test(p));
        return {
          Program(node) {
            if (!ok) context.report({ node, messageId: 'wrong', data: { name: basename(context.filename), style: style === 'kebab' ? 'kebab-case' : 'PascalCase', example: style === 'kebab' ? 'opening-hours.ts' : 'ServiceDetails.astro' } });
          },
        };
      },
    },
  },
};

export default defineConfig(
  {
    ignores: ['dist/', 'dist-*/', '.astro/', '.bench/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    files: ['**/*.tsx'],
    ...react.configs.flat.recommended,
    settings: { react: { version: 'detect' } },
  },
  { files: ['**/*.tsx'], ...react.configs.flat['jsx-runtime'] },
  { files: ['**/*.tsx'], ...reactHooks.configs.flat['recommended-latest'] },

  // Where code runs decides its globals.
  { files: ['src/**'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['scripts/**', 'tests/**', 'src/build/**', '*.config.*', '**/*.astro'], languageOptions: { globals: { ...globals.node } } },
  // The service worker template (it declares the MANIFEST the build writes in front of it).
  { files: ['src/service-worker/**'], languageOptions: { globals: { ...globals.serviceworker } } },
  {
    files: TS,
    rules: {
      // TypeScript itself reports undefined names, with types ESLint cannot see (typescript-eslint's advice).
      'no-undef': 'off',
    },
  },
  {
    rules: {
      // `_` marks a value left out on purpose (`const { locations: _, ...rest } = p`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },

  {
    files: ['scripts/import-registry/**'],
    // The importer was one 282-line function; its steps stay small enough to read and test one by one.
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },

  // Boundaries. A file gets one `no-restricted-imports` setting (flat config replaces, not merges), so each
  // group lists all of its limits; astro:* in the first two covers astro:content.
  {
    files: ['src/lib/**', 'src/schemas/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: pureCode }] },
  },
  {
    files: ['src/client/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['astro:*'], message: 'Browser code cannot use astro:* modules; the page passes it plain data.' }] }] },
  },
  {
    files: ['**/*'],
    // src/content.config.ts is where Astro requires collections to be defined (defineCollection); it reads none.
    ignores: ['src/lib/**', 'src/schemas/**', 'src/client/**', 'src/collections/**', 'src/content.config.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [astroContent] }] },
  },

  // File names. Pages are exempt: their names are URLs ([...lang], sitemap-[part].xml.ts).
  { plugins: { 'file-names': fileNames } },
  { files: ['src/lib/**/*.ts', 'src/client/**/*.ts', 'scripts/**/*.ts'], rules: { 'file-names/case': ['error', 'kebab'] } },
  { files: ['src/components/**/*.astro', 'src/components/**/*.tsx'], rules: { 'file-names/case': ['error', 'pascal'] } },
);
