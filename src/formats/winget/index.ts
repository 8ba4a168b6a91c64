/**
 * winget multi-file manifests (schema 1.10.0) — version, installer and defaultLocale — at
 * `manifests/<letter>/<Publisher>/<Name>/<version>/` as in microsoft/winget-pkgs. Each Windows
 * installer of the release is one entry: an MSI (`msi`), an NSIS setup (`nullsoft`), or a zip of
 * the binaries (`zip` with `NestedInstallerType: portable`, one command alias per binary).
 */
import { stringify } from 'yaml';
import { DistroError, type ErrorLocation } from '../../errors.js';
import type { ReleaseFile } from '../release-files/index.js';

export const WINGET_MANIFEST_VERSION = '1.10.0';

export interface WingetInput {
  /** `Publisher.Name` (two to eight dot-separated parts). */
  identifier: string;
  publisher: string;
  packageName: string;
  version: string;
  license: string;
  shortDescription: string;
  homepage?: string;
  publisherUrl?: string;
  licenseUrl?: string;
  moniker?: string;
  tags?: string[];
  releaseNotesUrl?: string;
  locale?: string;
  /** The release's Windows archives (zip) and installers (msi, nsis), each with its top directory. */
  files: Array<ReleaseFile & { top?: string }>;
  /** Binaries (with `.exe`), for the portable zip entries. */
  binaries: string[];
  where: ErrorLocation;
}

// the schema's PackageIdentifier pattern, control characters included
// eslint-disable-next-line no-control-regex
const IDENTIFIER = /^[^.\s\\/:*?"<>|\x01-\x1f]{1,32}(\.[^.\s\\/:*?"<>|\x01-\x1f]{1,32}){1,7}$/;
const WINGET_ARCH: Record<string, string> = { amd64: 'x64', arm64: 'arm64', '386': 'x86' };
const TYPE: Record<string, string> = { msi: 'msi', nsis: 'nullsoft', zip: 'zip' };

/** The directory of the manifests, relative to the root of winget-pkgs. */
export function wingetDir(identifier: string, version: string): string {
  const parts = identifier.split('.');
  return ['manifests', identifier.charAt(0).toLowerCase(), ...parts, version].join('/');
}

function installer(f: ReleaseFile & { top?: string }, binaries: string[]): Record<string, unknown> {
  const base: Record<string, unknown> = {
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
  if (f.format === 'msi' || f.format === 'nsis') base.Scope = 'machine';
  return { ...base, InstallerUrl: f.url, InstallerSha256: f.sha256.toUpperCase() };
}

/** The three manifests as `{ path (below wingetDir), text }`. */
export function writeWingetManifests(i: WingetInput): Array<{ path: string; text: string }> {
  if (!IDENTIFIER.test(i.identifier)) {
    throw new DistroError(
      `${i.where.key}: '${i.identifier}' is not a winget PackageIdentifier (Publisher.Name: two to eight dot-separated parts without spaces); set winget.package_identifier.`,
      i.where,
    );
  }
  const files = i.files.filter((f) => f.os === 'windows' && TYPE[f.format] && WINGET_ARCH[f.arch]);
  if (files.length === 0) {
    throw new DistroError(
      `${i.where.key}: the release has no Windows zip, msi or nsis installer for winget to install; add a Windows target (x86_64-pc-windows-gnu) with zip, msi or nsis, or remove winget from formats.`,
      i.where,
    );
  }
  const head = { PackageIdentifier: i.identifier, PackageVersion: i.version };
  const tail = { ManifestVersion: WINGET_MANIFEST_VERSION };
  const locale = i.locale ?? 'en-US';
  const schema = (type: string) =>
    `# yaml-language-server: $schema=https://aka.ms/winget-manifest.${type}.${WINGET_MANIFEST_VERSION}.schema.json\n\n`;
  const doc = (type: string, body: Record<string, unknown>) =>
    schema(type) + stringify({ ...head, ...body, ManifestType: type, ...tail }, { lineWidth: 0 });
  const order = ['msi', 'nsis', 'zip'];
  const sorted = [...files].sort(
    (a, b) => a.arch.localeCompare(b.arch) || order.indexOf(a.format) - order.indexOf(b.format),
  );
  const optional = (o: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)),
    );
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
      text: doc(
        'defaultLocale',
        optional({
          PackageLocale: locale,
          Publisher: i.publisher,
          PublisherUrl: i.publisherUrl,
          PackageName: i.packageName,
          PackageUrl: i.homepage,
          License: i.license,
          LicenseUrl: i.licenseUrl,
          ShortDescription: i.shortDescription.split('\n')[0]!.trim().slice(0, 256),
          Moniker: i.moniker,
          Tags: i.tags,
          ReleaseNotesUrl: i.releaseNotesUrl,
        }),
      ),
    },
  ];
}
