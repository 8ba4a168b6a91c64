export const id = 3856;
export const ids = [3856];
export const modules = {

/***/ 73856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ARCHIVE_FORMATS: () => (/* binding */ ARCHIVE_FORMATS),
  BufferPool: () => (/* reexport */ io/* BufferPool */.Pt),
  COPY_CHUNK: () => (/* reexport */ io/* COPY_CHUNK */.m5),
  DEFAULT_LEVELS: () => (/* binding */ DEFAULT_LEVELS),
  DEFAULT_NAME_TEMPLATE: () => (/* reexport */ archive_name/* DEFAULT_NAME_TEMPLATE */.no),
  LEVEL_RANGES: () => (/* binding */ LEVEL_RANGES),
  NAME_PLACEHOLDERS: () => (/* reexport */ archive_name/* NAME_PLACEHOLDERS */.FM),
  Output: () => (/* reexport */ io/* Output */.k7),
  TAR_OWNER: () => (/* reexport */ tar/* TAR_OWNER */.sL),
  archiveNameVars: () => (/* reexport */ archive_name/* archiveNameVars */.cn),
  compareNames: () => (/* reexport */ compareNames),
  compressor: () => (/* reexport */ tar/* compressor */.e),
  defaultThreads: () => (/* reexport */ parallel/* defaultThreads */.Z),
  dosDateTime: () => (/* reexport */ dosDateTime),
  gzipOsByteFix: () => (/* reexport */ tar/* gzipOsByteFix */.CI),
  isArchiveFormat: () => (/* binding */ isArchiveFormat),
  loadXz: () => (/* reexport */ xz/* loadXz */.pd),
  planEntries: () => (/* reexport */ planEntries),
  readChunks: () => (/* reexport */ io/* readChunks */.zO),
  renderName: () => (/* reexport */ archive_name/* renderName */.gU),
  writeArchive: () => (/* binding */ writeArchive),
  writeTarEntries: () => (/* reexport */ tar/* writeTarEntries */.Ri),
  xzSlot: () => (/* reexport */ xz/* xzSlot */.HO)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/atomic.ts
var atomic = __webpack_require__(84410);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
;// CONCATENATED MODULE: ./src/formats/archive/entries.ts
/**
 * Normalising archive entries: validated names, parent directories added, byte-order sort,
 * reproducible modes, and every file source checked (stat) before anything is written.
 */




const DIR_MODE = 0o755;
const EXEC_MODE = 0o755;
const FILE_MODE = 0o644;
const LINK_MODE = 0o777;
function normaliseName(raw, index) {
    const where = `archive entry ${index} ('${raw}')`;
    if (typeof raw !== 'string' || raw === '')
        throw new errors/* DistroError */.Yt(`${where}: the name is empty`);
    if (raw.includes('\0'))
        throw new errors/* DistroError */.Yt(`${where}: the name contains a NUL byte`);
    if (raw.includes('\\'))
        throw new errors/* DistroError */.Yt(`${where}: use '/' as the path separator, not '\\'`);
    if (raw.startsWith('/'))
        throw new errors/* DistroError */.Yt(`${where}: the name must be relative (no leading '/')`);
    let name = raw;
    while (name.startsWith('./'))
        name = name.slice(2);
    while (name.endsWith('/'))
        name = name.slice(0, -1);
    if (name === '' || name === '.')
        throw new errors/* DistroError */.Yt(`${where}: the name is empty`);
    for (const part of name.split('/')) {
        if (part === '' || part === '.' || part === '..') {
            throw new errors/* DistroError */.Yt(`${where}: the name has an empty, '.' or '..' path component`);
        }
    }
    return name;
}
/**
 * Byte order of the UTF-8 names (what `LC_ALL=C sort` gives), which is code point order; computed
 * on the UTF-16 strings without encoding them.
 */
function compareNames(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // a surrogate (D800–DFFF) starts a code point above FFFF: after every other BMP character
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}
/**
 * Validates and normalises the entries, stats every file source (a missing one is a DistroError
 * naming it), adds missing parent directories and sorts by name in byte order.
 */
async function planEntries(entries) {
    const byName = new Map();
    const add = (e, index) => {
        const prev = byName.get(e.name);
        if (prev) {
            if (prev.type === 'dir' && e.type === 'dir')
                return;
            throw new errors/* DistroError */.Yt(`archive entry ${index}: '${e.name}' appears twice in the archive`);
        }
        byName.set(e.name, e);
    };
    const planned = await (0,concurrency/* mapLimit */.sf)(entries, 16, async (entry, index) => {
        const name = normaliseName(entry.name, index);
        switch (entry.type) {
            case 'dir':
                return { name, type: 'dir', mode: DIR_MODE, size: 0 };
            case 'symlink': {
                if (!entry.linkname)
                    throw new errors/* DistroError */.Yt(`archive entry '${name}': a symlink needs a linkname (its target)`);
                if (entry.linkname.includes('\0'))
                    throw new errors/* DistroError */.Yt(`archive entry '${name}': the symlink target contains a NUL byte`);
                return { name, type: 'symlink', mode: LINK_MODE, size: 0, linkname: entry.linkname };
            }
            case 'file': {
                if (!entry.source)
                    throw new errors/* DistroError */.Yt(`archive entry '${name}': a file needs a source path`);
                const source = external_node_path_default().resolve(entry.source);
                let st;
                try {
                    st = await (0,promises_.stat)(source);
                }
                catch (err) {
                    const code = err.code;
                    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})`;
                    throw new errors/* DistroError */.Yt(`source file ${source} of archive entry '${name}' ${why}`, {
                        file: source,
                        cause: err,
                    });
                }
                if (!st.isFile())
                    throw new errors/* DistroError */.Yt(`source ${source} of archive entry '${name}' is not a regular file`, {
                        file: source,
                    });
                const bits = entry.mode ?? st.mode;
                return { name, type: 'file', mode: bits & 0o111 ? EXEC_MODE : FILE_MODE, source, size: st.size };
            }
            default:
                throw new errors/* DistroError */.Yt(`archive entry '${name}': unknown type '${String(entry.type)}' (file, dir or symlink)`);
        }
    });
    planned.forEach((e, i) => add(e, i));
    for (const e of [...byName.values()]) {
        const parts = e.name.split('/');
        for (let i = 1; i < parts.length; i++) {
            const dir = parts.slice(0, i).join('/');
            const prev = byName.get(dir);
            if (!prev)
                byName.set(dir, { name: dir, type: 'dir', mode: DIR_MODE, size: 0 });
            else if (prev.type !== 'dir')
                throw new errors/* DistroError */.Yt(`archive entry '${e.name}': its parent '${dir}' is a ${prev.type}, not a directory`);
        }
    }
    return [...byName.values()].sort((a, b) => compareNames(a.name, b.name));
}

// EXTERNAL MODULE: ./src/formats/archive/io.ts
var io = __webpack_require__(30425);
// EXTERNAL MODULE: ./src/formats/archive/tar.ts
var tar = __webpack_require__(84714);
// EXTERNAL MODULE: ./src/formats/archive/xz.ts
var xz = __webpack_require__(14115);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/formats/archive/zip.ts
/**
 * Zip writer (PKWARE APPNOTE 6.3), streamed and reproducible:
 * - entries in the given (sorted) order, each with the same DOS date/time: opts.mtime in UTC
 *   (zip readers take it as local time, so extraction shifts it by the reader's UTC offset);
 * - "made by" unix, with the unix mode and type in the external attributes (plus the MS-DOS
 *   directory bit for directories), so unzip and bsdtar restore exec bits; symlinks are S_IFLNK
 *   entries holding the target; UTF-8 names (flag bit 11);
 * - no extra fields except ZIP64 where a size or offset needs it;
 * - files are deflated, streamed with a data descriptor (CRC and sizes follow the data); empty
 *   files, directories, symlinks and level 0 are stored, with the CRC computed beforehand.
 *
 * Written by hand rather than with yazl: yazl computes DOS times in the local time zone, and it
 * keeps each entry's name as a small Buffer, which pins a 64 KiB Buffer pool slab per entry (peak
 * RSS ~160 MB on the 500 MB / 1,700-file bench payload; this writer ~110 MB).
 */



const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const MSDOS_DIR = 0x10;
const VERSION_MADE_BY = (3 << 8) | 63; // unix, spec 6.3
const NEEDED_DEFAULT = 20;
const NEEDED_ZIP64 = 45;
const FLAG_DESCRIPTOR = 1 << 3;
const FLAG_UTF8 = 1 << 11;
const STORE = 0;
const DEFLATE = 8;
const U32 = 0xffffffff;
/** Files this large get ZIP64 sizes up front (deflate may expand incompressible data a little). */
const ZIP64_FILE_THRESHOLD = 0xf0000000;
/** MS-DOS date and time fields of `mtime` (seconds since the epoch) in UTC, clamped to 1980–2107. */
function dosDateTime(mtime) {
    const min = Date.UTC(1980, 0, 1);
    const max = Date.UTC(2107, 11, 31, 23, 59, 58);
    const d = new Date(Math.min(max, Math.max(min, mtime * 1000)));
    return {
        date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
        time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    };
}
/**
 * One raw-deflate stream reused for every entry: Z_FINISH ends an entry's stream, reset() starts
 * the next. Creating a zlib stream per entry costs ~256 KiB of native memory each time, and with
 * thousands of small files that churn fragments the heap and slows the writer down.
 */
class Deflater {
    pool;
    z;
    csize = 0;
    failure;
    waiters = [];
    /** Rejects on the first failure: what every wait below races, so none outlives a failure. */
    failed;
    rejectFailed;
    constructor(level, out, pool) {
        this.pool = pool;
        this.failed = new Promise((_, reject) => (this.rejectFailed = reject));
        this.failed.catch(() => { });
        // the output failing (a full disk) fails the entry being compressed, whatever it waits for
        out.ws.on('error', (err) => this.fail(err));
        const z = (this.z = external_node_zlib_default().createDeflateRaw({ level }));
        z.on('data', (chunk) => {
            this.csize += chunk.length;
            if (!out.write(chunk)) {
                z.pause();
                (0,io/* drained */.oB)(out.ws).then(() => z.resume(), (err) => this.fail(err));
            }
            if (z.readableLength === 0)
                this.wake();
        });
        z.on('error', (err) => this.fail(err));
    }
    fail(err) {
        this.failure ??= err;
        this.rejectFailed(this.failure);
        for (const w of this.waiters.splice(0))
            w.reject(this.failure);
    }
    wake() {
        for (const w of this.waiters.splice(0))
            w.resolve();
    }
    /** Resolves once every compressed byte produced so far has been handed to the output. */
    delivered() {
        if (this.failure)
            return Promise.reject(this.failure);
        if (this.z.readableLength === 0)
            return Promise.resolve();
        return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
    }
    /** Compresses one entry's bytes as a complete raw deflate stream into the output. */
    async entry(chunks) {
        this.csize = 0;
        let crc = 0;
        for await (const chunk of chunks) {
            if (this.failure)
                throw this.failure;
            crc = external_node_zlib_default().crc32(chunk, crc);
            if (!this.z.write(chunk, this.pool.releaser(chunk)))
                await Promise.race([(0,io/* drained */.oB)(this.z), this.failed]);
        }
        // a paused stream (its output waiting for room) never calls back after a failure
        await Promise.race([
            new Promise((resolve, reject) => this.z.flush((external_node_zlib_default()).constants.Z_FINISH, () => (this.failure ? reject(this.failure) : resolve()))),
            this.failed,
        ]);
        await this.delivered();
        this.z.reset();
        return { crc, csize: this.csize };
    }
    close(err) {
        this.z.destroy(err);
    }
}
async function writeZip(entries, out, opts, pool) {
    const { date, time } = dosDateTime(opts.mtime);
    const force = opts.forceZip64 ?? false;
    const records = [];
    const localHeader = (r) => {
        const extra = r.zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
        if (r.zip64) {
            extra.writeUInt16LE(0x0001, 0);
            extra.writeUInt16LE(16, 2);
            // sizes: known for stored entries, zero when a data descriptor follows
            extra.writeBigUInt64LE(BigInt(r.flags & FLAG_DESCRIPTOR ? 0 : r.usize), 4);
            extra.writeBigUInt64LE(BigInt(r.flags & FLAG_DESCRIPTOR ? 0 : r.csize), 12);
        }
        const h = Buffer.alloc(30);
        h.writeUInt32LE(0x04034b50, 0);
        h.writeUInt16LE(r.zip64 ? NEEDED_ZIP64 : NEEDED_DEFAULT, 4);
        h.writeUInt16LE(r.flags, 6);
        h.writeUInt16LE(r.method, 8);
        h.writeUInt16LE(time, 10);
        h.writeUInt16LE(date, 12);
        const known = !(r.flags & FLAG_DESCRIPTOR);
        h.writeUInt32LE(known ? r.crc : 0, 14);
        h.writeUInt32LE(r.zip64 ? U32 : known ? r.csize : 0, 18);
        h.writeUInt32LE(r.zip64 ? U32 : known ? r.usize : 0, 22);
        const name = Buffer.from(r.name, 'utf8');
        h.writeUInt16LE(name.length, 26);
        h.writeUInt16LE(extra.length, 28);
        return Buffer.concat([h, name, extra]);
    };
    const dataDescriptor = (r) => {
        const d = Buffer.alloc(r.zip64 ? 24 : 16);
        d.writeUInt32LE(0x08074b50, 0);
        d.writeUInt32LE(r.crc, 4);
        if (r.zip64) {
            d.writeBigUInt64LE(BigInt(r.csize), 8);
            d.writeBigUInt64LE(BigInt(r.usize), 16);
        }
        else {
            d.writeUInt32LE(r.csize, 8);
            d.writeUInt32LE(r.usize, 12);
        }
        return d;
    };
    const centralHeader = (r) => {
        const big = (n) => force || n >= U32;
        const fields = [];
        if (big(r.usize))
            fields.push(r.usize);
        if (big(r.csize))
            fields.push(r.csize);
        if (big(r.offset))
            fields.push(r.offset);
        const extra = Buffer.alloc(fields.length ? 4 + 8 * fields.length : 0);
        if (fields.length) {
            extra.writeUInt16LE(0x0001, 0);
            extra.writeUInt16LE(8 * fields.length, 2);
            fields.forEach((n, i) => extra.writeBigUInt64LE(BigInt(n), 4 + 8 * i));
        }
        const h = Buffer.alloc(46);
        h.writeUInt32LE(0x02014b50, 0);
        h.writeUInt16LE(VERSION_MADE_BY, 4);
        h.writeUInt16LE(r.zip64 || fields.length ? NEEDED_ZIP64 : NEEDED_DEFAULT, 6);
        h.writeUInt16LE(r.flags, 8);
        h.writeUInt16LE(r.method, 10);
        h.writeUInt16LE(time, 12);
        h.writeUInt16LE(date, 14);
        h.writeUInt32LE(r.crc, 16);
        h.writeUInt32LE(big(r.csize) ? U32 : r.csize, 20);
        h.writeUInt32LE(big(r.usize) ? U32 : r.usize, 24);
        const name = Buffer.from(r.name, 'utf8');
        h.writeUInt16LE(name.length, 28);
        h.writeUInt16LE(extra.length, 30);
        h.writeUInt16LE(0, 32); // comment length
        h.writeUInt16LE(0, 34); // disk number
        h.writeUInt16LE(0, 36); // internal attributes
        h.writeUInt32LE(r.attrs >>> 0, 38);
        h.writeUInt32LE(big(r.offset) ? U32 : r.offset, 42);
        return Buffer.concat([h, name, extra]);
    };
    /** A stored entry whose bytes are all in `data`. */
    const putStored = async (name, attrs, data) => {
        const r = {
            name,
            flags: FLAG_UTF8,
            method: STORE,
            crc: external_node_zlib_default().crc32(data),
            csize: data.length,
            usize: data.length,
            offset: out.size,
            attrs,
            zip64: force,
        };
        records.push(r);
        await out.put(localHeader(r));
        if (data.length)
            await out.put(data);
    };
    const files = entries
        .filter((e) => e.type === 'file')
        .map((e) => ({ source: e.source, size: e.size, name: e.name }));
    const reader = new io/* SourceReader */.jC(files, pool);
    let fileIndex = 0;
    let deflater;
    const putFile = async (e) => {
        const attrs = ((S_IFREG | e.mode) << 16) >>> 0;
        const source = e.source;
        const file = files[fileIndex];
        const chunks = reader.chunks(fileIndex++);
        if (e.size === 0) {
            // still open and read it: a missing or no-longer-empty file is an error, as in tar
            for await (const chunk of chunks)
                pool.release(pool.home(chunk));
            return putStored(e.name, attrs, Buffer.alloc(0));
        }
        const r = {
            name: e.name,
            flags: FLAG_UTF8,
            method: opts.level === 0 ? STORE : DEFLATE,
            crc: 0,
            csize: 0,
            usize: e.size,
            offset: out.size,
            attrs,
            zip64: force || e.size >= ZIP64_FILE_THRESHOLD,
        };
        records.push(r);
        if (r.method === STORE) {
            // CRC first (one extra read), so the local header is complete: no data descriptor, which
            // some streaming readers refuse for stored entries
            for await (const chunk of chunks) {
                r.crc = external_node_zlib_default().crc32(chunk, r.crc);
                pool.release(pool.home(chunk));
            }
            r.csize = e.size;
            await out.put(localHeader(r));
            const crc = r.crc;
            let again = 0;
            for await (const chunk of (0,io/* readChunks */.zO)(file, pool)) {
                again = external_node_zlib_default().crc32(chunk, again);
                await out.put(chunk, pool.releaser(chunk));
            }
            if (again !== crc) {
                throw new errors/* DistroError */.Yt(`source file ${source} (archive entry '${e.name}') changed while it was being archived`, {
                    file: source,
                });
            }
            return;
        }
        r.flags |= FLAG_DESCRIPTOR;
        await out.put(localHeader(r));
        deflater ??= new Deflater(opts.level, out, pool);
        const { crc, csize } = await deflater.entry(chunks);
        r.crc = crc;
        r.csize = csize;
        await out.put(dataDescriptor(r));
    };
    try {
        for (const e of entries) {
            if (e.type === 'dir')
                await putStored(`${e.name}/`, (((S_IFDIR | e.mode) << 16) | MSDOS_DIR) >>> 0, Buffer.alloc(0));
            else if (e.type === 'symlink')
                await putStored(e.name, ((S_IFLNK | e.mode) << 16) >>> 0, Buffer.from(e.linkname, 'utf8'));
            else
                await putFile(e);
        }
    }
    finally {
        deflater?.close();
        await reader.close();
    }
    const cdOffset = out.size;
    for (const r of records)
        await out.put(centralHeader(r));
    const cdSize = out.size - cdOffset;
    const count = records.length;
    const manyEntries = force || count >= 0xffff;
    const bigOffset = force || cdOffset >= U32;
    const bigSize = force || cdSize >= U32;
    const needs64 = manyEntries || bigOffset || bigSize;
    if (needs64) {
        const eocd64Offset = out.size;
        const z = Buffer.alloc(56);
        z.writeUInt32LE(0x06064b50, 0);
        z.writeBigUInt64LE(44n, 4); // size of the rest of this record
        z.writeUInt16LE(VERSION_MADE_BY, 12);
        z.writeUInt16LE(NEEDED_ZIP64, 14);
        z.writeUInt32LE(0, 16);
        z.writeUInt32LE(0, 20);
        z.writeBigUInt64LE(BigInt(count), 24);
        z.writeBigUInt64LE(BigInt(count), 32);
        z.writeBigUInt64LE(BigInt(cdSize), 40);
        z.writeBigUInt64LE(BigInt(cdOffset), 48);
        const loc = Buffer.alloc(20);
        loc.writeUInt32LE(0x07064b50, 0);
        loc.writeUInt32LE(0, 4);
        loc.writeBigUInt64LE(BigInt(eocd64Offset), 8);
        loc.writeUInt32LE(1, 16);
        await out.put(Buffer.concat([z, loc]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(0, 4);
    end.writeUInt16LE(0, 6);
    end.writeUInt16LE(manyEntries ? 0xffff : count, 8);
    end.writeUInt16LE(manyEntries ? 0xffff : count, 10);
    end.writeUInt32LE(bigSize ? U32 : cdSize, 12);
    end.writeUInt32LE(bigOffset ? U32 : cdOffset, 16);
    end.writeUInt16LE(0, 20);
    await out.put(end);
}

// EXTERNAL MODULE: ./src/formats/archive/name.ts
var archive_name = __webpack_require__(40614);
// EXTERNAL MODULE: ./src/formats/archive/parallel.ts + 1 modules
var parallel = __webpack_require__(72763);
;// CONCATENATED MODULE: ./src/formats/archive/index.ts
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

















const ARCHIVE_FORMATS = ['tar.gz', 'tar.xz', 'tar.zst', 'zip'];
function isArchiveFormat(value) {
    return ARCHIVE_FORMATS.includes(value);
}
/**
 * Compression level used when opts.level is not given (each format's own scale): the defaults of
 * gzip, zip, xz and zstd themselves, so an archive costs what `tar czf` or `zip -r` would.
 */
const DEFAULT_LEVELS = {
    'tar.gz': 6,
    'tar.xz': 6,
    'tar.zst': 3,
    zip: 6,
};
/**
 * Accepted levels: gzip/zip deflate 0–9 (0 = stored), zstd 1–22, xz presets 0–7 (8 and 9 do not
 * fit in the 256 MiB heap of the WebAssembly liblzma).
 */
const LEVEL_RANGES = {
    'tar.gz': [0, 9],
    'tar.xz': [0, xz/* XZ_MAX_PRESET */.Gw],
    'tar.zst': [1, 22],
    zip: [0, 9],
};
/** tar-stream writes the mtime with 32-bit arithmetic. */
const MAX_MTIME = 2 ** 31 - 1;
/**
 * Writes `entries` as a `format` archive at `out`. The bytes go to `<out>.tmp-<random>` in the same
 * directory, which is renamed to `out` on success and deleted on any failure.
 */
async function writeArchive(out, format, entries, opts) {
    if (!isArchiveFormat(format)) {
        throw new errors/* DistroError */.Yt(`unknown archive format '${String(format)}'; use one of ${ARCHIVE_FORMATS.join(', ')}`);
    }
    const { mtime } = opts;
    if (!Number.isInteger(mtime) || mtime < 0 || mtime > MAX_MTIME) {
        throw new errors/* DistroError */.Yt(`archive mtime must be whole seconds between 0 and ${MAX_MTIME} (SOURCE_DATE_EPOCH), got ${String(mtime)}`);
    }
    const level = opts.level ?? DEFAULT_LEVELS[format];
    const [lo, hi] = LEVEL_RANGES[format];
    if (!Number.isInteger(level) || level < lo || level > hi) {
        throw new errors/* DistroError */.Yt(`${format} compression level must be a whole number from ${lo} to ${hi}, got ${String(level)}`);
    }
    const planned = await planEntries(entries);
    const target = external_node_path_default().resolve(out);
    await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
    const tmp = (0,atomic/* tempPath */.EZ)(target);
    const pool = new io/* BufferPool */.Pt();
    if (opts.progress) {
        const sink = opts.progress;
        sink.expect(planned.reduce((n, e) => n + (e.type === 'file' ? e.size : 0), 0));
        pool.onRead = (n) => sink.add(n);
        sink.setNext?.(`the ${format} is closed and renamed into place`);
    }
    const output = new io/* Output */.k7(tmp);
    try {
        if (format === 'zip')
            await writeZip(planned, output, { mtime, level, forceZip64: opts.forceZip64 }, pool);
        else
            await (0,tar/* writeTar */.FJ)(planned, output, format, mtime, level, pool, opts.threads);
        await output.finish();
        await (0,promises_.rename)(tmp, target);
    }
    catch (err) {
        await output.abandon();
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
    return { size: output.size, sha256: output.digest() };
}


/***/ }),

/***/ 40614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ NAME_PLACEHOLDERS),
/* harmony export */   cn: () => (/* binding */ archiveNameVars),
/* harmony export */   gU: () => (/* binding */ renderName),
/* harmony export */   no: () => (/* binding */ DEFAULT_NAME_TEMPLATE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** The placeholders every archive name template may use (plus any key the caller passes). */
const NAME_PLACEHOLDERS = [
    'name',
    'version',
    'os',
    'arch',
    'ext',
    'format',
    'target',
    'platform',
    'variant',
];
const DEFAULT_NAME_TEMPLATE = '{name}-{version}-{os}-{arch}.{ext}';
/** The placeholder values of the archive of `target` in `format` (`version` as archives spell it). */
function archiveNameVars(name, version, target, format) {
    return {
        name,
        version,
        os: target.os,
        arch: target.arch,
        ext: format,
        format,
        target: target.triple,
        platform: `${target.os}-${target.arch}`,
        variant: target.abi || 'none',
    };
}
/**
 * Fills `{placeholder}`s in an archive file name template. Known placeholders are
 * NAME_PLACEHOLDERS and the keys of `vars`; anything else, a known placeholder without a value, or
 * a result that is empty, `.`/`..` or contains `/` or `\` is a DistroError naming `key`.
 */
function renderName(template, vars, key = 'archives.name_template') {
    const known = [...new Set([...NAME_PLACEHOLDERS, ...Object.keys(vars)])];
    const list = known.map((k) => `{${k}}`).join(', ');
    const result = template.replace(/\{([^{}]*)\}/g, (_m, ph) => {
        const value = Object.prototype.hasOwnProperty.call(vars, ph) ? vars[ph] : undefined;
        if (value === undefined || value === null) {
            if (known.includes(ph)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: placeholder {${ph}} has no value here (template '${template}'); known placeholders: ${list}`, { key });
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: unknown placeholder {${ph}} in '${template}'; known placeholders: ${list}`, { key });
        }
        return String(value);
    });
    if (result.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: the template '${template}' gives an empty file name`, { key });
    if (result === '.' || result === '..')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: the template '${template}' gives the file name '${result}'`, { key });
    if (/[/\\]/.test(result)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: the file name '${result}' (from '${template}') must not contain '/' or '\\'`, { key });
    }
    if (result.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: the file name from '${template}' contains a NUL byte`, { key });
    return result;
}


/***/ })

};
