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

/** What a search touches, as beneficiary category ids. */
export interface SearchTouches {
  /** Categories the reader chose as filters. */
  chosen: readonly string[];
  /** Categories the query means through the search vocabulary (the engine's reading, ids only). */
  meant: readonly string[];
  /** The categories of each result shown. */
  shown: ReadonlyArray<readonly string[]>;
}

/**
 * True when a search touches a sensitive category (domestic violence, trafficking) through the
 * query's meaning, a filter or a result on screen: the page then shows the quick exit, and the
 * search is kept out of the address and the history (see the search island).
 * @example searchNeedsQuickExit({ chosen: [], meant: ['domestic-violence-victims'], shown: [] }, ['domestic-violence-victims']) // true
 */
export function searchNeedsQuickExit(s: SearchTouches, sensitiveCategories: readonly string[]): boolean {
  const sensitive = (c: string) => sensitiveCategories.includes(c);
  return s.chosen.some(sensitive) || s.meant.some(sensitive) || s.shown.some((cats) => cats.some(sensitive));
}
