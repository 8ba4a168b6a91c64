/**
 * `<dist-dir>/manifest.json` (DESIGN contract 2): the list of artifacts produced so far. Paths are
 * relative to the dist directory, with forward slashes.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../atomic.js';
import { DistroError } from '../errors.js';

export const MANIFEST_FILE = 'manifest.json';

/** Kinds of DESIGN contract 2 (add, never rename). `build-info` is the build record beside binaries. */
export type ArtifactKind =
  | 'binary'
  | 'build-info'
  | 'archive'
  | 'deb'
  | 'rpm'
  | 'apk'
  | 'archlinux'
  | 'appimage'
  | 'msi'
  | 'nsis'
  | 'installer'
  | 'source'
  | 'oci'
  | 'formula'
  | 'scoop'
  | 'winget'
  | 'checksums'
  | 'signature'
  | 'sbom'
  | 'attestation'
  | 'repo'
  | 'report';

/** Kinds a user downloads from a release (binaries mostly travel inside archives and packages). */
export const DOWNLOAD_KINDS: ReadonlySet<ArtifactKind> = new Set<ArtifactKind>([
  'archive',
  'deb',
  'rpm',
  'apk',
  'archlinux',
  'appimage',
  'msi',
  'nsis',
  'installer',
  'source',
]);

export type StageName = 'build' | 'package' | 'sign' | 'publish' | 'smoke';

export interface ManifestArtifact {
  path: string;
  kind: ArtifactKind;
  target?: string;
  os?: string;
  arch?: string;
  size: number;
  sha256: string;
  stage: StageName;
  from?: string[];
  /**
   * The sha256 of an earlier file at this path that this one supersedes (a package signed in place
   * by the sign stage); merging keeps this entry over that one.
   */
  replaces?: string;
  /** Extra facts a stage records (archive format, binary name, …). */
  [extra: string]: unknown;
}

export interface Manifest {
  schema: 1;
  project: { name: string; version: string };
  artifacts: ManifestArtifact[];
}

export function emptyManifest(project: { name: string; version: string }): Manifest {
  return { schema: 1, project: { ...project }, artifacts: [] };
}

/** Size and sha256 of a file, streamed. With `sha512: true`, its SHA-512 too (one read). */
export async function hashFile(
  file: string,
  opts: { sha512?: boolean } = {},
): Promise<{ size: number; sha256: string; sha512?: string }> {
  const h256 = createHash('sha256');
  const h512 = opts.sha512 ? createHash('sha512') : undefined;
  let size = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    size += chunk.length;
    h256.update(chunk);
    h512?.update(chunk);
  }
  return { size, sha256: h256.digest('hex'), ...(h512 ? { sha512: h512.digest('hex') } : {}) };
}

function check(m: unknown, file: string): Manifest {
  const bad = (why: string): never => {
    throw new DistroError(
      `${file} is not a distro-actions manifest: ${why}. Delete it, or re-run the stage that wrote it.`,
      { file, key: 'manifest' },
    );
  };
  if (!m || typeof m !== 'object') bad('not a JSON object');
  const o = m as Record<string, unknown>;
  if (o.schema !== 1) bad(`"schema" is ${JSON.stringify(o.schema)}, expected 1`);
  const p = o.project as Record<string, unknown> | undefined;
  if (!p || typeof p.name !== 'string' || typeof p.version !== 'string')
    bad('"project" needs "name" and "version" strings');
  if (!Array.isArray(o.artifacts)) bad('"artifacts" is not a list');
  (o.artifacts as unknown[]).forEach((a, i) => {
    const r = a as Record<string, unknown>;
    if (!r || typeof r.path !== 'string' || typeof r.kind !== 'string' || typeof r.sha256 !== 'string')
      bad(`artifacts[${i}] needs "path", "kind" and "sha256"`);
    if (path.isAbsolute(r.path as string) || (r.path as string).split('/').includes('..'))
      bad(`artifacts[${i}].path '${String(r.path)}' must be relative to the dist directory`);
  });
  return o as unknown as Manifest;
}

/** Reads the manifest of `distDir`; undefined when there is none. */
export async function readManifest(distDir: string): Promise<Manifest | undefined> {
  const file = path.join(distDir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DistroError(`${file} is not valid JSON (${(e as Error).message}); delete it and re-run.`, {
      file,
      key: 'manifest',
    });
  }
  return check(data, file);
}

/** Writes the manifest atomically (temp file + rename), artifacts sorted by path. */
export async function writeManifest(distDir: string, m: Manifest): Promise<string> {
  const file = path.join(distDir, MANIFEST_FILE);
  const sorted: Manifest = { ...m, artifacts: [...m.artifacts].sort((a, b) => cmp(a.path, b.path)) };
  await writeAtomic(file, JSON.stringify(sorted, null, 2) + '\n');
  return file;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds or replaces (same path) an artifact — a stage re-run in the same dist dir replaces its output. */
export function addArtifact(m: Manifest, a: ManifestArtifact): void {
  const i = m.artifacts.findIndex((x) => x.path === a.path);
  if (i >= 0) m.artifacts[i] = a;
  else m.artifacts.push(a);
}

/**
 * Merges `other` into `base` (downloaded artifacts of earlier jobs). The same path with the same
 * content merges to one entry; an entry whose `replaces` names the other's sha256 (an rpm the sign
 * stage signed in place) wins over it; any other same path with other content is an error: two
 * jobs produced one file name, and one would silently overwrite the other.
 */
export function mergeManifests(base: Manifest, other: Manifest, otherName = 'another artifact'): Manifest {
  if (base.project.name !== other.project.name) {
    throw new DistroError(
      `${otherName} is for project '${other.project.name}', this one is '${base.project.name}'; check the 'from' input.`,
      { key: 'from' },
    );
  }
  const out: Manifest = { ...base, artifacts: [...base.artifacts] };
  for (const a of other.artifacts) {
    const i = out.artifacts.findIndex((x) => x.path === a.path);
    const mine = out.artifacts[i];
    if (!mine) out.artifacts.push(a);
    else if (a.replaces === mine.sha256) out.artifacts[i] = a;
    else if (mine.replaces === a.sha256) continue;
    else if (mine.sha256 !== a.sha256) {
      throw new DistroError(
        `${a.path} comes from ${otherName} (stage ${a.stage}) with other content than the one already in the dist directory (stage ${mine.stage}); give the artifacts distinct names (archives.name_template) or download fewer artifacts with 'from'.`,
        { key: 'from' },
      );
    }
  }
  return out;
}

interface Written {
  size: number;
  sha256: string;
  ino: number;
  mtimeMs: number;
}
const written = new Map<string, Written>();

/**
 * Remembers the sha256 a writer computed while it wrote `file` (hashing on the way to disk), so
 * describe does not read the file again. Kept only while the file stays the same inode, size and
 * mtime.
 */
export async function recordWritten(file: string, r: { size: number; sha256: string }): Promise<void> {
  const st = await stat(file);
  if (st.size === r.size)
    written.set(path.resolve(file), { size: r.size, sha256: r.sha256, ino: st.ino, mtimeMs: st.mtimeMs });
}

/** Builds a manifest entry for a file under `distDir` (hashed, unless its writer recorded it). */
export async function describe(
  distDir: string,
  rel: string,
  fields: { kind: ArtifactKind; stage: StageName; [extra: string]: unknown },
): Promise<ManifestArtifact> {
  const abs = path.resolve(distDir, rel);
  const st = await stat(abs);
  const known = written.get(abs);
  written.delete(abs);
  const { size, sha256 } =
    known && known.ino === st.ino && known.size === st.size && known.mtimeMs === st.mtimeMs
      ? known
      : await hashFile(abs);
  return { path: rel.split(path.sep).join('/'), ...fields, size, sha256 } as ManifestArtifact;
}
