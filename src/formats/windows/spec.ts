/**
 * What the Windows installers (msi, nsis) share: the installer model built from the config, the
 * version in the numeric form Windows Installer and NSIS accept, name-based UUIDs (RFC 9562 v5)
 * for the codes that must stay stable from release to release, and a staging directory whose
 * files carry SOURCE_DATE_EPOCH as mtime (the cab and NSIS record file times).
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, utimes } from 'node:fs/promises';
import path from 'node:path';
import { DistroError, type ErrorLocation } from '../../errors.js';
import type { Target } from '../../targets/index.js';

/** Windows targets each installer format builds for (wixl 0.101 knows x86, x64 and ia64; no arm64). */
export const INSTALLER_ARCHES: Record<'msi' | 'nsis', readonly string[]> = {
  msi: ['x86_64', 'i686'],
  nsis: ['x86_64', 'i686', 'aarch64'],
};

/** One file the installer puts under the install directory. */
export interface InstallerFile {
  /** Absolute path of the content. */
  source: string;
  /** Path below the install directory, `/`-separated (`hello.exe`, `doc/README.md`). */
  dst: string;
  /** A program: its directory goes on PATH and it may get a Start menu shortcut. */
  binary?: boolean;
}

export interface Shortcut {
  /** The Start menu entry's name. */
  name: string;
  /** The file it starts, a `dst` of `files`. */
  target: string;
  /** Command-line arguments. */
  args?: string;
}

/** Everything msi and nsis need to know, already checked. */
export interface InstallerSpec {
  name: string;
  /** The release version as given (shown in Add/Remove Programs by NSIS). */
  version: string;
  /** major.minor.patch, numbers only: what Windows Installer compares. */
  numericVersion: string;
  vendor: string;
  description: string;
  homepage?: string;
  license?: string;
  target: Target;
  /** Folder below Program Files\<vendor>. */
  installDir: string;
  files: InstallerFile[];
  /** File (a `dst` of `files`) shown as license; optional. */
  licenseFile?: string;
  /** Absolute path of a .ico file. */
  icon?: string;
  shortcuts: Shortcut[];
  /** Stable across releases: `{XXXXXXXX-…}` upper case. */
  upgradeCode: string;
  /** SOURCE_DATE_EPOCH. */
  epoch: number;
}

/**
 * The namespace of distro-actions' name-based UUIDs: itself UUIDv5("distro-actions") in the URL
 * namespace of RFC 9562, so anyone can recompute an UpgradeCode from the README's recipe.
 */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** RFC 9562 UUID version 5 (SHA-1, name-based) of `name` in `namespace`, lower case. */
export function uuidV5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export const DISTRO_NAMESPACE = uuidV5(URL_NAMESPACE, 'https://github.com/distro-actions');

/** `{XXXXXXXX-XXXX-…}`: the spelling Windows Installer's GUID columns take. */
export function braced(uuid: string): string {
  return `{${uuid.toUpperCase()}}`;
}

/** The default UpgradeCode: UUIDv5 of `<vendor>/<name>` (lower case) in DISTRO_NAMESPACE. */
export function defaultUpgradeCode(vendor: string, name: string): string {
  return braced(uuidV5(DISTRO_NAMESPACE, `${vendor.toLowerCase()}/${name.toLowerCase()}`));
}

/** A GUID given in the config (`msi.upgrade_code`), braced and upper case, or an error naming the key. */
export function parseGuid(value: string, where: ErrorLocation & { key: string }): string {
  const m = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/.exec(
    value.trim(),
  );
  if (!m)
    throw new DistroError(
      `${where.key}: '${value}' is not a GUID; write it as XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX (hex digits), or remove it to use the one derived from vendor and name.`,
      where,
    );
  return braced(m[1]!);
}

/**
 * The version Windows compares: `major.minor.patch` with major and minor ≤ 255 and patch ≤ 65535
 * (Windows Installer's ProductVersion). A pre-release or build suffix has no place there and is
 * dropped (`dropped` says so, for a warning): 1.2.0-rc.1 installs as 1.2.0.
 */
export function windowsVersion(version: string, where: ErrorLocation): { numeric: string; dropped?: string } {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$/.exec(version);
  const nums = m ? [m[1], m[2] ?? '0', m[3] ?? '0'].map(Number) : [];
  const limits = [255, 255, 65535];
  if (!m || nums.some((n, i) => n > limits[i]!)) {
    throw new DistroError(
      `version '${version}' cannot be a Windows installer version: it needs major.minor.patch with major and minor at most 255 and patch at most 65535 (Windows Installer's ProductVersion); release a version such as 1.2.3.`,
      where,
    );
  }
  const rest = m[4] ?? '';
  return { numeric: nums.join('.'), ...(rest ? { dropped: rest } : {}) };
}

/**
 * Copies `files` below `dir` (at `files/<dst>`, with SOURCE_DATE_EPOCH as mtime, which the cab and
 * the NSIS data record) and returns the directory they are in.
 */
export async function stageFiles(dir: string, files: InstallerFile[], epoch: number): Promise<string> {
  const root = path.join(dir, 'files');
  for (const f of files) {
    const to = path.join(root, ...f.dst.split('/'));
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(f.source, to);
    await utimes(to, epoch, epoch);
  }
  return root;
}

/** `s` for an XML attribute or text (the generated WiX source). */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The first name in `maintainer` (`Hello Team <team@example.com>` → `Hello Team`). */
export function personName(maintainer: string | undefined): string | undefined {
  const n = maintainer?.replace(/<[^>]*>/g, '').trim();
  return n || undefined;
}

/** A Windows file name part: no `<>:"/\|?*` or control characters, no trailing dot or space. */
export function checkWindowsName(value: string, where: ErrorLocation & { key: string }): string {
  // eslint-disable-next-line no-control-regex
  if (!value.trim() || /[<>:"/\\|?*\u0000-\u001f]/.test(value) || /[. ]$/.test(value))
    throw new DistroError(
      `${where.key}: '${value}' cannot be a Windows folder or file name (no < > : " / \\ | ? * or control characters, not empty, no trailing dot or space); choose another.`,
      where,
    );
  return value;
}
