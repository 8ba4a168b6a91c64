/**
 * Parallel, reproducible compression: the input is cut into fixed-size blocks (blocks.ts) that are
 * compressed independently, gzip and zstd on libuv's threadpool (zlib's asynchronous engine: no
 * extra V8 isolate, no copy of the bundle, no message passing), xz on worker threads (its encoder
 * is WebAssembly, which runs on the thread that calls it), and the results are joined in order
 * into one standard stream. The block size depends only on the codec and level, so the bytes are
 * the same on 1, 2 or 16 cores:
 *
 * - gzip as pigz: each block is raw deflate primed with the 32 KiB before it and ended on a sync
 *   flush; one gzip header (MTIME 0, OS 3), the CRC-32 of the input (computed here, streaming)
 *   and its size close it. One member, so every gzip reader takes it.
 * - zstd: one frame per block (with its checksum); zstd readers read concatenated frames.
 * - xz as `xz -T`: each block is compressed as a one-block .xz stream, which is taken apart here
 *   into its block and index record; one stream header, the blocks, one index and footer.
 *
 * No worker is started for gzip or zstd, nor for an xz input smaller than one block (compressed on
 * this thread). At most threads + 1 blocks are in flight, so memory is a few blocks per thread
 * whatever the input size.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Duplex } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import { Semaphore, threadpoolSize } from '../../concurrency.js';
import {
  answersInPlace,
  type BlockCodec,
  type BlockJob,
  blockSize,
  compressBlock,
  garbageCollector,
} from './blocks.js';
import { afterWrite } from './io.js';

export type { BlockCodec } from './blocks.js';

/** Threads used when the caller does not say: every core (the bytes are the same either way). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 16));
}

// ---------------------------------------------------------------------------------------------
// gzip and zstd: libuv's threadpool

/**
 * libuv's threadpool runs these compressions and every fs call of the process; it has
 * UV_THREADPOOL_SIZE threads (4 by default), fixed when it starts. One is left to file reads, or a
 * block would wait behind the compressions for its own input: on 2 cores that is no limit at all;
 * beyond 3, the pool must be larger for every core to compress (src/runner/threadpool.ts raises it).
 */
function threadpoolRoom(): number {
  return Math.max(1, threadpoolSize() - 1);
}

/** Block compressions in flight on the threadpool, for every compressor of the process. */
const slots = new Semaphore(1);

/**
 * zstd's answers come in zlib's 16 KiB chunks, garbage once joined, which V8 would let pile up to
 * some 64 MiB (see garbageCollector). Young and short-lived, a minor collection (well under a
 * millisecond) frees them: one per 16 MiB of input keeps a 1 GiB tar.zst some 15 MiB smaller.
 */
const COLLECT_EVERY = 16 * 1024 * 1024;
let sinceCollect = 0;
function madeGarbage(bytes: number): void {
  sinceCollect += bytes;
  if (sinceCollect < COLLECT_EVERY) return;
  sinceCollect = 0;
  garbageCollector()?.('minor');
}

// ---------------------------------------------------------------------------------------------
// xz: the worker pool (one per process, grown to the most threads any compressor asked for)

/**
 * Run from source (tests), the worker loads compress-worker.ts itself: Node strips the types, and
 * this hook maps the sources' `./x.js` imports to the `./x.ts` files beside them.
 */
const SOURCE_BOOT = `
const { registerHooks } = require('node:module');
const { workerData } = require('node:worker_threads');
registerHooks({
  resolve(spec, ctx, next) {
    try { return next(spec, ctx); } catch (err) {
      if (/^\\.{1,2}\\/.*\\.js$/.test(spec)) return next(spec.slice(0, -3) + '.ts', ctx);
      throw err;
    }
  },
});
import(workerData.entry);
`;

function startWorker(): Worker {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const entry = pathToFileURL(path.join(path.dirname(here), 'compress-worker.ts')).href;
    return new Worker(SOURCE_BOOT, { eval: true, workerData: { entry } });
  }
  // the bundle: scripts/bundle.mjs builds the worker beside it
  return new Worker(path.join(path.dirname(here), 'compress-worker', 'index.js'));
}

interface Task {
  job: BlockJob;
  resolve: (out: Uint8Array) => void;
  reject: (err: Error) => void;
}

class WorkerPool {
  private readonly idle: Worker[] = [];
  private count = 0;
  private readonly queue: Task[] = [];
  private readonly running = new Map<Worker, Task>();
  max = 1;

  run(job: BlockJob): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      let w = this.idle.pop();
      if (!w && this.count < this.max) w = this.spawn();
      if (!w) return;
      const task = this.queue.shift()!;
      this.running.set(w, task);
      w.ref(); // a job in flight keeps the process alive; an idle worker does not
      // the block's own buffer moves to the worker (no copy); the caller no longer uses it
      w.postMessage(task.job, [task.job.data.buffer as ArrayBuffer]);
    }
  }

  private spawn(): Worker {
    const w = startWorker();
    this.count++;
    w.on('message', (msg: { out?: Uint8Array; error?: string }) => {
      const task = this.running.get(w);
      this.running.delete(w);
      w.unref();
      this.idle.push(w);
      if (msg.error !== undefined) task?.reject(new Error(`compression failed: ${msg.error}`));
      else task?.resolve(msg.out!);
      this.dispatch();
    });
    const gone = (err: Error) => {
      this.count--;
      const i = this.idle.indexOf(w);
      if (i >= 0) this.idle.splice(i, 1);
      const task = this.running.get(w);
      this.running.delete(w);
      task?.reject(err);
      this.dispatch();
    };
    w.on('error', gone);
    w.on('exit', (code) => gone(new Error(`a compression worker stopped (exit code ${code})`)));
    return w;
  }
}

const pool = new WorkerPool();

// ---------------------------------------------------------------------------------------------
// Stream framing

const GZIP_DICT = 32 * 1024;
const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
/** Stream flags: check type CRC64, as liblzma's encoder writes (checked on every block). */
const XZ_FLAGS = Buffer.from([0x00, 0x04]);

function u32le(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

function gzipHeader(level: number): Buffer {
  // XFL as zlib sets it: 2 for the slowest level, 4 for the fastest
  const xfl = level === 9 ? 2 : level < 2 ? 4 : 0;
  return Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]);
}

function xzHeader(): Buffer {
  return Buffer.concat([XZ_MAGIC, XZ_FLAGS, u32le(zlib.crc32(XZ_FLAGS))]);
}

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}

function readVarint(b: Uint8Array, at: number): [number, number] {
  let n = 0;
  for (let i = 0, mul = 1; i < 9; i++, mul *= 0x80) {
    const byte = b[at + i]!;
    n += (byte & 0x7f) * mul;
    if (!(byte & 0x80)) return [n, at + i + 1];
  }
  throw new Error('xz: malformed index in a compressed block');
}

/** Splits a one-block .xz stream into the block and its index record (unpadded, uncompressed size). */
function xzBlock(stream: Uint8Array): { block: Uint8Array; record: [number, number] } {
  const b = Buffer.from(stream.buffer, stream.byteOffset, stream.byteLength);
  const L = b.length;
  if (b[6] !== XZ_FLAGS[0] || b[7] !== XZ_FLAGS[1] || b.subarray(L - 2).toString('latin1') !== 'YZ')
    throw new Error('xz: unexpected stream layout from the encoder');
  const indexStart = L - 12 - (b.readUInt32LE(L - 8) + 1) * 4;
  const [count, at] = readVarint(b, indexStart + 1);
  if (count !== 1) throw new Error(`xz: expected one block, the encoder wrote ${count}`);
  const [unpadded, next] = readVarint(b, at);
  const [uncompressed] = readVarint(b, next);
  return { block: b.subarray(12, indexStart), record: [unpadded, uncompressed] };
}

function xzTrailer(records: Array<[number, number]>): Buffer {
  const idx = [0x00, ...varint(records.length)];
  for (const [unpadded, size] of records) idx.push(...varint(unpadded), ...varint(size));
  while (idx.length % 4) idx.push(0);
  const index = Buffer.from(idx);
  const backward = Buffer.concat([u32le((index.length + 4) / 4 - 1), XZ_FLAGS]);
  return Buffer.concat([
    index,
    u32le(zlib.crc32(index)),
    u32le(zlib.crc32(backward)),
    backward,
    Buffer.from('YZ', 'latin1'),
  ]);
}

// ---------------------------------------------------------------------------------------------
// The stream

/**
 * A Duplex: write the uncompressed bytes, read the compressed stream. A write is called back once
 * its bytes are copied into the current block (so read buffers can be recycled at once), or, when
 * threads + 1 blocks are already in flight, once the oldest is out.
 */
export class BlockCompressor extends Duplex {
  private readonly size: number;
  /** Room of a block buffer: the block and its compressed form, which may be slightly larger. */
  private readonly capacity: number;
  /** Block buffers back from the workers and written out, to use again (see afterWrite). */
  private readonly free: ArrayBuffer[] = [];
  private block: Buffer;
  private fill = 0;
  private started = false;
  private headerOut = false;
  private readonly inFlight: Array<Promise<Uint8Array>> = [];
  /** gzip: the last 32 KiB of input, CRC-32 and length so far. */
  private tail: Buffer = Buffer.alloc(0);
  private crc = 0;
  private total = 0;
  /** xz: one index record per block. */
  private readonly records: Array<[number, number]> = [];
  private wantRead: (() => void) | undefined;
  private readonly codec: BlockCodec;
  private readonly level: number;
  private readonly threads: number;

  constructor(codec: BlockCodec, level: number, threads = defaultThreads()) {
    super({ readableHighWaterMark: 1024 * 1024 });
    this.codec = codec;
    this.level = level;
    this.threads = threads;
    this.size = blockSize(codec, level);
    this.capacity = this.size + Math.ceil(this.size / 64) + 64 * 1024;
    this.block = this.newBlock();
    if (codec === 'xz') pool.max = Math.max(pool.max, threads);
    else slots.grow(Math.min(threads, threadpoolRoom()));
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.absorb(chunk).then(() => cb(), cb);
  }

  override _final(cb: (err?: Error | null) => void): void {
    this.finish().then(() => cb(), cb);
  }

  override _read(): void {
    const wake = this.wantRead;
    this.wantRead = undefined;
    wake?.();
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    this._read();
    cb(err);
  }

  private async absorb(chunk: Buffer): Promise<void> {
    for (let off = 0; off < chunk.length;) {
      const n = Math.min(chunk.length - off, this.size - this.fill);
      chunk.copy(this.block, this.fill, off, off + n);
      this.fill += n;
      off += n;
      if (this.fill === this.size) await this.submit(false);
    }
  }

  private async submit(last: boolean): Promise<void> {
    const data = this.block.subarray(0, this.fill);
    let dict: Buffer | undefined;
    if (this.codec === 'gzip') {
      this.crc = zlib.crc32(data, this.crc);
      this.total += data.length;
      dict = this.tail.length ? this.tail : undefined;
      const joined = data.length >= GZIP_DICT ? data : Buffer.concat([this.tail, data]);
      this.tail = Buffer.from(joined.subarray(Math.max(0, joined.length - GZIP_DICT)));
    }
    const job: BlockJob = { codec: this.codec, level: this.level, data, dict, last };
    const inline = last && !this.started;
    this.started = true;
    let result: Promise<Uint8Array>;
    if (this.codec !== 'xz') result = slots.run(() => this.onThreadpool(job));
    else result = inline ? compressBlock(job) : pool.run(job);
    result.catch(() => {}); // awaited in order by emitHead
    this.inFlight.push(result);
    if (!last) {
      this.block = this.newBlock();
      this.fill = 0;
    }
    while (this.inFlight.length > this.threads) await this.emitHead();
  }

  /**
   * zlib reads the block where it is and answers into a buffer of the block's size, given back
   * once the output file has it (see emitHead): a recycled one while it reads the block, after
   * which the block's buffer takes new input; or, when the answer is copied at the end (zstd),
   * the block's own buffer.
   */
  private async onThreadpool(job: BlockJob): Promise<Uint8Array> {
    const own = Buffer.from(job.data.buffer, 0, this.capacity);
    if (!answersInPlace(job)) {
      const out = await compressBlock(job, own);
      madeGarbage(job.data.length); // zlib's chunks
      return out;
    }
    const out = await compressBlock(job, this.newBlock());
    this.recycle(job.data.buffer);
    return out;
  }

  /** Keeps a block-sized buffer for a next block or answer: as many as can be in use at once. */
  private recycle(ab: ArrayBufferLike): void {
    if (
      ab instanceof ArrayBuffer &&
      ab.byteLength === this.capacity &&
      this.free.length < 2 * this.threads + 4
    )
      this.free.push(ab);
  }

  private newBlock(): Buffer {
    const ab = this.free.pop();
    return ab ? Buffer.from(ab) : Buffer.allocUnsafeSlow(this.capacity);
  }

  private async emitHead(): Promise<void> {
    const out = await this.inFlight.shift()!;
    // a worker answers in the block's own buffer, zlib in one of the block's size: once the output
    // file has it, it takes a next block
    const ab = out.buffer;
    if (ab instanceof ArrayBuffer && ab.byteLength === this.capacity)
      afterWrite.set(ab, () => this.recycle(ab));
    if (this.codec === 'xz') {
      const { block, record } = xzBlock(out);
      this.records.push(record);
      await this.out(block);
    } else await this.out(out);
  }

  private async out(bytes: Uint8Array): Promise<void> {
    if (this.destroyed) throw new Error('compressor closed');
    if (!this.headerOut) {
      this.headerOut = true;
      if (this.codec === 'gzip') this.push(gzipHeader(this.level));
      if (this.codec === 'xz') this.push(xzHeader());
    }
    if (!this.push(bytes)) await new Promise<void>((resolve) => (this.wantRead = resolve));
  }

  private async finish(): Promise<void> {
    // gzip always ends on a final deflate block; zstd writes one (empty) frame for empty input
    if (this.fill > 0 || this.codec === 'gzip' || (this.codec === 'zstd' && !this.started)) {
      await this.submit(true);
    }
    while (this.inFlight.length) await this.emitHead();
    if (this.codec === 'gzip') await this.out(Buffer.concat([u32le(this.crc), u32le(this.total % 2 ** 32)]));
    if (this.codec === 'xz') await this.out(xzTrailer(this.records));
    this.push(null);
  }
}
