/**
 * Normalising archive entries: validated names, parent directories added, byte-order sort,
 * reproducible modes, and every file source checked (stat) before anything is written.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../../concurrency.js';
import { DistroError } from '../../errors.js';

export interface ArchiveEntry {
  /** Posix path inside the archive, no leading `/` (a leading `./` and a trailing `/` are dropped). */
  name: string;
  type: 'file' | 'dir' | 'symlink';
  /** The file on disk whose bytes are stored (files only); absolute, a relative one resolves against the cwd. */
  source?: string;
  /** Only its executable bits count for files (0755 vs 0644); ignored for dirs (0755) and symlinks (0777). */
  mode?: number;
  /** The target of a symlink (required for symlinks). */
  linkname?: string;
}

/** An entry ready to be written: normalised name, final mode, size of the source. */
export interface PlannedEntry {
  name: string;
  type: 'file' | 'dir' | 'symlink';
  /** 0o755 / 0o644 / 0o777 (permission bits only). */
  mode: number;
  source?: string;
  size: number;
  linkname?: string;
}

export const DIR_MODE = 0o755;
export const EXEC_MODE = 0o755;
export const FILE_MODE = 0o644;
export const LINK_MODE = 0o777;

function normaliseName(raw: string, index: number): string {
  const where = `archive entry ${index} ('${raw}')`;
  if (typeof raw !== 'string' || raw === '') throw new DistroError(`${where}: the name is empty`);
  if (raw.includes('\0')) throw new DistroError(`${where}: the name contains a NUL byte`);
  if (raw.includes('\\')) throw new DistroError(`${where}: use '/' as the path separator, not '\\'`);
  if (raw.startsWith('/')) throw new DistroError(`${where}: the name must be relative (no leading '/')`);
  let name = raw;
  while (name.startsWith('./')) name = name.slice(2);
  while (name.endsWith('/')) name = name.slice(0, -1);
  if (name === '' || name === '.') throw new DistroError(`${where}: the name is empty`);
  for (const part of name.split('/')) {
    if (part === '' || part === '.' || part === '..') {
      throw new DistroError(`${where}: the name has an empty, '.' or '..' path component`);
    }
  }
  return name;
}

/**
 * Byte order of the UTF-8 names (what `LC_ALL=C sort` gives), which is code point order; computed
 * on the UTF-16 strings without encoding them.
 */
export function compareNames(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // a surrogate (D800–DFFF) starts a code point above FFFF: after every other BMP character
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * Validates and normalises the entries, stats every file source (a missing one is a DistroError
 * naming it), adds missing parent directories and sorts by name in byte order.
 */
export async function planEntries(entries: readonly ArchiveEntry[]): Promise<PlannedEntry[]> {
  const byName = new Map<string, PlannedEntry>();
  const add = (e: PlannedEntry, index: number) => {
    const prev = byName.get(e.name);
    if (prev) {
      if (prev.type === 'dir' && e.type === 'dir') return;
      throw new DistroError(`archive entry ${index}: '${e.name}' appears twice in the archive`);
    }
    byName.set(e.name, e);
  };

  const planned = await mapLimit(entries, 16, async (entry, index): Promise<PlannedEntry> => {
    const name = normaliseName(entry.name, index);
    switch (entry.type) {
      case 'dir':
        return { name, type: 'dir', mode: DIR_MODE, size: 0 };
      case 'symlink': {
        if (!entry.linkname)
          throw new DistroError(`archive entry '${name}': a symlink needs a linkname (its target)`);
        if (entry.linkname.includes('\0'))
          throw new DistroError(`archive entry '${name}': the symlink target contains a NUL byte`);
        return { name, type: 'symlink', mode: LINK_MODE, size: 0, linkname: entry.linkname };
      }
      case 'file': {
        if (!entry.source) throw new DistroError(`archive entry '${name}': a file needs a source path`);
        const source = path.resolve(entry.source);
        let st;
        try {
          st = await stat(source);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})`;
          throw new DistroError(`source file ${source} of archive entry '${name}' ${why}`, {
            file: source,
            cause: err,
          });
        }
        if (!st.isFile())
          throw new DistroError(`source ${source} of archive entry '${name}' is not a regular file`, {
            file: source,
          });
        const bits = entry.mode ?? st.mode;
        return { name, type: 'file', mode: bits & 0o111 ? EXEC_MODE : FILE_MODE, source, size: st.size };
      }
      default:
        throw new DistroError(
          `archive entry '${name}': unknown type '${String((entry as { type: unknown }).type)}' (file, dir or symlink)`,
        );
    }
  });
  planned.forEach((e, i) => add(e, i));

  for (const e of [...byName.values()]) {
    const parts = e.name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const prev = byName.get(dir);
      if (!prev) byName.set(dir, { name: dir, type: 'dir', mode: DIR_MODE, size: 0 });
      else if (prev.type !== 'dir')
        throw new DistroError(
          `archive entry '${e.name}': its parent '${dir}' is a ${prev.type}, not a directory`,
        );
    }
  }
  return [...byName.values()].sort((a, b) => compareNames(a.name, b.name));
}
