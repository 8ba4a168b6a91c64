/**
 * Killed runs (issue 12, items 9 and 10). A runner cancelling a job, the OOM killer or a power cut
 * stops a stage between two steps with nothing run after: no catch, no finally. The stages are
 * started as the runner starts them, with a preload (helpers/kill-hook.mjs) that SIGKILLs the
 * process just before its Nth rename — every rename the stage makes, one run per point — and, for
 * big packages, at measured fractions of a run's time. After each kill: every package the
 * manifest lists is in dist and whole (rpm -K, dpkg-deb), and a rerun succeeds and leaves no
 * temporary file behind (every file in dist is manifest.json or listed in it).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeKey, cleanupGpg, run } from './helpers/gpg.js';
import {
  ROOT,
  addBigPayload,
  makeWorkspace,
  runAction,
  runActionAsync,
  type RunnerDirs,
} from './helpers/runner.js';
import { hostTarget } from '../src/targets/index.js';

const HOOK = path.join(ROOT, '__tests__', 'helpers', 'kill-hook.mjs');
const host = hostTarget().triple;
let dirs: RunnerDirs;
let dist: string;
let built: string; // dist after build-target
let packaged: string; // dist after package-format (deb, rpm), without the big payload

interface Manifest {
  artifacts: Array<{ path: string; kind: string; sha256: string }>;
}

function errorLines(out: string): string[] {
  return out.split('\n').filter((l) => l.startsWith('::error'));
}

function manifest(): Manifest {
  return JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Manifest;
}

/** Every file and directory under `d`, hidden ones included, relative, sorted. */
function everything(d: string): string[] {
  return readdirSync(d, { recursive: true }).map(String).sort();
}

/** What is in dist that is neither manifest.json, nor listed in it, nor a directory on the way to one. */
function leftovers(): string[] {
  const listed = new Set(manifest().artifacts.map((a) => a.path));
  const parents = new Set(
    [...listed].flatMap((p) =>
      p
        .split('/')
        .slice(0, -1)
        .map((_, i, a) => a.slice(0, i + 1).join('/')),
    ),
  );
  return everything(dist).filter((f) => f !== 'manifest.json' && !listed.has(f) && !parents.has(f));
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function reset(from: string): void {
  rmSync(dist, { recursive: true, force: true });
  cpSync(from, dist, { recursive: true });
}

/** Env that kills the stage before its `at`th rename (0: never), logging the renames to `log`. */
function killEnv(at: number, log?: string): Record<string, string> {
  return {
    NODE_OPTIONS: `--import=${HOOK}`,
    DISTRO_TEST_KILL_AT: String(at),
    ...(log ? { DISTRO_TEST_RENAME_LOG: log } : {}),
  };
}

/** The renames a whole run of `action` makes (where it can be killed). */
function renamePoints(action: string, inputs: Record<string, string>): string[] {
  const log = path.join(mkdtempSync(path.join(tmpdir(), 'distro-renames-')), 'log');
  writeFileSync(log, '');
  const r = runAction(action, inputs, dirs, killEnv(0, log));
  expect(errorLines(r.stdout)).toEqual([]);
  expect(r.status).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

/** Each rpm and deb the manifest lists is in dist, whole, with the bytes the manifest says. */
function packagesWhole(m: Manifest): string[] {
  const bad: string[] = [];
  for (const a of m.artifacts.filter((x) => x.kind === 'rpm' || x.kind === 'deb')) {
    const file = path.join(dist, a.path);
    let ok: boolean;
    try {
      ok =
        a.kind === 'rpm'
          ? run('rpm', ['-K', '--nosignature', file]).status === 0
          : run('dpkg-deb', ['--info', file]).status === 0;
    } catch {
      ok = false;
    }
    if (!ok) bad.push(`${a.path}: missing or damaged`);
  }
  return bad;
}

beforeAll(() => {
  dirs = makeWorkspace('hello-c');
  dist = path.join(dirs.workspace, 'dist');
  const b = runAction('build-target', { target: host }, dirs);
  expect(errorLines(b.stdout)).toEqual([]);
  built = path.join(dirs.base, 'built');
  cpSync(dist, built, { recursive: true });
  // the example's packages, small: signed at every kill point, twice each
  const p = runAction('package-format', { formats: 'deb,rpm' }, dirs);
  expect(errorLines(p.stdout)).toEqual([]);
  packaged = path.join(dirs.base, 'packaged');
  cpSync(dist, packaged, { recursive: true });
  // then a big payload, so that a package takes long enough to be killed in the middle of its writing
  addBigPayload(dirs, 24 << 20);
}, 600_000);

afterAll(() => {
  cleanupGpg();
  rmSync(dirs.base, { recursive: true, force: true });
});

describe('sign-artifacts killed at every rename (item 9)', () => {
  const inputs = () => ({
    'gpg-private-key': makeKey('ed25519').armoredSecret,
    'gpg-passphrase': makeKey('ed25519').passphrase ?? '',
    sbom: 'none',
    checksums: 'sha256',
  });

  it('leaves every rpm in dist, whole, and a rerun signs them', () => {
    reset(packaged);
    const points = renamePoints('sign-artifacts', inputs());
    expect(points.some((p) => p.endsWith('.rpm'))).toBe(true);
    const failures: string[] = [];
    for (let n = 1; n <= points.length; n++) {
      reset(packaged);
      const killed = runAction('sign-artifacts', inputs(), dirs, killEnv(n));
      expect([n, killed.status]).toEqual([n, null]); // it was killed
      const where = `killed before rename ${n} (${path.basename(points[n - 1]!)})`;
      for (const b of packagesWhole(
        JSON.parse(readFileSync(path.join(packaged, 'manifest.json'), 'utf8')) as Manifest,
      ))
        failures.push(`${where}: ${b}`);
      const again = runAction('sign-artifacts', inputs(), dirs);
      if (again.status !== 0) {
        failures.push(`${where}: the rerun failed: ${errorLines(again.stdout).join(' ')}`);
        continue;
      }
      const m = manifest();
      for (const a of m.artifacts.filter((x) => x.kind === 'rpm')) {
        const db = mkdtempSync(path.join(tmpdir(), 'distro-rpmdb-'));
        run('rpm', ['--dbpath', db, '--import', path.join(dist, 'KEY.asc')]);
        const k = run('rpm', ['--dbpath', db, '-K', path.join(dist, a.path)]);
        if (!/digests signatures OK/.test(k.stdout))
          failures.push(`${where}: after the rerun rpm -K says ${k.stdout}`);
        if (sha256(path.join(dist, a.path)) !== a.sha256)
          failures.push(`${where}: ${a.path} is not what the manifest says`);
        rmSync(db, { recursive: true, force: true });
      }
      for (const f of leftovers()) failures.push(`${where}: the rerun left ${f}`);
    }
    expect(failures).toEqual([]);
  }, 900_000);
});

describe('package-format killed while writing big packages (item 10)', () => {
  const inputs = { formats: 'deb,rpm' };

  function checkRerun(where: string, failures: string[]): void {
    const again = runAction('package-format', inputs, dirs);
    if (again.status !== 0) {
      failures.push(`${where}: the rerun failed: ${errorLines(again.stdout).join(' ')}`);
      return;
    }
    for (const b of packagesWhole(manifest())) failures.push(`${where}: ${b}`);
    for (const f of leftovers()) failures.push(`${where}: the rerun left ${f}`);
  }

  it('before every rename: a rerun leaves no temporary file', () => {
    reset(built);
    const points = renamePoints('package-format', inputs);
    expect(points.filter((p) => /\.(deb|rpm)$/.test(p))).toHaveLength(2);
    const failures: string[] = [];
    for (let n = 1; n <= points.length; n++) {
      reset(built);
      const killed = runAction('package-format', inputs, dirs, killEnv(n));
      expect([n, killed.status]).toEqual([n, null]);
      checkRerun(`killed before rename ${n} (${path.basename(points[n - 1]!)})`, failures);
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it('at measured fractions of a run: a rerun leaves no temporary file', async () => {
    reset(built);
    const t0 = Date.now();
    const full = await runActionAsync('package-format', inputs, dirs);
    expect(full.status).toBe(0);
    const ms = Date.now() - t0;
    const failures: string[] = [];
    let killedMidway = 0;
    for (const f of [0.2, 0.4, 0.6, 0.8]) {
      reset(built);
      const killed = await runActionAsync(
        'package-format',
        inputs,
        dirs,
        {},
        { killAfterMs: Math.round(ms * f) },
      );
      if (killed.status === null) killedMidway++;
      // what the kill left is there to be found by the rerun
      if (killed.status === null) expect(everything(dist).length).toBeGreaterThan(0);
      checkRerun(`SIGKILL at ${f * 100}% of ${ms} ms`, failures);
    }
    expect(killedMidway).toBeGreaterThanOrEqual(2);
    expect(failures).toEqual([]);
    // still there: a dist whose files all belong to it
    expect(statSync(path.join(dist, 'manifest.json')).isFile()).toBe(true);
  }, 900_000);

  it('SIGTERM (a cancelled job) at measured fractions: no temporary file even before a rerun', async () => {
    reset(built);
    const t0 = Date.now();
    expect((await runActionAsync('package-format', inputs, dirs)).status).toBe(0);
    const ms = Date.now() - t0;
    const failures: string[] = [];
    let stopped = 0;
    for (const f of [0.3, 0.5, 0.7, 0.9]) {
      reset(built);
      const r = await runActionAsync(
        'package-format',
        inputs,
        dirs,
        {},
        { killAfterMs: Math.round(ms * f), signal: 'SIGTERM' },
      );
      if (r.status === 0) continue; // finished first
      stopped++;
      if (r.status !== 143) failures.push(`SIGTERM at ${f * 100}%: exit ${r.status}`);
      const temps = everything(dist).filter((n) => /tmp|payload/i.test(n));
      for (const t of temps) failures.push(`SIGTERM at ${f * 100}% of ${ms} ms left ${t}`);
      checkRerun(`SIGTERM at ${f * 100}%`, failures);
    }
    expect(stopped).toBeGreaterThanOrEqual(2);
    expect(failures).toEqual([]);
  }, 900_000);
});
