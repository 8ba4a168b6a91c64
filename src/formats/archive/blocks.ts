/**
 * One block of a parallel compressed stream (see parallel.ts): the work a compression worker does,
 * and the main thread too for an input smaller than one block. Pure functions of their arguments,
 * so the bytes never depend on which thread (or how many) ran them.
 *
 * Loaded by the worker thread straight from its source in tests (Node strips the types): only
 * erasable TypeScript here, and no imports but node: modules and ./xz.js.
 */
import zlib from 'node:zlib';
import { loadXz } from './xz.js';

export type BlockCodec = 'gzip' | 'zstd' | 'xz';

export interface BlockJob {
  codec: BlockCodec;
  level: number;
  data: Uint8Array;
  /** gzip: the 32 KiB of input before this block, so matches may reach back across the boundary. */
  dict?: Uint8Array;
  /** gzip: the final block ends the deflate stream; the others end on a sync flush. */
  last: boolean;
}

/**
 * Bytes of one block, the same on every thread count: gzip and zstd as pigz and `zstd -T` size
 * their jobs, xz three times the preset's dictionary as `xz -T` does (a block smaller than that
 * would cut the dictionary short).
 */
export function blockSize(codec: BlockCodec, level: number): number {
  const MiB = 1024 * 1024;
  if (codec === 'gzip') return MiB;
  if (codec === 'zstd') return 4 * MiB;
  const dict = [0.25, 1, 2, 4, 4, 8, 8, 16, 32, 64][level] ?? 8;
  return Math.max(MiB, 3 * dict * MiB);
}

/**
 * gzip: raw deflate with the previous 32 KiB as dictionary, ending on a byte boundary (sync flush)
 * so the blocks concatenate into one deflate stream. zstd: one frame with a checksum. xz: a whole
 * single-block .xz stream, which parallel.ts takes apart into its block and index record.
 */
export async function compressBlock(job: BlockJob): Promise<Uint8Array> {
  const { codec, level, data } = job;
  if (codec === 'gzip') {
    return zlib.deflateRawSync(data, {
      level,
      ...(job.dict?.length ? { dictionary: job.dict } : {}),
      finishFlush: job.last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    });
  }
  if (codec === 'zstd') {
    return zlib.zstdCompressSync(data, {
      params: {
        [zlib.constants.ZSTD_c_compressionLevel]: level,
        [zlib.constants.ZSTD_c_checksumFlag]: 1,
      },
    });
  }
  return xzStream(data, level);
}

/** The input in slices: the WebAssembly heap then holds one slice, not the whole block, at once. */
const XZ_SLICE = 1024 * 1024;

async function xzStream(data: Uint8Array, level: number): Promise<Uint8Array> {
  const makeXz = await loadXz();
  const xz = makeXz(level);
  const writer = xz.writable.getWriter();
  const feed = (async () => {
    for (let off = 0; off < data.length; off += XZ_SLICE) {
      await writer.write(data.subarray(off, off + XZ_SLICE));
    }
    await writer.close();
  })();
  const parts: Uint8Array[] = [];
  const reader = xz.readable.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  await feed;
  return Buffer.concat(parts);
}
