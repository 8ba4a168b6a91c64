/**
 * `items` mapped with at most `limit` calls in flight, results in order: file work on thousands of
 * packages overlaps its I/O without opening thousands of files at once. (The same helper is private
 * in src/formats/archive/entries.ts and src/repos/yum/index.ts; one shared export would replace all three.)
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
