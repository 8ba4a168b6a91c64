export const id = 5265;
export const ids = [5265];
export const modules = {

/***/ 29000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RV: () => (/* binding */ DEFAULT_URL_TEMPLATE),
/* harmony export */   VY: () => (/* binding */ plainVersion),
/* harmony export */   dy: () => (/* binding */ releaseFiles),
/* harmony export */   hX: () => (/* binding */ archiveListing),
/* harmony export */   j6: () => (/* binding */ archivePerPlatform)
/* harmony export */ });
/* unused harmony export renderUrl */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _build_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44107);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _repos_github_assets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77856);
/**
 * What the package-manager manifests (Homebrew, Scoop, winget) are made from: the release's
 * archives and installers in the dist manifest, each with its sha256 and the URL users download
 * it from — rendered from a template, by default the GitHub release of the tag:
 * `https://github.com/{owner}/{repo}/releases/download/{tag}/{file}`.
 */




const DEFAULT_URL_TEMPLATE = 'https://github.com/{owner}/{repo}/releases/download/{tag}/{file}';
const PLACEHOLDERS = ['owner', 'repo', 'tag', 'version', 'name', 'file', 'os', 'arch'];
/** The kind an artifact has as a download: archive formats and the Windows installers. */
function formatOf(a) {
    if (a.kind === 'archive' && typeof a.format === 'string')
        return a.format;
    if (a.kind === 'msi' || a.kind === 'nsis')
        return a.kind;
    return undefined;
}
/**
 * Renders the download URL of `file`. A placeholder with no value (no GITHUB_REPOSITORY for
 * {owner}), an unknown placeholder, or a template that gives every file the same URL (no {file})
 * is an error naming `where.key`.
 */
function renderUrl(template, f, c, where) {
    const [owner = '', repo = ''] = c.repository.split('/');
    const values = {
        owner,
        repo,
        tag: c.tag,
        version: c.version,
        name: c.name,
        // GitHub stores release assets under its own spelling of the name (githubAssetName)
        file: encodeURIComponent(template.includes('/releases/download/') ? (0,_repos_github_assets_js__WEBPACK_IMPORTED_MODULE_3__/* .githubAssetName */ .DZ)(f.file) : f.file),
        os: f.os,
        arch: f.arch,
    };
    const at = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .locationPrefix */ .Kx)(where);
    if (!template.includes('{file}')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${at}${where.key}: the URL template ${JSON.stringify(template)} has no {file}, so it yields no URL of its own for ${f.file}; put {file} where the file name goes.`, where);
    }
    const url = template.replace(/\{([^{}]*)\}/g, (_, name) => {
        if (!PLACEHOLDERS.includes(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${at}${where.key}: unknown placeholder {${name}} in ${JSON.stringify(template)}; use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`, where);
        }
        const v = values[name];
        if (!v) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${at}${where.key}: {${name}} has no value here, so ${JSON.stringify(template)} yields no URL for ${f.file}` +
                (name === 'owner' || name === 'repo'
                    ? '; set GITHUB_REPOSITORY (owner/repo) or write the repository into the template.'
                    : '.'), where);
        }
        return v;
    });
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${at}${where.key}: ${JSON.stringify(url)} (for ${f.file}) is not a URL.`, where);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${at}${where.key}: ${url} is not an http(s) URL.`, where);
    }
    return url;
}
/** The release's archives and Windows installers, with their URLs. */
function releaseFiles(artifacts, template, c, where) {
    const out = [];
    for (const a of artifacts) {
        const format = formatOf(a);
        if (!format || !a.os || !a.arch)
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(a.path);
        const f = { file, os: a.os, arch: a.arch };
        out.push({
            path: a.path,
            file,
            kind: a.kind,
            format,
            os: a.os,
            arch: a.arch,
            sha256: a.sha256,
            url: renderUrl(template, f, c, where),
        });
    }
    const urls = new Map();
    for (const f of out) {
        const other = urls.get(f.url);
        if (other) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .locationPrefix */ .Kx)(where)}${where.key}: ${other} and ${f.path} get the same URL ${f.url}; the template must tell them apart (use {file}).`, where);
        }
        urls.set(f.url, f.path);
    }
    return out;
}
/** Preference among archive formats when a platform has several. */
const ARCHIVE_ORDER = ['tar.gz', 'tar.xz', 'zip', 'tar.zst'];
/** The one archive of each os/arch (tar.gz first), sorted by os and arch. */
function archivePerPlatform(files, os) {
    const best = new Map();
    for (const f of files) {
        if (f.kind !== 'archive' || !os.includes(f.os) || !ARCHIVE_ORDER.includes(f.format))
            continue;
        const key = `${f.os}/${f.arch}`;
        const cur = best.get(key);
        if (!cur || ARCHIVE_ORDER.indexOf(f.format) < ARCHIVE_ORDER.indexOf(cur.format))
            best.set(key, f);
    }
    return [...best.values()].sort((a, b) => `${a.os}/${a.arch}`.localeCompare(`${b.os}/${b.arch}`));
}
/**
 * The regular files in an archive, as paths below its single top-level directory when it has
 * one (as Homebrew and Scoop's extract_dir see it): `{ top, files }`.
 */
async function archiveListing(distDir, f, env) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(distDir, f.path);
    const out = f.format === 'zip'
        ? await (0,_build_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .query */ .P)(['unzip', '-Z1', abs], distDir, env)
        : await (0,_build_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .query */ .P)(['tar', '-tf', abs], distDir, env);
    if (out === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DistroError */ .Yt(`cannot list ${f.path} (${f.format === 'zip' ? 'unzip -Z1' : 'tar -tf'} failed); is it in the dist directory? Download it with 'from' before making the manifests.`, { key: 'input: from' });
    }
    const names = out
        .split('\n')
        .map((s) => s.trim().replace(/^\.\//, ''))
        .filter((s) => s && !s.endsWith('/'));
    const tops = new Set(names.map((n) => (n.includes('/') ? n.split('/')[0] : '')));
    const top = tops.size === 1 && !tops.has('') ? [...tops][0] : '';
    return { top, files: names.map((n) => (top ? n.slice(top.length + 1) : n)).sort() };
}
/** The project version without a leading `v`, as release manifests spell it. */
function plainVersion(v) {
    return v.replace(/^v(?=\d)/, '');
}


/***/ }),

/***/ 99332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ makeReleaseManifests)
});

// UNUSED EXPORTS: MANIFEST_FORMATS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/index.ts + 3 modules
var config = __webpack_require__(41687);
// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/formats/homebrew/index.ts
/**
 * A Homebrew formula (`<name>.rb`) for the release's macOS and Linux archives (x86_64, arm64):
 * `on_macos`/`on_linux` with `on_intel`/`on_arm` blocks holding each archive's url and sha256,
 * the binaries, shell completions and man pages installed from the archive, and a `test do`
 * block from the smoke command.
 */

/** Homebrew's formula names: lower case letters, digits, and `-_.+@` inside. */
const NAME = /^[a-z0-9][a-z0-9+_.@-]*$/;
/**
 * The Ruby class Homebrew expects for a formula name (Formulary.class_s): capitalised, each
 * `-`, `_`, `.` or space followed by a letter or digit becomes that character upper-cased,
 * `+` becomes `x`, and `@<digit>` becomes `AT<digit>`.
 */
function formulaClassName(name) {
    let s = name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
    s = s.replace(/[-_.\s]([a-zA-Z0-9])/g, (_, c) => c.toUpperCase());
    s = s.replace(/\+/g, 'x');
    s = s.replace(/(.)@(\d)/, '$1AT$2');
    return s;
}
/** A Ruby double-quoted string literal (no interpolation: `#` is escaped). */
function rubyString(s) {
    return `"${s.replace(/[\\"#]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"`;
}
/** A word quoted for the POSIX shell that shell_output runs its command in. */
function shQuote(s) {
    return /^[A-Za-z0-9_./=:,+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
const OS_BLOCK = { darwin: 'on_macos', linux: 'on_linux' };
const ARCH_BLOCK = { amd64: 'on_intel', arm64: 'on_arm' };
/** Homebrew's desc rules (brew audit): no trailing period, at most 80 characters. */
function homebrewDesc(desc) {
    const one = desc.split('\n')[0].trim().replace(/\.$/, '');
    return one.length > 80 ? `${one.slice(0, 79)}…` : one;
}
/** Completion and man page install lines for the files of the archive. */
function extraInstalls(files, name) {
    const lines = [];
    for (const f of files) {
        const base = f.split('/').pop();
        if (/(^|\/)(completions?|contrib)\//i.test(f) || /completion/i.test(f)) {
            if (/\.(bash)$/.test(base) || /bash/i.test(f)) {
                lines.push(`bash_completion.install ${rubyString(f)} => ${rubyString(name)}`);
            }
            else if (base.startsWith('_') || /\.zsh$/.test(base) || /zsh/i.test(f)) {
                lines.push(`zsh_completion.install ${rubyString(f)} => ${rubyString(`_${name}`)}`);
            }
            else if (/\.fish$/.test(base)) {
                lines.push(`fish_completion.install ${rubyString(f)}`);
            }
            continue;
        }
        const man = /\.([1-8])(\.gz)?$/.exec(base);
        if (man)
            lines.push(`man${man[1]}.install ${rubyString(f)}`);
    }
    return lines;
}
function testBlock(smoke, binaries) {
    const argv = smoke?.argv.length ? smoke.argv : [binaries[0], '--version'];
    const [cmd, ...args] = argv;
    const bin = binaries.includes(cmd) ? `#{bin}/${cmd}` : shQuote(cmd);
    // interpolation only for #{bin}: the rest is escaped for Ruby, then the shell
    const command = `"${bin.replace(/"/g, '\\"')}${args.map((a) => ' ' + rubyString(shQuote(a)).slice(1, -1)).join('')}"`;
    const expect = smoke?.expect;
    if (!expect)
        return [`system ${command}`];
    const re = /^\/(.*)\/([a-z]*)$/s.exec(expect);
    const pattern = re
        ? `Regexp.new(${rubyString(re[1])}${re[2]?.includes('i') ? ', Regexp::IGNORECASE' : ''})`
        : rubyString(expect);
    return [`assert_match ${pattern}, shell_output(${command})`];
}
/** The formula's text. */
function writeFormula(i) {
    if (!NAME.test(i.name)) {
        throw new errors/* DistroError */.Yt(`${i.where.key}: '${i.name}' is not a Homebrew formula name (lower case letters, digits and - _ . + @); set homebrew.name.`, i.where);
    }
    const byOs = new Map();
    for (const a of i.archives) {
        if (!OS_BLOCK[a.os] || !ARCH_BLOCK[a.arch])
            continue;
        byOs.set(a.os, [...(byOs.get(a.os) ?? []), a]);
    }
    if (byOs.size === 0) {
        throw new errors/* DistroError */.Yt(`${i.where.key}: the release has no macOS or Linux archive for x86_64 or arm64, so there is nothing for a Homebrew formula to install; add darwin/linux targets and an archive format (tar.gz), or remove homebrew from formats.`, i.where);
    }
    const L = [];
    L.push(`class ${formulaClassName(i.name)} < Formula`);
    L.push(`  desc ${rubyString(homebrewDesc(i.desc))}`);
    L.push(`  homepage ${rubyString(i.homepage)}`);
    L.push(`  version ${rubyString(i.version)}`);
    if (i.license)
        L.push(`  license ${rubyString(i.license)}`);
    for (const os of ['darwin', 'linux']) {
        const list = byOs.get(os);
        if (!list)
            continue;
        L.push('', `  ${OS_BLOCK[os]} do`);
        for (const [n, a] of list.entries()) {
            if (n > 0)
                L.push('');
            L.push(`    ${ARCH_BLOCK[a.arch]} do`);
            L.push(`      url ${rubyString(a.url)}`);
            L.push(`      sha256 ${rubyString(a.sha256)}`);
            L.push('    end');
        }
        L.push('  end');
    }
    L.push('', '  def install');
    for (const b of i.binaries)
        L.push(`    bin.install ${rubyString(b)}`);
    for (const x of extraInstalls(i.files, i.name))
        L.push(`    ${x}`);
    L.push('  end', '', '  test do');
    for (const t of testBlock(i.smoke, i.binaries))
        L.push(`    ${t}`);
    L.push('  end', 'end', '');
    return L.join('\n');
}

;// CONCATENATED MODULE: ./src/formats/scoop/index.ts
/**
 * A Scoop manifest (`<name>.json`) for the release's Windows zip archives: `64bit`/`arm64`
 * architectures with url and hash, the binaries as `bin`, and `checkver`/`autoupdate` pointing at
 * the release, so `scoop update` (or Scoop's excavator) finds the next version by itself.
 */

const SCOOP_ARCH = { amd64: '64bit', arm64: 'arm64', '386': '32bit' };
/**
 * `$version` where the version appears (Scoop's autoupdate variables) — only for a dotted version,
 * so that a version such as `1` does not replace every other `1` in the URL.
 */
function templated(s, version) {
    return /\d\.\d/.test(version) ? s.split(version).join('$version') : s;
}
function writeScoopManifest(i) {
    const archs = i.archives.filter((a) => a.os === 'windows' && a.format === 'zip' && SCOOP_ARCH[a.arch]);
    if (archs.length === 0) {
        throw new errors/* DistroError */.Yt(`${i.where.key}: the release has no Windows zip archive, so there is nothing for a Scoop manifest to install; add a Windows target (x86_64-pc-windows-gnu) and the zip format, or remove scoop from formats.`, i.where);
    }
    const architecture = {};
    const auto = {};
    for (const a of archs) {
        const key = SCOOP_ARCH[a.arch];
        architecture[key] = { url: a.url, hash: a.sha256, ...(a.top ? { extract_dir: a.top } : {}) };
        auto[key] = {
            url: templated(a.url, i.version),
            ...(a.top ? { extract_dir: templated(a.top, i.version) } : {}),
        };
    }
    const m = {
        version: i.version,
        description: i.description.split('\n')[0].trim(),
        homepage: i.homepage,
        ...(i.license ? { license: i.license } : {}),
        architecture,
        bin: i.binaries.length === 1 ? i.binaries[0] : i.binaries,
        ...(i.repository ? { checkver: { github: `${i.serverUrl.replace(/\/+$/, '')}/${i.repository}` } } : {}),
        autoupdate: { architecture: auto },
    };
    return JSON.stringify(m, null, 4) + '\n';
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/formats/winget/index.ts
/**
 * winget multi-file manifests (schema 1.10.0) — version, installer and defaultLocale — at
 * `manifests/<letter>/<Publisher>/<Name>/<version>/` as in microsoft/winget-pkgs. Each Windows
 * installer of the release is one entry: an MSI (`msi`), an NSIS setup (`nullsoft`), or a zip of
 * the binaries (`zip` with `NestedInstallerType: portable`, one command alias per binary).
 */


const WINGET_MANIFEST_VERSION = '1.10.0';
// the schema's PackageIdentifier pattern, control characters included
// eslint-disable-next-line no-control-regex
const IDENTIFIER = /^[^.\s\\/:*?"<>|\x01-\x1f]{1,32}(\.[^.\s\\/:*?"<>|\x01-\x1f]{1,32}){1,7}$/;
const WINGET_ARCH = { amd64: 'x64', arm64: 'arm64', '386': 'x86' };
const TYPE = { msi: 'msi', nsis: 'nullsoft', zip: 'zip' };
/** The directory of the manifests, relative to the root of winget-pkgs. */
function wingetDir(identifier, version) {
    const parts = identifier.split('.');
    return ['manifests', identifier.charAt(0).toLowerCase(), ...parts, version].join('/');
}
function installer(f, binaries) {
    const base = {
        Architecture: WINGET_ARCH[f.arch],
        InstallerType: TYPE[f.format],
    };
    if (f.format === 'zip') {
        base.NestedInstallerType = 'portable';
        base.NestedInstallerFiles = binaries.map((b) => ({
            RelativeFilePath: f.top ? `${f.top}\\${b}` : b,
            PortableCommandAlias: b.replace(/\.exe$/i, ''),
        }));
    }
    if (f.format === 'msi' || f.format === 'nsis')
        base.Scope = 'machine';
    return { ...base, InstallerUrl: f.url, InstallerSha256: f.sha256.toUpperCase() };
}
/** The three manifests as `{ path (below wingetDir), text }`. */
function writeWingetManifests(i) {
    if (!IDENTIFIER.test(i.identifier)) {
        throw new errors/* DistroError */.Yt(`${i.where.key}: '${i.identifier}' is not a winget PackageIdentifier (Publisher.Name: two to eight dot-separated parts without spaces); set winget.package_identifier.`, i.where);
    }
    const files = i.files.filter((f) => f.os === 'windows' && TYPE[f.format] && WINGET_ARCH[f.arch]);
    if (files.length === 0) {
        throw new errors/* DistroError */.Yt(`${i.where.key}: the release has no Windows zip, msi or nsis installer for winget to install; add a Windows target (x86_64-pc-windows-gnu) with zip, msi or nsis, or remove winget from formats.`, i.where);
    }
    const head = { PackageIdentifier: i.identifier, PackageVersion: i.version };
    const tail = { ManifestVersion: WINGET_MANIFEST_VERSION };
    const locale = i.locale ?? 'en-US';
    const schema = (type) => `# yaml-language-server: $schema=https://aka.ms/winget-manifest.${type}.${WINGET_MANIFEST_VERSION}.schema.json\n\n`;
    const doc = (type, body) => schema(type) + (0,dist/* stringify */.As)({ ...head, ...body, ManifestType: type, ...tail }, { lineWidth: 0 });
    const order = ['msi', 'nsis', 'zip'];
    const sorted = [...files].sort((a, b) => a.arch.localeCompare(b.arch) || order.indexOf(a.format) - order.indexOf(b.format));
    const optional = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)));
    return [
        { path: `${i.identifier}.yaml`, text: doc('version', { DefaultLocale: locale }) },
        {
            path: `${i.identifier}.installer.yaml`,
            text: doc('installer', {
                Installers: sorted.map((f) => installer(f, i.binaries)),
            }),
        },
        {
            path: `${i.identifier}.locale.${locale}.yaml`,
            text: doc('defaultLocale', optional({
                PackageLocale: locale,
                Publisher: i.publisher,
                PublisherUrl: i.publisherUrl,
                PackageName: i.packageName,
                PackageUrl: i.homepage,
                License: i.license,
                LicenseUrl: i.licenseUrl,
                ShortDescription: i.shortDescription.split('\n')[0].trim().slice(0, 256),
                Moniker: i.moniker,
                Tags: i.tags,
                ReleaseNotesUrl: i.releaseNotesUrl,
            })),
        },
    ];
}

// EXTERNAL MODULE: ./src/formats/release-files/index.ts
var release_files = __webpack_require__(29000);
;// CONCATENATED MODULE: ./src/formats/release-files/make.ts
/**
 * The package-manager manifests of a release (formats `homebrew`, `scoop`, `winget`), made from
 * the archives and installers of the dist manifest. package-format writes them; publish-repo makes
 * them again from its manifest (after sign-artifacts may have replaced the Windows files with
 * signed ones, whose sha256 differs) before pushing them.
 */








const MANIFEST_FORMATS = (/* unused pure expression or super */ null && (['homebrew', 'scoop', 'winget']));
const KIND = { homebrew: 'formula', scoop: 'scoop', winget: 'winget' };
function where(ctx, key) {
    const file = ctx.loaded.file;
    return { key, file, line: ctx.loaded.lineOf(key) };
}
function sectionFiles(ctx, fmt) {
    const sec = (ctx.config[fmt] ?? {});
    const key = sec.url_template ? `${fmt}.url_template` : fmt;
    const version = (0,release_files/* plainVersion */.VY)(ctx.version);
    return (0,release_files/* releaseFiles */.dy)(ctx.artifacts, sec.url_template ?? release_files/* DEFAULT_URL_TEMPLATE */.RV, {
        repository: ctx.env.GITHUB_REPOSITORY ?? '',
        tag: (0,config/* tagFromRef */.q)(ctx.env.GITHUB_REF) ?? `v${version}`,
        version,
        name: ctx.config.name,
    }, where(ctx, key));
}
/** Binaries of an archive: the built binaries it was made from (`build/<target>/<name>`). */
function binariesOf(ctx, files, listing) {
    const names = new Set();
    for (const f of files) {
        const a = ctx.artifacts.find((x) => x.path === f.path);
        for (const src of a?.from ?? [])
            if (/^build\/[^/]+\/[^/]+$/.test(src))
                names.add(external_node_path_default().posix.basename(src));
    }
    const found = [...names].filter((n) => listing.includes(n)).sort();
    if (found.length)
        return found;
    const guess = (ctx.config.build?.binaries ?? [ctx.config.name]).filter((b) => listing.includes(b) || listing.includes(`${b}.exe`));
    return guess.map((b) => (listing.includes(b) ? b : `${b}.exe`));
}
function smokeArgv(ctx) {
    const s = ctx.config.smoke;
    if (!s?.command)
        return s?.expect ? { argv: [], expect: s.expect } : undefined;
    const argv = Array.isArray(s.command) ? s.command.map(String) : (0,exec/* splitCommand */.GW)(s.command, 'smoke.command');
    return { argv, expect: s.expect };
}
async function homebrew(ctx) {
    const sec = ctx.config.homebrew ?? {};
    const w = where(ctx, 'homebrew');
    const archives = (0,release_files/* archivePerPlatform */.j6)(sectionFiles(ctx, 'homebrew'), ['darwin', 'linux']).filter((a) => ['amd64', 'arm64'].includes(a.arch));
    const listings = await Promise.all(archives.map((a) => (0,release_files/* archiveListing */.hX)(ctx.distDir, a, ctx.env)));
    const files = listings[0]?.files ?? [];
    const binaries = binariesOf(ctx, archives, files);
    for (const [n, l] of listings.entries()) {
        const missing = binaries.filter((b) => !l.files.includes(b));
        if (missing.length)
            throw new errors/* DistroError */.Yt(`homebrew: ${archives[n].path} lacks ${missing.join(', ')}, which the other archives have; every archive of the formula must hold the same files.`, w);
    }
    if (archives.length && !binaries.length)
        throw new errors/* DistroError */.Yt(`homebrew: ${archives[0].path} holds no binary of the project; set build.binaries.`, w);
    const name = sec.name ?? ctx.config.name.toLowerCase();
    const text = writeFormula({
        name,
        version: (0,release_files/* plainVersion */.VY)(ctx.version),
        desc: sec.description ?? ctx.config.description ?? name,
        homepage: sec.homepage ?? ctx.config.homepage ?? homepageOf(ctx, w),
        license: sec.license ?? ctx.config.license,
        archives,
        files,
        binaries,
        smoke: smokeArgv(ctx),
        where: w,
    });
    return [
        { path: `${name}.rb`, text, kind: KIND.homebrew, format: 'homebrew', from: archives.map((a) => a.path) },
    ];
}
function homepageOf(ctx, w) {
    const repo = ctx.env.GITHUB_REPOSITORY;
    if (repo)
        return `${(ctx.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repo}`;
    throw new errors/* DistroError */.Yt(`${w.key}: a homepage is needed; set homepage in the config.`, {
        ...w,
        key: 'homepage',
    });
}
async function windowsFiles(ctx, fmt) {
    const all = sectionFiles(ctx, fmt).filter((f) => f.os === 'windows');
    const zips = (0,release_files/* archivePerPlatform */.j6)(all, ['windows']).filter((a) => a.format === 'zip');
    const listed = await Promise.all(zips.map(async (z) => ({ ...z, ...(await (0,release_files/* archiveListing */.hX)(ctx.distDir, z, ctx.env)) })));
    const installers = all.filter((f) => f.format === 'msi' || f.format === 'nsis');
    const firstListing = listed[0] ? listed[0].files : [];
    const binaries = binariesOf(ctx, zips, firstListing);
    return { zips: listed, installers, binaries };
}
async function scoop(ctx) {
    const sec = ctx.config.scoop ?? {};
    const w = where(ctx, 'scoop');
    const { zips, binaries } = await windowsFiles(ctx, 'scoop');
    const name = sec.name ?? ctx.config.name;
    const text = writeScoopManifest({
        version: (0,release_files/* plainVersion */.VY)(ctx.version),
        description: sec.description ?? ctx.config.description ?? name,
        homepage: sec.homepage ?? ctx.config.homepage ?? homepageOf(ctx, w),
        license: sec.license ?? ctx.config.license,
        archives: zips,
        binaries,
        repository: sec.url_template ? '' : (ctx.env.GITHUB_REPOSITORY ?? ''),
        serverUrl: ctx.env.GITHUB_SERVER_URL || 'https://github.com',
        where: w,
    });
    return [{ path: `${name}.json`, text, kind: KIND.scoop, format: 'scoop', from: zips.map((z) => z.path) }];
}
async function winget(ctx) {
    const sec = ctx.config.winget ?? {};
    const w = where(ctx, 'winget');
    const { zips, installers, binaries } = await windowsFiles(ctx, 'winget');
    const owner = (ctx.env.GITHUB_REPOSITORY ?? '').split('/')[0] ?? '';
    const publisher = sec.publisher ?? ctx.config.vendor ?? owner;
    if (!publisher)
        throw new errors/* DistroError */.Yt('winget.publisher: winget needs a publisher; set winget.publisher or vendor.', {
            ...w,
            key: 'winget.publisher',
        });
    const packageName = sec.package_name ?? ctx.config.name;
    const identifier = sec.package_identifier ??
        `${publisher.replace(/[^A-Za-z0-9-]/g, '')}.${packageName.replace(/[^A-Za-z0-9-]/g, '')}`;
    const license = sec.license ?? ctx.config.license;
    if (!license)
        throw new errors/* DistroError */.Yt('winget.license: winget needs a license; set license (or winget.license).', {
            ...w,
            key: 'license',
        });
    const version = (0,release_files/* plainVersion */.VY)(ctx.version);
    const dir = wingetDir(identifier, version);
    const docs = writeWingetManifests({
        identifier,
        publisher,
        packageName,
        version,
        license,
        shortDescription: sec.short_description ?? ctx.config.description ?? packageName,
        homepage: sec.homepage ?? ctx.config.homepage,
        publisherUrl: sec.publisher_url,
        licenseUrl: sec.license_url,
        moniker: sec.moniker,
        tags: sec.tags,
        releaseNotesUrl: sec.release_notes_url,
        locale: sec.locale,
        files: [...installers, ...zips],
        binaries,
        where: { ...w, key: sec.package_identifier ? 'winget.package_identifier' : 'winget' },
    });
    return docs.map((d) => ({
        path: `winget/${dir}/${d.path}`,
        text: d.text,
        kind: KIND.winget,
        format: 'winget',
        from: [...installers, ...zips].map((f) => f.path),
        wingetDir: dir,
    }));
}
/** The files of the given manifest formats (nothing is written). */
async function makeReleaseManifests(ctx, formats) {
    const out = [];
    for (const f of formats) {
        if (f === 'homebrew')
            out.push(...(await homebrew(ctx)));
        else if (f === 'scoop')
            out.push(...(await scoop(ctx)));
        else
            out.push(...(await winget(ctx)));
    }
    return out;
}


/***/ }),

/***/ 77856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ githubAssetName),
/* harmony export */   z6: () => (/* binding */ syncAssets),
/* harmony export */   zb: () => (/* binding */ prepareAssets)
/* harmony export */ });
/* unused harmony exports contentTypeFor, listAssets */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _manifest_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34625);
/**
 * Release assets, idempotently. Each file is compared with the asset of the same name already on
 * the release: same content (GitHub's `digest`, or size plus a streamed download where the server
 * gives no digest) is left alone; other content is replaced by uploading under a temporary name,
 * deleting the old asset and renaming the new one, so the old file stays downloadable until its
 * replacement is complete and nothing is ever uploaded twice under one name (no `422
 * already_exists`). Uploads go to the release's `upload_url` (uploads.github.com, or `/api/uploads`
 * on GitHub Enterprise Server), streamed from disk, and are retried: after a failed attempt the
 * asset list is read again, so an upload whose response was lost counts as done and a half-written
 * one is removed first.
 */






const TEMP_PREFIX = 'distro-tmp-';
const TEMP_NAME = /^distro-tmp-[0-9a-f]{8}-/;
/**
 * The name GitHub stores for an uploaded file: it replaces characters other than letters, digits
 * and `-_.+` with `.` (`hello_1.0~rc1_amd64.deb` → `hello_1.0.rc1_amd64.deb`), and the asset list
 * shows that name, so matching on re-runs must use it.
 */
function githubAssetName(name) {
    return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}
const TYPES = [
    [/\.deb$/, 'application/vnd.debian.binary-package'],
    [/\.rpm$/, 'application/x-rpm'],
    [/\.apk$/, 'application/vnd.android.package-archive'],
    [/\.pkg\.tar\.zst$|\.zst$/, 'application/zstd'],
    [/\.(tar\.gz|tgz|gz)$/, 'application/gzip'],
    [/\.(tar\.xz|txz|xz)$/, 'application/x-xz'],
    [/\.(tar\.bz2|bz2)$/, 'application/x-bzip2'],
    [/\.tar$/, 'application/x-tar'],
    [/\.zip$/, 'application/zip'],
    [/\.msi$/, 'application/x-msi'],
    [/\.(asc|sig|gpg)$/, 'application/pgp-signature'],
    [/\.(json|intoto\.jsonl|sigstore)$/, 'application/json'],
    [/\.(txt|sha256|sha512|md5)$|sums$|SUMS$/, 'text/plain'],
    [/\.(ya?ml|sources|list|repo)$/, 'text/plain'],
    [/\.(rb)$/, 'text/x-ruby'],
];
/** The MIME type of an asset, from its name; application/octet-stream when unknown. */
function contentTypeFor(name) {
    return TYPES.find(([re]) => re.test(name))?.[1] ?? 'application/octet-stream';
}
/** All assets of a release (following pagination). */
async function listAssets(client, releaseId) {
    const out = [];
    for (let page = 1;; page++) {
        const res = await client.call('list release assets', () => client.octokit.rest.repos.listReleaseAssets({
            owner: client.owner,
            repo: client.repo,
            release_id: releaseId,
            per_page: 100,
            page,
        }));
        out.push(...res.data);
        if (!/rel="next"/.test(res.headers.link ?? ''))
            return out;
    }
}
/** Whether `asset` holds exactly the bytes of `local`: its digest, else its size and a streamed download. */
async function sameContent(client, asset, local) {
    if (asset.state !== 'uploaded' || asset.size !== local.size)
        return false;
    const digest = asset.digest ?? '';
    if (digest.startsWith('sha256:'))
        return digest.slice(7).toLowerCase() === local.sha256;
    const res = await client.call(`download asset ${asset.name}`, () => client.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        owner: client.owner,
        repo: client.repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
        request: { parseSuccessResponseBody: false },
    }));
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of res.data)
        h.update(chunk);
    return h.digest('hex') === local.sha256;
}
async function deleteAsset(client, asset) {
    await client.call(`delete asset ${asset.name}`, () => client.octokit.rest.repos.deleteReleaseAsset({
        owner: client.owner,
        repo: client.repo,
        asset_id: asset.id,
    }), { write: true, retry: true, allow404: true });
}
/** Uploads `local` as `name`, streamed, retried; a failed attempt's leftovers are inspected first. */
async function upload(client, release, local, name) {
    const recover = async () => {
        const there = (await listAssets(client, release.id)).find((a) => a.name === name);
        if (!there)
            return undefined;
        if (await sameContent(client, there, local))
            return there;
        await deleteAsset(client, there); // a partial upload ('open'), which would make the retry fail with 422
        return undefined;
    };
    return client.call(`upload asset ${name}`, async () => {
        const res = await client.octokit.request({
            method: 'POST',
            url: release.upload_url, // …/assets{?name,label}: the template takes name and label
            name,
            ...(local.label ? { label: local.label } : {}),
            headers: { 'content-type': local.contentType, 'content-length': local.size },
            data: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(local.file),
        });
        return res.data;
    }, { write: true, recover });
}
async function rename(client, asset, name, label) {
    await client.call(`rename asset ${asset.name} to ${name}`, () => client.octokit.rest.repos.updateReleaseAsset({
        owner: client.owner,
        repo: client.repo,
        asset_id: asset.id,
        name,
        ...(label ? { label } : {}),
    }), { write: true });
}
/**
 * Checks and hashes the files before anything is published: each exists, and no two become the
 * same asset name on release `tag`.
 */
async function prepareAssets(files, tag) {
    const seen = new Map();
    const out = [];
    for (const f of files) {
        const given = f.name ?? node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(f.path);
        const name = githubAssetName(given);
        const other = seen.get(name);
        if (other !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`input 'github-release': ${other} and ${f.path} would both be the asset '${name}' of release ${tag}; give the artifacts distinct names.`, { key: 'input: github-release' });
        }
        seen.set(name, f.path);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(f.path).catch(() => undefined);
        if (!st?.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`input 'github-release': asset file ${f.path} does not exist; run the stages that make it first (or download their artifacts with 'from').`, { key: 'input: github-release' });
        }
        const { size, sha256 } = await (0,_manifest_index_js__WEBPACK_IMPORTED_MODULE_5__/* .hashFile */ .DC)(f.path);
        const label = f.label ?? (given !== name ? given : undefined);
        out.push({
            file: f.path,
            name,
            contentType: f.contentType ?? contentTypeFor(given),
            label,
            size,
            sha256,
        });
    }
    return out;
}
/**
 * Makes the release's assets match `locals` (from `prepareAssets`): uploads new ones, replaces
 * changed ones, leaves equal ones. With `prune` (a rolling release), deletes the assets that are
 * not among them, after the uploads. Left-over temporary uploads of an interrupted run are removed.
 */
async function syncAssets(client, release, locals, options = {}) {
    const existing = await listAssets(client, release.id);
    const result = { uploaded: [], replaced: [], unchanged: [], deleted: [] };
    const plan = [];
    for (const local of locals) {
        const old = existing.find((a) => a.name === local.name);
        if (old && (await sameContent(client, old, local)))
            result.unchanged.push(local.name);
        else
            plan.push({ local, old });
    }
    if (plan.length && release.immutable) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`input 'tag': release ${release.tag_name} is immutable, so its assets cannot change (${plan.map((p) => p.local.name).join(', ')} differ). Publish a new version under a new tag.`, { key: 'input: tag' });
    }
    for (const a of existing.filter((x) => TEMP_NAME.test(x.name))) {
        await deleteAsset(client, a);
        result.deleted.push(a.name);
    }
    for (const { local, old } of plan) {
        if (!old) {
            await upload(client, release, local, local.name);
            options.log?.info(`uploaded ${local.name} (${local.size} bytes)`);
            result.uploaded.push(local.name);
            continue;
        }
        const temp = await upload(client, release, local, `${TEMP_PREFIX}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}-${local.name}`);
        await deleteAsset(client, old);
        await rename(client, temp, local.name, local.label);
        options.log?.info(`replaced ${local.name} (${local.size} bytes; the old one differed)`);
        result.replaced.push(local.name);
    }
    if (options.prune) {
        const keep = new Set(locals.map((l) => l.name));
        for (const a of existing.filter((x) => !keep.has(x.name) && !TEMP_NAME.test(x.name))) {
            await deleteAsset(client, a);
            result.deleted.push(a.name);
        }
    }
    return result;
}


/***/ }),

/***/ 36088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkUrl)
/* harmony export */ });
/* harmony import */ var _config_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98794);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * URL inputs (`base-url`, GITHUB_SERVER_URL, GITHUB_API_URL): each is written into files users
 * install (`.sources`, `.repo`), into the shell lines we print for them to paste, and into requests.
 * So a URL is checked as written, not as `new URL` repairs it (which drops newlines and tabs and
 * encodes spaces): only the characters RFC 3986 allows, no user or password (they would be
 * published), no query or fragment (paths are appended to it).
 */
 // not config/index.js: that loads the config loader

/** RFC 3986: unreserved, reserved and `%`-escapes; nothing else appears in a URL as written. */
const URL_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
function urlProblem(value, protocols) {
    if (!URL_CHARS.test(value))
        return 'it holds a character a URL cannot (a space, a newline, a quote, a backtick, < > { } | \\ ^ or a non-ASCII letter; percent-encode it)';
    if (/%(?![0-9A-Fa-f]{2})/.test(value))
        return "a '%' is not followed by two hex digits";
    let u;
    try {
        u = new URL(value);
    }
    catch {
        return 'it does not parse as an absolute URL';
    }
    if (!protocols.includes(u.protocol))
        return `its scheme is ${u.protocol.replace(/:$/, '')}, not ${protocols.map((p) => p.replace(/:$/, '')).join(' or ')}`;
    if (u.protocol !== 'file:' && !u.hostname)
        return 'it has no host';
    if (u.username || u.password)
        return 'it holds a user name or password, which would be published';
    if (value.includes('?') || value.includes('#'))
        return "it has a query or fragment ('?' or '#'); give the address of the directory";
    return undefined;
}
/** Throws one DistroError naming `key` unless `value` is a URL with one of `protocols` (`https:`). */
function checkUrl(value, key, protocols) {
    const why = urlProblem(value, protocols);
    if (why) {
        const name = key.replace(/^input: /, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistroError */ .Yt(`${key.startsWith('input: ') ? `input '${name}'` : name}: ${(0,_config_version_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(value)} is not a usable URL: ${why}; give it like https://owner.github.io/repo.`, { key });
    }
    return value;
}


/***/ })

};
