/**
 * publish-repo as the runner starts it: the packages that build-target, package-format and
 * sign-artifacts made for examples/hello-c go into APT and YUM repositories on a gh-pages branch (a
 * local bare git repository stands in for GitHub's) and onto a GitHub release (a local server that
 * checks every request against GitHub's OpenAPI description stands in for the Releases API).
 * apt-get and dnf installing from such repositories is checked in apt-repo and yum-repo tests.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitHubMock } from './helpers/github-mock.js';
import { cleanupGpg, gpgVerify, homeWithKey, makeKey } from './helpers/gpg.js';
import { makeWorkspace, runAction, runActionAsync, type RunnerDirs } from './helpers/runner.js';
import { hostTarget } from '../src/targets/index.js';
import { cli } from '../src/cli.js';

const TOKEN = 'ghs_publishTestToken0123456789';
const host = hostTarget().triple;
let dirs: RunnerDirs;
let remote: string;
let mock: GitHubMock;
let signedDist: string;

const errorLines = (out: string) => out.split('\n').filter((l) => l.startsWith('::error'));

function branchFiles(branch = 'gh-pages'): string[] {
  return execFileSync('git', ['--git-dir', remote, 'ls-tree', '-r', '--name-only', branch], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
}
function branchFile(file: string, branch = 'gh-pages'): Buffer {
  return execFileSync('git', ['--git-dir', remote, 'show', `${branch}:${file}`]);
}
function commits(branch = 'gh-pages'): number {
  return Number(
    execFileSync('git', ['--git-dir', remote, 'rev-list', '--count', branch], { encoding: 'utf8' }),
  );
}

function publish(inputs: Record<string, string>, extra: Record<string, string> = {}, killAfterMs?: number) {
  return runActionAsync(
    'publish-repo',
    {
      version: '1.0.0',
      'repo-branch': 'gh-pages',
      'base-url': 'https://example.github.io/hello',
      'github-token': TOKEN,
      ...inputs,
    },
    dirs,
    {
      DISTRO_REPO_REMOTE: remote,
      GITHUB_API_URL: mock.apiUrl,
      GITHUB_REPOSITORY: `${mock.owner}/${mock.repo}`,
      GITHUB_REF: 'refs/tags/v1.0.0',
      GITHUB_SHA: 'a'.repeat(40),
      ...extra,
    },
    { killAfterMs },
  );
}

beforeAll(async () => {
  dirs = makeWorkspace('hello-c');
  remote = mkdtempSync(path.join(tmpdir(), 'distro-pages-'));
  execFileSync('git', ['init', '--quiet', '--bare', remote]);
  mock = await GitHubMock.start({ token: TOKEN, owner: 'example', repo: 'hello' });
  mock.tags.set('v1.0.0', 'a'.repeat(40));
  for (const [action, inputs] of [
    ['build-target', { target: host }],
    ['package-format', { formats: 'deb,rpm,tar.gz' }],
    ['sign-artifacts', { 'gpg-private-key': makeKey('ed25519').armoredSecret }],
  ] as const) {
    const r = runAction(action, { version: '1.0.0', ...inputs }, dirs, { SOURCE_DATE_EPOCH: '' });
    expect([action, errorLines(r.stdout)]).toEqual([action, []]);
  }
  signedDist = path.join(dirs.base, 'signed-dist');
  cpSync(path.join(dirs.workspace, 'dist'), signedDist, { recursive: true });
  writeFileSync(path.join(dirs.workspace, 'NOTES.md'), 'First release.\n');
}, 600_000);

afterAll(async () => {
  await mock?.close();
  cleanupGpg();
});

describe('publish-repo', () => {
  let first: Awaited<ReturnType<typeof publish>>;

  beforeAll(async () => {
    first = await publish({
      channel: 'beta',
      'gpg-private-key': makeKey('ed25519').armoredSecret,
      'github-release': 'true',
      'release-notes': 'NOTES.md',
    });
  }, 300_000);

  it('publishes signed APT and YUM repositories on the branch, with ready snippets as outputs', () => {
    expect(errorLines(first.stdout)).toEqual([]);
    expect(first.status).toBe(0);
    const files = branchFiles();
    expect(files).toEqual(
      expect.arrayContaining([
        'apt/dists/beta/InRelease',
        'apt/dists/beta/Release.gpg',
        'yum/beta/repodata/repomd.xml',
        'yum/beta/repodata/repomd.xml.asc',
      ]),
    );
    expect(files.some((f) => /^apt\/pool\/main\/h\/hello\/hello_1\.0\.0.*\.deb$/.test(f))).toBe(true);
    expect(files.some((f) => /^yum\/beta\/.*hello-1\.0\.0.*\.rpm$/.test(f))).toBe(true);
    // The signatures check with the key sign-artifacts exported.
    const home = homeWithKey(path.join(signedDist, 'KEY.asc'));
    const d = mkdtempSync(path.join(tmpdir(), 'distro-pub-'));
    writeFileSync(path.join(d, 'InRelease'), branchFile('apt/dists/beta/InRelease'));
    expect(gpgVerify(home, path.join(d, 'InRelease')).ok).toBe(true);
    writeFileSync(path.join(d, 'repomd.xml'), branchFile('yum/beta/repodata/repomd.xml'));
    writeFileSync(path.join(d, 'repomd.xml.asc'), branchFile('yum/beta/repodata/repomd.xml.asc'));
    expect(gpgVerify(home, path.join(d, 'repomd.xml.asc'), path.join(d, 'repomd.xml')).ok).toBe(true);
    expect(first.outputs['apt-source']).toMatch(/^URIs: https:\/\/example\.github\.io\/hello\/apt\/?$/m);
    expect(first.outputs['apt-source']).toMatch(/^Suites: beta$/m);
    expect(first.outputs['apt-source']).toMatch(/^Signed-By: /m);
    expect(first.outputs['yum-repo-file']).toMatch(/^gpgcheck=1$/m);
    expect(first.outputs['yum-repo-file']).toMatch(/^repo_gpgcheck=1$/m);
    expect(first.outputs['yum-repo-file']).toMatch(
      /^baseurl=https:\/\/example\.github\.io\/hello\/yum\/beta\/?$/m,
    );
    expect(first.outputs.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(first.summary).toMatch(/apt-get install/);
    expect(first.summary).toMatch(/dnf/);
  });

  it('uploads the release files to the release of the tag, by GitHub protocol', () => {
    expect(mock.violations).toEqual([]);
    expect(first.outputs['release-url']).toMatch(/\/example\/hello\/releases\/tag\/v1\.0\.0$/);
    const rel = mock.releases.find((r) => r.tag_name === 'v1.0.0')!;
    expect(rel.body).toBe('First release.\n');
    const names = rel.assets.map((a) => a.name).sort();
    for (const want of [
      /\.deb$/,
      /\.rpm$/,
      /\.tar\.gz$/,
      /^SHA256SUMS$/,
      /^SHA256SUMS\.asc$/,
      /\.deb\.asc$/,
      /\.spdx\.json$/,
      /^KEY\.asc$/,
    ]) {
      expect(names.some((n) => want.test(n))).toBe(true);
    }
    // Each asset is byte-identical to the file in the dist directory (the signed rpm included).
    for (const a of rel.assets) {
      expect([a.name, a.data.equals(readFileSync(path.join(signedDist, a.name)))]).toEqual([a.name, true]);
    }
  });

  it('a re-run publishes nothing twice: no commit, no upload', async () => {
    const uploads = mock.requests.filter((r) => r.host === 'uploads').length;
    const before = commits();
    const again = await publish({
      channel: 'beta',
      'gpg-private-key': makeKey('ed25519').armoredSecret,
      'github-release': 'true',
      'release-notes': 'NOTES.md',
    });
    expect(errorLines(again.stdout)).toEqual([]);
    expect(again.outputs.commit).toBe('');
    expect(commits()).toBe(before);
    expect(mock.requests.filter((r) => r.host === 'uploads').length).toBe(uploads);
    expect(mock.releases.filter((r) => r.tag_name === 'v1.0.0')).toHaveLength(1);
    expect(mock.violations).toEqual([]);
  }, 300_000);

  it('promotes the version from beta to stable without the packages', async () => {
    rmSync(path.join(dirs.workspace, 'dist'), { recursive: true, force: true });
    const r = await publish({
      channel: 'stable',
      'promote-from': 'beta',
      'gpg-private-key': makeKey('ed25519').armoredSecret,
    }).finally(() => cpSync(signedDist, path.join(dirs.workspace, 'dist'), { recursive: true }));
    expect(errorLines(r.stdout)).toEqual([]);
    const files = branchFiles();
    expect(files).toContain('apt/dists/stable/InRelease');
    const packages = files.find((f) => /^apt\/dists\/stable\/main\/binary-[a-z0-9]+\/Packages$/.test(f))!;
    expect(branchFile(packages).toString()).toMatch(/^Package: hello$/m);
    expect(files.some((f) => /^yum\/stable\/.*hello-1\.0\.0.*\.rpm$/.test(f))).toBe(true);
  }, 300_000);

  it('refuses an unsigned repository unless asked, naming the input, and changes nothing', async () => {
    const before = commits();
    const r = await publish({ channel: 'beta' });
    expect(r.status).toBe(1);
    const errs = errorLines(r.stdout);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/gpg-private-key.*unsigned: true/);
    expect(commits()).toBe(before);
  });

  it('never prints the token or the key', () => {
    const printed = [first.stdout, first.stderr, first.summary, JSON.stringify(first.outputs)]
      .join('\n')
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(printed).not.toContain(TOKEN);
    const secret = makeKey('ed25519')
      .armoredSecret.split('\n')
      .filter((l) => l.length > 40)[0]!;
    expect(printed).not.toContain(secret);
  });
});

/** Checks an APT suite as apt would: InRelease signed by the key, every index by-hash, every pool file. */
function checkApt(root: string, suite: string, home: string): string[] {
  const problems: string[] = [];
  const inrelease = path.join(root, 'dists', suite, 'InRelease');
  if (!gpgVerify(home, inrelease).ok) return [`${suite}: InRelease does not verify`];
  const text = readFileSync(inrelease, 'utf8');
  const sha = /^SHA256:\n((?: .+\n)+)/m.exec(text)?.[1] ?? '';
  for (const line of sha.trim().split('\n')) {
    const [hash, size, name] = line.trim().split(/\s+/) as [string, string, string];
    const byHash = path.join(root, 'dists', suite, path.dirname(name), 'by-hash', 'SHA256', hash);
    let data: Buffer;
    try {
      data = readFileSync(byHash);
    } catch {
      problems.push(`${suite}: ${name} by-hash ${hash} missing`);
      continue;
    }
    if (data.length !== Number(size) || createHash('sha256').update(data).digest('hex') !== hash)
      problems.push(`${suite}: ${name} by-hash content differs`);
    if (path.basename(name) === 'Packages') {
      for (const stanza of data
        .toString('utf8')
        .split('\n\n')
        .filter((s) => s.trim())) {
        const file = /^Filename: (.+)$/m.exec(stanza)![1]!;
        const want = /^SHA256: (.+)$/m.exec(stanza)![1]!;
        try {
          if (
            createHash('sha256')
              .update(readFileSync(path.join(root, file)))
              .digest('hex') !== want
          )
            problems.push(`${file}: content differs from Packages`);
        } catch {
          problems.push(`${file}: listed in Packages but missing`);
        }
      }
    }
  }
  return problems;
}

/** Checks a YUM channel as dnf would: repomd.xml signed, every metadata file and package there. */
function checkYum(channelDir: string, home: string): string[] {
  const problems: string[] = [];
  const repomd = path.join(channelDir, 'repodata', 'repomd.xml');
  if (!gpgVerify(home, `${repomd}.asc`, repomd).ok) return ['repomd.xml.asc does not verify'];
  const xml = readFileSync(repomd, 'utf8');
  for (const m of xml.matchAll(
    /<data type="(\w+)">[\s\S]*?<checksum type="sha256">(\w+)<\/checksum>[\s\S]*?<location href="([^"]+)"/g,
  )) {
    const [, type, hash, href] = m as unknown as [string, string, string, string];
    let data: Buffer;
    try {
      data = readFileSync(path.join(channelDir, href));
    } catch {
      problems.push(`${type}: ${href} missing`);
      continue;
    }
    if (createHash('sha256').update(data).digest('hex') !== hash) problems.push(`${type}: ${href} differs`);
    if (type === 'primary') {
      const primary = gunzipSync(data).toString('utf8');
      for (const p of primary.matchAll(/<location href="([^"]+)"/g)) {
        try {
          readFileSync(path.join(channelDir, p[1]!));
        } catch {
          problems.push(`${p[1]}: listed in primary but missing`);
        }
      }
    }
  }
  return problems;
}

describe('publish-repo killed midway', () => {
  it('at any moment leaves APT and YUM repositories that verify, with the old or the new version', async () => {
    const key = makeKey('ed25519').armoredSecret;
    const base = { 'base-url': 'https://example.github.io/hello', 'gpg-private-key': key, 'repo-branch': '' };
    // 1.0.0 is published into a directory; 1.0.1 is packaged and signed beside it.
    const v1 = await publish({ ...base, 'repo-dir': 'pages-v1' });
    expect(errorLines(v1.stdout)).toEqual([]);
    for (const [action, inputs] of [
      ['package-format', { formats: 'deb,rpm', 'dist-dir': 'dist101', from: `distro-build-${host}` }],
      [
        'sign-artifacts',
        { 'gpg-private-key': key, 'dist-dir': 'dist101', sbom: 'none', 'artifact-prefix': 'v101' },
      ],
    ] as const) {
      const r = runAction(action, { version: '1.0.1', 'artifact-prefix': 'v101', ...inputs }, dirs);
      expect([action, errorLines(r.stdout)]).toEqual([action, []]);
    }
    const home = homeWithKey(path.join(signedDist, 'KEY.asc'));
    // How long a whole publish of 1.0.1 takes here; the kills fall at fractions of it.
    cpSync(path.join(dirs.workspace, 'pages-v1'), path.join(dirs.workspace, 'pages-timed'), {
      recursive: true,
    });
    const t0 = Date.now();
    const timed = await publish({
      ...base,
      'repo-dir': 'pages-timed',
      'dist-dir': 'dist101',
      version: '1.0.1',
    });
    const whole = Date.now() - t0;
    expect(errorLines(timed.stdout)).toEqual([]);
    let killed = 0;
    for (const ms of [0.3, 0.45, 0.6, 0.7, 0.8, 0.9].map((f) => Math.round(f * whole))) {
      const dir = `pages-kill-${ms}`;
      cpSync(path.join(dirs.workspace, 'pages-v1'), path.join(dirs.workspace, dir), { recursive: true });
      const r = await publish({ ...base, 'repo-dir': dir, 'dist-dir': 'dist101', version: '1.0.1' }, {}, ms);
      if (r.status !== 0) killed++;
      const root = path.join(dirs.workspace, dir);
      expect([ms, checkApt(path.join(root, 'apt'), 'stable', home)]).toEqual([ms, []]);
      expect([ms, checkYum(path.join(root, 'yum', 'stable'), home)]).toEqual([ms, []]);
      // And the next publish completes the interrupted one.
      const again = await publish({ ...base, 'repo-dir': dir, 'dist-dir': 'dist101', version: '1.0.1' });
      expect([ms, errorLines(again.stdout)]).toEqual([ms, []]);
      expect(readFileSync(path.join(root, 'apt', 'dists', 'stable', 'InRelease'), 'utf8')).toMatch(
        /Packages/,
      );
      const packages = execFileSync('find', [path.join(root, 'apt', 'pool'), '-name', '*.deb'], {
        encoding: 'utf8',
      });
      expect(packages).toMatch(/hello_1\.0\.1/);
    }
    // Some runs were really stopped before the end (the test proves nothing otherwise).
    expect(killed).toBeGreaterThanOrEqual(2);
  }, 600_000);
});

describe('distro publish', () => {
  it('publishes into a directory off GitHub, unsigned only when asked', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      cwd: dirs.workspace,
      env: { PATH: process.env.PATH },
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
    };
    const args = [
      'publish',
      '--version',
      '1.0.0',
      '--repo-dir',
      'cli-pages',
      '--base-url',
      'https://example.test/r',
      '--no-upload',
      '--yum',
      'false',
    ];
    expect(await cli(args, io)).toBe(1);
    expect(err.join('\n')).toMatch(/gpg-private-key.*unsigned/);
    expect(await cli([...args, '--unsigned'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/^publish\tadded\tapt stable: hello 1\.0\.0/m);
    expect(out.join('\n')).toMatch(/^publish\tapt\t.*apt-get install/m);
    const release = readFileSync(
      path.join(dirs.workspace, 'cli-pages', 'apt', 'dists', 'stable', 'Release'),
      'utf8',
    );
    expect(release).toMatch(/^Suite: stable$/m);
    expect(() =>
      readFileSync(path.join(dirs.workspace, 'cli-pages', 'apt', 'dists', 'stable', 'InRelease')),
    ).toThrow();
    expect(await cli(['publish', '--keep', 'x'], io)).toBe(2);
  });
});
