/** Which pages carry the "leave this site quickly" button. */

interface QuickExitProvider {
  services: ReadonlyArray<{ beneficiary_categories: readonly string[] }>;
  locations?: ReadonlyArray<{ confidential?: boolean }>;
}

/**
 * True for a provider with a service for one of the sensitive categories (domestic-violence
 * victims by default) or with a confidential location: someone may be watching the reader's screen.
 */
export function providerNeedsQuickExit(p: QuickExitProvider, sensitiveCategories: readonly string[]): boolean {
  return (p.locations ?? []).some((l) => l.confidential === true) || p.services.some((s) => s.beneficiary_categories.some((c) => sensitiveCategories.includes(c)));
}

/** Tracks Escape presses; `press(now)` is true on the second press within `windowMs` of the first. */
export function doubleEscape(windowMs = 1000): { press: (now: number) => boolean } {
  let last = -Infinity;
  return {
    press(now) {
      const twice = now - last <= windowMs;
      last = twice ? -Infinity : now;
      return twice;
    },
  };
}

/** A result on screen, as far as the quick exit needs it. */
export interface ShownResult {
  /** Its beneficiary category ids. */
  categories: readonly string[];
  /** One of its places is confidential (a shelter). */
  confidential: boolean;
}

/** What a search touches, as beneficiary category ids and the results shown. */
export interface SearchTouches {
  /** Categories the reader chose as filters. */
  chosen: readonly string[];
  /** Categories the query means through the search vocabulary (the engine's reading, ids only). */
  meant: readonly string[];
  /** The results on screen. */
  shown: readonly ShownResult[];
}

/**
 * True for a result that is specific to people in danger: its place is confidential, or it is for
 * nobody but the sensitive categories. A general service that lists them among many groups (a city
 * hall's food vouchers for the poor, the elderly and victims of violence) is not: otherwise broad
 * words like "centru" or "bătrâni" would raise the quick exit and empty the address. The taxonomy
 * has no category that only exists beside these two (children-and-families, next to domestic
 * violence in a mother-and-child shelter, stands on its own too), so the list is just them; such a
 * shelter still counts through its confidential place.
 */
export function resultIsSensitive(r: ShownResult, sensitiveCategories: readonly string[]): boolean {
  return r.confidential || (r.categories.length > 0 && r.categories.every((c) => sensitiveCategories.includes(c)));
}

/**
 * True when a search points at domestic violence or trafficking (issue 15, item 5): the query means
 * a sensitive category (through the vocabulary), a filter chooses one, or a result on screen is
 * specific to them (resultIsSensitive). The page then shows the quick exit, and the search is kept
 * out of the address and the history (see the search island).
 * @example searchNeedsQuickExit({ chosen: [], meant: ['domestic-violence-victims'], shown: [] }, ['domestic-violence-victims']) // true
 */
export function searchNeedsQuickExit(s: SearchTouches, sensitiveCategories: readonly string[]): boolean {
  const sensitive = (c: string) => sensitiveCategories.includes(c);
  return s.chosen.some(sensitive) || s.meant.some(sensitive) || s.shown.some((r) => resultIsSensitive(r, sensitiveCategories));
}
