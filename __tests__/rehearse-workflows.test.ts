/**
 * The workflows users copy, run end to end by `distro rehearse` on examples/hello-c for this
 * machine and aarch64: examples/workflows/release.yml (on a tag), nightly.yml (scheduled, nightly
 * channel), pr.yml, and the README's multi-job workflow.
 *
 * Each job runs in its own fresh workspace (actions/checkout clones the test repository); files
 * pass between jobs through the local results service (src/services/), so the bundles use the
 * real @actions/artifact client. What is stood in for, and by what:
 * - GitHub's Releases API: the local server of helpers/github-mock.ts, which checks every request
 *   against GitHub's OpenAPI description (violations must stay empty);
 * - the repository's gh-pages branch: a local bare repository (--remote); GitHub Pages: a static
 *   server of that branch (helpers/http-server.ts), from which apt-get installs in a Debian root
 *   (helpers/debian-root.ts) and dnf reads the YUM repository;
 * - Sigstore (no OIDC token here): turned off with a warning, which the test checks.
 * The workflows need no `sudo apt-get install` step: qemu-smoke-test installs what it lacks.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from '../src/cli.js';
import { hostTarget } from '../src/targets/index.js';
import { debianRoot, type DebianRoot } from './helpers/debian-root.js';
import { GitHubMock } from './helpers/github-mock.js';
import { cleanupGpg, makeKey } from './helpers/gpg.js';
import { serveDir } from './helpers/http-server.js';
import { copyExample, ROOT } from './helpers/runner.js';

const TOKEN = 'ghs_rehearseTestToken0123456789';
const ARM = 'aarch64-unknown-linux-gnu';
const host = hostTarget().triple;
/** release.yml also builds hello.exe with mingw, packs its MSI and NSIS installers and smoke-tests them under wine. */
const WIN = 'x86_64-pc-windows-gnu';
const ROOTFS_DIR = '/var/cache/distro-actions-tests/smoke-rootfs';
const PAGES = 'https://example.github.io/hello';

let base: string;
let repo: string;
let tagSha: string;
let secretFile: string;
let cacheDir: string;
let mock: GitHubMock;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Hello Team',
      GIT_AUTHOR_EMAIL: 'team@example.com',
      GIT_COMMITTER_NAME: 'Hello Team',
      GIT_COMMITTER_EMAIL: 'team@example.com',
      GIT_AUTHOR_DATE: '2026-11-01T12:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-01T12:00:00Z',
    },
  }).trim();
}

interface Rehearsed {
  code: number;
  out: string[];
  log: string;
  /** [job leg, result, artifacts] */
  jobs: string[][];
}

async function rehearse(workflow: string, ...args: string[]): Promise<Rehearsed> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(
    [
      'rehearse',
      workflow,
      '-C',
      repo,
      '--repository',
      'example/hello',
      '--secret-file',
      secretFile,
      '--github-api-url',
      mock.apiUrl,
      '--matrix',
      `target=${host}`,
      '--matrix',
      `target=${ARM}`,
      '--env',
      `DISTRO_CACHE_DIR=${cacheDir}`,
      ...args,
    ],
    {
      cwd: base,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    },
  );
  const log = err.join('\n');
  const jobs = out.filter((l) => l.startsWith('job\t')).map((l) => l.split('\t').slice(1));
  if (code !== 0) console.log(log.slice(-20000));
  return { code, out, log, jobs };
}

/** Runs a command without blocking this process (the servers here answer it). */
function runAsync(cmd: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** The files of `branch` in the bare repository, in a directory. */
function checkoutBranch(remote: string, branch: string): string {
  const dir = mkdtempSync(path.join(base, `${branch}-`));
  const tar = execFileSync('git', ['--git-dir', remote, 'archive', branch], { maxBuffer: 512 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return dir;
}

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'rehearse-workflows-'));
  repo = path.join(base, 'hello');
  copyExample('hello-c', repo);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'feat: say hello');
  git(repo, 'tag', '-a', 'v1.2.3', '-m', 'v1.2.3');
  tagSha = git(repo, 'rev-parse', 'v1.2.3^{commit}');
  writeFileSync(path.join(repo, 'NEWS'), 'after 1.2.3\n');
  git(repo, 'add', 'NEWS');
  git(repo, 'commit', '-qm', 'fix: after the release');
  const key = makeKey('ed25519');
  secretFile = path.join(base, 'secrets.env');
  writeFileSync(
    secretFile,
    `# throwaway key\nGPG_PRIVATE_KEY<<KEY\n${key.armoredSecret.trim()}\nKEY\nGITHUB_TOKEN=${TOKEN}\n`,
  );
  cacheDir = path.join(base, 'cache');
  mkdirSync(cacheDir);
  mkdirSync(ROOTFS_DIR, { recursive: true });
  symlinkSync(ROOTFS_DIR, path.join(cacheDir, 'rootfs'));
  mock = await GitHubMock.start({ token: TOKEN, owner: 'example', repo: 'hello' });
  mock.tags.set('v1.2.3', tagSha);
}, 120_000);

afterAll(async () => {
  await mock?.close();
  cleanupGpg();
  rmSync(base, { recursive: true, force: true });
});

const legs = [`build (${host})`, `build (${ARM})`];
/** The job legs of release.yml, nightly.yml and the README's workflow, in the order they run. */
const PIPELINE = [...legs, 'package', 'sign', `smoke (${host})`, `smoke (${ARM})`, 'publish'];

describe('release.yml on a tag', () => {
  let r: Rehearsed;
  let remote: string;
  beforeAll(async () => {
    remote = path.join(base, 'release-remote.git');
    r = await rehearse(
      path.join(ROOT, 'examples/workflows/release.yml'),
      '--ref',
      'refs/tags/v1.2.3',
      '--remote',
      remote,
      '--matrix',
      `target=${WIN}`,
    );
  }, 3_600_000);

  test('every job succeeds, each with the artifact it made', () => {
    expect(r.jobs.map(([name, result, artifacts]) => [name, result, artifacts])).toEqual([
      [legs[0], 'success', `distro-build-${host}`],
      [legs[1], 'success', `distro-build-${ARM}`],
      [`build (${WIN})`, 'success', `distro-build-${WIN}`],
      ['package', 'success', 'distro-package'],
      ['sign', 'success', 'distro-sign'],
      [`smoke (${host})`, 'success', `distro-smoke-${host}`],
      [`smoke (${ARM})`, 'success', `distro-smoke-${ARM}`],
      [`smoke (${WIN})`, 'success', `distro-smoke-${WIN}`],
      ['publish', 'success', 'distro-publish'],
    ]);
    expect(r.code).toBe(0);
    // the stand-ins say what they stood in for
    expect(r.log).toMatch(/sigstore: true stood in by false in rehearsal/);
    expect(r.log).not.toMatch(/apt-get update skipped/); // the workflow installs nothing itself
    expect(r.log).not.toContain('BEGIN PGP PRIVATE KEY');
    // the last step printed the publish step's outputs
    expect(r.log).toMatch(/release: .*\/releases\/tag\/v1\.2\.3/);
  });

  test('the GitHub release, through requests GitHub would accept', () => {
    expect(mock.violations).toEqual([]);
    const rel = mock.releases.find((x) => x.tag_name === 'v1.2.3')!;
    const names = rel.assets.map((a) => a.name).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'hello_1.2.3-1_amd64.deb',
        'hello_1.2.3-1_arm64.deb',
        'hello-1.2.3-1.aarch64.rpm',
        'hello-1.2.3-windows-amd64.zip',
        'hello-1.2.3-amd64.msi',
        'hello-1.2.3-amd64-setup.exe',
        'SHA256SUMS',
        'SHA256SUMS.asc',
      ]),
    );
    expect(rel.body).toContain('say hello');
  });

  test('apt-get installs hello from the published repository; dnf reads the YUM one', async () => {
    const pages = checkoutBranch(remote, 'gh-pages');
    const server = await serveDir(pages);
    let deb: DebianRoot | undefined;
    try {
      const sources = readFileSync(path.join(pages, 'apt/hello.sources'), 'utf8');
      expect(sources).toContain(`URIs: ${PAGES}/apt`);
      deb = debianRoot();
      deb.write('/etc/apt/keyrings/hello.gpg', readFileSync(path.join(pages, 'apt/hello.gpg')));
      deb.write('/etc/apt/sources.list.d/hello.sources', sources.replaceAll(PAGES, server.url));
      const update = await deb.run('apt-get', ['-o', 'Acquire::Retries=0', 'update']);
      expect(`${update.stdout}${update.stderr}`).not.toMatch(/^(W|E):/m);
      const install = await deb.run('apt-get', ['install', '-y', 'hello']);
      expect(install.status).toBe(0);
      const ran = await deb.run('hello', ['--version']);
      expect(ran.stdout).toMatch(/hello/);
      expect((await deb.run('stat', ['-c', '%a', '/usr/bin/hello'])).stdout.trim()).toBe('755');

      const repoFile = readFileSync(path.join(pages, 'yum/stable/hello-stable.repo'), 'utf8').replaceAll(
        PAGES,
        server.url,
      );
      const d = mkdtempSync(path.join(base, 'dnf-'));
      mkdirSync(path.join(d, 'repos'));
      writeFileSync(path.join(d, 'repos/hello.repo'), repoFile);
      const q = await runAsync('dnf', [
        '-y',
        `--installroot=${path.join(d, 'root')}`,
        '--releasever=12',
        `--setopt=reposdir=${path.join(d, 'repos')}`,
        `--setopt=cachedir=${path.join(d, 'cache')}`,
        '--disableplugin=*',
        'repoquery',
        '-q',
        '--qf',
        '%{name}-%{version}-%{release}.%{arch}',
        '--arch',
        'x86_64,aarch64',
      ]);
      expect(
        q.out
          .split('\n')
          .filter((l) => /^hello-\d/.test(l))
          .sort(),
      ).toEqual(['hello-1.2.3-1.aarch64', 'hello-1.2.3-1.x86_64']);
      expect(q.code).toBe(0);
    } finally {
      deb?.remove();
      await server.close();
    }
  }, 900_000);
});

test('nightly.yml on a schedule: the nightly channel and the rolling prerelease', async () => {
  const remote = path.join(base, 'nightly-remote.git');
  const r = await rehearse(
    path.join(ROOT, 'examples/workflows/nightly.yml'),
    '--ref',
    'refs/heads/main',
    '--remote',
    remote,
  );
  expect(r.jobs.map(([n, res]) => [n, res])).toEqual(PIPELINE.map((n) => [n, 'success']));
  expect(r.jobs[0]![2]).toBe(`nightly-build-${host}`);
  expect(r.code).toBe(0);
  const rel = mock.releases.find((x) => x.tag_name === 'nightly')!;
  expect(rel.prerelease).toBe(true);
  expect(rel.assets.map((a) => a.name)).toContainEqual(
    expect.stringMatching(/^hello_1\.2\.4[~.]dev\.1\+g[0-9a-f]+-1_arm64\.deb$/),
  );
  const pages = checkoutBranch(remote, 'gh-pages');
  expect(readFileSync(path.join(pages, 'apt/dists/nightly/InRelease'), 'utf8')).toContain('Suite: nightly');
  expect(mock.violations).toEqual([]);
}, 3_600_000);

test('pr.yml on a pull request: build, package and smoke-test, nothing published', async () => {
  const releases = mock.releases.length;
  const r = await rehearse(
    path.join(ROOT, 'examples/workflows/pr.yml'),
    '--ref',
    'refs/pull/1/merge',
    '--event',
    'pull_request',
  );
  expect(r.jobs.map(([n, res, a]) => [n, res, a])).toEqual([
    [legs[0], 'success', `pr-1-build-${host},pr-1-package-${host},pr-1-smoke-${host}`],
    [legs[1], 'success', `pr-1-build-${ARM},pr-1-package-${ARM},pr-1-smoke-${ARM}`],
  ]);
  expect(r.log).toMatch(/smoke: [1-9]\d* passed, 0 failed; JUnit report /);
  expect(mock.releases.length).toBe(releases);
}, 3_600_000);

test("the README's workflow", async () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## In a workflow'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
  const file = path.join(base, 'readme-workflow.yml');
  writeFileSync(file, yaml);
  const r = await rehearse(
    file,
    '--ref',
    'refs/tags/v1.2.3',
    '--remote',
    path.join(base, 'readme-remote.git'),
  );
  expect(r.jobs.map(([n, res]) => [n, res])).toEqual(PIPELINE.map((n) => [n, 'success']));
  expect(r.code).toBe(0);
  expect(mock.violations).toEqual([]);
}, 3_600_000);
