/** Bounded concurrency for work on many files. */

/**
 * Maps `items` through `fn` with at most `limit` calls in flight and returns the results in input
 * order: work on thousands of files overlaps its I/O without opening thousands of them at once.
 * The first rejection rejects the whole call (calls already started still run to their end; no new
 * ones start after it).
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i]!, i);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
