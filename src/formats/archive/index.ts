/**
 * Release archives (tar.gz, tar.xz, tar.zst, zip), streamed, reproducible and written atomically.
 *
 * Reproducibility: entries sorted by UTF-8 byte order with missing parent directories added;
 * every entry has mtime = opts.mtime, owner 0/0 named root/root (tar), and a normalised mode
 * (dirs 0755, symlinks 0777, files 0755 when any executable bit is set, else 0644). The tar is
 * POSIX ustar (pax headers only for names that do not fit); gzip has MTIME 0 and OS byte 3;
 * zstd is single-threaded with a checksum; xz uses liblzma's preset with a CRC64 check; zip:
 * see zip.ts. File contents are streamed in pooled 128 KiB chunks with backpressure (see io.ts).
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { tempPath } from '../../atomic.js';
import { DistroError } from '../../errors.js';
import type { ProgressSink } from '../../progress.js';
import { type ArchiveEntry, planEntries } from './entries.js';
import { BufferPool, Output } from './io.js';
import { writeTar } from './tar.js';
import { XZ_MAX_PRESET } from './xz.js';
import { writeZip } from './zip.js';

export type { ArchiveEntry, PlannedEntry } from './entries.js';
export { compareNames, planEntries } from './entries.js';
export { DEFAULT_NAME_TEMPLATE, NAME_PLACEHOLDERS, archiveNameVars, renderName } from './name.js';
export { TAR_OWNER, type TarEntry, compressor, gzipOsByteFix, writeTarEntries } from './tar.js';
export { defaultThreads } from './parallel.js';
export { BufferPool, COPY_CHUNK, Output, readChunks } from './io.js';
export { xzSlot } from './xz.js';
export { dosDateTime } from './zip.js';
export { loadXz } from './xz.js';

export type ArchiveFormat = 'tar.gz' | 'tar.xz' | 'tar.zst' | 'zip';
export const ARCHIVE_FORMATS: readonly ArchiveFormat[] = ['tar.gz', 'tar.xz', 'tar.zst', 'zip'];

export function isArchiveFormat(value: string): value is ArchiveFormat {
  return (ARCHIVE_FORMATS as readonly string[]).includes(value);
}

/**
 * Compression level used when opts.level is not given (each format's own scale): the defaults of
 * gzip, zip, xz and zstd themselves, so an archive costs what `tar czf` or `zip -r` would.
 */
export const DEFAULT_LEVELS: Readonly<Record<ArchiveFormat, number>> = {
  'tar.gz': 6,
  'tar.xz': 6,
  'tar.zst': 3,
  zip: 6,
};
/**
 * Accepted levels: gzip/zip deflate 0–9 (0 = stored), zstd 1–22, xz presets 0–7 (8 and 9 do not
 * fit in the 256 MiB heap of the WebAssembly liblzma).
 */
export const LEVEL_RANGES: Readonly<Record<ArchiveFormat, readonly [number, number]>> = {
  'tar.gz': [0, 9],
  'tar.xz': [0, XZ_MAX_PRESET],
  'tar.zst': [1, 22],
  zip: [0, 9],
};

export interface WriteArchiveOptions {
  /** Seconds since the epoch (SOURCE_DATE_EPOCH) stamped on every entry. */
  mtime: number;
  /** Compression level on the format's own scale; see DEFAULT_LEVELS and LEVEL_RANGES. */
  level?: number;
  /** Tests only (zip): ZIP64 records even where the sizes do not need them. */
  forceZip64?: boolean;
  /** Compression threads (default: every core); the bytes are the same for any number. */
  threads?: number;
  /** Told the bytes of the files as they are read (src/progress.ts). */
  progress?: ProgressSink;
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
  const tmp = tempPath(target);
  const pool = new BufferPool();
  if (opts.progress) {
    const sink = opts.progress;
    sink.expect(planned.reduce((n, e) => n + (e.type === 'file' ? e.size : 0), 0));
    pool.onRead = (n) => sink.add(n);
    sink.setNext?.(`the ${format} is closed and renamed into place`);
  }
  const output = new Output(tmp);
  try {
    if (format === 'zip')
      await writeZip(planned, output, { mtime, level, forceZip64: opts.forceZip64 }, pool);
    else await writeTar(planned, output, format, mtime, level, pool, opts.threads);
    await output.finish();
    await rename(tmp, target);
  } catch (err) {
    await output.abandon();
    await rm(tmp, { force: true });
    throw err;
  }
  return { size: output.size, sha256: output.digest() };
}
