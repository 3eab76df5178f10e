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
