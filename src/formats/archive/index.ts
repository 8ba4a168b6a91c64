/**
 * Release archives (tar.gz, tar.xz, tar.zst, zip), streamed, reproducible and written atomically.
 *
 * Reproducibility: entries sorted by UTF-8 byte order with missing parent directories added;
 * every entry has mtime = opts.mtime, owner 0/0 named root/root (tar), and a normalised mode
 * (dirs 0755, symlinks 0777, files 0755 when any executable bit is set, else 0644). The tar is
 * POSIX ustar (pax headers only for names that do not fit); gzip has MTIME 0 and OS byte 3;
 * zstd is single-threaded with a checksum; xz uses liblzma's preset with a CRC64 check.
 */
import { randomBytes, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DistroError } from '../../errors.js';
import { planEntries } from './entries.js';
import { compressors, tarProducer } from './tar.js';
import { zipProducer } from './zip.js';

export type { ArchiveEntry, PlannedEntry } from './entries.js';
export { compareNames, planEntries } from './entries.js';
export { DEFAULT_NAME_TEMPLATE, NAME_PLACEHOLDERS, renderName } from './name.js';
export { TAR_OWNER } from './tar.js';
export { dosDateTime } from './zip.js';
export { loadXz } from './xz.js';

import type { ArchiveEntry } from './entries.js';

export type ArchiveFormat = 'tar.gz' | 'tar.xz' | 'tar.zst' | 'zip';
export const ARCHIVE_FORMATS: readonly ArchiveFormat[] = ['tar.gz', 'tar.xz', 'tar.zst', 'zip'];

export function isArchiveFormat(value: string): value is ArchiveFormat {
  return (ARCHIVE_FORMATS as readonly string[]).includes(value);
}

/** Compression level used when opts.level is not given (each format's own scale). */
export const DEFAULT_LEVELS: Readonly<Record<ArchiveFormat, number>> = {
  'tar.gz': 9,
  'tar.xz': 6,
  'tar.zst': 19,
  zip: 9,
};
/** Accepted levels: gzip/zip deflate 0–9 (0 = stored), xz presets 0–9, zstd 1–22. */
export const LEVEL_RANGES: Readonly<Record<ArchiveFormat, readonly [number, number]>> = {
  'tar.gz': [0, 9],
  'tar.xz': [0, 9],
  'tar.zst': [1, 22],
  zip: [0, 9],
};

export interface WriteArchiveOptions {
  /** Seconds since the epoch (SOURCE_DATE_EPOCH) stamped on every entry. */
  mtime: number;
  /** Compression level on the format's own scale; see DEFAULT_LEVELS and LEVEL_RANGES. */
  level?: number;
}

export interface ArchiveResult {
  /** Bytes of the archive file. */
  size: number;
  /** Lower-case hex SHA-256 of the archive file. */
  sha256: string;
}

/** tar-stream writes the mtime with 32-bit arithmetic. */
const MAX_MTIME = 2 ** 31 - 1;

/**
 * Writes `entries` as a `format` archive at `out`. The bytes go to `<out>.tmp-<random>` in the same
 * directory, which is renamed to `out` on success and deleted on any failure.
 */
export async function writeArchive(
  out: string,
  format: ArchiveFormat,
  entries: ArchiveEntry[],
  opts: WriteArchiveOptions,
): Promise<ArchiveResult> {
  if (!isArchiveFormat(format)) {
    throw new DistroError(
      `unknown archive format '${String(format)}'; use one of ${ARCHIVE_FORMATS.join(', ')}`,
    );
  }
  const { mtime } = opts;
  if (!Number.isInteger(mtime) || mtime < 0 || mtime > MAX_MTIME) {
    throw new DistroError(
      `archive mtime must be whole seconds between 0 and ${MAX_MTIME} (SOURCE_DATE_EPOCH), got ${String(mtime)}`,
    );
  }
  const level = opts.level ?? DEFAULT_LEVELS[format];
  const [lo, hi] = LEVEL_RANGES[format];
  if (!Number.isInteger(level) || level < lo || level > hi) {
    throw new DistroError(
      `${format} compression level must be a whole number from ${lo} to ${hi}, got ${String(level)}`,
    );
  }

  const planned = await planEntries(entries);
  const target = path.resolve(out);
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${randomBytes(6).toString('hex')}`;

  const producer = format === 'zip' ? zipProducer(planned, mtime, level) : tarProducer(planned, mtime);
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
  });

  const ac = new AbortController();
  let firstError: unknown;
  const fail = (err: unknown) => {
    if (ac.signal.aborted) return;
    firstError = err;
    producer.destroy(err instanceof Error ? err : new Error(String(err)));
    ac.abort(err);
  };

  let ws: ReturnType<typeof createWriteStream> | undefined;
  try {
    const stages = format === 'zip' ? [] : await compressors(format, level);
    ws = createWriteStream(tmp, { flags: 'wx' });
    const streams = [producer.source(), ...stages, tap, ws] as unknown as NodeJS.ReadWriteStream[];
    const piping = pipeline(streams, { signal: ac.signal }).catch((err: unknown) => {
      fail(err);
      throw err;
    });
    const feeding = producer.feed(ac.signal).catch((err: unknown) => {
      fail(err);
      throw err;
    });
    const results = await Promise.allSettled([feeding, piping]);
    if (results.some((r) => r.status === 'rejected')) throw firstError;
    await rename(tmp, target);
  } catch (err) {
    if (ws) {
      const stream = ws;
      if (!stream.closed) {
        await new Promise<void>((resolve) => {
          stream.once('close', () => resolve());
          stream.destroy();
        });
      }
    }
    await rm(tmp, { force: true });
    throw err;
  }
  return { size, sha256: hash.digest('hex') };
}
