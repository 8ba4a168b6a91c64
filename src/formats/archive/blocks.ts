/**
 * One block of a parallel compressed stream (see parallel.ts): gzip and zstd on libuv's threadpool,
 * xz on a compression worker (or on the main thread for an input smaller than one block). Pure
 * functions of their arguments, so the bytes never depend on which thread (or how many) ran them.
 *
 * Loaded by the worker thread straight from its source in tests (Node strips the types): only
 * erasable TypeScript here, and no imports but node: modules and ./xz.js.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
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

/** Whether compressBlock writes its answer into `room` while it reads the block (else at its end). */
export function answersInPlace(job: Pick<BlockJob, 'codec' | 'level'>): boolean {
  return job.codec === 'gzip' && job.level > 0;
}

/**
 * gzip: raw deflate with the previous 32 KiB as dictionary, ending on a byte boundary (sync flush)
 * so the blocks concatenate into one deflate stream. zstd: one frame with a checksum. xz: a whole
 * single-block .xz stream, which parallel.ts takes apart into its block and index record.
 *
 * gzip and zstd run on libuv's threadpool (zlib's asynchronous engine), leaving the calling thread
 * free meanwhile. `room`, when given, is where the answer goes: a buffer of at least the block's
 * worst-case compressed size, which the caller recycles. gzip levels 1-9 write into it while they
 * read the block (see answersInPlace): the block is one threadpool job and one answer, and no
 * buffer is made for the garbage collector to find. Where the bytes depend on the output room
 * (gzip level 0, zstd), zlib writes its default chunks, as the bytes always came from, copied
 * into `room` at the end; that may then be the block's own buffer.
 * xz runs its WebAssembly encoder on the calling thread (parallel.ts gives it worker threads).
 */
export async function compressBlock(job: BlockJob, room?: Buffer): Promise<Uint8Array> {
  const { codec, level, data } = job;
  if (codec === 'gzip') {
    const options = { level, ...(job.dict?.length ? { dictionary: job.dict } : {}) };
    const flush = job.last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
    // level 0 sizes its stored blocks by the output room: zlib's default chunks there
    if (!answersInPlace(job) || !room) {
      const engine = zlib.createDeflateRaw({ ...options, chunkSize: zlib.constants.Z_DEFAULT_CHUNK });
      return onThreadpool(engine, data, flush, room);
    }
    return onThreadpool(
      writingInto(room, (chunkSize) => zlib.createDeflateRaw({ ...options, chunkSize })),
      data,
      flush,
    );
  }
  if (codec === 'zstd') {
    const engine = zlib.createZstdCompress({
      chunkSize: zstdChunk(data.length, level),
      params: {
        [zlib.constants.ZSTD_c_compressionLevel]: level,
        [zlib.constants.ZSTD_c_checksumFlag]: 1,
      },
    });
    return onThreadpool(engine, data, zlib.constants.ZSTD_e_end, room);
  }
  return xzStream(data, level);
}

/**
 * What zlib's engines have had since Node 0.x: a chunk processed with an explicit flush (what
 * zlib's own synchronous calls use), and the output buffer it writes into.
 */
interface ZlibEngine {
  _processChunk(chunk: Uint8Array, flush: number, cb: () => void): void;
  _outBuffer?: Buffer;
  _outOffset?: number;
  _chunkSize?: number;
}

/**
 * zstd's output chunk, which its bytes depend on: where zstd wraps its window buffer (every window
 * + 128 KiB of input), it compresses the rest in one pass, which writes other bytes, if the output
 * room left has the bound of that rest. With zlib's 16 KiB chunks, as the bytes always came from,
 * that can only happen for a rest under 16 KiB. A whole block (4 MiB) leaves at least 256 KiB at
 * every wrap (the smallest window of a level, 512 KiB, wraps 6 times): 256 KiB chunks, 16 times
 * fewer threadpool round trips, leave the bytes as they were. A shorter (last) block: 16 KiB.
 */
function zstdChunk(length: number, level: number): number {
  return length === blockSize('zstd', level) ? 256 * 1024 : zlib.constants.Z_DEFAULT_CHUNK;
}

/**
 * An engine that writes into `room`: made with the smallest chunk, then given `room` as its
 * output buffer (no buffer of the block's size made per block); made with a chunk of room's size
 * should the engine not look as expected.
 */
function writingInto<E>(room: Buffer, make: (chunkSize: number) => E): E {
  const engine = make(zlib.constants.Z_MIN_CHUNK);
  const e = engine as unknown as ZlibEngine;
  if (Buffer.isBuffer(e._outBuffer) && e._outOffset === 0 && e._chunkSize === zlib.constants.Z_MIN_CHUNK) {
    e._outBuffer = room;
    e._chunkSize = room.length;
    return engine;
  }
  (engine as unknown as zlib.DeflateRaw).close();
  return make(room.length);
}

/**
 * One zlib call on the whole block, ended with `flush`, on the threadpool; an answer in several
 * chunks is joined into `join` (when they fit) or a new buffer. Not zlib.deflateRaw(): that writes
 * the input with no flush, then flushes in a second call, which changes zstd's frame header (no
 * content size), and joins the two answers by a copy.
 */
function onThreadpool(
  engine: zlib.DeflateRaw | zlib.ZstdCompress,
  data: Uint8Array,
  flush: number,
  join?: Buffer,
): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const parts: Buffer[] = [];
    engine.on('data', (b: Buffer) => parts.push(b));
    engine.on('error', reject);
    (engine as unknown as ZlibEngine)._processChunk(data, flush, () => {
      engine.close();
      if (engine.errored) reject(engine.errored);
      else if (parts.length === 1 && !join) resolve(parts[0]!);
      else resolve(joined(parts, join));
    });
  });
}

/** The parts in one buffer: `into` when they fit (a recycled one), else a new one. */
function joined(parts: Buffer[], into: Buffer | undefined): Buffer {
  const total = parts.reduce((n, p) => n + p.length, 0);
  if (!into || total > into.length) return Buffer.concat(parts, total);
  let off = 0;
  for (const p of parts) off += p.copy(into, off);
  return into.subarray(0, total);
}

/**
 * A forced garbage collection of this thread, or undefined where V8 refuses one (only memory is
 * at stake). V8 frees a thread's garbage buffers only once some 64 MiB of them have piled up: the
 * compressors collect more often where they make garbage (compress-worker.ts, parallel.ts).
 */
export function garbageCollector(): ((type: 'minor' | 'major') => void) | undefined {
  if (gcFn === null) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gcFn = vm.runInNewContext('gc') as (o: object) => void;
    } catch {
      gcFn = undefined;
    }
  }
  const gc = gcFn;
  return gc && ((type) => gc({ type, execution: 'sync' }));
}
let gcFn: ((o: object) => void) | undefined | null = null;

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
