/**
 * What the package-manager manifests (Homebrew, Scoop, winget) are made from: the release's
 * archives and installers in the dist manifest, each with its sha256 and the URL users download
 * it from — rendered from a template, by default the GitHub release of the tag:
 * `https://github.com/{owner}/{repo}/releases/download/{tag}/{file}`.
 */
import path from 'node:path';
import { query } from '../../build/exec.js';
import { DistroError, locationPrefix, type ErrorLocation } from '../../errors.js';
import type { ManifestArtifact } from '../../manifest/index.js';
import { githubAssetName } from '../../repos/github/assets.js';

export const DEFAULT_URL_TEMPLATE = 'https://github.com/{owner}/{repo}/releases/download/{tag}/{file}';
const PLACEHOLDERS = ['owner', 'repo', 'tag', 'version', 'name', 'file', 'os', 'arch'] as const;

/** A file users download, with the facts the manifests need. */
export interface ReleaseFile {
  /** Path in the dist directory. */
  path: string;
  /** Base name (what the release asset is called). */
  file: string;
  kind: string;
  /** tar.gz, tar.xz, tar.zst, zip, msi, nsis. */
  format: string;
  os: string;
  arch: string;
  sha256: string;
  url: string;
}

export interface UrlContext {
  /** `owner/repo` (GITHUB_REPOSITORY), '' when unknown. */
  repository: string;
  tag: string;
  version: string;
  name: string;
}

/** The kind an artifact has as a download: archive formats and the Windows installers. */
function formatOf(a: ManifestArtifact): string | undefined {
  if (a.kind === 'archive' && typeof a.format === 'string') return a.format;
  if (a.kind === 'msi' || a.kind === 'nsis') return a.kind;
  return undefined;
}

/**
 * Renders the download URL of `file`. A placeholder with no value (no GITHUB_REPOSITORY for
 * {owner}), an unknown placeholder, or a template that gives every file the same URL (no {file})
 * is an error naming `where.key`.
 */
export function renderUrl(
  template: string,
  f: { file: string; os: string; arch: string },
  c: UrlContext,
  where: ErrorLocation,
): string {
  const [owner = '', repo = ''] = c.repository.split('/');
  const values: Record<(typeof PLACEHOLDERS)[number], string> = {
    owner,
    repo,
    tag: c.tag,
    version: c.version,
    name: c.name,
    // GitHub stores release assets under its own spelling of the name (githubAssetName)
    file: encodeURIComponent(template.includes('/releases/download/') ? githubAssetName(f.file) : f.file),
    os: f.os,
    arch: f.arch,
  };
  const at = locationPrefix(where);
  if (!template.includes('{file}')) {
    throw new DistroError(
      `${at}${where.key}: the URL template ${JSON.stringify(template)} has no {file}, so it yields no URL of its own for ${f.file}; put {file} where the file name goes.`,
      where,
    );
  }
  const url = template.replace(/\{([^{}]*)\}/g, (_, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new DistroError(
        `${at}${where.key}: unknown placeholder {${name}} in ${JSON.stringify(template)}; use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`,
        where,
      );
    }
    const v = values[name as keyof typeof values];
    if (!v) {
      throw new DistroError(
        `${at}${where.key}: {${name}} has no value here, so ${JSON.stringify(template)} yields no URL for ${f.file}` +
          (name === 'owner' || name === 'repo'
            ? '; set GITHUB_REPOSITORY (owner/repo) or write the repository into the template.'
            : '.'),
        where,
      );
    }
    return v;
  });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DistroError(`${at}${where.key}: ${JSON.stringify(url)} (for ${f.file}) is not a URL.`, where);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new DistroError(`${at}${where.key}: ${url} is not an http(s) URL.`, where);
  }
  return url;
}

/** The release's archives and Windows installers, with their URLs. */
export function releaseFiles(
  artifacts: readonly ManifestArtifact[],
  template: string,
  c: UrlContext,
  where: ErrorLocation,
): ReleaseFile[] {
  const out: ReleaseFile[] = [];
  for (const a of artifacts) {
    const format = formatOf(a);
    if (!format || !a.os || !a.arch) continue;
    const file = path.posix.basename(a.path);
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
  const urls = new Map<string, string>();
  for (const f of out) {
    const other = urls.get(f.url);
    if (other) {
      throw new DistroError(
        `${locationPrefix(where)}${where.key}: ${other} and ${f.path} get the same URL ${f.url}; the template must tell them apart (use {file}).`,
        where,
      );
    }
    urls.set(f.url, f.path);
  }
  return out;
}

/** Preference among archive formats when a platform has several. */
const ARCHIVE_ORDER = ['tar.gz', 'tar.xz', 'zip', 'tar.zst'];

/** The one archive of each os/arch (tar.gz first), sorted by os and arch. */
export function archivePerPlatform(files: readonly ReleaseFile[], os: readonly string[]): ReleaseFile[] {
  const best = new Map<string, ReleaseFile>();
  for (const f of files) {
    if (f.kind !== 'archive' || !os.includes(f.os) || !ARCHIVE_ORDER.includes(f.format)) continue;
    const key = `${f.os}/${f.arch}`;
    const cur = best.get(key);
    if (!cur || ARCHIVE_ORDER.indexOf(f.format) < ARCHIVE_ORDER.indexOf(cur.format)) best.set(key, f);
  }
  return [...best.values()].sort((a, b) => `${a.os}/${a.arch}`.localeCompare(`${b.os}/${b.arch}`));
}

/**
 * The regular files in an archive, as paths below its single top-level directory when it has
 * one (as Homebrew and Scoop's extract_dir see it): `{ top, files }`.
 */
export async function archiveListing(
  distDir: string,
  f: ReleaseFile,
  env: Record<string, string | undefined>,
): Promise<{ top: string; files: string[] }> {
  const abs = path.join(distDir, f.path);
  const out =
    f.format === 'zip'
      ? await query(['unzip', '-Z1', abs], distDir, env)
      : await query(['tar', '-tf', abs], distDir, env);
  if (out === undefined) {
    throw new DistroError(
      `cannot list ${f.path} (${f.format === 'zip' ? 'unzip -Z1' : 'tar -tf'} failed); is it in the dist directory? Download it with 'from' before making the manifests.`,
      { key: 'input: from' },
    );
  }
  const names = out
    .split('\n')
    .map((s) => s.trim().replace(/^\.\//, ''))
    .filter((s) => s && !s.endsWith('/'));
  const tops = new Set(names.map((n) => (n.includes('/') ? n.split('/')[0] : '')));
  const top = tops.size === 1 && !tops.has('') ? [...tops][0]! : '';
  return { top, files: names.map((n) => (top ? n.slice(top.length + 1) : n)).sort() };
}

/** The project version without a leading `v`, as release manifests spell it. */
export function plainVersion(v: string): string {
  return v.replace(/^v(?=\d)/, '');
}
