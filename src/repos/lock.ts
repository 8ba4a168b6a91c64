/**
 * An exclusive lock on a repository directory, so that two publishers never read the same state
 * and write over each other's version. The lock is a file created in one step (written under a
 * temporary name, then hard-linked to the lock name, which fails when it exists), holding who took
 * it: pid, host, time and what for. A waiter says once who holds it, polls, and gives up after a
 * timeout with one error naming the holder and the file. A lock whose holder is a dead process on
 * this host is stale and is removed — under a second, short-lived guard (a directory), and only
 * when it still holds what was judged stale, so two waiters never remove a lock one of them has
 * just taken.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { DistroError } from '../errors.js';
import type { Logger } from '../log.js';

/** The lock file's name inside the locked directory. */
export const LOCK_FILE = '.distro-publish.lock';

export interface LockOptions {
  /** What the holder is doing, recorded in the file and shown to waiters. */
  purpose: string;
  log: Logger;
  /** Give up after this long (default 10 minutes). */
  timeoutMs?: number;
  /** Time between tries (default 100 ms, with jitter). */
  pollMs?: number;
}

interface Holder {
  pid: number;
  host: string;
  since: string;
  purpose: string;
  token: string;
}

const HOST = hostname();

function describeHolder(h: Holder | undefined): string {
  if (!h) return 'another publisher (the lock file is unreadable)';
  return `pid ${h.pid} on ${h.host} since ${h.since} (${h.purpose})`;
}

async function readHolder(file: string): Promise<{ text: string; holder?: Holder } | undefined> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (text === undefined) return undefined;
  try {
    return { text, holder: JSON.parse(text) as Holder };
  } catch {
    return { text };
  }
}

/** Whether process `pid` of this host has ended (EPERM: it lives, as another user). */
function isDead(h: Holder): boolean {
  if (h.host !== HOST || !Number.isInteger(h.pid) || h.pid <= 0) return false;
  try {
    process.kill(h.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Removes the lock if it still holds `text` (a dead holder's); under a guard, see the file comment. */
async function breakStale(file: string, text: string): Promise<void> {
  const guard = `${file}.break`;
  try {
    await mkdir(guard);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    // a breaker killed while holding the guard: its work takes milliseconds
    const age = Date.now() - (await stat(guard).catch(() => undefined))!.mtimeMs;
    if (age > 30_000) await rmdir(guard).catch(() => {});
    return;
  }
  try {
    if ((await readHolder(file))?.text === text) await rm(file, { force: true });
  } finally {
    await rmdir(guard).catch(() => {});
  }
}

/**
 * Takes the lock on `dir` (creating `dir`), runs `fn`, and releases the lock however `fn` ends
 * (and removes `dir` again when it made it and `fn` left it empty).
 */
export async function withDirLock<T>(dir: string, fn: () => Promise<T>, o: LockOptions): Promise<T> {
  const created = await mkdir(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const me: Holder = {
    pid: process.pid,
    host: HOST,
    since: new Date().toISOString(),
    purpose: o.purpose,
    token: randomBytes(8).toString('hex'),
  };
  const mine = JSON.stringify(me);
  const tmp = `${file}.${me.token}`;
  await writeFile(tmp, mine);
  const timeout = o.timeoutMs ?? 600_000;
  const start = Date.now();
  let told = '';
  try {
    for (;;) {
      try {
        await link(tmp, file);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const seen = await readHolder(file);
      if (!seen) continue;
      if (seen.holder && isDead(seen.holder)) {
        o.log.info(
          `Removing the stale publish lock of ${describeHolder(seen.holder)}: that process has ended.`,
        );
        await breakStale(file, seen.text);
        continue;
      }
      const who = describeHolder(seen.holder);
      if (Date.now() - start > timeout) {
        throw new DistroError(
          `${dir}: another publish holds the repository (${who}) and did not finish within ${Math.round(timeout / 1000)} s. Let it finish and run again; if that process is gone (another machine sharing the directory), delete ${file}.`,
          { key: 'input: repo-dir', file },
        );
      }
      if (who !== told) {
        o.log.info(
          `Waiting for ${who} to finish publishing into ${dir} (lock ${file}; gives up after ${Math.round(timeout / 1000)} s).`,
        );
        told = who;
      }
      const poll = o.pollMs ?? 100;
      await new Promise((r) => setTimeout(r, poll / 2 + Math.random() * poll));
    }
  } finally {
    await rm(tmp, { force: true });
  }
  try {
    return await fn();
  } finally {
    // only our own lock: never one a waiter took after judging ours stale
    if ((await readHolder(file))?.text === mine) await rm(file, { force: true });
    // a directory made for a publish that was refused goes again (rmdir: only when empty)
    if (created) await rmdir(dir).catch(() => {});
  }
}
