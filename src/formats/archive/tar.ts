/**
 * POSIX ustar stream (tar-stream) plus the three compressors. tar-stream splits a long name into
 * the ustar prefix/name fields when it can and otherwise writes one pax header (named `PaxHeader`,
 * same mode/owner/mtime as its entry), so the output depends only on the entries.
 */
import { createReadStream } from 'node:fs';
import { Duplex, Transform } from 'node:stream';
import zlib from 'node:zlib';
import tar, { type Header } from 'tar-stream';
import { DistroError } from '../../errors.js';
import type { PlannedEntry } from './entries.js';
import { loadXz } from './xz.js';

/** Owner written into every tar entry (uid/gid 0; names as dpkg-deb writes them). */
export const TAR_OWNER = { uid: 0, gid: 0, uname: 'root', gname: 'root' } as const;

export interface ArchiveProducer {
  /** The uncompressed archive bytes. */
  source: () => NodeJS.ReadableStream | AsyncIterable<Buffer>;
  /** Adds every entry, in order, waiting for each to be consumed; rejects on the first error. */
  feed: (signal: AbortSignal) => Promise<void>;
  /** Tears the producer down after a failure elsewhere. */
  destroy: (err: Error) => void;
}

interface DrainTarget {
  readonly destroying: boolean;
  readonly destroyed: boolean;
  on(event: 'drain' | 'close', fn: () => void): unknown;
  off(event: 'drain' | 'close', fn: () => void): unknown;
}

/** Waits until `w` accepts more data, or throws if the pipeline has failed meanwhile. */
function drained(w: DrainTarget, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: unknown) => {
      w.off('drain', onDrain);
      w.off('close', onClose);
      signal.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('tar entry closed before its data was written'));
    const onAbort = () => done(signal.reason ?? new Error('aborted'));
    if (signal.aborted) return onAbort();
    if (w.destroying || w.destroyed) return onClose();
    w.on('drain', onDrain);
    w.on('close', onClose);
    signal.addEventListener('abort', onAbort);
  });
}

export function tarProducer(entries: readonly PlannedEntry[], mtime: number): ArchiveProducer {
  const pack = tar.pack();
  pack.on('error', () => {}); // reported to the pipeline through the async iterator
  const date = new Date(mtime * 1000);

  type Sink = ReturnType<typeof pack.entry>;
  const addEntry = (header: Partial<Header> & Pick<Header, 'name'>): { sink: Sink; done: Promise<void> } => {
    let sink!: Sink;
    const done = new Promise<void>((resolve, reject) => {
      sink = pack.entry(header, (err) => (err ? reject(err) : resolve()));
      sink.on('error', () => {}); // reported through the callback
    });
    return { sink, done };
  };

  const feed = async (signal: AbortSignal) => {
    for (const e of entries) {
      signal.throwIfAborted();
      const common = { ...TAR_OWNER, mode: e.mode, mtime: date };
      if (e.type === 'dir') {
        await addEntry({ ...common, name: `${e.name}/`, type: 'directory' }).done;
      } else if (e.type === 'symlink') {
        await addEntry({ ...common, name: e.name, type: 'symlink', linkname: e.linkname }).done;
      } else {
        const source = e.source!;
        const { sink, done } = addEntry({ ...common, name: e.name, type: 'file', size: e.size });
        done.catch(() => {}); // awaited below; avoid an unhandled rejection while we are still reading
        let written = 0;
        const rs = createReadStream(source, { highWaterMark: 256 * 1024 });
        try {
          for await (const chunk of rs as AsyncIterable<Buffer>) {
            written += chunk.length;
            if (written > e.size) break;
            if (!sink.write(chunk)) await drained(sink, signal);
          }
        } catch (err) {
          rs.destroy();
          if (signal.aborted) throw signal.reason;
          throw new DistroError(
            `cannot read source file ${source} (archive entry '${e.name}'): ${(err as Error).message}`,
            { file: source, cause: err },
          );
        }
        if (written !== e.size) {
          rs.destroy();
          throw new DistroError(
            `source file ${source} (archive entry '${e.name}') changed size while it was being archived`,
            { file: source },
          );
        }
        sink.end(undefined);
        await done;
      }
    }
    pack.finalize();
  };

  return {
    // tar-stream's Pack is a streamx stream: hand it to pipeline() as an async iterable.
    source: () =>
      (async function* () {
        for await (const chunk of pack as AsyncIterable<Buffer>) yield chunk;
      })(),
    feed,
    destroy: (err) => pack.destroy(err),
  };
}

/** Node's zlib writes the gzip OS byte of its build platform; force "unix" (3) everywhere. */
export function gzipOsByteFix(): Transform {
  let offset = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      if (offset <= 9 && offset + chunk.length > 9) {
        chunk = Buffer.from(chunk);
        chunk[9 - offset] = 0x03;
      }
      offset += chunk.length;
      cb(null, chunk);
    },
  });
}

/** The compressor stage(s) for a tar format. */
export async function compressors(
  format: 'tar.gz' | 'tar.xz' | 'tar.zst',
  level: number,
): Promise<NodeJS.ReadWriteStream[]> {
  switch (format) {
    case 'tar.gz':
      return [zlib.createGzip({ level }), gzipOsByteFix()];
    case 'tar.zst':
      return [
        zlib.createZstdCompress({
          params: {
            [zlib.constants.ZSTD_c_compressionLevel]: level,
            [zlib.constants.ZSTD_c_checksumFlag]: 1,
          },
        }),
      ];
    case 'tar.xz': {
      const makeXz = await loadXz();
      const ts = makeXz(level);
      return [Duplex.fromWeb(ts as unknown as Parameters<typeof Duplex.fromWeb>[0])];
    }
  }
}
