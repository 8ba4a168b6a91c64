export const id = 2113;
export const ids = [2113];
export const modules = {

/***/ 36836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ verifiesDetached),
/* harmony export */   U: () => (/* binding */ verifiesCleartext)
/* harmony export */ });
/** openpgp (about 1 MB) is loaded when a signature is checked: an unsigned publish never loads it. */
const openpgp = () => __webpack_require__.e(/* import() */ 3074).then(__webpack_require__.bind(__webpack_require__, 13074));
const keys = new Map();
const key = (armored) => {
    let k = keys.get(armored);
    if (!k)
        keys.set(armored, (k = openpgp().then(({ readKey }) => readKey({ armoredKey: armored }))));
    return k;
};
/** Whether every signature of `result` (at least one) is good: apt's gpgv and librepo accept no less. */
async function allGood(result) {
    if (result.signatures.length === 0)
        return false;
    for (const s of result.signatures) {
        if (!(await s.verified.catch(() => false)))
            return false;
    }
    return true;
}
/** Whether `armoredSignature` is a good detached signature of `data` by the key `publicKeyArmored`. */
async function verifiesDetached(publicKeyArmored, data, armoredSignature) {
    const { createMessage, readSignature, verify } = await openpgp();
    try {
        const signature = await readSignature({ armoredSignature });
        const message = await createMessage({ binary: data });
        return await allGood(await verify({ message, signature, verificationKeys: await key(publicKeyArmored) }));
    }
    catch {
        return false;
    }
}
/** Whether `armored` is a good cleartext-signed message by the key `publicKeyArmored`. */
async function verifiesCleartext(publicKeyArmored, armored) {
    const { readCleartextMessage, verify } = await openpgp();
    try {
        const message = await readCleartextMessage({ cleartextMessage: armored });
        return await allGood(await verify({ message, verificationKeys: await key(publicKeyArmored) }));
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 82113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareEvr: () => (/* reexport */ vercmp/* compareEvr */.z),
  prepareYum: () => (/* binding */ prepareYum),
  publishYum: () => (/* binding */ publishYum),
  rpmvercmp: () => (/* reexport */ vercmp/* rpmvercmp */.L)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/formats/rpm/tags.ts
var tags = __webpack_require__(21901);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/repos/yum/xml.ts
const NS = {
    common: 'http://linux.duke.edu/metadata/common',
    rpm: 'http://linux.duke.edu/metadata/rpm',
    filelists: 'http://linux.duke.edu/metadata/filelists',
    other: 'http://linux.duke.edu/metadata/other',
    repo: 'http://linux.duke.edu/metadata/repo',
};
const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';
/** The opening of a metadata file with `count` packages. */
function metadataHeader(type, count) {
    switch (type) {
        case 'primary':
            return `${XML_DECL}<metadata xmlns="${NS.common}" xmlns:rpm="${NS.rpm}" packages="${count}">\n`;
        case 'filelists':
            return `${XML_DECL}<filelists xmlns="${NS.filelists}" packages="${count}">\n`;
        case 'other':
            return `${XML_DECL}<otherdata xmlns="${NS.other}" packages="${count}">\n`;
    }
}
/** The closing tag of a metadata file (createrepo_c writes no newline after it). */
const METADATA_FOOTER = {
    primary: '</metadata>',
    filelists: '</filelists>',
    other: '</otherdata>',
};
const TEXT_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const TEXT_SPECIAL = /[&<>\r]/;
const TEXT_SPECIALS = /[&<>\r]/g;
/** Escapes element text as libxml2 does. */
function escapeText(s) {
    return TEXT_SPECIAL.test(s) ? s.replace(TEXT_SPECIALS, (c) => TEXT_ESCAPES[c]) : s;
}
const ATTR_ESCAPES = {
    ...TEXT_ESCAPES,
    '"': '&quot;',
    '\n': '&#10;',
    '\t': '&#9;',
};
/** Printable ASCII other than `& < > "`: nothing to escape (most values, e.g. all numbers). */
// eslint-disable-next-line no-control-regex
const ATTR_PLAIN = /^[^&<>"\x00-\x1f\x7f-\uffff]*$/;
/** Escapes an attribute value as libxml2 does without an output encoding (non-ASCII as `&#x…;`). */
function escapeAttr(s) {
    if (ATTR_PLAIN.test(s))
        return s;
    return s.replace(/[&<>"\r\n\t]|[^\t-\x7f]/gu, (c) => ATTR_ESCAPES[c] ?? `&#x${c.codePointAt(0).toString(16).toUpperCase()};`);
}
function attrs(list) {
    let s = '';
    for (const [k, v] of list)
        s += ` ${k}="${typeof v === 'number' ? v : escapeAttr(v)}"`;
    return s;
}
function textElement(indent, name, value, attributes = '') {
    return `${indent}<${name}${attributes}>${escapeText(value)}</${name}>\n`;
}
function versionElement(p) {
    return `  <version${attrs([
        ['epoch', p.epoch],
        ['ver', p.version],
        ['rel', p.release],
    ])}/>\n`;
}
function depEntry(d, requires) {
    const list = [['name', d.name]];
    if (d.flags) {
        list.push(['flags', d.flags]);
        if (d.epoch)
            list.push(['epoch', d.epoch]);
        if (d.ver)
            list.push(['ver', d.ver]);
        if (d.rel)
            list.push(['rel', d.rel]);
    }
    if (requires && d.pre)
        list.push(['pre', '1']);
    return `      <rpm:entry${attrs(list)}/>\n`;
}
const DEP_KINDS = [
    'provides',
    'requires',
    'conflicts',
    'obsoletes',
    'suggests',
    'enhances',
    'recommends',
    'supplements',
];
/**
 * createrepo_c's rule for the files primary.xml lists (libsolv resolves file dependencies on
 * these without downloading filelists): anything in /etc, anything whose path contains `bin/`,
 * and /usr/lib/sendmail.
 */
function isPrimaryFile(file) {
    return file.startsWith('/etc/') || file.includes('bin/') || file === '/usr/lib/sendmail';
}
function fileElement(indent, f) {
    return textElement(indent, 'file', f.path, f.type ? attrs([['type', f.type]]) : '');
}
/** The `<package>` element of primary.xml. */
function primaryXml(p) {
    let s = '<package type="rpm">\n';
    s += textElement('  ', 'name', p.name);
    s += textElement('  ', 'arch', p.arch);
    s += versionElement(p);
    s += textElement('  ', 'checksum', p.pkgid, attrs([
        ['type', 'sha256'],
        ['pkgid', 'YES'],
    ]));
    s += textElement('  ', 'summary', p.summary);
    s += textElement('  ', 'description', p.description);
    s += textElement('  ', 'packager', p.packager);
    s += textElement('  ', 'url', p.url);
    s += `  <time${attrs([
        ['file', p.timeFile],
        ['build', p.timeBuild],
    ])}/>\n`;
    s += `  <size${attrs([
        ['package', p.sizePackage],
        ['installed', p.sizeInstalled],
        ['archive', p.sizeArchive],
    ])}/>\n`;
    s += `  <location${attrs([['href', p.href]])}/>\n`;
    s += '  <format>\n';
    s += textElement('    ', 'rpm:license', p.license);
    s += textElement('    ', 'rpm:vendor', p.vendor);
    s += textElement('    ', 'rpm:group', p.group);
    s += textElement('    ', 'rpm:buildhost', p.buildhost);
    s += textElement('    ', 'rpm:sourcerpm', p.sourcerpm);
    s += `    <rpm:header-range${attrs([
        ['start', p.headerStart],
        ['end', p.headerEnd],
    ])}/>\n`;
    for (const kind of DEP_KINDS) {
        const list = p.deps[kind].filter((d) => d.name !== '');
        if (!list.length)
            continue;
        s += `    <rpm:${kind}>\n`;
        for (const d of list)
            s += depEntry(d, kind === 'requires');
        s += `    </rpm:${kind}>\n`;
    }
    for (const f of p.files)
        if (isPrimaryFile(f.path))
            s += fileElement('    ', f);
    s += '  </format>\n</package>\n';
    return s;
}
function packageOpen(p) {
    return `<package${attrs([
        ['pkgid', p.pkgid],
        ['name', p.name],
        ['arch', p.arch],
    ])}>\n${versionElement(p)}`;
}
/** The `<package>` element of filelists.xml: every file, directories and ghosts marked. */
function filelistsXml(p) {
    let s = packageOpen(p);
    for (const f of p.files)
        s += fileElement('  ', f);
    return `${s}</package>\n`;
}
/** The `<package>` element of other.xml: the changelog, oldest entry first. */
function otherXml(p) {
    let s = packageOpen(p);
    for (const c of p.changelogs) {
        s += textElement('  ', 'changelog', c.text, attrs([
            ['author', c.author],
            ['date', c.date],
        ]));
    }
    return `${s}</package>\n`;
}

;// CONCATENATED MODULE: ./src/repos/yum/metadata.ts
/**
 * Reading and writing repodata/: repomd.xml, and the package chunks of primary, filelists and
 * other, streamed through gzip or zstd (level 6 as createrepo_c's Z_DEFAULT_COMPRESSION) in large
 * steps. Existing files are read back chunk by chunk (`<package …>…</package>`, which the escaping
 * guarantees cannot occur inside a text), in batches, and their checksums checked against
 * repomd.xml while they stream by.
 */









const metadata_unescape = (s) => s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e) => {
    if (e[0] === '#')
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e];
});
/** Compiled once: these run for every package of a repository. */
const patterns = new Map();
function pattern(source) {
    let re = patterns.get(source);
    if (!re)
        patterns.set(source, (re = new RegExp(source)));
    return re;
}
const unescaped = (s) => (s.includes('&') ? metadata_unescape(s) : s);
const isSpace = (c) => c === 32 || c === 10 || c === 9 || c === 13;
/** An attribute of the first element named `element` in `xml`, unescaped. */
function attr(xml, element, name) {
    // the first `<element` is usually that element: found by indexOf, not by a regex over `xml`
    const i = xml.indexOf(`<${element}`);
    const end = i >= 0 && isSpace(xml.charCodeAt(i + element.length + 1)) ? xml.indexOf('>', i) : -1;
    const el = end >= 0 ? xml.slice(i, end + 1) : pattern(`<${element}\\s[^>]*>`).exec(xml)?.[0];
    if (!el)
        return undefined;
    const m = pattern(`\\s${name}="([^"]*)"`).exec(el);
    return m ? unescaped(m[1]) : undefined;
}
/** The text of the first element named `element` in `xml`, unescaped. */
function metadata_text(xml, element) {
    const open = `<${element}>`;
    const i = xml.indexOf(open);
    if (i >= 0 && xml.indexOf(`<${element}`) === i) {
        const from = i + open.length;
        const to = xml.indexOf('<', from);
        if (to >= 0 && xml.startsWith(`</${element}>`, to))
            return unescaped(xml.slice(from, to));
    }
    const m = pattern(`<${element}(?:\\s[^>]*)?>([^<]*)</${element}>`).exec(xml);
    return m ? unescaped(m[1]) : undefined;
}
function damaged(file, why) {
    throw new errors/* DistroError */.Yt(`yum: the repository metadata ${file} is damaged (${why}); restore the repository from its last good copy, or remove its repodata/ and publish every package again.`, { key: 'yum', file });
}
/** Reads `<repoDir>/repodata/repomd.xml`; undefined when the repository does not exist yet. */
async function readRepomd(repoDir) {
    const file = external_node_path_default().join(repoDir, 'repodata', 'repomd.xml');
    let xml;
    try {
        xml = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    const records = [];
    for (const m of xml.matchAll(/<data type="([^"]+)">([\s\S]*?)<\/data>/g)) {
        const body = m[2];
        const href = attr(body, 'location', 'href');
        const checksum = metadata_text(body, 'checksum');
        if (!href || !checksum)
            damaged(file, `the '${m[1]}' record has no location or checksum`);
        if (attr(body, 'checksum', 'type') !== 'sha256')
            damaged(file, `the '${m[1]}' record's checksum is not sha256 (made with createrepo_c -s?)`);
        records.push({
            type: m[1],
            href,
            checksum,
            openChecksum: metadata_text(body, 'open-checksum') ?? '',
            size: Number(metadata_text(body, 'size') ?? 0),
            openSize: Number(metadata_text(body, 'open-size') ?? 0),
            timestamp: Number(metadata_text(body, 'timestamp') ?? 0),
        });
    }
    return { revision: metadata_text(xml, 'revision') ?? '', records };
}
/** repomd.xml for `records` (createrepo_c's layout). */
function renderRepomd(revision, records) {
    let s = `<?xml version="1.0" encoding="UTF-8"?>\n<repomd xmlns="${NS.repo}" xmlns:rpm="${NS.rpm}">\n`;
    s += `  <revision>${revision}</revision>\n`;
    for (const r of records) {
        s += `  <data type="${r.type}">\n`;
        s += `    <checksum type="sha256">${r.checksum}</checksum>\n`;
        s += `    <open-checksum type="sha256">${r.openChecksum}</open-checksum>\n`;
        s += `    <location href="${r.href}"/>\n`;
        s += `    <timestamp>${r.timestamp}</timestamp>\n`;
        s += `    <size>${r.size}</size>\n`;
        s += `    <open-size>${r.openSize}</open-size>\n`;
        s += '  </data>\n';
    }
    return `${s}</repomd>\n`;
}
function decompressor(href) {
    if (href.endsWith('.gz'))
        return external_node_zlib_default().createGunzip({ chunkSize: STEP });
    if (href.endsWith('.zst'))
        return external_node_zlib_default().createZstdDecompress({ chunkSize: STEP });
    if (href.endsWith('.xml'))
        return undefined;
    throw new errors/* DistroError */.Yt(`yum: ${href} is compressed in a way this publisher does not read (gzip, zstd or none); re-create the repository with createrepo_c --general-compress-type=gz, or publish into a new channel.`, { key: 'yum' });
}
/** A hashing pass-through: size and SHA-256 of what flows by. */
function counter() {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const t = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            hash.update(chunk);
            t.size += chunk.length;
            cb(null, chunk);
        },
    });
    t.size = 0;
    t.digest = () => hash.digest('hex');
    return t;
}
/** Bytes per read and per zlib output buffer: few, large steps through the streams. */
const STEP = 1 << 18;
const PACKAGE_OPEN = Buffer.from('<package ');
const PACKAGE_CLOSE = Buffer.from('</package>');
const CHECKSUM_CLOSE = Buffer.from('</checksum>');
const LOCATION_OPEN = Buffer.from('<location ');
const NEWLINE = Buffer.from('\n');
const PRIMARY_PKGID = /<checksum type="sha256" pkgid="YES">([0-9a-f]{64})<\/checksum>/;
const PKGID_ATTR = /^<package pkgid="([0-9a-f]{64})"/;
/** `<package pkgid="` and 64 hex digits. */
const PKGID_ATTR_END = 16 + 64 + 1;
/** The chunk of the element `buf[start, stop)` (`stop` past its newline, when it has one). */
function chunkAt(buf, start, stop, primary) {
    const whole = buf.subarray(start, stop);
    const xml = whole[whole.length - 1] === 10 ? whole : Buffer.concat([whole, NEWLINE]);
    if (!primary) {
        const pkgid = PKGID_ATTR.exec(buf.toString('latin1', start, Math.min(stop, start + PKGID_ATTR_END)))?.[1];
        return pkgid ? { pkgid, xml } : undefined;
    }
    const checksum = whole.indexOf(CHECKSUM_CLOSE);
    const location = checksum >= 0 ? whole.indexOf(LOCATION_OPEN, checksum) : -1;
    const locationEnd = location >= 0 ? whole.indexOf(62 /* > */, location) : -1;
    const head = locationEnd >= 0
        ? whole.toString('utf8', 0, checksum + CHECKSUM_CLOSE.length) +
            whole.toString('utf8', location, locationEnd + 1)
        : whole.toString('utf8');
    const pkgid = PRIMARY_PKGID.exec(head)?.[1];
    return pkgid ? { pkgid, xml, head } : undefined;
}
/** Finds the `<package>` elements of `buf` from `from` on into `batch`; returns where the unfinished rest starts. */
function scan(buf, from, primary, file, batch) {
    let next = from;
    let start = buf.indexOf(PACKAGE_OPEN, from);
    while (start >= 0) {
        const end = buf.indexOf(PACKAGE_CLOSE, start);
        if (end < 0)
            return start;
        let stop = end + PACKAGE_CLOSE.length;
        if (buf[stop] === 10)
            stop++;
        const chunk = chunkAt(buf, start, stop, primary);
        if (!chunk)
            damaged(file, 'a package without a sha256 pkgid');
        batch.push(chunk);
        next = stop;
        start = buf.indexOf(PACKAGE_OPEN, stop);
    }
    return next;
}
/**
 * Where in `piece` the first `</package>` after `rest` ends (past its newline), counting one that
 * begins in `rest`; -1 when there is none.
 */
function firstCloseEnd(rest, piece) {
    const n = PACKAGE_CLOSE.length;
    const r = Math.min(rest.length, n - 1);
    const seam = Buffer.concat([rest.subarray(rest.length - r), piece.subarray(0, n - 1)]);
    const k = seam.indexOf(PACKAGE_CLOSE);
    const i = k >= 0 ? k - r : piece.indexOf(PACKAGE_CLOSE);
    if (i < 0 && k < 0)
        return -1;
    const end = i + n;
    return piece[end] === 10 ? end + 1 : end;
}
/**
 * The `<package>` chunks of the metadata file `record` names, in file order, in batches (one per
 * block of decompressed bytes). Checks both checksums of repomd.xml once the file ends. The
 * elements are found by their ASCII tags in the bytes, which UTF-8 never forms inside a character;
 * only an element cut by the end of a block is copied, to join its two parts.
 */
async function* readChunks(repoDir, record) {
    const file = external_node_path_default().join(repoDir, record.href);
    const packed = counter();
    const unpacked = counter();
    const unz = decompressor(record.href);
    const input = (0,external_node_fs_.createReadStream)(file, { highWaterMark: STEP });
    const done = unz ? (0,external_node_stream_promises_.pipeline)(input, packed, unz, unpacked) : (0,external_node_stream_promises_.pipeline)(input, packed, unpacked);
    let failure;
    done.catch((e) => (failure = e));
    const primary = record.type === 'primary';
    let rest = Buffer.alloc(0);
    try {
        for await (const piece of unpacked) {
            const batch = [];
            let from = 0;
            if (rest.length) {
                const cut = firstCloseEnd(rest, piece);
                if (cut < 0) {
                    rest = Buffer.concat([rest, piece]);
                    continue;
                }
                scan(Buffer.concat([rest, piece.subarray(0, cut)]), 0, primary, file, batch);
                from = cut;
            }
            rest = piece.subarray(scan(piece, from, primary, file, batch));
            if (batch.length)
                yield batch;
        }
        await done;
    }
    catch (e) {
        failure ??= e;
        if (failure instanceof errors/* DistroError */.Yt)
            throw failure;
        if (failure.code === 'ENOENT')
            damaged(file, 'repomd.xml names it but it is missing');
        damaged(file, failure.message);
    }
    finally {
        input.destroy();
    }
    if (packed.digest() !== record.checksum)
        damaged(file, 'its sha256 differs from the one in repomd.xml');
    if (record.openChecksum && unpacked.digest() !== record.openChecksum)
        damaged(file, 'its uncompressed sha256 differs from the one in repomd.xml');
}
/** A run this long goes down the pipeline as it is; shorter ones are joined (one copy, fewer writes). */
const LONG_RUN = 1 << 16;
/**
 * Buffers to write, gathered: a buffer that continues the one before it in memory (kept elements
 * read back from one block) extends it, so that the old elements pass as a few long runs, never
 * copied; the short buffers (new elements, header, footer) between them are joined.
 */
class Gather {
    runs = [];
    run;
    runEnd = 0;
    size = 0;
    add(b) {
        this.size += b.length;
        if (this.run && b.buffer === this.run.buffer && b.byteOffset === this.runEnd) {
            this.runEnd += b.length;
            return;
        }
        this.close();
        this.run = b;
        this.runEnd = b.byteOffset + b.length;
    }
    close() {
        const r = this.run;
        if (r)
            this.runs.push(Buffer.from(r.buffer, r.byteOffset, this.runEnd - r.byteOffset));
        this.run = undefined;
    }
    /** What was added since the last take, in long runs and joined short ones. */
    take() {
        this.close();
        const out = [];
        let short = [];
        const join = () => {
            if (short.length)
                out.push(short.length === 1 ? short[0] : Buffer.concat(short));
            short = [];
        };
        for (const r of this.runs) {
            if (r.length < LONG_RUN)
                short.push(r);
            else {
                join();
                out.push(r);
            }
        }
        join();
        this.runs.length = 0;
        this.size = 0;
        return out;
    }
}
/**
 * Writes one metadata file into `repodataDir`: header, the chunks, footer, compressed. The file
 * goes to a temporary name first and is renamed to `<sha256>-<type>.xml.gz` (or `.zst`) when
 * complete; returns its repomd record (timestamp `now`).
 */
async function writeMetadata(repodataDir, type, count, chunks, compression, now) {
    const tmp = external_node_path_default().join(repodataDir, `.${type}.tmp-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    const unpacked = counter();
    const packed = counter();
    // the chunks are gathered into steps of about STEP bytes: one copy, few writes down the pipeline
    async function* source() {
        const gather = new Gather();
        gather.add(Buffer.from(metadataHeader(type, count)));
        for await (const batch of chunks) {
            for (const c of batch)
                gather.add(c);
            if (gather.size >= STEP)
                yield* gather.take();
        }
        gather.add(Buffer.from(METADATA_FOOTER[type]));
        yield* gather.take();
    }
    const comp = compression === 'zstd'
        ? external_node_zlib_default().createZstdCompress({ chunkSize: STEP, params: { [(external_node_zlib_default()).constants.ZSTD_c_compressionLevel]: 10 } })
        : // createrepo_c's level (Z_DEFAULT_COMPRESSION)
            external_node_zlib_default().createGzip({ level: 6, chunkSize: STEP });
    try {
        await (0,external_node_stream_promises_.pipeline)(source, unpacked, comp, packed, (0,external_node_fs_.createWriteStream)(tmp));
        const ext = compression === 'zstd' ? 'zst' : 'gz';
        const checksum = packed.digest();
        const name = `${checksum}-${type}.xml.${ext}`;
        await (0,promises_.rename)(tmp, external_node_path_default().join(repodataDir, name));
        return {
            type,
            href: `repodata/${name}`,
            checksum,
            openChecksum: unpacked.digest(),
            size: packed.size,
            openSize: unpacked.size,
            timestamp: now,
        };
    }
    finally {
        await (0,promises_.rm)(tmp, { force: true });
    }
}

// EXTERNAL MODULE: ./src/formats/rpm/deps.ts
var deps = __webpack_require__(88018);
// EXTERNAL MODULE: ./src/formats/rpm/read.ts
var read = __webpack_require__(60248);
// EXTERNAL MODULE: ./src/repos/yum/vercmp.ts
var vercmp = __webpack_require__(27784);
;// CONCATENATED MODULE: ./src/repos/yum/package.ts
/**
 * One package as the repository metadata describes it, made from an rpm header with createrepo_c's
 * rules (0.17, src/parsehdr.c): requires without `rpmlib(…)`, without files the package itself
 * lists in primary.xml and without exact copies of its own provides; `pre="1"` for requirements of
 * %pre/%post and prerequisites; only the newest libc.so.6 requirement; dependency versions split
 * into epoch (default 0), version and release; the newest `changelogLimit` changelog entries,
 * oldest first, equal times made distinct by adding seconds to the older ones.
 */





/** createrepo_c's default `--changelog-limit`. */
const CHANGELOG_LIMIT = 10;
const FLAG_NAMES = { 2: 'LT', 4: 'GT', 8: 'EQ', 10: 'LE', 12: 'GE' };
/** Epoch, version and release of a dependency version (createrepo_c's cr_str_to_evr); undefined for a bad epoch. */
function splitEvr(full) {
    if (!full)
        return {};
    let rest = full;
    let epoch = '0';
    const colon = full.indexOf(':');
    if (colon >= 0) {
        const e = full.slice(0, colon);
        if (!/^\d*$/.test(e))
            return undefined;
        if (e)
            epoch = e;
        rest = full.slice(colon + 1);
    }
    const dash = rest.indexOf('-');
    if (dash < 0)
        return { epoch, ver: rest };
    const rel = rest.slice(dash + 1);
    return { epoch, ver: rest.slice(0, dash), ...(rel ? { rel } : {}) };
}
/** The version inside `libc.so.6(GLIBC_2.4)(64bit)`, for choosing the highest one. */
function libcVersion(name) {
    const m = /\(([^)]*)\)/.exec(name);
    return m ? m[1].replace(/^\D*/, '') : '';
}
// Control characters other than TAB, LF and CR cannot be written to XML 1.0.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;
function checkText(what, value, file) {
    if (CONTROL.test(value)) {
        throw new errors/* DistroError */.Yt(`yum: ${file}: its ${what} contains control characters, which repository metadata (XML) cannot hold; rebuild the package without them.`, { key: 'yum' });
    }
    return value;
}
function convertDeps(facts, fileSet, shown) {
    const out = {};
    const nfv = (d) => `${d.name}\0${FLAG_NAMES[d.flags & 0xf] ?? ''}\0${d.version}`;
    const provided = new Set(facts.provides.map(nfv));
    const kinds = [
        'provides',
        'conflicts',
        'obsoletes',
        'requires',
        'suggests',
        'enhances',
        'recommends',
        'supplements',
    ];
    for (const kind of kinds) {
        const list = [];
        const seen = new Map();
        let libc;
        for (const d of facts[kind]) {
            checkText(`${kind} '${d.name}'`, `${d.name}${d.version}`, shown);
            let pre = false;
            if (kind === 'requires') {
                if (d.name.startsWith('rpmlib('))
                    continue;
                if (d.name.startsWith('/') && fileSet.has(d.name) && isPrimaryFile(d.name))
                    continue;
                if (provided.has(nfv(d)))
                    continue;
                pre = (d.flags & (deps/* SENSE */.xE.PREREQ | deps/* SENSE */.xE.SCRIPT_PRE | deps/* SENSE */.xE.SCRIPT_POST)) !== 0;
                const key = `${FLAG_NAMES[d.flags & 0xf] ?? ''}\0${d.version}\0${pre ? 1 : 0}`;
                if (seen.get(d.name) === key)
                    continue;
                seen.set(d.name, key);
            }
            const evr = splitEvr(d.version);
            if (!evr)
                continue; // createrepo_c skips a dependency with a non-numeric epoch
            const flags = FLAG_NAMES[d.flags & 0xf];
            const dep = { name: d.name, ...(flags ? { flags } : {}), ...evr, ...(pre ? { pre } : {}) };
            if (kind === 'requires' && d.name.startsWith('libc.so.6')) {
                if (!libc || (0,vercmp/* rpmvercmp */.L)(libcVersion(d.name), libcVersion(libc.name)) > 0)
                    libc = dep;
                continue;
            }
            list.push(dep);
        }
        if (libc)
            list.push(libc);
        out[kind] = list;
    }
    return out;
}
function changelogs(facts, limit, shown) {
    const out = [];
    for (const c of facts.changelog.slice(0, limit)) {
        const entry = {
            author: checkText('changelog author', c.author.replace(/ +$/, ''), shown),
            date: c.time,
            text: checkText('changelog', c.text, shown),
        };
        // createrepo_c: an entry with the same time as the one after it moves the later ones on by a second
        if (out.length && out[0].date === entry.date) {
            let t = entry.date;
            for (const prev of out) {
                if (prev.date !== t)
                    break;
                prev.date++;
                t++;
            }
        }
        out.unshift(entry);
    }
    return out;
}
/** The repository's view of one rpm, from its headers (`readRpmHeaders`) and its file's checksum and place. */
function yumPackage(rpm, file, changelogLimit = CHANGELOG_LIMIT) {
    const facts = (0,read/* rpmInfo */._v)(rpm);
    const shown = file.href;
    const files = facts.files.map((f) => ({
        path: checkText('file list', f.path, shown),
        type: f.type === 'dir' ? 'dir' : f.ghost ? 'ghost' : '',
    }));
    const fileSet = new Set(files.map((f) => f.path));
    const t = (what, v) => checkText(what, v ?? '', shown);
    return {
        pkgid: file.sha256,
        name: t('name', facts.name),
        arch: t('arch', facts.arch),
        epoch: String(facts.epoch ?? 0),
        version: t('version', facts.version),
        release: t('release', facts.release),
        summary: t('summary', facts.summary),
        description: t('description', facts.description),
        packager: t('packager', facts.packager),
        url: t('url', facts.url),
        timeFile: file.timeFile,
        timeBuild: facts.buildtime,
        sizePackage: file.size,
        sizeInstalled: facts.size,
        sizeArchive: facts.archiveSize ?? 0,
        href: file.href,
        license: t('license', facts.license),
        vendor: t('vendor', facts.vendor),
        group: t('group', facts.group),
        buildhost: t('buildhost', facts.buildhost),
        sourcerpm: t('sourcerpm', facts.sourcerpm),
        headerStart: rpm.headerStart,
        headerEnd: rpm.headerEnd,
        deps: convertDeps(facts, fileSet, shown),
        files,
        changelogs: changelogs(facts, changelogLimit, shown),
    };
}

// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
;// CONCATENATED MODULE: ./src/repos/yum/repofile.ts
/** The `.repo` file a user drops into /etc/yum.repos.d, and the one-line commands that do it. */

/** `<name>-<channel>.repo`: distinct per channel, so two channels can be configured side by side. */
function repoFileName(name, channel) {
    return `${name}-${channel}.repo`;
}
/** The `.repo` file: metadata and package signatures checked when a key is given. */
function repoFile(o) {
    const signed = o.keyFile !== undefined;
    return [
        `[${o.name}-${o.channel}]`,
        `name=${o.name} (${o.channel})`,
        `baseurl=${o.baseUrl}/${o.channel}`,
        'enabled=1',
        `gpgcheck=${signed ? 1 : 0}`,
        `repo_gpgcheck=${signed ? 1 : 0}`,
        ...(signed ? [`gpgkey=${o.baseUrl}/${o.keyFile}`] : []),
        '',
    ].join('\n');
}
/** One-line install commands: dnf's config-manager (dnf 4 and dnf 5), or curl into yum.repos.d; every word quoted. */
function installCommands(o) {
    const file = repoFileName(o.name, o.channel);
    const url = `${o.baseUrl}/${o.channel}/${file}`;
    const install = (0,exec/* formatCommand */.fE)(['sudo', 'dnf', 'install', '-y', o.packageName ?? o.name]);
    return {
        dnf: `${(0,exec/* formatCommand */.fE)(['sudo', 'dnf', 'config-manager', '--add-repo', url])} && ${install}`,
        dnf5: `${(0,exec/* formatCommand */.fE)(['sudo', 'dnf', 'config-manager', 'addrepo', `--from-repofile=${url}`])} && ${install}`,
        curl: `${(0,exec/* formatCommand */.fE)(['sudo', 'curl', '-fsSLo', `/etc/yum.repos.d/${file}`, url])} && ${install}`,
    };
}

// EXTERNAL MODULE: ./src/manifest/index.ts
var manifest = __webpack_require__(34625);
;// CONCATENATED MODULE: ./src/repos/yum/rpmfile.ts
/**
 * One pass over a new rpm file for the repository: its size, its SHA-256 and its headers.
 *
 * A package up to SMALL_FILE bytes (nearly all of them) is read with one synchronous read and
 * both the checksum and the headers come from those bytes: no stream, no file handle, no
 * thread-pool round trip per read, which for a thousand small packages cost more than the work
 * itself. Larger files are streamed (hashFile, readRpmHeaders).
 */




/** Files up to this size are read whole, at once. */
const SMALL_FILE = 4 << 20;
/**
 * The bytes of `file` when it is a regular file of at most SMALL_FILE bytes: open, fstat, read,
 * close (no second stat, no read past the end); undefined otherwise, or when it cannot be read
 * (hashFile and readRpmHeaders then report why).
 */
function readSmall(file) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch {
        return undefined;
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile() || st.size > SMALL_FILE)
            return undefined;
        const bytes = Buffer.allocUnsafe(st.size);
        let off = 0;
        for (let n = 1; off < bytes.length && n > 0; off += n)
            n = (0,external_node_fs_.readSync)(fd, bytes, off, bytes.length - off, off);
        return off === bytes.length ? bytes : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Size, SHA-256 and (on demand) the headers of the rpm `file`. */
async function scanRpm(file) {
    const data = readSmall(file);
    if (!data) {
        const { size, sha256 } = await (0,manifest/* hashFile */.DC)(file);
        return { size, sha256, headers: () => (0,read/* readRpmHeaders */.iI)(file) };
    }
    const bytes = data;
    return {
        size: bytes.length,
        sha256: (0,external_node_crypto_.hash)('sha256', bytes, 'hex'),
        headers: () => (0,read/* rpmHeadersFromBytes */.pb)(file, bytes),
    };
}

// EXTERNAL MODULE: ./src/repos/verify.ts
var verify = __webpack_require__(36836);
;// CONCATENATED MODULE: ./src/repos/yum/index.ts
/**
 * A YUM/DNF repository on a local directory, published incrementally and atomically.
 *
 * Layout under `root`: one repository per channel, `<channel>/repodata/` (repomd.xml,
 * repomd.xml.asc, `<sha256>-{primary,filelists,other}.xml.gz|.zst`) and `<channel>/packages/`
 * holding each rpm under its canonical name `<name>-<version>-<release>.<arch>.rpm` (one flat
 * directory: dnf needs no more, and the canonical name makes two uploads of one NEVRA collide
 * visibly instead of silently); `<channel>/<name>-<channel>.repo`; the public key at the root
 * (`RPM-GPG-KEY-<name>`), shared by the channels.
 *
 * Incremental: the existing primary.xml is read once, for the list of packages and their entries
 * there (held in memory, as createrepo_c --update holds the whole old metadata); filelists.xml and
 * other.xml stream by once, while the new files are written. The kept entries are copied
 * verbatim, merged with the new ones in createrepo_c's order (file name, then path), and only new
 * rpm files are hashed and their headers read (one read of each file, see rpmfile.ts). A promotion
 * copies the entries and files of another channel without reading the rpms at all.
 *
 * Atomic: new rpm files and hash-named metadata files are written (temp name, rename) before
 * repomd.xml and then repomd.xml.asc are renamed into place, one right after the other; the
 * previous generation's metadata and packages stay until the next publish, so a client holding
 * the old repomd.xml still finds what it names. A run stopped at any point leaves the previous
 * repository or the new one, except exactly between those two renames, where dnf refuses the
 * pair (it checks only the first signature of an .asc, so no .asc can vouch for both); every run
 * verifies the signature and the metadata checksums of what is there and writes them again when
 * they do not match (soundSignature).
 *
 * Reproducible: with the same `now` the same inputs give the same bytes (time file, revision and
 * timestamps are `now`; nothing comes from file mtimes); a run that changes nothing writes nothing.
 */















const TYPES = ['primary', 'filelists', 'other'];
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
/**
 * An rpm file name: NEVRA characters, with `~` (pre-releases, nightlies: 1.3.0~rc.1) and `^`
 * (snapshots after a release: 1.3.0^git2). Written into the href as they are, as createrepo_c does.
 */
const RPM_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+~^-]*$/;
function fail(key, message) {
    throw new errors/* DistroError */.Yt(message, { key });
}
const nevra = (e) => `${e.name}-${e.epoch !== '0' ? `${e.epoch}:` : ''}${e.version}-${e.release}.${e.arch}`;
const identity = (e) => `${e.name}\0${e.epoch}\0${e.version}\0${e.release}\0${e.arch}`;
const sortKey = (href) => `${external_node_path_default().posix.basename(href)}\0${href}`;
const byKey = (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
function validate(o) {
    const channel = o.channel ?? 'stable';
    if (!SAFE_NAME.test(channel))
        fail('channel', `input 'channel': '${channel}' is not a channel name; use letters, digits and . _ + - (e.g. stable).`);
    if (!SAFE_NAME.test(o.name))
        fail('name', `config 'name': '${o.name}' cannot name a repository; use letters, digits and . _ + -.`);
    if (!/^(https?|file):\/\/\S+$/.test(o.baseUrl))
        fail('base-url', `input 'base-url': '${o.baseUrl}' is not an http(s) URL; set it to the address the repository is served at (e.g. https://owner.github.io/repo).`);
    if (!o.signer && !o.unsigned)
        fail('gpg-private-key', "input 'gpg-private-key': a YUM repository is signed (repomd.xml.asc) and none was given; set gpg-private-key, or opt into an unsigned repository with `unsigned: true` (dnf then cannot check it: gpgcheck=0, repo_gpgcheck=0).");
    if (o.keep !== undefined && !(Number.isInteger(o.keep) && o.keep >= 1))
        fail('keep', `input 'keep': ${String(o.keep)} is not a whole number of versions to keep (1 or more).`);
    if (o.promote && !SAFE_NAME.test(o.promote.from))
        fail('promote', `promote: '${o.promote.from}' is not a channel name.`);
    if (o.promote?.from === channel)
        fail('promote', `promote: the package is already in channel '${channel}'; promote from another channel.`);
    const keyFile = o.keyFile ?? `RPM-GPG-KEY-${o.name}`;
    if (!SAFE_NAME.test(keyFile))
        fail('key-file', `'${keyFile}' cannot name the key file; use letters, digits and . _ + -.`);
    return { channel, baseUrl: o.baseUrl.replace(/\/+$/, ''), keyFile };
}
/** The repomd records of primary, filelists and other; undefined for a new repository. */
function metadataRecords(dir, records) {
    const out = {};
    for (const t of TYPES) {
        const r = records.find((x) => x.type === t);
        if (!r)
            throw new errors/* DistroError */.Yt(`yum: ${external_node_path_default().join(dir, 'repodata/repomd.xml')} has no '${t}' record; it is not a YUM repository this publisher can update. Publish into an empty channel directory.`, { key: 'yum' });
        out[t] = r;
    }
    return out;
}
/**
 * The packages a repository lists, from its primary.xml (one streamed pass), each holding its
 * primary.xml element: writing the new primary.xml then needs no second pass over the old one.
 */
async function listPackages(dir, primary) {
    const out = new Map();
    for await (const batch of readChunks(dir, primary)) {
        for (const { pkgid, xml, head = '' } of batch) {
            const href = attr(head, 'location', 'href') ?? '';
            out.set(pkgid, {
                pkgid,
                name: metadata_text(head, 'name') ?? '',
                arch: metadata_text(head, 'arch') ?? '',
                epoch: attr(head, 'version', 'epoch') || '0',
                version: attr(head, 'version', 'ver') ?? '',
                release: attr(head, 'version', 'rel') ?? '',
                href,
                key: sortKey(href),
                primary: xml,
            });
        }
    }
    return out;
}
/** Whether `e` is the version `ref` names. */
function matches(e, ref) {
    if (e.name !== ref.name)
        return false;
    const v = ref.version;
    return v === e.version || v === `${e.version}-${e.release}` || v === `${e.epoch}:${e.version}-${e.release}`;
}
/** The repository being assembled: its entries, indexed by pkgid, identity and href. */
class Plan {
    byId = new Map();
    byIdentity = new Map();
    byHref = new Map();
    constructor(existing) {
        for (const e of existing)
            this.put(e);
    }
    put(e) {
        this.byId.set(e.pkgid, e);
        this.byIdentity.set(identity(e), e);
        this.byHref.set(e.href, e);
    }
    /** Adds `e`; false when the very same file is there already; an error for another file of that NEVRA. */
    admit(e, shown) {
        if (this.byId.has(e.pkgid))
            return false;
        const other = this.byIdentity.get(identity(e)) ?? this.byHref.get(e.href);
        if (other) {
            const where = other.from ?? other.href;
            throw new errors/* DistroError */.Yt(`yum: ${shown} (sha256 ${e.pkgid}) is ${nevra(e)}, but the repository already has ${nevra(other)} with other content (${where}, sha256 ${other.pkgid}); a published version never changes: raise the version or release and build again, or retract the old one first.`, { key: 'yum' });
        }
        this.put(e);
        return true;
    }
    remove(e) {
        this.byId.delete(e.pkgid);
        this.byIdentity.delete(identity(e));
        this.byHref.delete(e.href);
    }
}
/** Reads a new rpm file: its checksum first (a file already published costs no more), then its header. */
async function fromFile(file, known, o, now) {
    const scanned = await scanRpm(file);
    const { size, sha256 } = scanned;
    if (known.has(sha256))
        return undefined;
    const rpm = await scanned.headers();
    if (o.signer && !rpm.signature.has(tags/* SIGTAG */.Me.RSA) && !rpm.signature.has(tags/* SIGTAG */.Me.DSA))
        throw new errors/* DistroError */.Yt(`yum: ${file} is not signed, and the repository's .repo sets gpgcheck=1, so dnf would refuse to install it; sign it first (sign-artifacts with gpg-private-key) or publish it unsigned into an unsigned repository.`, { key: 'yum', file });
    const pkg = yumPackage(rpm, { sha256, size, href: '', timeFile: now }, o.changelogLimit);
    const base = `${pkg.name}-${pkg.version}-${pkg.release}.${pkg.arch}.rpm`;
    if (!RPM_FILE_NAME.test(base))
        throw new errors/* DistroError */.Yt(`yum: ${file}: '${base}' cannot be a file name in the repository.`, {
            key: 'yum',
            file,
        });
    pkg.href = `packages/${base}`;
    return {
        pkgid: sha256,
        name: pkg.name,
        arch: pkg.arch,
        epoch: pkg.epoch,
        version: pkg.version,
        release: pkg.release,
        href: pkg.href,
        key: sortKey(pkg.href),
        from: file,
        xml: {
            primary: Buffer.from(primaryXml(pkg)),
            filelists: Buffer.from(filelistsXml(pkg)),
            other: Buffer.from(otherXml(pkg)),
        },
    };
}
/** rpm files read at once (small ones are read synchronously anyway; larger ones stream). */
const IO_LIMIT = 8;
/** The entries of channel `from` that `refs` name, with their XML copied from its metadata. */
async function promoted(root, from, refs) {
    const dir = external_node_path_default().join(root, from);
    const md = await readRepomd(dir);
    if (!md)
        fail('promote', `promote: channel '${from}' has no repository at ${dir}; publish to it first.`);
    const records = metadataRecords(dir, md.records);
    const all = await listPackages(dir, records.primary);
    const picked = new Map();
    for (const ref of refs) {
        const hits = [...all.values()].filter((e) => matches(e, ref));
        if (!hits.length) {
            const versions = [...all.values()]
                .filter((e) => e.name === ref.name)
                .map((e) => `${e.version}-${e.release}`);
            fail('promote', `promote: ${ref.name} ${ref.version} is not in channel '${from}' (${versions.length ? `it has ${[...new Set(versions)].join(', ')}` : `it has no ${ref.name}`}); name a version published there.`);
        }
        for (const e of hits)
            picked.set(e.pkgid, { ...e, from: external_node_path_default().join(dir, e.href), xml: {} });
    }
    for (const e of picked.values())
        e.xml.primary = e.primary;
    for (const t of ['filelists', 'other']) {
        for await (const batch of readChunks(dir, records[t])) {
            for (const { pkgid, xml } of batch) {
                const e = picked.get(pkgid);
                if (e)
                    e.xml[t] = xml;
            }
        }
    }
    return [...picked.values()].map(({ primary: _, ...e }) => e);
}
/**
 * Whether the channel's repomd.xml.asc is what this publish would write (a good signature by the
 * key, or none for an unsigned repository) and every metadata file repomd.xml names is there with
 * its checksum. A run killed between renaming repomd.xml and its signature leaves a pair that dnf
 * refuses ("GPG signature verification error"): the next run finds it here and writes it again.
 */
async function soundSignature(dir, signer) {
    const repodata = external_node_path_default().join(dir, 'repodata');
    const repomd = await (0,promises_.readFile)(external_node_path_default().join(repodata, 'repomd.xml'));
    const asc = await (0,promises_.readFile)(external_node_path_default().join(repodata, 'repomd.xml.asc'), 'utf8').catch(() => undefined);
    if (!signer)
        return asc === undefined;
    return asc !== undefined && (await (0,verify/* verifiesDetached */.A)(signer.publicKeyArmored, repomd, asc));
}
/** Fails, naming the file, when a metadata file repomd.xml names is missing or not its checksum. */
async function checkMetadataFiles(dir, records) {
    for (const r of records) {
        const file = external_node_path_default().join(dir, r.href);
        const bytes = await (0,promises_.readFile)(file).catch(() => undefined);
        if (bytes && (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') === r.checksum)
            continue;
        throw new errors/* DistroError */.Yt(`yum: ${file} ${bytes ? 'does not match the checksum' : 'is missing, named'} in ${external_node_path_default().join(dir, 'repodata/repomd.xml')}; the repository was changed by something else: restore it from a backup, or publish into an empty channel directory.`, { key: 'yum', file });
    }
}
/** `list` in slices of a few hundred. */
function* batches(list, size = 512) {
    for (let i = 0; i < list.length; i += size)
        yield list.slice(i, i + size);
}
/** Writes `data` to `file` through a temp name in the same directory, unless it already holds it. */
async function writeAtomic(file, data) {
    const want = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
    const have = await (0,promises_.readFile)(file).catch(() => undefined);
    if (have?.equals(want))
        return;
    const tmp = `${file}.tmp-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    try {
        await (0,promises_.writeFile)(tmp, want);
        await (0,promises_.rename)(tmp, file);
    }
    finally {
        await (0,promises_.rm)(tmp, { force: true });
    }
}
/**
 * Puts a package into the repository (temp name `tag`, rename), its mtime set to its time file
 * (createrepo_c --update reuses an entry when the file's mtime and size match): a hard link to
 * `src` where the file system and the file's owner allow (no bytes copied: copying every rpm was
 * the largest cost of a full publish), else a clone or kernel-side copy. A link shares the caller's
 * file, so that file's mtime becomes the time file too; a later rename or rewrite through a temp
 * name of `src` (how our writers, the rpm signer and rpmbuild write) does not reach the repository,
 * only a write into the same inode would, and the checksums in the metadata would show it.
 * Synchronous: for a thousand small files a few system calls each in a row beat thread-pool round
 * trips (and parallel creates in one directory only contend for its lock).
 */
function placePackage(src, dest, now, tag) {
    const tmp = external_node_path_default().join(external_node_path_default().dirname(dest), `.${external_node_path_default().basename(dest)}.tmp-${tag}`);
    try {
        if (!tryLink(src, tmp, now)) {
            (0,external_node_fs_.copyFileSync)(src, tmp, external_node_fs_.constants.COPYFILE_FICLONE);
            (0,external_node_fs_.utimesSync)(tmp, now, now);
        }
        (0,external_node_fs_.renameSync)(tmp, dest);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw e;
    }
}
/** Links `src` to `tmp` with mtime `now`; false (nothing left) where links or the mtime are not allowed. */
function tryLink(src, tmp, now) {
    try {
        (0,external_node_fs_.linkSync)(src, tmp);
    }
    catch {
        return false; // another file system (EXDEV), links not allowed (EPERM) …: a copy reports real errors
    }
    try {
        (0,external_node_fs_.utimesSync)(tmp, now, now);
        return true;
    }
    catch {
        (0,external_node_fs_.rmSync)(tmp, { force: true }); // someone else's file: a copy of our own
        return false;
    }
}
/** Removes the files of `dir` that `keep` does not name (nothing when `dir` is missing). */
async function prune(dir, keep) {
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    await Promise.all(names.filter((n) => !keep.has(n)).map((n) => (0,promises_.rm)(external_node_path_default().join(dir, n), { force: true })));
}
/**
 * Publishes rpm packages into the YUM repository of one channel under `o.root`: adds `rpms`,
 * promotes versions from another channel, retracts versions, keeps the newest `keep`, and writes
 * signed metadata, the .repo file and the public key. Safe to run again with the same inputs.
 */
async function publishYum(o) {
    return (await prepareYum(o)).commit();
}
/**
 * Every check of a publish (options, the repository's state, every rpm's header, signature and
 * name, conflicts, promotions) without writing anything, so that a caller publishing more than one
 * repository can check them all before it writes any.
 */
async function prepareYum(o) {
    const { channel, baseUrl, keyFile } = validate(o);
    const now = o.now ?? Math.floor(Date.now() / 1000);
    const compression = o.compression ?? 'gzip';
    const dir = external_node_path_default().join(external_node_path_default().resolve(o.root), channel);
    const repodata = external_node_path_default().join(dir, 'repodata');
    const step = async (s) => {
        await o.onStep?.(s);
    };
    // what is there
    const old = await readRepomd(dir);
    const oldRecords = old ? metadataRecords(dir, old.records) : undefined;
    if (old)
        await checkMetadataFiles(dir, old.records);
    const oldEntries = oldRecords ? await listPackages(dir, oldRecords.primary) : new Map();
    const plan = new Plan(oldEntries.values());
    // what comes in
    const added = [];
    const files = [...new Set((o.rpms ?? []).map((f) => external_node_path_default().resolve(f)))];
    const read = await (0,concurrency/* mapLimit */.sf)(files, IO_LIMIT, (f) => fromFile(f, oldEntries, o, now));
    read.forEach((e, i) => {
        if (e && plan.admit(e, files[i]))
            added.push(e);
    });
    if (o.promote) {
        for (const e of await promoted(external_node_path_default().resolve(o.root), o.promote.from, o.promote.packages)) {
            if (plan.admit(e, `${o.promote.from}/${e.href}`))
                added.push(e);
        }
    }
    // what goes
    const removed = [];
    for (const ref of o.retract ?? []) {
        for (const e of [...plan.byId.values()].filter((x) => matches(x, ref))) {
            plan.remove(e);
            removed.push(e);
        }
    }
    if (o.keep !== undefined) {
        const groups = new Map();
        for (const e of plan.byId.values()) {
            const g = groups.get(`${e.name}\0${e.arch}`) ?? [];
            g.push(e);
            groups.set(`${e.name}\0${e.arch}`, g);
        }
        for (const g of groups.values()) {
            g.sort((a, b) => (0,vercmp/* compareEvr */.z)(b, a));
            for (const e of g.slice(o.keep)) {
                plan.remove(e);
                removed.push(e);
            }
        }
    }
    const entries = [...plan.byId.values()];
    const news = entries.filter((e) => e.xml).sort(byKey);
    const ascFile = external_node_path_default().join(repodata, 'repomd.xml.asc');
    const sound = old ? await soundSignature(dir, o.signer) : true;
    const sameCompression = !oldRecords || oldRecords.primary.href.endsWith(compression === 'zstd' ? '.zst' : '.gz');
    const changed = !old || news.length > 0 || entries.length !== oldEntries.size || !sameCompression || !sound;
    return {
        commit: async () => {
            // the public key and the .repo file (unchanged content is not rewritten)
            await (0,promises_.mkdir)(dir, { recursive: true });
            const rfOptions = {
                name: o.name,
                channel,
                baseUrl,
                keyFile: o.signer ? keyFile : undefined,
                packageName: o.packageName,
            };
            const rf = repoFile(rfOptions);
            const repoFilePath = external_node_path_default().join(dir, repoFileName(o.name, channel));
            const keyFilePath = o.signer ? external_node_path_default().join(external_node_path_default().resolve(o.root), keyFile) : undefined;
            if (o.signer)
                await writeAtomic(keyFilePath, o.signer.publicKeyArmored);
            await writeAtomic(repoFilePath, rf);
            let revision = old?.revision ?? String(now);
            if (changed) {
                revision = String(now);
                await (0,promises_.mkdir)(repodata, { recursive: true });
                await (0,promises_.mkdir)(external_node_path_default().join(dir, 'packages'), { recursive: true });
                const tag = (0,external_node_crypto_.randomBytes)(6).toString('hex');
                for (const e of news)
                    placePackage(e.from, external_node_path_default().join(dir, e.href), now, tag);
                await step('packages');
                // the three files are written at once: their compression runs on the thread pool side by side
                const keepOld = new Set(entries.filter((e) => !e.xml).map((e) => e.pkgid));
                // primary.xml's old elements are at hand; filelists.xml and other.xml stream by once
                const oldChunks = (t) => {
                    if (!oldRecords)
                        return [];
                    if (t !== 'primary')
                        return readChunks(dir, oldRecords[t]);
                    return batches([...oldEntries.values()].map((e) => ({ pkgid: e.pkgid, xml: e.primary })));
                };
                const merge = (t) => {
                    const merged = async function* () {
                        let i = 0;
                        for await (const batch of oldChunks(t)) {
                            const out = [];
                            for (const c of batch) {
                                if (!keepOld.has(c.pkgid))
                                    continue;
                                const key = oldEntries.get(c.pkgid).key;
                                while (i < news.length && news[i].key < key)
                                    out.push(news[i++].xml[t]);
                                out.push(c.xml);
                            }
                            yield out;
                        }
                        yield news.slice(i).map((e) => e.xml[t]);
                    };
                    return writeMetadata(repodata, t, entries.length, merged(), compression, now);
                };
                const written = await Promise.allSettled(TYPES.map(merge));
                const records = [];
                for (const r of written) {
                    if (r.status === 'rejected')
                        throw r.reason;
                    records.push(r.value);
                }
                for (const t of TYPES)
                    await step(t);
                const repomd = Buffer.from(renderRepomd(revision, records));
                const repomdFile = external_node_path_default().join(repodata, 'repomd.xml');
                const repomdTmp = external_node_path_default().join(repodata, `.repomd.xml.tmp-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
                const ascTmp = `${ascFile}.tmp-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
                try {
                    await (0,promises_.writeFile)(repomdTmp, repomd);
                    if (o.signer)
                        await (0,promises_.writeFile)(ascTmp, o.signer.armor(await o.signer.sign(repomd)));
                    await step('signature');
                    // Two files cannot change at once, and dnf checks only the first signature of the .asc
                    // (no one .asc verifies both the old and the new repomd.xml). Both are ready, so the two
                    // renames follow each other with nothing in between; a crash exactly there leaves a pair
                    // dnf refuses (never a wrong one), which the next run finds (soundSignature) and repairs.
                    (0,external_node_fs_.renameSync)(repomdTmp, repomdFile);
                    if (o.signer)
                        (0,external_node_fs_.renameSync)(ascTmp, ascFile);
                    else
                        (0,external_node_fs_.rmSync)(ascFile, { force: true });
                    await step('repomd');
                }
                finally {
                    await (0,promises_.rm)(repomdTmp, { force: true });
                    await (0,promises_.rm)(ascTmp, { force: true });
                }
                // the previous generation stays for clients that hold its repomd.xml; older ones go
                const keepMeta = new Set(['repomd.xml', ...(o.signer ? ['repomd.xml.asc'] : [])]);
                for (const r of [...records, ...(old?.records ?? [])])
                    keepMeta.add(external_node_path_default().posix.basename(r.href));
                await prune(repodata, keepMeta);
                const keepPkgs = new Set();
                for (const list of [entries, oldEntries.values()])
                    for (const e of list)
                        if (e.href.startsWith('packages/') && !e.href.includes('/', 9))
                            keepPkgs.add(e.href.slice(9));
                await prune(external_node_path_default().join(dir, 'packages'), keepPkgs);
                await step('cleanup');
            }
            const sorted = (list) => list.map(nevra).sort();
            const stayed = added.filter((e) => plan.byId.has(e.pkgid));
            return {
                channelDir: dir,
                changed,
                added: changed ? sorted(stayed) : [],
                removed: changed ? sorted(removed) : [],
                packages: entries.length,
                revision,
                repoFile: rf,
                repoFilePath,
                ...(keyFilePath ? { keyFilePath } : {}),
                installCommands: installCommands(rfOptions),
            };
        },
    };
}


/***/ }),

/***/ 27784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ rpmvercmp),
/* harmony export */   z: () => (/* binding */ compareEvr)
/* harmony export */ });
/**
 * rpm's version comparison (rpm 4.18 lib/rpmvercmp.c), for retention and for choosing what a
 * promotion or retraction names. Segments of ASCII digits or letters are compared in turn: numbers
 * numerically (leading zeros ignored, a number beats letters), letters by byte order; other
 * characters only separate. `~` sorts before everything (even the end: `1.0~rc1 < 1.0`), `^` after
 * the end but before anything else (`1.0 < 1.0^git1 < 1.0.1`).
 */
const isDigit = (c) => c >= 48 && c <= 57;
const isAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const TILDE = 126;
const CARET = 94;
const END = -1;
/** -1, 0 or 1 as rpmvercmp(a, b). */
function rpmvercmp(a, b) {
    if (a === b)
        return 0;
    let i = 0;
    let j = 0;
    const at = (s, k) => (k < s.length ? s.charCodeAt(k) : END);
    const skip = (s, k) => {
        for (let c = at(s, k); c !== END && !isDigit(c) && !isAlpha(c) && c !== TILDE && c !== CARET; c = at(s, ++k))
            ;
        return k;
    };
    while (i < a.length || j < b.length) {
        i = skip(a, i);
        j = skip(b, j);
        const x = at(a, i);
        const y = at(b, j);
        if (x === TILDE || y === TILDE) {
            if (x !== TILDE)
                return 1;
            if (y !== TILDE)
                return -1;
            i++;
            j++;
            continue;
        }
        if (x === CARET || y === CARET) {
            if (x === END)
                return -1;
            if (y === END)
                return 1;
            if (x !== CARET)
                return 1;
            if (y !== CARET)
                return -1;
            i++;
            j++;
            continue;
        }
        if (x === END || y === END)
            break;
        const numeric = isDigit(x);
        const inSegment = numeric ? isDigit : isAlpha;
        let ei = i;
        let ej = j;
        while (ei < a.length && inSegment(a.charCodeAt(ei)))
            ei++;
        while (ej < b.length && inSegment(b.charCodeAt(ej)))
            ej++;
        // the segment of `a` is never empty here; an empty one in `b` means the kinds differ
        if (ej === j)
            return numeric ? 1 : -1;
        let s1 = a.slice(i, ei);
        let s2 = b.slice(j, ej);
        if (numeric) {
            s1 = s1.replace(/^0+/, '');
            s2 = s2.replace(/^0+/, '');
            if (s1.length !== s2.length)
                return s1.length > s2.length ? 1 : -1;
        }
        if (s1 !== s2)
            return s1 < s2 ? -1 : 1;
        i = ei;
        j = ej;
    }
    if (i >= a.length && j >= b.length)
        return 0;
    return i >= a.length ? -1 : 1;
}
/** Compares epoch (numerically), then version, then release, as rpm orders packages. */
function compareEvr(a, b) {
    const ea = BigInt(a.epoch || '0');
    const eb = BigInt(b.epoch || '0');
    if (ea !== eb)
        return ea < eb ? -1 : 1;
    return rpmvercmp(a.version, b.version) || rpmvercmp(a.release, b.release);
}


/***/ })

};
