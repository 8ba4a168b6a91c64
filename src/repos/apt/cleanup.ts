/**
 * Pruning after a publish: pool files no suite lists any more (those it removed, or after an
 * interrupted publish every unlisted file), by-hash copies older than the previous generation, and
 * temporary files a killed run left behind.
 */
import { readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { toPosix } from '../../paths.js';
import { TMP_MARK } from './files.js';

/**
 * Deletes the files under `dir` for which `stale(path relative to base)` is true, then the
 * directories left empty (not `dir` itself); returns the deleted files and whether `dir` is empty.
 */
async function prune(
  dir: string,
  base: string,
  stale: (rel: string) => boolean,
  removed: string[],
): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  let left = entries.length;
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (await prune(full, base, stale, removed)) {
        await rmdir(full);
        left--;
      }
      continue;
    }
    const rel = toPosix(path.relative(base, full));
    if (!stale(rel)) continue;
    await rm(full, { force: true });
    removed.push(rel);
    left--;
  }
  return left === 0;
}

/**
 * Deletes the files under `<root>/pool` that are not in `referenced` (pool paths relative to the
 * root) and any temporary file; returns the deleted pool files.
 */
export async function prunePool(root: string, referenced: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = [];
  await prune(path.join(root, 'pool'), root, (rel) => !referenced.has(rel), removed);
  return removed.filter((rel) => !rel.includes(TMP_MARK)).sort();
}

/**
 * Deletes from a suite directory the by-hash copies whose digest is not in `keep` (the current and
 * the previous generation, as `<index dir>/by-hash/<Algo>/<hex>` paths relative to the suite
 * directory) and any temporary file.
 */
export async function pruneSuite(suiteDir: string, keep: ReadonlySet<string>): Promise<void> {
  const stale = (rel: string) => rel.includes(TMP_MARK) || (/(^|\/)by-hash\//.test(rel) && !keep.has(rel));
  await prune(suiteDir, suiteDir, stale, []);
}

/**
 * Deletes the given pool files (paths relative to the root) and the directories under `pool/`
 * they leave empty; returns the files deleted.
 */
export async function removePoolFiles(root: string, files: readonly string[]): Promise<string[]> {
  const pool = path.join(root, 'pool');
  const removed: string[] = [];
  for (const rel of [...new Set(files)].sort()) {
    const full = path.join(root, rel);
    await rm(full, { force: true });
    removed.push(rel);
    for (let dir = path.dirname(full); dir.startsWith(pool + path.sep); dir = path.dirname(dir)) {
      if ((await readdir(dir).catch(() => [''])).length) break;
      await rmdir(dir);
    }
  }
  return removed;
}
