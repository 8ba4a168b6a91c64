/**
 * The package-manager manifests of a release (formats `homebrew`, `scoop`, `winget`), made from
 * the archives and installers of the dist manifest. package-format writes them; publish-repo makes
 * them again from its manifest (after sign-artifacts may have replaced the Windows files with
 * signed ones, whose sha256 differs) before pushing them.
 */
import path from 'node:path';
import { tagFromRef } from '../../config/index.js';
import type { DistroConfig, LoadedConfig } from '../../config/types.js';
import { splitCommand } from '../../build/exec.js';
import { DistroError, type ErrorLocation } from '../../errors.js';
import type { ArtifactKind, ManifestArtifact } from '../../manifest/index.js';
import { writeFormula } from '../homebrew/index.js';
import { writeScoopManifest } from '../scoop/index.js';
import { wingetDir, writeWingetManifests } from '../winget/index.js';
import {
  archiveListing,
  archivePerPlatform,
  DEFAULT_URL_TEMPLATE,
  plainVersion,
  releaseFiles,
  type ReleaseFile,
} from './index.js';

export const MANIFEST_FORMATS = ['homebrew', 'scoop', 'winget'] as const;
export type ManifestFormat = (typeof MANIFEST_FORMATS)[number];
const KIND: Record<ManifestFormat, ArtifactKind> = { homebrew: 'formula', scoop: 'scoop', winget: 'winget' };

export interface ManifestContext {
  config: DistroConfig;
  loaded: LoadedConfig;
  version: string;
  artifacts: readonly ManifestArtifact[];
  distDir: string;
  env: Record<string, string | undefined>;
}

export interface MadeFile {
  /** Path relative to the dist directory. */
  path: string;
  text: string;
  kind: ArtifactKind;
  format: ManifestFormat;
  /** The release files it points at (dist paths). */
  from: string[];
  /** For winget: the manifest directory as in winget-pkgs (`manifests/h/…/1.0.0`). */
  wingetDir?: string;
}

type Section = { url_template?: string; [k: string]: unknown };

function where(ctx: ManifestContext, key: string): ErrorLocation {
  const file = ctx.loaded.file;
  return { key, file, line: ctx.loaded.lineOf(key) };
}

function sectionFiles(ctx: ManifestContext, fmt: ManifestFormat): ReleaseFile[] {
  const sec = (ctx.config[fmt] ?? {}) as Section;
  const key = sec.url_template ? `${fmt}.url_template` : fmt;
  const version = plainVersion(ctx.version);
  return releaseFiles(
    ctx.artifacts,
    sec.url_template ?? DEFAULT_URL_TEMPLATE,
    {
      repository: ctx.env.GITHUB_REPOSITORY ?? '',
      tag: tagFromRef(ctx.env.GITHUB_REF) ?? `v${version}`,
      version,
      name: ctx.config.name,
    },
    where(ctx, key),
  );
}

/** Binaries of an archive: the built binaries it was made from (`build/<target>/<name>`). */
function binariesOf(ctx: ManifestContext, files: ReleaseFile[], listing: string[]): string[] {
  const names = new Set<string>();
  for (const f of files) {
    const a = ctx.artifacts.find((x) => x.path === f.path);
    for (const src of a?.from ?? [])
      if (/^build\/[^/]+\/[^/]+$/.test(src)) names.add(path.posix.basename(src));
  }
  const found = [...names].filter((n) => listing.includes(n)).sort();
  if (found.length) return found;
  const guess = (ctx.config.build?.binaries ?? [ctx.config.name]).filter(
    (b) => listing.includes(b) || listing.includes(`${b}.exe`),
  );
  return guess.map((b) => (listing.includes(b) ? b : `${b}.exe`));
}

function smokeArgv(ctx: ManifestContext): { argv: string[]; expect?: string } | undefined {
  const s = ctx.config.smoke;
  if (!s?.command) return s?.expect ? { argv: [], expect: s.expect } : undefined;
  const argv = Array.isArray(s.command) ? s.command.map(String) : splitCommand(s.command, 'smoke.command');
  return { argv, expect: s.expect };
}

async function homebrew(ctx: ManifestContext): Promise<MadeFile[]> {
  const sec = ctx.config.homebrew ?? {};
  const w = where(ctx, 'homebrew');
  const archives = archivePerPlatform(sectionFiles(ctx, 'homebrew'), ['darwin', 'linux']).filter((a) =>
    ['amd64', 'arm64'].includes(a.arch),
  );
  const listings = await Promise.all(archives.map((a) => archiveListing(ctx.distDir, a, ctx.env)));
  const files = listings[0]?.files ?? [];
  const binaries = binariesOf(ctx, archives, files);
  for (const [n, l] of listings.entries()) {
    const missing = binaries.filter((b) => !l.files.includes(b));
    if (missing.length)
      throw new DistroError(
        `homebrew: ${archives[n]!.path} lacks ${missing.join(', ')}, which the other archives have; every archive of the formula must hold the same files.`,
        w,
      );
  }
  if (archives.length && !binaries.length)
    throw new DistroError(
      `homebrew: ${archives[0]!.path} holds no binary of the project; set build.binaries.`,
      w,
    );
  const name = sec.name ?? ctx.config.name.toLowerCase();
  const text = writeFormula({
    name,
    version: plainVersion(ctx.version),
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

function homepageOf(ctx: ManifestContext, w: ErrorLocation): string {
  const repo = ctx.env.GITHUB_REPOSITORY;
  if (repo) return `${(ctx.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repo}`;
  throw new DistroError(`${w.key}: a homepage is needed; set homepage in the config.`, {
    ...w,
    key: 'homepage',
  });
}

async function windowsFiles(ctx: ManifestContext, fmt: ManifestFormat) {
  const all = sectionFiles(ctx, fmt).filter((f) => f.os === 'windows');
  const zips = archivePerPlatform(all, ['windows']).filter((a) => a.format === 'zip');
  const listed = await Promise.all(
    zips.map(async (z) => ({ ...z, ...(await archiveListing(ctx.distDir, z, ctx.env)) })),
  );
  const installers = all.filter((f) => f.format === 'msi' || f.format === 'nsis');
  const firstListing = listed[0] ? listed[0].files : [];
  const binaries = binariesOf(ctx, zips, firstListing);
  return { zips: listed, installers, binaries };
}

async function scoop(ctx: ManifestContext): Promise<MadeFile[]> {
  const sec = ctx.config.scoop ?? {};
  const w = where(ctx, 'scoop');
  const { zips, binaries } = await windowsFiles(ctx, 'scoop');
  const name = sec.name ?? ctx.config.name;
  const text = writeScoopManifest({
    version: plainVersion(ctx.version),
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

async function winget(ctx: ManifestContext): Promise<MadeFile[]> {
  const sec = ctx.config.winget ?? {};
  const w = where(ctx, 'winget');
  const { zips, installers, binaries } = await windowsFiles(ctx, 'winget');
  const owner = (ctx.env.GITHUB_REPOSITORY ?? '').split('/')[0] ?? '';
  const publisher = sec.publisher ?? ctx.config.vendor ?? owner;
  if (!publisher)
    throw new DistroError('winget.publisher: winget needs a publisher; set winget.publisher or vendor.', {
      ...w,
      key: 'winget.publisher',
    });
  const packageName = sec.package_name ?? ctx.config.name;
  const identifier =
    sec.package_identifier ??
    `${publisher.replace(/[^A-Za-z0-9-]/g, '')}.${packageName.replace(/[^A-Za-z0-9-]/g, '')}`;
  const license = sec.license ?? ctx.config.license;
  if (!license)
    throw new DistroError('winget.license: winget needs a license; set license (or winget.license).', {
      ...w,
      key: 'license',
    });
  const version = plainVersion(ctx.version);
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
export async function makeReleaseManifests(
  ctx: ManifestContext,
  formats: readonly ManifestFormat[],
): Promise<MadeFile[]> {
  const out: MadeFile[] = [];
  for (const f of formats) {
    if (f === 'homebrew') out.push(...(await homebrew(ctx)));
    else if (f === 'scoop') out.push(...(await scoop(ctx)));
    else out.push(...(await winget(ctx)));
  }
  return out;
}
