/**
 * The repo-dir lock (src/repos/lock.ts) on its own: a waiter names the holder and gives up after
 * its timeout with one error naming the lock file; a lock whose holder process has ended is
 * removed; the lock never outlives its holder's work. 20 publishers at once through the action
 * are in publish-safety.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { memoryLogger } from '../src/log.js';
import { LOCK_FILE, withDirLock } from '../src/repos/lock.js';

const holder = (pid: number) =>
  JSON.stringify({
    pid,
    host: hostname(),
    since: '2026-12-06T00:00:00.000Z',
    purpose: 'Publish hello 9.9.9 to stable',
    token: 'x',
  });

test('a live holder: a wait message naming it, then one error naming the lock file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lock-'));
  const sleeper = spawn('sleep', ['30']);
  try {
    writeFileSync(path.join(dir, LOCK_FILE), holder(sleeper.pid!));
    const log = memoryLogger();
    let ran = false;
    const err = await withDirLock(dir, async () => void (ran = true), {
      purpose: 'p',
      log,
      timeoutMs: 500,
      pollMs: 50,
    }).catch((e: unknown) => e);
    expect(ran).toBe(false);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as Error).message).toContain(`pid ${sleeper.pid} on ${hostname()}`);
    expect((err as Error).message).toContain('Publish hello 9.9.9 to stable');
    expect((err as Error).message).toContain(path.join(dir, LOCK_FILE));
    expect(log.lines.filter((l) => /Waiting for pid \d+ .* to finish publishing/.test(l))).toHaveLength(1);
    // the holder's lock is left alone, and no temporary file stays
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
  } finally {
    sleeper.kill();
  }
});

test('a dead holder: its lock is removed, the work runs, and the lock goes with it', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lock-'));
  const dead = spawnSync('true').pid!;
  writeFileSync(path.join(dir, LOCK_FILE), holder(dead));
  const log = memoryLogger();
  const seen = await withDirLock(dir, async () => existsSync(path.join(dir, LOCK_FILE)), {
    purpose: 'p',
    log,
    timeoutMs: 5000,
  });
  expect(seen).toBe(true); // held while the work ran
  expect(log.lines.some((l) => l.includes(`stale publish lock of pid ${dead}`))).toBe(true);
  expect(readdirSync(dir)).toEqual([]);
  // a failing publish releases it too
  await expect(
    withDirLock(dir, () => Promise.reject(new Error('boom')), { purpose: 'p', log }),
  ).rejects.toThrow('boom');
  expect(readdirSync(dir)).toEqual([]);
});

test('20 holders in one process run one at a time', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lock-'));
  let inside = 0;
  let most = 0;
  await Promise.all(
    Array.from({ length: 20 }, () =>
      withDirLock(
        dir,
        async () => {
          most = Math.max(most, ++inside);
          await new Promise((r) => setTimeout(r, 5));
          inside--;
        },
        { purpose: 'p', log: memoryLogger(), pollMs: 5 },
      ),
    ),
  );
  expect(most).toBe(1);
});
