/** How many filters are on: what the "Filters (2 active)" button says while the panel is closed on a phone. */
import type { Filters } from './engine';

/**
 * Each chosen category, type, area and language counts once, and so does each tick, the open
 * filter and an age. A sub-option of another filter (such as hiding unknown hours under "open")
 * is part of that filter.
 * @example activeFilterCount({ ...NO_FILTERS, cat: ['elderly', 'homeless'], free: true }) // 3
 */
export function activeFilterCount(f: Filters): number {
  return f.cat.length + f.type.length + f.area.length + f.language.length
    + Number(f.free) + Number(f.walkIn) + Number(f.wheelchair)
    + Number(f.open !== null) + Number(f.age !== null);
}
