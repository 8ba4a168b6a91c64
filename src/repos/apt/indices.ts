/**
 * The index files of one suite: for every component and architecture, `Packages` (stanzas sorted
 * by name, version, architecture; `Architecture: all` packages in every architecture), its .gz and
 * .xz, and the per-architecture `Release`. An index whose text is what the committed Release
 * already lists is not compressed again: its committed by-hash copies are reused.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { formatStanza } from '../../formats/deb/read.js';
import { compressBytes } from './files.js';
import { type Digests, digestBytes } from './hash.js';
import { binaryDir } from './layout.js';
import { archReleaseText, type SuiteMeta } from './release.js';
import type { PackageEntry } from './state.js';
import { compareDebVersions } from './version.js';

/** One file of a suite's index, relative to `dists/<suite>/`. */
export interface PlannedFile {
  path: string;
  digests: Digests;
  /** New bytes to write; undefined when the committed copy under by-hash is reused. */
  data?: Buffer;
}

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Packages order: name (bytes), version (dpkg), architecture (bytes). */
export function comparePackages(a: PackageEntry, b: PackageEntry): number {
  return byteOrder(a.name, b.name) || compareDebVersions(a.version, b.version) || byteOrder(a.arch, b.arch);
}

/** The Packages text for `entries` (already filtered to one component and architecture). */
export function packagesText(entries: readonly PackageEntry[]): string {
  return [...entries]
    .sort(comparePackages)
    .map((e) => formatStanza(e.stanza))
    .join('\n');
}

/** The by-hash copy of `file` (relative to the suite directory) under algorithm directory `algo`. */
export function byHashPath(file: string, algo: string, hex: string): string {
  return path.posix.join(path.posix.dirname(file), 'by-hash', algo, hex);
}

async function reusable(suiteDir: string, prev: Map<string, Digests>, files: string[]): Promise<boolean> {
  for (const f of files) {
    const d = prev.get(f);
    if (!d || !d.md5 || !d.sha1 || !d.sha256 || !d.sha512) return false;
    const s = await stat(path.join(suiteDir, byHashPath(f, 'SHA256', d.sha256))).catch(() => undefined);
    if (s?.size !== d.size) return false;
  }
  return true;
}

/** Plans every index file of the suite described by `meta` holding `packages`. */
export async function planIndices(
  suiteDir: string,
  meta: SuiteMeta,
  packages: readonly PackageEntry[],
  prev: Map<string, Digests>,
): Promise<PlannedFile[]> {
  const out: PlannedFile[] = [];
  for (const component of meta.components) {
    for (const arch of meta.architectures) {
      const dir = binaryDir(component, arch);
      const entries = packages.filter(
        (e) => e.component === component && (e.arch === arch || e.arch === 'all'),
      );
      const text = Buffer.from(packagesText(entries));
      const plain = digestBytes(text);
      const names = ['Packages', 'Packages.gz', 'Packages.xz'].map((n) => `${dir}/${n}`);
      if (prev.get(names[0]!)?.sha256 === plain.sha256 && (await reusable(suiteDir, prev, names))) {
        for (const n of names) out.push({ path: n, digests: prev.get(n)! });
      } else {
        // gzip runs on the thread pool while xz (WebAssembly) runs here
        const [gz, xz] = await Promise.all([compressBytes(text, 'gz'), compressBytes(text, 'xz')]);
        out.push({ path: names[0]!, digests: plain, data: text });
        out.push({ path: names[1]!, digests: digestBytes(gz), data: gz });
        out.push({ path: names[2]!, digests: digestBytes(xz), data: xz });
      }
      const release = Buffer.from(archReleaseText(meta, component, arch));
      out.push({ path: `${dir}/Release`, digests: digestBytes(release), data: release });
    }
  }
  return out;
}
