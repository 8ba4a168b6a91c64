/**
 * The size of libuv's threadpool, which compresses gzip and zstd blocks
 * (src/formats/archive/parallel.ts) beside every fs call of the process. It is fixed when the pool
 * starts (with its first job) at what UV_THREADPOOL_SIZE says then, 4 if unset: the bundle's entry
 * sets it first, to one thread per core to compress plus one for file reads.
 */
import { availableParallelism } from 'node:os';
import { setThreadpoolSize } from '../concurrency.js';

export function sizeThreadpool(env: Record<string, string | undefined> = process.env): void {
  env.UV_THREADPOOL_SIZE ??= String(Math.max(4, Math.min(availableParallelism(), 16) + 1));
  const n = Number(env.UV_THREADPOOL_SIZE);
  setThreadpoolSize(Number.isInteger(n) && n > 0 ? Math.min(n, 1024) : 4);
}
