/**
 * A Scoop manifest (`<name>.json`) for the release's Windows zip archives: `64bit`/`arm64`
 * architectures with url and hash, the binaries as `bin`, and `checkver`/`autoupdate` pointing at
 * the release, so `scoop update` (or Scoop's excavator) finds the next version by itself.
 */
import { DistroError, type ErrorLocation } from '../../errors.js';
import type { ReleaseFile } from '../release-files/index.js';

export interface ScoopInput {
  version: string;
  description: string;
  homepage: string;
  license?: string;
  /** One zip per Windows arch (amd64, arm64), with the archive's top directory ('' for none). */
  archives: Array<ReleaseFile & { top: string }>;
  /** Binaries (with `.exe`). */
  binaries: string[];
  /** `owner/repo` of the GitHub release, for checkver; '' when the release is elsewhere. */
  repository: string;
  serverUrl: string;
  where: ErrorLocation;
}

const SCOOP_ARCH: Record<string, string> = { amd64: '64bit', arm64: 'arm64', '386': '32bit' };

/**
 * `$version` where the version appears (Scoop's autoupdate variables) — only for a dotted version,
 * so that a version such as `1` does not replace every other `1` in the URL.
 */
function templated(s: string, version: string): string {
  return /\d\.\d/.test(version) ? s.split(version).join('$version') : s;
}

export function writeScoopManifest(i: ScoopInput): string {
  const archs = i.archives.filter((a) => a.os === 'windows' && a.format === 'zip' && SCOOP_ARCH[a.arch]);
  if (archs.length === 0) {
    throw new DistroError(
      `${i.where.key}: the release has no Windows zip archive, so there is nothing for a Scoop manifest to install; add a Windows target (x86_64-pc-windows-gnu) and the zip format, or remove scoop from formats.`,
      i.where,
    );
  }
  const architecture: Record<string, Record<string, string>> = {};
  const auto: Record<string, Record<string, string>> = {};
  for (const a of archs) {
    const key = SCOOP_ARCH[a.arch]!;
    architecture[key] = { url: a.url, hash: a.sha256, ...(a.top ? { extract_dir: a.top } : {}) };
    auto[key] = {
      url: templated(a.url, i.version),
      ...(a.top ? { extract_dir: templated(a.top, i.version) } : {}),
    };
  }
  const m: Record<string, unknown> = {
    version: i.version,
    description: i.description.split('\n')[0]!.trim(),
    homepage: i.homepage,
    ...(i.license ? { license: i.license } : {}),
    architecture,
    bin: i.binaries.length === 1 ? i.binaries[0] : i.binaries,
    ...(i.repository ? { checkver: { github: `${i.serverUrl.replace(/\/+$/, '')}/${i.repository}` } } : {}),
    autoupdate: { architecture: auto },
  };
  return JSON.stringify(m, null, 4) + '\n';
}
