/**
 * src/atomic.ts and the errno mapping of src/errors.ts, in-process: which temporaries a later run
 * removes (only those of processes no longer alive), the swap journal's roll-back, and how each
 * file-system error a user can fix is worded (EDQUOT cannot be made on this machine without a
 * quota-enabled file system, so its mapping is checked on the error node would raise).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  destinationName,
  makeTempDir,
  restoreSwapped,
  staleTemporaries,
  swapIn,
  tempPath,
  writeAtomic,
} from '../src/atomic.js';
import { DistroError, asUserError, fsUserError, withPath } from '../src/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'distro-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A pid that is certainly not running: one of a process that has exited. */
function deadPid(): number {
  const r = spawnSync('sh', ['-c', 'echo $$']);
  return Number(String(r.stdout).trim());
}

describe('temporaries', () => {
  it('names them after their destination, hidden, with this pid', () => {
    const t = tempPath(path.join(dir, 'hello_1.0_amd64.deb'), '.data');
    expect(path.dirname(t)).toBe(dir);
    expect(path.basename(t)).toMatch(
      new RegExp(`^\\.hello_1\\.0_amd64\\.deb\\.distro-tmp-${process.pid}-[0-9a-f]{12}\\.data$`),
    );
    expect(destinationName(path.basename(t))).toBe('hello_1.0_amd64.deb');
    expect(destinationName('hello.deb')).toBe('hello.deb');
  });

  it("finds a dead process's temporaries (files and directories, nested), not a live one's nor other files", async () => {
    const dead = deadPid();
    mkdirSync(path.join(dir, 'sub'));
    const stale = [
      `.a.deb.distro-tmp-${dead}-abc123`,
      `sub/.b.rpm.distro-tmp-${dead}-abc123.payload`,
      `.sign.distro-tmp-${dead}-XyZ9aB`,
    ];
    for (const s of stale.slice(0, 2)) writeFileSync(path.join(dir, s), 'x');
    mkdirSync(path.join(dir, stale[2]!));
    writeFileSync(path.join(dir, stale[2]!, 'inner'), 'x');
    const keep = [`.c.deb.distro-tmp-${process.pid}-abc123`, 'hello.deb', 'd.deb.tmp-123'];
    for (const k of keep) writeFileSync(path.join(dir, k), 'x');
    const found = (await staleTemporaries(dir)).map((f) => path.relative(dir, f)).sort();
    expect(found).toEqual([...stale].sort());
  });

  it('writeAtomic leaves no temporary on failure, and the old file in place', async () => {
    const file = path.join(dir, 'x.txt');
    writeFileSync(file, 'old');
    await writeAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    await expect(writeAtomic(path.join(dir, 'x.txt', 'under-a-file'), 'y')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['x.txt']);
  });
});

describe('swapIn / restoreSwapped', () => {
  it('never leaves a target missing, and rolls back only what `accept` agrees to', async () => {
    const a = path.join(dir, 'a.rpm');
    const b = path.join(dir, 'b.rpm');
    writeFileSync(a, 'a-old');
    writeFileSync(b, 'b-old');
    const stage = await makeTempDir(dir, 'sign');
    writeFileSync(path.join(stage, 'a'), 'a-new');
    writeFileSync(path.join(stage, 'b'), 'b-new');
    await swapIn(stage, [
      { target: a, replacement: path.join(stage, 'a') },
      { target: b, replacement: path.join(stage, 'b') },
    ]);
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['a-new', 'b-new']);
    const restored = await restoreSwapped(stage, async (target) => target === a);
    expect(restored).toEqual([a]);
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['a-old', 'b-new']);
    expect(await restoreSwapped(path.join(dir, 'no-such-dir'))).toEqual([]);
  });
});

describe('file-system errors a user can fix', () => {
  const errno = (code: string, extra: Record<string, unknown> = {}) =>
    Object.assign(new Error(`${code}: something, write`), { code, syscall: 'write', ...extra });

  it('ENOSPC and EDQUOT name the directory, the free space and the bytes written, and what to do', () => {
    for (const code of ['ENOSPC', 'EDQUOT']) {
      const e = fsUserError(withPath(errno(code), path.join(dir, `.h.deb.distro-tmp-1-abc`), 3 << 20));
      expect(e).toBeInstanceOf(DistroError);
      expect(e!.message).toContain(`writing h.deb in ${dir}`);
      expect(e!.message).toMatch(
        /it needs more than the 3\.0 MiB written before that; [\d.]+ MiB free there now/,
      );
      expect(e!.message).toMatch(/Free space on that file system, or choose a directory/);
      expect(e!.message).toMatch(code === 'ENOSPC' ? /no space left/ : /quota/);
    }
  });

  it('EROFS, EACCES and EPERM say read-only or permission, and a copy names its destination', () => {
    expect(fsUserError(errno('EROFS', { path: path.join(dir, 'f') }))!.message).toMatch(
      /read-only file system/,
    );
    const copy = errno('EACCES', { path: '/somewhere/src.deb', dest: path.join(dir, 'dst.deb') });
    expect(fsUserError(copy)!.message).toMatch(new RegExp(`permission denied writing dst\\.deb in ${dir}`));
    expect(fsUserError(errno('EPERM', { path: path.join(dir, 'f') }))!.message).toMatch(/permission denied/);
  });

  it('leaves other errors, and errors without a path, alone', () => {
    expect(fsUserError(errno('ENOSPC'))).toBeUndefined(); // no path: nothing to name
    expect(fsUserError(errno('EIO', { path: dir }))).toBeUndefined();
    const other = new Error('boom');
    expect(asUserError(other)).toBe(other);
    const mine = new DistroError('mine');
    expect(asUserError(mine)).toBe(mine);
  });
});
