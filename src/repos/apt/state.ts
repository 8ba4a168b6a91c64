/**
 * The committed state of an APT repository on disk: for every suite under `dists/`, its Release
 * and the packages its indices list. Indices are read through `by-hash/SHA256/<hex>` (the bytes the
 * Release vouches for, whatever a killed run left at the plain paths) and checked against the
 * Release's SHA256. Pool files are not read.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { DistroError } from '../../errors.js';
import { getField, parseControl, type Stanza } from '../../formats/deb/read.js';
import type { Digests } from './hash.js';
import { binaryDir } from './layout.js';
import { releaseIndex } from './release.js';

/** One binary package of a suite: a stanza of one component's Packages. */
export interface PackageEntry {
  name: string;
  version: string;
  arch: string;
  component: string;
  /** Pool path relative to the repository root (the `Filename` field). */
  filename: string;
  sha256: string;
  /** The full Packages stanza: control fields, then Filename, Size and the digests. */
  stanza: Stanza;
}

export interface SuiteState {
  suite: string;
  /** The committed Release (undefined for a new suite). */
  release?: Stanza;
  releaseText?: string;
  /** Files the committed Release lists, relative to `dists/<suite>/`. */
  index: Map<string, Digests>;
  /** Packages, keyed by `entryKey`. */
  packages: Map<string, PackageEntry>;
}

/** The identity of a package in a suite: component, name, version, architecture. */
export function entryKey(e: Pick<PackageEntry, 'component' | 'name' | 'version' | 'arch'>): string {
  return `${e.component} ${e.name} ${e.version} ${e.arch}`;
}

/** Builds an entry from a Packages stanza; `what` names the index in errors. */
export function entryFromStanza(stanza: Stanza, component: string, what: string): PackageEntry {
  const name = getField(stanza, 'Package');
  const version = getField(stanza, 'Version');
  const arch = getField(stanza, 'Architecture');
  const filename = getField(stanza, 'Filename');
  const sha256 = getField(stanza, 'SHA256');
  if (!name || !version || !arch || !filename || !sha256) {
    throw new DistroError(
      `${what}: a stanza${name ? ` (${name})` : ''} lacks Package, Version, Architecture, Filename or SHA256; the repository is damaged: restore it or publish into an empty directory.`,
      { file: what },
    );
  }
  return { name, version, arch, component, filename, sha256, stanza };
}

/** Only the SHA256 is checked: the other three digests of a large index would cost as much again. */
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function readIndex(suiteDir: string, index: Map<string, Digests>, rel: string): Promise<string> {
  const what = path.join(suiteDir, rel);
  for (const [variant, decode] of [
    [rel, (b: Buffer) => b],
    [`${rel}.gz`, (b: Buffer) => zlib.gunzipSync(b)],
  ] as const) {
    const d = index.get(variant);
    if (!d) continue;
    const dir = path.join(suiteDir, path.posix.dirname(variant));
    const candidates = [path.join(dir, 'by-hash', 'SHA256', d.sha256), path.join(suiteDir, variant)];
    for (const file of candidates) {
      const bytes = await readFile(file).catch(() => undefined);
      if (bytes && sha256(bytes) === d.sha256) return decode(bytes).toString('utf8');
    }
    throw new DistroError(
      `${what}: no copy matches the SHA256 its Release lists; the repository is damaged: restore it from a backup or republish into an empty directory.`,
      { file: what },
    );
  }
  throw new DistroError(`${what}: the suite's Release does not list it; the repository is damaged.`, {
    file: what,
  });
}

/**
 * The text a cleartext-signed message signs (RFC 9580 7): the lines after the armor headers, up to
 * the signature, dash-escapes undone, with the final line end restored (as Release has it).
 */
export function clearsignedText(armored: string): string | undefined {
  const lines = armored.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== '-----BEGIN PGP SIGNED MESSAGE-----') return undefined;
  const start = lines.indexOf('', 1);
  const end = lines.indexOf('-----BEGIN PGP SIGNATURE-----', start);
  if (start < 0 || end < 0) return undefined;
  return `${lines
    .slice(start + 1, end)
    .map((l) => (l.startsWith('- ') ? l.slice(2) : l))
    .join('\n')}\n`;
}

const readText = (file: string) =>
  readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return undefined;
    throw err;
  });

/**
 * Reads one suite's committed state (empty when it has no Release): the content InRelease signs
 * when there is an InRelease (a publish stopped after writing Release but before InRelease did not
 * commit), else Release.
 */
export async function readSuite(root: string, suite: string): Promise<SuiteState> {
  const suiteDir = path.join(root, 'dists', suite);
  const inRelease = await readText(path.join(suiteDir, 'InRelease'));
  const releaseFile = path.join(suiteDir, inRelease === undefined ? 'Release' : 'InRelease');
  const releaseText = inRelease === undefined ? await readText(releaseFile) : clearsignedText(inRelease);
  const state: SuiteState = { suite, index: new Map(), packages: new Map() };
  if (releaseText === undefined) {
    if (inRelease !== undefined)
      throw new DistroError(`${releaseFile}: not a cleartext-signed Release; the repository is damaged.`, {
        file: releaseFile,
      });
    return state;
  }
  const release = parseControl(releaseText, releaseFile)[0] ?? new Map<string, string>();
  state.release = release;
  state.releaseText = releaseText;
  state.index = releaseIndex(release);
  const words = (f: string) => (getField(release, f) ?? '').split(/\s+/).filter(Boolean);
  for (const component of words('Components')) {
    for (const arch of words('Architectures')) {
      const rel = `${binaryDir(component, arch)}/Packages`;
      const text = await readIndex(suiteDir, state.index, rel);
      for (const stanza of parseControl(text, path.join(suiteDir, rel))) {
        const e = entryFromStanza(stanza, component, path.join(suiteDir, rel));
        state.packages.set(entryKey(e), e);
      }
    }
  }
  return state;
}

/** Every suite of the repository at `root`, by name. */
export async function readRepository(root: string): Promise<Map<string, SuiteState>> {
  const suites = new Map<string, SuiteState>();
  const names = await readdir(path.join(root, 'dists')).catch(() => [] as string[]);
  for (const name of names.sort()) {
    const s = await readSuite(root, name);
    if (s.release) suites.set(name, s);
  }
  return suites;
}
