/**
 * The one home for writing files in place: temporary files and directories, atomic writes, and
 * swapping files that are already there.
 *
 * A temporary lives beside its destination (so that the rename over it is atomic: same directory,
 * same file system) under a hidden name that carries TEMP_MARK and the writer's pid:
 * `.<name>.distro-tmp-<pid>-<random>[suffix]`. Every writer removes its temporaries on the failures
 * it sees; what a killed run could not remove, the next stage recognises by that name and removes
 * (`removeStaleTemporaries`) — only those of processes no longer alive, so two stages running in
 * one directory at once do not pull files from under each other.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import {
  copyFile,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { withPath } from './errors.js';

export const TEMP_MARK = '.distro-tmp-';
const TEMP_NAME = /\.distro-tmp-(\d+)-[0-9A-Za-z]+/;
const JOURNAL = 'swap.json';

/** The name a temporary stands for (`.a.deb.distro-tmp-1-x.data` → `a.deb`); other names as they are. */
export function destinationName(name: string): string {
  const m = /^\.(.+?)\.distro-tmp-\d+-[0-9A-Za-z]+/.exec(name);
  return m ? m[1]! : name;
}

/** Temporaries of this process that may exist: what a SIGTERM removes (see removeOnSignals). */
const live = new Set<string>();

/** A fresh temporary name beside `file` (nothing is created). */
export function tempPath(file: string, suffix = ''): string {
  const name = `.${path.basename(file)}${TEMP_MARK}${process.pid}-${randomBytes(6).toString('hex')}${suffix}`;
  const tmp = path.join(path.dirname(file), name);
  live.add(tmp);
  return tmp;
}

/**
 * On SIGINT and SIGTERM (how a runner cancels a job, before it kills), removes this process's
 * temporaries, then exits as the signal would have. A directory holding a swap journal stays: the
 * next stage rolls the swap back (see restoreSwapped). For the entry points only (runner, CLI).
 */
let handling = false;
export function removeOnSignals(): void {
  if (handling) return;
  handling = true;
  const handler = (signal: NodeJS.Signals, code: number) => {
    for (const t of live) {
      if (!existsSync(path.join(t, JOURNAL))) rmSync(t, { recursive: true, force: true });
    }
    process.stderr.write(`distro-actions: stopped by ${signal}; temporary files removed.\n`);
    process.exit(128 + code);
  };
  process.once('SIGINT', () => handler('SIGINT', 2));
  process.once('SIGTERM', () => handler('SIGTERM', 15));
}

/** A fresh temporary directory in `parent` (created), e.g. for a stage's staging area. */
export async function makeTempDir(parent: string, label: string): Promise<string> {
  await mkdir(parent, { recursive: true }).catch((e: unknown) => {
    throw withPath(e, parent);
  });
  const dir = await mkdtemp(path.join(parent, `.${label}${TEMP_MARK}${process.pid}-`)).catch((e: unknown) => {
    throw withPath(e, parent);
  });
  live.add(dir);
  return dir;
}

/** Writes `data` to `file` through a temporary and a rename: readers see the old or the new file. */
export async function writeAtomic(file: string, data: string | Uint8Array, mode?: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true }).catch((e: unknown) => {
    throw withPath(e, path.dirname(file));
  });
  const tmp = tempPath(file);
  try {
    await writeFile(tmp, data, mode === undefined ? undefined : { mode });
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw withPath(err, file);
  }
}

/** Writes several files; any failure removes the temporaries and leaves every destination as it was. */
export async function writeAllAtomic(
  files: ReadonlyArray<readonly [string, string | Uint8Array]>,
): Promise<void> {
  const tmps = files.map(([file]) => tempPath(file));
  try {
    for (const [i, [file, data]] of files.entries()) {
      await writeFile(tmps[i]!, data).catch((e: unknown) => {
        throw withPath(e, file);
      });
    }
    for (const [i, [file]] of files.entries()) await rename(tmps[i]!, file);
  } finally {
    for (const t of tmps) await rm(t, { force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/** The temporaries under `dir` (recursively) that a process no longer running left behind. */
export async function staleTemporaries(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true })).map(String);
  } catch {
    return [];
  }
  const stale = names.filter((rel) => {
    const m = TEMP_NAME.exec(path.basename(rel));
    return m !== null && !alive(Number(m[1]));
  });
  // inside a stale directory, only the directory itself
  return stale
    .filter((rel) => !stale.some((other) => rel.startsWith(`${other}${path.sep}`)))
    .map((rel) => path.join(dir, rel));
}

// ---------------------------------------------------------------------------------------------
// Swapping files that are already there

interface JournalEntry {
  target: string;
  backup: string;
}

/**
 * Puts each `replacement` in its `target`'s place, keeping the target's old bytes as a backup in
 * `dir` (a temporary directory from makeTempDir beside the targets). A target is never missing: the
 * backup is a hard link made before the replacement is renamed over it (one atomic step), and a
 * journal in `dir` says which backup belongs where, so that `restoreSwapped` can put the old files
 * back — after a failure in this run, or in a later run after a kill.
 */
export async function swapIn(
  dir: string,
  items: ReadonlyArray<{ target: string; replacement: string }>,
): Promise<void> {
  const entries: JournalEntry[] = items.map((it, i) => ({
    target: it.target,
    backup: path.join(dir, `backup-${i}-${path.basename(it.target)}`),
  }));
  await writeAtomic(path.join(dir, JOURNAL), JSON.stringify(entries, null, 2));
  // a copy where the file system has no hard links
  for (const e of entries) await link(e.target, e.backup).catch(() => copyFile(e.target, e.backup));
  for (const [i, it] of items.entries()) await rename(it.replacement, entries[i]!.target);
}

/**
 * Puts back the backups `swapIn` kept in `dir` — those `accept(target, backup)` agrees to (all by
 * default) — each with one atomic rename. Returns the targets restored.
 */
export async function restoreSwapped(
  dir: string,
  accept: (target: string, backup: string) => Promise<boolean> = async () => true,
): Promise<string[]> {
  let entries: JournalEntry[];
  try {
    entries = JSON.parse(await readFile(path.join(dir, JOURNAL), 'utf8')) as JournalEntry[];
  } catch {
    return []; // no journal: nothing was swapped yet
  }
  const restored: string[] = [];
  for (const e of entries) {
    const there = await lstat(e.backup).then(
      () => true,
      () => false,
    );
    if (there && (await accept(e.target, e.backup))) {
      await rename(e.backup, e.target);
      restored.push(e.target);
    }
  }
  return restored;
}
