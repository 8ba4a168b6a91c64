/**
 * Format `installer`: one `install.sh` per release, a POSIX sh script that picks the release's
 * archive for the machine it runs on, checks it against SHA256SUMS (and SHA256SUMS against the
 * release's OpenPGP key, whose fingerprint is baked in) and installs the binaries, man pages and
 * completions, with a receipt for `--uninstall`. The script text is ./template.ts; this file fills
 * in the release's data, every value single-quoted, so nothing from the config or the manifest is
 * ever read by the shell as code.
 */
import { INSTALL_SH_TEMPLATE } from './template.js';

export const INSTALLER_FILE = 'install.sh';

/** One archive the script may pick: its platform, file name and the binaries in it. */
export interface InstallerArchive {
  /** `linux`, `darwin`, `freebsd` (the target's os). */
  os: string;
  /** The target's arch as in file names: amd64, 386, arm64, armv7, riscv64, ppc64le, s390x. */
  arch: string;
  /** gnu, gnueabihf, musl, musleabihf, or '' (darwin, freebsd). */
  abi: string;
  /** The file name, with `@VERSION@` where the version goes (so `--version` finds other releases' archives). */
  file: string;
  /** Names of the executables in the archive (top level, or in its one top directory). */
  binaries: string[];
  /** The archive's path in the dist directory (for the manifest's `from`). */
  source: string;
}

export interface InstallerData {
  name: string;
  /** The release this script belongs to: its tag and the version in file names. */
  tag: string;
  version: string;
  /** Release downloads: `<downloadUrl>/<tag>/<file>`. */
  downloadUrl: string;
  /** `releases/latest` of the GitHub REST API, or '' (then `--version latest` is refused). */
  latestUrl: string;
  /** Primary key fingerprint (40 upper-case hex) of the key that signs SHA256SUMS; '' if unsigned. */
  fingerprint: string;
  /** The publish-repo base URL (holding apt/ and yum/) for `--method package`, or ''. */
  repoUrl: string;
  channel: string;
  /** The APT component (repos.apt.component, default main). */
  component: string;
  /** The package name apt-get/dnf install. */
  packageName: string;
  archives: InstallerArchive[];
}

/** One shell word in single quotes: nothing inside is expanded. */
function shQuote(v: string): string {
  return `'${v.replace(/'/g, `'\\''`)}'`;
}

/** The archive table, one line per archive: os arch abi file binaries (comma-separated). */
function archiveLines(archives: InstallerArchive[]): string {
  return [...archives]
    .map((a) => [a.os, a.arch, a.abi || '-', a.file, a.binaries.join(',')].join(' '))
    .sort()
    .join('\n');
}

/** The text of install.sh for `d`: same data, same bytes. */
export function renderInstaller(d: InstallerData): string {
  const data: Array<[string, string]> = [
    ['NAME', d.name],
    ['RELEASE_TAG', d.tag],
    ['RELEASE_VERSION', d.version],
    ['DOWNLOAD_URL', d.downloadUrl.replace(/\/+$/, '')],
    ['LATEST_URL', d.latestUrl],
    ['FINGERPRINT', d.fingerprint],
    ['SUMS', 'SHA256SUMS'],
    ['KEY_FILE', 'KEY.asc'],
    ['REPO_URL', d.repoUrl.replace(/\/+$/, '')],
    ['CHANNEL', d.channel],
    ['COMPONENT', d.component],
    ['PACKAGE', d.packageName],
    ['ARCHIVES', archiveLines(d.archives)],
  ];
  for (const [k, v] of data) {
    // the archive table is the only value with line breaks; a NUL would end the shell's read
    if (/[\0\r]/.test(v) || (k !== 'ARCHIVES' && v.includes('\n')))
      throw new Error(`installer: ${k} holds a control character`);
  }
  const header = `install.sh for ${d.name} ${d.version} (${d.tag}), made by distro-actions package-format (format installer).`;
  // replacer functions: a '$&' in a URL is text, not a replacement pattern
  return INSTALL_SH_TEMPLATE.replace('# @HEADER@', () => `# ${header.replace(/\n/g, ' ')}`).replace(
    '# @DATA@',
    () => data.map(([k, v]) => `${k}=${shQuote(v)}`).join('\n'),
  );
}
