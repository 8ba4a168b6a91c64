/**
 * The release version (DESIGN contract 3) and its spelling in each package format.
 *
 * Precedence: the `version` input, else a `v`-prefixed tag in GITHUB_REF (`refs/tags/v1.2.3`; a tag
 * without `v` is not a version), else the config's `version`, else `git describe`, else `0.0.0`.
 *
 * `git describe --tags --always --dirty --match 'v[0-9]*'` becomes a semver that sorts correctly
 * (like setuptools-scm's "guess next dev"): the last number of the tag is bumped and the commit
 * distance becomes a `dev` pre-release, the commit and dirtiness build metadata:
 *   v1.2.3               → 1.2.3
 *   v1.2.3-dirty         → 1.2.3+dirty
 *   v1.2.3-4-gabc1234    → 1.2.4-dev.4+gabc1234        (1.2.3 < it < 1.2.4)
 *   v1.2.3-rc.1-4-gabc12 → 1.2.3-rc.1.dev.4+gabc12     (rc.1 < it < rc.2)
 *   abc1234 (no v-tag)   → 0.0.0-dev+gabc1234
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { DistroError, locationPrefix, type ErrorLocation } from '../errors.js';
import type { DistroConfig } from './types.js';

const execFileAsync = promisify(execFile);

export type VersionSource = 'input' | 'tag' | 'git' | 'config' | 'default';

export interface ResolvedVersion {
  /** Plain semver-ish version without a leading `v` (`1.2.3`, `1.2.3-rc.1`, `1.2.4-dev.4+gabc1234`). */
  version: string;
  source: VersionSource;
  /** The pre-release part of `version`, if any (`rc.1`). */
  prerelease?: string;
}

/** Parts of a semver-ish version: `1.2.3-rc.1+build` → core 1.2.3, pre rc.1, build build. */
export interface VersionParts {
  core: string;
  pre?: string;
  build?: string;
}

const SEMVERISH = /^(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.+-]+))?$/;

/** `v1.2.3` → `1.2.3` (only a `v`/`V` followed by a digit is stripped). */
export function stripV(v: string): string {
  const t = v.trim();
  return /^[vV]\d/.test(t) ? t.slice(1) : t;
}

/** Splits a semver-ish version (digits and dots, then `-pre`, then `+build`); undefined if it is not one. */
export function parseVersion(v: string): VersionParts | undefined {
  const m = SEMVERISH.exec(stripV(v));
  if (!m) return undefined;
  return { core: m[1]!, pre: m[2] || undefined, build: m[3] || undefined };
}

/** The version of a tag ref: `refs/tags/v1.2.3` → `1.2.3`; anything else (branches, tags without `v`) → undefined. */
export function versionFromRef(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  // [\s\S]: a newline in the tag must reach checkReleaseVersion, not hide the tag.
  const m = /^refs\/tags\/[vV](\d[\s\S]*)$/.exec(ref.trim());
  return m ? m[1] : undefined;
}

/**
 * Why `name` is not a legal git ref name (git check-ref-format's rules), or undefined when it is:
 * a tag from the ref or the `tag` input goes into git's argv, API URLs and log lines, so control
 * characters, spaces and git's own specials are refused before anything uses it.
 */
export function refNameProblem(name: string): string | undefined {
  if (name === '' || name === '@') return 'it is empty';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name))
    return 'it holds a space, a control character or one of ~ ^ : ? * [ \\';
  if (name.includes('..') || name.includes('@{') || name.includes('//')) return "it holds '..', '@{' or '//'";
  if (name.startsWith('-')) return "it starts with '-' (git would read it as an option)";
  if (name.startsWith('/') || name.endsWith('/') || name.endsWith('.'))
    return "it starts or ends with '/' or ends with '.'";
  if (name.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock')))
    return "a part of it starts with '.' or ends with '.lock'";
  return undefined;
}

/**
 * The tag GITHUB_REF names (`refs/tags/v1.2.3` → `v1.2.3`), checked to be a legal tag name; undefined
 * for branches and pull requests.
 */
export function tagFromRef(ref: string | undefined): string | undefined {
  if (!ref?.startsWith('refs/tags/')) return undefined;
  const tag = ref.slice('refs/tags/'.length);
  const why = refNameProblem(tag);
  if (why) {
    throw new DistroError(
      `GITHUB_REF ${showValue(ref)} does not name a tag git accepts (${why}); push a tag named like v1.2.3, or set the 'tag' input.`,
      { key: 'GITHUB_REF' },
    );
  }
  return tag;
}

/** Turns `git describe --tags --always --dirty` output into a version (see the file comment). */
export function versionFromDescribe(describe: string): string | undefined {
  let d = describe.trim();
  if (!d) return undefined;
  let dirty = false;
  if (d.endsWith('-dirty')) {
    dirty = true;
    d = d.slice(0, -'-dirty'.length);
  }
  const m = /^(.*)-(\d+)-g([0-9a-f]+)$/.exec(d);
  let tag: string;
  let distance = 0;
  let hash: string | undefined;
  if (m) {
    tag = m[1]!;
    distance = Number(m[2]);
    hash = m[3];
  } else if (/^[0-9a-f]{4,}$/.test(d)) {
    // No v-tag reachable: --always printed the abbreviated commit.
    return `0.0.0-dev+${['g' + d, ...(dirty ? ['dirty'] : [])].join('.')}`;
  } else {
    tag = d;
  }
  if (!/^[vV]\d/.test(tag)) return undefined;
  const parts = parseVersion(tag);
  if (!parts) return undefined;
  const meta = [...(hash ? [`g${hash}`] : []), ...(dirty ? ['dirty'] : [])];
  if (parts.build) meta.unshift(parts.build);
  let core = parts.core;
  let pre = parts.pre;
  if (distance > 0) {
    if (pre) {
      pre = `${pre}.dev.${distance}`;
    } else {
      const nums = core.split('.');
      nums[nums.length - 1] = String(Number(nums[nums.length - 1]) + 1);
      core = nums.join('.');
      pre = `dev.${distance}`;
    }
  }
  return core + (pre ? `-${pre}` : '') + (meta.length ? `+${meta.join('.')}` : '');
}

async function gitDescribe(cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync(
      'git',
      ['describe', '--tags', '--always', '--dirty', '--match', 'v[0-9]*'],
      { cwd, timeout: 30_000, windowsHide: true },
    );
    return stdout.trim() || undefined;
  } catch {
    return undefined; // not a repository, no commits, or no git
  }
}

function result(version: string, source: VersionSource): ResolvedVersion {
  const pre = parseVersion(version)?.pre;
  return pre ? { version, source, prerelease: pre } : { version, source };
}

/**
 * What a release version may hold, whatever its source: it starts with a digit and has only the
 * characters semver and the package formats spell versions with. Nothing a shell, make or a
 * workflow command reads specially (`$`, backticks, quotes, `;`, spaces, newlines, `%`, `:`)
 * can pass, so the version is safe in `VERSION=…`, file names and log lines alike.
 */
const RELEASE_VERSION = /^[0-9][0-9A-Za-z.+~_^-]*$/;
const MAX_VERSION_LENGTH = 128;

/** `v` as a quoted string whose control characters show (`"1.0\n::error::x"`), for messages. */
export function showValue(v: string): string {
  return JSON.stringify(v.length > 200 ? `${v.slice(0, 200)}…` : v);
}

/** Where a bad version came from and what to do about it. */
export interface VersionOrigin extends ErrorLocation {
  /** `input 'version'`, `the tag refs/tags/v1.0`, `distro.yml:3: version` … */
  what: string;
  fix: string;
}

/** Throws one DistroError naming `origin` unless `v` is a version (see RELEASE_VERSION). */
export function checkReleaseVersion(v: string, origin: VersionOrigin): string {
  if (RELEASE_VERSION.test(v) && v.length <= MAX_VERSION_LENGTH) return v;
  const { what, fix, ...where } = origin;
  throw new DistroError(
    `${what}: ${showValue(v)} is not a version: a version starts with a digit and holds only letters, digits and . + ~ _ ^ - (at most ${MAX_VERSION_LENGTH} characters), like 1.2.3 or 1.2.3-rc.1; ${fix}.`,
    where,
  );
}

/** Where the config's version keys are, for errors (the loaded config's file and lines). */
export interface ConfigLocation {
  file?: string;
  lineOf?: (key: string) => number | undefined;
}

function configOrigin(key: string, loc: ConfigLocation | undefined): VersionOrigin {
  const line = loc?.lineOf?.(key);
  const where: ErrorLocation = { key, file: loc?.file, line };
  return {
    ...where,
    what: `${locationPrefix(where)}${key}`,
    fix: `write the version like ${key === 'version' ? 'version: 1.2.3' : `${key}: rc.1`} in ${loc?.file ? path.basename(loc.file) : 'the config'}`,
  };
}

/**
 * The release version: `input`, else a v-tag in `ref` (GITHUB_REF), else `config.version` (with the
 * nfpm `prerelease` and `version_metadata` fields applied), else `git describe` in `cwd`, else 0.0.0.
 * Whatever the source, the version is checked here, once (checkReleaseVersion): every stage gets
 * it from this function, so none can use an unchecked one.
 */
export async function resolveVersion(opts: {
  input?: string;
  ref?: string;
  cwd: string;
  config?: DistroConfig;
  /** The config's file and lines, for an error in its `version`. */
  configLocation?: ConfigLocation;
}): Promise<ResolvedVersion> {
  const input = opts.input?.trim();
  if (input) {
    const v = checkReleaseVersion(stripV(input), {
      key: 'input: version',
      what: "input 'version'",
      fix: 'set `version:` of this step to a version (or leave it empty to use the pushed v-tag)',
    });
    return result(v, 'input');
  }

  const fromTag = versionFromRef(opts.ref);
  if (fromTag) {
    const v = checkReleaseVersion(fromTag, {
      key: 'GITHUB_REF',
      what: `the tag of GITHUB_REF ${showValue(opts.ref!.trim())}`,
      fix: "push a tag named like v1.2.3, or set the 'version' input",
    });
    return result(v, 'tag');
  }

  const cfg = opts.config?.version;
  if (typeof cfg === 'string' && cfg.trim()) {
    let v = stripV(cfg);
    checkReleaseVersion(v, configOrigin('version', opts.configLocation));
    const parts = parseVersion(v);
    const pre = opts.config?.prerelease?.trim();
    const meta = typeof opts.config?.version_metadata === 'string' ? opts.config.version_metadata.trim() : '';
    if (parts) {
      v =
        parts.core +
        (pre || parts.pre ? `-${pre || parts.pre}` : '') +
        (meta || parts.build ? `+${meta || parts.build}` : '');
    }
    checkReleaseVersion(v, configOrigin(pre ? 'prerelease' : 'version_metadata', opts.configLocation));
    return result(v, 'config');
  }

  const described = await gitDescribe(opts.cwd);
  const fromGit = described ? versionFromDescribe(described) : undefined;
  if (fromGit) return result(fromGit, 'git');
  if (described) {
    // `--match 'v[0-9]*'` found a v-tag that is no version (`v1.0;x`): saying so beats 0.0.0.
    checkReleaseVersion(stripV(described), {
      key: 'git describe',
      what: `the nearest v-tag (git describe: ${showValue(described)})`,
      fix: "tag the release like v1.2.3, or set the 'version' input",
    });
  }

  return { version: '0.0.0', source: 'default' };
}

// ---------------------------------------------------------------------------------------------
// Per-format spellings

export interface SpellOptions {
  epoch?: string;
  release?: string;
  /** Where the version came from, for the error (default key `version`). */
  where?: ErrorLocation;
}

function fail(v: string, format: string, why: string, where: ErrorLocation | undefined): never {
  const loc: ErrorLocation = { ...where, key: where?.key ?? 'version' };
  throw new DistroError(
    `${locationPrefix(loc)}version '${v}' cannot be written as ${format} version: ${why}; give a version like 1.2.3 (or 1.2.3-rc.1 for a pre-release).`,
    loc,
  );
}

function checkEpoch(epoch: string | undefined, format: string, where?: ErrorLocation): string | undefined {
  const e = epoch?.trim();
  if (!e) return undefined;
  if (!/^\d+$/.test(e)) {
    throw new DistroError(
      `epoch '${e}' is not valid for ${format} packages: an epoch is a number; write e.g. epoch: 1.`,
      { ...where, key: 'epoch' },
    );
  }
  return String(Number(e));
}

function checkRelease(
  release: string | undefined,
  format: string,
  allowed: RegExp,
  rule: string,
  where?: ErrorLocation,
) {
  const r = release?.trim();
  if (!r) return undefined;
  if (!allowed.test(r)) {
    throw new DistroError(
      `release '${r}' is not valid for ${format} packages: ${rule}; write e.g. release: 1.`,
      { ...where, key: 'release' },
    );
  }
  return r;
}

const dots = (s: string) => s.replace(/-/g, '.');

/**
 * Debian: `[epoch:]upstream[-revision]`. A pre-release goes after `~` (sorts before the release:
 * `1.2.3-rc.1` → `1.2.3~rc.1`), build metadata stays `+x` (sorts after). Hyphens inside the
 * pre-release or metadata become dots (a hyphen would start the Debian revision).
 */
export function debVersion(v: string, opts: SpellOptions = {}): string {
  const where = opts.where;
  const epoch = checkEpoch(opts.epoch, 'Debian', where);
  const release = checkRelease(
    opts.release,
    'Debian',
    /^[A-Za-z0-9][A-Za-z0-9+.~]*$/,
    'a Debian revision has only letters, digits and + . ~',
    where,
  );
  const raw = stripV(v);
  const p = parseVersion(raw);
  let upstream: string;
  if (p) {
    upstream = p.core + (p.pre ? `~${dots(p.pre)}` : '') + (p.build ? `+${dots(p.build)}` : '');
  } else {
    upstream = raw;
    if (!/^[0-9]/.test(upstream)) fail(v, 'a Debian', 'it must start with a digit', where);
    if (upstream.includes(':'))
      fail(v, 'a Debian', "it may not contain ':' (give the epoch separately with epoch:)", where);
    if (!/^[0-9][A-Za-z0-9.+~-]*$/.test(upstream)) {
      fail(
        v,
        'a Debian',
        'it may contain only letters, digits and . + ~ (and - when there is a release)',
        where,
      );
    }
    if (upstream.includes('-') && !release) {
      fail(v, 'a Debian', "a '-' would be read as the start of the Debian revision", where);
    }
  }
  return `${epoch ? `${epoch}:` : ''}${upstream}${release ? `-${release}` : ''}`;
}

/**
 * RPM: Version may not contain `-`; a pre-release goes after `~` (`1.2.3~rc.1`, rpm ≥ 4.10), build
 * metadata after `+`. Release defaults to `1`.
 */
export function rpmVersion(
  v: string,
  opts: SpellOptions = {},
): { version: string; release: string; epoch?: string } {
  const where = opts.where;
  const epoch = checkEpoch(opts.epoch, 'RPM', where);
  const release =
    checkRelease(
      opts.release,
      'RPM',
      /^[A-Za-z0-9._+~^]+$/,
      'an RPM Release has only letters, digits and . _ + ~ ^',
      where,
    ) ?? '1';
  const raw = stripV(v);
  const p = parseVersion(raw);
  let version: string;
  if (p) {
    version = p.core + (p.pre ? `~${dots(p.pre)}` : '') + (p.build ? `+${dots(p.build)}` : '');
  } else {
    version = raw;
    if (!/^[A-Za-z0-9]/.test(version)) fail(v, 'an RPM', 'it must start with a letter or digit', where);
    if (version.includes('-')) fail(v, 'an RPM', "RPM versions may not contain '-'", where);
    if (!/^[A-Za-z0-9._+~^]+$/.test(version))
      fail(v, 'an RPM', 'it may contain only letters, digits and . _ + ~ ^', where);
  }
  return epoch ? { version, release, epoch } : { version, release };
}

/**
 * Arch Linux pkgver: no `-`, `:`, `/` or whitespace. vercmp sorts a letter suffix glued to the
 * number before the release (`1.2.3rc1 < 1.2.3`), but a suffix after `_` or `.` after it, so a
 * pre-release is glued on: `1.2.3-rc.1` → `1.2.3rc.1`. It must start with a letter for that.
 * Build metadata stays `+x`.
 */
export function archVersion(v: string, opts: { where?: ErrorLocation } = {}): string {
  const where = opts.where;
  const raw = stripV(v);
  const p = parseVersion(raw);
  if (p) {
    if (p.pre && !/^[A-Za-z]/.test(p.pre)) {
      fail(
        v,
        'an Arch Linux',
        `the pre-release '${p.pre}' must start with a letter to sort before ${p.core} in pacman (e.g. ${p.core}-rc.1); a package release (pkgrel) is not part of the version: set \`release:\``,
        where,
      );
    }
    return p.core + (p.pre ? dots(p.pre) : '') + (p.build ? `+${dots(p.build)}` : '');
  }
  if (!/^[A-Za-z0-9]/.test(raw)) fail(v, 'an Arch Linux', 'it must start with a letter or digit', where);
  if (/[\s/:-]/.test(raw))
    fail(
      v,
      'an Arch Linux',
      "a pkgver may not contain '-' (pacman reads it as the start of the pkgrel: set `release:` for that), ':' (the epoch: set `epoch:`), '/' or spaces; write e.g. 1.0_2 or 1.0.2",
      where,
    );
  if (!/^[A-Za-z0-9._+@~]+$/.test(raw))
    fail(v, 'an Arch Linux', 'it may contain only letters, digits and . _ + @', where);
  return raw;
}

/**
 * An Arch Linux package version in parts: pkgver (archVersion), pkgrel (a positive number, or one
 * with a single minor part such as `1.1`, as makepkg requires; default `1`) and the epoch.
 */
export function archPackageVersion(
  v: string,
  opts: SpellOptions = {},
): { version: string; release: string; epoch?: string } {
  const where = opts.where;
  const epoch = checkEpoch(opts.epoch, 'Arch Linux', where);
  const release =
    checkRelease(
      opts.release,
      'Arch Linux',
      /^[1-9][0-9]*(\.[1-9][0-9]*)?$/,
      'a pkgrel is a positive whole number, optionally with one minor part (1, 2, 1.1)',
      where,
    ) ?? '1';
  const version = archVersion(v, { where });
  return epoch ? { version, release, epoch } : { version, release };
}

const APK_PRE: Record<string, string> = {
  alpha: 'alpha',
  a: 'alpha',
  beta: 'beta',
  b: 'beta',
  pre: 'pre',
  preview: 'pre',
  dev: 'pre',
  snapshot: 'pre',
  nightly: 'pre',
  rc: 'rc',
  c: 'rc',
};
const APK_VERSION = /^\d+(\.\d+)*[a-z]?(_(alpha|beta|pre|rc)\d*)*(_(cvs|svn|git|hg|p)\d*)*(-r\d+)?$/;

/**
 * Alpine: `1.2.3[_alpha|_beta|_pre|_rc][N][_pN][-rN]`. `1.2.3-rc.1` → `1.2.3_rc1`, `1.2.3-beta` →
 * `1.2.3_beta`, `dev`/`preview`/`snapshot` → `_pre`. One identifier after the first pre-release
 * (`rc.1.dev.4`, which semver sorts after rc.1) becomes a post suffix `_p4`. Build metadata has no
 * Alpine spelling and is dropped (it does not order versions in semver either). `opts.release`
 * adds `-rN`.
 */
export function apkVersion(v: string, opts: { release?: string; where?: ErrorLocation } = {}): string {
  const where = opts.where;
  const release = checkRelease(
    opts.release,
    'Alpine',
    /^\d+$/,
    'an Alpine package release (-rN) is a number',
    where,
  );
  const suffix = release ? `-r${release}` : '';
  const raw = stripV(v);
  const p = parseVersion(raw);
  if (!p) {
    if (APK_VERSION.test(raw + suffix)) return raw + suffix;
    fail(
      v,
      'an Alpine',
      'Alpine versions are numbers with dots, optionally followed by _alpha, _beta, _pre, _rc or _p and a number',
      where,
    );
  }
  let out = p.core;
  if (p.pre) {
    const ids = p.pre.split(/[.-]/).filter((s) => s !== '');
    const first = /^([A-Za-z]+)(\d*)$/.exec(ids.shift() ?? '');
    const name = first ? APK_PRE[first[1]!.toLowerCase()] : undefined;
    if (!first || !name) {
      fail(
        v,
        'an Alpine',
        `the pre-release '${p.pre}' has no Alpine spelling: use alpha, beta, pre or rc, optionally with a number (1.2.3-rc.1 → 1.2.3_rc1)`,
        where,
      );
    }
    let num = first[2]!;
    if (!num && ids.length && /^\d+$/.test(ids[0]!)) num = ids.shift()!;
    out += `_${name}${num ? String(Number(num)) : ''}`;
    if (ids.length) {
      // One more identifier (optionally a word and a number): a post-release of that pre-release.
      const rest = ids.join('.');
      const m = /^(?:[A-Za-z]+\.?)?(\d*)$/.exec(rest);
      if (!m) {
        fail(
          v,
          'an Alpine',
          `the pre-release '${p.pre}' has too many parts for Alpine (write it like rc.1)`,
          where,
        );
      }
      out += `_p${m[1] ? String(Number(m[1])) : ''}`;
    }
  }
  out += suffix;
  if (!APK_VERSION.test(out)) fail(v, 'an Alpine', `'${out}' is not a valid Alpine version`, where);
  return out;
}

/** Archives and file names: the plain version (leading `v` stripped), checked to be safe in a file name. */
export function archiveVersion(v: string, opts: { where?: ErrorLocation } = {}): string {
  const raw = stripV(v);
  if (!/^[0-9A-Za-z][0-9A-Za-z._+~-]*$/.test(raw)) {
    fail(
      v,
      'an archive',
      'it must start with a letter or digit and contain only letters, digits and . _ + ~ -',
      opts.where,
    );
  }
  return raw;
}
