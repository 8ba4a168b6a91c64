/**
 * Streaming plumbing shared by the tar and zip writers.
 *
 * Memory stays flat because every stage waits for the next one (backpressure) and because the
 * file bytes are read into a small pool of recycled buffers: a buffer goes back to the pool only
 * once the stage that consumes it (the compressor, or the output file for stored zip data) has
 * called back for it. Without the pool, hundreds of MB of read buffers wait for V8's garbage
 * collector, which only runs once some 64 MB of them have piled up.
 */
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { DistroError, withPath } from '../../errors.js';

/** Size of one read from a source file. */
export const READ_CHUNK = 128 * 1024;
/** Size of one read of a whole temporary file copied into a package (fewer round trips). */
export const COPY_CHUNK = 1024 * 1024;

/** Recycled read buffers. A chunk handed out is a view of one of them. */
export class BufferPool {
  /** Told the size of every read from a source file (progress). */
  onRead?: (bytes: number) => void;
  private readonly free: Buffer[] = [];
  private readonly homes = new WeakMap<ArrayBufferLike, Buffer>();

  constructor(
    readonly chunkSize = READ_CHUNK,
    private readonly maxFree = 64,
  ) {}

  get(): Buffer {
    const buf = this.free.pop();
    if (buf) return buf;
    const fresh = Buffer.allocUnsafeSlow(this.chunkSize);
    this.homes.set(fresh.buffer, fresh);
    return fresh;
  }

  /** The pool buffer `chunk` is a view of, if any. */
  home(chunk: Buffer): Buffer | undefined {
    return this.homes.get(chunk.buffer);
  }

  release(buf: Buffer): void {
    if (this.free.length < this.maxFree) this.free.push(buf);
  }

  /** A write callback that returns the pool buffer behind `chunk` once it has been consumed. */
  releaser(chunk: Buffer): ((err?: Error | null) => void) | undefined {
    const home = this.home(chunk);
    if (!home) return undefined;
    return (err) => {
      if (!err) this.release(home);
    };
  }
}

/** A source file to read: its path, the size it had when planned, its name in the archive. */
export interface SourceFile {
  source: string;
  size: number;
  name: string;
}

/** The state of a file being read: open handle (until its end), position, the next chunk. */
interface Cursor {
  file: SourceFile;
  fh: FileHandle | undefined;
  pos: number;
  /** Read ahead, not yet handed out. */
  pending: Buffer | undefined;
}

function where(f: SourceFile): string {
  return `source file ${f.source} (archive entry '${f.name}')`;
}

async function openCursor(file: SourceFile): Promise<Cursor> {
  try {
    return { file, fh: await open(file.source, 'r'), pos: 0, pending: undefined };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be opened (${code ?? String(err)})`;
    throw new DistroError(`${where(file)} ${why}`, { file: file.source, cause: err });
  }
}

/**
 * Reads the next chunk into a pool buffer (undefined at the end, when the handle is closed).
 * Exactly `size` bytes are expected: a file that grows or shrinks while it is archived would
 * corrupt the archive, so that is a DistroError naming the file.
 */
async function readNext(c: Cursor, pool: BufferPool): Promise<Buffer | undefined> {
  const { file } = c;
  if (!c.fh) return undefined;
  const buf = pool.get();
  // one byte more than expected, to notice a file that grew
  const want = Math.min(buf.length, file.size - c.pos + 1);
  let bytesRead: number;
  try {
    ({ bytesRead } = await c.fh.read(buf, 0, want, null));
  } catch (err) {
    pool.release(buf);
    throw new DistroError(`cannot read ${where(file)}: ${(err as Error).message}`, {
      file: file.source,
      cause: err,
    });
  }
  c.pos += bytesRead;
  pool.onRead?.(bytesRead);
  // a short read of a regular file is its end (saves one read per small file)
  const end = bytesRead < want;
  if (c.pos > file.size || (end && c.pos !== file.size)) {
    pool.release(buf);
    throw new DistroError(
      `${where(file)} changed size while it was being archived (expected ${file.size} bytes)`,
      {
        file: file.source,
      },
    );
  }
  if (end) await closeCursor(c);
  if (bytesRead === 0) {
    pool.release(buf);
    return undefined;
  }
  return buf.subarray(0, bytesRead);
}

async function closeCursor(c: Cursor): Promise<void> {
  const fh = c.fh;
  c.fh = undefined;
  await fh?.close();
}

async function* drain(cursor: Promise<Cursor>, pool: BufferPool): AsyncGenerator<Buffer> {
  const c = await cursor;
  try {
    if (c.pending) {
      const first = c.pending;
      c.pending = undefined;
      yield first;
    }
    for (let chunk = await readNext(c, pool); chunk; chunk = await readNext(c, pool)) yield chunk;
  } finally {
    await closeCursor(c);
  }
}

/** Reads one file in pooled chunks (no read-ahead). */
export function readChunks(file: SourceFile, pool: BufferPool): AsyncGenerator<Buffer> {
  return drain(openCursor(file), pool);
}

/**
 * Reads a list of files in order, in pooled chunks, opening the next few and reading their first
 * chunk ahead while the current one is being compressed: with many small files the archive is
 * otherwise mostly waiting for open/read/close round trips. At most `ahead` files are open at once.
 */
export class SourceReader {
  private readonly started = new Map<number, Promise<Cursor>>();

  constructor(
    private readonly files: readonly SourceFile[],
    private readonly pool: BufferPool,
    private readonly ahead = 8,
  ) {}

  private start(i: number): void {
    if (i >= this.files.length || this.started.has(i)) return;
    const cursor = openCursor(this.files[i]).then(async (c) => {
      try {
        c.pending = await readNext(c, this.pool);
      } catch (err) {
        await closeCursor(c);
        throw err;
      }
      return c;
    });
    cursor.catch(() => {}); // reported when the file's turn comes
    this.started.set(i, cursor);
  }

  /** The chunks of file `i`; call in order. */
  chunks(i: number): AsyncGenerator<Buffer> {
    for (let k = i; k <= i + this.ahead; k++) this.start(k);
    const cursor = this.started.get(i)!;
    this.started.delete(i);
    return drain(cursor, this.pool);
  }

  /** Closes whatever was read ahead (after a failure). */
  async close(): Promise<void> {
    const rest = [...this.started.values()];
    this.started.clear();
    await Promise.all(
      rest.map(async (p) => {
        const c = await p.catch(() => undefined);
        if (c) await closeCursor(c);
      }),
    );
  }
}

interface DrainableStream {
  readonly destroyed: boolean;
  readonly destroying?: boolean;
  readonly errored?: Error | null;
  on(event: string, fn: (err: Error) => void): unknown;
  off(event: string, fn: (err: Error) => void): unknown;
}

/** Resolves on 'drain'; rejects when the stream errors or closes first (node and streamx streams). */
export function drained(stream: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = stream as DrainableStream;
    const closed = () => s.errored ?? new Error('stream closed before it accepted more data');
    if (s.destroyed || s.destroying) return reject(closed());
    const cleanup = () => {
      s.off('drain', onDrain);
      s.off('close', onClose);
      s.off('error', onError);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onClose = () => {
      cleanup();
      reject(closed());
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    s.on('drain', onDrain);
    s.on('close', onClose);
    s.on('error', onError);
  });
}

/**
 * Runs tasks concurrently; on the first failure calls `abort` (which must make the others settle)
 * and, once all have settled, throws that first error.
 */
export async function together(tasks: Promise<unknown>[], abort: (err: Error) => void): Promise<void> {
  let failed = false;
  let first: unknown;
  await Promise.all(
    tasks.map((t) =>
      t.catch((err: unknown) => {
        if (failed) return;
        failed = true;
        first = err;
        abort(err instanceof Error ? err : new Error(String(err)));
      }),
    ),
  );
  if (failed) throw first;
}

/** Writes `chunks` into `dst` with backpressure, returning pooled buffers once `dst` consumed them. */
export async function pump(chunks: AsyncIterable<Buffer>, dst: Writable, pool: BufferPool): Promise<void> {
  for await (const chunk of chunks) {
    if (!dst.write(chunk, pool.releaser(chunk))) await drained(dst);
  }
  dst.end();
}

/**
 * What to do with a buffer once the output file has written it (a compressor's block buffer is used
 * again): keyed by the buffer's memory, called once, by Output.pipeFrom.
 */
export const afterWrite = new WeakMap<ArrayBufferLike, () => void>();

/**
 * The archive file being written: counts and hashes every byte on its way to disk (a temporary
 * file that is copied into the package afterwards needs no hash: `{ hash: false }`).
 */
export class Output {
  size = 0;
  private readonly hash: Hash | undefined;
  readonly ws: WriteStream;

  constructor(file: string, o: { hash?: boolean } = {}) {
    this.hash = o.hash === false ? undefined : createHash('sha256');
    this.ws = createWriteStream(file, { flags: 'wx', highWaterMark: 1024 * 1024 });
    // surfaced by drained() / finish(); the file and the bytes written go with it (a failed
    // write names no path) for the error a full disk becomes
    this.ws.on('error', (err) => withPath(err, file, this.size));
  }

  /** Like Writable#write; `cb` runs once the bytes are written to the file. */
  write(chunk: Buffer, cb?: (err?: Error | null) => void): boolean {
    this.hash?.update(chunk);
    this.size += chunk.length;
    return this.ws.write(chunk, cb);
  }

  /** Writes and waits for room. */
  async put(chunk: Buffer, cb?: (err?: Error | null) => void): Promise<void> {
    if (!this.write(chunk, cb)) await drained(this.ws);
  }

  /** Copies a readable (a compressor's output) into the file, with backpressure. */
  async pipeFrom(src: Readable): Promise<void> {
    for await (const chunk of src as AsyncIterable<Buffer>) {
      const back = afterWrite.get(chunk.buffer);
      afterWrite.delete(chunk.buffer);
      await this.put(chunk, back && ((err) => void (err || back())));
    }
  }

  /** Flushes and closes the file. */
  finish(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.ws.destroyed) return reject(this.ws.errored ?? new Error('archive file closed early'));
      this.ws.once('close', () => (this.ws.errored ? reject(this.ws.errored) : resolve()));
      this.ws.end();
    });
  }

  /** Closes the file after a failure (waits until the descriptor is closed). */
  abandon(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.closed) return resolve();
      this.ws.once('close', () => resolve());
      this.ws.destroy();
    });
  }

  digest(): string {
    if (!this.hash) throw new Error('internal: this output is not hashed');
    return this.hash.digest('hex');
  }
}
