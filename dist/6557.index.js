export const id = 6557;
export const ids = [6557];
export const modules = {

/***/ 66557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RPM_BUILDHOST: () => (/* binding */ RPM_BUILDHOST),
  RPM_DEFAULT_LEVELS: () => (/* binding */ RPM_DEFAULT_LEVELS),
  parseDep: () => (/* reexport */ deps/* parseDep */.z5),
  rpmFileName: () => (/* binding */ rpmFileName),
  writeRpm: () => (/* binding */ writeRpm)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/atomic.ts
var atomic = __webpack_require__(84410);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/formats/archive/io.ts
var io = __webpack_require__(30425);
// EXTERNAL MODULE: ./src/formats/archive/tar.ts
var tar = __webpack_require__(84714);
// EXTERNAL MODULE: ./src/formats/archive/xz.ts
var xz = __webpack_require__(14115);
;// CONCATENATED MODULE: ./src/formats/rpm/cpio.ts
/** `newc` cpio (magic 070701) headers, as rpm's payload expects them: uid/gid 0, device 0. */
const hex = (n) => (n >>> 0).toString(16).padStart(8, '0');
/** Zero bytes that pad `n` to a multiple of 4. */
function cpioPad(n) {
    return Buffer.alloc((4 - (n % 4)) % 4);
}
/** The 110-byte header, the NUL-terminated name and its padding to 4 bytes. */
function cpioHeader(name, f) {
    const nameBytes = Buffer.from(`${name}\0`, 'utf8');
    const head = '070701' +
        hex(f.ino) +
        hex(f.mode) +
        hex(0) + // uid
        hex(0) + // gid
        hex(f.nlink) +
        hex(f.mtime) +
        hex(f.size) +
        hex(0) + // devmajor
        hex(0) + // devminor
        hex(0) + // rdevmajor
        hex(0) + // rdevminor
        hex(nameBytes.length) +
        hex(0); // check
    const len = 110 + nameBytes.length;
    return Buffer.concat([Buffer.from(head, 'ascii'), nameBytes, cpioPad(len)]);
}
/** The `TRAILER!!!` entry. */
const CPIO_TRAILER = cpioHeader('TRAILER!!!', { ino: 0, mode: 0, nlink: 1, mtime: 0, size: 0 });

// EXTERNAL MODULE: ./src/formats/rpm/deps.ts
var deps = __webpack_require__(88018);
;// CONCATENATED MODULE: ./src/formats/rpm/dirs.ts
/** filesystem.spec's `Paths`, brace syntax kept so the list reads like the spec (%{_lib} = lib64). */
const FILESYSTEM_PATHS = [
    'afs',
    'boot',
    'dev',
    'etc/{X11/{applnk,fontpath.d,xinit/{xinitrc,xinput}.d},xdg/autostart,opt,pm/{config.d,power.d,sleep.d},skel,sysconfig,keys/ima,pki,bash_completion.d,default,rwtab.d,statetab.d}',
    'home',
    'media',
    'mnt',
    'opt',
    'proc',
    'root',
    'run',
    'srv',
    'sys',
    'tmp',
    'usr/{bin,sbin,games,include,lib64/{bpf,games,X11,pkgconfig},lib/{debug/{.dwz,usr},games,locale,modules,sysimage,systemd/{system,user},swidtag,sysusers.d,tmpfiles.d},libexec,local/{bin,sbin,etc,games,lib,lib64/bpf,src,share/{applications,man/man{1,2,3,4,5,6,7,8,9,n,1x,2x,3x,4x,5x,6x,7x,8x,9x},info},libexec,include},share/{aclocal,appdata,applications,augeas/lenses,backgrounds,bash-completion/{completions,helpers},desktop-directories,dict,doc,empty,fish/vendor_completions.d,games,gnome,help,icons,idl,info,licenses,locale,man/man{1,2,3,4,5,6,7,8,9,n,1x,2x,3x,4x,5x,6x,7x,8x,9x,0p,1p,3p,2const,2type,3const,3head,3t,3type},metainfo,mime-info,misc,modulefiles,omf,pixmaps,pkgconfig,sounds,themes,xsessions,X11/fonts,wayland-sessions,zsh/site-functions},src/{kernels,debug}}',
    'var/{adm,empty,ftp,lib/{games,misc,rpm-state},local,log,nis,preserve,spool/{mail,lpd},tmp,db,cache/bpf,opt,games,yp}',
];
/** filesystem's symlinks (usr/sbin and usr/local/sbin are merged into bin on current Fedora). */
const FILESYSTEM_LINKS = {
    '/bin': '/usr/bin',
    '/sbin': '/usr/bin',
    '/lib': '/usr/lib',
    '/lib64': '/usr/lib64',
    '/usr/sbin': '/usr/bin',
    '/usr/local/sbin': '/usr/local/bin',
    '/usr/tmp': '/var/tmp',
    '/var/run': '/run',
    '/var/lock': '/run/lock',
    '/var/mail': '/var/spool/mail',
};
/** Per-locale directories filesystem owns for every locale glibc and ISO 639-2 know. */
const FILESYSTEM_LOCALE_DIRS = [
    /^\/usr\/share\/locale\/[^/]+(\/LC_MESSAGES)?$/,
    /^\/usr\/share\/man\/[^/]+(\/man[^/]+)?$/,
    /^\/usr\/share\/help\/[^/]+$/,
];
/** `a/{b,c/{d,e}}` → a/b, a/c/d, a/c/e (the first top-level brace group, recursively). */
function expandBraces(s) {
    const open = s.indexOf('{');
    if (open < 0)
        return [s];
    let depth = 0;
    let close = -1;
    const cuts = [];
    for (let i = open; i < s.length && close < 0; i++) {
        if (s[i] === '{')
            depth++;
        else if (s[i] === '}' && --depth === 0)
            close = i;
        else if (s[i] === ',' && depth === 1)
            cuts.push(i);
    }
    const bounds = [open, ...cuts, close];
    const alternatives = bounds.slice(1).map((end, i) => s.slice(bounds[i] + 1, end));
    return alternatives.flatMap((a) => expandBraces(`${s.slice(0, open)}${a}${s.slice(close + 1)}`));
}
const OWNED = new Set(['/']);
for (const p of FILESYSTEM_PATHS.flatMap(expandBraces)) {
    const parts = p.split('/');
    for (let n = 1; n <= parts.length; n++)
        OWNED.add(`/${parts.slice(0, n).join('/')}`);
}
for (const l of Object.keys(FILESYSTEM_LINKS))
    OWNED.add(l);
/** `/lib/systemd` → `/usr/lib/systemd`: the path the directory has once filesystem's links resolve. */
function canonical(dir) {
    for (const [link, to] of Object.entries(FILESYSTEM_LINKS)) {
        if (dir === link || dir.startsWith(`${link}/`))
            return canonical(to + dir.slice(link.length));
    }
    return dir;
}
/** True when Fedora's `filesystem` package owns `dir` (an absolute path without a trailing slash). */
function ownedByFilesystem(dir) {
    const c = canonical(dir);
    return OWNED.has(c) || FILESYSTEM_LOCALE_DIRS.some((re) => re.test(c));
}
/**
 * `files` plus a directory entry (0755 root:root, `mtime`) for every parent directory that neither
 * the package lists nor `filesystem` owns.
 */
function withOwnedParents(files, mtime) {
    const listed = new Set(files.map((f) => f.dst));
    const added = new Map();
    for (const f of files) {
        for (let dir = f.dst.slice(0, f.dst.lastIndexOf('/')); dir !== ''; dir = dir.slice(0, dir.lastIndexOf('/'))) {
            if (listed.has(dir) || added.has(dir) || ownedByFilesystem(dir))
                continue;
            added.set(dir, { dst: dir, type: 'dir', mode: 0o755, owner: 'root', group: 'root', mtime, size: 0 });
        }
    }
    return [...files, ...added.values()];
}

// EXTERNAL MODULE: ./src/formats/rpm/header.ts
var rpm_header = __webpack_require__(36917);
// EXTERNAL MODULE: ./src/formats/rpm/tags.ts
var tags = __webpack_require__(21901);
;// CONCATENATED MODULE: ./src/formats/rpm/index.ts
/**
 * rpm 4.x binary packages, written natively: lead, signature header (sizes, SHA1 and SHA256 of
 * the header), header (metadata, file lists, dependencies, scripts, changelog, payload digest),
 * and a `newc` cpio payload compressed with gzip, xz or zstd (or none).
 *
 * Streaming: the payload is written first to a temporary beside `out` (src/atomic.ts) — cpio bytes go through the
 * compressor while each file's SHA-256 (FILEDIGESTS) and the compressed payload's SHA-256
 * (PAYLOADDIGEST) are computed — then the header is built, and lead + signature + header + the
 * payload file are written to another, renamed to `out`. Every source file is read
 * once, in pooled chunks with backpressure; temporary files are removed on success and failure.
 *
 * Reproducible: files sorted by path (byte order), fixed BUILDHOST, BUILDTIME = spec.buildTime,
 * mtimes from the spec, inode numbers 1..n, uid/gid 0 in the cpio (names in the header), gzip
 * with MTIME 0 and OS byte 3.
 */














/** Default levels: gzip and xz as their tools, zstd 3 (rpm's own default is 19: much slower). */
const RPM_DEFAULT_LEVELS = { gzip: 6, xz: 6, zstd: 3, none: 0 };
const LEVELS = { gzip: [1, 9], xz: [0, xz/* XZ_MAX_PRESET */.Gw], zstd: [1, 22], none: [0, 0] };
/** BUILDHOST recorded in every package (the real host name would break reproducibility). */
const RPM_BUILDHOST = 'distro-actions';
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const MAX32 = 0xffffffff;
/** rpmbuild's `%{_isa}` suffix per architecture (`name(x86-64)`). */
const ISA = {
    x86_64: 'x86-64',
    i686: 'x86-32',
    i586: 'x86-32',
    i386: 'x86-32',
    aarch64: 'aarch-64',
    armv7hl: 'arm-32',
    armv7l: 'arm-32',
    ppc64le: 'ppc-64',
    ppc64: 'ppc-64',
    s390x: 's390-64',
    riscv64: 'riscv-64',
    loongarch64: 'loongarch-64',
};
/** The file name rpm tools expect: `{name}-{version}-{release}.{arch}.rpm`. */
function rpmFileName(spec) {
    return `${spec.name}-${spec.version}-${spec.release}.${spec.arch}.rpm`;
}
function fail(msg, key) {
    throw new errors/* DistroError */.Yt(`rpm: ${msg}`, key ? { key } : {});
}
function byteCompare(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function validate(spec) {
    if (!/^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/.test(spec.name))
        fail(`package name '${spec.name}' may contain only letters, digits and . _ + -`, 'name');
    if (!/^[A-Za-z0-9][A-Za-z0-9._+~^]*$/.test(spec.version))
        fail(`version '${spec.version}' may contain only letters, digits and . _ + ~ ^ (no '-')`, 'version');
    if (!/^[A-Za-z0-9._+~^]+$/.test(spec.release))
        fail(`release '${spec.release}' may contain only letters, digits and . _ + ~ ^`, 'release');
    if (spec.epoch !== undefined && spec.epoch !== '' && !/^\d+$/.test(spec.epoch))
        fail(`epoch '${spec.epoch}' is not a number`, 'epoch');
    if (!/^[A-Za-z0-9_]+$/.test(spec.arch))
        fail(`architecture '${spec.arch}' is not an rpm arch name`, 'arch');
    if (!Number.isInteger(spec.buildTime) || spec.buildTime < 0 || spec.buildTime > MAX32)
        fail(`build time ${String(spec.buildTime)} is not whole seconds since 1970 (SOURCE_DATE_EPOCH)`);
    const seen = new Set();
    for (const f of spec.files) {
        const key = `contents (dst: ${f.dst})`;
        if (!f.dst.startsWith('/') ||
            f.dst === '/' ||
            f.dst.endsWith('/') ||
            f.dst
                .split('/')
                .slice(1)
                .some((p) => p === '' || p === '.' || p === '..'))
            fail(`'${f.dst}' is not a normalised absolute path`, key);
        if (seen.has(f.dst))
            fail(`two contents entries install '${f.dst}'`, key);
        seen.add(f.dst);
        if (f.type === 'symlink' && !f.linkname)
            fail(`symlink '${f.dst}' has no target`, key);
        if (f.type === 'file' && !f.ghost && !f.source)
            fail(`file '${f.dst}' has no source`, key);
        if (!Number.isInteger(f.mode) || f.mode < 0 || f.mode > 0o7777)
            fail(`mode of '${f.dst}' is not valid`, key);
        if (f.type === 'file' && f.size > MAX32)
            fail(`'${f.dst}' is larger than 4 GiB, which this rpm writer does not support`, key);
        if (!Number.isInteger(f.mtime) || f.mtime < 0 || f.mtime > MAX32)
            fail(`mtime of '${f.dst}' is not valid`, key);
    }
}
/** `#!/bin/bash -e` → ['/bin/bash', '-e']; no shebang → /bin/sh. */
function interpreter(text) {
    const m = /^#!\s*(.+)/.exec(text);
    if (!m)
        return ['/bin/sh'];
    return m[1].trim().split(/\s+/);
}
function evr(spec) {
    return `${spec.epoch ? `${spec.epoch}:` : ''}${spec.version}-${spec.release}`;
}
function rpm_deps(list, field, extraFlags = 0) {
    return list.map((d, i) => {
        const dep = (0,deps/* parseDep */.z5)(d, `${field}[${i}]`);
        return { ...dep, flags: dep.flags | extraFlags };
    });
}
function putDeps(h, list, nameTag, flagsTag, versionTag) {
    if (!list.length)
        return;
    h.strings(nameTag, list.map((d) => d.name));
    h.int32(flagsTag, list.map((d) => d.flags));
    h.strings(versionTag, list.map((d) => d.version));
}
const rpmlib = (name, version) => ({
    name: `rpmlib(${name})`,
    flags: deps/* SENSE */.xE.RPMLIB | deps/* SENSE */.xE.LESS | deps/* SENSE */.xE.EQUAL,
    version,
});
/** Writes `spec` as an rpm package at `out` (atomically) and returns its size and SHA-256. */
async function writeRpm(out, spec, opts = {}) {
    validate(spec);
    const compression = spec.compression;
    if (!(compression in LEVELS))
        fail(`unknown compression '${String(compression)}'; use gzip, xz, zstd or none`, 'compression');
    const level = opts.level ?? RPM_DEFAULT_LEVELS[compression];
    const [lo, hi] = LEVELS[compression];
    if (!Number.isInteger(level) || level < lo || level > hi)
        fail(`${compression} compression level must be a whole number from ${lo} to ${hi}, got ${String(level)}`, 'compression');
    // The package owns the directories it creates (Fedora guidelines), so `rpm -e` removes them.
    const files = withOwnedParents(spec.files, spec.buildTime).sort((a, b) => byteCompare(a.dst, b.dst));
    // Parse everything that can fail before writing anything.
    const requires = [
        ...rpm_deps(spec.depends, 'depends'),
        ...rpm_deps(spec.predepends, 'predepends', deps/* SENSE */.xE.SCRIPT_PRE),
    ];
    const provides = rpm_deps(spec.provides, 'provides');
    const conflicts = [...rpm_deps(spec.conflicts, 'conflicts'), ...rpm_deps(spec.breaks, 'breaks')];
    const obsoletes = rpm_deps(spec.replaces, 'replaces');
    const recommends = rpm_deps(spec.recommends, 'recommends');
    const suggests = rpm_deps(spec.suggests, 'suggests');
    const target = external_node_path_default().resolve(out);
    await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
    const payloadTmp = (0,atomic/* tempPath */.EZ)(target, '.payload');
    const tmp = (0,atomic/* tempPath */.EZ)(target);
    try {
        opts.progress?.expect(files.reduce((n, f) => n + (f.type === 'file' && !f.ghost ? f.size : 0), 0));
        const payload = await writePayload(payloadTmp, files, compression, level, opts.threads, opts.progress);
        const header = buildHeader(spec, files, payload, { requires, provides, conflicts, obsoletes, recommends, suggests }, level);
        const sig = signature(header, payload);
        const output = new io/* Output */.k7(tmp);
        try {
            await output.put((0,rpm_header/* lead */.HI)(`${spec.name}-${spec.version}-${spec.release}`, spec.arch));
            await output.put(sig);
            await output.put(header);
            // pooled reads: fresh buffers would pile up as garbage (io.ts)
            const pool = new io/* BufferPool */.Pt(io/* COPY_CHUNK */.m5, 4);
            const read = { source: payloadTmp, size: payload.size, name: 'payload' };
            for await (const chunk of (0,io/* readChunks */.zO)(read, pool))
                await output.put(chunk, pool.releaser(chunk));
            await output.finish();
        }
        catch (err) {
            await output.abandon();
            throw err;
        }
        await (0,promises_.rename)(tmp, target);
        return { size: output.size, sha256: output.digest() };
    }
    finally {
        await (0,promises_.rm)(payloadTmp, { force: true });
        await (0,promises_.rm)(tmp, { force: true });
    }
}
async function writePayload(file, files, compression, level, threads, progress) {
    const release = compression === 'xz' ? await (0,xz/* xzSlot */.HO)() : undefined;
    try {
        const output = new io/* Output */.k7(file);
        let comp;
        try {
            if (compression === 'none') {
                comp = undefined;
            }
            else {
                comp = await (0,tar/* compressor */.e)(compression === 'gzip' ? 'tar.gz' : compression === 'xz' ? 'tar.xz' : 'tar.zst', level, threads);
                comp.output.on('error', () => { });
            }
            const pool = new io/* BufferPool */.Pt();
            if (progress)
                pool.onRead = (n) => progress.add(n);
            progress?.setNext?.('the header, then the .rpm is assembled');
            const inPayload = files.filter((f) => !f.ghost);
            const regular = inPayload.filter((f) => f.type === 'file');
            const reader = new io/* SourceReader */.jC(regular.map((f) => ({ source: f.source, size: f.size, name: f.dst })), pool);
            const digests = files.map(() => '');
            let archiveSize = 0;
            const sink = comp?.input;
            const write = async (chunk, cb) => {
                archiveSize += chunk.length;
                if (sink) {
                    if (!sink.write(chunk, cb))
                        await (0,io/* drained */.oB)(sink);
                }
                else {
                    await output.put(chunk, cb);
                }
            };
            const feed = async () => {
                let fileIndex = 0;
                for (let i = 0; i < files.length; i++) {
                    const f = files[i];
                    if (f.ghost)
                        continue;
                    const ino = i + 1;
                    if (f.type === 'dir') {
                        await write(cpioHeader(`.${f.dst}`, { ino, mode: S_IFDIR | f.mode, nlink: 2, mtime: f.mtime, size: 0 }));
                    }
                    else if (f.type === 'symlink') {
                        const target = Buffer.from(f.linkname, 'utf8');
                        await write(cpioHeader(`.${f.dst}`, {
                            ino,
                            mode: S_IFLNK | 0o777,
                            nlink: 1,
                            mtime: f.mtime,
                            size: target.length,
                        }));
                        await write(Buffer.concat([target, cpioPad(target.length)]));
                    }
                    else {
                        await write(cpioHeader(`.${f.dst}`, {
                            ino,
                            mode: S_IFREG | f.mode,
                            nlink: 1,
                            mtime: f.mtime,
                            size: f.size,
                        }));
                        const hash = (0,external_node_crypto_.createHash)('sha256');
                        for await (const chunk of reader.chunks(fileIndex++)) {
                            hash.update(chunk);
                            await write(chunk, pool.releaser(chunk));
                        }
                        digests[i] = hash.digest('hex');
                        const pad = cpioPad(f.size);
                        if (pad.length)
                            await write(pad);
                    }
                }
                await write(CPIO_TRAILER);
                if (sink)
                    sink.end();
            };
            try {
                const tasks = [feed()];
                if (comp)
                    tasks.push(output.pipeFrom(comp.output));
                await (0,io/* together */.bs)(tasks, (err) => {
                    comp?.input.destroy(err);
                    comp?.output.destroy(err);
                    output.ws.destroy(err);
                });
            }
            finally {
                await reader.close();
            }
            await output.finish();
            return { digests, archiveSize, size: output.size, sha256: output.digest() };
        }
        catch (err) {
            await output.abandon();
            throw err;
        }
    }
    finally {
        release?.();
    }
}
function buildHeader(spec, files, payload, d, level) {
    const h = new rpm_header/* HeaderBuilder */.P6();
    const full = evr(spec);
    h.strings(tags/* TAG */.Dk.HEADERI18NTABLE, ['C']);
    h.string(tags/* TAG */.Dk.NAME, spec.name);
    h.string(tags/* TAG */.Dk.VERSION, spec.version);
    h.string(tags/* TAG */.Dk.RELEASE, spec.release);
    if (spec.epoch)
        h.int32(tags/* TAG */.Dk.EPOCH, [Number(spec.epoch)]);
    h.i18n(tags/* TAG */.Dk.SUMMARY, spec.summary.split('\n')[0].trim() || spec.name);
    h.i18n(tags/* TAG */.Dk.DESCRIPTION, spec.description.trim() || spec.summary);
    h.int32(tags/* TAG */.Dk.BUILDTIME, [spec.buildTime]);
    h.string(tags/* TAG */.Dk.BUILDHOST, RPM_BUILDHOST);
    const installed = files.reduce((n, f) => n + (f.type === 'file' ? f.size : f.type === 'symlink' ? Buffer.byteLength(f.linkname) : 0), 0);
    if (installed > MAX32)
        h.int64(tags/* TAG */.Dk.LONGSIZE, [BigInt(installed)]);
    else
        h.int32(tags/* TAG */.Dk.SIZE, [installed]);
    if (spec.vendor)
        h.string(tags/* TAG */.Dk.VENDOR, spec.vendor);
    h.string(tags/* TAG */.Dk.LICENSE, spec.license || 'Unknown');
    if (spec.maintainer)
        h.string(tags/* TAG */.Dk.PACKAGER, spec.maintainer);
    h.i18n(tags/* TAG */.Dk.GROUP, spec.group || 'Unspecified');
    if (spec.homepage)
        h.string(tags/* TAG */.Dk.URL, spec.homepage);
    h.string(tags/* TAG */.Dk.OS, 'linux');
    h.string(tags/* TAG */.Dk.ARCH, spec.arch);
    // scripts
    const scripts = [];
    const add = (text, tag, progTag, sense) => {
        if (text !== undefined && text !== '')
            scripts.push({ tag, progTag, sense, text });
    };
    add(spec.scripts.preinstall, tags/* TAG */.Dk.PREIN, tags/* TAG */.Dk.PREINPROG, deps/* SENSE */.xE.SCRIPT_PRE);
    add(spec.scripts.postinstall, tags/* TAG */.Dk.POSTIN, tags/* TAG */.Dk.POSTINPROG, deps/* SENSE */.xE.SCRIPT_POST);
    add(spec.scripts.preremove, tags/* TAG */.Dk.PREUN, tags/* TAG */.Dk.PREUNPROG, deps/* SENSE */.xE.SCRIPT_PREUN);
    add(spec.scripts.postremove, tags/* TAG */.Dk.POSTUN, tags/* TAG */.Dk.POSTUNPROG, deps/* SENSE */.xE.SCRIPT_POSTUN);
    add(spec.scripts.pretrans, tags/* TAG */.Dk.PRETRANS, tags/* TAG */.Dk.PRETRANSPROG, deps/* SENSE */.xE.PRETRANS);
    add(spec.scripts.posttrans, tags/* TAG */.Dk.POSTTRANS, tags/* TAG */.Dk.POSTTRANSPROG, deps/* SENSE */.xE.POSTTRANS);
    const interpDeps = [];
    for (const s of scripts) {
        const prog = interpreter(s.text);
        h.string(s.tag, s.text);
        h.strings(s.progTag, prog);
        interpDeps.push({ name: prog[0], flags: deps/* SENSE */.xE.INTERP | s.sense, version: '' });
    }
    // files
    if (files.length) {
        const dirnames = [];
        const dirIndex = new Map();
        const basenames = [];
        const dirindexes = [];
        for (const f of files) {
            const slash = f.dst.lastIndexOf('/');
            const dir = f.dst.slice(0, slash + 1);
            let di = dirIndex.get(dir);
            if (di === undefined) {
                di = dirnames.length;
                dirnames.push(dir);
                dirIndex.set(dir, di);
            }
            dirindexes.push(di);
            basenames.push(f.dst.slice(slash + 1));
        }
        const sizeOf = (f) => f.type === 'file' ? f.size : f.type === 'symlink' ? Buffer.byteLength(f.linkname) : 0;
        h.int32(tags/* TAG */.Dk.FILESIZES, files.map(sizeOf));
        h.int16(tags/* TAG */.Dk.FILEMODES, files.map((f) => f.type === 'dir' ? S_IFDIR | f.mode : f.type === 'symlink' ? S_IFLNK | 0o777 : S_IFREG | f.mode));
        h.int16(tags/* TAG */.Dk.FILERDEVS, files.map(() => 0));
        h.int32(tags/* TAG */.Dk.FILEMTIMES, files.map((f) => f.mtime));
        h.strings(tags/* TAG */.Dk.FILEDIGESTS, payload.digests);
        h.strings(tags/* TAG */.Dk.FILELINKTOS, files.map((f) => (f.type === 'symlink' ? f.linkname : '')));
        h.int32(tags/* TAG */.Dk.FILEFLAGS, files.map((f) => (f.config || f.noreplace ? tags/* FILEFLAG */.FS.config : 0) |
            (f.noreplace ? tags/* FILEFLAG */.FS.noreplace : 0) |
            (f.doc ? tags/* FILEFLAG */.FS.doc : 0) |
            (f.license ? tags/* FILEFLAG */.FS.license : 0) |
            (f.ghost ? tags/* FILEFLAG */.FS.ghost : 0)));
        h.strings(tags/* TAG */.Dk.FILEUSERNAME, files.map((f) => f.owner || 'root'));
        h.strings(tags/* TAG */.Dk.FILEGROUPNAME, files.map((f) => f.group || 'root'));
        // ghosts: nothing to verify but owner, group and mode (as rpmbuild does)
        h.int32(tags/* TAG */.Dk.FILEVERIFYFLAGS, files.map((f) => (f.ghost ? ~(1 | 2 | 4 | 32) : -1)));
        h.int32(tags/* TAG */.Dk.FILEDEVICES, files.map(() => 1));
        h.int32(tags/* TAG */.Dk.FILEINODES, files.map((_, i) => i + 1));
        h.strings(tags/* TAG */.Dk.FILELANGS, files.map(() => ''));
        h.int32(tags/* TAG */.Dk.DIRINDEXES, dirindexes);
        h.strings(tags/* TAG */.Dk.BASENAMES, basenames);
        h.strings(tags/* TAG */.Dk.DIRNAMES, dirnames);
        h.int32(tags/* TAG */.Dk.FILEDIGESTALGO, [8]);
    }
    // dependencies
    const provides = [...d.provides, { name: spec.name, flags: deps/* SENSE */.xE.EQUAL, version: full }];
    const isa = ISA[spec.arch];
    if (isa)
        provides.push({ name: `${spec.name}(${isa})`, flags: deps/* SENSE */.xE.EQUAL, version: full });
    if (files.some((f) => f.config || f.noreplace))
        provides.push({ name: `config(${spec.name})`, flags: deps/* SENSE */.xE.EQUAL, version: full });
    const allDeps = [
        ...d.requires,
        ...d.conflicts,
        ...d.obsoletes,
        ...d.recommends,
        ...d.suggests,
        ...provides,
    ];
    const requires = [
        ...d.requires,
        ...interpDeps,
        rpmlib('CompressedFileNames', '3.0.4-1'),
        rpmlib('FileDigests', '4.6.0-1'),
        rpmlib('PayloadFilesHavePrefix', '4.0-1'),
    ];
    if (spec.compression === 'xz')
        requires.push(rpmlib('PayloadIsXz', '5.2-1'));
    if (spec.compression === 'zstd')
        requires.push(rpmlib('PayloadIsZstd', '5.4.18-1'));
    if (allDeps.some((x) => x.name.startsWith('(')))
        requires.push(rpmlib('RichDependencies', '4.12.0-1'));
    const versions = [full, ...allDeps.map((x) => x.version)];
    if (versions.some((v) => v.includes('~')))
        requires.push(rpmlib('TildeInVersions', '4.10.0-1'));
    if (versions.some((v) => v.includes('^')))
        requires.push(rpmlib('CaretInVersions', '4.15.0-1'));
    putDeps(h, (0,deps/* normaliseDeps */.lv)(provides), tags/* TAG */.Dk.PROVIDENAME, tags/* TAG */.Dk.PROVIDEFLAGS, tags/* TAG */.Dk.PROVIDEVERSION);
    putDeps(h, (0,deps/* normaliseDeps */.lv)(requires, true), tags/* TAG */.Dk.REQUIRENAME, tags/* TAG */.Dk.REQUIREFLAGS, tags/* TAG */.Dk.REQUIREVERSION);
    putDeps(h, (0,deps/* normaliseDeps */.lv)(d.conflicts), tags/* TAG */.Dk.CONFLICTNAME, tags/* TAG */.Dk.CONFLICTFLAGS, tags/* TAG */.Dk.CONFLICTVERSION);
    putDeps(h, (0,deps/* normaliseDeps */.lv)(d.obsoletes), tags/* TAG */.Dk.OBSOLETENAME, tags/* TAG */.Dk.OBSOLETEFLAGS, tags/* TAG */.Dk.OBSOLETEVERSION);
    putDeps(h, (0,deps/* normaliseDeps */.lv)(d.recommends), tags/* TAG */.Dk.RECOMMENDNAME, tags/* TAG */.Dk.RECOMMENDFLAGS, tags/* TAG */.Dk.RECOMMENDVERSION);
    putDeps(h, (0,deps/* normaliseDeps */.lv)(d.suggests), tags/* TAG */.Dk.SUGGESTNAME, tags/* TAG */.Dk.SUGGESTFLAGS, tags/* TAG */.Dk.SUGGESTVERSION);
    // changelog (newest first, as rpm keeps it)
    if (spec.changelog.length) {
        h.int32(tags/* TAG */.Dk.CHANGELOGTIME, spec.changelog.map((c) => c.date));
        h.strings(tags/* TAG */.Dk.CHANGELOGNAME, spec.changelog.map((c) => `${c.author} - ${c.version}`));
        h.strings(tags/* TAG */.Dk.CHANGELOGTEXT, spec.changelog.map((c) => {
            const t = c.text.trim();
            return t.startsWith('-') ? t : `- ${t}`;
        }));
    }
    h.string(tags/* TAG */.Dk.RPMVERSION, '4.18.0');
    h.string(tags/* TAG */.Dk.SOURCERPM, `${spec.name}-${spec.version}-${spec.release}.src.rpm`);
    h.string(tags/* TAG */.Dk.OPTFLAGS, '');
    h.string(tags/* TAG */.Dk.PAYLOADFORMAT, 'cpio');
    h.string(tags/* TAG */.Dk.PAYLOADCOMPRESSOR, spec.compression === 'none' ? 'identity' : spec.compression);
    h.string(tags/* TAG */.Dk.PAYLOADFLAGS, String(level));
    h.string(tags/* TAG */.Dk.PLATFORM, `${spec.arch}-unknown-linux`);
    h.string(tags/* TAG */.Dk.ENCODING, 'utf-8');
    h.strings(tags/* TAG */.Dk.PAYLOADDIGEST, [payload.sha256]);
    h.int32(tags/* TAG */.Dk.PAYLOADDIGESTALGO, [8]);
    return h.build(rpm_header/* HEADER_IMMUTABLE */.XE);
}
function signature(header, payload) {
    const s = new rpm_header/* HeaderBuilder */.P6();
    s.string(tags/* SIGTAG */.Me.SHA1, (0,external_node_crypto_.createHash)('sha1').update(header).digest('hex'));
    s.string(tags/* SIGTAG */.Me.SHA256, (0,external_node_crypto_.createHash)('sha256').update(header).digest('hex'));
    const total = header.length + payload.size;
    if (total > MAX32)
        s.int64(tags/* SIGTAG */.Me.LONGSIZE, [BigInt(total)]);
    else
        s.int32(tags/* SIGTAG */.Me.SIZE, [total]);
    if (payload.archiveSize > MAX32)
        s.int64(tags/* SIGTAG */.Me.LONGARCHIVESIZE, [BigInt(payload.archiveSize)]);
    else
        s.int32(tags/* SIGTAG */.Me.PAYLOADSIZE, [payload.archiveSize]);
    return (0,rpm_header/* padTo8 */.py)(s.build(rpm_header/* HEADER_SIGNATURES */.AQ));
}


/***/ })

};
