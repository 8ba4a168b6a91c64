/**
 * Zip via yazl, made reproducible: a fixed DOS time computed in UTC (yazl would use the local time
 * zone), unix modes in the external attributes (plus the MS-DOS directory bit for directories),
 * symlinks as S_IFLNK entries holding the target, deflate for files, no extra fields at all
 * (forceDosTimestamp drops yazl's Info-ZIP "UT" field, which yazl writes only in the central
 * directory, where unzip and bsdtar ignore it). Zip readers take the DOS time as local time, so an
 * extracted file's mtime is opts.mtime shifted by the extracting machine's UTC offset.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import yazl from 'yazl';
import { DistroError } from '../../errors.js';
import type { PlannedEntry } from './entries.js';
import type { ArchiveProducer } from './tar.js';

const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const MSDOS_DIR = 0x10;

/** MS-DOS date and time fields of `mtime` (seconds since the epoch) in UTC, clamped to 1980–2107. */
export function dosDateTime(mtime: number): { date: number; time: number } {
  const min = Date.UTC(1980, 0, 1);
  const max = Date.UTC(2107, 11, 31, 23, 59, 58);
  const d = new Date(Math.min(max, Math.max(min, mtime * 1000)));
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/** The fields of yazl's (internal) Entry that we override. */
interface YazlEntry {
  lastModFileTime: number;
  lastModFileDate: number;
  externalFileAttributes: number;
}

export function zipProducer(entries: readonly PlannedEntry[], mtime: number, level: number): ArchiveProducer {
  const zip = new yazl.ZipFile();
  const date = new Date(mtime * 1000);
  const dos = dosDateTime(mtime);
  let current: ReadStream | undefined;
  let failed: ((err: Error) => void) | undefined;
  const errored = new Promise<never>((_, reject) => {
    failed = reject;
  });
  errored.catch(() => {});
  let currentName = '';
  let currentSource = '';
  zip.on('error', (err: Error) =>
    failed!(
      /unexpected number of bytes/.test(err.message)
        ? new DistroError(
            `source file ${currentSource} (archive entry '${currentName}') changed size while it was being archived`,
            { file: currentSource },
          )
        : err,
    ),
  );

  const patchLast = (extraAttrs = 0) => {
    const list = (zip as unknown as { entries?: YazlEntry[] }).entries;
    const last = list?.[list.length - 1];
    if (
      !last ||
      typeof last.lastModFileTime !== 'number' ||
      typeof last.externalFileAttributes !== 'number'
    ) {
      throw new Error(
        'yazl internals changed: cannot set a reproducible zip timestamp (update src/formats/archive/zip.ts)',
      );
    }
    last.lastModFileTime = dos.time;
    last.lastModFileDate = dos.date;
    last.externalFileAttributes = (last.externalFileAttributes | extraAttrs) >>> 0;
  };

  const feed = async (signal: AbortSignal) => {
    for (const e of entries) {
      if (e.type === 'dir') {
        zip.addEmptyDirectory(e.name, { mtime: date, mode: S_IFDIR | e.mode, forceDosTimestamp: true });
        patchLast(MSDOS_DIR);
      } else if (e.type === 'symlink') {
        zip.addBuffer(Buffer.from(e.linkname!, 'utf8'), e.name, {
          mtime: date,
          mode: S_IFLNK | e.mode,
          compress: false,
          forceDosTimestamp: true,
        });
        patchLast();
      } else {
        const source = e.source!;
        zip.addReadStreamLazy(
          e.name,
          {
            mtime: date,
            mode: S_IFREG | e.mode,
            size: e.size,
            compressionLevel: level,
            forceDosTimestamp: true,
          },
          (cb) => {
            if (signal.aborted) return;
            const rs = createReadStream(source, { highWaterMark: 256 * 1024 });
            current = rs;
            currentName = e.name;
            currentSource = source;
            rs.on('error', (err) =>
              failed!(
                new DistroError(
                  `cannot read source file ${source} (archive entry '${e.name}'): ${err.message}`,
                  { file: source, cause: err },
                ),
              ),
            );
            rs.on('close', () => {
              if (current === rs) current = undefined;
            });
            cb(null, rs);
          },
        );
        patchLast();
      }
    }
    zip.end();
    // yazl reports failures (a size mismatch, a read error) as events; the pipeline reports the rest.
    await new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      errored.catch(reject);
      zip.outputStream.once('end', () => resolve());
    });
  };

  return {
    source: () => zip.outputStream,
    feed,
    destroy: (err) => {
      current?.destroy();
      (zip.outputStream as unknown as { destroy: (e: Error) => void }).destroy(err);
    },
  };
}
