export const id = 248;
export const ids = [248];
export const modules = {

/***/ 17435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ RPM_TO_DEB),
/* harmony export */   ls: () => (/* binding */ balanced),
/* harmony export */   z5: () => (/* binding */ parseDep)
/* harmony export */ });
/** Dependency syntax shared by the package formats: both spellings read into one model. */
const DEB_TO_RPM = {
    '<<': '<',
    '<=': '<=',
    '=': '=',
    '>=': '>=',
    '>>': '>',
};
const RPM_OPS = {
    '<': '<',
    '<=': '<=',
    '=': '=',
    '==': '=',
    '>=': '>=',
    '>': '>',
};
/** Debian's spelling of each operator. */
const RPM_TO_DEB = {
    '<': '<<',
    '<=': '<=',
    '=': '=',
    '>=': '>=',
    '>': '>>',
};
const NAME = /^[A-Za-z0-9_/][A-Za-z0-9_.+:/()-]*$/;
const VERSION = /^[A-Za-z0-9.+~:_^-]+$/;
/** Parses one alternative; returns a reason string when malformed. */
function parseOne(text) {
    const t = text.trim();
    if (!t)
        return 'an empty alternative';
    // deb: name (op version)
    let m = /^(\S+?)\s*\(\s*([<>=]+)\s*([^\s()]+)\s*\)$/.exec(t);
    if (m) {
        const op = DEB_TO_RPM[m[2]];
        if (!op)
            return `'${m[2]}' is not a Debian relation (use <<, <=, =, >= or >>; a bare < or > is obsolete)`;
        if (!NAME.test(m[1]))
            return `'${m[1]}' is not a package name`;
        if (!VERSION.test(m[3]))
            return `'${m[3]}' is not a version`;
        return { name: m[1], op, version: m[3] };
    }
    // rpm: name op version
    m = /^(\S+)\s+([<>=]+)\s+(\S+)$/.exec(t);
    if (m) {
        const op = RPM_OPS[m[2]] ?? DEB_TO_RPM[m[2]];
        if (!op)
            return `'${m[2]}' is not a version relation (use <, <=, =, >=, >)`;
        if (!NAME.test(m[1]))
            return `'${m[1]}' is not a package name`;
        if (!VERSION.test(m[3]))
            return `'${m[3]}' is not a version`;
        return { name: m[1], op, version: m[3] };
    }
    if (/\s/.test(t) || /[()<>=]/.test(t.replace(/\([^()\s]*\)/g, '')))
        return `cannot read '${t}'`;
    if (!NAME.test(t))
        return `'${t}' is not a package name`;
    return { name: t };
}
/**
 * Parses a dependency with `|` alternatives. Throws a plain Error with the reason when it is
 * malformed (the caller wraps it with the config key and line).
 */
function parseDep(text) {
    if (typeof text !== 'string' || !text.trim())
        throw new Error('the dependency is empty');
    const alts = text.split('|').map(parseOne);
    const bad = alts.find((a) => typeof a === 'string');
    if (bad !== undefined)
        throw new Error(bad);
    return alts;
}
/** Whether the parentheses of `t` balance (rich dependencies). */
function balanced(t) {
    let depth = 0;
    for (const c of t) {
        if (c === '(')
            depth++;
        else if (c === ')' && --depth < 0)
            return false;
    }
    return depth === 0;
}


/***/ }),

/***/ 88018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lv: () => (/* binding */ normaliseDeps),
/* harmony export */   xE: () => (/* binding */ SENSE),
/* harmony export */   z5: () => (/* binding */ parseDep)
/* harmony export */ });
/* unused harmony export compareDeps */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _pkg_deps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17435);
/**
 * Dependencies for rpm headers: name, flags, version. Accepts rpm syntax (`glibc >= 2.28`), deb
 * syntax (`libc6 (>= 2.28)`, `>>`/`<<`), deb alternatives (`a | b (>= 1)` → rich `(a or b >= 1)`)
 * and rpm rich dependencies given as is (`(a or b)`).
 */


const SENSE = {
    ANY: 0,
    LESS: 2,
    GREATER: 4,
    EQUAL: 8,
    POSTTRANS: 1 << 5,
    PREREQ: 1 << 6,
    PRETRANS: 1 << 7,
    INTERP: 1 << 8,
    SCRIPT_PRE: 1 << 9,
    SCRIPT_POST: 1 << 10,
    SCRIPT_PREUN: 1 << 11,
    SCRIPT_POSTUN: 1 << 12,
    CONFIG: 1 << 28,
    RPMLIB: 1 << 24,
};
/** The rpm sense flags of each operator (operators as pkg/deps spells them for rpm). */
const FLAGS = {
    '<': SENSE.LESS,
    '<=': SENSE.LESS | SENSE.EQUAL,
    '=': SENSE.EQUAL,
    '>=': SENSE.GREATER | SENSE.EQUAL,
    '>': SENSE.GREATER,
};
function bad(field, raw, why) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${field}: '${raw}' is not a valid rpm dependency (${why}); write 'name', 'name >= 1.2' or 'name (>= 1.2)'.`, { key: field });
}
/**
 * Parses one dependency in either spelling (the syntax of pkg/deps.ts) into rpm's name, sense
 * flags and version; alternatives and `( … )` become a rich dependency. `field` names the key.
 */
function parseDep(raw, field) {
    if (typeof raw !== 'string' || !raw.trim())
        bad(field, String(raw), 'it is empty');
    const s = raw.trim();
    if (s.startsWith('(')) {
        if (!(0,_pkg_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .balanced */ .ls)(s) || !s.endsWith(')'))
            bad(field, raw, 'unbalanced parentheses');
        return { name: s, flags: SENSE.ANY, version: '' };
    }
    if (s.includes(','))
        bad(field, raw, 'one dependency per list item, no commas');
    let alts = [];
    try {
        alts = (0,_pkg_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDep */ .z5)(s);
    }
    catch (e) {
        bad(field, raw, e.message);
    }
    if (alts.length > 1) {
        const text = alts.map((d) => (d.op ? `${d.name} ${d.op} ${d.version}` : d.name));
        return { name: `(${text.join(' or ')})`, flags: SENSE.ANY, version: '' };
    }
    const d = alts[0];
    return d.op
        ? { name: d.name, flags: FLAGS[d.op], version: d.version }
        : { name: d.name, flags: SENSE.ANY, version: '' };
}
/** `a` before `b`: by name, then version, then flags (byte order, reproducible). */
function compareDeps(a, b) {
    const n = Buffer.compare(Buffer.from(a.name), Buffer.from(b.name));
    if (n)
        return n;
    const v = Buffer.compare(Buffer.from(a.version), Buffer.from(b.version));
    return v || a.flags - b.flags;
}
/** Sorted, with exact duplicates removed and the flags of same name+version requirements merged. */
function normaliseDeps(deps, mergeFlags = false) {
    const out = [];
    for (const d of [...deps].sort(compareDeps)) {
        const prev = out[out.length - 1];
        if (prev && prev.name === d.name && prev.version === d.version) {
            if (prev.flags === d.flags)
                continue;
            // same requirement from scripts and user: keep one, with the union of the context bits
            const sense = SENSE.LESS | SENSE.GREATER | SENSE.EQUAL;
            if (mergeFlags && (prev.flags & sense) === (d.flags & sense)) {
                prev.flags |= d.flags;
                continue;
            }
        }
        out.push({ ...d });
    }
    return out;
}


/***/ }),

/***/ 36917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ HEADER_SIGNATURES),
/* harmony export */   BC: () => (/* binding */ LEAD_SIZE),
/* harmony export */   HI: () => (/* binding */ lead),
/* harmony export */   KK: () => (/* binding */ HEADER_MAGIC),
/* harmony export */   P6: () => (/* binding */ HeaderBuilder),
/* harmony export */   T: () => (/* binding */ T),
/* harmony export */   TA: () => (/* binding */ LEAD_MAGIC),
/* harmony export */   XE: () => (/* binding */ HEADER_IMMUTABLE),
/* harmony export */   py: () => (/* binding */ padTo8)
/* harmony export */ });
/**
 * rpm header structures (rpm 4.x, lib/header.c): the 96-byte lead, and header blobs.
 *
 * A header is `8E AD E8 01`, 4 reserved bytes, the number of index entries and the size of the
 * data store (both big-endian u32), then the index entries (tag, type, offset, count: 16 bytes
 * each), then the data store. Entries are sorted by tag and their data lies in the same order,
 * each item aligned to its type's size (rpm rejects overlapping or misaligned data). The first
 * entry is the region tag (HEADERIMMUTABLE 63, or HEADERSIGNATURES 62 in the signature header):
 * type BIN, count 16, its offset points at a 16-byte trailer at the end of the data store which
 * is itself an index entry (same tag, type BIN, offset = -(number of entries × 16), count 16).
 */
const T = {
    CHAR: 1,
    INT8: 2,
    INT16: 3,
    INT32: 4,
    INT64: 5,
    STRING: 6,
    BIN: 7,
    STRING_ARRAY: 8,
    I18NSTRING: 9,
};
const HEADER_SIGNATURES = 62;
const HEADER_IMMUTABLE = 63;
/** A header blob starts with these 8 bytes (magic, version 1, 4 reserved bytes). */
const HEADER_MAGIC = Buffer.from([0x8e, 0xad, 0xe8, 0x01, 0, 0, 0, 0]);
/** The first 4 bytes of an rpm file (the lead). */
const LEAD_MAGIC = Buffer.from([0xed, 0xab, 0xee, 0xdb]);
/** Size of the lead, in bytes. */
const LEAD_SIZE = 96;
const ALIGN = { [T.INT16]: 2, [T.INT32]: 4, [T.INT64]: 8 };
/** Collects tags and serialises them as one header blob with its region. */
class HeaderBuilder {
    tags = new Map();
    set(tag, v) {
        this.tags.set(tag, v);
        return this;
    }
    string(tag, value) {
        return this.set(tag, { type: T.STRING, value });
    }
    i18n(tag, value) {
        return this.set(tag, { type: T.I18NSTRING, value });
    }
    strings(tag, value) {
        return value.length ? this.set(tag, { type: T.STRING_ARRAY, value }) : this;
    }
    int32(tag, value) {
        return value.length ? this.set(tag, { type: T.INT32, value }) : this;
    }
    int16(tag, value) {
        return value.length ? this.set(tag, { type: T.INT16, value }) : this;
    }
    int64(tag, value) {
        return value.length ? this.set(tag, { type: T.INT64, value }) : this;
    }
    /** The header blob with `regionTag` as its region (63 for the main header, 62 for the signature). */
    build(regionTag) {
        const sorted = [...this.tags.entries()].sort((a, b) => a[0] - b[0]);
        const il = sorted.length + 1;
        const index = Buffer.alloc(il * 16);
        const parts = [];
        let offset = 0;
        const pad = (align) => {
            const r = offset % align;
            if (r) {
                parts.push(Buffer.alloc(align - r));
                offset += align - r;
            }
        };
        sorted.forEach(([tag, v], i) => {
            pad(ALIGN[v.type] ?? 1);
            const { data, count } = encode(v);
            const e = (i + 1) * 16;
            index.writeUInt32BE(tag, e);
            index.writeUInt32BE(v.type, e + 4);
            index.writeUInt32BE(offset, e + 8);
            index.writeUInt32BE(count, e + 12);
            parts.push(data);
            offset += data.length;
        });
        // region entry and its trailer (the trailer needs no alignment: rpm copies it with memcpy)
        const trailer = Buffer.alloc(16);
        trailer.writeUInt32BE(regionTag, 0);
        trailer.writeUInt32BE(T.BIN, 4);
        trailer.writeInt32BE(-(il * 16), 8);
        trailer.writeUInt32BE(16, 12);
        index.writeUInt32BE(regionTag, 0);
        index.writeUInt32BE(T.BIN, 4);
        index.writeUInt32BE(offset, 8);
        index.writeUInt32BE(16, 12);
        parts.push(trailer);
        offset += 16;
        const counts = Buffer.alloc(8);
        counts.writeUInt32BE(il, 0);
        counts.writeUInt32BE(offset, 4);
        return Buffer.concat([HEADER_MAGIC, counts, index, ...parts]);
    }
}
function encode(v) {
    switch (v.type) {
        case T.STRING:
        case T.I18NSTRING:
            return { data: Buffer.from(`${v.value}\0`, 'utf8'), count: 1 };
        case T.STRING_ARRAY:
            return { data: Buffer.from(v.value.map((s) => `${s}\0`).join(''), 'utf8'), count: v.value.length };
        case T.CHAR:
        case T.INT8:
            return { data: Buffer.from(v.value.map((n) => n & 0xff)), count: v.value.length };
        case T.INT16: {
            const b = Buffer.alloc(v.value.length * 2);
            v.value.forEach((n, i) => b.writeUInt16BE(n & 0xffff, i * 2));
            return { data: b, count: v.value.length };
        }
        case T.INT32: {
            const b = Buffer.alloc(v.value.length * 4);
            v.value.forEach((n, i) => b.writeUInt32BE(n >>> 0, i * 4));
            return { data: b, count: v.value.length };
        }
        case T.INT64: {
            const b = Buffer.alloc(v.value.length * 8);
            v.value.forEach((n, i) => b.writeBigUInt64BE(n, i * 8));
            return { data: b, count: v.value.length };
        }
        case T.BIN:
            return { data: v.value, count: v.value.length };
    }
}
/** The signature header is padded to a multiple of 8 bytes in the file. */
function padTo8(blob) {
    const r = blob.length % 8;
    return r ? Buffer.concat([blob, Buffer.alloc(8 - r)]) : blob;
}
/** Lead `archnum` values from rpmrc (rpm ignores them, but writes them). */
const ARCHNUM = {
    x86_64: 1,
    i386: 1,
    i586: 1,
    i686: 1,
    noarch: 1,
    aarch64: 19,
    armv7hl: 12,
    armv7l: 12,
    armv6hl: 12,
    ppc64le: 16,
    ppc64: 16,
    s390x: 15,
    riscv64: 22,
    loongarch64: 23,
};
/** The 96-byte lead: magic, v3.0, binary, archnum, NEVR name (65 bytes + NUL), os 1 (Linux), sig type 5. */
function lead(nameVersionRelease, arch) {
    const b = Buffer.alloc(LEAD_SIZE);
    LEAD_MAGIC.copy(b, 0);
    b.set([3, 0], 4);
    b.writeUInt16BE(0, 6); // binary package
    b.writeUInt16BE(ARCHNUM[arch] ?? 0, 8);
    let name = Buffer.from(nameVersionRelease, 'utf8');
    if (name.length > 65)
        name = name.subarray(0, 65);
    name.copy(b, 10);
    b.writeUInt16BE(1, 76); // os: Linux
    b.writeUInt16BE(5, 78); // signature type: header-style
    return b;
}


/***/ }),

/***/ 60248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _v: () => (/* binding */ rpmInfo),
/* harmony export */   iI: () => (/* binding */ readRpmHeaders),
/* harmony export */   pb: () => (/* binding */ rpmHeadersFromBytes)
/* harmony export */ });
/* unused harmony exports RpmHeader, parseEvr */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88018);
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36917);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21901);
/**
 * A reader of rpm v3/v4 package files (any rpm, not only ours): the 96-byte lead, the signature
 * header (padded to 8 bytes), the main header and where the payload starts. Only the headers are
 * read, with positioned reads; the payload is never touched, so memory does not grow with it.
 *
 * `readRpmHeaders` returns both headers as tag → typed value maps plus their raw bytes and byte
 * offsets (the signer and the YUM repository writer need those); `rpmInfo` turns the main header
 * into the package metadata that `rpm -qp --queryformat` shows (NEVRA, descriptions, file list,
 * dependencies, changelog).
 */






/** rpm's limits on a header (lib/header.c): at most 0xffff index entries and 256 MiB of data. */
const MAX_ENTRIES = 0xffff;
const MAX_DATA = 0x0fffffff;
/** The obsolete region tag of rpm 3 headers, still found in old signature trailers. */
const HEADER_IMAGE = 61;
/** A parsed header blob: typed values, the raw bytes and where they lie in the file. */
class RpmHeader {
    bytes;
    start;
    entries;
    values;
    region;
    /** Index of the 'C' locale in HEADERI18NTABLE (0 when there is no table). */
    locale;
    constructor(
    /** The header blob as in the file: magic, counts, index, data store (no padding). */
    bytes, 
    /** Offset of the blob in the file. */
    start, 
    /** The index entries, in file order. */
    entries, values, 
    /** The region tag (63 or 62) when the header has an immutable region, else undefined. */
    region) {
        this.bytes = bytes;
        this.start = start;
        this.entries = entries;
        this.values = values;
        this.region = region;
        const table = this.values.get(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.HEADERI18NTABLE);
        const i = table?.type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.STRING_ARRAY ? table.value.indexOf('C') : -1;
        this.locale = Math.max(i, 0);
    }
    /** Offset just past the blob in the file. */
    get end() {
        return this.start + this.bytes.length;
    }
    /** The tags present, in ascending order. */
    tags() {
        return [...this.values.keys()].sort((a, b) => a - b);
    }
    has(tag) {
        return this.values.has(tag);
    }
    /** The typed value of `tag`, or undefined. */
    get(tag) {
        return this.values.get(tag);
    }
    /** A STRING tag; an I18NSTRING in the 'C' locale; the first item of a STRING_ARRAY. */
    string(tag) {
        const v = this.values.get(tag);
        if (!v)
            return undefined;
        if (v.type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.STRING)
            return v.value;
        if (v.type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.I18NSTRING)
            return v.value[this.locale] ?? v.value[0];
        if (v.type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.STRING_ARRAY)
            return v.value[0];
        return undefined;
    }
    /** A STRING_ARRAY tag (a STRING as one item); [] when absent. */
    strings(tag) {
        const v = this.values.get(tag);
        if (!v)
            return [];
        if (v.type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.STRING_ARRAY || v.type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.I18NSTRING)
            return [...v.value];
        if (v.type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.STRING)
            return [v.value];
        return [];
    }
    /** An integer tag (CHAR, INT8/16/32 unsigned, INT64 as numbers); [] when absent. */
    numbers(tag) {
        const v = this.values.get(tag);
        if (!v)
            return [];
        if (v.type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.INT64)
            return v.value.map(Number);
        if (v.type >= _header_js__WEBPACK_IMPORTED_MODULE_4__.T.CHAR && v.type <= _header_js__WEBPACK_IMPORTED_MODULE_4__.T.INT32)
            return [...v.value];
        return [];
    }
    /** The first number of an integer tag, or undefined. */
    number(tag) {
        return this.numbers(tag)[0];
    }
    /** A BIN tag, or undefined. */
    binary(tag) {
        const v = this.values.get(tag);
        return v?.type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.BIN ? v.value : undefined;
    }
}
class Invalid extends Error {
}
function fileReader(fh) {
    return async (position, length, what) => {
        const buf = Buffer.alloc(length);
        let got = 0;
        while (got < length) {
            const { bytesRead } = await fh.read(buf, got, length - got, position + got);
            if (bytesRead === 0)
                throw new Invalid(`the file ends inside the ${what}`);
            got += bytesRead;
        }
        return buf;
    };
}
function bufferReader(data) {
    return (position, length, what) => {
        if (position + length > data.length)
            throw new Invalid(`the file ends inside the ${what}`);
        return Promise.resolve(data.subarray(position, position + length));
    };
}
/** Reads and parses one header blob at `position`. */
async function readHeader(read, position, what, regionTag) {
    const intro = await read(position, 16, what);
    if (!intro.subarray(0, 4).equals(_header_js__WEBPACK_IMPORTED_MODULE_4__/* .HEADER_MAGIC */ .KK.subarray(0, 4)))
        throw new Invalid(`the ${what} does not start with the header magic 8eade801`);
    const il = intro.readUInt32BE(8);
    const dl = intro.readUInt32BE(12);
    if (il < 1 || il > MAX_ENTRIES)
        throw new Invalid(`the ${what} has ${il} index entries`);
    if (dl > MAX_DATA)
        throw new Invalid(`the ${what} claims ${dl} bytes of data`);
    const rest = await read(position + 16, il * 16 + dl, what);
    const bytes = Buffer.concat([intro, rest]);
    return parseHeader(bytes, position, what, regionTag);
}
/** Parses a header blob held in memory. */
function parseHeader(bytes, start, what, regionTag) {
    const il = bytes.readUInt32BE(8);
    const dl = bytes.readUInt32BE(12);
    const dataStart = 16 + il * 16;
    const data = bytes.subarray(dataStart, dataStart + dl);
    const entries = [];
    const values = new Map();
    for (let i = 0; i < il; i++) {
        const e = 16 + i * 16;
        entries.push({
            tag: bytes.readUInt32BE(e),
            type: bytes.readUInt32BE(e + 4),
            offset: bytes.readInt32BE(e + 8),
            count: bytes.readUInt32BE(e + 12),
        });
    }
    let region;
    const first = entries[0];
    if ((first.tag === regionTag || first.tag === HEADER_IMAGE) && first.type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.BIN && first.count === 16) {
        if (first.offset < 0 || first.offset + 16 > dl)
            throw new Invalid(`the ${what}'s region trailer lies outside it`);
        region = first.tag;
    }
    for (const e of entries) {
        if (e === first && region !== undefined)
            continue;
        try {
            values.set(e.tag, decode(data, e));
        }
        catch (err) {
            throw new Invalid(`the ${what}'s tag ${e.tag}: ${err.message}`);
        }
    }
    return new RpmHeader(bytes, start, entries, values, region);
}
const SIZE = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8 };
/** Decodes one entry's data. */
function decode(data, e) {
    const { type, offset, count } = e;
    if (type === 0)
        return { type: 0, value: null };
    if (offset < 0 || offset > data.length)
        throw new Error('data offset out of range');
    if (count > data.length)
        throw new Error(`count ${count} larger than the data`);
    switch (type) {
        case _header_js__WEBPACK_IMPORTED_MODULE_4__.T.CHAR:
        case _header_js__WEBPACK_IMPORTED_MODULE_4__.T.INT8:
        case _header_js__WEBPACK_IMPORTED_MODULE_4__.T.INT16:
        case _header_js__WEBPACK_IMPORTED_MODULE_4__.T.INT32:
        case _header_js__WEBPACK_IMPORTED_MODULE_4__.T.INT64: {
            const size = SIZE[type];
            if (offset + count * size > data.length)
                throw new Error('array runs past the data');
            if (type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.INT64)
                return { type, value: Array.from({ length: count }, (_, i) => data.readBigUInt64BE(offset + i * 8)) };
            const read = size === 1
                ? (o) => data[o]
                : size === 2
                    ? (o) => data.readUInt16BE(o)
                    : (o) => data.readUInt32BE(o);
            return { type, value: Array.from({ length: count }, (_, i) => read(offset + i * size)) };
        }
        case _header_js__WEBPACK_IMPORTED_MODULE_4__.T.BIN:
            if (offset + count > data.length)
                throw new Error('binary data runs past the data');
            return { type, value: Buffer.from(data.subarray(offset, offset + count)) };
        case _header_js__WEBPACK_IMPORTED_MODULE_4__.T.STRING:
        case _header_js__WEBPACK_IMPORTED_MODULE_4__.T.STRING_ARRAY:
        case _header_js__WEBPACK_IMPORTED_MODULE_4__.T.I18NSTRING: {
            const n = type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.STRING ? 1 : count;
            const out = [];
            let p = offset;
            for (let i = 0; i < n; i++) {
                const nul = data.indexOf(0, p);
                if (nul < 0)
                    throw new Error('string without its NUL terminator');
                out.push(data.toString('utf8', p, nul));
                p = nul + 1;
            }
            return type === _header_js__WEBPACK_IMPORTED_MODULE_4__.T.STRING ? { type, value: out[0] } : { type, value: out };
        }
        default:
            throw new Error(`unknown data type ${type}`);
    }
}
/** The lead and both headers, through `read`. */
async function parseRpm(file, read, fileSize) {
    const raw = await read(0, _header_js__WEBPACK_IMPORTED_MODULE_4__/* .LEAD_SIZE */ .BC, 'lead');
    if (!raw.subarray(0, 4).equals(_header_js__WEBPACK_IMPORTED_MODULE_4__/* .LEAD_MAGIC */ .TA))
        throw new Invalid('it does not start with the rpm lead magic edabeedb');
    const nul = raw.indexOf(0, 10);
    const lead = {
        major: raw[4],
        minor: raw[5],
        type: raw.readUInt16BE(6),
        archnum: raw.readUInt16BE(8),
        name: raw.toString('utf8', 10, nul < 0 || nul > 76 ? 76 : nul),
        os: raw.readUInt16BE(76),
        signatureType: raw.readUInt16BE(78),
    };
    if (lead.major < 3 || lead.major > 4)
        throw new Invalid(`rpm format version ${lead.major} is not supported (3 or 4)`);
    if (lead.signatureType !== 5)
        throw new Invalid(`signature type ${lead.signatureType} is not a header (5)`);
    const signature = await readHeader(read, _header_js__WEBPACK_IMPORTED_MODULE_4__/* .LEAD_SIZE */ .BC, 'signature header', _header_js__WEBPACK_IMPORTED_MODULE_4__/* .HEADER_SIGNATURES */ .AQ);
    const headerStart = _header_js__WEBPACK_IMPORTED_MODULE_4__/* .LEAD_SIZE */ .BC + Math.ceil(signature.bytes.length / 8) * 8;
    const header = await readHeader(read, headerStart, 'header', _header_js__WEBPACK_IMPORTED_MODULE_4__/* .HEADER_IMMUTABLE */ .XE);
    if (header.end > fileSize)
        throw new Invalid('the file ends inside the header');
    return {
        file,
        lead,
        signature,
        header,
        headerStart,
        headerEnd: header.end,
        payloadStart: header.end,
        fileSize,
        headerBytes: header.bytes,
    };
}
/** One DistroError naming the file for whatever went wrong reading it. */
function readError(file, err) {
    if (err instanceof Invalid)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${file} is not a valid rpm package: ${err.message}. Check that the file is an rpm and was copied completely.`, { file });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${file}: cannot read the rpm package (${err.message}).`, {
        file,
        cause: err,
    });
}
/**
 * Reads the lead and both headers of the rpm package `file` (never the payload). A file that is
 * not an rpm, or is truncated or corrupt, is one DistroError naming the file.
 */
async function readRpmHeaders(file) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${file}: cannot open the rpm package (${err.message}).`, {
            file,
            cause: err,
        });
    }
    try {
        return await parseRpm(file, fileReader(fh), (await fh.stat()).size);
    }
    catch (err) {
        throw readError(file, err);
    }
    finally {
        await fh.close();
    }
}
/** `readRpmHeaders` of a whole package already in memory (`data`, the bytes of `file`). */
async function rpmHeadersFromBytes(file, data) {
    try {
        return await parseRpm(file, bufferReader(data), data.length);
    }
    catch (err) {
        throw readError(file, err);
    }
}
const SENSE_OPS = {
    [_deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.LESS]: 'LT',
    [_deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.LESS | _deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.EQUAL]: 'LE',
    [_deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.EQUAL]: 'EQ',
    [_deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.GREATER | _deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.EQUAL]: 'GE',
    [_deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.GREATER]: 'GT',
};
/** rpm's legacy PreReq bit and the install-time context bits (isLegacyPreReq || isInstallPreReq). */
const PRE_MASK = _deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.PREREQ | _deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.SCRIPT_PRE | _deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.SCRIPT_POST;
/** Splits `[epoch:]version[-release]` as rpm's parseEVR does. */
function parseEvr(evr) {
    const m = /^(\d*):/.exec(evr);
    const epoch = m ? m[1] || '0' : undefined;
    const rest = m ? evr.slice(m[0].length) : evr;
    const dash = rest.lastIndexOf('-');
    return dash < 0
        ? { epoch, version: rest }
        : { epoch, version: rest.slice(0, dash), release: rest.slice(dash + 1) };
}
function deps(h, nameTag, flagsTag, versionTag) {
    const names = h.strings(nameTag);
    const flags = h.numbers(flagsTag);
    const versions = h.strings(versionTag);
    return names.map((name, i) => {
        const f = flags[i] ?? 0;
        const version = versions[i] ?? '';
        const op = SENSE_OPS[f & (_deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.LESS | _deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.GREATER | _deps_js__WEBPACK_IMPORTED_MODULE_3__/* .SENSE */ .xE.EQUAL)];
        const d = { name, flags: f, version, pre: (f & PRE_MASK) !== 0 };
        if (op)
            d.op = op;
        if (version) {
            const evr = parseEvr(version);
            if (evr.epoch !== undefined)
                d.epoch = evr.epoch;
            d.ver = evr.version;
            if (evr.release !== undefined)
                d.rel = evr.release;
        }
        return d;
    });
}
function fileType(mode) {
    switch (mode & node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFMT) {
        case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFREG:
            return 'file';
        case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFDIR:
            return 'dir';
        case node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.S_IFLNK:
            return 'symlink';
        default:
            return 'other';
    }
}
function files(h) {
    let paths = h.strings(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.OLDFILENAMES);
    const basenames = h.strings(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.BASENAMES);
    if (basenames.length) {
        const dirnames = h.strings(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.DIRNAMES);
        const dirindexes = h.numbers(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.DIRINDEXES);
        paths = basenames.map((b, i) => `${dirnames[dirindexes[i] ?? -1] ?? ''}${b}`);
    }
    const sizes = h.has(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.LONGFILESIZES) ? h.numbers(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.LONGFILESIZES) : h.numbers(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.FILESIZES);
    const modes = h.numbers(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.FILEMODES);
    const mtimes = h.numbers(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.FILEMTIMES);
    const flags = h.numbers(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.FILEFLAGS);
    const digests = h.strings(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.FILEDIGESTS);
    const links = h.strings(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.FILELINKTOS);
    const users = h.strings(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.FILEUSERNAME);
    const groups = h.strings(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.FILEGROUPNAME);
    return paths.map((p, i) => {
        const mode = modes[i] ?? 0;
        const f = flags[i] ?? 0;
        return {
            path: p,
            type: fileType(mode),
            mode,
            size: sizes[i] ?? 0,
            mtime: mtimes[i] ?? 0,
            flags: f,
            config: (f & _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .FILEFLAG */ .FS.config) !== 0,
            ghost: (f & _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .FILEFLAG */ .FS.ghost) !== 0,
            doc: (f & _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .FILEFLAG */ .FS.doc) !== 0,
            digest: digests[i] ?? '',
            linkTarget: links[i] ?? '',
            user: users[i] ?? '',
            group: groups[i] ?? '',
        };
    });
}
/** The package metadata of a file read by `readRpmHeaders`. */
function rpmInfo(rpm) {
    const h = rpm.header;
    const s = (tag) => h.string(tag) ?? '';
    const isSource = !h.has(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SOURCERPM);
    const times = h.numbers(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.CHANGELOGTIME);
    const names = h.strings(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.CHANGELOGNAME);
    const texts = h.strings(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.CHANGELOGTEXT);
    const archiveSize = rpm.signature.number(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGTAG */ .Me.LONGARCHIVESIZE) ??
        rpm.signature.number(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGTAG */ .Me.PAYLOADSIZE) ??
        h.number(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.ARCHIVESIZE);
    const info = {
        name: s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.NAME),
        version: s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.VERSION),
        release: s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.RELEASE),
        arch: isSource ? 'src' : s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.ARCH),
        isSource,
        summary: s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SUMMARY),
        description: s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.DESCRIPTION),
        url: s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.URL),
        license: s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.LICENSE),
        vendor: s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.VENDOR),
        group: s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.GROUP),
        packager: s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.PACKAGER),
        buildtime: h.number(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.BUILDTIME) ?? 0,
        buildhost: s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.BUILDHOST),
        sourcerpm: s(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SOURCERPM),
        size: h.number(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.LONGSIZE) ?? h.number(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SIZE) ?? 0,
        fileDigestAlgo: h.number(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.FILEDIGESTALGO) ?? 1,
        files: files(h),
        requires: deps(h, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.REQUIRENAME, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.REQUIREFLAGS, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.REQUIREVERSION),
        provides: deps(h, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.PROVIDENAME, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.PROVIDEFLAGS, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.PROVIDEVERSION),
        conflicts: deps(h, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.CONFLICTNAME, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.CONFLICTFLAGS, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.CONFLICTVERSION),
        obsoletes: deps(h, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.OBSOLETENAME, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.OBSOLETEFLAGS, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.OBSOLETEVERSION),
        recommends: deps(h, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.RECOMMENDNAME, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.RECOMMENDFLAGS, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.RECOMMENDVERSION),
        suggests: deps(h, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SUGGESTNAME, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SUGGESTFLAGS, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SUGGESTVERSION),
        supplements: deps(h, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SUPPLEMENTNAME, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SUPPLEMENTFLAGS, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SUPPLEMENTVERSION),
        enhances: deps(h, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.ENHANCENAME, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.ENHANCEFLAGS, _tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.ENHANCEVERSION),
        changelog: times.map((time, i) => ({ time, author: names[i] ?? '', text: texts[i] ?? '' })),
    };
    const epoch = h.number(_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.EPOCH);
    if (epoch !== undefined)
        info.epoch = epoch;
    if (archiveSize !== undefined)
        info.archiveSize = archiveSize;
    return info;
}


/***/ }),

/***/ 21901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   FS: () => (/* binding */ FILEFLAG),
/* harmony export */   Me: () => (/* binding */ SIGTAG)
/* harmony export */ });
/** rpm tag numbers (rpm's include/rpm/rpmtag.h) used by the writer and the reader. */
const TAG = {
    HEADERI18NTABLE: 100,
    NAME: 1000,
    VERSION: 1001,
    RELEASE: 1002,
    EPOCH: 1003,
    SUMMARY: 1004,
    DESCRIPTION: 1005,
    BUILDTIME: 1006,
    BUILDHOST: 1007,
    SIZE: 1009,
    VENDOR: 1011,
    LICENSE: 1014,
    PACKAGER: 1015,
    GROUP: 1016,
    URL: 1020,
    OS: 1021,
    ARCH: 1022,
    PREIN: 1023,
    POSTIN: 1024,
    PREUN: 1025,
    POSTUN: 1026,
    OLDFILENAMES: 1027,
    FILESIZES: 1028,
    FILEMODES: 1030,
    FILERDEVS: 1033,
    FILEMTIMES: 1034,
    FILEDIGESTS: 1035,
    FILELINKTOS: 1036,
    FILEFLAGS: 1037,
    FILEUSERNAME: 1039,
    FILEGROUPNAME: 1040,
    SOURCERPM: 1044,
    FILEVERIFYFLAGS: 1045,
    ARCHIVESIZE: 1046,
    PROVIDENAME: 1047,
    REQUIREFLAGS: 1048,
    REQUIRENAME: 1049,
    REQUIREVERSION: 1050,
    CONFLICTFLAGS: 1053,
    CONFLICTNAME: 1054,
    CONFLICTVERSION: 1055,
    RPMVERSION: 1064,
    CHANGELOGTIME: 1080,
    CHANGELOGNAME: 1081,
    CHANGELOGTEXT: 1082,
    PREINPROG: 1085,
    POSTINPROG: 1086,
    PREUNPROG: 1087,
    POSTUNPROG: 1088,
    OBSOLETENAME: 1090,
    FILEDEVICES: 1095,
    FILEINODES: 1096,
    FILELANGS: 1097,
    SOURCEPACKAGE: 1106,
    PROVIDEFLAGS: 1112,
    PROVIDEVERSION: 1113,
    OBSOLETEFLAGS: 1114,
    OBSOLETEVERSION: 1115,
    DIRINDEXES: 1116,
    BASENAMES: 1117,
    DIRNAMES: 1118,
    OPTFLAGS: 1122,
    PAYLOADFORMAT: 1124,
    PAYLOADCOMPRESSOR: 1125,
    PAYLOADFLAGS: 1126,
    PLATFORM: 1132,
    PRETRANS: 1151,
    POSTTRANS: 1152,
    PRETRANSPROG: 1153,
    POSTTRANSPROG: 1154,
    LONGFILESIZES: 5008,
    LONGSIZE: 5009,
    FILEDIGESTALGO: 5011,
    RECOMMENDNAME: 5046,
    RECOMMENDVERSION: 5047,
    RECOMMENDFLAGS: 5048,
    SUGGESTNAME: 5049,
    SUGGESTVERSION: 5050,
    SUGGESTFLAGS: 5051,
    SUPPLEMENTNAME: 5052,
    SUPPLEMENTVERSION: 5053,
    SUPPLEMENTFLAGS: 5054,
    ENHANCENAME: 5055,
    ENHANCEVERSION: 5056,
    ENHANCEFLAGS: 5057,
    ENCODING: 5062,
    PAYLOADDIGEST: 5092,
    PAYLOADDIGESTALGO: 5093,
};
/** Signature header tags (rpm's lib/rpmtag.h RPMSIGTAG_*). */
const SIGTAG = {
    /** OpenPGP signature of the header (rpm 4.18 signs DSA and EdDSA keys into this tag). */
    DSA: 267,
    /** OpenPGP signature of the header made with an RSA key. */
    RSA: 268,
    SHA1: 269,
    LONGSIZE: 270,
    LONGARCHIVESIZE: 271,
    SHA256: 273,
    SIZE: 1000,
    /** Legacy header+payload signatures (RSA, DSA, PGP 5) and MD5 digest. */
    PGP: 1002,
    MD5: 1004,
    GPG: 1005,
    PGP5: 1006,
    PAYLOADSIZE: 1007,
    /** Padding rpmbuild reserves so that a signature can be added in place. */
    RESERVEDSPACE: 1008,
};
/** File attribute bits of FILEFLAGS (rpm's rpmfileAttrs). */
const FILEFLAG = {
    config: 1,
    doc: 2,
    missingok: 8,
    noreplace: 16,
    ghost: 64,
    license: 128,
    readme: 256,
    artifact: 4096,
};


/***/ })

};
