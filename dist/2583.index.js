export const id = 2583;
export const ids = [2583];
export const modules = {

/***/ 63461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ pullBase)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95310);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25903);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43779);
/**
 * Base images: a reference resolved once to its digest, then the manifest, config and layers of
 * each platform pulled by digest from its registry, verified, into the layout being written.
 * `scratch` is no base at all (an empty root file system).
 */




/** Pulls `reference` for every platform in `platforms`; the layers land in `layout`. */
async function pullBase(reference, platforms, layout, key, credentials) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageRef */ .Q)(reference, key);
    const shown = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRef */ .rq)(ref);
    const reg = new _registry_js__WEBPACK_IMPORTED_MODULE_3__/* .Registry */ .OR(ref, { key, credentials });
    let top;
    try {
        top = await reg.getManifest(ref.digest ?? ref.tag ?? 'latest');
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: the base image ${shown} cannot be pulled: ${err.message.replace(`${key}: `, '')}`, {
                key,
                cause: err,
            });
        throw err;
    }
    const pinned = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRef */ .rq)({ ...ref, tag: undefined, digest: top.digest });
    const doc = JSON.parse(top.bytes.toString('utf8'));
    const out = [];
    for (const want of platforms) {
        let desc;
        if ((0,_media_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndex */ .nw)(top.mediaType)) {
            const d = doc.manifests.find((m) => (0,_media_js__WEBPACK_IMPORTED_MODULE_1__/* .platformMatches */ .J5)(m.platform, want));
            if (!d) {
                const has = doc.manifests.map((m) => (m.platform ? (0,_media_js__WEBPACK_IMPORTED_MODULE_1__/* .platformString */ .Fd)(m.platform) : '?'));
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: the base image ${shown} has no ${(0,_media_js__WEBPACK_IMPORTED_MODULE_1__/* .platformString */ .Fd)(want)} image (it has ${[...new Set(has)].join(', ')}); choose a base that has every target's platform, or leave the target out.`, { key });
            }
            desc = { digest: d.digest };
        }
        else
            desc = { digest: top.digest, bytes: top.bytes };
        const man = desc.bytes
            ? doc
            : JSON.parse((await reg.getManifest(desc.digest)).bytes.toString('utf8'));
        const config = JSON.parse((await reg.getBlob(man.config.digest)).toString('utf8'));
        const have = { os: config.os, architecture: config.architecture, variant: config.variant };
        if (!(0,_media_js__WEBPACK_IMPORTED_MODULE_1__/* .platformMatches */ .J5)(have, want))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: the base image ${shown} is ${(0,_media_js__WEBPACK_IMPORTED_MODULE_1__/* .platformString */ .Fd)(have)} only and has no ${(0,_media_js__WEBPACK_IMPORTED_MODULE_1__/* .platformString */ .Fd)(want)} image; use a multi-platform base, or leave the target out.`, { key });
        const layers = [];
        for (const l of man.layers) {
            if (!(await layout.has(l.digest)))
                await reg.downloadBlob(l.digest, layout.blobPath(l.digest), l.size);
            layers.push({ mediaType: (0,_media_js__WEBPACK_IMPORTED_MODULE_1__/* .ociMediaType */ .Ys)(l.mediaType), digest: l.digest, size: l.size });
        }
        out.push({ name: pinned, digest: desc.digest, config, layers, ref });
    }
    return out;
}


/***/ }),

/***/ 92583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rd: () => (/* binding */ buildImages)
/* harmony export */ });
/* unused harmony export imageConfig */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84410);
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63461);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69547);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10954);
/* harmony import */ var _media_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95310);
/**
 * Building the images: per platform, the base's layers plus one layer of our files, a config
 * (the base's, with our entrypoint, cmd, env, user, workdir, ports and labels on top), a manifest;
 * then one image index over the platforms, written as an OCI image layout directory and a `.tar`
 * of it. Every JSON document is serialised with a fixed key order and `created` is
 * SOURCE_DATE_EPOCH, so the same inputs give the same digests.
 */







function portKey(p) {
    return /\//.test(p) ? p : `${p}/tcp`;
}
/** Our settings on top of the base's config (env merged by name; ours wins). */
function imageConfig(base, platform, s, labels, created, diffId) {
    const bc = base?.config ?? {};
    const env = new Map();
    for (const e of [
        ...(bc.Env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']),
        ...(s.env ?? []),
    ])
        env.set(e.split('=')[0], e);
    const ports = { ...bc.ExposedPorts };
    for (const p of s.ports ?? [])
        ports[portKey(p)] = {};
    const config = {
        ...bc,
        Env: [...env.values()],
        Entrypoint: s.entrypoint ?? bc.Entrypoint ?? null,
        Cmd: s.cmd ?? (s.entrypoint ? null : (bc.Cmd ?? null)),
        ...((s.user ?? bc.User) ? { User: s.user ?? bc.User } : {}),
        ...((s.workdir ?? bc.WorkingDir) ? { WorkingDir: s.workdir ?? bc.WorkingDir } : {}),
        ...(Object.keys(ports).length ? { ExposedPorts: sortKeys(ports) } : {}),
        Labels: sortKeys({ ...bc.Labels, ...labels }),
    };
    if (!config.Entrypoint)
        delete config.Entrypoint;
    if (!config.Cmd)
        delete config.Cmd;
    return {
        created,
        architecture: platform.architecture,
        os: platform.os,
        ...(platform.variant ? { variant: platform.variant } : {}),
        config,
        rootfs: { type: 'layers', diff_ids: [...(base?.rootfs.diff_ids ?? []), diffId] },
        history: [
            ...(base?.history ?? []),
            { created, created_by: 'distro-actions package-format (oci)', comment: 'binaries and contents' },
        ],
    };
}
function sortKeys(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** Builds every platform's image and the index into a fresh layout; replaces `layoutDir` at the end. */
async function buildImages(o) {
    const final = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(o.layoutDir);
    const tmp = (0,_atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .tempPath */ .EZ)(final);
    const layout = new _layout_js__WEBPACK_IMPORTED_MODULE_5__/* .Layout */ .PE(tmp);
    try {
        await layout.init();
        const bases = o.base && o.base !== 'scratch'
            ? await (0,_base_js__WEBPACK_IMPORTED_MODULE_3__/* .pullBase */ .d)(o.base, o.images.map((i) => i.platform), layout, o.baseKey, o.credentials)
            : o.images.map(() => undefined);
        const created = new Date(o.created * 1000).toISOString().replace('.000Z', 'Z');
        const manifests = [];
        for (const [i, img] of o.images.entries()) {
            const base = bases[i];
            const layerTmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(tmp, `layer-${i}.tmp`);
            const layer = await (0,_layer_js__WEBPACK_IMPORTED_MODULE_4__/* .writeLayer */ .B)(layerTmp, img.files, o.created);
            await layout.adopt(layerTmp, layer.digest);
            const config = imageConfig(base?.config, img.platform, img.settings, o.annotations, created, layer.diffId);
            const configDesc = await layout.putJson(config, _media_js__WEBPACK_IMPORTED_MODULE_6__.MT.config);
            const annotations = sortKeys({
                ...o.annotations,
                ...(base
                    ? {
                        'org.opencontainers.image.base.digest': base.digest,
                        'org.opencontainers.image.base.name': base.name,
                    }
                    : {}),
            });
            const manifest = {
                schemaVersion: 2,
                mediaType: _media_js__WEBPACK_IMPORTED_MODULE_6__.MT.manifest,
                config: configDesc,
                layers: [
                    ...(base?.layers ?? []),
                    { mediaType: _media_js__WEBPACK_IMPORTED_MODULE_6__.MT.layerGzip, digest: layer.digest, size: layer.size },
                ],
                annotations,
            };
            const desc = await layout.putJson(manifest, _media_js__WEBPACK_IMPORTED_MODULE_6__.MT.manifest, { platform: img.platform });
            manifests.push({ target: img.target, platform: img.platform, descriptor: desc });
        }
        const index = await layout.putJson({
            schemaVersion: 2,
            mediaType: _media_js__WEBPACK_IMPORTED_MODULE_6__.MT.index,
            manifests: manifests.map((m) => m.descriptor),
            annotations: sortKeys(o.annotations),
        }, _media_js__WEBPACK_IMPORTED_MODULE_6__.MT.index);
        const top = { ...index, annotations: { 'org.opencontainers.image.ref.name': o.refName } };
        await layout.writeIndex([top]);
        if (o.tarFile) {
            const tarTmp = (0,_atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .tempPath */ .EZ)(o.tarFile);
            try {
                await layout.writeTar(tarTmp, o.created);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tarTmp, o.tarFile);
            }
            catch (err) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tarTmp, { force: true });
                throw err;
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(final, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, final);
        return { index, manifests, layoutDir: final };
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
        throw err;
    }
}



/***/ }),

/***/ 69547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ writeLayer)
/* harmony export */ });
/* unused harmony export layerEntries */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84410);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _archive_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73856);
/* harmony import */ var _archive_io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30425);
/**
 * The one layer distro-actions adds to an image: a gzip'd POSIX tar of the binaries and contents,
 * written by the archive tar writer, so it is reproducible the same way (sorted names, one mtime,
 * owner 0/0 unless a file says otherwise, gzip MTIME 0 and OS byte 3). The uncompressed bytes are
 * hashed on the way into gzip: that is the layer's diff_id of the image config.
 */









/** The tar entries of `files`: names without the leading `/`, parent directories added (0755). */
function layerEntries(files, mtime) {
    const byName = new Map();
    const entry = (f, name) => ({
        ..._archive_index_js__WEBPACK_IMPORTED_MODULE_7__.TAR_OWNER,
        uid: f.uid ?? 0,
        gid: f.gid ?? 0,
        name: f.type === 'dir' ? `${name}/` : name,
        type: f.type,
        mode: f.mode & 0o7777,
        mtime,
        size: f.type === 'file' ? (f.size ?? 0) : 0,
        source: f.source,
        linkname: f.linkname,
    });
    for (const f of files) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(f.path).replace(/^\/+/, '');
        if (!name || name.startsWith('..'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`image path '${f.path}' is not a path inside the image; use an absolute path such as /usr/local/bin/name.`);
        if (byName.has(name) && !(f.type === 'dir' && byName.get(name).type === 'dir'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`image path '/${name}' is given twice; each path of the image layer must be unique.`);
        byName.set(name, entry(f, name));
        const parts = name.split('/');
        for (let i = 1; i < parts.length; i++) {
            const dir = parts.slice(0, i).join('/');
            if (!byName.has(dir))
                byName.set(dir, entry({ path: dir, type: 'dir', mode: 0o755 }, dir));
            else if (byName.get(dir).type !== 'dir')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`image path '/${name}': its parent '/${dir}' is not a directory.`);
        }
    }
    return [...byName.entries()].sort(([a], [b]) => (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_7__.compareNames)(a, b)).map(([, e]) => e);
}
/** `f` with the size of its source (a missing source is a DistroError naming it). */
async function sized(f) {
    if (f.type !== 'file' || f.size !== undefined)
        return f;
    if (!f.source)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`image file ${f.path} has no source file.`);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(f.source).catch((err) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`source file ${f.source} of image file ${f.path} cannot be read (${err.code ?? String(err)}).`, { file: f.source, cause: err });
    });
    return { ...f, size: st.size };
}
/** Writes the layer of `files` to `out` (atomically) and returns its digests. */
async function writeLayer(out, files, mtime) {
    const entries = layerEntries(await Promise.all(files.map(sized)), mtime);
    const tarHash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
        transform(chunk, _enc, cb) {
            tarHash.update(chunk);
            cb(null, chunk);
        },
    });
    const gzip = node_zlib__WEBPACK_IMPORTED_MODULE_4___default().createGzip({ level: 6 });
    const fix = (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_7__.gzipOsByteFix)();
    gzip.on('error', (err) => fix.destroy(err));
    tap.on('error', (err) => gzip.destroy(err));
    tap.pipe(gzip);
    const tmp = (0,_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .tempPath */ .EZ)(out);
    const output = new _archive_index_js__WEBPACK_IMPORTED_MODULE_7__.Output(tmp);
    try {
        // no buffer recycling: the tap hands chunks on before gzip has consumed them
        await (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_7__.writeTarEntries)(entries, output, { input: tap, output: gzip.pipe(fix) }, new _archive_index_js__WEBPACK_IMPORTED_MODULE_7__.BufferPool(_archive_io_js__WEBPACK_IMPORTED_MODULE_8__/* .READ_CHUNK */ .vA, 0));
        await output.finish();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, out);
    }
    catch (err) {
        await output.abandon();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw err;
    }
    return {
        digest: `sha256:${output.digest()}`,
        diffId: `sha256:${tarHash.digest('hex')}`,
        size: output.size,
    };
}


/***/ }),

/***/ 10954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PE: () => (/* binding */ Layout),
/* harmony export */   rw: () => (/* binding */ extractLayoutTar)
/* harmony export */ });
/* unused harmony export LAYOUT_FILE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56118);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _archive_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73856);
/* harmony import */ var _archive_io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30425);
/* harmony import */ var _media_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(95310);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(43779);
/**
 * An OCI image layout directory (`oci-layout`, `index.json`, `blobs/sha256/<hex>`) and a `.tar` of
 * it: the form skopeo (`oci:` / `oci-archive:`), umoci, crane and podman read.
 */











const LAYOUT_FILE = JSON.stringify({ imageLayoutVersion: '1.0.0' });
class Layout {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    blobPath(digest) {
        const [alg, hex] = digest.split(':');
        if (alg !== 'sha256' || !/^[a-f0-9]{64}$/.test(hex ?? ''))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`${this.dir}: '${digest}' is not a sha256 digest`);
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'blobs', 'sha256', hex);
    }
    async init() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'blobs', 'sha256'), { recursive: true });
    }
    async has(digest) {
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(this.blobPath(digest)).then(() => true, () => false);
    }
    /** Stores `bytes`; returns its digest (checked against `expected` when given). */
    async putBlob(bytes, expected) {
        const digest = (0,_registry_js__WEBPACK_IMPORTED_MODULE_10__/* .sha256Digest */ .sI)(bytes);
        if (expected && expected !== digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`blob ${expected} has the digest ${digest}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(this.blobPath(digest), bytes);
        return digest;
    }
    /** Stores a JSON document (serialised in the key order of `doc`) and returns its descriptor. */
    async putJson(doc, mediaType, extra = {}) {
        const bytes = Buffer.from(JSON.stringify(doc));
        return { mediaType, digest: await this.putBlob(bytes), size: bytes.length, ...extra };
    }
    /** Moves a finished file (a layer) into the store under its digest. */
    async adopt(file, digest) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file, this.blobPath(digest));
    }
    /** A blob in memory: for the small JSON documents (manifests, configs, the index) only. */
    readBlob(digest) {
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.blobPath(digest));
    }
    /** A blob to upload, read from its file (afresh for every attempt). */
    async blobSource(digest) {
        const file = this.blobPath(digest);
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        return { size, open: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file) };
    }
    async readJson(digest) {
        return JSON.parse((await this.readBlob(digest)).toString('utf8'));
    }
    async writeIndex(manifests) {
        const index = { schemaVersion: 2, mediaType: _media_js__WEBPACK_IMPORTED_MODULE_9__.MT.index, manifests };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'oci-layout'), LAYOUT_FILE);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'index.json'), JSON.stringify(index));
    }
    async readIndex() {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'index.json');
        try {
            return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`${file} cannot be read as an OCI image layout index: ${err.message}`, {
                file,
                cause: err,
            });
        }
    }
    /** Writes the layout as an uncompressed tar at `out` (sorted entries, one mtime, root-owned). */
    async writeTar(out, mtime) {
        const hexes = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'blobs', 'sha256'))).sort();
        const dir = (name) => ({
            ..._archive_index_js__WEBPACK_IMPORTED_MODULE_7__.TAR_OWNER,
            name,
            type: 'dir',
            mode: 0o755,
            mtime,
            size: 0,
        });
        const file = async (name, source) => ({
            ..._archive_index_js__WEBPACK_IMPORTED_MODULE_7__.TAR_OWNER,
            name,
            type: 'file',
            mode: 0o644,
            mtime,
            size: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(source)).size,
            source,
        });
        const entries = [dir('blobs/'), dir('blobs/sha256/')];
        for (const h of hexes)
            entries.push(await file(`blobs/sha256/${h}`, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'blobs', 'sha256', h)));
        entries.push(await file('index.json', node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'index.json')));
        entries.push(await file('oci-layout', node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'oci-layout')));
        const output = new _archive_index_js__WEBPACK_IMPORTED_MODULE_7__.Output(out);
        const pass = new node_stream__WEBPACK_IMPORTED_MODULE_3__.PassThrough();
        try {
            await (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_7__.writeTarEntries)(entries, output, { input: pass, output: pass }, new _archive_index_js__WEBPACK_IMPORTED_MODULE_7__.BufferPool(_archive_io_js__WEBPACK_IMPORTED_MODULE_8__/* .READ_CHUNK */ .vA, 0));
            await output.finish();
        }
        catch (err) {
            await output.abandon();
            throw err;
        }
    }
}
/** Unpacks a layout `.tar` (as written above) into `dir`; only regular files at layout paths. */
async function extractLayoutTar(file, dir) {
    const layout = new Layout(dir);
    await layout.init();
    const ex = tar_stream__WEBPACK_IMPORTED_MODULE_5__.extract();
    ex.on('entry', (header, stream, next) => {
        const name = header.name.replace(/^\.\//, '');
        const ok = name === 'index.json' || name === 'oci-layout' || /^blobs\/sha256\/[a-f0-9]{64}$/.test(name);
        if (header.type !== 'file' || !ok) {
            stream.resume();
            stream.on('end', next);
            return;
        }
        (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(stream, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name))).then(() => next(), next);
    });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file), ex);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`${file} is not a readable OCI image layout tar: ${err.message}`, {
            file,
            cause: err,
        });
    }
    return layout;
}


/***/ }),

/***/ 95310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Fd: () => (/* binding */ platformString),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   MT: () => (/* binding */ MT),
/* harmony export */   Ys: () => (/* binding */ ociMediaType),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   nw: () => (/* binding */ isIndex)
/* harmony export */ });
/** OCI and Docker media types, and the small JSON shapes of the image spec this folder writes. */
const MT = {
    index: 'application/vnd.oci.image.index.v1+json',
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    config: 'application/vnd.oci.image.config.v1+json',
    layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    layerTar: 'application/vnd.oci.image.layer.v1.tar',
    empty: 'application/vnd.oci.empty.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
/** What a registry is asked for when a manifest is fetched: any image or index, OCI or Docker. */
const MANIFEST_ACCEPT = [MT.index, MT.manifest, MT.dockerList, MT.dockerManifest].join(', ');
function isIndex(mediaType) {
    return mediaType === MT.index || mediaType === MT.dockerList;
}
/** A Docker layer or config media type spelled the OCI way (same bytes, same digest). */
function ociMediaType(mediaType) {
    if (mediaType === MT.dockerLayer)
        return MT.layerGzip;
    if (mediaType === MT.dockerConfig)
        return MT.config;
    if (mediaType === MT.dockerManifest)
        return MT.manifest;
    if (mediaType === MT.dockerList)
        return MT.index;
    return mediaType;
}
/** The OCI platform of a Docker-style platform string (`linux/arm/v7`, `linux/arm64`). */
function parsePlatform(docker) {
    const [os = '', architecture = '', variant] = docker.split('/');
    const p = { architecture, os };
    if (variant)
        p.variant = variant;
    return p;
}
function platformString(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/**
 * Whether a base image's platform serves ours: same os and architecture, and the same variant
 * where both name one (arm64's `v8` is its only variant, so a missing one matches it).
 */
function platformMatches(base, want) {
    if (!base || base.os !== want.os || base.architecture !== want.architecture)
        return false;
    const norm = (v) => (want.architecture === 'arm64' && v === 'v8' ? undefined : v);
    const [a, b] = [norm(base.variant), norm(want.variant)];
    return !a || !b || a === b;
}


/***/ }),

/***/ 25903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ checkTag),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   rq: () => (/* binding */ formatRef)
/* harmony export */ });
/* unused harmony export TAG_RE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Image references (`debian:bookworm-slim`, `ghcr.io/owner/name:1.2`, `host:5000/x@sha256:…`) and
 * tags, checked before any work with the grammar of the distribution spec.
 */

const TAG_RE = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const REPO_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
const DOCKER_HUB = 'registry-1.docker.io';
/** Throws a DistroError naming `key` unless `tag` is a legal OCI tag. */
function checkTag(tag, key) {
    if (!TAG_RE.test(tag))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: '${tag}' is not a legal OCI tag: use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-').`, { key });
}
/** Parses `ref`; `withTag` false: a repository only (`ghcr.io/owner/name`), as oci-repository. */
function parseImageRef(ref, key, withTag = true) {
    const bad = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: '${ref}' is not an image reference: ${why}.`, { key });
    };
    let rest = ref.trim();
    if (!rest)
        bad('it is empty');
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST_RE.test(digest))
            bad(`the digest '${digest}' is not sha256:<64 hex digits>`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        checkTag(tag, key);
    }
    if ((tag || digest) && !withTag)
        bad('give the repository only, without a tag or digest');
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    let registry = DOCKER_HUB;
    let repository = rest;
    if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first;
        repository = rest.slice(slash + 1);
    }
    if (registry === 'docker.io' || registry === 'index.docker.io')
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (!REPO_RE.test(repository))
        bad('the repository must be lower-case letters, digits and . _ - separated by /');
    return { registry, repository, tag: tag ?? (digest || !withTag ? undefined : 'latest'), digest };
}
function formatRef(r) {
    const host = r.registry === DOCKER_HUB ? 'docker.io' : r.registry;
    return `${host}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}


/***/ }),

/***/ 43779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ Registry),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* unused harmony export parseChallenge */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(84410);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(83916);
/* harmony import */ var _media_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(95310);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(25903);
/**
 * A small client of the OCI distribution API (what `docker pull/push`, skopeo and crane speak):
 * manifests, blobs, monolithic uploads, cross-repository mounts, the referrers API, and the
 * registry token flow (a 401 with `WWW-Authenticate: Bearer realm=…,service=…,scope=…` is answered
 * by asking the realm for a token, anonymously or with basic credentials, as Docker Hub, ghcr.io
 * and the distribution registry's token auth expect). Basic auth challenges are answered directly.
 *
 * `localhost`, `127.0.0.1` and `[::1]` registries are spoken to over plain http (as Docker does);
 * every other registry over https.
 *
 * Blobs are streamed both ways (memory does not grow with a layer's size): a download goes to a
 * temporary file beside its place, hashed on the way, and is renamed there only when the digest
 * matches; an upload is read from its file. Uploads go through node:http(s), not fetch: undici's
 * fetch keeps every chunk of a streamed request body until the request ends (nodejs/undici#4058).
 */











const LOCAL_HOSTS = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** Parses `Bearer realm="…",service="…",scope="…"` into its scheme and parameters. */
function parseChallenge(header) {
    const m = /^(\w+)\s*(.*)$/s.exec(header.trim());
    const params = {};
    for (const p of (m?.[2] ?? '').matchAll(/(\w+)="([^"]*)"/g))
        params[p[1].toLowerCase()] = p[2];
    return { scheme: (m?.[1] ?? '').toLowerCase(), params };
}
class Registry {
    ref;
    o;
    base;
    authHeader;
    /** The one answer to a challenge: requests running at once wait for it instead of each asking. */
    authing;
    constructor(ref, o) {
        this.ref = ref;
        this.o = o;
        this.base = `${LOCAL_HOSTS.test(ref.registry) ? 'http' : 'https'}://${ref.registry}`;
    }
    count(kind) {
        if (this.o.stats)
            this.o.stats[kind] = (this.o.stats[kind] ?? 0) + 1;
    }
    where() {
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_10__/* .formatRef */ .rq)({ ...this.ref, tag: undefined, digest: undefined });
    }
    basic() {
        const c = this.o.credentials;
        const pass = c?.token ?? c?.password;
        if (!pass)
            return undefined;
        // ghcr.io takes any user name with a GITHUB_TOKEN as the password
        return `Basic ${Buffer.from(`${c?.username || 'distro-actions'}:${pass}`).toString('base64')}`;
    }
    /** Answers a 401 challenge: fetches a bearer token, or uses basic credentials. */
    async authenticate(challenge, push, from) {
        if (!challenge)
            return false;
        const { scheme, params } = parseChallenge(challenge);
        if (scheme === 'basic') {
            this.authHeader = this.basic();
            return !!this.authHeader;
        }
        if (scheme !== 'bearer' || !params.realm)
            return false;
        const url = new URL(params.realm);
        if (params.service)
            url.searchParams.set('service', params.service);
        const scopes = new Set([`repository:${this.ref.repository}:${push ? 'pull,push' : 'pull'}`]);
        if (params.scope)
            for (const s of params.scope.split(' '))
                scopes.add(s);
        for (const f of [...(this.o.mountFrom ?? []), ...(from ? [from] : [])])
            scopes.add(`repository:${f}:pull`);
        for (const s of scopes)
            url.searchParams.append('scope', s);
        const basic = this.basic();
        let res;
        try {
            res = await fetch(url, { headers: basic ? { authorization: basic } : {} });
        }
        catch (err) {
            throw this.fail(`its token service ${url.origin} cannot be reached (${errText(err)})`, err);
        }
        if (!res.ok) {
            await res.body?.cancel();
            throw this.denied(res.status, push, `the token service ${url.origin} refused the credentials`);
        }
        const body = (await res.json().catch(() => ({})));
        const token = body.token ?? body.access_token;
        if (!token)
            throw this.fail(`its token service ${url.origin} gave no token`);
        this.authHeader = `Bearer ${token}`;
        return true;
    }
    /** Whether a request refused with 401 may be retried: credentials (new since it was sent) exist. */
    async reauthenticate(res, sentWith, init) {
        if (this.authHeader !== sentWith)
            return true; // another request authenticated meanwhile
        if (sentWith)
            return false; // these credentials were refused
        this.authing ??= this.authenticate(res.headers.get('www-authenticate'), !!init.push, init.from);
        return (await this.authing) && this.authHeader !== sentWith;
    }
    fail(why, cause) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .DistroError */ .Yt(`${this.o.key}: registry ${this.where()}: ${why}.`, { key: this.o.key, cause });
    }
    /** A refused request: names what is needed to pull or push. */
    denied(status, push, why = `the registry answered ${status}`) {
        const need = push
            ? `credentials that may push to ${this.where()} (for ghcr.io with GITHUB_TOKEN, give the job \`permissions: packages: write\`)`
            : `credentials that may pull ${this.where()}, or a public image`;
        return this.fail(`${why} (HTTP ${status}); it needs ${need}`);
    }
    /** One request with authentication; `push` asks for a push scope. */
    async request(method, path, init = {}) {
        const url = path.startsWith('http') ? path : `${this.base}${path}`;
        const body = init.body;
        for (;;) {
            const headers = { ...init.headers };
            const sentWith = this.authHeader;
            if (sentWith)
                headers.authorization = sentWith;
            let res;
            try {
                res =
                    body && !Buffer.isBuffer(body)
                        ? await sendStream(method, url, { ...headers, 'content-length': String(body.size) }, body.open)
                        : await fetch(url, {
                            method,
                            headers,
                            body: body ? new Uint8Array(body) : undefined,
                            redirect: 'follow',
                        });
            }
            catch (err) {
                if (isFsError(err))
                    throw err; // the file being sent: a local problem, not the registry's
                throw this.fail(`cannot be reached at ${this.base} (${errText(err)})`, err);
            }
            if (res.status === 401 && (await this.reauthenticate(res, sentWith, init))) {
                await res.body?.cancel();
                continue;
            }
            if (res.status === 401 || res.status === 403) {
                await res.body?.cancel();
                throw this.denied(res.status, !!init.push);
            }
            return res;
        }
    }
    async expectOk(res, what) {
        if (res.ok)
            return res;
        const text = (await res.text().catch(() => '')).slice(0, 300);
        throw this.fail(`${what} failed (HTTP ${res.status}${text ? `: ${text.trim()}` : ''})`);
    }
    /** A manifest or index by tag or digest, checked against the digest when one was asked for. */
    async getManifest(reference) {
        const res = await this.request('GET', `/v2/${this.ref.repository}/manifests/${reference}`, {
            headers: { accept: _media_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_ACCEPT */ .dY },
        });
        if (res.status === 404) {
            await res.body?.cancel();
            throw this.fail(`it has no manifest '${reference}' (HTTP 404); check the image name and tag`);
        }
        await this.expectOk(res, `fetching manifest '${reference}'`);
        const bytes = Buffer.from(await res.arrayBuffer());
        const digest = sha256Digest(bytes);
        if (reference.startsWith('sha256:') && digest !== reference)
            throw this.fail(`manifest ${reference} came back with digest ${digest}`);
        const mediaType = JSON.parse(bytes.toString('utf8')).mediaType ??
            res.headers.get('content-type') ??
            '';
        return { bytes, mediaType, digest };
    }
    /** A small blob (a config) in memory; layers go to a file with downloadBlob. */
    async getBlob(digest) {
        const res = await this.request('GET', `/v2/${this.ref.repository}/blobs/${digest}`);
        await this.expectOk(res, `fetching blob ${digest}`);
        const bytes = Buffer.from(await res.arrayBuffer());
        if (sha256Digest(bytes) !== digest)
            throw this.fail(`blob ${digest} came back with other bytes`);
        return bytes;
    }
    /**
     * Streams blob `digest` into `file`, through a temporary file beside it that is hashed on the way
     * and renamed to `file` only when the bytes match the digest (and are no more than `size`, when
     * given): `file` is never a partial or a wrong blob, and no temporary stays behind.
     */
    async downloadBlob(digest, file, size) {
        const res = await this.request('GET', `/v2/${this.ref.repository}/blobs/${digest}`);
        await this.expectOk(res, `fetching blob ${digest}`);
        if (!res.body)
            throw this.fail(`fetching blob ${digest} gave no body`);
        const tmp = (0,_atomic_js__WEBPACK_IMPORTED_MODULE_7__/* .tempPath */ .EZ)(file);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let got = 0;
        const fail = (why) => this.fail(`blob ${digest} ${why}`);
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.fromWeb(res.body), async function* (chunks) {
                for await (const c of chunks) {
                    got += c.length;
                    if (size !== undefined && got > size)
                        throw fail(`is longer than the ${size} bytes its descriptor gives`);
                    hash.update(c);
                    yield c;
                }
            }, local((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(tmp, { flags: 'wx' })));
            const have = `sha256:${hash.digest('hex')}`;
            if (have !== digest)
                throw fail(`came back with other bytes (${have})`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file);
        }
        catch (err) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .DistroError */ .Yt)
                throw err;
            if (isFsError(err))
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .withPath */ .iD)(err, file);
            throw fail(`could not be read to its end (${errText(err)})`);
        }
    }
    async hasBlob(digest, push = false) {
        this.count('head');
        const res = await this.request('HEAD', `/v2/${this.ref.repository}/blobs/${digest}`, { push });
        await res.body?.cancel();
        if (res.status === 404)
            return false;
        await this.expectOk(res, `checking blob ${digest}`);
        return true;
    }
    async hasManifest(reference, push = false) {
        const res = await this.request('HEAD', `/v2/${this.ref.repository}/manifests/${reference}`, {
            headers: { accept: _media_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_ACCEPT */ .dY },
            push,
        });
        await res.body?.cancel();
        if (res.status === 404)
            return undefined;
        await this.expectOk(res, `checking manifest ${reference}`);
        return res.headers.get('docker-content-digest') ?? '';
    }
    /**
     * Uploads a blob unless the repository has it; `from` names a repository of the same registry
     * to mount it from (a base image's layers). Returns what was done.
     */
    async pushBlob(digest, blob, from) {
        if (await this.hasBlob(digest, true))
            return 'exists';
        const q = from ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}` : '';
        const start = await this.request('POST', `/v2/${this.ref.repository}/blobs/uploads/${q}`, {
            push: true,
            from,
        });
        await start.body?.cancel();
        if (start.status === 201) {
            this.count('mount');
            return 'mounted';
        }
        if (start.status !== 202)
            await this.expectOk(start, `starting the upload of ${digest}`);
        const location = start.headers.get('location');
        if (!location)
            throw this.fail(`starting the upload of ${digest} gave no Location`);
        const url = new URL(location, this.base);
        url.searchParams.set('digest', digest);
        const body = await blob();
        const put = await this.request('PUT', url.toString(), {
            headers: {
                'content-type': 'application/octet-stream',
                'content-length': String(Buffer.isBuffer(body) ? body.length : body.size),
            },
            body,
            push: true,
        });
        await this.expectOk(put, `uploading blob ${digest}`);
        await put.body?.cancel();
        this.count('upload');
        return 'uploaded';
    }
    /** Puts a manifest under a tag or its digest; skipped when the registry already has it there. */
    async putManifest(reference, bytes, mediaType) {
        const digest = sha256Digest(bytes);
        if ((await this.hasManifest(reference, true)) === digest)
            return false;
        const res = await this.request('PUT', `/v2/${this.ref.repository}/manifests/${reference}`, {
            headers: { 'content-type': mediaType },
            body: bytes,
            push: true,
        });
        await this.expectOk(res, `putting manifest ${reference}`);
        await res.body?.cancel();
        this.count('manifest');
        return true;
    }
    /** The referrers of `digest` (OCI 1.1), or undefined when the registry has no referrers API. */
    async referrers(digest) {
        const res = await this.request('GET', `/v2/${this.ref.repository}/referrers/${digest}`, {
            headers: { accept: 'application/vnd.oci.image.index.v1+json' },
        });
        const type = res.headers.get('content-type') ?? '';
        if (res.status !== 200 || !type.includes('application/vnd.oci.image.index.v1+json')) {
            await res.body?.cancel();
            return undefined;
        }
        return (await res.json()).manifests ?? [];
    }
}
/** Errors of local files (the blob being sent, or written): a user's problem, not the registry's. */
const localErrors = new WeakSet();
function isFsError(err) {
    return typeof err === 'object' && err !== null && localErrors.has(err);
}
function local(stream) {
    stream.on('error', (err) => {
        if (typeof err === 'object' && err !== null)
            localErrors.add(err);
    });
    return stream;
}
/**
 * One request whose body is streamed from `open()`, over node:http(s) (see the file comment); the
 * answer as a fetch Response. No redirect is followed: a registry answers an upload itself.
 */
function sendStream(method, url, headers, open) {
    const u = new URL(url);
    const send = u.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_4___default().request) : (node_http__WEBPACK_IMPORTED_MODULE_3___default().request);
    return new Promise((resolve, reject) => {
        const body = local(open());
        let answered = false;
        const req = send(u, { method, headers }, (res) => {
            answered = true;
            const status = res.statusCode ?? 0;
            const empty = method === 'HEAD' || [101, 204, 205, 304].includes(status);
            if (empty)
                res.resume();
            const out = new Headers();
            for (const [k, v] of Object.entries(res.headers))
                for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v])
                    out.append(k, one);
            resolve(new Response(empty ? null : node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.toWeb(res), {
                status,
                statusText: res.statusMessage,
                headers: out,
            }));
            body.destroy(); // answered (a 401 may come before the whole body was read): close the file
        });
        (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(body, req).catch((err) => {
            if (answered)
                return; // the body was cut short by the answer (closed above)
            body.destroy();
            reject(err);
        });
    });
}
function errText(err) {
    const e = err;
    return [e.message, e.cause?.code ?? e.cause?.message].filter(Boolean).join(': ');
}


/***/ })

};
