/**
 * Checksum files over the artifacts of a manifest: `SHA256SUMS` and `SHA512SUMS` in the format
 * of coreutils (`<hex>  <path>`, sorted by path) so `sha256sum -c` accepts them from the dist
 * directory; optionally one `<file>.sha256` per artifact (`<hex>  <basename>`, checkable beside it).
 */
import path from 'node:path';
import { writeAllAtomic } from '../atomic.js';
import { DistroError } from '../errors.js';
import { hashFile, type ManifestArtifact } from '../manifest/index.js';

export type ChecksumAlgorithm = 'sha256' | 'sha512';
export const CHECKSUM_ALGORITHMS: readonly ChecksumAlgorithm[] = ['sha256', 'sha512'];
export const SUMS_FILE: Record<ChecksumAlgorithm, string> = { sha256: 'SHA256SUMS', sha512: 'SHA512SUMS' };

/** Kinds that are not themselves summed: the sums, their signatures and reports about them. */
const NOT_SUMMED = new Set(['checksums', 'signature', 'report']);

export function parseAlgorithms(list: string[], key = 'input: checksums'): ChecksumAlgorithm[] {
  const out: ChecksumAlgorithm[] = [];
  for (const raw of list) {
    const a = raw.trim().toLowerCase().replace('-', '');
    if (a === '' || a === 'none' || a === 'false') continue;
    if (!(CHECKSUM_ALGORITHMS as readonly string[]).includes(a)) {
      throw new DistroError(
        `${key}: unknown checksum algorithm '${raw}'; use ${CHECKSUM_ALGORITHMS.join(' or ')} (or 'none').`,
        { key },
      );
    }
    if (!out.includes(a as ChecksumAlgorithm)) out.push(a as ChecksumAlgorithm);
  }
  return out;
}

/** A path as coreutils writes it: a name with a newline or backslash gets the `\` escape form. */
function sumsLine(hex: string, file: string): string {
  if (/[\n\\]/.test(file)) return `\\${hex}  ${file.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`;
  return `${hex}  ${file}`;
}

export interface ChecksumResult {
  /** Files written, relative to the dist directory, with the kind `checksums`. */
  files: string[];
  /** Number of artifacts summed. */
  count: number;
}

/**
 * Writes the checksum files into `distDir` for `artifacts`. Every artifact is hashed again (it may
 * have changed since it was recorded, e.g. signed in place). All files are written under temporary
 * names first and renamed at the end: a failure leaves the earlier checksum files as they were.
 */
export async function writeChecksums(
  distDir: string,
  artifacts: ManifestArtifact[],
  algorithms: ChecksumAlgorithm[],
  opts: { perFile?: boolean } = {},
): Promise<ChecksumResult> {
  const summed = artifacts
    .filter((a) => !NOT_SUMMED.has(a.kind))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (summed.length === 0) {
    throw new DistroError(
      'there is nothing to checksum: the manifest lists no artifacts. Run build-target or package-format first, or set `from` to download their artifacts.',
      { key: 'input: from' },
    );
  }
  const hashes = new Map<string, { sha256: string; sha512: string }>();
  for (const a of summed) {
    const h = await hashFile(path.join(distDir, a.path), { sha512: true }).catch(
      (e: NodeJS.ErrnoException) => {
        throw new DistroError(
          `${a.path} is in the manifest but ${e.code === 'ENOENT' ? 'missing from' : 'unreadable in'} ${distDir}; re-run the stage that made it or download its artifact with 'from'.`,
          { key: 'manifest' },
        );
      },
    );
    hashes.set(a.path, { sha256: h.sha256, sha512: h.sha512! });
  }
  const pending: Array<[string, string]> = []; // [relative path, content]
  for (const alg of algorithms) {
    const lines = summed.map((a) => sumsLine(hashes.get(a.path)![alg], a.path));
    pending.push([SUMS_FILE[alg], lines.join('\n') + '\n']);
  }
  if (opts.perFile) {
    for (const a of summed)
      pending.push([
        `${a.path}.sha256`,
        sumsLine(hashes.get(a.path)!.sha256, path.posix.basename(a.path)) + '\n',
      ]);
  }
  await writeAllAtomic(pending.map(([rel, text]) => [path.join(distDir, rel), text] as const));
  return { files: pending.map(([rel]) => rel), count: summed.length };
}
