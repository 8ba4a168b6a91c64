/**
 * The hand-off between jobs through GitHub's artifact service, as on GitHub: each stage runs as
 * its own job, in a fresh workspace, started from the bundle as the runner starts it, with
 * ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL pointing at a local results service
 * (src/services/results-server.ts), so the real @actions/artifact client in the bundle does the
 * transfer. Stood in for: GitHub's results service (the Twirp ArtifactService: CreateArtifact,
 * FinalizeArtifact, ListArtifacts, GetSignedArtifactURL, DeleteArtifact) and the Azure blob
 * storage behind its signed URLs (Put Block, Put Block List, Get Blob). Packages are checked with
 * dpkg-deb and rpm, and compared byte for byte with the same release made through the local store.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startResultsServer, type ResultsServer } from '../src/services/results-server.js';
import {
  makeWorkspace,
  runAction,
  runActionAsync,
  type ActionRun,
  type RunnerDirs,
} from './helpers/runner.js';
import { resultsEnv, runClient } from './helpers/results-service.js';

const HOST = 'x86_64-unknown-linux-gnu';
const RUN = '42';
let server: ResultsServer;
let base: string;

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'handoff-'));
  server = await startResultsServer({ dir: path.join(base, 'results') });
});
afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

function errorLines(r: ActionRun): string[] {
  return r.stdout.split('\n').filter((l) => l.startsWith('::error'));
}

/** One job of run `runId`: a fresh workspace (a copy of examples/hello-c), the results service env. */
async function job(
  name: string,
  action: string,
  inputs: Record<string, string>,
  o: { runId?: string; attempt?: string } = {},
): Promise<{ run: ActionRun; dirs: RunnerDirs }> {
  const dirs = makeWorkspace('hello-c');
  const runId = o.runId ?? RUN;
  const env = {
    ...resultsEnv(server, { runId, job: `${name}#${o.attempt ?? '1'}#${Math.random()}` }),
    GITHUB_JOB: name,
    GITHUB_RUN_ATTEMPT: o.attempt ?? '1',
  };
  const run = await runActionAsync(action, { version: 'v1.2.3', ...inputs }, dirs, env);
  return { run, dirs };
}

function names(runId = RUN): string[] {
  return server.artifacts
    .list(server.ids({ runId, job: 'x' }).runBackendId)
    .map((a) => a.name)
    .sort();
}

const pkgFile = (dirs: RunnerDirs, ext: string): string => {
  const dist = path.join(dirs.workspace, 'dist');
  return path.join(
    dist,
    readdirSync(dist).find((f) => f.endsWith(ext))!,
  );
};

describe('build → package through the artifact service', () => {
  let pkg: { run: ActionRun; dirs: RunnerDirs };

  beforeAll(async () => {
    const build = await job('build', 'build-target', { target: HOST });
    expect(errorLines(build.run)).toEqual([]);
    expect(build.run.status).toBe(0);
    pkg = await job('package', 'package-format', { from: 'distro-build-*', formats: 'deb,rpm,tar.gz' });
    expect(errorLines(pkg.run)).toEqual([]);
    expect(pkg.run.status).toBe(0);
  });

  it('the packages hold /usr/bin/hello as 0755 and the merged manifest lists the build too', () => {
    const deb = execFileSync('dpkg-deb', ['-c', pkgFile(pkg.dirs, '.deb')], { encoding: 'utf8' });
    expect(deb).toMatch(/^-rwxr-xr-x root\/root .* \.\/usr\/bin\/hello$/m);
    const rpm = execFileSync('rpm', ['-qplv', pkgFile(pkg.dirs, '.rpm')], { encoding: 'utf8' });
    expect(rpm).toMatch(/^-rwxr-xr-x .* \/usr\/bin\/hello$/m);
    const bin = path.join(pkg.dirs.workspace, 'dist', 'build', HOST, 'hello');
    expect(lstatSync(bin).mode & 0o777).toBe(0o755);
    const m = JSON.parse(readFileSync(path.join(pkg.dirs.workspace, 'dist', 'manifest.json'), 'utf8'));
    expect(m.handoff).toBeUndefined();
    expect(m.artifacts.map((a: { kind: string }) => a.kind).sort()).toEqual(
      ['archive', 'binary', 'build-info', 'deb', 'rpm'].sort(),
    );
  });

  it('the packages are byte-identical to the same release made through the local store', () => {
    const local = makeWorkspace('hello-c');
    const b = runAction('build-target', { target: HOST, version: 'v1.2.3' }, local);
    expect(b.status).toBe(0);
    const p = runAction(
      'package-format',
      { from: 'distro-build-*', formats: 'deb,rpm,tar.gz', 'dist-dir': 'd2', version: 'v1.2.3' },
      local,
    );
    expect(errorLines(p)).toEqual([]);
    for (const ext of ['.deb', '.rpm', '.tar.gz']) {
      const mine = readFileSync(pkgFile(pkg.dirs, ext));
      const dist2 = path.join(local.workspace, 'd2');
      const theirs = readFileSync(
        path.join(
          dist2,
          readdirSync(dist2).find((f) => f.endsWith(ext))!,
        ),
      );
      expect(mine.equals(theirs)).toBe(true);
    }
  });

  it('package-format without target uploads distro-package; with target, distro-package-<target>', async () => {
    expect(pkg.run.outputs['artifact-name']).toBe('distro-package');
    const t = await job('package-t', 'package-format', {
      from: 'distro-build-*',
      formats: 'tar.gz',
      target: 'linux/amd64',
    });
    expect(errorLines(t.run)).toEqual([]);
    expect(t.run.outputs['artifact-name']).toBe(`distro-package-${HOST}`);
    expect(names()).toEqual([`distro-build-${HOST}`, 'distro-package', `distro-package-${HOST}`]);
  });

  it('a re-run of the package job replaces its artifact; another job of the run clashing on the name is refused', async () => {
    const before = server.artifacts
      .list(server.ids({ runId: RUN, job: 'x' }).runBackendId)
      .find((a) => a.name === 'distro-package')!;
    const rerun = await job(
      'package',
      'package-format',
      { from: 'distro-build-*', formats: 'deb,rpm,tar.gz' },
      { attempt: '2' },
    );
    expect(errorLines(rerun.run)).toEqual([]);
    const after = server.artifacts
      .list(server.ids({ runId: RUN, job: 'x' }).runBackendId)
      .filter((a) => a.name === 'distro-package');
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(before.id);
    // A matrix leg over formats without target, in the same attempt: both would be distro-package.
    const clash = await job(
      'package',
      'package-format',
      { from: 'distro-build-*', formats: 'zip' },
      { attempt: '2' },
    );
    expect(clash.run.status).toBe(1);
    const err = errorLines(clash.run).join('\n');
    expect(err).toContain(
      "artifact 'distro-package' was already uploaded in this workflow run by job 'package' (attempt 2)",
    );
    expect(err).toMatch(/'target'.*'artifact-prefix'/);
    // Refused when the job starts, before any download or packaging.
    expect(readdirSync(clash.dirs.workspace)).not.toContain('dist');
    expect(
      server.artifacts
        .list(server.ids({ runId: RUN, job: 'x' }).runBackendId)
        .find((a) => a.name === 'distro-package')!.id,
    ).toBe(after[0]!.id);
  });

  describe('a changed artifact is refused before anything is written', () => {
    let good: string;
    beforeAll(async () => {
      // Fetch the build artifact with the real client, to re-upload changed copies of it.
      good = path.join(base, 'good');
      const r = await runClient(
        `const { artifact: a } = await artifact.getArtifact(args.name); await artifact.downloadArtifact(a.id, { path: args.dest }); out('ok');`,
        resultsEnv(server, { runId: RUN, job: 'fetch' }),
        { name: `distro-build-${HOST}`, dest: good },
      );
      expect(r.result).toBe('ok');
    });

    async function uploadChanged(name: string, change: (dir: string) => void): Promise<void> {
      const dir = path.join(base, name);
      execFileSync('cp', ['-a', good, dir]);
      change(dir);
      const files = execFileSync('find', ['.', '-type', 'f'], { cwd: dir, encoding: 'utf8' })
        .trim()
        .split('\n')
        .map((f) => f.slice(2));
      const r = await runClient(
        `await artifact.uploadArtifact(args.name, args.files.map((f) => args.root + '/' + f), args.root, {}); out('ok');`,
        resultsEnv(server, { runId: RUN, job: `tamper-${name}` }),
        { name, root: dir, files },
      );
      expect(r.result).toBe('ok');
    }

    const bin = `build/${HOST}/hello`;
    it.each([
      [
        'flipped',
        (d: string) => {
          const f = path.join(d, bin);
          const b = readFileSync(f);
          b[100] ^= 1;
          writeFileSync(f, b);
        },
        `${bin} has size`,
      ],
      [
        'extra',
        (d: string) => writeFileSync(path.join(d, 'build', HOST, 'evil'), 'x'),
        `build/${HOST}/evil is not listed in its manifest`,
      ],
      [
        'missing',
        (d: string) => unlinkSync(path.join(d, bin)),
        `${bin} is listed in its manifest but missing`,
      ],
      [
        'escaping',
        (d: string) => {
          const f = path.join(d, 'manifest.json');
          const m = JSON.parse(readFileSync(f, 'utf8'));
          m.handoff.entries.push({
            path: 'build/passwd',
            type: 'symlink',
            mode: 0o777,
            target: '../../etc/passwd',
          });
          writeFileSync(f, JSON.stringify(m));
        },
        "build/passwd is a symlink to '../../etc/passwd', outside the dist directory",
      ],
      [
        'through-link',
        (d: string) => {
          // each link alone stays inside, but build/a/b would be made through build/a (= build/)
          const f = path.join(d, 'manifest.json');
          const m = JSON.parse(readFileSync(f, 'utf8'));
          m.handoff.entries.push(
            { path: 'build/a', type: 'symlink', mode: 0o777, target: '.' },
            { path: 'build/a/b', type: 'symlink', mode: 0o777, target: '../../../x' },
          );
          writeFileSync(f, JSON.stringify(m));
        },
        'build/a/b is recorded below a symlink',
      ],
    ])('%s', async (kind, change, message) => {
      await uploadChanged(`bad-${kind}`, change as (d: string) => void);
      const r = await job(`use-${kind}`, 'package-format', {
        from: `bad-${kind}`,
        formats: 'tar.gz',
        'artifact-prefix': `use-${kind}`,
      });
      expect(r.run.status).toBe(1);
      const err = errorLines(r.run);
      expect(err).toHaveLength(1);
      expect(err[0]).toContain(`artifact 'bad-${kind}': ${message}`);
      expect(readdirSync(r.dirs.workspace)).not.toContain('dist');
    });
  });
});

describe('qemu-smoke-test runs the aarch64 binary it downloaded through the artifact service', () => {
  const ARM = 'aarch64-unknown-linux-gnu';
  it('the downloaded binary is executable and passes under qemu', async () => {
    const build = await job('build-arm', 'build-target', { target: ARM }, { runId: '43' });
    expect(errorLines(build.run)).toEqual([]);
    const smoke = await job(
      'smoke',
      'qemu-smoke-test',
      { from: `distro-build-${ARM}`, target: ARM, install: 'false' },
      { runId: '43' },
    );
    expect(errorLines(smoke.run)).toEqual([]);
    expect(smoke.run.status).toBe(0);
    expect(smoke.run.outputs.passed).toBe('1');
    expect(smoke.run.outputs.failed).toBe('0');
    const bin = path.join(smoke.dirs.workspace, 'dist', 'build', ARM, 'hello');
    expect(lstatSync(bin).mode & 0o777).toBe(0o755);
  }, 600_000);
});

describe('modes, directory modes and symlinks through the real client (stage hand-off in this process)', () => {
  const saved = { ...process.env };
  afterAll(() => {
    process.env = saved;
  });

  it('a setuid file, a 0750 directory and a symlink come back as they were uploaded', async () => {
    const { closeStage, openStage } = await import('../src/stages/common.js');
    const { describe: describeFile } = await import('../src/manifest/index.js');
    const { GitHubArtifactStore } = await import('../src/runner/artifacts.js');
    const { memoryLogger } = await import('../src/log.js');
    const ws = (n: string) => {
      const d = path.join(base, n);
      mkdirSync(d, { recursive: true });
      writeFileSync(path.join(d, 'distro.yml'), 'name: modes\n');
      return d;
    };
    // The in-process client reads the runner environment as it does on GitHub.
    Object.assign(process.env, resultsEnv(server, { runId: '77', job: 'one' }), {
      GITHUB_WORKSPACE: ws('ws1'),
    });
    const env = { RUNNER_TEMP: base, GITHUB_JOB: 'one' };
    const common = { env, log: memoryLogger(), store: new GitHubArtifactStore(), version: '1.0.0' };
    const ctx = await openStage({ ...common, workspace: path.join(base, 'ws1') });
    const t = path.join(ctx.distDir, 'tree');
    mkdirSync(path.join(t, 'private'), { recursive: true });
    writeFileSync(path.join(t, 'tool'), '#!/bin/sh\necho hi\n');
    chmodSync(path.join(t, 'tool'), 0o4755);
    writeFileSync(path.join(t, 'private', 'key'), 'secret');
    chmodSync(path.join(t, 'private', 'key'), 0o640);
    chmodSync(path.join(t, 'private'), 0o750);
    symlinkSync('tool', path.join(t, 'tool-link'));
    const added = [];
    for (const f of ['tree/tool', 'tree/private/key', 'tree/tool-link']) {
      added.push(await describeFile(ctx.distDir, f, { kind: 'binary', stage: 'build' }));
    }
    expect((await closeStage(ctx, 'build', undefined, added)).artifactName).toBe('distro-build');

    Object.assign(process.env, resultsEnv(server, { runId: '77', job: 'two' }), {
      GITHUB_WORKSPACE: ws('ws2'),
    });
    const next = await openStage({
      ...common,
      env: { ...env, GITHUB_JOB: 'two' },
      workspace: path.join(base, 'ws2'),
      from: ['distro-build'],
    });
    const u = path.join(next.distDir, 'tree');
    expect(lstatSync(path.join(u, 'tool')).mode & 0o7777).toBe(0o4755);
    expect(lstatSync(path.join(u, 'private')).mode & 0o7777).toBe(0o750);
    expect(lstatSync(path.join(u, 'private', 'key')).mode & 0o7777).toBe(0o640);
    expect(readFileSync(path.join(u, 'private', 'key'), 'utf8')).toBe('secret');
    expect(lstatSync(path.join(u, 'tool-link')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(u, 'tool-link'))).toBe('tool');
    expect(next.manifest.artifacts.map((a) => a.path)).toEqual([
      'tree/private/key',
      'tree/tool',
      'tree/tool-link',
    ]);
  });
});
