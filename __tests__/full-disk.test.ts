/**
 * Full disks and unwritable directories are the user's to fix, not internal errors (issue 12,
 * item 11). Each writer runs as the runner starts it, into a dist (or repo) directory that is a
 * 2 MiB tmpfs (ENOSPC), a read-only mount (EROFS), or a directory the (unprivileged) user may not
 * write (EACCES): exit code 1, exactly one ::error line that names the directory and says what to
 * do, and the directory holds what it held before — no partial package, no temporary file.
 * Mounting needs root, which the test machine gives (as it gives apt-get).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeKey, cleanupGpg } from './helpers/gpg.js';
import { addBigPayload, makeWorkspace, runAction, type RunnerDirs } from './helpers/runner.js';
import { hostTarget } from '../src/targets/index.js';

const host = hostTarget().triple;
let dirs: RunnerDirs;
let built: string; // dist after build-target
let packaged: string; // dist after package-format (deb, rpm)
const mounted: string[] = [];

function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
}

function errorLines(out: string): string[] {
  return out.split('\n').filter((l) => l.startsWith('::error'));
}

function everything(d: string): string[] {
  return readdirSync(d, { recursive: true }).map(String).sort();
}

/** A fresh `name` under the workspace: a tmpfs of `size` holding a copy of `from`, optionally read-only. */
let mounts = 0;
function mountDir(label: string, size: string, from?: string, ro = false): string {
  const dir = path.join(dirs.workspace, `${label}-${++mounts}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  sh('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounted.push(dir);
  if (from) cpSync(from, dir, { recursive: true });
  if (ro) sh('mount', ['-o', 'remount,ro', dir]);
  return dir;
}

beforeAll(() => {
  dirs = makeWorkspace('hello-c');
  // 5 MB that do not compress: no package or archive of it fits in 2 MiB
  addBigPayload(dirs, 5 << 20, { archives: true });
  const b = runAction('build-target', { target: host }, dirs);
  expect(errorLines(b.stdout)).toEqual([]);
  const dist = path.join(dirs.workspace, 'dist');
  built = path.join(dirs.base, 'built');
  cpSync(dist, built, { recursive: true });
  const p = runAction('package-format', { formats: 'deb,rpm' }, dirs);
  expect(errorLines(p.stdout)).toEqual([]);
  packaged = path.join(dirs.base, 'packaged');
  cpSync(dist, packaged, { recursive: true });
}, 300_000);

afterEach(() => {
  for (const d of mounted.splice(0).reverse()) spawnSync('umount', ['-l', d]);
});

afterAll(() => {
  cleanupGpg();
  rmSync(dirs.base, { recursive: true, force: true });
});

/** The run failed as a user error about `dir`, and left `dir` as it was. */
function expectUserError(
  r: ReturnType<typeof runAction>,
  dir: string,
  before: string[] | undefined,
  what: RegExp,
): void {
  const errors = errorLines(r.stdout);
  expect({ status: r.status, errors: errors.length }).toEqual({ status: 1, errors: 1 });
  expect(errors[0]).not.toMatch(/internal error/);
  expect(errors[0]).toContain(dir);
  expect(errors[0]).toMatch(what);
  expect(r.stderr).not.toMatch(/Unhandled|triggerUncaughtException|unsettled/);
  if (before) expect(everything(dir)).toEqual(before);
}

describe('a full dist directory (ENOSPC)', () => {
  for (const format of ['deb', 'rpm', 'zip', 'tar.gz']) {
    it(`package-format ${format}: one ::error naming the directory, nothing left`, () => {
      const dir = mountDir('dist-full', '2m', built);
      const before = everything(dir);
      const r = runAction('package-format', { formats: format, 'dist-dir': path.basename(dir) }, dirs);
      expectUserError(r, dir, before, /no space left.*free|free.*space/i);
    });
  }

  it('sign-artifacts with no room for the signed rpm: one ::error naming the directory, nothing changed', () => {
    // the deb and the rpm (5 MiB each) fit; a signed copy of the rpm beside them does not
    const dir = mountDir('dist-sign', '12m', packaged);
    const before = everything(dir);
    const rpm = before.find((f) => f.endsWith('.rpm'))!;
    const bytes = readFileSync(path.join(dir, rpm));
    const key = makeKey('ed25519');
    const r = runAction(
      'sign-artifacts',
      { 'gpg-private-key': key.armoredSecret, sbom: 'none', 'dist-dir': path.basename(dir) },
      dirs,
    );
    expectUserError(r, dir, before, /no space left.*free|free.*space/i);
    expect(readFileSync(path.join(dir, rpm)).equals(bytes)).toBe(true);
  });

  // What publish-repo leaves besides (empty directories, its own `.publish-incomplete` marker that
  // the next run repairs from, a .repo file written first) is its write ordering's business (issue
  // 12 items 5 and 7); this checks the error, and that no package or temporary file is left.
  for (const kind of ['apt', 'yum'] as const) {
    it(`publish-repo (${kind}) into a full repo-dir: one ::error naming it, no package or temporary left`, () => {
      const dir = mountDir('repo-full', '2m');
      const r = publishInto(dir, kind);
      const files = everything(dir).filter((f) => statSync(path.join(dir, f)).isFile());
      expectUserError(r, dir, undefined, /no space left.*free|free.*space/i);
      // no package, whole or partial, and no temporary file
      expect(files.filter((f) => /\.(deb|rpm)$|tmp|\.payload/.test(f))).toEqual([]);
    });
  }

  it('publish-repo into a read-only repo-dir (EROFS): one ::error naming it', () => {
    const dir = mountDir('repo-ro', '8m', undefined, true);
    expectUserError(publishInto(dir, 'apt'), dir, [], /read-only/i);
  });
});

/** publish-repo of the packaged deb (apt) or rpm (yum), unsigned, into `dir`. */
function publishInto(dir: string, kind: 'apt' | 'yum'): ReturnType<typeof runAction> {
  const dist = path.join(dirs.workspace, 'dist-pub');
  rmSync(dist, { recursive: true, force: true });
  cpSync(packaged, dist, { recursive: true });
  return runAction(
    'publish-repo',
    {
      apt: String(kind === 'apt'),
      yum: String(kind === 'yum'),
      'repo-dir': path.basename(dir),
      unsigned: 'true',
      'base-url': 'https://example.com/repo',
      'dist-dir': 'dist-pub',
    },
    dirs,
  );
}

describe('a dist directory that cannot be written', () => {
  it('read-only file system (EROFS): package-format deb fails naming it', () => {
    const dir = mountDir('dist-ro', '8m', built, true);
    const before = everything(dir);
    const r = runAction('package-format', { formats: 'deb', 'dist-dir': path.basename(dir) }, dirs);
    expectUserError(r, dir, before, /read-only/i);
  });

  it('no write permission (EACCES, as an unprivileged user): package-format rpm fails naming it', () => {
    const dir = path.join(dirs.workspace, 'dist-locked');
    rmSync(dir, { recursive: true, force: true });
    cpSync(built, dir, { recursive: true });
    // the workspace readable by `nobody`, the runner's temp directory writable, dist not
    for (const d of [dirs.base, dirs.workspace]) chmodSync(d, 0o755);
    spawnSync('chmod', ['-R', 'a+rX', dirs.workspace]);
    spawnSync('chmod', ['-R', 'a+rwX', dirs.temp]);
    spawnSync('chmod', ['-R', 'a-w', dir]);
    const before = everything(dir);
    const r = runAction(
      'package-format',
      { formats: 'rpm', 'dist-dir': 'dist-locked' },
      dirs,
      {},
      { uid: 65534, gid: 65534 },
    );
    expectUserError(r, dir, before, /permission/i);
  });
});
