export const id = 6105;
export const ids = [6105];
export const modules = {

/***/ 43545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TX: () => (/* binding */ parseSignedImage),
/* harmony export */   aj: () => (/* binding */ attachToImage)
/* harmony export */ });
/* unused harmony exports SIMPLE_SIGNING, SIGSTORE_BUNDLE, SPDX_JSON, simpleSigningPayload, chooseScheme, cosignTag, cosignAnnotations */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95310);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25903);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43779);
/**
 * A pushed image index signed and described in its registry, as cosign does it: a keyless Sigstore
 * signature over cosign's simple-signing payload, and the SPDX SBOMs. Where the registry has the
 * OCI 1.1 referrers API they are artifact manifests whose `subject` is the index; elsewhere they
 * sit under cosign's tags `sha256-<hex>.sig` and `sha256-<hex>.sbom`, so `cosign verify`,
 * `cosign download sbom` and `oras discover` find them either way.
 */




const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGSTORE_BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const SPDX_JSON = 'application/spdx+json';
/** What `cosign attach sbom --type spdx` calls the layer. */
const COSIGN_SPDX = 'text/spdx+json';
/** cosign's simple-signing payload for `digest` of `repository` (its exact JSON). */
function simpleSigningPayload(repository, digest) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': repository },
            image: { 'docker-manifest-digest': digest },
            type: 'cosign container image signature',
        },
        optional: null,
    }));
}
/** The referrers API when the registry answers it with an index, else cosign's tags. */
function chooseScheme(referrers) {
    return referrers ? 'referrers' : 'tag';
}
/** cosign's tag for an attachment of `digest`: `sha256-<hex>.sig`. */
function cosignTag(digest, suffix) {
    return `${digest.replace(':', '-')}.${suffix}`;
}
function pem(derBase64) {
    const lines = derBase64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
/** The annotations cosign writes on a signature layer, from the Sigstore bundle. */
function cosignAnnotations(bundle) {
    const sig = bundle.messageSignature?.signature;
    const cert = bundle.verificationMaterial?.certificate?.rawBytes;
    if (!sig || !cert)
        throw new Error('the Sigstore bundle has no message signature or certificate');
    const out = {
        'dev.cosignproject.cosign/signature': sig,
        'dev.sigstore.cosign/certificate': pem(cert),
    };
    const t = bundle.verificationMaterial?.tlogEntries?.[0];
    if (t?.inclusionPromise) {
        // cosign's "rekor bundle": the entry and the log's signed promise to include it
        out['dev.sigstore.cosign/bundle'] = JSON.stringify({
            SignedEntryTimestamp: t.inclusionPromise.signedEntryTimestamp,
            Payload: {
                body: t.canonicalizedBody,
                integratedTime: Number(t.integratedTime),
                logIndex: Number(t.logIndex),
                logID: Buffer.from(t.logId.keyId, 'base64').toString('hex'),
            },
        });
    }
    return out;
}
/** A blob pushed (unless there) and its descriptor. */
async function blob(reg, mediaType, bytes, annotations) {
    const digest = (0,_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Digest */ .sI)(bytes);
    await reg.pushBlob(digest, async () => bytes);
    return { mediaType, digest, size: bytes.length, ...(annotations ? { annotations } : {}) };
}
/** The config of an attachment: the OCI empty descriptor (referrers), or an image config as cosign's. */
async function config(reg, referrers, layers) {
    if (referrers)
        return blob(reg, _media_js__WEBPACK_IMPORTED_MODULE_1__.MT.empty, Buffer.from('{}'));
    const cfg = {
        architecture: '',
        os: '',
        config: {},
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
    };
    return blob(reg, _media_js__WEBPACK_IMPORTED_MODULE_1__.MT.config, Buffer.from(JSON.stringify(cfg)));
}
/** Puts one attachment manifest: by digest with `subject` (referrers), or under cosign's tag. */
async function putAttachment(reg, scheme, subject, artifactType, layers, tag) {
    const referrers = scheme === 'referrers';
    const manifest = {
        schemaVersion: 2,
        mediaType: _media_js__WEBPACK_IMPORTED_MODULE_1__.MT.manifest,
        ...(referrers ? { artifactType } : {}),
        config: await config(reg, referrers, layers),
        layers,
        ...(referrers ? { subject } : {}),
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = (0,_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Digest */ .sI)(bytes);
    await reg.putManifest(referrers ? digest : tag, bytes, _media_js__WEBPACK_IMPORTED_MODULE_1__.MT.manifest);
    const where = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRef */ .rq)({ ...reg.ref, tag: undefined, digest: undefined });
    return referrers ? `${where}@${digest}` : `${where}:${tag}`;
}
/** `repo@sha256:…`, checked before any work: an image is signed by its digest. */
function parseSignedImage(image, key) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageRef */ .Q)(image, key);
    if (!ref.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${key}: '${image}' names no digest; pass publish-repo's output oci-image (repo@sha256:…).`, { key });
    return ref;
}
/** Signs the image index and attaches its SBOMs; a re-run finds the signature and signs nothing. */
async function attachToImage(o) {
    const ref = parseSignedImage(o.image, o.key);
    const digest = ref.digest;
    const reg = new _registry_js__WEBPACK_IMPORTED_MODULE_3__/* .Registry */ .OR({ ...ref, tag: undefined }, { key: o.key, credentials: o.credentials, stats: o.stats });
    // a push-scoped request first: the token asked for then may also push the attachments
    if ((await reg.hasManifest(digest, true)) === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${o.key}: registry ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRef */ .rq)(ref)}: it has no image ${digest}; push it first (publish-repo) and pass its oci-image output.`, { key: o.key });
    const index = await reg.getManifest(digest);
    const subject = { mediaType: index.mediaType, digest, size: index.bytes.length };
    const found = await reg.referrers(digest);
    const scheme = chooseScheme(found);
    const sigTag = cosignTag(digest, 'sig');
    const repoName = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRef */ .rq)({ ...ref, tag: undefined, digest: undefined });
    let signature;
    const existing = scheme === 'referrers'
        ? found.find((d) => d.artifactType === SIGSTORE_BUNDLE)
        : (await reg.hasManifest(sigTag, true)) !== undefined
            ? { digest: sigTag }
            : undefined;
    if (existing) {
        signature = scheme === 'referrers' ? `${repoName}@${existing.digest}` : `${repoName}:${sigTag}`;
    }
    else {
        const payload = simpleSigningPayload(repoName, digest);
        const bundle = await o.sign(payload);
        const layers = scheme === 'referrers'
            ? [
                await blob(reg, SIGSTORE_BUNDLE, Buffer.from(JSON.stringify(bundle))),
                await blob(reg, SIMPLE_SIGNING, payload),
            ]
            : [await blob(reg, SIMPLE_SIGNING, payload, cosignAnnotations(bundle))];
        signature = await putAttachment(reg, scheme, subject, SIGSTORE_BUNDLE, layers, sigTag);
    }
    let sbom;
    if (o.sboms.length) {
        const layers = [];
        for (const s of [...o.sboms].sort((a, b) => a.name.localeCompare(b.name)))
            layers.push(await blob(reg, scheme === 'referrers' ? SPDX_JSON : COSIGN_SPDX, s.bytes, {
                'org.opencontainers.image.title': s.name,
            }));
        sbom = await putAttachment(reg, scheme, subject, SPDX_JSON, layers, cosignTag(digest, 'sbom'));
    }
    return { scheme, signature, signed: !existing, sbom };
}


/***/ }),

/***/ 38936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aj: () => (/* reexport */ attach/* attachToImage */.aj),
  LE: () => (/* reexport */ checkPush),
  rw: () => (/* reexport */ layout/* extractLayoutTar */.rw),
  FL: () => (/* reexport */ media/* parsePlatform */.FL),
  J5: () => (/* reexport */ media/* platformMatches */.J5),
  Bx: () => (/* reexport */ pushLayout),
  dt: () => (/* reexport */ releaseTags),
  m6: () => (/* reexport */ unpackImage)
});

// UNUSED EXPORTS: Layout, MANIFEST_ACCEPT, MT, Registry, SIGSTORE_BUNDLE, SIMPLE_SIGNING, SPDX_JSON, TAG_RE, buildImages, checkTag, chooseScheme, cosignAnnotations, cosignTag, formatRef, imageConfig, isIndex, layerEntries, manifestFor, ociMediaType, parseChallenge, parseImageRef, parseSignedImage, platformString, pullBase, sha256Digest, simpleSigningPayload, writeLayer

// EXTERNAL MODULE: ./src/formats/oci/base.ts
var base = __webpack_require__(63461);
// EXTERNAL MODULE: ./src/formats/oci/image.ts
var oci_image = __webpack_require__(92583);
// EXTERNAL MODULE: ./src/formats/oci/layer.ts
var oci_layer = __webpack_require__(69547);
// EXTERNAL MODULE: ./src/formats/oci/layout.ts
var layout = __webpack_require__(10954);
// EXTERNAL MODULE: ./src/formats/oci/media.ts
var media = __webpack_require__(95310);
// EXTERNAL MODULE: ./src/formats/oci/reference.ts
var reference = __webpack_require__(25903);
// EXTERNAL MODULE: ./src/formats/oci/registry.ts
var registry = __webpack_require__(43779);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
// EXTERNAL MODULE: ./src/config/version.ts
var config_version = __webpack_require__(98794);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/formats/oci/push.ts
/**
 * Pushing an image layout to a registry: every blob (HEAD first; a base layer mounted from its
 * repository when the base lives on the same registry), every platform manifest by digest, then
 * the index by digest and under each tag. What the registry already has is not sent again, so a
 * re-run uploads nothing.
 */






/**
 * The tags of a release: `1.2.3`, `1.2`, `1`, `latest` for a stable release; the version alone for a
 * pre-release; the version and `nightly` (or the channel's name) for another channel. `+build`
 * becomes `_build` (a tag has no `+`).
 */
function releaseTags(version, channel = 'stable') {
    const v = (0,config_version/* stripV */.tQ)(version);
    const tag = v.replace(/\+/g, '_');
    const parts = (0,config_version/* parseVersion */.ot)(v);
    if (channel !== 'stable')
        return [tag, channel];
    if (!parts || parts.pre || parts.build)
        return [tag];
    const nums = parts.core.split('.');
    const tags = nums.map((_, i) => nums.slice(0, nums.length - i).join('.'));
    return [...tags, 'latest'];
}
/** Checks the repository and the tags; throws before any request. */
function checkPush(repository, tags, key) {
    (0,reference/* parseImageRef */.Q)(repository, key, false);
    if (!tags.length)
        throw new errors/* DistroError */.Yt(`${key}: no tag to push; give a version or tags.`, { key });
    for (const t of tags)
        (0,reference/* checkTag */.Bs)(t, `${key} (tag)`);
}
async function pushLayout(o) {
    checkPush(o.repository, o.tags, o.key);
    const ref = (0,reference/* parseImageRef */.Q)(o.repository, o.key, false);
    const top = (await o.layout.readIndex()).manifests[0];
    if (!top || top.mediaType !== media.MT.index)
        throw new errors/* DistroError */.Yt(`${o.layout.dir}: index.json names no image index; write the images with the oci format first.`);
    const index = await o.layout.readJson(top.digest);
    const manifests = await Promise.all(index.manifests.map((m) => o.layout.readJson(m.digest)));
    const mountFrom = [...new Set(manifests.map((m) => mountSource(m, ref.registry, ref.repository)))];
    const reg = new registry/* Registry */.OR(ref, {
        key: o.key,
        credentials: o.credentials,
        stats: o.stats,
        mountFrom: mountFrom.filter((f) => !!f),
    });
    for (const [i, m] of index.manifests.entries()) {
        const man = manifests[i];
        const from = mountSource(man, ref.registry, ref.repository);
        const blobs = [man.config, ...man.layers];
        await (0,concurrency/* mapLimit */.sf)(blobs, 4, async (b, j) => reg.pushBlob(b.digest, () => o.layout.blobSource(b.digest), j > 0 ? from : undefined));
        await reg.putManifest(m.digest, await o.layout.readBlob(m.digest), media.MT.manifest);
    }
    const indexBytes = await o.layout.readBlob(top.digest);
    await reg.putManifest(top.digest, indexBytes, media.MT.index);
    for (const t of o.tags)
        await reg.putManifest(t, indexBytes, media.MT.index);
    return { reference: (0,reference/* formatRef */.rq)({ ...ref, digest: top.digest }), digest: top.digest, tags: o.tags };
}
/** The repository a base image's layers can be mounted from: on the same registry, another repository. */
function mountSource(man, registry, repository) {
    const base = man.annotations?.['org.opencontainers.image.base.name'];
    if (!base)
        return undefined;
    try {
        const b = (0,reference/* parseImageRef */.Q)(base, 'base');
        return b.registry === registry && b.repository !== repository ? b.repository : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/formats/oci/unpack.ts
/**
 * Unpacking one platform's image of a layout into a directory (what `umoci unpack` gives as
 * rootfs/): its layers applied in order, with the OCI whiteouts (`.wh.<name>` deletes a path of
 * the layers below, `.wh..wh..opq` empties a directory). Paths never leave the directory: a name
 * with `..`, or a parent that is a symlink, is refused.
 */








/** The manifest of `platform` in the layout's (first) image index. */
async function manifestFor(layout, platform) {
    const top = (await layout.readIndex()).manifests[0];
    if (!top)
        throw new errors/* DistroError */.Yt(`${layout.dir}: the image layout has no image.`);
    const index = top.mediaType === media.MT.index ? await layout.readJson(top.digest) : { manifests: [top] };
    const d = index.manifests.find((m) => (0,media/* platformMatches */.J5)(m.platform, platform));
    if (!d)
        throw new errors/* DistroError */.Yt(`${layout.dir}: the image has no ${(0,media/* platformString */.Fd)(platform)} image.`);
    return layout.readJson(d.digest);
}
function inside(root, name) {
    const clean = external_node_path_default().posix.normalize(`/${name}`).slice(1);
    if (name.split('/').includes('..'))
        throw new errors/* DistroError */.Yt(`image layer entry '${name}' leaves the root file system.`);
    return external_node_path_default().join(root, clean);
}
/** Refuses a path whose parent directories (below root) include a symlink. */
async function checkParents(root, file) {
    let dir = external_node_path_default().dirname(file);
    while (dir.length > root.length) {
        const st = await (0,promises_.lstat)(dir).catch(() => undefined);
        if (st?.isSymbolicLink())
            throw new errors/* DistroError */.Yt(`image layer entry ${external_node_path_default().relative(root, file)} lies below a symlink.`);
        dir = external_node_path_default().dirname(dir);
    }
}
async function applyLayer(file, root) {
    const ex = tar_stream.extract();
    ex.on('entry', (h, stream, next) => {
        // a file's bytes are piped to it; any other entry's (a whiteout's, a device's) are dropped
        if (h.type !== 'file')
            stream.resume();
        entry(h, stream).then(() => {
            stream.resume(); // not piped (a whiteout): drained, or the extraction would wait for it
            next();
        }, (err) => next(err));
    });
    const entry = async (h, data) => {
        const dst = inside(root, h.name.replace(/\/+$/, ''));
        if (dst === root)
            return;
        await checkParents(root, dst);
        const base = external_node_path_default().basename(dst);
        if (base === '.wh..wh..opq') {
            for (const n of await (0,promises_.readdir)(external_node_path_default().dirname(dst)).catch(() => []))
                await (0,promises_.rm)(external_node_path_default().join(external_node_path_default().dirname(dst), n), { recursive: true, force: true });
            return;
        }
        if (base.startsWith('.wh.')) {
            await (0,promises_.rm)(external_node_path_default().join(external_node_path_default().dirname(dst), base.slice(4)), { recursive: true, force: true });
            return;
        }
        await (0,promises_.mkdir)(external_node_path_default().dirname(dst), { recursive: true });
        const prev = await (0,promises_.lstat)(dst).catch(() => undefined);
        if (prev && !(prev.isDirectory() && h.type === 'directory'))
            await (0,promises_.rm)(dst, { recursive: true, force: true });
        const mode = (h.mode ?? 0o644) & 0o7777;
        if (h.type === 'directory')
            await (0,promises_.mkdir)(dst, { recursive: true });
        else if (h.type === 'file')
            await (0,external_node_stream_promises_.pipeline)(data, (0,external_node_fs_.createWriteStream)(dst));
        else if (h.type === 'symlink')
            return (0,promises_.symlink)(h.linkname ?? '', dst);
        else if (h.type === 'link')
            return (0,promises_.link)(inside(root, h.linkname ?? ''), dst);
        else
            return; // devices and fifos are not made here
        await (0,promises_.chmod)(dst, mode);
        if (h.mtime)
            await (0,promises_.utimes)(dst, h.mtime, h.mtime);
    };
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), external_node_zlib_default().createGunzip(), ex);
}
/** Applies the layers of `platform`'s image, in order, to the (new or empty) directory `root`. */
async function unpackImage(layout, platform, root) {
    const man = await manifestFor(layout, platform);
    await (0,promises_.mkdir)(root, { recursive: true });
    for (const l of man.layers) {
        if (!l.mediaType.endsWith('tar+gzip') && !l.mediaType.endsWith('tar.gzip'))
            throw new errors/* DistroError */.Yt(`${layout.dir}: layer ${l.digest} is ${l.mediaType}; only gzip'd tar layers are unpacked.`);
        await applyLayer(layout.blobPath(l.digest), external_node_path_default().resolve(root));
    }
    return man;
}

// EXTERNAL MODULE: ./src/formats/oci/attach.ts
var attach = __webpack_require__(43545);
;// CONCATENATED MODULE: ./src/formats/oci/index.ts
/**
 * Format `oci`: multi-platform OCI images of the built binaries, written without a container
 * daemon (layers written directly, as ko and jib do), an image layout directory and its `.tar`;
 * a small registry client to pull bases and push (see registry.ts).
 */












/***/ }),

/***/ 22711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ junitXml),
/* harmony export */   UV: () => (/* binding */ firstLines),
/* harmony export */   jb: () => (/* binding */ summaryTable)
/* harmony export */ });
/* unused harmony export FIRST_LINES */
/**
 * The smoke test report: every check's result, as JUnit XML (one testsuite per target, one
 * testcase per check, for test-report actions) and as a target × check table for the step summary.
 */
/** Lines of output quoted in a failure message and the summary. */
const FIRST_LINES = 10;
/** The first `n` non-empty lines of `text`. */
function firstLines(text, n = FIRST_LINES) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    return lines.slice(0, n).join('\n') + (lines.length > n ? `\n… (${lines.length - n} more lines)` : '');
}
function xml(s) {
    // XML 1.0 has no place for most control characters; escape the markup ones.
    return (s
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'));
}
const seconds = (ms) => (ms / 1000).toFixed(3);
/** JUnit XML for `results`, one testsuite per target (in first-seen order). */
function junitXml(results, name = 'qemu-smoke-test') {
    const targets = [...new Set(results.map((r) => r.target))];
    const total = (rs) => seconds(rs.reduce((a, r) => a + r.ms, 0));
    const fails = (rs) => rs.filter((r) => r.status === 'failed').length;
    const out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${xml(name)}" tests="${results.length}" failures="${fails(results)}" errors="0" time="${total(results)}">`,
    ];
    for (const t of targets) {
        const rs = results.filter((r) => r.target === t);
        out.push(`  <testsuite name="${xml(t)}" tests="${rs.length}" failures="${fails(rs)}" errors="0" skipped="0" time="${total(rs)}">`);
        for (const r of rs) {
            const label = r.command ? `${r.check}: ${r.command}` : r.check;
            out.push(`    <testcase classname="${xml(`${t}.${r.subject}`)}" name="${xml(label)}" time="${seconds(r.ms)}"${r.log ? ` file="${xml(r.log)}"` : ''}>`);
            if (r.status === 'failed') {
                const body = r.output ? `${r.message ?? ''}\n${r.output}` : (r.message ?? '');
                out.push(`      <failure message="${xml(r.message ?? 'failed')}" type="smoke">${xml(body)}</failure>`);
            }
            if (r.stdout)
                out.push(`      <system-out>${xml(r.stdout)}</system-out>`);
            if (r.stderr)
                out.push(`      <system-err>${xml(r.stderr)}</system-err>`);
            out.push('    </testcase>');
        }
        out.push('  </testsuite>');
    }
    out.push('</testsuites>', '');
    return out.join('\n');
}
/** A summary table cell (the step summary's tables are HTML): escaped, line breaks kept. */
function cell(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}
/**
 * The step-summary table: target, artifact, check, result, time, and for a failure its message and
 * first lines of output. Rows of HTML cells (header first), for writeSummary.
 */
function summaryTable(results) {
    return [
        ['target', 'artifact', 'check', 'result', 'time', 'details'],
        ...results.map((r) => [
            cell(r.target),
            cell(r.subject),
            r.command ? `${cell(r.check)}: <code>${cell(r.command)}</code>` : cell(r.check),
            r.status === 'passed' ? '✅ passed' : '❌ failed',
            `${(r.ms / 1000).toFixed(2)} s`,
            r.status === 'failed'
                ? cell([r.message ?? '', r.output ? firstLines(r.output, 5) : ''].filter(Boolean).join('\n'))
                : '',
        ]),
    ];
}


/***/ }),

/***/ 36105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SmokeFailedError: () => (/* binding */ SmokeFailedError),
  smokeStage: () => (/* binding */ smokeStage)
});

// EXTERNAL MODULE: ./src/config/index.ts + 3 modules
var config = __webpack_require__(41687);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/atomic.ts
var atomic = __webpack_require__(84410);
// EXTERNAL MODULE: ./src/build/index.ts + 5 modules
var build = __webpack_require__(81311);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/manifest/index.ts
var manifest = __webpack_require__(34625);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/runner/inputs.ts
var inputs = __webpack_require__(39205);
// EXTERNAL MODULE: ./src/smoke/report.ts
var smoke_report = __webpack_require__(22711);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
;// CONCATENATED MODULE: ./src/smoke/exec.ts
/**
 * Running one smoke command: argv only (no shell), in its own process group so a timeout kills
 * everything it started (qemu, chroot, maintainer scripts), stdout and stderr streamed to a log
 * file (written beside and renamed in when the run ends) with only a bounded head kept in memory.
 */




/** Bytes of stdout and of stderr kept in memory for `expect`, the report and the failure message. */
const KEEP_BYTES = 1024 * 1024;
/** A check's log file: written as `<file>.tmp` while the check runs, renamed in by `close()`. */
class CheckLog {
    file;
    stream;
    constructor(file) {
        this.file = file;
        this.stream = (0,external_node_fs_.createWriteStream)(`${file}.tmp`);
    }
    write(text) {
        this.stream.write(text);
    }
    async close() {
        await new Promise((resolve, reject) => this.stream.end((e) => (e ? reject(e) : resolve())));
        await (0,promises_.rename)(`${this.file}.tmp`, this.file);
    }
}
class Head {
    text = '';
    truncated = false;
    add(s) {
        if (this.text.length >= KEEP_BYTES) {
            this.truncated = true;
            return;
        }
        this.text += s.slice(0, KEEP_BYTES - this.text.length);
        if (s.length > KEEP_BYTES)
            this.truncated = true;
    }
}
/** How a run ended, in words: `exit 0`, `exit 3`, `killed by SIGSEGV`, `timed out after 5 s`. */
function describeEnd(r, timeoutMs) {
    if (r.timedOut)
        return `timed out after ${Math.round(timeoutMs / 1000)} s`;
    if (r.spawnError)
        return `could not be started: ${r.spawnError}`;
    if (r.signal)
        return `killed by ${r.signal}`;
    return `exit ${r.code}`;
}
/**
 * Runs `argv` with a timeout. Never throws for the command's own failure: the outcome says how it
 * ended. The log gets a `$ command` line, the interleaved output and a closing `# exit …` line.
 */
async function runCommand(argv, o) {
    const command = (0,exec/* formatCommand */.fE)(argv);
    const t0 = performance.now();
    const log = o.log;
    log?.write(`$ ${command}\n`);
    const out = new Head();
    const err = new Head();
    const outcome = await new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), {
            cwd: o.cwd,
            env: (0,exec/* cleanEnv */.JO)(o.env),
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true, // its own process group: the timeout kills qemu's children too
        });
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        }, o.timeoutMs);
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (d) => {
            out.add(d);
            log?.write(d);
        });
        child.stderr.on('data', (d) => {
            err.add(d);
            log?.write(d);
        });
        child.on('error', (e) => {
            clearTimeout(timer);
            resolve({ timedOut: false, spawnError: `${argv[0]}: ${e.code ?? e.message}` });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            // A grandchild (a daemon a postinst started) may still hold the group: end it too.
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // the group is gone already
            }
            resolve({ code: code ?? undefined, signal: signal ?? undefined, timedOut });
        });
    });
    const ms = Math.round(performance.now() - t0);
    const r = {
        command,
        ...outcome,
        stdout: out.text,
        stderr: err.text,
        truncated: out.truncated || err.truncated,
        ms,
    };
    log?.write(`\n# ${describeEnd(r, o.timeoutMs)} (${(ms / 1000).toFixed(2)} s)\n\n`);
    return r;
}

;// CONCATENATED MODULE: ./src/smoke/checks.ts
/**
 * What the binary and package checks share: the context of one target's run, how a command's
 * outcome is judged (exit code, timeout, `expect`), recording a result, and the file-system
 * snapshots that show what a removed package left behind.
 */





/** A fresh context (no results yet) for one target's checks. */
function smokeContext(o) {
    const { target, env, log, timeoutMs, installTimeoutMs, expect } = o;
    return { target, env, log, timeoutMs, installTimeoutMs, expect, results: [] };
}
/**
 * `expect` from the config or input: `/regex/flags` is a regular expression, anything else is
 * literal text the output must contain (so `hello 1.2.3+dev` needs no escaping).
 */
function parseExpect(value, key) {
    if (value === undefined || value === '')
        return undefined;
    const m = /^\/(.*)\/([dgimsuvy]*)$/s.exec(value);
    if (!m)
        return new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    try {
        return new RegExp(m[1], m[2].replace(/[gy]/g, ''));
    }
    catch (e) {
        throw new errors/* DistroError */.Yt(`${key}: '${value}' is not a valid regular expression (${e.message}).`, {
            key,
        });
    }
}
/** Why a finished command failed its check, or undefined when it passed. */
function judge(r, timeoutMs, expect) {
    if (r.timedOut)
        return `timed out after ${Math.round(timeoutMs / 1000)} s (the process group was killed)`;
    if (r.spawnError || r.signal || r.code !== 0)
        return describeEnd(r, timeoutMs);
    if (expect && !expect.test(`${r.stdout}\n${r.stderr}`))
        return `output does not match expect ${String(expect)}`;
    return undefined;
}
/** Appends a check result built from a command outcome (`failure` undefined: passed). */
function recordRun(ctx, base, r, failure, showCommand = true) {
    const res = {
        target: ctx.target.triple,
        subject: base.subject,
        check: base.check,
        status: failure ? 'failed' : 'passed',
        ms: r.ms,
        ...(showCommand ? { command: r.command } : {}),
        ...(failure ? { message: failure, output: (0,smoke_report/* firstLines */.UV)(`${r.stdout}\n${r.stderr}`) || '(no output)' } : {}),
        stdout: r.stdout,
        stderr: r.stderr,
        log: base.logRel,
    };
    ctx.results.push(res);
    ctx.log.info(`${res.status === 'passed' ? '✓' : '✗'} ${base.subject}: ${base.check}` +
        (failure ? ` — ${failure}` : ''));
    if (failure)
        base.log.write(`# check '${base.check}' failed: ${failure}\n\n`);
    return res;
}
/** Appends a check result that is a finding of ours, not a command's (leftover files, status). */
function recordFinding(ctx, base, ms, failure, details) {
    const res = {
        target: ctx.target.triple,
        subject: base.subject,
        check: base.check,
        status: failure ? 'failed' : 'passed',
        ms,
        ...(failure ? { message: failure, ...(details ? { output: details } : {}) } : {}),
        log: base.logRel,
    };
    ctx.results.push(res);
    ctx.log.info(`${res.status === 'passed' ? '✓' : '✗'} ${base.subject}: ${base.check}` +
        (failure ? ` — ${failure}` : ''));
    base.log.write(`# check '${base.check}' ${failure ? `failed: ${failure}\n${details ?? ''}` : 'passed'}\n\n`);
    return res;
}
/**
 * Directories whose contents package managers and the system change on their own (databases,
 * logs, caches, temporary files): not counted as left behind by a package.
 */
const CHURN = [
    '/proc',
    '/sys',
    '/dev',
    '/run',
    '/tmp',
    '/var/tmp',
    '/var/lib/dpkg',
    '/var/lib/apt',
    '/var/cache',
    '/var/log',
    '/var/lib/rpm',
    '/var/lib/pacman',
    '/etc/ld.so.cache',
    '/etc/resolv.conf',
];
function churn(p) {
    return CHURN.some((c) => p === c || p.startsWith(`${c}/`));
}
/** Every path in the root (as `/usr/bin/x`), outside the churn directories. */
async function snapshot(rootDir) {
    const out = new Set();
    const walk = async (rel) => {
        const entries = await (0,promises_.readdir)(external_node_path_default().join(rootDir, rel), { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const p = `${rel}/${e.name}`;
            if (churn(p))
                continue;
            out.add(p);
            if (e.isDirectory())
                await walk(p);
        }
    };
    await walk('');
    return out;
}
/** Paths in `after` that were not in `before`, sorted. */
function added(before, after) {
    return [...after].filter((p) => !before.has(p)).sort();
}
/**
 * `p` with the symlinks of its parent directories resolved inside the root, as the root's own
 * programs see it: with merged /usr, a package's `/lib/systemd/system` is `/usr/lib/systemd/system`.
 */
async function resolveIn(rootDir, p) {
    const parts = p.split('/').filter(Boolean);
    const done = [];
    for (let hops = 0; parts.length > 1 && hops < 40;) {
        const next = parts.shift();
        const target = await (0,promises_.readlink)(external_node_path_default().join(rootDir, ...done, next)).catch(() => undefined);
        if (target === undefined) {
            done.push(next);
            continue;
        }
        hops++;
        if (target.startsWith('/'))
            done.length = 0;
        parts.unshift(...target.split('/').filter(Boolean));
        // Normalise `..` and `.` as the kernel would, never above the root.
        while (parts.length > 1 && (parts[0] === '..' || parts[0] === '.')) {
            if (parts.shift() === '..')
                done.pop();
        }
    }
    return `/${[...done, ...parts].join('/')}`;
}
/** Whether `p` exists in the root (parents resolved inside it, the last part not followed). */
async function existsIn(rootDir, p) {
    return (0,promises_.lstat)(external_node_path_default().join(rootDir, await resolveIn(rootDir, p))).then(() => true, () => false);
}
/**
 * The files of a package still in the root after it was removed: those of `listed` that exist,
 * except paths that were there before it was installed, and `keep` (conffiles after remove) and
 * the directories that hold them.
 */
async function leftovers(rootDir, listed, before, keep = []) {
    const out = [];
    for (const p of listed) {
        if (keep.includes(p) || keep.some((k) => k.startsWith(`${p}/`)))
            continue;
        if (before.has(p) || before.has(await resolveIn(rootDir, p)))
            continue;
        if (await existsIn(rootDir, p))
            out.push(p);
    }
    return out.sort();
}
/** `n` paths for a message, with a count of the rest. */
function listSome(paths, n = 10) {
    return paths.slice(0, n).join('\n') + (paths.length > n ? `\n… and ${paths.length - n} more` : '');
}

// EXTERNAL MODULE: ./src/formats/oci/index.ts + 2 modules
var oci = __webpack_require__(38936);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/smoke/rootfs.ts
/**
 * Debian root filesystems of a target's architecture, for installing packages under emulation.
 *
 * A root is made once by mmdebstrap (minbase: dpkg, apt and a shell, nothing else) as a
 * `.tar.zst`, kept in a local directory and, on GitHub, in the Actions cache under a key of
 * (suite, architecture, variant, extra packages, mirror); each package check then unpacks a fresh
 * copy, so one package's leftovers never affect the next. The suite follows the architecture:
 * bookworm has amd64, arm64, armhf, i386, ppc64el and s390x; riscv64 is official from trixie.
 */







/** Debian architectures each suite has (official ports). */
const SUITE_ARCHES = {
    bookworm: ['amd64', 'arm64', 'armel', 'armhf', 'i386', 'mips64el', 'mipsel', 'ppc64el', 's390x'],
    trixie: ['amd64', 'arm64', 'armel', 'armhf', 'i386', 'ppc64el', 'riscv64', 's390x'],
};
const DEFAULT_MIRROR = 'http://deb.debian.org/debian';
/** The root filesystem a target's packages are tried in: `suite` given, else bookworm (trixie for riscv64). */
function rootfsSpec(t, o = {}) {
    if (!t.debian || t.os !== 'linux') {
        throw new errors/* DistroError */.Yt(`input 'target': ${t.triple} has no Debian architecture to install packages into.`, {
            key: 'input: target',
        });
    }
    const suite = o.suite || (SUITE_ARCHES.bookworm.includes(t.debian) ? 'bookworm' : 'trixie');
    const known = SUITE_ARCHES[suite];
    if (known && !known.includes(t.debian)) {
        const other = Object.keys(SUITE_ARCHES).filter((s) => SUITE_ARCHES[s].includes(t.debian));
        throw new errors/* DistroError */.Yt(`smoke.suite: Debian ${suite} has no ${t.debian} port (for ${t.triple}); use ${other.join(' or ')}.`, { key: 'smoke.suite' });
    }
    return {
        suite,
        arch: t.debian,
        variant: 'minbase',
        packages: [...new Set(o.packages ?? [])].sort(),
        mirror: o.mirror || DEFAULT_MIRROR,
    };
}
/** The cache key of a root filesystem: readable parts, and a hash of the package list and mirror. */
function rootfsKey(s) {
    const h = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([s.packages, s.mirror]))
        .digest('hex')
        .slice(0, 16);
    return `distro-rootfs-v1-${s.suite}-${s.arch}-${s.variant}-${h}`;
}
function failure(what, r, timeoutMs) {
    const tail = `${r.stdout}${r.stderr}`.trim().split('\n').slice(-15).join('\n');
    return new errors/* DistroError */.Yt(`${what}: \`${r.command}\` ${describeEnd(r, timeoutMs)}:\n${tail}`, {
        key: 'smoke.suite',
    });
}
/**
 * The tarball of `spec`'s root filesystem: from the store's directory, else the cache, else made
 * with mmdebstrap (written beside and renamed in, then saved to the cache). `prepare` runs only
 * before mmdebstrap (it installs what making a root needs).
 */
async function ensureRootfs(spec, store, o) {
    const t0 = performance.now();
    const key = rootfsKey(spec);
    const file = external_node_path_default().join(store.dir, `${key}.tar.zst`);
    const ms = () => Math.round(performance.now() - t0);
    if ((0,external_node_fs_.existsSync)(file))
        return { file, source: 'local', ms: ms() };
    await (0,promises_.mkdir)(store.dir, { recursive: true });
    if (await store.cache.restore([file], key, []).catch(() => undefined)) {
        if ((0,external_node_fs_.existsSync)(file))
            return { file, source: 'cache', ms: ms() };
    }
    await o.prepare?.();
    const tmp = (0,atomic/* tempPath */.EZ)(file, '.tar.zst'); // a cancelled job's half tarball is removed on the signal
    const argv = [
        'mmdebstrap',
        '--quiet',
        `--variant=${spec.variant}`,
        `--architectures=${spec.arch}`,
        ...(spec.packages.length ? [`--include=${spec.packages.join(',')}`] : []),
        spec.suite,
        tmp,
        spec.mirror,
    ];
    const timeoutMs = 30 * 60_000;
    await o.log.group(`Making the ${spec.suite} ${spec.arch} root filesystem (mmdebstrap)`, async () => {
        const r = await runCommand(o.asRoot(argv), { env: o.env, timeoutMs });
        if (r.spawnError || r.code !== 0) {
            await (0,promises_.rm)(tmp, { force: true });
            if (r.spawnError?.includes('ENOENT'))
                throw new errors/* DistroError */.Yt('mmdebstrap is not installed: install it with `apt-get install mmdebstrap` (it makes the root filesystems packages are installed into).', { key: 'input: install' });
            throw failure(`making the ${spec.suite} ${spec.arch} root filesystem failed`, r, timeoutMs);
        }
    });
    await (0,promises_.rename)(tmp, file);
    await store.cache
        .save([file], key)
        .catch((e) => o.log.warn(`could not cache ${key}: ${String(e)}`));
    return { file, source: 'built', ms: ms() };
}
const ROOT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** An unpacked root filesystem: commands run inside it through chroot, with a clean environment. */
class Root {
    dir;
    top;
    mounted;
    o;
    constructor(
    /** The root directory. */
    dir, 
    /** The directory holding it (and the overlay's layers), removed by `remove()`. */
    top, mounted, o) {
        this.dir = dir;
        this.top = top;
        this.mounted = mounted;
        this.o = o;
    }
    /** argv run as root on the host with a clean environment (`env -i`). */
    hostArgv(argv, extraEnv = []) {
        return this.o.asRoot(['env', '-i', ROOT_PATH, 'LC_ALL=C', 'HOME=/root', ...extraEnv, ...argv]);
    }
    /** Runs argv inside the root (`chroot <dir> …`). */
    run(argv, timeoutMs, log) {
        return runCommand(this.hostArgv(['chroot', this.dir, ...argv], [
            'DEBIAN_FRONTEND=noninteractive',
            'TERM=dumb',
            ...Object.entries(this.o.guestEnv ?? {}).map(([k, v]) => `${k}=${v}`),
        ]), { env: this.o.env, timeoutMs, log });
    }
    /** Runs a host tool (rpm --root, pacman --root) as root. */
    runHost(argv, timeoutMs, log) {
        return runCommand(this.hostArgv(argv), { env: this.o.env, timeoutMs, log });
    }
    /** Copies a host file into the root (as root: the root's directories are root's). */
    async copyIn(file, inRoot, mode = '0644') {
        const r = await runCommand(this.o.asRoot(['install', '-D', '-m', mode, file, external_node_path_default().join(this.dir, inRoot)]), { env: this.o.env, timeoutMs: 60_000 });
        if (r.code !== 0)
            throw failure(`copying ${file} into ${this.dir}`, r, 60_000);
    }
    /** Unmounts and deletes the root. */
    async remove() {
        const env = this.o.env;
        if (this.mounted)
            await runCommand(this.o.asRoot(['umount', this.dir]), { env, timeoutMs: 60_000 });
        await runCommand(this.o.asRoot(['rm', '-rf', '--one-file-system', this.top]), {
            env,
            timeoutMs: 300_000,
        });
    }
}
/**
 * The unpacked copy of a root filesystem tarball (`<tarball without .tar.zst>/`), unpacked once
 * (beside, then renamed in) and never changed: each check gets an overlay on top of it.
 */
async function unpackRootfs(tarball, o) {
    const dir = tarball.replace(/\.tar\.zst$/, '');
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'etc')))
        return dir;
    const tmp = (0,atomic/* tempPath */.EZ)(dir);
    const timeoutMs = 600_000;
    await runCommand(o.asRoot(['rm', '-rf', '--one-file-system', tmp]), { env: o.env, timeoutMs });
    await (0,promises_.mkdir)(tmp, { recursive: true });
    const r = await runCommand(o.asRoot(['tar', '--zstd', '-xf', tarball, '-C', tmp, '--numeric-owner', '--same-permissions']), { env: o.env, timeoutMs });
    if (r.code !== 0) {
        await runCommand(o.asRoot(['rm', '-rf', '--one-file-system', tmp]), { env: o.env, timeoutMs });
        throw failure(`unpacking ${tarball}`, r, timeoutMs);
    }
    await (0,promises_.rename)(tmp, dir).catch(async (e) => {
        // Unpacked by another run meanwhile: keep theirs.
        if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'etc')))
            throw e;
        await runCommand(o.asRoot(['rm', '-rf', '--one-file-system', tmp]), { env: o.env, timeoutMs });
    });
    return dir;
}
/**
 * A fresh root for one check: an overlay mount whose lower layer is the unpacked root `base`
 * (milliseconds, whatever the root's size), or a copy of it where overlays cannot be mounted.
 * A binfmt handler that is not fixed (no flag F) is looked up inside the root, so its
 * interpreter is copied in.
 */
async function freshRoot(base, parent, o) {
    await (0,promises_.mkdir)(parent, { recursive: true });
    const top = await (0,promises_.mkdtemp)(external_node_path_default().join(parent, 'root-'));
    const dir = external_node_path_default().join(top, 'merged');
    for (const d of ['upper', 'work', 'merged'])
        await (0,promises_.mkdir)(external_node_path_default().join(top, d));
    const opts = `lowerdir=${base},upperdir=${external_node_path_default().join(top, 'upper')},workdir=${external_node_path_default().join(top, 'work')}`;
    const m = await runCommand(o.asRoot(['mount', '-t', 'overlay', 'overlay', '-o', opts, dir]), {
        env: o.env,
        timeoutMs: 60_000,
    });
    const root = new Root(dir, top, m.code === 0, o);
    if (m.code !== 0) {
        o.log.debug(`overlay mount failed (${m.stderr.trim()}); copying the root instead`);
        const c = await runCommand(o.asRoot(['cp', '-a', `${base}/.`, dir]), { env: o.env, timeoutMs: 600_000 });
        if (c.code !== 0) {
            await root.remove();
            throw failure(`copying the root filesystem ${base}`, c, 600_000);
        }
    }
    const interp = o.binfmt && !o.binfmt.fixed ? o.binfmt.interpreter : '';
    if (interp)
        await root.copyIn((0,external_node_fs_.realpathSync)(interp), interp, '0755');
    return root;
}

// EXTERNAL MODULE: ./src/targets/index.ts
var src_targets = __webpack_require__(77594);
;// CONCATENATED MODULE: ./src/smoke/binary.ts
/** Running a target's built binaries: natively, or under qemu user-mode with the target's sysroot. */





/**
 * The argv for `bin`: the configured command when its first word is this binary's name (that
 * word becomes the binary's path), else `<binary> --version`.
 */
function binaryArgv(bin, command) {
    if (command && command[0] === bin.name)
        return [bin.file, ...command.slice(1)];
    return [bin.file, '--version'];
}
async function head(file, n = 64 * 1024) {
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const buf = Buffer.alloc(n);
        const { bytesRead } = await fh.read(buf, 0, n, 0);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await fh.close();
    }
}
/**
 * Runs one binary: checks it is a binary for the target, then runs `argv` behind `emulator`
 * (`[]` natively, `[qemu-aarch64, -L, sysroot]` otherwise) and judges exit code and `expect`.
 */
async function checkBinaryRun(ctx, bin, argv, emulator, log) {
    const cl = new CheckLog(log.file);
    const base = { subject: bin.rel, check: 'run', log: cl, logRel: log.rel };
    try {
        const wrong = (0,src_targets/* checkBinary */.WD)(await head(bin.file), ctx.target);
        if (wrong) {
            recordFinding(ctx, base, 0, `${bin.rel} is ${wrong}; it was not built for this target`);
            return;
        }
        const r = await runCommand([...emulator, ...argv], { env: ctx.env, timeoutMs: ctx.timeoutMs, log: cl });
        // The report shows the command as the user wrote it, not the absolute path qemu was given.
        r.command = (0,exec/* formatCommand */.fE)([bin.name, ...argv.slice(1)]);
        recordRun(ctx, base, r, judge(r, ctx.timeoutMs, ctx.expect));
    }
    finally {
        await cl.close();
    }
}

// EXTERNAL MODULE: ./src/targets/native.ts
var targets_native = __webpack_require__(79515);
;// CONCATENATED MODULE: ./src/smoke/host.ts
/**
 * What the machine must provide to run a target's code: the qemu user-mode emulator for its
 * binaries, root (directly or through `sudo -n`) for root filesystems, and a binfmt_misc handler so
 * the kernel runs the foreign programs inside a chroot (dpkg's maintainer scripts, the smoke command).
 */







const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
/**
 * The qemu user-mode emulator for `t` (`qemu-aarch64`, else `qemu-aarch64-static`) on `env.PATH`.
 * Throws a DistroError naming the Debian packages that provide it.
 */
function qemuFor(t, env) {
    if (!t.qemu) {
        throw new errors/* DistroError */.Yt(`input 'target': ${t.triple} has no qemu user-mode emulator; qemu-smoke-test runs Linux targets only.`, { key: 'input: target' });
    }
    const found = (0,exec/* which */.K7)(t.qemu, env) ?? (0,exec/* which */.K7)(`${t.qemu}-static`, env);
    if (!found) {
        throw new errors/* DistroError */.Yt(`${t.qemu} is not installed (not found on PATH=${env.PATH ?? ''}), so ${t.triple} binaries cannot run here: ` +
            `install it with \`apt-get install qemu-user\` (or qemu-user-static, which provides ${t.qemu}-static), ` +
            'or run the setup-cross-toolchain action for this target first.', { key: 'input: target' });
    }
    return found;
}
/** The glibc sysroot of Debian's cross packages (`/usr/aarch64-linux-gnu`) when it is installed. */
function crossSysroot(t) {
    if (t.abi.startsWith('musl'))
        return undefined;
    const dir = `/usr/${t.gnu}`;
    return (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'lib')) ? dir : undefined;
}
/** `asRoot` for this process: identity as root, a `sudo -n` prefix otherwise, a clear error without sudo. */
function rootRunner(uid, env) {
    if (uid === 0)
        return (argv) => argv;
    if (!(0,exec/* which */.K7)('sudo', env)) {
        throw new errors/* DistroError */.Yt(`installing packages into a root filesystem needs root, but this runs as user ${uid ?? '?'} without sudo on PATH. ` +
            'Run the job as root (a container), give this user passwordless sudo, or set `install: false` to run the binaries only.', { key: 'input: install' });
    }
    return (argv) => ['sudo', '-n', ...argv];
}
function parseBinfmtEntry(text) {
    const get = (k) => new RegExp(`^${k}\\s+(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
    return {
        enabled: /^enabled$/m.test(text),
        interpreter: get('interpreter'),
        fixed: get('flags:').includes('F'),
    };
}
async function readEntry(name) {
    const text = await (0,promises_.readFile)(external_node_path_default().join(BINFMT_DIR, name), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : parseBinfmtEntry(text);
}
/**
 * binfmt_misc magic and mask of the CPUs whose handler qemu-user-static leaves out on some hosts:
 * Debian's package registers no qemu-i386 handler on amd64, assuming the kernel runs i386 itself,
 * which kernels without IA32 emulation do not. Values from qemu's scripts/qemu-binfmt-conf.sh.
 */
const EXTRA_HANDLERS = {
    i686: {
        magic: '\\x7fELF\\x01\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x03\\x00',
        mask: '\\xff\\xff\\xff\\xff\\xff\\xfe\\xfe\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff',
    },
};
/** Registers qemu-user-static's interpreter for `t` with update-binfmts (fixed: it works in a chroot). */
async function installHandler(t, env, run) {
    const spec = EXTRA_HANDLERS[t.cpu];
    const interpreter = (0,exec/* which */.K7)(`${t.qemu}-static`, env);
    if (!spec || !interpreter)
        return;
    await run([
        'update-binfmts',
        '--package',
        'distro-actions',
        '--install',
        t.qemu,
        interpreter,
        '--magic',
        spec.magic,
        '--mask',
        spec.mask,
        '--credentials',
        'yes',
        '--fix-binary',
        'yes',
    ], `update-binfmts --install ${t.qemu} failed`);
}
/**
 * Makes sure the kernel runs `t`'s programs (for a chroot into its root filesystem): nothing for
 * native targets; else mounts binfmt_misc when it is not (as root) and enables qemu-user-static's
 * handler with `update-binfmts --enable`. Returns the handler, or undefined for native targets.
 */
async function ensureBinfmt(t, o) {
    if ((0,targets_native/* runsNatively */.PU)(t))
        return undefined;
    const name = t.qemu;
    const run = async (argv, why) => {
        const r = await runCommand(o.asRoot(argv), { env: o.env, timeoutMs: 60_000 });
        if (r.code !== 0)
            o.log.warn(`${why}: \`${r.command}\` ${describeEnd(r, 60_000)}: ${(r.stderr || r.stdout).trim()}`);
    };
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(BINFMT_DIR, 'register'))) {
        o.log.info(`binfmt_misc is not mounted; mounting it on ${BINFMT_DIR}`);
        await run(['mount', '-t', 'binfmt_misc', 'binfmt_misc', BINFMT_DIR], 'mounting binfmt_misc failed');
    }
    let entry = await readEntry(name);
    if (!entry?.enabled && (0,exec/* which */.K7)('update-binfmts', o.env)) {
        o.log.info(`registering the ${name} binfmt_misc handler (update-binfmts --enable ${name})`);
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join('/usr/share/binfmts', name)) || (0,external_node_fs_.existsSync)(external_node_path_default().join('/var/lib/binfmts', name)))
            await run(['update-binfmts', '--enable', name], 'update-binfmts failed');
        else
            await installHandler(t, o.env, run);
        entry = await readEntry(name);
    }
    if (!entry?.enabled) {
        const mounted = (0,external_node_fs_.existsSync)(external_node_path_default().join(BINFMT_DIR, 'register'));
        throw new errors/* DistroError */.Yt(`the kernel cannot run ${t.triple} programs in a root filesystem: ` +
            (mounted
                ? `binfmt_misc has no enabled ${name} handler. Install qemu-user-static and binfmt-support (\`apt-get install qemu-user-static binfmt-support\`), or on GitHub run docker/setup-qemu-action before this step.`
                : `binfmt_misc is not mounted on ${BINFMT_DIR} and could not be mounted (\`mount -t binfmt_misc binfmt_misc ${BINFMT_DIR}\` needs root). Mount it, or set \`install: false\` to run the binaries only.`), { key: 'input: install' });
    }
    return entry;
}

;// CONCATENATED MODULE: ./src/smoke/image.ts
/**
 * Smoke-testing a target's OCI image (format `oci`): its platform's layers unpacked into a temporary
 * root with our own unpacker (src/formats/oci/unpack.ts, what `umoci unpack` gives), then the
 * image's entrypoint run in it — under `qemu-<arch> -L <root>` for a foreign target (no root and no
 * binfmt handler needed; a scratch image has no shell), in a chroot for a native one.
 */








const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/**
 * The argv to run in the image: with a smoke command whose first word names the entrypoint
 * (`hello --version` for `/usr/local/bin/hello`), the entrypoint and the command's arguments; with
 * another command, that command; without one, the entrypoint and `--version`, as for binaries.
 */
function imageArgv(config, command) {
    const entry = config.config?.Entrypoint ?? [];
    if (!command)
        return entry.length ? [...entry, '--version'] : [];
    if (entry.length && (command[0] === entry[0] || command[0] === external_node_path_default().posix.basename(entry[0])))
        return [...entry, ...command.slice(1)];
    return command;
}
/** `program` found in the root (absolute, or on the image's PATH), symlinks resolved inside it. */
async function findIn(root, program, env) {
    const search = program.includes('/')
        ? [external_node_path_default().posix.resolve('/', program)]
        : (env.find((e) => e.startsWith('PATH='))?.slice(5) ?? DEFAULT_PATH)
            .split(':')
            .filter((d) => d.startsWith('/'))
            .map((d) => external_node_path_default().posix.join(d, program));
    for (let p of search) {
        for (let hops = 0; hops < 40; hops++) {
            p = await resolveIn(root, p);
            const st = await (0,promises_.lstat)(external_node_path_default().join(root, p)).catch(() => undefined);
            if (!st)
                break;
            if (!st.isSymbolicLink())
                return st.isFile() ? p : undefined;
            const to = await (0,promises_.readlink)(external_node_path_default().join(root, p));
            p = external_node_path_default().posix.resolve(external_node_path_default().posix.dirname(p), to);
        }
    }
    return undefined;
}
/** The command that runs `argv` (its program at `exe` inside `root`) with the image's environment. */
function runArgv(root, exe, argv, env, o, ctx) {
    if (o.qemu) {
        const vars = env.flatMap((e) => ['-E', e]);
        return [
            o.qemu,
            ...(0,targets_native/* qemuEnvArgs */.nT)(ctx.target),
            ...vars,
            '-L',
            root,
            '-0',
            argv[0],
            external_node_path_default().join(root, exe),
            ...argv.slice(1),
        ];
    }
    return o.asRoot()(['env', '-i', ...env, 'chroot', root, exe, ...argv.slice(1)]);
}
/**
 * Unpacks the target's image into a temporary root, runs the smoke command in it and records the
 * `image` check; the root is removed afterwards. A layout without this platform is the caller's
 * error (checked before any work starts); anything else wrong here fails the check.
 */
async function checkImage(ctx, image, o) {
    // no root for a native target's chroot is the machine's problem (a DistroError), not the image's
    if (!o.qemu)
        o.asRoot();
    const cl = new CheckLog(o.log.file);
    const base = { subject: image.rel, check: 'image', log: cl, logRel: o.log.rel };
    const root = await (0,atomic/* makeTempDir */.mk)(o.workDir, 'image');
    try {
        const t0 = performance.now();
        const man = await (0,oci/* unpackImage */.m6)(image.layout, (0,oci/* parsePlatform */.FL)(ctx.target.docker), root);
        const config = await image.layout.readJson(man.config.digest);
        cl.write(`# unpacked ${ctx.target.docker} image ${man.config.digest} (${man.layers.length} layer(s)) in ${Math.round(performance.now() - t0)} ms\n`);
        const argv = imageArgv(config, o.command);
        const env = config.config?.Env ?? [];
        const exe = argv.length ? await findIn(root, argv[0], env) : undefined;
        if (!exe) {
            const what = argv.length
                ? `'${argv[0]}' is not a file in the image`
                : 'the image has no entrypoint and no smoke command is set';
            recordFinding(ctx, base, 0, `${what} (give smoke.command, or oci.entrypoint)`);
            return;
        }
        const r = await runCommand(runArgv(root, exe, argv, env, o, ctx), {
            env: ctx.env,
            timeoutMs: ctx.timeoutMs,
            log: cl,
        });
        r.command = (0,exec/* formatCommand */.fE)(argv); // as run in the image, not the temporary root's path
        recordRun(ctx, base, r, judge(r, ctx.timeoutMs, ctx.expect));
    }
    catch (err) {
        recordFinding(ctx, base, 0, `the image could not be unpacked or read: ${err.message}`);
    }
    finally {
        await (0,promises_.rm)(root, { recursive: true, force: true });
        await cl.close();
    }
}

;// CONCATENATED MODULE: ./src/smoke/managers.ts
/**
 * The package managers a package is tried with, behind one interface: dpkg/apt inside the Debian
 * root (chroot), and the host's rpm and pacman with `--root` (their scriptlets run chrooted in it).
 *
 * rpm and pacman packages go into the same Debian root of the target's architecture, with their
 * dependency checks off (`--nodeps`): that root has the C library, a shell and coreutils a
 * package's binaries and scriptlets need, while a Fedora or Arch root per architecture would mean
 * fetching a distribution's repository metadata (tens of MB) on every cold run. What is checked is
 * what the package itself does: its payload lands, its scriptlets run, its binaries work, and
 * removing it leaves nothing behind.
 */


const QUERY_MS = 120_000;
async function hostQuery(argv, env) {
    const r = await runCommand(argv, { env, timeoutMs: QUERY_MS });
    return r.code === 0 ? r.stdout : undefined;
}
function lines(text) {
    return (text ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
}
/** The line of dpkg/apt output that says what went wrong. */
function dpkgReason(out) {
    const ls = out.split('\n').map((l) => l.trim());
    return (ls.find((l) => /post-installation script subprocess returned error|pre-installation script/.test(l)) ??
        ls.find((l) => /^dpkg: error|^E: /.test(l)) ??
        ls.find((l) => /^dpkg: /.test(l)));
}
const dpkgManager = {
    kind: 'deb',
    keepsConfigOnRemove: true,
    async inspect(file, env) {
        const out = await hostQuery(['dpkg-deb', '-f', file, 'Package', 'Version', 'Architecture'], env);
        const f = Object.fromEntries(lines(out).map((l) => [l.split(':')[0], l.slice(l.indexOf(':') + 1).trim()]));
        if (!f.Package || !f.Version)
            return `dpkg-deb -f could not read ${file}: not a Debian package`;
        return { name: f.Package, version: f.Version, arch: f.Architecture ?? '' };
    },
    async prepare() { },
    async install(root, file, log, timeoutMs) {
        const inRoot = `/tmp/distro-smoke/${external_node_path_default().basename(file)}`;
        await root.copyIn(file, inRoot);
        let r = await root.run(['dpkg', '-i', inRoot], timeoutMs, log);
        if (r.code !== 0 &&
            !r.timedOut &&
            /dependency problems|depends on .* is not installed/.test(r.stderr + r.stdout)) {
            // Missing dependencies: let apt fetch them (the root's lists are empty until updated).
            await root.copyIn('/etc/resolv.conf', '/etc/resolv.conf');
            const u = await root.run(['apt-get', 'update', '-q'], timeoutMs, log);
            r =
                u.code === 0
                    ? await root.run(['apt-get', '-f', 'install', '-y', '-q', '--no-install-recommends'], timeoutMs, log)
                    : u;
        }
        return { r, why: r.code === 0 ? undefined : dpkgReason(`${r.stdout}\n${r.stderr}`) };
    },
    async installed(root, name) {
        const r = await root.run(['dpkg-query', '-W', '-f=${db:Status-Abbrev}|${Version}', name], QUERY_MS);
        const [status, version] = r.stdout.split('|');
        return r.code === 0 && status?.startsWith('ii') ? version : undefined;
    },
    async files(root, name) {
        const list = await root.run(['dpkg-query', '-L', name], QUERY_MS);
        const conf = await root.run(['dpkg-query', '-W', '-f=${Conffiles}\\n', name], QUERY_MS);
        return {
            files: lines(list.stdout).filter((p) => p.startsWith('/') && p !== '/.'),
            config: lines(conf.stdout).map((l) => l.split(/\s+/)[0]),
        };
    },
    remove: (root, name, log, timeoutMs) => root.run(['dpkg', '--remove', name], timeoutMs, log),
    purge: (root, name, log, timeoutMs) => root.run(['dpkg', '--purge', name], timeoutMs, log),
};
/** rpm with the root's own database (Debian's rpm defaults to ~/.rpmdb). */
const rpmArgs = (root) => ['rpm', '--root', root.dir, '--dbpath', '/var/lib/rpm'];
const rpmManager = {
    kind: 'rpm',
    keepsConfigOnRemove: false,
    async inspect(file, env) {
        const out = await hostQuery(['rpm', '-qp', '--nosignature', '--qf', '%{NAME}\\n%{VERSION}-%{RELEASE}\\n%{ARCH}\\n', file], env);
        const [name, version, arch] = lines(out);
        if (!name || !version)
            return `rpm -qp could not read ${file}: not an rpm package`;
        return { name, version, arch: arch ?? '' };
    },
    async prepare(root, log) {
        const r = await root.runHost([...rpmArgs(root), '--initdb'], QUERY_MS, log);
        if (r.code !== 0)
            throw new Error(`rpm --initdb in ${root.dir}: ${describeEnd(r, QUERY_MS)}: ${r.stderr.trim()}`);
    },
    async install(root, file, log, timeoutMs) {
        const r = await root.runHost([...rpmArgs(root), '-U', '--nodeps', '--ignorearch', file], timeoutMs, log);
        const why = lines(`${r.stdout}\n${r.stderr}`).find((l) => /scriptlet failed|error:/.test(l));
        return { r, why: r.code === 0 ? undefined : why };
    },
    async installed(root, name) {
        const r = await root.runHost([...rpmArgs(root), '-q', '--qf', '%{VERSION}-%{RELEASE}', name], QUERY_MS);
        return r.code === 0 ? r.stdout.trim() : undefined;
    },
    async files(root, name) {
        const list = await root.runHost([...rpmArgs(root), '-ql', name], QUERY_MS);
        const conf = await root.runHost([...rpmArgs(root), '-qc', name], QUERY_MS);
        const paths = (o) => lines(o).filter((p) => p.startsWith('/'));
        return { files: paths(list.stdout), config: paths(conf.stdout) };
    },
    remove: (root, name, log, timeoutMs) => root.runHost([...rpmArgs(root), '-e', '--nodeps', name], timeoutMs, log),
};
/** pacman on the host, working on the root's database, with the target's architecture. */
function pacmanArgs(root, t) {
    const r = (p) => external_node_path_default().join(root.dir, p);
    return [
        'pacman',
        '--root',
        root.dir,
        '--dbpath',
        r('var/lib/pacman'),
        '--cachedir',
        r('var/cache/pacman/pkg'),
        '--logfile',
        r('var/log/pacman.log'),
        '--hookdir',
        r('etc/pacman.d/hooks'),
        '--config',
        '/dev/null',
        '--arch',
        t.archlinux ?? t.cpu,
        '--noconfirm',
    ];
}
/** Options of the transactions only: pacman 6.0 refuses `--noprogressbar` with -Q. */
const QUIET = ['--noprogressbar'];
/** The pacman manager for target `t` (its package architecture). */
function pacmanManager(t) {
    return {
        kind: 'archlinux',
        keepsConfigOnRemove: false,
        async inspect(file, env) {
            const out = await hostQuery(['pacman', '--config', '/dev/null', '-Qip', file], env);
            const f = Object.fromEntries(lines(out).map((l) => [l.split(':')[0].trim(), l.slice(l.indexOf(':') + 1).trim()]));
            if (!f.Name || !f.Version)
                return `pacman -Qip could not read ${file}: not an Arch Linux package`;
            return { name: f.Name, version: f.Version, arch: f.Architecture ?? '' };
        },
        async prepare(root, log) {
            const r = await root.runHost(['mkdir', '-p', external_node_path_default().join(root.dir, 'var/lib/pacman'), external_node_path_default().join(root.dir, 'var/cache/pacman/pkg')], QUERY_MS, log);
            if (r.code !== 0)
                throw new Error(`preparing the pacman database in ${root.dir}: ${r.stderr.trim()}`);
        },
        async install(root, file, log, timeoutMs) {
            const r = await root.runHost([...pacmanArgs(root, t), ...QUIET, '-U', '--nodeps', '--nodeps', file], timeoutMs, log);
            const why = lines(`${r.stdout}\n${r.stderr}`).find((l) => /^error:|failed/.test(l));
            return { r, why: r.code === 0 ? undefined : why };
        },
        async installed(root, name) {
            const r = await root.runHost([...pacmanArgs(root, t), '-Q', name], QUERY_MS);
            return r.code === 0 ? r.stdout.trim().split(/\s+/)[1] : undefined;
        },
        async files(root, name) {
            const r = await root.runHost([...pacmanArgs(root, t), '-Qlq', name], QUERY_MS);
            // -Qii lists the backup files (pacman's config files) with the root's path in front
            const info = await root.runHost([...pacmanArgs(root, t), '-Qii', name], QUERY_MS);
            const backup = (/^Backup Files\s*:\s*\n((?:\S+\s+\S+\n)*)/m.exec(info.stdout)?.[1] ?? '')
                .split('\n')
                .map((l) => l.split(/\s+/)[1] ?? '')
                .filter(Boolean)
                .map((p) => `/${external_node_path_default().relative(root.dir, p)}`);
            return { files: lines(r.stdout).map((p) => (p.length > 1 ? p.replace(/\/$/, '') : p)), config: backup };
        },
        remove: (root, name, log, timeoutMs) => root.runHost([...pacmanArgs(root, t), ...QUIET, '-R', '--nodeps', '--nodeps', name], timeoutMs, log),
    };
}
/** The manager for a manifest kind. */
function managerFor(kind, t) {
    return kind === 'deb' ? dpkgManager : kind === 'rpm' ? rpmManager : pacmanManager(t);
}

;// CONCATENATED MODULE: ./src/smoke/package.ts
/**
 * One package's life in a fresh root filesystem: (install the previous version,) install or
 * upgrade, run the smoke command inside the root, remove, purge, and check that nothing of the
 * package is left but what should stay (a deb's conffiles between remove and purge).
 */



/** Runs the package checks of `pkg` in `root` (which it changes: give it a fresh one). */
async function checkPackage(ctx, root, pm, pkg, o) {
    const cl = new CheckLog(o.log.file);
    const at = (check) => ({ subject: pkg.rel, check, log: cl, logRel: o.log.rel });
    try {
        const info = await pm.inspect(pkg.file, ctx.env);
        if (typeof info === 'string') {
            recordFinding(ctx, at('install'), 0, info);
            return;
        }
        await pm.prepare(root, cl);
        const before = await snapshot(root.dir);
        const install = async (p, check, version) => {
            const { r, why } = await pm.install(root, p.file, cl, ctx.installTimeoutMs);
            let failure = judge(r, ctx.installTimeoutMs);
            if (failure && why)
                failure = `${failure}: ${why}`;
            if (!failure) {
                const now = await pm.installed(root, info.name);
                if (now !== version)
                    failure = now
                        ? `${info.name} ${now} is installed, not ${version}`
                        : `${info.name} is not installed after ${r.command}`;
            }
            recordRun(ctx, at(check), r, failure, false);
            return !failure;
        };
        const upgrade = !!o.previous?.length;
        if (upgrade) {
            let found;
            for (const p of o.previous) {
                const prev = await pm.inspect(p.file, ctx.env);
                if (typeof prev !== 'string' && prev.name === info.name && prev.arch === info.arch)
                    found = { p, version: prev.version };
            }
            if (!found) {
                const names = o.previous.map((p) => p.rel).join(', ');
                recordFinding(ctx, at('install previous'), 0, `no previous ${info.name} (${info.arch}) ${pm.kind} among upgrade-from: ${names}`);
                return;
            }
            if (!(await install(found.p, `install previous ${found.version}`, found.version)))
                return;
        }
        if (!(await install(pkg, upgrade ? 'upgrade' : 'install', info.version)))
            return;
        for (const argv of o.commands) {
            const r = await root.run(argv, ctx.timeoutMs, cl);
            // The report shows the smoke command as the user wrote it; the log has the chroot around it.
            r.command = (0,exec/* formatCommand */.fE)(argv);
            recordRun(ctx, at('command'), r, judge(r, ctx.timeoutMs, ctx.expect));
        }
        const { files, config } = await pm.files(root, info.name);
        cl.write(`# ${info.name} ${info.version}: ${files.length} paths, config files: ${config.join(' ') || 'none'}\n\n`);
        const finalCheck = async (check, run, keep) => {
            const r = await run();
            let failure = judge(r, ctx.installTimeoutMs);
            let details;
            if (!failure) {
                const left = await leftovers(root.dir, files, before, keep);
                // After the last step, anything new in the root is the package's (files its scripts made).
                const extra = keep.length === 0 ? added(before, await snapshot(root.dir)).filter((p) => !left.includes(p)) : [];
                const all = [...left, ...extra];
                if (all.length) {
                    failure = `${all.length} path(s) of ${info.name} left behind after ${check}`;
                    details = listSome(all);
                }
                else if (keep.length === 0 && (await pm.installed(root, info.name))) {
                    failure = `${info.name} is still installed after ${r.command}`;
                }
            }
            if (details) {
                recordFinding(ctx, at(check), r.ms, failure, details);
                return false;
            }
            recordRun(ctx, at(check), r, failure, false);
            return !failure;
        };
        const keep = pm.keepsConfigOnRemove && pm.purge ? config : [];
        if (!(await finalCheck('remove', () => pm.remove(root, info.name, cl, ctx.installTimeoutMs), keep)))
            return;
        if (pm.purge)
            await finalCheck('purge', () => pm.purge(root, info.name, cl, ctx.installTimeoutMs), []);
    }
    finally {
        await cl.close();
    }
}

;// CONCATENATED MODULE: ./src/smoke/run.ts
/**
 * One target's smoke test: run each binary (natively or under qemu-user), then try each package in
 * a fresh root filesystem of the target's architecture. Every check's result is collected; a
 * failing check never stops the others. Problems with the machine or the input (no qemu, no
 * root filesystem) are DistroErrors.
 */










/** A file name for a subject's log: its path with `/` as `_`. */
function logName(rel) {
    return `${rel.replace(/[/\\]/g, '_')}.log`;
}
/** The commands a package is tried with: the configured one, else `<binary> --version` per binary it ships. */
function packageCommands(pkg, command) {
    if (command)
        return [command];
    return pkg.binaries.map((b) => [b, '--version']);
}
async function smokeTarget(o) {
    const t = o.target;
    const ctx = smokeContext(o);
    await (0,promises_.mkdir)(o.logDir, { recursive: true });
    const logOf = (rel) => ({
        file: external_node_path_default().join(o.logDir, logName(rel)),
        rel: `${o.logRel}/${logName(rel)}`,
    });
    const native = (0,targets_native/* runsNatively */.PU)(t);
    const qemu = native ? undefined : qemuFor(t, o.env);
    let asRoot;
    const root = () => (asRoot ??= rootRunner(o.uid, o.env));
    let base;
    const rootBase = async () => {
        if (base)
            return base;
        const ro = { env: o.env, log: o.log, asRoot: root() };
        // Building a foreign root runs its programs (mmdebstrap's arch-test, maintainer scripts), so
        // the binfmt handler must be there first, not only when packages are installed.
        const prepare = async () => {
            await o.rootfs.prepare?.();
            await ensureBinfmt(t, ro);
        };
        const tarball = await ensureRootfs(o.rootfs.spec, o.rootfs.store, { ...ro, prepare });
        const t0 = performance.now();
        base = await unpackRootfs(tarball.file, ro);
        o.log.info(`root filesystem ${o.rootfs.spec.suite}/${o.rootfs.spec.arch}: ${tarball.source} (${tarball.ms} ms), unpacked in ${Math.round(performance.now() - t0)} ms`);
        return base;
    };
    if (o.binaries.length) {
        await o.log.group(`Running ${o.binaries.length} binary(ies) for ${t.triple}`, async () => {
            let emulator = [];
            if (qemu) {
                // The target's libraries: Debian's cross sysroot, else the root filesystem (glibc targets).
                const sysroot = crossSysroot(t) ?? (t.abi.startsWith('musl') ? undefined : await rootBase());
                emulator = [qemu, ...(0,targets_native/* qemuEnvArgs */.nT)(t), ...(sysroot ? ['-L', sysroot] : [])];
            }
            for (const b of o.binaries)
                await checkBinaryRun(ctx, b, binaryArgv(b, o.command), emulator, logOf(b.rel));
        });
    }
    for (const image of o.images ?? []) {
        await o.log.group(`Running ${image.rel} (${t.docker}) for ${t.triple}`, () => checkImage(ctx, image, {
            command: o.command,
            qemu,
            asRoot: root,
            workDir: o.rootfs.workDir,
            log: logOf(image.rel),
        }));
    }
    if (o.packages.length) {
        const binfmt = await ensureBinfmt(t, { env: o.env, log: o.log, asRoot: root() });
        const lower = await rootBase();
        for (const pkg of o.packages) {
            await o.log.group(`Installing ${pkg.rel} in a ${o.rootfs.spec.suite} ${o.rootfs.spec.arch} root`, async () => {
                const r = await freshRoot(lower, o.rootfs.workDir, {
                    env: o.env,
                    log: o.log,
                    asRoot: root(),
                    binfmt,
                    guestEnv: native ? {} : (0,targets_native/* qemuGuestEnv */.en)(t),
                });
                try {
                    await checkPackage(ctx, r, managerFor(pkg.kind, t), pkg, {
                        commands: packageCommands(pkg, o.command),
                        previous: o.previous?.filter((p) => p.kind === pkg.kind),
                        log: logOf(pkg.rel),
                    });
                }
                finally {
                    await r.remove();
                }
            });
        }
    }
    return ctx.results;
}

;// CONCATENATED MODULE: ./src/smoke/wine.ts
/**
 * Windows programs under wine: a fresh WINEPREFIX in a temporary directory (removed after, with
 * its wineserver), `wineboot --init` without the Gecko and Mono prompts, and no X server (silent
 * installs and console programs need none). A prefix's first start takes 20-60 s, so a caller
 * makes one per target and reuses it.
 */





/** wine on PATH, or a DistroError naming the Debian packages. */
function wineFor(env) {
    const found = (0,exec/* which */.K7)('wine', env);
    if (!found)
        throw new errors/* DistroError */.Yt(`wine is not installed (not found on PATH=${env.PATH ?? ''}), so Windows programs cannot run here: install it with \`apt-get install wine wine64\`, or leave the Windows targets out of this job (input target).`, { key: 'input: target' });
    return found;
}
/**
 * Makes and starts a fresh prefix below `parent`; took `ms`. A first start that fails because wine
 * cannot load kernel32.dll (`wineboot` exit 53, status c0000135) is tried once more in a new
 * directory: seen once in CI, while the same command right after, and every other prefix of that
 * run, started fine.
 */
async function createWinePrefix(parent, o) {
    try {
        return await bootPrefix(parent, o);
    }
    catch (e) {
        if (!(e instanceof errors/* DistroError */.Yt) || !/c0000135/.test(e.message))
            throw e;
        o.log.warn(`${e.message.split(';')[0]}; trying once more in a new prefix`);
        return bootPrefix(parent, o);
    }
}
async function bootPrefix(parent, o) {
    const wine = wineFor(o.env);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(parent, 'wineprefix-'));
    const env = {
        ...o.env,
        WINEPREFIX: dir,
        WINEARCH: 'win64',
        WINEDEBUG: '-all',
        // No Gecko or Mono download prompt on the first start: smoke tests need neither.
        WINEDLLOVERRIDES: 'mscoree,mshtml=',
        DISPLAY: '',
    };
    const server = (0,exec/* which */.K7)('wineserver', env) ?? 'wineserver';
    const prefix = {
        dir,
        env,
        run: (argv, r) => runCommand([wine, ...argv], { env, timeoutMs: r.timeoutMs, log: r.log }),
        async settle(timeoutMs = 120_000) {
            await runCommand([server, '-w'], { env, timeoutMs });
        },
        unixPath(winPath) {
            const m = /^([A-Za-z]):\\?(.*)$/.exec(winPath);
            if (!m)
                return winPath;
            return external_node_path_default().join(dir, `drive_${m[1].toLowerCase()}`, ...m[2].split('\\').filter(Boolean));
        },
        async remove() {
            await runCommand([server, '-k'], { env, timeoutMs: 30_000 });
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
    const t0 = performance.now();
    const timeoutMs = o.timeoutMs ?? 300_000;
    const r = await runCommand([wine, 'wineboot', '--init'], { env, timeoutMs });
    if (r.code === 0)
        await prefix.settle(timeoutMs);
    const ms = Math.round(performance.now() - t0);
    if (r.code !== 0) {
        await prefix.remove();
        throw new errors/* DistroError */.Yt(`wine could not set up a Windows prefix (\`wineboot --init\` ${describeEnd(r, timeoutMs)}): ${(r.stderr || r.stdout).trim().slice(0, 500)}; check the wine installation (\`apt-get install wine wine64\`).`, { key: 'input: target' });
    }
    o.log.info(`wine prefix ready in ${(ms / 1000).toFixed(1)} s (${dir})`);
    return { ...prefix, ms };
}
const UNINSTALL_KEY = 'HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
/** The subkeys of Add/Remove Programs (`reg query` of the Uninstall key), sorted. */
async function uninstallEntries(prefix) {
    const r = await prefix.run(['reg', 'query', UNINSTALL_KEY], { timeoutMs: 60_000 });
    // reg prints the subkeys with the root spelt out: HKEY_LOCAL_MACHINE\Software\…\Uninstall\<key>
    const tail = UNINSTALL_KEY.slice('HKLM'.length).toLowerCase() + '\\';
    return r.stdout
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => /^HKEY_LOCAL_MACHINE\\/i.test(l) && l.toLowerCase().includes(tail))
        .map((l) => l.slice(l.toLowerCase().indexOf(tail) + tail.length))
        .filter(Boolean)
        .sort();
}
/** One value of a registry key (`reg query key /v name`), or undefined. */
async function regValue(prefix, key, name) {
    const r = await prefix.run(['reg', 'query', key, '/v', name], { timeoutMs: 60_000 });
    if (r.code !== 0)
        return undefined;
    const line = r.stdout
        .split(/\r?\n/)
        .find((l) => l.trim().toLowerCase().startsWith(`${name.toLowerCase()} `));
    const m = line && /^\s*\S+\s+REG_\w+\s+(.*)$/.exec(line);
    return m ? m[1].trim() : undefined;
}

;// CONCATENATED MODULE: ./src/smoke/windows.ts
/**
 * The smoke test of a Windows target under wine: its binaries run with the smoke command, and each
 * installer goes through its life in the target's prefix: install silently (`setup.exe /S`,
 * `msiexec /i … /qn`), run the smoke command by name (found through the PATH entry the installer
 * added), uninstall (`uninstall.exe /S` from the Add/Remove Programs entry, `msiexec /x … /qn`),
 * and check that the entry, the files, the Start menu folder and the PATH entry are gone.
 */





const ENV_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment';
/** The folders an installer may write to, relative to the prefix (their snapshot shows leftovers). */
const WATCHED = [
    'drive_c/Program Files',
    'drive_c/Program Files (x86)',
    'drive_c/ProgramData/Microsoft/Windows/Start Menu',
];
async function watched(prefix) {
    const all = new Set();
    for (const w of WATCHED)
        for (const p of await snapshot(external_node_path_default().join(prefix.dir, w)))
            all.add(`${w}${p}`);
    return all;
}
/** PATH entries of the system environment, lower case (Windows compares them so). */
async function systemPath(prefix) {
    const v = (await regValue(prefix, ENV_KEY, 'PATH')) ?? '';
    return new Set(v
        .split(';')
        .map((s) => s.trim().replace(/\\$/, '').toLowerCase())
        .filter(Boolean));
}
/** `"C:\…\uninstall.exe" /S` → argv. */
function splitUninstallString(s) {
    const m = /^"([^"]+)"\s*(.*)$/.exec(s.trim());
    if (m)
        return [m[1], ...m[2].split(/\s+/).filter(Boolean)];
    return s.trim().split(/\s+/);
}
/** Runs the life of one installer in `prefix`; results go to ctx.results. */
async function checkInstaller(ctx, prefix, inst, o) {
    const cl = new CheckLog(o.log.file);
    const at = (check) => ({ subject: inst.rel, check, log: cl, logRel: o.log.rel });
    try {
        const entriesBefore = await uninstallEntries(prefix);
        const filesBefore = await watched(prefix);
        const pathBefore = await systemPath(prefix);
        const install = inst.kind === 'msi' ? ['msiexec', '/i', inst.file, '/qn'] : [inst.file, '/S'];
        const r = await prefix.run(install, { timeoutMs: ctx.installTimeoutMs, log: cl });
        await prefix.settle(ctx.installTimeoutMs);
        const entries = (await uninstallEntries(prefix)).filter((e) => !entriesBefore.includes(e));
        let failure = judge(r, ctx.installTimeoutMs);
        if (!failure && entries.length !== 1)
            failure = `${entries.length} new Add/Remove Programs entries after the install (${entries.join(', ') || 'none'}); expected 1`;
        recordRun(ctx, at('install'), r, failure, false);
        if (failure)
            return;
        const key = `${UNINSTALL_KEY}\\${entries[0]}`;
        for (const argv of o.commands) {
            const c = await prefix.run(argv, { timeoutMs: ctx.timeoutMs, log: cl });
            recordRun(ctx, at('command'), c, judge(c, ctx.timeoutMs, ctx.expect));
        }
        let remove;
        if (inst.kind === 'msi')
            remove = ['msiexec', '/x', inst.file, '/qn'];
        else {
            const quiet = await regValue(prefix, key, 'QuietUninstallString');
            if (!quiet) {
                recordFinding(ctx, at('remove'), 0, `${key} has no QuietUninstallString to uninstall with`);
                return;
            }
            remove = splitUninstallString(quiet);
        }
        const u = await prefix.run(remove, { timeoutMs: ctx.installTimeoutMs, log: cl });
        // An NSIS uninstaller copies itself to %TEMP% and returns at once: wait for the copy.
        await prefix.settle(ctx.installTimeoutMs);
        let ufail = judge(u, ctx.installTimeoutMs);
        if (!ufail && (await uninstallEntries(prefix)).includes(entries[0]))
            ufail = `the Add/Remove Programs entry ${entries[0]} is still there after the uninstall`;
        const left = added(filesBefore, await watched(prefix));
        if (!ufail && left.length)
            ufail = `the uninstall left ${left.length} file(s):\n${listSome(left)}`;
        const pathLeft = [...(await systemPath(prefix))].filter((p) => !pathBefore.has(p));
        if (!ufail && pathLeft.length)
            ufail = `the uninstall left ${pathLeft.join(';')} on the system PATH`;
        recordRun(ctx, at('remove'), u, ufail, false);
    }
    finally {
        await cl.close();
    }
}
/** The smoke test of one Windows target: one prefix for all its checks (its first start is slow). */
async function smokeWindowsTarget(o) {
    const ctx = smokeContext(o);
    const prefix = await createWinePrefix(o.workDir, { env: o.env, log: o.log, timeoutMs: o.installTimeoutMs });
    try {
        const wctx = { ...ctx, env: prefix.env };
        for (const b of o.binaries)
            await checkBinaryRun(wctx, b, binaryArgv(b, o.command), ['wine'], o.logOf(b.rel));
        for (const inst of o.installers) {
            const commands = o.command ? [o.command] : inst.binaries.map((b) => [b, '--version']);
            await o.log.group(`Installing ${inst.rel} under wine`, () => checkInstaller(wctx, prefix, inst, { commands, log: o.logOf(inst.rel) }));
        }
        return wctx.results;
    }
    finally {
        await prefix.remove();
    }
}

// EXTERNAL MODULE: ./src/toolchain/cache.ts
var cache = __webpack_require__(12061);
// EXTERNAL MODULE: ./src/toolchain/apt.ts
var toolchain_apt = __webpack_require__(70160);
// EXTERNAL MODULE: ./src/toolchain/install.ts + 2 modules
var install = __webpack_require__(75834);
;// CONCATENATED MODULE: ./src/smoke/setup.ts
/**
 * qemu-smoke-test sets up the machine itself, as setup-cross-toolchain does: it asks what is
 * missing for the targets it tests (an emulator, the binfmt_misc handler a root filesystem needs,
 * the cross C library, rpm, pacman, zstd) and installs those Debian packages with the toolchain's
 * apt installer and package cache. What only making a root filesystem needs (mmdebstrap, Debian's
 * keyring, arch-test) is installed when a root filesystem has to be made, so a run whose root comes
 * from the cache never installs it.
 */








const DEBIAN_KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
/**
 * A handler that works inside a foreign chroot: a static interpreter (opened by the kernel, flag F,
 * or copied into the root by freshRoot), or one fixed from a file not on this machine (registered
 * from a container, as docker/setup-qemu-action does). qemu-user-binfmt's fixed handler is the
 * dynamic qemu, which cannot load its libraries inside the root.
 */
function chrootReady(e) {
    return !!e?.enabled && (e.interpreter.endsWith('-static') || (e.fixed && e.interpreter === ''));
}
/** The packages the smoke test of `needs` lacks on the machine `probe` describes. Pure. */
function planSmokeSetup(needs, probe) {
    const now = new Map();
    const rootfs = new Map();
    const add = (to, name, why) => {
        if (!to.has(name))
            to.set(name, why);
    };
    // Windows targets run under wine (smoke/windows.ts): no root filesystem, no qemu.
    const installs = needs.some((n) => n.target.os !== 'windows' && n.packages.length);
    for (const n of needs) {
        const t = n.target;
        if (t.os === 'windows') {
            if (n.binaries || n.packages.length) {
                if (!probe.has('wine'))
                    add(now, 'wine', `wine runs the ${t.triple} programs and installers`);
                if (!probe.has('wine64'))
                    add(now, 'wine64', `wine64 runs 64-bit Windows programs`);
            }
            continue;
        }
        if (probe.native(t) || !t.qemu || !(n.binaries || n.packages.length))
            continue;
        const q = t.qemu;
        if (n.binaries && !probe.has(q) && !probe.has(`${q}-static`))
            add(now, 'qemu-user-static', `${q}-static runs the ${t.triple} binaries`);
        if (n.binaries && !t.abi.startsWith('musl') && !probe.exists(`/usr/${t.gnu}/lib`))
            add(now, `libc6-${t.debian}-cross`, `/usr/${t.gnu}: the C library the ${t.triple} binaries load`);
        if (n.packages.length && !chrootReady(probe.binfmt(q))) {
            if (!probe.has(`${q}-static`))
                add(now, 'qemu-user-static', `${q}-static runs ${t.triple} programs inside its root filesystem`);
            if (!probe.has('update-binfmts'))
                add(now, 'binfmt-support', `update-binfmts registers the ${q} binfmt_misc handler`);
        }
        if (n.packages.length && !probe.has('arch-test'))
            add(rootfs, 'arch-test', `mmdebstrap checks that ${t.debian} programs run here`);
    }
    const kinds = new Set(needs.flatMap((n) => n.packages));
    if (kinds.has('rpm') && !probe.has('rpm'))
        add(now, 'rpm', 'rpm installs the rpm packages');
    if (kinds.has('archlinux') && !probe.has('pacman'))
        add(now, 'pacman-package-manager', 'pacman installs the Arch Linux packages');
    if (installs && !probe.has('zstd'))
        add(now, 'zstd', 'the root filesystems are .tar.zst');
    if (installs && !probe.has('mmdebstrap'))
        add(rootfs, 'mmdebstrap', 'makes the root filesystems');
    if (installs && !probe.exists(DEBIAN_KEYRING))
        add(rootfs, 'debian-archive-keyring', `${DEBIAN_KEYRING} checks the Debian archive`);
    const list = (m) => [...m].map(([name, why]) => ({ name, why }));
    return { packages: list(now), rootfs: list(rootfs) };
}
/** The probe of this machine, with `env.PATH` for commands. */
function machineProbe(env) {
    return {
        has: (cmd) => !!(0,exec/* which */.K7)(cmd, env),
        exists: (f) => (0,external_node_fs_.existsSync)(f),
        binfmt(name) {
            try {
                const e = parseBinfmtEntry((0,external_node_fs_.readFileSync)(external_node_path_default().join(BINFMT_DIR, name), 'utf8'));
                return { ...e, interpreter: (0,external_node_fs_.existsSync)(e.interpreter) ? (0,external_node_fs_.realpathSync)(e.interpreter) : '' };
            }
            catch {
                return undefined;
            }
        },
        native: targets_native/* runsNatively */.PU,
    };
}
/**
 * Installs `items` (one package set, `name` in the cache key) when there are any. Without apt-get
 * (another distribution) it only warns: the check that needs a tool then fails naming it.
 */
async function installSmokePackages(items, name, o) {
    if (items.length === 0)
        return undefined;
    const platform = o.platform ?? process.platform;
    const list = items.map((i) => i.name);
    if (platform !== 'linux' || !(0,exec/* which */.K7)('apt-get', o.env)) {
        o.log.warn(`qemu-smoke-test needs ${list.join(', ')} but cannot install them here (no apt-get): ` +
            items.map((i) => `${i.name} (${i.why})`).join('; '));
        return undefined;
    }
    for (const i of items)
        o.log.info(`needs ${i.name}: ${i.why}`);
    const os = (0,install/* osInfo */.lf)();
    const apt = new toolchain_apt/* Apt */.o({
        env: o.env,
        log: o.log,
        platform,
        uid: o.uid,
        exec: o.exec,
        release: os.codename || undefined,
        purpose: { action: 'qemu-smoke-test', what: 'the tools it tests with', key: 'input: install' },
    });
    return o.log.group(`apt-get install ${list.join(' ')}`, () => (0,install/* installCached */.Kx)({
        apt,
        packages: list,
        name,
        image: (0,install/* osImage */.Uj)(o.env, os, (0,src_targets/* hostTarget */.az)().arch),
        archives: external_node_path_default().join(o.tempDir, 'distro-apt-cache', name),
        store: o.cache,
        log: o.log,
    }));
}

// EXTERNAL MODULE: ./src/stages/common.ts + 1 modules
var common = __webpack_require__(85180);
;// CONCATENATED MODULE: ./src/stages/smoke.ts
/**
 * The smoke stage (DESIGN: qemu-smoke-test): for each target, run its binaries and try its
 * packages under emulation, write a JUnit report and the logs under `<dist>/smoke/<target>/`, and
 * upload them as `<prefix>-smoke-<target>`. When a check failed it throws a SmokeFailedError,
 * after everything is written and uploaded, carrying the result for the outputs and summary.
 */




















/** A smoke test ran and something failed: the report is written; `result` has the details. */
class SmokeFailedError extends errors/* DistroError */.Yt {
    result;
    constructor(result) {
        const failed = result.results.filter((r) => r.status === 'failed');
        const lines = failed
            .slice(0, 5)
            .map((r) => `  ${r.target} ${r.subject} ${r.check}: ${r.message ?? 'failed'}`);
        super(`qemu-smoke-test: ${result.failed} of ${result.results.length} check(s) failed:\n${lines.join('\n')}` +
            (failed.length > 5 ? `\n  … and ${failed.length - 5} more` : '') +
            `\nSee the report ${result.report} and the logs beside it.`, { key: 'smoke' });
        this.result = result;
        this.name = 'SmokeFailedError';
    }
}
const PACKAGE_KINDS = ['deb', 'rpm', 'archlinux'];
function seconds(value, key, fallback) {
    if (value === undefined)
        return fallback * 1000;
    if (typeof value !== 'number' || !(value > 0))
        throw new errors/* DistroError */.Yt(`${key}: '${String(value)}' is not a positive number of seconds.`, { key });
    return value * 1000;
}
function commandOf(ctx, input) {
    if (input && input.length)
        return input;
    const c = ctx.config.smoke?.command;
    if (c === undefined || c === '')
        return undefined;
    const argv = Array.isArray(c) ? c.map(String) : (0,build/* splitCommand */.GW)(String(c), 'smoke.command');
    return argv.length ? argv : undefined;
}
/** Windows installers, tried under wine. */
const INSTALLER_KINDS = ['msi', 'nsis'];
/** Windows targets whose programs wine64 runs here (x86_64 hosts). */
function underWine(t) {
    return t.os === 'windows' && t.cpu === 'x86_64';
}
function kindOfFile(file) {
    if (file.endsWith('.deb'))
        return 'deb';
    if (file.endsWith('.rpm'))
        return 'rpm';
    if (/\.pkg\.tar(\.(zst|xz|gz))?$/.test(file))
        return 'archlinux';
    return undefined;
}
function defaultStore(env) {
    return {
        dir: env.DISTRO_CACHE_DIR
            ? external_node_path_default().join(env.DISTRO_CACHE_DIR, 'rootfs')
            : external_node_path_default().join(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'distro-rootfs'),
        cache: (0,cache/* githubCacheAvailable */.Fl)(env) ? (0,cache/* githubPackageCache */.GS)() : cache/* noCache */.wt,
    };
}
/**
 * Installs what the checks of `targets` need and the machine lacks (planSmokeSetup), and returns
 * the hook that installs what making a root filesystem needs, plus the list of what was installed.
 */
async function setUpMachine(ctx, o, targets, relevant, install, images) {
    const installed = [];
    if (o.setup === false)
        return { installed };
    const needs = targets.map((t) => {
        const mine = relevant.filter((a) => a.target === t.triple);
        const kinds = install ? mine.map((a) => a.kind).filter((k) => k !== 'binary') : [];
        return {
            target: t,
            binaries: (images && t.os === 'linux') || mine.some((a) => a.kind === 'binary'), // an image runs under qemu too
            packages: [...new Set(kinds)],
        };
    });
    const plan = planSmokeSetup(needs, o.probe ?? machineProbe(ctx.env));
    const so = {
        env: ctx.env,
        log: ctx.log,
        uid: o.uid,
        tempDir: ctx.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        cache: o.packageCache ?? (0,cache/* createPackageCache */.PI)(ctx.env),
    };
    const now = await installSmokePackages(plan.packages, 'smoke-tools', so);
    installed.push(...(now?.installed ?? []));
    let rootfs;
    const forRootfs = () => (rootfs ??= installSmokePackages(plan.rootfs, 'smoke-rootfs', so).then((r) => {
        installed.push(...(r?.installed ?? []));
    }));
    return { installed, forRootfs };
}
/**
 * Every target smoked must have its platform in each image (the manifest's `platforms` of the
 * `oci` artifact): checked before any work starts.
 */
function checkImagePlatforms(images, targets, manifestFile) {
    for (const a of images) {
        const platforms = Array.isArray(a.platforms) ? a.platforms.map(String) : undefined;
        if (!platforms)
            continue;
        for (const t of targets.filter((x) => x.os === 'linux')) {
            if (platforms.some((p) => (0,oci/* platformMatches */.J5)((0,oci/* parsePlatform */.FL)(p), (0,oci/* parsePlatform */.FL)(t.docker))))
                continue;
            throw new errors/* DistroError */.Yt(`the image ${a.path} in ${manifestFile} has no ${t.docker} image for ${t.triple} (its platforms: ${platforms.join(', ') || 'none'}); ` +
                `package the image with every target (formats: [oci] after all build jobs), or smoke only the targets it has (input 'target').`, { key: 'input: target' });
        }
    }
}
/**
 * The layouts of the `oci` artifacts, each extracted from its `.tar` into `dir`; the index must be
 * the one the manifest recorded (its `digest`).
 */
async function extractImages(distDir, images, dir) {
    const out = [];
    for (const [i, a] of images.entries()) {
        const layout = await (0,oci/* extractLayoutTar */.rw)(external_node_path_default().join(distDir, a.path), external_node_path_default().join(dir, String(i)));
        const top = (await layout.readIndex()).manifests[0]?.digest;
        if (typeof a.digest === 'string' && top !== a.digest)
            throw new errors/* DistroError */.Yt(`${a.path}: its image index is ${top ?? 'missing'}, but the manifest records ${a.digest}; download the package artifact again.`, { file: external_node_path_default().join(distDir, a.path) });
        out.push({ layout, rel: a.path });
    }
    return out;
}
async function smokeStage(o) {
    const requested = o.target ? (0,src_targets/* resolveTarget */.u1)(o.target, 'input: target') : undefined;
    const ctx = await (0,common/* openStage */.j$)(o);
    (0,config/* assertExpanded */.uZ)(ctx.config, ['smoke']); // an unset ${VAR} in its own keys fails before any work
    const cfg = ctx.config.smoke ?? {};
    const command = commandOf(ctx, o.command);
    const expectKey = o.expect ? 'input: expect' : 'smoke.expect';
    const expect = parseExpect(o.expect ?? cfg.expect, expectKey);
    const timeoutMs = o.timeout
        ? seconds(o.timeout, 'input: timeout', 60)
        : seconds(cfg.timeout, 'smoke.timeout', 60);
    const installTimeoutMs = seconds(cfg.install_timeout, 'smoke.install_timeout', 600);
    const install = o.install ?? true;
    const extraPackages = Array.isArray(cfg.packages)
        ? cfg.packages.map(String)
        : (0,inputs/* splitList */.ry)(String(cfg.packages ?? ''));
    const previous = (o.upgradeFrom ?? []).map((p) => {
        const file = (0,paths/* resolveInside */.L)(ctx.projectDir, p, { key: 'input: upgrade-from' });
        const kind = kindOfFile(file);
        if (!kind)
            throw new errors/* DistroError */.Yt(`input 'upgrade-from': '${p}' is not a .deb, .rpm or .pkg.tar.zst package; give the previous release's package files.`, { key: 'input: upgrade-from' });
        return { file, rel: p, kind };
    });
    const relevant = ctx.manifest.artifacts.filter((a) => a.target &&
        (a.kind === 'binary' ||
            (install && (PACKAGE_KINDS.includes(a.kind) || INSTALLER_KINDS.includes(a.kind)))));
    const manifestFile = external_node_path_default().join(ctx.distDir, 'manifest.json');
    let targets;
    if (requested) {
        if (!relevant.some((a) => a.target === requested.triple)) {
            throw new errors/* DistroError */.Yt(`there are no binaries${install ? ' or packages' : ''} for ${requested.triple} in ${manifestFile}; ` +
                `download them first with from: ${ctx.artifactPrefix}-build-${requested.triple}, ${ctx.artifactPrefix}-package*, or check the 'target' input.`, { key: 'input: target' });
        }
        targets = [requested];
    }
    else {
        const triples = [...new Set(relevant.map((a) => a.target))].sort();
        targets = triples
            .map((t) => (0,src_targets/* resolveTarget */.u1)(t, 'manifest'))
            .filter((t) => {
            if (t.os === 'linux' || underWine(t))
                return true;
            ctx.log.warn(`skipping ${t.triple}: qemu-smoke-test runs Linux targets, and x86_64 Windows under wine, only`);
            return false;
        });
        if (targets.length === 0) {
            throw new errors/* DistroError */.Yt(`there are no Linux binaries or packages in ${manifestFile} to test; download them first with from: ${ctx.artifactPrefix}-build-*, ${ctx.artifactPrefix}-package*.`, { key: 'input: from' });
        }
    }
    const ociArtifacts = install ? ctx.manifest.artifacts.filter((a) => a.kind === 'oci') : [];
    checkImagePlatforms(ociArtifacts, targets, manifestFile);
    const setup = await setUpMachine(ctx, o, targets, relevant, install, ociArtifacts.length > 0);
    const results = [];
    const artifacts = [];
    const names = [];
    let manifestPath = manifestFile;
    let report = '';
    for (const t of targets) {
        const mine = relevant.filter((a) => a.target === t.triple);
        const binaries = mine
            .filter((a) => a.kind === 'binary')
            .map((a) => ({
            file: external_node_path_default().join(ctx.distDir, a.path),
            rel: a.path,
            name: typeof a.name === 'string' ? a.name : external_node_path_default().posix.basename(a.path),
        }));
        const packages = mine
            .filter((a) => a.kind !== 'binary')
            .map((a) => ({
            file: external_node_path_default().join(ctx.distDir, a.path),
            rel: a.path,
            kind: a.kind,
            binaries: binaries.filter((b) => a.from?.includes(b.rel)).map((b) => b.name),
        }));
        const windows = packages
            .filter((p) => INSTALLER_KINDS.includes(p.kind))
            .map((p) => ({ ...p, kind: p.kind }));
        const outRel = `smoke/${t.triple}`;
        const outDir = external_node_path_default().join(ctx.distDir, outRel);
        // Write into a fresh directory, then swap it in: a failed run leaves no partial report.
        const tmp = await (0,atomic/* makeTempDir */.mk)(external_node_path_default().join(ctx.distDir, 'smoke'), t.triple);
        const imageDir = ociArtifacts.length && t.os === 'linux'
            ? await (0,atomic/* makeTempDir */.mk)(ctx.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'distro-smoke-oci')
            : undefined;
        let mineResults;
        try {
            const images = imageDir ? await extractImages(ctx.distDir, ociArtifacts, imageDir) : [];
            const logDir = external_node_path_default().join(tmp, 'logs');
            mineResults = await ctx.log.group(`Smoke test of ${t.triple}`, async () => t.os === 'windows'
                ? smokeWindowsTarget({
                    target: t,
                    binaries,
                    installers: windows,
                    command,
                    expect,
                    timeoutMs,
                    installTimeoutMs,
                    workDir: await (0,promises_.mkdir)(logDir, { recursive: true }).then(() => ctx.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()),
                    logOf: (rel) => ({
                        file: external_node_path_default().join(logDir, `${rel.replace(/[/\\]/g, '_')}.log`),
                        rel: `${outRel}/logs/${rel.replace(/[/\\]/g, '_')}.log`,
                    }),
                    env: ctx.env,
                    log: ctx.log,
                })
                : smokeTarget({
                    target: t,
                    binaries,
                    packages,
                    images,
                    command,
                    expect,
                    timeoutMs,
                    installTimeoutMs,
                    previous,
                    logDir: external_node_path_default().join(tmp, 'logs'),
                    logRel: `${outRel}/logs`,
                    rootfs: {
                        spec: rootfsSpec(t, { suite: cfg.suite, packages: extraPackages, mirror: cfg.mirror }),
                        store: o.rootfsStore ?? defaultStore(ctx.env),
                        workDir: external_node_path_default().join(ctx.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'distro-smoke-roots'),
                        prepare: setup.forRootfs,
                    },
                    env: ctx.env,
                    log: ctx.log,
                    uid: o.uid,
                }));
            await (0,atomic/* writeAtomic */.vZ)(external_node_path_default().join(tmp, 'junit.xml'), (0,smoke_report/* junitXml */.E5)(mineResults));
            await (0,promises_.rm)(outDir, { recursive: true, force: true });
            await (0,promises_.rename)(tmp, outDir);
        }
        finally {
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
            if (imageDir)
                await (0,promises_.rm)(imageDir, { recursive: true, force: true });
        }
        results.push(...mineResults);
        const added = [];
        const fields = {
            kind: 'report',
            stage: 'smoke',
            target: t.triple,
            os: t.os,
            arch: t.arch,
        };
        added.push(await (0,manifest/* describe */.q0)(ctx.distDir, `${outRel}/junit.xml`, {
            ...fields,
            format: 'junit',
            passed: mineResults.filter((r) => r.status === 'passed').length,
            failed: mineResults.filter((r) => r.status === 'failed').length,
            from: [
                ...binaries.map((b) => b.rel),
                ...packages.map((p) => p.rel),
                ...(t.os === 'linux' ? ociArtifacts.map((a) => a.path) : []),
            ],
        }));
        for (const f of (await (0,promises_.readdir)(external_node_path_default().join(outDir, 'logs')).catch(() => [])).sort()) {
            added.push(await (0,manifest/* describe */.q0)(ctx.distDir, `${outRel}/logs/${f}`, { ...fields, format: 'log' }));
        }
        const res = await (0,common/* closeStage */.XA)(ctx, 'smoke', t.triple, added);
        artifacts.push(...res.artifacts);
        if (res.artifactName)
            names.push(res.artifactName);
        manifestPath = res.manifest;
        report = external_node_path_default().join(outDir, 'junit.xml');
    }
    if (targets.length > 1) {
        // One file for test-report actions; each target's own is in its artifact.
        report = external_node_path_default().join(ctx.distDir, 'smoke', 'junit.xml');
        await (0,atomic/* writeAtomic */.vZ)(report, (0,smoke_report/* junitXml */.E5)(results));
    }
    const failed = results.filter((r) => r.status === 'failed').length;
    const result = {
        manifest: manifestPath,
        artifacts,
        artifactName: names.join('\n'),
        targets: targets.map((t) => t.triple),
        results,
        passed: results.length - failed,
        failed,
        report,
        installed: setup.installed,
    };
    if (failed)
        throw new SmokeFailedError(result);
    return result;
}


/***/ })

};
