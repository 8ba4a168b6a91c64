/**
 * Progress of long work, so a step is never silent: on GitHub a log line at least every 10 s
 * (what, bytes done of how many, MiB/s, what comes next), in a terminal one live line redrawn in
 * place (the logger's `live`), and one line when the work is done (`wrote x.deb (63 MiB) in 3.1 s`).
 *
 *   const p = startProgress(log, { title: 'writing x.deb', total: bytes, next: 'the upload' });
 *   … p.add(n) as bytes are done (writers take it as their `progress` option) …
 *   p.done(`wrote x.deb (${formatBytes(size)})`);   // or p.stop() after a failure
 *
 * Anything long (a repository, a toolchain install, a root filesystem) can use it the same way;
 * work counted in items rather than bytes passes `unit: 'items'`.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from './log.js';
import { recordWritten } from './manifest/index.js';

/** Time and timers, injectable so tests run without waiting. */
export interface ProgressClock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Calls `fn` every `ms` until the returned function is called; never keeps the process alive. */
  every(ms: number, fn: () => void): () => void;
}

export const realClock: ProgressClock = {
  now: () => performance.now(),
  every: (ms, fn) => {
    const t = setInterval(fn, ms);
    t.unref();
    return () => clearInterval(t);
  },
};

/** What a writer is given: it reports what it has done, and may say how much there is. */
export interface ProgressSink {
  add(amount: number): void;
  expect(total: number): void;
  /** What comes after the current part of the work (`control.tar, then the .deb`). */
  setNext?(text: string): void;
}

export interface ProgressOptions {
  /** What is being done: `writing hello_1.2.3-1_amd64.deb`. */
  title: string;
  /** How much there is to do, when known (more can be said later with expect). */
  total?: number;
  /** What comes after this work: `hello-1.2.3-1.x86_64.rpm`, `the upload`. */
  next?: string;
  unit?: 'bytes' | 'items';
  clock?: ProgressClock;
  /** Between two log lines (not in a terminal); at most 10 s. */
  everyMs?: number;
}

export interface Progress extends ProgressSink {
  /** Stops and prints `<line> in 3.1 s`. */
  done(line: string): void;
  /** Stops without a line (after a failure). */
  stop(): void;
}

const LOG_EVERY_MS = 10_000;
const LIVE_EVERY_MS = 250;

/** `63 MiB`, `1.5 MiB`, `12.0 KiB`, `512 B`. */
export function formatBytes(n: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  if (n < 1024) return `${n} B`;
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 10 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function startProgress(log: Logger, o: ProgressOptions): Progress {
  const clock = o.clock ?? realClock;
  const t0 = clock.now();
  const bytes = (o.unit ?? 'bytes') === 'bytes';
  let done = 0;
  let total = o.total;
  let stopped = false;
  let next = o.next;

  const line = (): string => {
    const secs = (clock.now() - t0) / 1000;
    const amount = bytes ? formatBytes(done) : String(done);
    const of = total
      ? ` of ${bytes ? formatBytes(total) : total} (${Math.floor((done / total) * 100)}%)`
      : '';
    const rate =
      secs > 0
        ? bytes
          ? `${(done / 1048576 / secs).toFixed(1)} MiB/s`
          : `${(done / secs).toFixed(1)}/s`
        : '';
    const parts = [`${o.title}: ${amount}${of}`, rate, `${seconds(clock.now() - t0)} so far`];
    if (next) parts.push(`next: ${next}`);
    return parts.filter(Boolean).join(', ');
  };

  const live = log.live?.bind(log);
  const cancel = live
    ? clock.every(LIVE_EVERY_MS, () => live(line()))
    : clock.every(Math.min(o.everyMs ?? LOG_EVERY_MS, LOG_EVERY_MS), () => log.info(line()));

  const stop = () => {
    if (stopped) return;
    stopped = true;
    cancel();
    live?.('');
  };
  return {
    add: (n) => void (done += n),
    expect: (n) => void (total = n),
    setNext: (t) => void (next = t),
    stop,
    done: (text) => {
      stop();
      log.info(`${text} in ${seconds(clock.now() - t0)}`);
    },
  };
}

/**
 * Writes one artifact file with progress (outside any log group, so it shows while it runs), then
 * prints `wrote <name> (<size>) in <time>`. A writer returning `{ size, sha256 }` (hashed on the
 * way to disk) has it recorded, so the manifest entry does not read the file again. `write` is
 * given the sink to pass to the writer.
 */
export async function writeWithProgress<T>(
  log: Logger,
  file: string,
  write: (progress: ProgressSink) => Promise<T>,
  o: { next?: string; clock?: ProgressClock } = {},
): Promise<T> {
  const name = path.basename(file);
  const p = startProgress(log, { title: `writing ${name}`, ...o });
  let res: T;
  try {
    res = await write(p);
  } catch (e) {
    p.stop();
    throw e;
  }
  const r = res as { size?: unknown; sha256?: unknown } | undefined;
  let size: number;
  if (typeof r?.size === 'number' && typeof r.sha256 === 'string') {
    size = r.size;
    await recordWritten(file, { size, sha256: r.sha256 });
  } else size = (await stat(file)).size;
  p.done(`wrote ${name} (${formatBytes(size)})`);
  return res;
}
