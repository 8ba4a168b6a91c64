/**
 * From the nfpm-compatible config to a PackageSpec for one packager and one target.
 *
 * nfpm semantics: `overrides.<packager>` replaces top-level fields; `contents` entries are files
 * (`src` relative to the project, or the name of a built binary of this target, which wins),
 * globs (dst is a directory), `tree`, `dir`, `symlink` (src is the link target), `config`,
 * `config|noreplace`, `doc`, `ghost`, `license`, `readme`, limited by `packager:`; `file_info`
 * sets mode/owner/group/mtime. Defaults: files 0755 when executable else 0644, dirs 0755,
 * root:root, mtime SOURCE_DATE_EPOCH. Parent directories are not listed here: the deb lists every
 * parent in data.tar, the rpm writer owns those Fedora's `filesystem` package does not.
 *
 * Added on top of nfpm:
 * - systemd units shipped under /lib/systemd/system, /usr/lib/systemd/system or
 *   /etc/systemd/system get the scripts dh_installsystemd (deb) and the %systemd_* macros (rpm)
 *   give; opt out with `systemd: false` at the top level or in the `deb:` / `rpm:` section.
 * - deb only: `/usr/share/doc/<name>/copyright` (DEP-5) and `changelog.Debian.gz` are generated
 *   unless the contents ship those paths.
 * - deb: release defaults to `1` (a Debian revision, so lintian reads the package as non-native).
 *
 * Generated files are written under a temporary directory in distDir (src/atomic.ts), recorded in
 * `spec.tempDir`: call `cleanupPackage(spec)` once the package is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { lstat, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { archPackageVersion, debVersion, rpmVersion } from '../../config/version.js';
import type { ContentEntry, DistroConfig, LoadedConfig } from '../../config/types.js';
import { makeTempDir } from '../../atomic.js';
import { DistroError, type ErrorLocation, locationPrefix, withPath } from '../../errors.js';
import type { Logger } from '../../log.js';
import { resolveInside } from '../../paths.js';
import type { Target } from '../../targets/types.js';
import { formatDep } from './deps.js';
import { globContents } from './glob.js';
import type { PackageSpec, Packager, PkgFile, PkgScripts } from './types.js';

export interface ResolveOptions {
  packager: Packager;
  config: DistroConfig;
  loaded: LoadedConfig;
  projectDir: string;
  distDir: string;
  /** undefined → architecture-independent (deb `all`, rpm `noarch`). */
  target?: Target;
  /** Built binaries of this target (absolute paths); a contents `src` naming one uses it. */
  binaries: Array<{ name: string; file: string }>;
  /** The release version (semver-ish, no `v`); spelled here for the packager. */
  version: string;
  sourceDateEpoch: number;
  log: Logger;
}

const SYSTEMD_DIRS = ['/lib/systemd/system/', '/usr/lib/systemd/system/', '/etc/systemd/system/'];
const SYSTEMD_UNIT = /\.(service|socket|timer)$/;
const SCRIPT_KEYS = ['preinstall', 'postinstall', 'preremove', 'postremove'] as const;

/** Deletes the generated files of `spec` (see spec.tempDir). */
export async function cleanupPackage(spec: PackageSpec): Promise<void> {
  if (spec.tempDir) await rm(spec.tempDir, { recursive: true, force: true });
}

export async function resolvePackage(o: ResolveOptions): Promise<PackageSpec> {
  const { packager, loaded, projectDir } = o;
  const base = o.config;
  const override = (base.overrides?.[packager] ?? {}) as Partial<DistroConfig>;
  const section = ((base as Record<string, unknown>)[packager] ?? {}) as Record<string, unknown>;
  // Copied as property descriptors: a key waiting for an unset ${VAR} throws only when read.
  const c = Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(base), ...Object.getOwnPropertyDescriptors(override) },
  ) as DistroConfig;
  /** The config path of a field: `overrides.deb.depends` when the override gave it. */
  const keyOf = (field: string) => (field in override ? `overrides.${packager}.${field}` : field);

  const loc = (key: string, fallback?: string): ErrorLocation => {
    const norm = key.replace(/\[(\d+)\]/g, '.$1');
    let line = loaded.lineOf(norm);
    if (line === undefined && fallback) line = loaded.lineOf(fallback);
    if (line === undefined) {
      // nearest ancestor with a line
      const parts = norm.split('.');
      for (let n = parts.length - 1; n > 0 && line === undefined; n--)
        line = loaded.lineOf(parts.slice(0, n).join('.'));
    }
    return { key, file: loaded.file, line };
  };
  const fail = (key: string, message: string, cause?: unknown): never => {
    const where = loc(key);
    throw new DistroError(`${locationPrefix(where)}${key}: ${message}`, { ...where, cause });
  };

  // --- name, version, arch -----------------------------------------------------------------
  const name = String(c.name ?? '').trim();
  if (!name) fail('name', 'the package needs a name; add `name: <package>` to the config.');
  if (packager === 'deb' && !/^[a-z0-9][a-z0-9+.-]+$/.test(name)) {
    fail(
      keyOf('name'),
      `'${name}' is not a legal Debian package name: use lower-case letters, digits and + - . only, at least two characters, starting with a letter or digit (e.g. ${name.toLowerCase().replace(/[^a-z0-9+.-]/g, '-')}); set overrides.deb.name to keep another name elsewhere.`,
    );
  }
  if (packager === 'rpm' && !/^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/.test(name)) {
    fail(keyOf('name'), `'${name}' is not a legal RPM package name: use letters, digits and . _ + - only.`);
  }
  if (packager === 'archlinux' && !/^[A-Za-z0-9@_+][A-Za-z0-9@._+-]*$/.test(name)) {
    fail(
      keyOf('name'),
      `'${name}' is not a legal Arch Linux package name: use letters, digits and @ . _ + - only, not starting with - or . (set overrides.archlinux.name to keep another name elsewhere).`,
    );
  }

  const verWhere = loc('version');
  let version: string;
  let release: string;
  let epoch: string | undefined;
  if (packager === 'rpm') {
    const r = rpmVersion(o.version, { epoch: c.epoch, release: c.release, where: verWhere });
    ({ version, release, epoch } = r);
  } else if (packager === 'archlinux') {
    const r = archPackageVersion(o.version, { epoch: c.epoch, release: c.release, where: verWhere });
    ({ version, release, epoch } = r);
  } else {
    release = String(c.release ?? '').trim() || '1';
    const full = debVersion(o.version, { epoch: c.epoch, release, where: verWhere });
    epoch = c.epoch ? String(Number(String(c.epoch).trim())) : undefined;
    version = full.slice(epoch ? epoch.length + 1 : 0, full.length - release.length - 1);
  }

  let arch: string;
  if (!o.target) arch = { deb: 'all', rpm: 'noarch', apk: 'noarch', archlinux: 'any' }[packager];
  else {
    const a = {
      deb: o.target.debian,
      rpm: o.target.rpm,
      apk: o.target.alpine,
      archlinux: o.target.archlinux,
    }[packager];
    if (!a)
      throw new DistroError(
        `target ${o.target.triple} has no ${packager} architecture; leave ${packager} out of formats for this target.`,
        { key: 'formats' },
      );
    arch = a;
  }

  // --- description ---------------------------------------------------------------------------
  const descText = String(c.description ?? '')
    .replace(/\r\n/g, '\n')
    .trim();
  const summary =
    String((packager === 'rpm' ? section.summary : undefined) ?? descText.split('\n')[0] ?? '').trim() ||
    name;
  const description = descText || summary;

  // --- dependencies --------------------------------------------------------------------------
  const depList = (field: string, from: 'top' | 'section'): string[] => {
    const raw = from === 'top' ? (c as Record<string, unknown>)[field] : section[field];
    const key = from === 'top' ? keyOf(field) : `${packager}.${field}`;
    if (raw === undefined || raw === null) return [];
    const list = typeof raw === 'string' ? raw.split(',').filter((s) => s.trim()) : raw;
    if (!Array.isArray(list)) fail(key, 'must be a list of package names, e.g. [libc6, "libssl3 (>= 3.0)"].');
    return (list as unknown[]).map((d, i) => {
      try {
        return formatDep(String(d), packager);
      } catch (err) {
        const k = `${key}[${i}]`;
        const where = loc(k, key);
        const ex =
          packager === 'deb'
            ? "write 'name', 'name (>= 1.0)' or 'a | b'"
            : packager === 'archlinux'
              ? "write 'name', 'name>=1.0' or 'name (>= 1.0)'"
              : "write 'name', 'name >= 1.0' or 'name (>= 1.0)'";
        throw new DistroError(
          `${locationPrefix(where)}${k}: malformed dependency '${String(d)}': ${(err as Error).message}; ${ex}.`,
          where,
        );
      }
    });
  };
  const depends = depList('depends', 'top');
  const recommends = depList('recommends', 'top');
  const suggests = depList('suggests', 'top');
  const conflicts = depList('conflicts', 'top');
  const replaces = depList('replaces', 'top');
  const provides = depList('provides', 'top');
  const predepends = depList('predepends', 'section');
  const breaks = depList('breaks', 'section');

  // --- contents ------------------------------------------------------------------------------
  const contentsKey = keyOf('contents');
  const entries = (c.contents ?? []) as ContentEntry[];
  const files = new Map<string, PkgFile & { key: string }>();
  const add = (f: PkgFile, key: string) => {
    const prev = files.get(f.dst);
    if (prev) {
      if (prev.type === 'dir' && f.type === 'dir') return;
      fail(`${key}.dst`, `'${f.dst}' is also the destination of ${prev.key}; each dst may appear once.`);
    }
    files.set(f.dst, { ...f, key });
  };
  const binaries = new Map(o.binaries.map((b) => [b.name, b.file]));

  for (const [i, e] of entries.entries()) {
    const key = `${contentsKey}[${i}]`;
    if (e.packager) {
      const only = String(e.packager)
        .split(',')
        .map((s) => s.trim());
      if (!only.includes(packager)) continue;
    }
    const rawType = String(e.type ?? '').trim();
    const type = rawType === 'file' ? '' : rawType === 'licence' ? 'license' : rawType;
    const dst = normDst(e.dst, (why) => fail(`${key}.dst`, why));
    const info = e.file_info ?? {};
    const owner = info.owner ?? 'root';
    const group = info.group ?? 'root';
    let mtime = o.sourceDateEpoch;
    if (info.mtime !== undefined) {
      const t = Date.parse(String(info.mtime));
      if (Number.isNaN(t))
        fail(
          `${key}.file_info.mtime`,
          `'${String(info.mtime)}' is not a date; write e.g. 2024-01-31T12:00:00Z.`,
        );
      mtime = Math.floor(t / 1000);
    }
    if (
      info.mode !== undefined &&
      (!Number.isInteger(info.mode) ||
        info.mode < 0 ||
        info.mode > 0o7777 ||
        !octalSource(loaded, `${key}.file_info.mode`))
    ) {
      fail(
        `${key}.file_info.mode`,
        `'${String(info.mode)}' is not an octal file mode; write e.g. 0644 or 04755.`,
      );
    }
    const flags = {
      config: type.startsWith('config') ? true : undefined,
      missingok: type === 'config|missingok' ? true : undefined,
      noreplace: type === 'config|noreplace' ? true : undefined,
      doc: type === 'doc' || type === 'readme' ? true : undefined,
      license: type === 'license' ? true : undefined,
    };
    const clean = <T extends object>(x: T): T =>
      Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as T;

    if (type === 'dir') {
      add({ dst, type: 'dir', mode: info.mode ?? 0o755, owner, group, mtime, size: 0 }, key);
      continue;
    }
    if (type === 'symlink') {
      if (!e.src) fail(`${key}.src`, 'a symlink needs src: the link target.');
      add({ dst, type: 'symlink', linkname: String(e.src), mode: 0o777, owner, group, mtime, size: 0 }, key);
      continue;
    }
    if (type === 'ghost') {
      add({ dst, type: 'file', mode: info.mode ?? 0o644, owner, group, mtime, size: 0, ghost: true }, key);
      continue;
    }
    if (
      !['', 'config', 'config|noreplace', 'config|missingok', 'doc', 'readme', 'license', 'tree'].includes(
        type,
      )
    ) {
      fail(
        `${key}.type`,
        `unknown type '${type}'; use config, config|noreplace, doc, dir, symlink, ghost, tree, license or leave it out.`,
      );
    }
    if (!e.src)
      fail(
        `${key}.src`,
        'is missing: give the file to install (relative to the project, or a built binary name).',
      );
    const src = String(e.src);
    const fileOf = async (abs: string, d: string) => {
      const st = await stat(abs);
      const f: PkgFile = clean({
        dst: d,
        type: 'file' as const,
        source: abs,
        mode: info.mode ?? (st.mode & 0o111 ? 0o755 : 0o644),
        owner,
        group,
        mtime,
        size: st.size,
        ...flags,
      });
      return f;
    };

    if (type !== 'tree' && binaries.has(src)) {
      add(await fileOf(binaries.get(src)!, dst), key);
      continue;
    }
    if (type !== 'tree') {
      // nfpm globs every file src: a plain path is a glob without matchers, a directory its files.
      const r = await globContents(projectDir, src, dst, String(e.dst).endsWith('/'), {
        literal: c.disable_globbing === true,
        check: (k) => resolveInside(projectDir, k, loc(`${key}.src`)),
      });
      if (!r.ok) {
        const hint = o.binaries.length
          ? ` nor a built binary (${o.binaries.map((b) => b.name).join(', ')})`
          : '';
        fail(
          `${key}.src`,
          r.reason === 'missing'
            ? `'${src}' does not exist in ${projectDir}${hint}; fix the path or build it first.`
            : r.reason === 'no-match'
              ? `the glob '${src}' matches no file in ${projectDir}${hint}; fix the pattern, or set disable_globbing: true to take it literally.`
              : r.reason === 'unreadable'
                ? `cannot read what '${src}' names (${r.message}); check the permissions of those files and directories.`
                : `'${src}' is not a valid glob (${r.message}); escape [ ] { } * ? with \\, or set disable_globbing: true.`,
        );
      }
      for (const m of r.ok ? r.matches : []) {
        if (m.link === undefined) add(await fileOf(m.abs, m.dst), key);
        else
          add(
            { dst: m.dst, type: 'symlink', linkname: m.link, mode: 0o777, owner, group, mtime, size: 0 },
            key,
          );
      }
      continue;
    }
    // type: tree
    const abs = resolveInside(projectDir, src, loc(`${key}.src`));
    const st = await stat(abs).catch(() =>
      fail(`${key}.src`, `'${src}' does not exist in ${projectDir}; fix the path.`),
    );
    if (!st.isDirectory()) fail(`${key}.src`, `'${src}' is not a directory (type: tree copies a directory).`);
    add({ dst, type: 'dir', mode: 0o755, owner, group, mtime, size: 0 }, key);
    for (const m of await walk(abs)) {
      const d = path.posix.join(dst, m.rel);
      if (m.dir) add({ dst: d, type: 'dir', mode: 0o755, owner, group, mtime, size: 0 }, key);
      else if (m.link !== undefined)
        add({ dst: d, type: 'symlink', linkname: m.link, mode: 0o777, owner, group, mtime, size: 0 }, key);
      else {
        const f = await fileOf(m.abs, d);
        if (info.mode === undefined) f.mode = m.mode & 0o111 ? 0o755 : 0o644;
        add(f, key);
      }
    }
  }

  // --- scripts ---------------------------------------------------------------------------------
  const scripts: PkgScripts = {};
  const scriptSrc = (c.scripts ?? {}) as Record<string, string>;
  const scriptsKey = keyOf('scripts');
  const readScript = async (rel: string, key: string): Promise<string> => {
    const abs = resolveInside(projectDir, rel, loc(key));
    let text: string;
    try {
      text = await readFile(abs, 'utf8');
    } catch {
      return fail(key, `the script file '${rel}' does not exist in ${projectDir}; fix the path.`);
    }
    return text.startsWith('#!') ? text : `#!/bin/sh\n${text}`;
  };
  for (const k of SCRIPT_KEYS) {
    if (scriptSrc[k]) scripts[k] = await readScript(scriptSrc[k]!, `${scriptsKey}.${k}`);
  }
  // scripts only one format has, from its own section (nfpm: rpm.scripts, archlinux.scripts)
  const own = { rpm: ['pretrans', 'posttrans'], archlinux: ['preupgrade', 'postupgrade'] } as const;
  if (packager === 'rpm' || packager === 'archlinux') {
    const rs = (section.scripts ?? {}) as Record<string, string>;
    for (const k of own[packager]) {
      if (rs[k]) scripts[k] = await readScript(rs[k]!, `${packager}.scripts.${k}`);
    }
  }

  // --- systemd ---------------------------------------------------------------------------------
  const systemdOn = (base as Record<string, unknown>).systemd !== false && section.systemd !== false;
  const units = [...files.values()]
    .filter(
      (f) => f.type !== 'dir' && SYSTEMD_DIRS.some((d) => f.dst.startsWith(d)) && SYSTEMD_UNIT.test(f.dst),
    )
    .map((f) => path.posix.basename(f.dst))
    .filter((u) => !u.includes('@')) // templates are not enabled by name
    .sort();
  if (systemdOn && units.length && (packager === 'deb' || packager === 'rpm')) {
    const snippets = packager === 'deb' ? debSystemd(units) : rpmSystemd(units);
    for (const [k, snippet] of Object.entries(snippets) as Array<[keyof PkgScripts, string]>) {
      const own = scripts[k];
      if (own && !/^#!\s*\S*\b(sh|bash|dash)\b/.test(own)) {
        fail(
          `${scriptsKey}.${k}`,
          `is not a shell script, so the systemd snippet for ${units.join(', ')} cannot be added; write it for /bin/sh or set systemd: false.`,
        );
      }
      scripts[k] = addSnippet(scripts[k], snippet, k === 'preremove' ? 'start' : 'end');
    }
  }

  // --- compression, triggers, extra --------------------------------------------------------------
  const compRaw = String(section.compression ?? 'gzip')
    .split(':')[0]!
    .trim();
  const compression = (compRaw === 'lzma' ? 'xz' : compRaw) as PackageSpec['compression'];
  if (!['gzip', 'xz', 'zstd', 'none'].includes(compression)) {
    fail(
      `${packager}.compression`,
      `'${compRaw}' is not a compression ${packager} supports; use gzip, xz, zstd or none.`,
    );
  }
  const triggers = packager === 'deb' ? debTriggers(section.triggers) : undefined;

  // --- generated deb docs ----------------------------------------------------------------------
  const maintainer = c.maintainer ? String(c.maintainer) : undefined;
  const author = maintainer ?? (c.vendor ? String(c.vendor) : `${name} maintainers`);
  const fullVersion = `${epoch ? `${epoch}:` : ''}${version}-${release}`;
  const changelog = [
    { version: fullVersion, date: o.sourceDateEpoch, author, text: `Release ${o.version}.` },
  ];
  let tempDir: string | undefined;
  if (packager === 'deb') {
    if (!maintainer)
      o.log.warn(
        'maintainer is not set: the deb has no Maintainer field (lintian: no-maintainer-field); add maintainer: Name <email>.',
        loc('maintainer'),
      );
    const docDir = `/usr/share/doc/${name}`;
    const want: Array<{ dst: string; data: Buffer }> = [];
    if (!files.has(`${docDir}/copyright`)) {
      const licFile =
        [...files.values()].find((f) => f.license && f.source)?.source ?? findLicense(projectDir);
      const licText = licFile ? await readFile(licFile, 'utf8').catch(() => undefined) : undefined;
      want.push({ dst: `${docDir}/copyright`, data: Buffer.from(dep5(name, c, author, licText)) });
    }
    if (!files.has(`${docDir}/changelog.Debian.gz`) && !files.has(`${docDir}/changelog.gz`)) {
      const text = debChangelog(name, fullVersion, author, o.sourceDateEpoch, o.version);
      const gz = zlib.gzipSync(Buffer.from(text), { level: 9 });
      gz[9] = 3; // OS: unix, whatever the build platform
      want.push({ dst: `${docDir}/changelog.Debian.gz`, data: gz });
    }
    if (want.length) {
      tempDir = await makeTempDir(o.distDir, `pkg-${name}-${arch}`);
      for (const [i, w] of want.entries()) {
        const abs = path.join(tempDir, `${i}-${path.posix.basename(w.dst)}`);
        await writeFile(abs, w.data).catch(async (e: unknown) => {
          await rm(tempDir!, { recursive: true, force: true });
          throw withPath(e, abs);
        });
        files.set(w.dst, {
          dst: w.dst,
          type: 'file',
          source: abs,
          mode: 0o644,
          owner: 'root',
          group: 'root',
          mtime: o.sourceDateEpoch,
          size: w.data.length,
          doc: true,
          key: 'generated',
        });
      }
    }
  }

  const sorted = [...files.values()]
    .map(({ key: _key, ...f }) => f)
    .sort((a, b) => (a.dst < b.dst ? -1 : a.dst > b.dst ? 1 : 0));

  const spec: PackageSpec = {
    packager,
    name,
    version,
    release,
    arch,
    summary,
    description,
    depends,
    predepends,
    recommends,
    suggests,
    conflicts,
    breaks,
    replaces,
    provides,
    files: sorted,
    scripts,
    changelog,
    compression,
    buildTime: o.sourceDateEpoch,
    extra: section,
  };
  if (epoch) spec.epoch = epoch;
  if (maintainer) spec.maintainer = maintainer;
  if (c.vendor) spec.vendor = String(c.vendor);
  if (c.homepage) spec.homepage = String(c.homepage);
  if (c.license) spec.license = String(c.license);
  const sec = section.section ?? c.section;
  if (sec) spec.section = String(sec);
  const prio = section.priority ?? c.priority;
  if (prio) spec.priority = String(prio);
  else if (packager === 'deb') spec.priority = 'optional';
  if (section.group) spec.group = String(section.group);
  // rpmlint counts rpm's 'Unspecified' as no group (E: no-group-tag); default to a real one.
  else if (packager === 'rpm') spec.group = 'Applications/System';
  if (triggers) spec.triggers = triggers;
  if (tempDir) spec.tempDir = tempDir;
  return spec;
}

/**
 * False when the config text spells a mode with a leading 0 and a digit 8 or 9 (`0899`): YAML reads
 * that as a decimal number, which is never what a file mode means.
 */
function octalSource(loaded: LoadedConfig, key: string): boolean {
  const line = loaded.lineOf(key.replace(/\[(\d+)\]/g, '.$1'));
  if (!loaded.file || line === undefined) return true;
  let text: string | undefined;
  try {
    text = readFileSync(loaded.file, 'utf8').split('\n')[line - 1];
  } catch {
    return true;
  }
  const m = /\bmode\s*:\s*["']?([0-9A-Za-z]+)/.exec(text ?? '');
  return !m || !/^0[0-9]*[89]/.test(m[1]!);
}

/** Why `raw` is not an install path (absolute, no `..` segment), or undefined when it is one. */
function dstProblem(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.includes('\0'))
    return `'${String(raw)}' is not an absolute path; write it as /usr/bin/… (dst is the install path).`;
  if (raw.split('/').includes('..'))
    return `'${raw}' has a '..' segment, so the file would install somewhere other than the path reads; write the install path without '..'.`;
  return undefined;
}

function normDst(raw: unknown, bad: (why: string) => never): string {
  const why = dstProblem(raw);
  if (why) bad(why);
  const n = path.posix.normalize(raw as string).replace(/\/+$/, '');
  if (!n) bad(dstProblem(undefined)!);
  return n;
}

/**
 * Checks every `contents[].dst` the packagers will read (top level and `overrides.<packager>`)
 * before any package or archive is written: a bad one is an error naming its key and line.
 */
export function checkContentsDst(
  config: DistroConfig,
  loaded: LoadedConfig,
  packagers: readonly Packager[],
): void {
  const lists: Array<[string, unknown]> = [['contents', config.contents]];
  for (const p of packagers) {
    const o = config.overrides?.[p] as Partial<DistroConfig> | undefined;
    lists.push([`overrides.${p}.contents`, o?.contents]);
  }
  for (const [key, list] of lists) {
    if (!Array.isArray(list)) continue;
    (list as ContentEntry[]).forEach((e, i) => {
      const why = dstProblem(e?.dst);
      if (!why) return;
      const k = `${key}[${i}].dst`;
      const where: ErrorLocation = {
        key: k,
        file: loaded.file,
        line: loaded.lineOf(`${key}.${i}.dst`) ?? loaded.lineOf(`${key}.${i}`),
      };
      throw new DistroError(`${locationPrefix(where)}${k}: ${why}`, where);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Files on disk

interface Walked {
  abs: string;
  rel: string;
  dir: boolean;
  link?: string;
  mode: number;
}

async function walk(root: string, rel = ''): Promise<Walked[]> {
  const out: Walked[] = [];
  const names = (await readdir(path.join(root, rel))).sort();
  for (const n of names) {
    const r = rel ? `${rel}/${n}` : n;
    const abs = path.join(root, r);
    const st = await lstat(abs);
    if (st.isSymbolicLink()) {
      out.push({ abs, rel: r, dir: false, link: await readlink(abs), mode: 0o777 });
    } else if (st.isDirectory()) {
      out.push({ abs, rel: r, dir: true, mode: 0o755 });
      out.push(...(await walk(root, r)));
    } else if (st.isFile()) out.push({ abs, rel: r, dir: false, mode: st.mode });
  }
  return out;
}

function findLicense(projectDir: string): string | undefined {
  for (const n of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'COPYING', 'COPYING.md']) {
    const p = path.join(projectDir, n);
    if (existsSync(p)) return p;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Generated documents

/** Lines as a deb control / DEP-5 continuation: one leading space, empty lines as ` .`. */
export function foldLines(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/\s+$/, '')
    .split('\n')
    .map((l) => (l.trim() === '' ? ' .' : ` ${l.replace(/\s+$/, '')}`))
    .join('\n');
}

/** Licenses Debian ships in /usr/share/common-licenses (SPDX → file). */
const COMMON_LICENSES: Record<string, string> = {
  'Apache-2.0': 'Apache-2.0',
  'Artistic-1.0': 'Artistic',
  'BSD-3-Clause': 'BSD',
  'CC0-1.0': 'CC0-1.0',
  'GFDL-1.3': 'GFDL-1.3',
  'GPL-2.0': 'GPL-2',
  'GPL-2.0-only': 'GPL-2',
  'GPL-2.0-or-later': 'GPL-2',
  'GPL-3.0': 'GPL-3',
  'GPL-3.0-only': 'GPL-3',
  'GPL-3.0-or-later': 'GPL-3',
  'LGPL-2.1': 'LGPL-2.1',
  'LGPL-2.1-only': 'LGPL-2.1',
  'LGPL-2.1-or-later': 'LGPL-2.1',
  'LGPL-3.0': 'LGPL-3',
  'LGPL-3.0-only': 'LGPL-3',
  'LGPL-3.0-or-later': 'LGPL-3',
  'MPL-2.0': 'MPL-2.0',
};

function dep5(name: string, c: DistroConfig, holder: string, licText: string | undefined): string {
  const license = c.license ? String(c.license) : 'unknown';
  const lines = [
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
    `Upstream-Name: ${name}`,
  ];
  if (c.homepage) lines.push(`Source: ${String(c.homepage)}`);
  lines.push('', 'Files: *', `Copyright: ${c.vendor ? String(c.vendor) : holder}`, `License: ${license}`);
  const common = COMMON_LICENSES[license];
  if (common)
    lines.push(
      ` On Debian systems, the full text of the license can be found in`,
      ` /usr/share/common-licenses/${common}.`,
    );
  else if (licText) lines.push(foldLines(licText));
  return `${lines.join('\n')}\n`;
}

/** RFC 2822 date as Debian changelogs write it: `Tue, 14 Nov 2023 22:13:20 +0000`. */
export function rfc2822(epoch: number): string {
  const d = new Date(epoch * 1000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

function debChangelog(
  name: string,
  version: string,
  author: string,
  epoch: number,
  upstream: string,
): string {
  return `${name} (${version}) unstable; urgency=medium\n\n  * Release ${upstream}.\n\n -- ${author}  ${rfc2822(epoch)}\n`;
}

/** nfpm's deb.triggers section → the control `triggers` file. */
function debTriggers(raw: unknown): string | undefined {
  if (!raw || typeof raw !== 'object')
    return typeof raw === 'string' && raw.trim() ? `${raw.trim()}\n` : undefined;
  const t = raw as Record<string, unknown>;
  const lines: string[] = [];
  for (const k of [
    'interest',
    'interest_await',
    'interest_noawait',
    'activate',
    'activate_await',
    'activate_noawait',
  ]) {
    const v = t[k];
    const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    for (const item of list) lines.push(`${k.replace('_', '-')} ${String(item)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : undefined;
}

// ---------------------------------------------------------------------------------------------
// systemd snippets

const MARK = '# Added by distro-actions for systemd units';

/**
 * What dh_installsystemd adds (enable, start/restart on upgrade, stop on remove, daemon-reload,
 * purge). Every command is guarded (no systemd in chroots and containers, no
 * init-system-helpers) and ends in `|| true`, so `set -e` scripts cannot fail on it. Nothing is
 * done under DPKG_ROOT (an install into another root without chroot): the helpers would act on
 * the host.
 */
function debSystemd(units: string[]): Partial<Record<keyof PkgScripts, string>> {
  const u = units.join(' ');
  return {
    postinstall: `${MARK}
if [ -z "\${DPKG_ROOT:-}" ] && { [ "$1" = "configure" ] || [ "$1" = "abort-upgrade" ] || [ "$1" = "abort-deconfigure" ] || [ "$1" = "abort-remove" ]; }; then
	if command -v deb-systemd-helper >/dev/null 2>&1; then
		for _unit in ${u}; do
			deb-systemd-helper unmask "$_unit" >/dev/null || true
			if deb-systemd-helper --quiet was-enabled "$_unit"; then
				deb-systemd-helper enable "$_unit" >/dev/null || true
			else
				deb-systemd-helper update-state "$_unit" >/dev/null || true
			fi
		done
	fi
	if [ -d /run/systemd/system ]; then
		systemctl --system daemon-reload >/dev/null || true
		if [ -n "$2" ]; then _dh_action=restart; else _dh_action=start; fi
		if command -v deb-systemd-invoke >/dev/null 2>&1; then
			deb-systemd-invoke $_dh_action ${u} >/dev/null || true
		fi
	fi
fi
`,
    preremove: `${MARK}
if [ -z "\${DPKG_ROOT:-}" ] && [ "$1" = remove ] && [ -d /run/systemd/system ] && command -v deb-systemd-invoke >/dev/null 2>&1; then
	deb-systemd-invoke stop ${u} >/dev/null || true
fi
`,
    postremove: `${MARK}
if [ -z "\${DPKG_ROOT:-}" ] && [ "$1" = remove ] && [ -d /run/systemd/system ]; then
	systemctl --system daemon-reload >/dev/null || true
fi
if [ -z "\${DPKG_ROOT:-}" ] && [ "$1" = "purge" ] && [ -x "/usr/bin/deb-systemd-helper" ]; then
	deb-systemd-helper purge ${u} >/dev/null || true
	deb-systemd-helper unmask ${u} >/dev/null || true
fi
`,
  };
}

/** What %systemd_post, %systemd_preun and %systemd_postun_with_restart give. */
function rpmSystemd(units: string[]): Partial<Record<keyof PkgScripts, string>> {
  const u = units.join(' ');
  return {
    postinstall: `${MARK}
if [ "$1" -eq 1 ] && command -v systemctl >/dev/null 2>&1; then
	systemctl --no-reload preset ${u} >/dev/null 2>&1 || :
fi
`,
    preremove: `${MARK}
if [ "$1" -eq 0 ] && command -v systemctl >/dev/null 2>&1; then
	if [ -d /run/systemd/system ]; then
		systemctl --no-reload disable --now ${u} >/dev/null 2>&1 || :
	else
		systemctl --no-reload disable ${u} >/dev/null 2>&1 || :
	fi
fi
`,
    postremove: `${MARK}
if [ -d /run/systemd/system ]; then
	systemctl daemon-reload >/dev/null 2>&1 || :
	if [ "$1" -ge 1 ]; then
		systemctl try-restart ${u} >/dev/null 2>&1 || :
	fi
fi
`,
  };
}

/**
 * Adds a snippet to a script: at `#DEBHELPER#` when the script has that token, else after the
 * shebang (`start`) or at the end, before a final `exit 0` (`end`). A new script is
 * `#!/bin/sh` + `set -e` + the snippet.
 */
function addSnippet(script: string | undefined, snippet: string, where: 'start' | 'end'): string {
  if (!script) return `#!/bin/sh\nset -e\n\n${snippet}`;
  if (script.includes('#DEBHELPER#')) return script.replace('#DEBHELPER#', snippet.trimEnd());
  const text = script.endsWith('\n') ? script : `${script}\n`;
  if (where === 'start') {
    const nl = text.indexOf('\n');
    return `${text.slice(0, nl + 1)}${snippet}\n${text.slice(nl + 1)}`;
  }
  const m = /\n[ \t]*exit\s+0[ \t]*\n\s*$/.exec(text);
  if (m) return `${text.slice(0, m.index + 1)}\n${snippet}${text.slice(m.index + 1)}`;
  return `${text}\n${snippet}`;
}
