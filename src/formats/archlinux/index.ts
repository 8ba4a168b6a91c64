/**
 * Arch Linux packages, written natively: `<name>-<[epoch:]ver>-<rel>-<arch>.pkg.tar.zst`, a zstd
 * tar whose first entries are `.BUILDINFO`, `.INSTALL` (when there are scripts), `.MTREE` and
 * `.PKGINFO` (makepkg's order: names in C collation, so the dot files lead), then the payload with
 * its parent directories (as makepkg's $pkgdir holds them), sorted by name. Reproducible: every
 * byte comes from the spec (mtimes, owners 0/0, modes); zstd is single-threaded.
 *
 * Two passes over the payload: the first hashes each file (MD5 and SHA-256 for .MTREE, which
 * precedes the files in the tar), the second streams them into the tar. The package goes to a
 * temporary beside `out` (src/atomic.ts), renamed on success and deleted on any failure.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { tempPath } from '../../atomic.js';
import { DistroError } from '../../errors.js';
import {
  BufferPool,
  compressor,
  DEFAULT_LEVELS,
  Output,
  readChunks,
  TAR_OWNER,
  type TarEntry,
  writeTarEntries,
} from '../archive/index.js';
import { dataEntries } from '../deb/index.js';
import type { PackageSpec } from '../pkg/types.js';
import { archFileName, buildInfo, installScript, pkgInfo } from './meta.js';
import { gzipN, type MtreeEntry, mtreeText } from './mtree.js';

export { ARCH_NAMES, archFileName, archFullVersion, archOf } from './meta.js';

export interface ArchResult {
  size: number;
  sha256: string;
}

/** tar-stream writes the mtime with 32-bit arithmetic. */
const MAX_MTIME = 2 ** 31 - 1;

/** The payload: every file and its parent directories (no `./`), sorted; and the config files. */
function payload(spec: PackageSpec): { entries: TarEntry[]; backup: string[] } {
  const plan = dataEntries(spec);
  const entries = plan.entries.filter((e) => e.name !== './').map((e) => ({ ...e, name: e.name.slice(2) }));
  const backup = plan.conffileList.map((f) => f.replace(/^\/+/, ''));
  return { entries, backup };
}

/** MD5 and SHA-256 of each regular file, read in pooled chunks. */
async function hashFiles(entries: readonly TarEntry[], pool: BufferPool): Promise<MtreeEntry[]> {
  const out: MtreeEntry[] = [];
  for (const entry of entries) {
    if (entry.type !== 'file') {
      out.push({ entry });
      continue;
    }
    const md5 = createHash('md5');
    const sha = createHash('sha256');
    const chunks = entry.data
      ? [entry.data]
      : readChunks({ source: entry.source!, size: entry.size, name: entry.name }, pool);
    for await (const chunk of chunks) {
      md5.update(chunk);
      sha.update(chunk);
      const home = pool.home(chunk);
      if (home) pool.release(home);
    }
    out.push({ entry, md5: md5.digest('hex'), sha256: sha.digest('hex') });
  }
  return out;
}

/** The metadata entries (.BUILDINFO, .INSTALL, .PKGINFO) without .MTREE, in tar order. */
function metaEntries(spec: PackageSpec, size: number, backup: string[]): TarEntry[] {
  const file = (name: string, text: string): TarEntry => {
    const data = Buffer.from(text);
    return { ...TAR_OWNER, name, type: 'file', mode: 0o644, mtime: spec.buildTime, size: data.length, data };
  };
  const install = installScript(spec);
  return [
    file('.BUILDINFO', buildInfo(spec)),
    ...(install ? [file('.INSTALL', install)] : []),
    file('.PKGINFO', pkgInfo(spec, size, backup)),
  ];
}

export async function writeArchLinux(out: string, spec: PackageSpec): Promise<ArchResult> {
  if (!Number.isInteger(spec.buildTime) || spec.buildTime < 0 || spec.buildTime > MAX_MTIME) {
    throw new DistroError(
      `the build time (SOURCE_DATE_EPOCH) must be whole seconds from 0 to ${MAX_MTIME}, got ${spec.buildTime}`,
    );
  }
  archFileName(spec); // checks the architecture before any work
  const { entries, backup } = payload(spec);
  const size = entries.reduce((n, e) => n + (e.type === 'file' ? e.size : 0), 0);
  const meta = metaEntries(spec, size, backup);
  const pool = new BufferPool();
  const hashed = await hashFiles([...meta, ...entries], pool);
  const mtreeData = gzipN(mtreeText(hashed));
  const mtree: TarEntry = {
    ...TAR_OWNER,
    name: '.MTREE',
    type: 'file',
    mode: 0o644,
    mtime: spec.buildTime,
    size: mtreeData.length,
    data: mtreeData,
  };
  const all = [...meta.filter((e) => e.name !== '.PKGINFO'), mtree, meta.at(-1)!, ...entries];

  const target = path.resolve(out);
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = tempPath(target);
  const output = new Output(tmp);
  try {
    const comp = await compressor('tar.zst', DEFAULT_LEVELS['tar.zst']);
    await writeTarEntries(all, output, comp, pool);
    await output.finish();
    await rename(tmp, target);
    return { size: output.size, sha256: output.digest() };
  } catch (err) {
    await output.abandon();
    await rm(tmp, { force: true });
    throw err;
  }
}
