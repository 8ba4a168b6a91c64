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
import { Duplex, type Readable, Transform, type Writable } from 'node:stream';
import zlib from 'node:zlib';
import tar, { type Header } from 'tar-stream';
import type { PlannedEntry } from './entries.js';
import { type BufferPool, drained, type Output, pump, SourceReader, together } from './io.js';
import { loadXz, xzSlot } from './xz.js';

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
 * The compressor: `input` takes tar bytes, and calls back for a chunk only once it has consumed it
 * (what lets read buffers be recycled); `output` gives the compressed bytes.
 */
export async function compressor(
  format: TarFormat,
  level: number,
): Promise<{ input: Writable; output: Readable }> {
  switch (format) {
    case 'tar.gz': {
      const gzip = zlib.createGzip({ level });
      const fix = gzipOsByteFix();
      gzip.on('error', (err) => fix.destroy(err));
      return { input: gzip, output: gzip.pipe(fix) };
    }
    case 'tar.zst': {
      const zstd = zlib.createZstdCompress({
        params: {
          [zlib.constants.ZSTD_c_compressionLevel]: level,
          [zlib.constants.ZSTD_c_checksumFlag]: 1,
        },
      });
      return { input: zstd, output: zstd };
    }
    case 'tar.xz': {
      const makeXz = await loadXz();
      // the Duplex calls back for a write once the TransformStream has taken (copied) the chunk
      const xz = Duplex.fromWeb(makeXz(level) as unknown as Parameters<typeof Duplex.fromWeb>[0]);
      return { input: xz, output: xz };
    }
  }
}

export async function writeTar(
  entries: readonly PlannedEntry[],
  out: Output,
  format: TarFormat,
  mtime: number,
  level: number,
  pool: BufferPool,
): Promise<void> {
  const release = format === 'tar.xz' ? await xzSlot() : undefined;
  try {
    await writeTarWith(entries, out, await compressor(format, level), mtime, pool);
  } finally {
    release?.();
  }
}

async function writeTarWith(
  entries: readonly PlannedEntry[],
  out: Output,
  comp: { input: Writable; output: Readable },
  mtime: number,
  pool: BufferPool,
): Promise<void> {
  comp.output.on('error', () => {}); // reaches out.pipeFrom through its iterator
  const pack = tar.pack();
  pack.on('error', () => {}); // reaches the consumer through its iterator
  const date = new Date(mtime * 1000);

  /** Adds one entry; resolves once tar-stream is done with it. */
  const entry = async (header: Partial<Header> & Pick<Header, 'name'>, data?: AsyncIterable<Buffer>) => {
    let sink!: ReturnType<typeof pack.entry>;
    const done = new Promise<void>((resolve, reject) => {
      sink = pack.entry(header, (err) => (err ? reject(err) : resolve()));
    });
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

  const files = entries
    .filter((e) => e.type === 'file')
    .map((e) => ({ source: e.source!, size: e.size, name: e.name }));
  const reader = new SourceReader(files, pool);
  let fileIndex = 0;

  const feed = async () => {
    for (const e of entries) {
      const common = { ...TAR_OWNER, mode: e.mode, mtime: date };
      if (e.type === 'dir') await entry({ ...common, name: `${e.name}/`, type: 'directory' });
      else if (e.type === 'symlink')
        await entry({ ...common, name: e.name, type: 'symlink', linkname: e.linkname });
      else await entry({ ...common, name: e.name, type: 'file', size: e.size }, reader.chunks(fileIndex++));
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
