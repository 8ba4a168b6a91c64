export const id = 4714;
export const ids = [4714];
export const modules = {

/***/ 30425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pt: () => (/* binding */ BufferPool),
/* harmony export */   SE: () => (/* binding */ afterWrite),
/* harmony export */   bs: () => (/* binding */ together),
/* harmony export */   jC: () => (/* binding */ SourceReader),
/* harmony export */   k7: () => (/* binding */ Output),
/* harmony export */   m5: () => (/* binding */ COPY_CHUNK),
/* harmony export */   oB: () => (/* binding */ drained),
/* harmony export */   ri: () => (/* binding */ pump),
/* harmony export */   vA: () => (/* binding */ READ_CHUNK),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/**
 * Streaming plumbing shared by the tar and zip writers.
 *
 * Memory stays flat because every stage waits for the next one (backpressure) and because the
 * file bytes are read into a small pool of recycled buffers: a buffer goes back to the pool only
 * once the stage that consumes it (the compressor, or the output file for stored zip data) has
 * called back for it. Without the pool, hundreds of MB of read buffers wait for V8's garbage
 * collector, which only runs once some 64 MB of them have piled up.
 */




/** Size of one read from a source file. */
const READ_CHUNK = 128 * 1024;
/** Size of one read of a whole temporary file copied into a package (fewer round trips). */
const COPY_CHUNK = 1024 * 1024;
/** Recycled read buffers. A chunk handed out is a view of one of them. */
class BufferPool {
    chunkSize;
    maxFree;
    /** Told the size of every read from a source file (progress). */
    onRead;
    free = [];
    homes = new WeakMap();
    constructor(chunkSize = READ_CHUNK, maxFree = 64) {
        this.chunkSize = chunkSize;
        this.maxFree = maxFree;
    }
    get() {
        const buf = this.free.pop();
        if (buf)
            return buf;
        const fresh = Buffer.allocUnsafeSlow(this.chunkSize);
        this.homes.set(fresh.buffer, fresh);
        return fresh;
    }
    /** The pool buffer `chunk` is a view of, if any. */
    home(chunk) {
        return this.homes.get(chunk.buffer);
    }
    release(buf) {
        if (this.free.length < this.maxFree)
            this.free.push(buf);
    }
    /** A write callback that returns the pool buffer behind `chunk` once it has been consumed. */
    releaser(chunk) {
        const home = this.home(chunk);
        if (!home)
            return undefined;
        return (err) => {
            if (!err)
                this.release(home);
        };
    }
}
function where(f) {
    return `source file ${f.source} (archive entry '${f.name}')`;
}
async function openCursor(file) {
    try {
        return { file, fh: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file.source, 'r'), pos: 0, pending: undefined };
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'does not exist' : `cannot be opened (${code ?? String(err)})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DistroError */ .Yt(`${where(file)} ${why}`, { file: file.source, cause: err });
    }
}
/**
 * Reads the next chunk into a pool buffer (undefined at the end, when the handle is closed).
 * Exactly `size` bytes are expected: a file that grows or shrinks while it is archived would
 * corrupt the archive, so that is a DistroError naming the file.
 */
async function readNext(c, pool) {
    const { file } = c;
    if (!c.fh)
        return undefined;
    const buf = pool.get();
    // one byte more than expected, to notice a file that grew
    const want = Math.min(buf.length, file.size - c.pos + 1);
    let bytesRead;
    try {
        ({ bytesRead } = await c.fh.read(buf, 0, want, null));
    }
    catch (err) {
        pool.release(buf);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DistroError */ .Yt(`cannot read ${where(file)}: ${err.message}`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DistroError */ .Yt(`${where(file)} changed size while it was being archived (expected ${file.size} bytes)`, {
            file: file.source,
        });
    }
    if (end)
        await closeCursor(c);
    if (bytesRead === 0) {
        pool.release(buf);
        return undefined;
    }
    return buf.subarray(0, bytesRead);
}
async function closeCursor(c) {
    const fh = c.fh;
    c.fh = undefined;
    await fh?.close();
}
async function* drain(cursor, pool) {
    const c = await cursor;
    try {
        if (c.pending) {
            const first = c.pending;
            c.pending = undefined;
            yield first;
        }
        for (let chunk = await readNext(c, pool); chunk; chunk = await readNext(c, pool))
            yield chunk;
    }
    finally {
        await closeCursor(c);
    }
}
/** Reads one file in pooled chunks (no read-ahead). */
function readChunks(file, pool) {
    return drain(openCursor(file), pool);
}
/**
 * Reads a list of files in order, in pooled chunks, opening the next few and reading their first
 * chunk ahead while the current one is being compressed: with many small files the archive is
 * otherwise mostly waiting for open/read/close round trips. At most `ahead` files are open at once.
 */
class SourceReader {
    files;
    pool;
    ahead;
    started = new Map();
    constructor(files, pool, ahead = 8) {
        this.files = files;
        this.pool = pool;
        this.ahead = ahead;
    }
    start(i) {
        if (i >= this.files.length || this.started.has(i))
            return;
        const cursor = openCursor(this.files[i]).then(async (c) => {
            try {
                c.pending = await readNext(c, this.pool);
            }
            catch (err) {
                await closeCursor(c);
                throw err;
            }
            return c;
        });
        cursor.catch(() => { }); // reported when the file's turn comes
        this.started.set(i, cursor);
    }
    /** The chunks of file `i`; call in order. */
    chunks(i) {
        for (let k = i; k <= i + this.ahead; k++)
            this.start(k);
        const cursor = this.started.get(i);
        this.started.delete(i);
        return drain(cursor, this.pool);
    }
    /** Closes whatever was read ahead (after a failure). */
    async close() {
        const rest = [...this.started.values()];
        this.started.clear();
        await Promise.all(rest.map(async (p) => {
            const c = await p.catch(() => undefined);
            if (c)
                await closeCursor(c);
        }));
    }
}
/** Resolves on 'drain'; rejects when the stream errors or closes first (node and streamx streams). */
function drained(stream) {
    return new Promise((resolve, reject) => {
        const s = stream;
        const closed = () => s.errored ?? new Error('stream closed before it accepted more data');
        if (s.destroyed || s.destroying)
            return reject(closed());
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
        const onError = (err) => {
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
async function together(tasks, abort) {
    let failed = false;
    let first;
    await Promise.all(tasks.map((t) => t.catch((err) => {
        if (failed)
            return;
        failed = true;
        first = err;
        abort(err instanceof Error ? err : new Error(String(err)));
    })));
    if (failed)
        throw first;
}
/** Writes `chunks` into `dst` with backpressure, returning pooled buffers once `dst` consumed them. */
async function pump(chunks, dst, pool) {
    for await (const chunk of chunks) {
        if (!dst.write(chunk, pool.releaser(chunk)))
            await drained(dst);
    }
    dst.end();
}
/**
 * What to do with a buffer once the output file has written it (a compressor's block buffer is used
 * again): keyed by the buffer's memory, called once, by Output.pipeFrom.
 */
const afterWrite = new WeakMap();
/**
 * The archive file being written: counts and hashes every byte on its way to disk (a temporary
 * file that is copied into the package afterwards needs no hash: `{ hash: false }`).
 */
class Output {
    size = 0;
    hash;
    ws;
    constructor(file, o = {}) {
        this.hash = o.hash === false ? undefined : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        this.ws = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(file, { flags: 'wx', highWaterMark: 1024 * 1024 });
        // surfaced by drained() / finish(); the file and the bytes written go with it (a failed
        // write names no path) for the error a full disk becomes
        this.ws.on('error', (err) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withPath */ .iD)(err, file, this.size));
    }
    /** Like Writable#write; `cb` runs once the bytes are written to the file. */
    write(chunk, cb) {
        this.hash?.update(chunk);
        this.size += chunk.length;
        return this.ws.write(chunk, cb);
    }
    /** Writes and waits for room. */
    async put(chunk, cb) {
        if (!this.write(chunk, cb))
            await drained(this.ws);
    }
    /** Copies a readable (a compressor's output) into the file, with backpressure. */
    async pipeFrom(src) {
        for await (const chunk of src) {
            const back = afterWrite.get(chunk.buffer);
            afterWrite.delete(chunk.buffer);
            await this.put(chunk, back && ((err) => void (err || back())));
        }
    }
    /** Flushes and closes the file. */
    finish() {
        return new Promise((resolve, reject) => {
            if (this.ws.destroyed)
                return reject(this.ws.errored ?? new Error('archive file closed early'));
            this.ws.once('close', () => (this.ws.errored ? reject(this.ws.errored) : resolve()));
            this.ws.end();
        });
    }
    /** Closes the file after a failure (waits until the descriptor is closed). */
    abandon() {
        return new Promise((resolve) => {
            if (this.ws.closed)
                return resolve();
            this.ws.once('close', () => resolve());
            this.ws.destroy();
        });
    }
    digest() {
        if (!this.hash)
            throw new Error('internal: this output is not hashed');
        return this.hash.digest('hex');
    }
}


/***/ }),

/***/ 72763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ BlockCompressor),
  Z: () => (/* binding */ defaultThreads)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
var external_node_vm_default = /*#__PURE__*/__webpack_require__.n(external_node_vm_);
// EXTERNAL MODULE: ./src/formats/archive/xz.ts
var archive_xz = __webpack_require__(14115);
;// CONCATENATED MODULE: ./src/formats/archive/blocks.ts
/**
 * One block of a parallel compressed stream (see parallel.ts): gzip and zstd on libuv's threadpool,
 * xz on a compression worker (or on the main thread for an input smaller than one block). Pure
 * functions of their arguments, so the bytes never depend on which thread (or how many) ran them.
 *
 * Loaded by the worker thread straight from its source in tests (Node strips the types): only
 * erasable TypeScript here, and no imports but node: modules and ./xz.js.
 */




/**
 * Bytes of one block, the same on every thread count: gzip and zstd as pigz and `zstd -T` size
 * their jobs, xz three times the preset's dictionary as `xz -T` does (a block smaller than that
 * would cut the dictionary short).
 */
function blockSize(codec, level) {
    const MiB = 1024 * 1024;
    if (codec === 'gzip')
        return MiB;
    if (codec === 'zstd')
        return 4 * MiB;
    const dict = [0.25, 1, 2, 4, 4, 8, 8, 16, 32, 64][level] ?? 8;
    return Math.max(MiB, 3 * dict * MiB);
}
/** Whether compressBlock writes its answer into `room` while it reads the block (else at its end). */
function answersInPlace(job) {
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
async function compressBlock(job, room) {
    const { codec, level, data } = job;
    if (codec === 'gzip') {
        const options = { level, ...(job.dict?.length ? { dictionary: job.dict } : {}) };
        const flush = job.last ? (external_node_zlib_default()).constants.Z_FINISH : (external_node_zlib_default()).constants.Z_SYNC_FLUSH;
        // level 0 sizes its stored blocks by the output room: zlib's default chunks there
        if (!answersInPlace(job) || !room) {
            const engine = external_node_zlib_default().createDeflateRaw({ ...options, chunkSize: (external_node_zlib_default()).constants.Z_DEFAULT_CHUNK });
            return onThreadpool(engine, data, flush, room);
        }
        return onThreadpool(writingInto(room, (chunkSize) => external_node_zlib_default().createDeflateRaw({ ...options, chunkSize })), data, flush);
    }
    if (codec === 'zstd') {
        const engine = external_node_zlib_default().createZstdCompress({
            chunkSize: zstdChunk(data.length, level),
            params: {
                [(external_node_zlib_default()).constants.ZSTD_c_compressionLevel]: level,
                [(external_node_zlib_default()).constants.ZSTD_c_checksumFlag]: 1,
            },
        });
        return onThreadpool(engine, data, (external_node_zlib_default()).constants.ZSTD_e_end, room);
    }
    return xzStream(data, level);
}
/**
 * zstd's output chunk, which its bytes depend on: where zstd wraps its window buffer (every window
 * + 128 KiB of input), it compresses the rest in one pass, which writes other bytes, if the output
 * room left has the bound of that rest. With zlib's 16 KiB chunks, as the bytes always came from,
 * that can only happen for a rest under 16 KiB. A whole block (4 MiB) leaves at least 256 KiB at
 * every wrap (the smallest window of a level, 512 KiB, wraps 6 times): 256 KiB chunks, 16 times
 * fewer threadpool round trips, leave the bytes as they were. A shorter (last) block: 16 KiB.
 */
function zstdChunk(length, level) {
    return length === blockSize('zstd', level) ? 256 * 1024 : (external_node_zlib_default()).constants.Z_DEFAULT_CHUNK;
}
/**
 * An engine that writes into `room`: made with the smallest chunk, then given `room` as its
 * output buffer (no buffer of the block's size made per block); made with a chunk of room's size
 * should the engine not look as expected.
 */
function writingInto(room, make) {
    const engine = make((external_node_zlib_default()).constants.Z_MIN_CHUNK);
    const e = engine;
    if (Buffer.isBuffer(e._outBuffer) && e._outOffset === 0 && e._chunkSize === (external_node_zlib_default()).constants.Z_MIN_CHUNK) {
        e._outBuffer = room;
        e._chunkSize = room.length;
        return engine;
    }
    engine.close();
    return make(room.length);
}
/**
 * One zlib call on the whole block, ended with `flush`, on the threadpool; an answer in several
 * chunks is joined into `join` (when they fit) or a new buffer. Not zlib.deflateRaw(): that writes
 * the input with no flush, then flushes in a second call, which changes zstd's frame header (no
 * content size), and joins the two answers by a copy.
 */
function onThreadpool(engine, data, flush, join) {
    return new Promise((resolve, reject) => {
        const parts = [];
        engine.on('data', (b) => parts.push(b));
        engine.on('error', reject);
        engine._processChunk(data, flush, () => {
            engine.close();
            if (engine.errored)
                reject(engine.errored);
            else if (parts.length === 1 && !join)
                resolve(parts[0]);
            else
                resolve(joined(parts, join));
        });
    });
}
/** The parts in one buffer: `into` when they fit (a recycled one), else a new one. */
function joined(parts, into) {
    const total = parts.reduce((n, p) => n + p.length, 0);
    if (!into || total > into.length)
        return Buffer.concat(parts, total);
    let off = 0;
    for (const p of parts)
        off += p.copy(into, off);
    return into.subarray(0, total);
}
/**
 * A forced garbage collection of this thread, or undefined where V8 refuses one (only memory is
 * at stake). V8 frees a thread's garbage buffers only once some 64 MiB of them have piled up: the
 * compressors collect more often where they make garbage (compress-worker.ts, parallel.ts).
 */
function garbageCollector() {
    if (gcFn === null) {
        try {
            external_node_v8_default().setFlagsFromString('--expose-gc');
            gcFn = external_node_vm_default().runInNewContext('gc');
        }
        catch {
            gcFn = undefined;
        }
    }
    const gc = gcFn;
    return gc && ((type) => gc({ type, execution: 'sync' }));
}
let gcFn = null;
/** The input in slices: the WebAssembly heap then holds one slice, not the whole block, at once. */
const XZ_SLICE = 1024 * 1024;
async function xzStream(data, level) {
    const makeXz = await (0,archive_xz/* loadXz */.pd)();
    const xz = makeXz(level);
    const writer = xz.writable.getWriter();
    const feed = (async () => {
        for (let off = 0; off < data.length; off += XZ_SLICE) {
            await writer.write(data.subarray(off, off + XZ_SLICE));
        }
        await writer.close();
    })();
    const parts = [];
    const reader = xz.readable.getReader();
    for (;;) {
        const { value, done } = await reader.read();
        if (done)
            break;
        parts.push(value);
    }
    await feed;
    return Buffer.concat(parts);
}

// EXTERNAL MODULE: ./src/formats/archive/io.ts
var io = __webpack_require__(30425);
;// CONCATENATED MODULE: ./src/formats/archive/parallel.ts
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









/** Threads used when the caller does not say: every core (the bytes are the same either way). */
function defaultThreads() {
    return Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), 16));
}
// ---------------------------------------------------------------------------------------------
// gzip and zstd: libuv's threadpool
/**
 * libuv's threadpool runs these compressions and every fs call of the process; it has
 * UV_THREADPOOL_SIZE threads (4 by default), fixed when it starts. One is left to file reads, or a
 * block would wait behind the compressions for its own input: on 2 cores that is no limit at all;
 * beyond 3, the pool must be larger for every core to compress (src/runner/threadpool.ts raises it).
 */
function threadpoolRoom() {
    return Math.max(1, (0,concurrency/* threadpoolSize */.Mo)() - 1);
}
/** Block compressions in flight on the threadpool, for every compressor of the process. */
const slots = new concurrency/* Semaphore */.jf(1);
/**
 * zstd's answers come in zlib's 16 KiB chunks, garbage once joined, which V8 would let pile up to
 * some 64 MiB (see garbageCollector). Young and short-lived, a minor collection (well under a
 * millisecond) frees them: one per 16 MiB of input keeps a 1 GiB tar.zst some 15 MiB smaller.
 */
const COLLECT_EVERY = 16 * 1024 * 1024;
let sinceCollect = 0;
function madeGarbage(bytes) {
    sinceCollect += bytes;
    if (sinceCollect < COLLECT_EVERY)
        return;
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
function startWorker() {
    const here = (0,external_node_url_.fileURLToPath)(import.meta.url);
    if (here.endsWith('.ts')) {
        const entry = (0,external_node_url_.pathToFileURL)(external_node_path_default().join(external_node_path_default().dirname(here), 'compress-worker.ts')).href;
        return new external_node_worker_threads_.Worker(SOURCE_BOOT, { eval: true, workerData: { entry } });
    }
    // the bundle: scripts/bundle.mjs builds the worker beside it
    return new external_node_worker_threads_.Worker(external_node_path_default().join(external_node_path_default().dirname(here), 'compress-worker', 'index.js'));
}
class WorkerPool {
    idle = [];
    count = 0;
    queue = [];
    running = new Map();
    max = 1;
    run(job) {
        return new Promise((resolve, reject) => {
            this.queue.push({ job, resolve, reject });
            this.dispatch();
        });
    }
    dispatch() {
        while (this.queue.length) {
            let w = this.idle.pop();
            if (!w && this.count < this.max)
                w = this.spawn();
            if (!w)
                return;
            const task = this.queue.shift();
            this.running.set(w, task);
            w.ref(); // a job in flight keeps the process alive; an idle worker does not
            // the block's own buffer moves to the worker (no copy); the caller no longer uses it
            w.postMessage(task.job, [task.job.data.buffer]);
        }
    }
    spawn() {
        const w = startWorker();
        this.count++;
        w.on('message', (msg) => {
            const task = this.running.get(w);
            this.running.delete(w);
            w.unref();
            this.idle.push(w);
            if (msg.error !== undefined)
                task?.reject(new Error(`compression failed: ${msg.error}`));
            else
                task?.resolve(msg.out);
            this.dispatch();
        });
        const gone = (err) => {
            this.count--;
            const i = this.idle.indexOf(w);
            if (i >= 0)
                this.idle.splice(i, 1);
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
function u32le(n) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n >>> 0);
    return b;
}
function gzipHeader(level) {
    // XFL as zlib sets it: 2 for the slowest level, 4 for the fastest
    const xfl = level === 9 ? 2 : level < 2 ? 4 : 0;
    return Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]);
}
function xzHeader() {
    return Buffer.concat([XZ_MAGIC, XZ_FLAGS, u32le(external_node_zlib_default().crc32(XZ_FLAGS))]);
}
function varint(n) {
    const out = [];
    while (n >= 0x80) {
        out.push((n % 0x80) | 0x80);
        n = Math.floor(n / 0x80);
    }
    out.push(n);
    return out;
}
function readVarint(b, at) {
    let n = 0;
    for (let i = 0, mul = 1; i < 9; i++, mul *= 0x80) {
        const byte = b[at + i];
        n += (byte & 0x7f) * mul;
        if (!(byte & 0x80))
            return [n, at + i + 1];
    }
    throw new Error('xz: malformed index in a compressed block');
}
/** Splits a one-block .xz stream into the block and its index record (unpadded, uncompressed size). */
function xzBlock(stream) {
    const b = Buffer.from(stream.buffer, stream.byteOffset, stream.byteLength);
    const L = b.length;
    if (b[6] !== XZ_FLAGS[0] || b[7] !== XZ_FLAGS[1] || b.subarray(L - 2).toString('latin1') !== 'YZ')
        throw new Error('xz: unexpected stream layout from the encoder');
    const indexStart = L - 12 - (b.readUInt32LE(L - 8) + 1) * 4;
    const [count, at] = readVarint(b, indexStart + 1);
    if (count !== 1)
        throw new Error(`xz: expected one block, the encoder wrote ${count}`);
    const [unpadded, next] = readVarint(b, at);
    const [uncompressed] = readVarint(b, next);
    return { block: b.subarray(12, indexStart), record: [unpadded, uncompressed] };
}
function xzTrailer(records) {
    const idx = [0x00, ...varint(records.length)];
    for (const [unpadded, size] of records)
        idx.push(...varint(unpadded), ...varint(size));
    while (idx.length % 4)
        idx.push(0);
    const index = Buffer.from(idx);
    const backward = Buffer.concat([u32le((index.length + 4) / 4 - 1), XZ_FLAGS]);
    return Buffer.concat([
        index,
        u32le(external_node_zlib_default().crc32(index)),
        u32le(external_node_zlib_default().crc32(backward)),
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
class BlockCompressor extends external_node_stream_.Duplex {
    size;
    /** Room of a block buffer: the block and its compressed form, which may be slightly larger. */
    capacity;
    /** Block buffers back from the workers and written out, to use again (see afterWrite). */
    free = [];
    block;
    fill = 0;
    started = false;
    headerOut = false;
    inFlight = [];
    /** gzip: the last 32 KiB of input, CRC-32 and length so far. */
    tail = Buffer.alloc(0);
    crc = 0;
    total = 0;
    /** xz: one index record per block. */
    records = [];
    wantRead;
    codec;
    level;
    threads;
    constructor(codec, level, threads = defaultThreads()) {
        super({ readableHighWaterMark: 1024 * 1024 });
        this.codec = codec;
        this.level = level;
        this.threads = threads;
        this.size = blockSize(codec, level);
        this.capacity = this.size + Math.ceil(this.size / 64) + 64 * 1024;
        this.block = this.newBlock();
        if (codec === 'xz')
            pool.max = Math.max(pool.max, threads);
        else
            slots.grow(Math.min(threads, threadpoolRoom()));
    }
    _write(chunk, _enc, cb) {
        this.absorb(chunk).then(() => cb(), cb);
    }
    _final(cb) {
        this.finish().then(() => cb(), cb);
    }
    _read() {
        const wake = this.wantRead;
        this.wantRead = undefined;
        wake?.();
    }
    _destroy(err, cb) {
        this._read();
        cb(err);
    }
    async absorb(chunk) {
        for (let off = 0; off < chunk.length;) {
            const n = Math.min(chunk.length - off, this.size - this.fill);
            chunk.copy(this.block, this.fill, off, off + n);
            this.fill += n;
            off += n;
            if (this.fill === this.size)
                await this.submit(false);
        }
    }
    async submit(last) {
        const data = this.block.subarray(0, this.fill);
        let dict;
        if (this.codec === 'gzip') {
            this.crc = external_node_zlib_default().crc32(data, this.crc);
            this.total += data.length;
            dict = this.tail.length ? this.tail : undefined;
            const joined = data.length >= GZIP_DICT ? data : Buffer.concat([this.tail, data]);
            this.tail = Buffer.from(joined.subarray(Math.max(0, joined.length - GZIP_DICT)));
        }
        const job = { codec: this.codec, level: this.level, data, dict, last };
        const inline = last && !this.started;
        this.started = true;
        let result;
        if (this.codec !== 'xz')
            result = slots.run(() => this.onThreadpool(job));
        else
            result = inline ? compressBlock(job) : pool.run(job);
        result.catch(() => { }); // awaited in order by emitHead
        this.inFlight.push(result);
        if (!last) {
            this.block = this.newBlock();
            this.fill = 0;
        }
        while (this.inFlight.length > this.threads)
            await this.emitHead();
    }
    /**
     * zlib reads the block where it is and answers into a buffer of the block's size, given back
     * once the output file has it (see emitHead): a recycled one while it reads the block, after
     * which the block's buffer takes new input; or, when the answer is copied at the end (zstd),
     * the block's own buffer.
     */
    async onThreadpool(job) {
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
    recycle(ab) {
        if (ab instanceof ArrayBuffer &&
            ab.byteLength === this.capacity &&
            this.free.length < 2 * this.threads + 4)
            this.free.push(ab);
    }
    newBlock() {
        const ab = this.free.pop();
        return ab ? Buffer.from(ab) : Buffer.allocUnsafeSlow(this.capacity);
    }
    async emitHead() {
        const out = await this.inFlight.shift();
        // a worker answers in the block's own buffer, zlib in one of the block's size: once the output
        // file has it, it takes a next block
        const ab = out.buffer;
        if (ab instanceof ArrayBuffer && ab.byteLength === this.capacity)
            io/* afterWrite */.SE.set(ab, () => this.recycle(ab));
        if (this.codec === 'xz') {
            const { block, record } = xzBlock(out);
            this.records.push(record);
            await this.out(block);
        }
        else
            await this.out(out);
    }
    async out(bytes) {
        if (this.destroyed)
            throw new Error('compressor closed');
        if (!this.headerOut) {
            this.headerOut = true;
            if (this.codec === 'gzip')
                this.push(gzipHeader(this.level));
            if (this.codec === 'xz')
                this.push(xzHeader());
        }
        if (!this.push(bytes))
            await new Promise((resolve) => (this.wantRead = resolve));
    }
    async finish() {
        // gzip always ends on a final deflate block; zstd writes one (empty) frame for empty input
        if (this.fill > 0 || this.codec === 'gzip' || (this.codec === 'zstd' && !this.started)) {
            await this.submit(true);
        }
        while (this.inFlight.length)
            await this.emitHead();
        if (this.codec === 'gzip')
            await this.out(Buffer.concat([u32le(this.crc), u32le(this.total % 2 ** 32)]));
        if (this.codec === 'xz')
            await this.out(xzTrailer(this.records));
        this.push(null);
    }
}


/***/ }),

/***/ 84714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ gzipOsByteFix),
/* harmony export */   FJ: () => (/* binding */ writeTar),
/* harmony export */   Ri: () => (/* binding */ writeTarEntries),
/* harmony export */   e: () => (/* binding */ compressor),
/* harmony export */   sL: () => (/* binding */ TAR_OWNER)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56118);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30425);
/* harmony import */ var _parallel_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72763);
/* harmony import */ var _xz_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14115);
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






/** Owner written into every tar entry (uid/gid 0; names as dpkg-deb writes them). */
const TAR_OWNER = { uid: 0, gid: 0, uname: 'root', gname: 'root' };
/** Node's zlib writes the gzip OS byte of its build platform; force "unix" (3) everywhere. */
function gzipOsByteFix() {
    let offset = 0;
    return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _enc, cb) {
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
async function compressor(format, level, threads, o = {}) {
    if (format === 'tar.zst' && o.oneZstdFrame) {
        const zstd = node_zlib__WEBPACK_IMPORTED_MODULE_1___default().createZstdCompress({
            params: {
                [(node_zlib__WEBPACK_IMPORTED_MODULE_1___default().constants).ZSTD_c_compressionLevel]: level,
                [(node_zlib__WEBPACK_IMPORTED_MODULE_1___default().constants).ZSTD_c_checksumFlag]: 1,
            },
        });
        return { input: zstd, output: zstd };
    }
    const codec = format === 'tar.gz' ? 'gzip' : format === 'tar.xz' ? 'xz' : 'zstd';
    const stream = new _parallel_js__WEBPACK_IMPORTED_MODULE_4__/* .BlockCompressor */ .$(codec, level, threads);
    return { input: stream, output: stream };
}
async function writeTar(entries, out, format, mtime, level, pool, threads) {
    const release = format === 'tar.xz' ? await (0,_xz_js__WEBPACK_IMPORTED_MODULE_5__/* .xzSlot */ .HO)() : undefined;
    try {
        await writeTarWith(entries, out, await compressor(format, level, threads), mtime, pool);
    }
    finally {
        release?.();
    }
}
async function writeTarWith(entries, out, comp, mtime, pool) {
    const full = entries.map((e) => ({
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
async function writeTarEntries(entries, out, comp, pool, onChunk) {
    comp.output.on('error', () => { }); // reaches out.pipeFrom through its iterator
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_2__.pack();
    pack.on('error', () => { }); // reaches the consumer through its iterator
    /** Adds one entry; resolves once tar-stream is done with it. */
    const entry = async (header, data) => {
        let sink;
        const done = new Promise((resolve, reject) => {
            sink = pack.entry(header, (err) => (err ? reject(err) : resolve()));
        });
        // a failure elsewhere (the output's disk full) can reject it while the data is being read:
        // awaited below, but never unhandled meanwhile
        done.catch(() => { });
        sink.on('error', () => { }); // reported through the callback
        if (data) {
            try {
                for await (const chunk of data) {
                    if (!sink.write(chunk))
                        await (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .drained */ .oB)(sink);
                }
            }
            catch (err) {
                sink.destroy(err);
                await done.catch(() => { });
                throw err;
            }
            sink.end(undefined);
        }
        await done;
    };
    const streamed = entries.filter((e) => e.type === 'file' && !e.data);
    const files = streamed.map((e) => ({ source: e.source, size: e.size, name: e.name }));
    const reader = new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceReader */ .jC(files, pool);
    let fileIndex = 0;
    async function* tapped(index, chunks) {
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
            if (e.type === 'dir')
                await entry({ ...common, name: e.name, type: 'directory' });
            else if (e.type === 'symlink')
                await entry({ ...common, name: e.name, type: 'symlink', linkname: e.linkname });
            else {
                const chunks = e.data
                    ? (async function* () {
                        if (e.data.length)
                            yield e.data;
                    })()
                    : reader.chunks(fileIndex++);
                await entry({ ...common, name: e.name, type: 'file', size: e.data ? e.data.length : e.size }, onChunk ? tapped(i, chunks) : chunks);
            }
        }
        pack.finalize();
    };
    try {
        await (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .together */ .bs)([feed(), (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .pump */ .ri)(pack, comp.input, pool), out.pipeFrom(comp.output)], (err) => {
            pack.destroy(err);
            comp.input.destroy(err);
            comp.output.destroy(err);
            out.ws.destroy(err);
        });
    }
    finally {
        await reader.close();
    }
}


/***/ }),

/***/ 14115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ XZ_MAX_PRESET),
/* harmony export */   HO: () => (/* binding */ xzSlot),
/* harmony export */   _o: () => (/* binding */ loadUnxz),
/* harmony export */   pd: () => (/* binding */ loadXz)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_liblzma_wasm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66910);
/**
 * The only place that loads liblzma (the xz encoder and decoder): the WebAssembly build from
 * node-liblzma.
 * The native addon (`node-liblzma`) and the inline build (`node-liblzma/inline`) are never used.
 *
 * Unbundled, node-liblzma/wasm reads `liblzma.wasm` from beside its own JS file. In an ncc bundle
 * that lookup is rewritten into a plain path which node-liblzma then fails to parse as a URL, but
 * ncc copies `liblzma.wasm` beside the bundle: the fallback reads it from there and hands the bytes
 * to the Emscripten glue. Another bundler may need this function adapted, nothing else.
 */




const WASM_FILE = 'liblzma.wasm';
let loading;
async function init() {
    try {
        await (0,node_liblzma_wasm__WEBPACK_IMPORTED_MODULE_3__/* .initModule */ .DG)();
    }
    catch (first) {
        let wasmBinary;
        try {
            // not `new URL('./liblzma.wasm', import.meta.url)`: the bundler would turn that into an asset stub
            wasmBinary = new Uint8Array(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), WASM_FILE)));
        }
        catch {
            throw first;
        }
        const { default: createLZMA } = await __webpack_require__.e(/* import() */ 4765).then(__webpack_require__.bind(__webpack_require__, 84765));
        await (0,node_liblzma_wasm__WEBPACK_IMPORTED_MODULE_3__/* .initModule */ .DG)(() => createLZMA({ wasmBinary }));
    }
    return (preset) => (0,node_liblzma_wasm__WEBPACK_IMPORTED_MODULE_3__/* .createXz */ .R7)({ preset });
}
/**
 * One xz encoder at a time in this process. The WebAssembly heap is capped at 256 MiB and a preset
 * 6 encoder takes ~94 MiB (preset 7: ~186 MiB), so a third concurrent archive would fail with
 * "Cannot allocate memory"; and as the encoder runs on the main thread, concurrent ones would not
 * be faster anyway. Returns the release function.
 */
let queue = Promise.resolve();
async function xzSlot() {
    let release;
    const mine = new Promise((resolve) => (release = resolve));
    const before = queue;
    queue = before.then(() => mine);
    await before;
    return release;
}
/** The highest preset the WebAssembly heap has room for (8 and 9 need 370 and 674 MiB). */
const XZ_MAX_PRESET = 7;
function loadXz() {
    loading ??= init().catch((err) => {
        loading = undefined;
        throw err;
    });
    return loading;
}
/** The xz decoder: liblzma initialised (as for loadXz), then its buffer decoder. */
async function loadUnxz() {
    await loadXz();
    return (data) => (0,node_liblzma_wasm__WEBPACK_IMPORTED_MODULE_3__/* .unxzAsync */ .YH)(data);
}


/***/ })

};
