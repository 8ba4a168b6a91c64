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

/**
 * At most `max` calls of `run` in flight; the others wait in order. `grow` raises the limit (a
 * process-wide resource shared by callers that ask for different amounts).
 */
export class Semaphore {
  private busy = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private max: number) {}

  grow(max: number): void {
    this.max = Math.max(this.max, max);
    while (this.busy < this.max && this.waiting.length) {
      this.busy++;
      this.waiting.shift()!();
    }
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.busy < this.max) this.busy++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the slot is handed over
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.busy--;
    }
  }
}

/** Threads of libuv's pool, as src/runner/threadpool.ts sized it (libuv's own default until then). */
let poolSize = 4;

export function setThreadpoolSize(n: number): void {
  poolSize = n;
}

export function threadpoolSize(): number {
  return poolSize;
}
