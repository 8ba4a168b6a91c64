/**
 * What install.sh needs to know, from the config (`installer:`), the environment of the run
 * (GITHUB_REPOSITORY, GITHUB_SERVER_URL, GITHUB_API_URL, GITHUB_REF) and the release's archives in
 * the manifest. `installerSettings` checks the config before the package stage writes anything;
 * `installerData` then lists the archives once they are written.
 */
import { readFile } from 'node:fs/promises';
import type { DistroConfig, LoadedConfig } from '../../config/index.js';
import { archiveVersion, showValue, tagFromRef } from '../../config/index.js';
import { DistroError, locationPrefix, type ErrorLocation } from '../../errors.js';
import type { ManifestArtifact } from '../../manifest/index.js';
import { resolveInside } from '../../paths.js';
import { checkUrl } from '../../repos/url.js';
import { resolveTarget } from '../../targets/index.js';
import { DEFAULT_NAME_TEMPLATE, archiveNameVars, renderName } from '../archive/name.js';
import type { InstallerArchive, InstallerData } from './index.js';

/** `installer:` of distro.yml. */
export interface InstallerConfig {
  /** owner/name of the GitHub repository whose releases hold the archives (default: GITHUB_REPOSITORY). */
  repository?: string;
  /** The release tag (default: the tag of GITHUB_REF, else v<version>). */
  tag?: string;
  /** Where release files are downloaded: `<download_url>/<tag>/<file>` (default: GitHub's). */
  download_url?: string;
  /** The GitHub REST API for `--version latest` (default: GITHUB_API_URL, else https://api.github.com). */
  api_url?: string;
  /** Primary key fingerprint of the OpenPGP key sign-artifacts signs with. */
  fingerprint?: string;
  /** Or a file in the project holding that public key (its fingerprint is baked in). */
  public_key?: string;
  /** publish-repo's base-url, for `install.sh --method package`. */
  package_repository?: string;
  /** publish-repo channel (default stable). */
  channel?: string;
}

export type InstallerSettings = Omit<InstallerData, 'archives'> & { template: string };

/** Names the script passes through `case` and `sed`: letters, digits and . _ + ~ - only. */
const SAFE = /^[A-Za-z0-9._+~-]+$/;

function where(loaded: LoadedConfig, key: string): ErrorLocation {
  return { key, file: loaded.file, line: loaded.lineOf(key) };
}

function fail(loaded: LoadedConfig, key: string, text: string): never {
  const w = where(loaded, key);
  throw new DistroError(`${locationPrefix(w)}${key}: ${text}`, w);
}

/** The primary key fingerprint in `installer.public_key` (a public key, armored or binary). */
async function keyFingerprint(loaded: LoadedConfig, projectDir: string, rel: string): Promise<string> {
  const key = 'installer.public_key';
  const file = resolveInside(projectDir, rel, where(loaded, key));
  const data = await readFile(file).catch((e: NodeJS.ErrnoException) =>
    fail(
      loaded,
      key,
      `cannot read ${showValue(rel)} (${e.code ?? e.message}); give the path of the release's public key (KEY.asc) in the project.`,
    ),
  );
  const { readKey } = await import('openpgp');
  const text = data.toString('latin1');
  const parsed = await (
    text.includes('-----BEGIN PGP')
      ? readKey({ armoredKey: text })
      : readKey({ binaryKey: new Uint8Array(data) })
  ).catch((e: Error) => fail(loaded, key, `${showValue(rel)} is not an OpenPGP public key (${e.message}).`));
  if (parsed.isPrivate())
    fail(
      loaded,
      key,
      `${showValue(rel)} holds a private key; give the public key (gpg --export --armor <fingerprint>).`,
    );
  return parsed.getFingerprint().toUpperCase();
}

/** The release-wide settings, checked: every problem is an error naming its `installer.*` key. */
export async function installerSettings(o: {
  config: DistroConfig;
  loaded: LoadedConfig;
  projectDir: string;
  version: string;
  env: Record<string, string | undefined>;
}): Promise<InstallerSettings> {
  const { config, loaded, env } = o;
  const c = (config.installer ?? {}) as InstallerConfig;
  const version = archiveVersion(o.version);
  const tag = c.tag ?? tagFromRef(env.GITHUB_REF) ?? `v${version}`;
  if (!SAFE.test(tag))
    fail(
      loaded,
      'installer.tag',
      `${showValue(tag)} is not a tag install.sh can name (letters, digits and . _ + ~ -).`,
    );
  const repository = c.repository ?? env.GITHUB_REPOSITORY ?? '';
  if (repository && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
    fail(loaded, 'installer.repository', `${showValue(repository)} is not owner/name.`);
  if (!repository && !c.download_url)
    fail(
      loaded,
      'installer.repository',
      'install.sh needs to know where the release is downloaded from: set installer.repository (owner/name of the GitHub repository) or installer.download_url, or run on GitHub (GITHUB_REPOSITORY).',
    );
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const downloadUrl = checkUrl(
    c.download_url ?? `${server}/${repository}/releases/download`,
    c.download_url ? 'installer.download_url' : 'GITHUB_SERVER_URL',
    ['https:', 'http:'],
  );
  const api = checkUrl(
    c.api_url ?? env.GITHUB_API_URL ?? 'https://api.github.com',
    c.api_url ? 'installer.api_url' : 'GITHUB_API_URL',
    ['https:', 'http:'],
  );
  let fingerprint = '';
  if (c.fingerprint !== undefined) {
    fingerprint = String(c.fingerprint).replace(/\s+/g, '').toUpperCase();
    if (!/^([0-9A-F]{40}|[0-9A-F]{64})$/.test(fingerprint))
      fail(
        loaded,
        'installer.fingerprint',
        `${showValue(String(c.fingerprint))} is not an OpenPGP fingerprint (40 hex digits: gpg --fingerprint shows it; sign-artifacts prints it).`,
      );
  }
  if (c.public_key !== undefined) {
    const fromKey = await keyFingerprint(loaded, o.projectDir, c.public_key);
    if (fingerprint && fromKey !== fingerprint)
      fail(
        loaded,
        'installer.fingerprint',
        `${fingerprint} is not the fingerprint of installer.public_key (${fromKey}); remove one of them.`,
      );
    fingerprint = fromKey;
  }
  const repoUrl = c.package_repository
    ? checkUrl(c.package_repository, 'installer.package_repository', ['https:', 'http:'])
    : '';
  const channel = c.channel ?? 'stable';
  if (!SAFE.test(channel))
    fail(
      loaded,
      'installer.channel',
      `${showValue(channel)} is not a channel name (letters, digits and . _ + -).`,
    );
  const sums = config.sign?.checksums;
  if (sums && ![sums].flat().join(',').toLowerCase().includes('sha256'))
    fail(
      loaded,
      'sign.checksums',
      'install.sh checks downloads against SHA256SUMS; add sha256 to sign.checksums (or remove installer from formats).',
    );
  return {
    name: config.name,
    tag,
    version,
    downloadUrl,
    latestUrl: repository ? `${api.replace(/\/+$/, '')}/repos/${repository}/releases/latest` : '',
    fingerprint,
    repoUrl,
    channel,
    component: config.repos?.apt?.component ?? 'main',
    packageName: config.name,
    template: config.archives?.name_template ?? DEFAULT_NAME_TEMPLATE,
  };
}

/** The binaries in `a`: its `from` entries that are built binaries of its target. */
function binariesOf(a: ManifestArtifact, binaries: ManifestArtifact[]): string[] {
  const out: string[] = [];
  for (const p of a.from ?? []) {
    const b = binaries.find((x) => x.path === p);
    if (b) out.push(typeof b.name === 'string' ? b.name : p.split('/').pop()!);
    else if (p.startsWith(`build/${a.target}/`) && !p.slice(`build/${a.target}/`.length).includes('/'))
      out.push(p.split('/').pop()!);
  }
  return [...new Set(out)].sort();
}

/**
 * The archives install.sh can pick (every archive of a non-Windows target with binaries in it),
 * each named with `@VERSION@` for the version when its name follows the name template.
 */
export function installerArchives(s: InstallerSettings, artifacts: ManifestArtifact[]): InstallerArchive[] {
  const binaries = artifacts.filter((a) => a.kind === 'binary');
  const out: InstallerArchive[] = [];
  for (const a of artifacts) {
    if (a.kind !== 'archive' || !a.target || a.os === 'windows') continue;
    const t = resolveTarget(a.target, 'manifest');
    const bins = binariesOf(a, binaries);
    if (!bins.length || !SAFE.test(a.path) || !bins.every((b) => SAFE.test(b))) continue;
    const vars = archiveNameVars(s.name, s.version, t, String(a.format ?? ''));
    let file = a.path;
    try {
      if (renderName(s.template, vars) === a.path)
        file = renderName(s.template, { ...vars, version: '@VERSION@' });
    } catch {
      // made with another template: only this release's name is known
    }
    out.push({ os: t.os, arch: t.arch, abi: t.abi, file, binaries: bins, source: a.path });
  }
  return out;
}

/** The one error for a release install.sh has nothing to install from. */
export function noArchivesError(formatKey: string): DistroError {
  return new DistroError(
    `${formatKey}: installer needs the release's archives (tar.gz, tar.xz, tar.zst or zip) of at least one Linux, macOS or FreeBSD target, with binaries in them, and there are none. Add an archive format (formats: [tar.gz, installer]), or download the package jobs' archives with from: distro-package-*.`,
    { key: formatKey },
  );
}
