/**
 * Runs `fn` over `items` a few at a time: a batch starts when the one before has finished. A shared
 * link may name up to 50 providers; asking for 50 files at once would swamp a slow phone connection
 * and the server, and a failing network would fail all of them at the same moment.
 * @example await mapInBatches([1, 2, 3], 2, async (n) => n * 2) // [2, 4, 6], fetched as [1, 2] then [3]
 */
export async function mapInBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  const step = Math.max(1, Math.floor(size));
  for (let i = 0; i < items.length; i += step) out.push(...(await Promise.all(items.slice(i, i + step).map(fn))));
  return out;
}
