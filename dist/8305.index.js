export const id = 8305;
export const ids = [8305];
export const modules = {

/***/ 68305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_NAME_TEMPLATE: () => (/* binding */ DEFAULT_NAME_TEMPLATE),
  packageStage: () => (/* binding */ packageStage),
  parseFormats: () => (/* reexport */ registry/* parseFormats */.Ql)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/build/index.ts + 5 modules
var build = __webpack_require__(81311);
// EXTERNAL MODULE: ./src/config/index.ts + 3 modules
var config = __webpack_require__(41687);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/formats/archive/files.ts
var archive_files = __webpack_require__(23322);
// EXTERNAL MODULE: ./src/formats/archive/index.ts + 2 modules
var archive = __webpack_require__(73856);
// EXTERNAL MODULE: ./src/formats/registry.ts + 26 modules
var registry = __webpack_require__(15729);
// EXTERNAL MODULE: ./src/formats/pkg/context.ts
var context = __webpack_require__(76214);
// EXTERNAL MODULE: ./src/formats/pkg/contents.ts + 1 modules
var contents = __webpack_require__(54631);
;// CONCATENATED MODULE: ./src/formats/pkg/dependencies.ts
/** The relations of a package (depends, recommends… and the section's predepends, breaks). */

/** One list of dependencies (a list, or a comma-separated string) in the format's syntax. */
function depList(r, field, from) {
    const raw = from === 'top' ? r.c[field] : r.section[field];
    const key = from === 'top' ? r.keyOf(field) : `${r.format.name}.${field}`;
    if (raw === undefined || raw === null)
        return [];
    const list = typeof raw === 'string' ? raw.split(',').filter((s) => s.trim()) : raw;
    if (!Array.isArray(list))
        r.fail(key, 'must be a list of package names, e.g. [libc6, "libssl3 (>= 3.0)"].');
    return list.map((d, i) => {
        try {
            return r.format.dependency(String(d));
        }
        catch (err) {
            const k = `${key}[${i}]`;
            const where = r.loc(k, key);
            throw new errors/* DistroError */.Yt(`${(0,errors/* locationPrefix */.Kx)(where)}${k}: malformed dependency '${String(d)}': ${err.message}; ${r.format.dependencyHint}.`, where);
        }
    });
}
function resolveRelations(r) {
    return {
        depends: depList(r, 'depends', 'top'),
        recommends: depList(r, 'recommends', 'top'),
        suggests: depList(r, 'suggests', 'top'),
        conflicts: depList(r, 'conflicts', 'top'),
        replaces: depList(r, 'replaces', 'top'),
        provides: depList(r, 'provides', 'top'),
        predepends: depList(r, 'predepends', 'section'),
        breaks: depList(r, 'breaks', 'section'),
    };
}

;// CONCATENATED MODULE: ./src/formats/pkg/identity.ts
/** Identity of a package: name, version, architecture and description, spelled by the format. */

function resolveIdentity(r) {
    const { c, format, o } = r;
    const name = String(c.name ?? '').trim();
    if (!name)
        r.fail('name', 'the package needs a name; add `name: <package>` to the config.');
    const bad = format.nameProblem(name);
    if (bad)
        r.fail(r.keyOf('name'), bad);
    const parts = format.versionParts(o.version, { epoch: c.epoch, release: c.release }, r.loc('version'));
    const arch = format.arch(o.target);
    if (!arch)
        throw new errors/* DistroError */.Yt(`target ${o.target?.triple ?? 'noarch'} has no ${format.name} architecture; leave ${format.name} out of formats for this target.`, { key: 'formats' });
    const descText = String(c.description ?? '')
        .replace(/\r\n/g, '\n')
        .trim();
    const summary = String(format.summary?.(r.section) ?? descText.split('\n')[0] ?? '').trim() || name;
    return { name, ...parts, arch, summary, description: descText || summary };
}

// EXTERNAL MODULE: ./src/formats/pkg/scripts.ts
var pkg_scripts = __webpack_require__(85405);
;// CONCATENATED MODULE: ./src/formats/pkg/resolve.ts
/**
 * From the nfpm-compatible config to a PackageSpec for one package format and one target. This is
 * the format-neutral part; what differs between formats (names, versions, architectures,
 * dependency syntax, defaults, generated files) comes from the format's rules (PackageFormat in
 * src/formats/types.ts, implemented in src/formats/<name>/format.ts). By concern:
 *
 * - context.ts: the config as the format sees it (`overrides.<format>` replaces top-level fields;
 *   the `deb:` / `rpm:` section) and error locations;
 * - identity.ts: name, version, architecture, summary and description;
 * - dependencies.ts: depends, recommends, … in the format's syntax;
 * - contents.ts: `contents` → files;
 * - scripts.ts: maintainer scripts and the systemd snippets.
 *
 * A format's `finish` may write generated files under a temporary directory in distDir, recorded
 * in `spec.tempDir`: call `cleanupPackage(spec)` once the package is written.
 */








/** Deletes the generated files of `spec` (see spec.tempDir). */
async function cleanupPackage(spec) {
    if (spec.tempDir)
        await (0,promises_.rm)(spec.tempDir, { recursive: true, force: true });
}
async function resolvePackage(o) {
    const format = (0,registry/* getPackageFormat */.Mu)(o.packager);
    const r = (0,context/* resolving */.W)(o, format);
    const id = resolveIdentity(r);
    const relations = resolveRelations(r);
    const files = await (0,contents/* resolveContents */.Z)(r);
    const scripts = await (0,pkg_scripts/* resolveScripts */.Z)(r, files);
    const compression = resolveCompression(r);
    const { c, section } = r;
    const maintainer = c.maintainer ? String(c.maintainer) : undefined;
    const author = maintainer ?? (c.vendor ? String(c.vendor) : `${id.name} maintainers`);
    const fullVersion = `${id.epoch ? `${id.epoch}:` : ''}${id.version}-${id.release}`;
    const spec = {
        packager: o.packager,
        ...id,
        ...relations,
        files: [...files.values()]
            .map(({ key: _key, ...f }) => f)
            .sort((a, b) => (a.dst < b.dst ? -1 : a.dst > b.dst ? 1 : 0)),
        scripts,
        changelog: [{ version: fullVersion, date: o.sourceDateEpoch, author, text: `Release ${o.version}.` }],
        compression,
        buildTime: o.sourceDateEpoch,
        extra: section,
    };
    if (!id.epoch)
        delete spec.epoch;
    if (maintainer)
        spec.maintainer = maintainer;
    if (c.vendor)
        spec.vendor = String(c.vendor);
    if (c.homepage)
        spec.homepage = String(c.homepage);
    if (c.license)
        spec.license = String(c.license);
    const sec = section.section ?? c.section;
    if (sec)
        spec.section = String(sec);
    const prio = section.priority ?? c.priority;
    if (prio)
        spec.priority = String(prio);
    if (section.group)
        spec.group = String(section.group);
    await format.finish?.(spec, {
        config: c,
        projectDir: o.projectDir,
        distDir: o.distDir,
        upstreamVersion: o.version,
        licenseFile: [...files.values()].find((f) => f.license && f.source)?.source,
        author,
        log: o.log,
        where: (key) => r.loc(key),
    });
    return spec;
}
/** `<format>.compression`: gzip (default), xz (also `lzma`), zstd or none; a `:level` suffix is ignored. */
function resolveCompression(r) {
    const raw = String(r.section.compression ?? 'gzip')
        .split(':')[0]
        .trim();
    const compression = (raw === 'lzma' ? 'xz' : raw);
    if (!['gzip', 'xz', 'zstd', 'none'].includes(compression)) {
        r.fail(`${r.format.name}.compression`, `'${raw}' is not a compression ${r.format.name} supports; use gzip, xz, zstd or none.`);
    }
    return compression;
}

// EXTERNAL MODULE: ./src/manifest/index.ts
var manifest = __webpack_require__(34625);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/progress.ts
/**
 * Progress of long work, so a step is never silent: on GitHub a log line at least every 10 s
 * (what, bytes done of how many, MiB/s, what comes next), in a terminal one live line redrawn in
 * place (the logger's `live`), and one line when the work is done (`wrote x.deb (63 MiB) in 3.1 s`).
 *
 *   const p = startProgress(log, { title: 'writing x.deb', total: bytes, next: 'the upload' });
 *   … p.add(n) as bytes are done (writers take it as their `progress` option) …
 *   p.done(`wrote x.deb (${formatBytes(size)})`);   // or p.stop() after a failure
 *
 * Anything long (a repository, a toolchain install, a root filesystem) can use it the same way;
 * work counted in items rather than bytes passes `unit: 'items'`.
 */



const realClock = {
    now: () => performance.now(),
    every: (ms, fn) => {
        const t = setInterval(fn, ms);
        t.unref();
        return () => clearInterval(t);
    },
};
const LOG_EVERY_MS = 10_000;
const LIVE_EVERY_MS = 250;
/** `63 MiB`, `1.5 MiB`, `12.0 KiB`, `512 B`. */
function formatBytes(n) {
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    if (n < 1024)
        return `${n} B`;
    let v = n / 1024;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v >= 10 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
function startProgress(log, o) {
    const clock = o.clock ?? realClock;
    const t0 = clock.now();
    const bytes = (o.unit ?? 'bytes') === 'bytes';
    let done = 0;
    let total = o.total;
    let stopped = false;
    let next = o.next;
    const line = () => {
        const secs = (clock.now() - t0) / 1000;
        const amount = bytes ? formatBytes(done) : String(done);
        const of = total
            ? ` of ${bytes ? formatBytes(total) : total} (${Math.floor((done / total) * 100)}%)`
            : '';
        const rate = secs > 0
            ? bytes
                ? `${(done / 1048576 / secs).toFixed(1)} MiB/s`
                : `${(done / secs).toFixed(1)}/s`
            : '';
        const parts = [`${o.title}: ${amount}${of}`, rate, `${seconds(clock.now() - t0)} so far`];
        if (next)
            parts.push(`next: ${next}`);
        return parts.filter(Boolean).join(', ');
    };
    const live = log.live?.bind(log);
    const cancel = live
        ? clock.every(LIVE_EVERY_MS, () => live(line()))
        : clock.every(Math.min(o.everyMs ?? LOG_EVERY_MS, LOG_EVERY_MS), () => log.info(line()));
    const stop = () => {
        if (stopped)
            return;
        stopped = true;
        cancel();
        live?.('');
    };
    return {
        add: (n) => void (done += n),
        expect: (n) => void (total = n),
        setNext: (t) => void (next = t),
        stop,
        done: (text) => {
            stop();
            log.info(`${text} in ${seconds(clock.now() - t0)}`);
        },
    };
}
/**
 * Writes one artifact file with progress (outside any log group, so it shows while it runs), then
 * prints `wrote <name> (<size>) in <time>`. A writer returning `{ size, sha256 }` (hashed on the
 * way to disk) has it recorded, so the manifest entry does not read the file again. `write` is
 * given the sink to pass to the writer.
 */
async function writeWithProgress(log, file, write, o = {}) {
    const name = external_node_path_default().basename(file);
    const p = startProgress(log, { title: `writing ${name}`, ...o });
    let res;
    try {
        res = await write(p);
    }
    catch (e) {
        p.stop();
        throw e;
    }
    const r = res;
    let size;
    if (typeof r?.size === 'number' && typeof r.sha256 === 'string') {
        size = r.size;
        await (0,manifest/* recordWritten */.LA)(file, { size, sha256: r.sha256 });
    }
    else
        size = (await (0,promises_.stat)(file)).size;
    p.done(`wrote ${name} (${formatBytes(size)})`);
    return res;
}

// EXTERNAL MODULE: ./src/targets/index.ts
var src_targets = __webpack_require__(77594);
// EXTERNAL MODULE: ./src/stages/common.ts + 1 modules
var common = __webpack_require__(85180);
;// CONCATENATED MODULE: ./src/stages/package.ts
/**
 * The package stage: turns built binaries into archives (tar.gz, tar.xz, tar.zst, zip), Linux
 * packages (deb, rpm) and the other formats of src/formats/registry.ts, by kind: archives and
 * packages per target, `target` formats per target they apply to, `release` formats once.
 */















const DEFAULT_NAME_TEMPLATE = '{name}-{version}-{os}-{arch}.{ext}';
/** Windows users expect zip: every tar format becomes zip for a Windows target (as goreleaser's format_overrides). */
function formatsFor(target, formats, overrides = {}) {
    const over = overrides[target.os];
    if (over)
        return (0,registry/* parseFormats */.Ql)([over], `archives.format_overrides.${target.os}`).archives.map((f) => f.name);
    if (target.os !== 'windows')
        return formats;
    return [...new Set(formats.map((f) => (f === 'zip' ? f : 'zip')))];
}
/** Top-level config keys other stages read; an unset ${VAR} in them never fails this stage. */
const OTHER_STAGES_KEYS = ['build', 'sign', 'repos', 'smoke', 'targets'];
async function packageStage(o) {
    const planned = o.target ? (0,src_targets/* resolveTarget */.u1)(o.target, 'input: target').triple : undefined;
    const ctx = await (0,common/* openStage */.j$)(o, { stage: 'package', target: planned });
    (0,config/* assertExpanded */.uZ)(ctx.config, Object.keys(ctx.config).filter((k) => !OTHER_STAGES_KEYS.includes(k)));
    const formats = requestedFormats(ctx, o);
    const binaries = ctx.manifest.artifacts.filter((a) => a.kind === 'binary');
    const targets = targetsOf(ctx, o, formats, binaries);
    checkTargetFormats(formats, targets);
    const epoch = o.sourceDateEpoch ??
        (await (0,build/* resolveSourceDateEpoch */.BL)({ env: ctx.env, projectDir: ctx.projectDir, log: ctx.log }));
    const run = { ctx, formats, epoch, binaries, added: [], written: [] };
    for (const f of formats.all)
        await f.check?.(formatContext(run));
    try {
        await writeArchives(run, targets);
        // Like nfpm, packages also work with no build before them: contents name workspace files,
        // and the architecture comes from `arch` (all/noarch: architecture-independent).
        const standalone = targets.length === 0 && formats.packages.length > 0;
        const pkgTargets = standalone ? [standaloneTarget(ctx.config.arch)] : targets;
        for (const target of pkgTargets)
            for (const format of formats.packages)
                await writePackage(run, format, target);
        await writeTargetFormats(run, targets);
        await writeReleaseFormats(run, targets, o.target);
    }
    catch (e) {
        // One file failed: remove the ones this run wrote, so the dist dir holds all or none.
        for (const w of run.written)
            await (0,promises_.rm)(w, { force: true });
        throw e;
    }
    // One artifact name per job: the target only when the job was given one (README "Artifact names").
    const res = await (0,common/* closeStage */.XA)(ctx, 'package', planned, run.added);
    return { ...res, packages: run.added.map((a) => a.path) };
}
/** The `formats` input or config key, parsed and checked (version, contents) before any work. */
function requestedFormats(ctx, o) {
    const formatKey = o.formats && o.formats.length ? 'input: formats' : 'formats';
    const requested = o.formats && o.formats.length ? o.formats : (ctx.config.formats ?? ['tar.gz']);
    const formats = (0,registry/* parseFormats */.Ql)(requested, formatKey);
    if (formats.all.length === 0)
        throw new errors/* DistroError */.Yt(`${formatKey}: no format given; list at least one of ${(0,registry.formatNames)().join(', ')}.`, {
            key: formatKey,
        });
    (0,registry/* checkVersionFor */.M1)(formats.all, ctx.version, { where: ctx.versionWhere });
    (0,contents/* checkContentsDst */.y)(ctx.config, ctx.loaded, formats.packages.map((p) => p.name));
    return formats;
}
/** A per-target format (msi, nsis) none of the job's targets can have is an error naming those that can. */
function checkTargetFormats(formats, targets) {
    for (const f of formats.targets) {
        if (targets.some((t) => f.appliesTo(t)))
            continue;
        const can = src_targets/* TARGETS */.dW.filter((t) => f.appliesTo(t)).map((t) => t.triple);
        throw new errors/* DistroError */.Yt(`formats: ${f.name} cannot be made for ${targets.map((t) => t.triple).join(', ') || 'a job without binaries'}; the targets that can have ${f.name} are ${can.join(', ')}. Remove ${f.name} from the formats of this job, or build one of those targets.`, { key: 'formats' });
    }
}
/** The targets to package: the one given, or every target with binaries in the manifest. */
function targetsOf(ctx, o, formats, binaries) {
    // archives and per-target formats are made from binaries; packages and release formats need none
    const needBinaries = formats.archives.length + formats.targets.length > 0;
    if (o.target) {
        const t = (0,src_targets/* resolveTarget */.u1)(o.target, 'input: target');
        if (!binaries.some((b) => b.target === t.triple) && needBinaries) {
            throw new errors/* DistroError */.Yt(`there are no binaries for ${t.triple} in ${external_node_path_default().join(ctx.distDir, 'manifest.json')}; run build-target for it first, or download its build with from: ${ctx.artifactPrefix}-build-${t.triple}.`, { key: 'input: target' });
        }
        return [t];
    }
    const triples = [...new Set(binaries.map((b) => b.target).filter((t) => !!t))].sort();
    const targets = triples.map((t) => (0,src_targets/* resolveTarget */.u1)(t, 'manifest'));
    if (targets.length === 0 && needBinaries) {
        throw new errors/* DistroError */.Yt(`there are no binaries in ${external_node_path_default().join(ctx.distDir, 'manifest.json')} to package; run build-target first, or download builds with from: ${ctx.artifactPrefix}-build-*.`, { key: 'input: from' });
    }
    return targets;
}
function formatContext(run) {
    const { ctx } = run;
    return {
        config: ctx.config,
        loaded: ctx.loaded,
        projectDir: ctx.projectDir,
        distDir: ctx.distDir,
        version: ctx.version,
        versionWhere: ctx.versionWhere,
        sourceDateEpoch: run.epoch,
        env: ctx.env,
        log: ctx.log,
    };
}
function binariesOf(run, target) {
    if (!target)
        return [];
    return run.binaries
        .filter((b) => b.target === target.triple)
        .map((b) => ({
        name: typeof b.name === 'string' ? b.name : external_node_path_default().posix.basename(b.path),
        file: external_node_path_default().join(run.ctx.distDir, b.path),
        path: b.path,
    }));
}
/** Records a file a format wrote: in the manifest, and for removal if a later one fails. */
async function record(run, format, w) {
    run.written.push(external_node_path_default().join(run.ctx.distDir, w.path));
    const t = w.target;
    run.added.push(await (0,manifest/* describe */.q0)(run.ctx.distDir, w.path, {
        kind: w.kind,
        format,
        ...(t ? { target: t.triple, os: t.os, arch: t.arch } : {}),
        ...w.fields,
        stage: 'package',
        ...(w.from ? { from: w.from } : {}),
    }));
}
async function writeArchives(run, targets) {
    const { ctx } = run;
    if (!run.formats.archives.length)
        return;
    const archives = run.formats.archives.map((f) => f.name);
    const files = await (0,archive_files/* extraFiles */.O)(ctx);
    for (const target of targets) {
        const bins = binariesOf(run, target);
        for (const format of formatsFor(target, archives, ctx.config.archives?.format_overrides)) {
            const fileName = archiveName(ctx, target, format);
            const entries = archiveEntries(ctx, fileName, format, bins, files);
            const out = external_node_path_default().join(ctx.distDir, fileName);
            await writeWithProgress(ctx.log, out, (progress) => (0,archive.writeArchive)(out, format, entries, { mtime: run.epoch, level: ctx.config.archives?.level, progress }));
            await record(run, format, {
                path: fileName,
                kind: 'archive',
                target,
                from: [
                    ...bins.map((b) => b.path),
                    ...files.map((f) => (0,paths/* toPosix */.d)(external_node_path_default().relative(ctx.projectDir, f.source))),
                ],
            });
        }
    }
}
function archiveName(ctx, target, format) {
    const template = ctx.config.archives?.name_template ?? DEFAULT_NAME_TEMPLATE;
    const templateKey = ctx.config.archives?.name_template ? 'archives.name_template' : 'default name template';
    const vars = (0,archive.archiveNameVars)(ctx.config.name, (0,config/* archiveVersion */.N9)(ctx.version), target, format);
    return (0,archive.renderName)(template, vars, templateKey);
}
function archiveEntries(ctx, fileName, format, bins, files) {
    const wrap = ctx.config.archives?.wrap_in_directory;
    const prefix = wrap === true
        ? fileName.slice(0, -(format.length + 1)) + '/'
        : typeof wrap === 'string' && wrap
            ? `${wrap.replace(/\/+$/, '')}/`
            : '';
    return [
        ...bins.map((b) => ({
            name: prefix + external_node_path_default().posix.basename(b.path),
            type: 'file',
            source: b.file,
            mode: 0o755,
        })),
        ...files.map((f) => ({ name: prefix + f.dst, type: 'file', source: f.source, mode: f.mode })),
    ];
}
/** The package of `format` for `target` (undefined: noarch), if the format applies to it (default: Linux). */
async function writePackage(run, format, target) {
    const { ctx } = run;
    if (target && !(format.appliesTo ? format.appliesTo(target) : target.os === 'linux'))
        return;
    const bins = binariesOf(run, target);
    const spec = await resolvePackage({
        packager: format.name,
        config: ctx.config,
        loaded: ctx.loaded,
        projectDir: ctx.projectDir,
        distDir: ctx.distDir,
        target,
        binaries: bins.map((b) => ({ name: b.name, file: b.file })),
        version: ctx.version,
        sourceDateEpoch: run.epoch,
        log: ctx.log,
    });
    try {
        const fileName = format.fileName(spec);
        const out = external_node_path_default().join(ctx.distDir, fileName);
        await writeWithProgress(ctx.log, out, (progress) => format.write(out, spec, { progress }));
        await record(run, format.name, {
            path: fileName,
            kind: format.name,
            target,
            fields: {
                package: spec.name,
                package_version: format.packageVersion(spec),
                ...(target ? {} : { os: 'linux', arch: spec.arch }),
            },
            from: [
                ...bins.map((b) => b.path),
                ...spec.files
                    .filter((f) => f.source && !f.source.startsWith(spec.tempDir ?? '\0'))
                    .map((f) => (0,paths/* toPosix */.d)(external_node_path_default().relative(ctx.projectDir, f.source))),
            ].filter((v, i, all) => all.indexOf(v) === i),
        });
    }
    finally {
        await cleanupPackage(spec);
    }
}
/** Formats made per target from its binaries (msi, nsis, oci), then their `finish` once. */
async function writeTargetFormats(run, targets) {
    for (const format of run.formats.targets) {
        for (const target of targets.filter((t) => format.appliesTo(t))) {
            const ctx = { ...formatContext(run), target, binaries: binariesOf(run, target) };
            for (const w of await format.write(ctx))
                await record(run, format.name, { target, ...w });
        }
        if (!format.finish)
            continue;
        const ctx = { ...formatContext(run), artifacts: releaseArtifacts(run), targets };
        for (const w of await format.finish(ctx))
            await record(run, format.name, w);
    }
}
/** Formats made once per release (source tarball, install.sh, package-manager manifests). */
async function writeReleaseFormats(run, targets, oneTarget) {
    for (const format of run.formats.releases) {
        if (format.wholeRelease && oneTarget) {
            run.ctx.log.info(`${format.name}: made once per release from every target's artifacts, so not in this job for ${oneTarget}; list it in the formats of a package-format job without a target that downloads the others (from: ${run.ctx.artifactPrefix}-package-*).`);
            continue;
        }
        const ctx = { ...formatContext(run), artifacts: releaseArtifacts(run), targets };
        for (const w of await format.write(ctx))
            await record(run, format.name, w);
    }
}
/** The manifest's artifacts and those this run added so far. */
function releaseArtifacts(run) {
    const added = new Set(run.added.map((a) => a.path));
    return [...run.ctx.manifest.artifacts.filter((a) => !added.has(a.path)), ...run.added];
}
/** The target of a package made with no build: `arch` of the config (nfpm: default amd64); all/noarch: none. */
function standaloneTarget(arch) {
    if (!arch)
        return (0,src_targets/* hostTarget */.az)();
    if (['all', 'noarch', 'any'].includes(arch))
        return undefined;
    return (0,src_targets/* resolveTarget */.u1)(arch, 'arch');
}


/***/ })

};
