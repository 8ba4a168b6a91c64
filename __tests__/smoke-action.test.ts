/**
 * The bundled qemu-smoke-test action started as the runner starts it (`node dist/actions/…`,
 * INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), in a job after build-target and
 * package-format for aarch64 whose artifacts it downloads from the local store: its outputs, the
 * step-summary table, the uploaded distro-smoke-<target> artifact, and a failing check (exit 1, one
 * `::error` line naming the check, the outputs and the summary still written).
 *
 * Needs root, qemu-user, binfmt (qemu-user-static) and the bookworm arm64 root filesystem that
 * __tests__/smoke.test.ts makes (mmdebstrap, cached under /var/cache/distro-actions-tests/smoke-rootfs;
 * made here on the first run if missing). Run `npm run bundle` first: this tests dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeWorkspace, runAction, type ActionRun, type RunnerDirs } from './helpers/runner.js';

const ARM = 'aarch64-unknown-linux-gnu';
const ROOTFS_DIR = '/var/cache/distro-actions-tests/smoke-rootfs';

function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::error'));
}

/**
 * The rows of the step summary's HTML table, each a list of cell texts (header row included).
 * @actions/core writes an empty cell as a bare `<td>` with no closing tag.
 */
function tableRows(summary: string): string[][] {
  const table = /<table>([\s\S]*?)<\/table>/.exec(summary)?.[1] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
    m[1]!
      .split(/<t[hd]>/)
      .slice(1)
      .map((c) => c.replace(/<\/t[hd]>$/, '')),
  );
}

/** DISTRO_CACHE_DIR for the smoke job: its `rootfs` is the tests' shared root filesystem cache. */
function cacheDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'distro-smoke-action-cache-'));
  symlinkSync(ROOTFS_DIR, path.join(dir, 'rootfs'));
  return dir;
}

describe('qemu-smoke-test as the runner starts it, after build-target and package-format', () => {
  let dirs: RunnerDirs;
  let env: Record<string, string>;
  let ok: ActionRun;
  const smokeInputs = { from: 'distro-build-*\ndistro-package', 'dist-dir': 'smoke-dist', target: ARM };

  beforeAll(() => {
    dirs = makeWorkspace('hello-c');
    // Job 1 and 2: build and package for aarch64 (uploaded to the local artifact store).
    const build = runAction('build-target', { target: ARM, version: 'v1.2.3' }, dirs);
    expect(errorLines(build.stdout)).toEqual([]);
    expect(build.status).toBe(0);
    const pkg = runAction('package-format', { formats: 'deb,rpm', version: 'v1.2.3' }, dirs);
    expect(errorLines(pkg.stdout)).toEqual([]);
    expect(pkg.status).toBe(0);
    expect((JSON.parse(pkg.outputs.packages!) as string[]).sort()).toEqual([
      'hello-1.2.3-1.aarch64.rpm',
      'hello_1.2.3-1_arm64.deb',
    ]);
    // Job 3: the smoke test, in its own dist directory, from the two artifacts.
    env = { DISTRO_CACHE_DIR: cacheDir() };
    ok = runAction('qemu-smoke-test', { ...smokeInputs, version: 'v1.2.3' }, dirs, env);
  }, 900_000);

  it('passes, and sets passed, failed and report', () => {
    expect(errorLines(ok.stdout)).toEqual([]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^distro-actions [\d.]+: distro-actions: qemu-smoke-test$/m);
    expect(ok.outputs.passed).toBe('8');
    expect(ok.outputs.failed).toBe('0');
    const dist = path.join(dirs.workspace, 'smoke-dist');
    expect(ok.outputs.report).toBe(path.join(dist, 'smoke', ARM, 'junit.xml'));
    expect(ok.outputs.manifest).toBe(path.join(dist, 'manifest.json'));
    expect(ok.outputs['artifact-name']).toBe(`distro-smoke-${ARM}`);
    const junit = readFileSync(ok.outputs.report!, 'utf8');
    expect(junit).toMatch(/<testsuites name="qemu-smoke-test" tests="8" failures="0"/);
    expect(junit).toContain(`<testsuite name="${ARM}" tests="8" failures="0"`);
    const added = JSON.parse(ok.outputs.artifacts!) as Array<{ path: string; kind: string }>;
    expect(added.map((a) => a.path).sort()).toEqual([
      `smoke/${ARM}/junit.xml`,
      `smoke/${ARM}/logs/build_${ARM}_hello.log`,
      `smoke/${ARM}/logs/hello-1.2.3-1.aarch64.rpm.log`,
      `smoke/${ARM}/logs/hello_1.2.3-1_arm64.deb.log`,
    ]);
    expect(added.every((a) => a.kind === 'report')).toBe(true);
    // The cached root was used (no mmdebstrap run in this job).
    expect(ok.stdout).toMatch(/root filesystem bookworm\/arm64: local \(\d+ ms\)/);
  });

  it('writes the step summary: a heading and a target × check table', () => {
    expect(ok.summary).toContain(`<h3>qemu-smoke-test: ✅ all of 8 checks (${ARM})</h3>`);
    const rows = tableRows(ok.summary);
    expect(rows[0]).toEqual(['target', 'artifact', 'check', 'result', 'time', 'details']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]!.replace(/<code>|<\/code>/g, ''), r[3]])).toEqual([
      [ARM, `build/${ARM}/hello`, 'run: hello --version', '✅ passed'],
      [ARM, 'hello-1.2.3-1.aarch64.rpm', 'install', '✅ passed'],
      [ARM, 'hello-1.2.3-1.aarch64.rpm', 'command: hello --version', '✅ passed'],
      [ARM, 'hello-1.2.3-1.aarch64.rpm', 'remove', '✅ passed'],
      [ARM, 'hello_1.2.3-1_arm64.deb', 'install', '✅ passed'],
      [ARM, 'hello_1.2.3-1_arm64.deb', 'command: hello --version', '✅ passed'],
      [ARM, 'hello_1.2.3-1_arm64.deb', 'remove', '✅ passed'],
      [ARM, 'hello_1.2.3-1_arm64.deb', 'purge', '✅ passed'],
    ]);
    for (const r of rows.slice(1)) {
      expect(r[4]).toMatch(/^\d+\.\d\d s$/);
      expect(r[5]).toBe('');
    }
    expect(ok.summary).toContain(`JUnit report: ${ok.outputs.report}`);
  });

  it('uploads distro-smoke-<target> to the local store: the report, the logs and the manifest', () => {
    const stored = path.join(dirs.artifacts, `distro-smoke-${ARM}`);
    expect(readdirSync(dirs.artifacts).sort()).toEqual([
      `distro-build-${ARM}`,
      'distro-package',
      `distro-smoke-${ARM}`,
    ]);
    expect(readdirSync(path.join(stored, 'smoke', ARM, 'logs')).sort()).toEqual([
      `build_${ARM}_hello.log`,
      'hello-1.2.3-1.aarch64.rpm.log',
      'hello_1.2.3-1_arm64.deb.log',
    ]);
    expect(readFileSync(path.join(stored, 'smoke', ARM, 'junit.xml'), 'utf8')).toBe(
      readFileSync(ok.outputs.report!, 'utf8'),
    );
    const manifest = JSON.parse(readFileSync(path.join(stored, 'manifest.json'), 'utf8')) as {
      artifacts: Array<{ path: string; sha256: string; stage: string }>;
    };
    const smoke = manifest.artifacts.filter((a) => a.stage === 'smoke');
    expect(smoke.map((a) => a.path)).toContain(`smoke/${ARM}/junit.xml`);
    for (const a of smoke) {
      expect(execFileSync('sha256sum', ['-b', path.join(stored, a.path)], { encoding: 'utf8' })).toContain(
        a.sha256,
      );
    }
    const deb = readFileSync(path.join(stored, 'smoke', ARM, 'logs', 'hello_1.2.3-1_arm64.deb.log'), 'utf8');
    expect(deb).toMatch(/Setting up hello \(1\.2\.3-1\)/);
  });

  it('a failing check: exit 1, one ::error line naming it, the outputs and the summary still written', () => {
    const bad = runAction(
      'qemu-smoke-test',
      {
        ...smokeInputs,
        'dist-dir': 'smoke-bad',
        'artifact-prefix': 'bad',
        version: 'v1.2.3',
        install: 'false',
        expect: '/^goodbye/m',
      },
      dirs,
      env,
    );
    expect(bad.status).toBe(1);
    const errs = errorLines(bad.stdout);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^::error title=distro-actions::qemu-smoke-test: 1 of 1 check\(s\) failed:/);
    expect(errs[0]).toContain(`${ARM} build/${ARM}/hello run: output does not match expect /^goodbye/m`);
    const report = path.join(dirs.workspace, 'smoke-bad', 'smoke', ARM, 'junit.xml');
    expect(errs[0]).toContain(`See the report ${report}`);
    expect(bad.outputs.passed).toBe('0');
    expect(bad.outputs.failed).toBe('1');
    expect(bad.outputs.report).toBe(report);
    expect(bad.outputs['artifact-name']).toBe(`bad-smoke-${ARM}`);
    expect(readFileSync(report, 'utf8')).toMatch(
      /<failure message="output does not match expect \/\^goodbye\/m" type="smoke">/,
    );
    expect(bad.summary).toContain(`<h3>qemu-smoke-test: ❌ 1 failed of 1 checks (${ARM})</h3>`);
    const rows = tableRows(bad.summary);
    expect(rows).toHaveLength(2);
    expect(rows[1]![3]).toBe('❌ failed');
    expect(rows[1]![5]).toMatch(/^output does not match expect \/\^goodbye\/m<br>hello 1\.2\.3/);
    // The logs of the failed run are uploaded too.
    expect(
      existsSync(
        path.join(dirs.artifacts, `bad-smoke-${ARM}`, 'smoke', ARM, 'logs', `build_${ARM}_hello.log`),
      ),
    ).toBe(true);
  }, 300_000);
});
