/**
 * POSIX ustar via tar-stream, then one compressor. tar-stream splits a long name into the ustar
 * prefix/name fields when it can and otherwise writes one pax header (named `PaxHeader`, same
 * mode/owner/mtime as its entry), so the output depends only on the entries.
 *
 *   source files ─(pooled chunks)→ tar-stream pack ─→ compressor ─→ Output (hash, size, file)
 *
 * File chunks keep their identity through the pack, so the compressor's write callback is where a
 * read buffer goes back to the pool.
 */
import { type Readable, Transform, type Writable } from 'node:stream';
import zlib from 'node:zlib';
import tar, { type Header } from 'tar-stream';
import type { PlannedEntry } from './entries.js';
import { type BufferPool, drained, type Output, pump, SourceReader, together } from './io.js';
import { BlockCompressor } from './parallel.js';
import { xzSlot } from './xz.js';

/** Owner written into every tar entry (uid/gid 0; names as dpkg-deb writes them). */
export const TAR_OWNER = { uid: 0, gid: 0, uname: 'root', gname: 'root' } as const;

export type TarFormat = 'tar.gz' | 'tar.xz' | 'tar.zst';

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

/**
 * The compressor: `input` takes tar bytes, and calls back for a chunk once it has taken (copied) it,
 * which lets read buffers be recycled; `output` gives the compressed bytes. gzip, zstd and xz run
 * on `threads` worker threads in fixed-size blocks (parallel.ts): the bytes do not depend on it.
 * zstd is one frame per block; `oneZstdFrame` writes a single frame on this thread instead, for
 * readers that stop after the first frame (dpkg 1.21).
 */
export async function compressor(
  format: TarFormat,
  level: number,
  threads?: number,
  o: { oneZstdFrame?: boolean } = {},
): Promise<{ input: Writable; output: Readable }> {
  if (format === 'tar.zst' && o.oneZstdFrame) {
    const zstd = zlib.createZstdCompress({
      params: {
        [zlib.constants.ZSTD_c_compressionLevel]: level,
        [zlib.constants.ZSTD_c_checksumFlag]: 1,
      },
    });
    return { input: zstd, output: zstd };
  }
  const codec = format === 'tar.gz' ? 'gzip' : format === 'tar.xz' ? 'xz' : 'zstd';
  const stream = new BlockCompressor(codec, level, threads);
  return { input: stream, output: stream };
}

export async function writeTar(
  entries: readonly PlannedEntry[],
  out: Output,
  format: TarFormat,
  mtime: number,
  level: number,
  pool: BufferPool,
  threads?: number,
): Promise<void> {
  const release = format === 'tar.xz' ? await xzSlot() : undefined;
  try {
    await writeTarWith(entries, out, await compressor(format, level, threads), mtime, pool);
  } finally {
    release?.();
  }
}

/**
 * One tar entry with its full header (the deb writer sets owners, modes and mtimes per entry).
 * `name` is written as given (a directory's trailing `/` included). Regular files take their bytes
 * from `data` when given, else from `source`, streamed.
 */
export interface TarEntry {
  name: string;
  type: 'file' | 'dir' | 'symlink';
  mode: number;
  /** Seconds since the epoch. */
  mtime: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  size: number;
  source?: string;
  data?: Buffer;
  linkname?: string;
}

async function writeTarWith(
  entries: readonly PlannedEntry[],
  out: Output,
  comp: { input: Writable; output: Readable },
  mtime: number,
  pool: BufferPool,
): Promise<void> {
  const full: TarEntry[] = entries.map((e) => ({
    ...TAR_OWNER,
    name: e.type === 'dir' ? `${e.name}/` : e.name,
    type: e.type,
    mode: e.mode,
    mtime,
    size: e.size,
    source: e.source,
    linkname: e.linkname,
  }));
  await writeTarEntries(full, out, comp, pool);
}

/**
 * Writes `entries` in the given order through `comp` into `out`. `onChunk(i, chunk)` sees every
 * byte of the i-th entry's content as it is read (to hash it in the same pass).
 */
export async function writeTarEntries(
  entries: readonly TarEntry[],
  out: Output,
  comp: { input: Writable; output: Readable },
  pool: BufferPool,
  onChunk?: (index: number, chunk: Buffer) => void,
): Promise<void> {
  comp.output.on('error', () => {}); // reaches out.pipeFrom through its iterator
  const pack = tar.pack();
  pack.on('error', () => {}); // reaches the consumer through its iterator

  /** Adds one entry; resolves once tar-stream is done with it. */
  const entry = async (header: Partial<Header> & Pick<Header, 'name'>, data?: AsyncIterable<Buffer>) => {
    let sink!: ReturnType<typeof pack.entry>;
    const done = new Promise<void>((resolve, reject) => {
      sink = pack.entry(header, (err) => (err ? reject(err) : resolve()));
    });
    // a failure elsewhere (the output's disk full) can reject it while the data is being read:
    // awaited below, but never unhandled meanwhile
    done.catch(() => {});
    sink.on('error', () => {}); // reported through the callback
    if (data) {
      try {
        for await (const chunk of data) {
          if (!sink.write(chunk)) await drained(sink);
        }
      } catch (err) {
        sink.destroy(err as Error);
        await done.catch(() => {});
        throw err;
      }
      sink.end(undefined);
    }
    await done;
  };

  const streamed = entries.filter((e) => e.type === 'file' && !e.data);
  const files = streamed.map((e) => ({ source: e.source!, size: e.size, name: e.name }));
  const reader = new SourceReader(files, pool);
  let fileIndex = 0;

  async function* tapped(index: number, chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      onChunk?.(index, chunk);
      yield chunk;
    }
  }

  const feed = async () => {
    for (const [i, e] of entries.entries()) {
      const common = {
        uid: e.uid,
        gid: e.gid,
        uname: e.uname,
        gname: e.gname,
        mode: e.mode,
        mtime: new Date(e.mtime * 1000),
      };
      if (e.type === 'dir') await entry({ ...common, name: e.name, type: 'directory' });
      else if (e.type === 'symlink')
        await entry({ ...common, name: e.name, type: 'symlink', linkname: e.linkname });
      else {
        const chunks: AsyncIterable<Buffer> = e.data
          ? (async function* () {
              if (e.data!.length) yield e.data!;
            })()
          : reader.chunks(fileIndex++);
        await entry(
          { ...common, name: e.name, type: 'file', size: e.data ? e.data.length : e.size },
          onChunk ? tapped(i, chunks) : chunks,
        );
      }
    }
    pack.finalize();
  };

  try {
    await together(
      [feed(), pump(pack as unknown as AsyncIterable<Buffer>, comp.input, pool), out.pipeFrom(comp.output)],
      (err) => {
        pack.destroy(err);
        comp.input.destroy(err);
        comp.output.destroy(err);
        out.ws.destroy(err);
      },
    );
  } finally {
    await reader.close();
  }
}
