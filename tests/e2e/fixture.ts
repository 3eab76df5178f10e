/**
 * The fixture site that the main e2e project runs against (tests/fixtures/site, built by
 * `npm run build:fixtures` into dist-fixtures/), and the fictional entries the tests name. The
 * tests read names and numbers from the fixture files themselves, so a test states which entry it
 * looks at and the fixture says what that entry holds.
 */
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/build/content-files';
import type { Provider } from '../../src/schemas/provider';

const buildScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['build:fixtures'] ?? '';
export const FIXTURE_CONTENT = /CONTENT_DIR=(\S+)/.exec(buildScript)?.[1] ?? 'tests/fixtures/site';
/** Where `npm run build:fixtures` writes the fixture site (playwright.config.ts serves it). */
export const FIXTURE_DIST = /SITE_OUT_DIR=(\S+)/.exec(buildScript)?.[1] ?? 'dist-fixtures';
/** The BUILD_DATE `npm run build:fixtures` sets: the fixture site's "today" for freshness. */
export const FIXTURE_BUILD_DATE = /BUILD_DATE=(\d{4}-\d{2}-\d{2})/.exec(buildScript)?.[1] ?? '';

export const fixtureContent = loadContent(FIXTURE_CONTENT, FIXTURE_BUILD_DATE);

function provider(id: string): Provider {
  const p = fixtureContent.providers.find((x) => x.id === id)?.data;
  if (!p) throw new Error(`${FIXTURE_CONTENT}/providers/${id}.yaml is missing; the e2e tests use it`);
  return p;
}

/** A localised text as the given page language shows it (Romanian when there is no translation). */
export function text(v: string | { ro: string; en?: string; hu?: string } | undefined, lang: 'ro' | 'en' | 'hu' = 'ro'): string {
  if (v === undefined) return '';
  return typeof v === 'string' ? v : v[lang] ?? v.ro;
}

/**
 * The public provider with most features: phone, e-mail, an exact head office, an approximate
 * place, a confidential domestic-violence centre (quick exit), 24/7 and public-holiday hours.
 */
export const DIRECTIA = provider('directia-exemplu-fixture');
/** Texts in three languages, Hungarian-speaking staff, two places that cluster on the map. */
export const ASOCIATIA = provider('asociatia-exemplu-fixture');
/** Only an old (2016) source: its page carries the stale-data mark. In Turda, with a closed service. */
export const VECHE = provider('fundatia-veche-fixture');
/** Known to exist, no services documented yet. */
export const FARA_SERVICII = provider('organizatia-fara-servicii-fixture');
/** A listed service with an address and no way to reach it (no phone, e-mail, website or route): listed apart too. */
export const FARA_CONTACT = provider('asociatia-fara-contact-fixture');

export const providerPath = (p: Provider, lang: 'ro' | 'en' | 'hu' = 'ro') => `${lang === 'ro' ? '' : `/${lang}`}/providers/${p.id}/`;

/** Service keys (provider/service) as the shortlist and map use them. */
export const SERVICE = {
  /** 24/7, capacity 50 places, documents, walk-in or referral. */
  shelter: `${DIRECTIA.id}/adapost-de-noapte`,
  /** Mo-Fr 08:00-16:00, closed on public holidays; documents worded a little differently from the shelter's. */
  dayCentre: `${DIRECTIA.id}/centru-de-zi-varstnici`,
  /** Capacity per month, ages 0-18, means-tested cost. */
  recovery: `${DIRECTIA.id}/centru-de-recuperare-copii`,
  /** At the confidential location; no capacity, no documents. */
  domesticViolence: `${DIRECTIA.id}/centru-violenta-domestica`,
  /** No hours, cost or access known. */
  canteen: `${DIRECTIA.id}/cantina-sociala`,
} as const;

/** Location ids of DIRECTIA. */
export const PLACE = {
  /** Exact coordinates, named, wheelchair accessible. */
  office: 'sediu',
  /** Approximate coordinates, no name. */
  approximate: 'punct-nord',
  confidential: 'adapost-confidential',
} as const;

/** The service named by a key, from the fixture. */
export function service(key: string) {
  const [pid, sid] = key.split('/');
  const s = provider(pid!).services.find((x) => x.id === sid);
  if (!s) throw new Error(`no service ${key} in the fixture`);
  return s;
}

export function placeOf(p: Provider, id: string) {
  const l = p.locations?.find((x) => x.id === id);
  if (!l) throw new Error(`no location ${p.id}/${id} in the fixture`);
  return l;
}
