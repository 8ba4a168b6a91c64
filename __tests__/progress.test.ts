/**
 * src/progress.ts: long work is never silent. A fake clock stands in for time and timers, so a
 * "long" write takes no real time; the writer is the real deb writer on real files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeArchive } from '../src/formats/archive/index.js';
import { memoryLogger, type Logger } from '../src/log.js';
import { describe as describeArtifact } from '../src/manifest/index.js';
import { formatBytes, type ProgressClock, startProgress, writeWithProgress } from '../src/progress.js';

const root = mkdtempSync(path.join(tmpdir(), 'progress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Time moves only when told; `every` timers fire as it passes them. */
function fakeClock() {
  let now = 0;
  const timers: Array<{ ms: number; next: number; fn: () => void; on: boolean }> = [];
  const clock: ProgressClock = {
    now: () => now,
    every: (ms, fn) => {
      const t = { ms, next: now + ms, fn, on: true };
      timers.push(t);
      return () => void (t.on = false);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.on && t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      now = due.next;
      due.next += due.ms;
      due.fn();
    }
    now = end;
  };
  return { clock, advance, active: () => timers.filter((t) => t.on).length };
}

describe('startProgress', () => {
  it('logs bytes done, MiB/s and what is next at least every 10 s, and a done line', () => {
    const log = memoryLogger();
    const { clock, advance, active } = fakeClock();
    const p = startProgress(log, {
      title: 'writing big.deb',
      total: 100 * 1048576,
      next: 'the upload',
      clock,
    });
    advance(9_999);
    expect(log.lines).toEqual([]);
    p.add(30 * 1048576);
    advance(1);
    expect(log.lines).toEqual([
      'writing big.deb: 30 MiB of 100 MiB (30%), 3.0 MiB/s, 10.0 s so far, next: the upload',
    ]);
    p.add(30 * 1048576);
    advance(25_000);
    expect(log.lines).toHaveLength(3);
    expect(log.lines[2]).toMatch(/^writing big\.deb: 60 MiB of 100 MiB \(60%\), 2\.0 MiB\/s, 30\.0 s so far/);
    p.done('wrote big.deb (63 MiB)');
    expect(log.lines[3]).toBe('wrote big.deb (63 MiB) in 35.0 s');
    expect(active()).toBe(0);
    advance(60_000);
    expect(log.lines).toHaveLength(4);
  });

  it('in a terminal, redraws one live line instead and clears it when done', () => {
    const lines: string[] = [];
    const live: string[] = [];
    const log: Logger = { ...memoryLogger(lines), live: (l) => void live.push(l) };
    const { clock, advance } = fakeClock();
    const p = startProgress(log, { title: 'writing a.tar.gz', clock });
    p.add(2048);
    advance(1000);
    expect(live).toHaveLength(4);
    expect(live[3]).toBe('writing a.tar.gz: 2.0 KiB, 0.0 MiB/s, 1.0 s so far');
    p.stop();
    expect(live.at(-1)).toBe('');
    expect(lines).toEqual([]);
  });

  it('formats sizes', () => {
    expect([512, 2048, 1.5 * 1048576, 63 * 1048576 + 5, 3 * 1024 ** 3].map(formatBytes)).toEqual([
      '512 B',
      '2.0 KiB',
      '1.5 MiB',
      '63 MiB',
      '3.0 GiB',
    ]);
  });
});

describe('writeWithProgress', () => {
  it('a long archive write reports the bytes read while it runs, then one wrote line', async () => {
    const src = path.join(root, 'src');
    mkdirSync(src, { recursive: true });
    const entries = [0, 1, 2].map((i) => {
      const f = path.join(src, `f${i}.bin`);
      writeFileSync(f, Buffer.alloc(3 * 1048576, i + 1));
      return { name: `f${i}.bin`, type: 'file' as const, source: f };
    });
    const log = memoryLogger();
    const { clock, advance } = fakeClock();
    const out = path.join(root, 'out', 'a.tar.gz');
    const res = await writeWithProgress(
      log,
      out,
      (progress) =>
        writeArchive(out, 'tar.gz', entries, {
          mtime: 1700000000,
          progress: {
            expect: (n) => progress.expect(n),
            setNext: (t) => progress.setNext?.(t),
            // every read moves the fake time on by 2 s: a long write, in no real time
            add: (n) => {
              progress.add(n);
              advance(2_000);
            },
          },
        }),
      { clock, next: 'the upload' },
    );
    const ticks = log.lines.filter((l) => l.startsWith('writing a.tar.gz: '));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks[0]).toMatch(
      / of 9\.0 MiB \(\d+%\), [\d.]+ MiB\/s, [\d.]+ s so far, next: the tar\.gz is closed and renamed into place$/,
    );
    expect(log.lines.at(-1)).toMatch(/^wrote a\.tar\.gz \([\d.]+ KiB\) in \d+\.\d s$/);
    // the manifest entry takes the writer's sha256, which is the file's
    const entry = await describeArtifact(path.dirname(out), 'a.tar.gz', {
      kind: 'archive',
      stage: 'package',
    });
    expect(entry.sha256).toBe(res.sha256);
    expect(entry.sha256).toBe(createHash('sha256').update(readFileSync(out)).digest('hex'));
  });

  it('stops reporting when the write fails, and prints no wrote line', async () => {
    const log = memoryLogger();
    const { clock, advance, active } = fakeClock();
    await expect(
      writeWithProgress(log, path.join(root, 'x.deb'), async () => Promise.reject(new Error('disk full')), {
        clock,
      }),
    ).rejects.toThrow('disk full');
    expect(active()).toBe(0);
    advance(30_000);
    expect(log.lines).toEqual([]);
  });
});
