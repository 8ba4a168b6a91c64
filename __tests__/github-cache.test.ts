/**
 * setup-cross-toolchain and qemu-smoke-test keep their caches in GitHub's cache service: the bundles
 * started as the runner starts them (`node dist/actions/…`), each job with the environment a GitHub
 * job has (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2, GITHUB_REF), and the
 * real @actions/cache and @actions/artifact clients inside the bundles talking to the local results
 * server (src/services/results-server.ts) on 127.0.0.1.
 *
 * Stood in for: GitHub's results service (the Twirp CacheService — CreateCacheEntry,
 * FinalizeCacheEntryUpload, GetCacheEntryDownloadURL — and ArtifactService calls) and Azure blob
 * storage (the Put Blob / Put Block / Put Block List / GET requests to the signed URLs). Real: the
 * clients, tar and zstd, apt and dpkg (as root on this machine), mmdebstrap, qemu.
 *
 * Each "fresh runner" is the same paths emptied, as GitHub's runners have fixed paths (the client
 * versions an entry by its paths), and the packages the cold run installed removed again. The
 * machine's packages are as they were afterwards. Run `npm run bundle` first: this tests dist/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startResultsServer, type JobIdentity, type ResultsServer } from '../src/services/results-server.js';
import { copyExample, runActionAsync, type ActionRun, type RunnerDirs } from './helpers/runner.js';

const ARM = 'aarch64-unknown-linux-gnu';
let server: ResultsServer;
let base: string;

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'distro-github-cache-'));
  server = await startResultsServer({ dir: path.join(base, 'results') });
});
afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

/** The variables the runner gives a job of `job` for the results service (the cache v2 included). */
function jobEnv(job: JobIdentity): Record<string, string> {
  return {
    ACTIONS_RUNTIME_TOKEN: server.token(job),
    ACTIONS_RESULTS_URL: `${server.url}/`,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_RUN_ID: job.runId,
    GITHUB_REF: 'refs/heads/main',
  };
}

/** A runner with fixed paths under `name`, emptied: a fresh machine's workspace and RUNNER_TEMP. */
function freshRunner(name: string, example?: string): RunnerDirs {
  const root = path.join(base, name);
  const dirs = {
    base: root,
    workspace: path.join(root, 'workspace'),
    temp: path.join(root, 'runner-temp'),
    artifacts: path.join(root, 'runner-temp', 'distro-artifacts'),
  };
  rmSync(root, { recursive: true, force: true });
  mkdirSync(dirs.temp, { recursive: true });
  if (example) copyExample(example, dirs.workspace);
  else mkdirSync(dirs.workspace);
  return dirs;
}

const errors = (r: ActionRun) => r.stdout.split('\n').filter((l) => l.startsWith('::error'));

function installed(pkg: string): boolean {
  try {
    return (
      execFileSync('dpkg-query', ['-W', '-f=${db:Status-Status}', pkg], { encoding: 'utf8' }) === 'installed'
    );
  } catch {
    return false;
  }
}

function apt(...args: string[]): void {
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', '-y', '-q', ...args], {
    stdio: 'pipe',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Runs `fn` with `pkg` removed, and puts the machine back as it was (installed or not) after. */
async function withoutPackage(pkg: string, fn: (remove: () => void) => Promise<void>): Promise<void> {
  const was = installed(pkg);
  const remove = () => {
    if (installed(pkg)) apt('remove', pkg);
  };
  try {
    remove();
    await fn(remove);
  } finally {
    if (was && !installed(pkg)) apt('install', '--no-install-recommends', pkg);
    if (!was && installed(pkg)) apt('purge', pkg);
  }
}

// The aarch64 cross toolchain is on this machine already (other tests use it, so it stays); `sl`
// (13 kB, not installed) rides along through the `packages` input, so the cold job has a .deb to
// download and save and the warm job one to restore and install with --no-download.
const EXTRA = 'sl';

test('setup-cross-toolchain for aarch64: the cold job saves what dpkg installed in the cache service, a fresh runner restores it in one extraction with no apt install', async () => {
  await withoutPackage(EXTRA, async (remove) => {
    const inputs = { target: ARM, rust: 'false', packages: EXTRA };
    const cold = await runActionAsync(
      'setup-cross-toolchain',
      inputs,
      freshRunner('tc'),
      jobEnv({ runId: '1', job: 'setup' }),
    );
    expect(errors(cold)).toEqual([]);
    expect(cold.status).toBe(0);
    expect(cold.outputs['cache-hit']).toBe('false');
    expect(cold.stdout).toMatch(
      /package cache \(GitHub Actions cache\): installed files miss for distro-installed-/,
    );
    const key = /package cache: saved (\S+)/.exec(cold.stdout)?.[1];
    expect(key).toMatch(new RegExp(`^distro-installed-[a-z0-9.]+-amd64-${ARM}-[0-9a-f]{20}$`));
    // The server holds it, committed, in the main branch's scope.
    expect(server.cache.list('refs/heads/main').map((e) => e.key)).toContain(key);
    expect(installed(EXTRA)).toBe(true);

    remove(); // `apt-get remove`: dpkg keeps a config-files stanza, which the restore replaces
    const warm = await runActionAsync(
      'setup-cross-toolchain',
      inputs,
      freshRunner('tc'),
      jobEnv({ runId: '2', job: 'setup' }),
    );
    expect(errors(warm)).toEqual([]);
    expect(warm.status).toBe(0);
    expect(warm.outputs['cache-hit']).toBe('true');
    expect(warm.stdout).toContain(
      `package cache (GitHub Actions cache): hit for ${key}: installed files restored`,
    );
    expect(warm.stdout).not.toMatch(/^\$ .*apt-get .* install /m);
    expect(warm.stdout).not.toMatch(/^\$ .*apt-get .* update/m);
    expect(warm.summary).toContain('installed without the network');
    expect(installed(EXTRA)).toBe(true);
    // dpkg knows it as apt would have left it: files intact, nothing half-installed.
    expect(execFileSync('dpkg', ['--verify', EXTRA], { encoding: 'utf8' })).toBe('');
    expect(execFileSync('dpkg', ['--audit'], { encoding: 'utf8' })).toBe('');
    // Restored through the signed download URL; nothing saved again.
    expect(server.cache.list().filter((e) => e.key === key)).toHaveLength(1);
  });
}, 600_000);

test('qemu-smoke-test: the cold job installs the arch-test it lacks and saves the root filesystem; a fresh runner restores the root and needs no arch-test', async () => {
  const run = '10';
  // Build and package jobs: their artifacts go to the server's artifact service.
  const build = freshRunner('build', 'hello-c');
  const b = await runActionAsync(
    'build-target',
    { target: ARM, version: 'v1.2.3' },
    build,
    jobEnv({ runId: run, job: 'build' }),
  );
  expect(errors(b)).toEqual([]);
  const p = await runActionAsync(
    'package-format',
    { formats: 'deb', version: 'v1.2.3', from: `distro-build-${ARM}` },
    freshRunner('package', 'hello-c'),
    jobEnv({ runId: run, job: 'package' }),
  );
  expect(errors(p)).toEqual([]);
  const smokeInputs = { target: ARM, from: `distro-build-${ARM}\ndistro-package`, version: 'v1.2.3' };

  await withoutPackage('arch-test', async (remove) => {
    const cold = await runActionAsync(
      'qemu-smoke-test',
      smokeInputs,
      freshRunner('smoke', 'hello-c'),
      jobEnv({ runId: run, job: 'smoke' }),
    );
    expect(errors(cold)).toEqual([]);
    expect(cold.status).toBe(0);
    expect(cold.outputs.failed).toBe('0');
    expect(Number(cold.outputs.passed)).toBeGreaterThan(0);
    // mmdebstrap needs arch-test for a foreign root: installed just before it ran, through the cache.
    expect(cold.stdout).toMatch(/needs arch-test: mmdebstrap checks that arm64 programs run here/);
    expect(cold.stdout).toMatch(
      /package cache \(GitHub Actions cache\): miss for distro-apt-\S+-smoke-rootfs-/,
    );
    expect(cold.stdout).toMatch(/root filesystem bookworm\/arm64: built/);
    expect(cold.summary).toContain('Installed on the runner: arch-test');
    expect(installed('arch-test')).toBe(true);
    const keys = server.cache.list('refs/heads/main').map((e) => e.key);
    expect(keys.some((k) => /^distro-rootfs-v1-bookworm-arm64-minbase-/.test(k))).toBe(true);
    expect(keys.some((k) => /-smoke-rootfs-[0-9a-f]{20}$/.test(k))).toBe(true);

    // Another run on a fresh runner without arch-test: the root comes from the cache, so nothing
    // that only making a root needs is installed.
    remove();
    // Its own artifact name: the cold job's distro-smoke-<target> stays as it is in this run.
    const warm = await runActionAsync(
      'qemu-smoke-test',
      { ...smokeInputs, 'artifact-prefix': 'again' },
      freshRunner('smoke', 'hello-c'),
      jobEnv({ runId: run, job: 'smoke-again' }),
    );
    expect(errors(warm)).toEqual([]);
    expect(warm.status).toBe(0);
    expect(warm.outputs.passed).toBe(cold.outputs.passed);
    expect(warm.stdout).toMatch(/Cache hit for: distro-rootfs-v1-bookworm-arm64-minbase-/);
    expect(warm.stdout).toMatch(/root filesystem bookworm\/arm64: cache/);
    expect(warm.summary).toContain('Installed on the runner: nothing');
    expect(installed('arch-test')).toBe(false);
  });
}, 1_800_000);
