// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// SITE_OUT_DIR lets benchmarks and parallel builds write elsewhere; CONTENT_DIR (read by the
// content loader) lets them build from another content folder, such as synthetic data.
const outDir = process.env.SITE_OUT_DIR ?? './dist';

export default defineConfig({
  site: 'https://servicii-sociale-cluj.example.org',
  output: 'static',
  outDir,
  cacheDir: `${outDir.replace(/\/$/, '')}-cache`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [react()],
  devToolbar: { enabled: false },
});
