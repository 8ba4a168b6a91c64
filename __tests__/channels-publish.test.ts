/**
 * publish-repo pushing the Homebrew formula to a tap (`Formula/<name>.rb`) and the Scoop manifest
 * to a bucket (`bucket/<name>.json`), and writing the winget manifest directory. The tap and the
 * bucket are local bare git repositories standing in for GitHub (the same git protocol the
 * runner's git speaks, over the file transport); a pre-receive hook plays a token without write
 * access. Two publishers at once both land; a re-run with the same release commits nothing.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publishStage, type PublishStageOptions } from '../src/stages/publish.js';
import { memoryLogger } from '../src/log.js';
import { createArtifactStore } from '../src/runner/artifacts.js';
import { DistroError } from '../src/errors.js';
import type { ManifestArtifact } from '../src/manifest/index.js';
import { makeReleaseFixture } from './helpers/release-fixture.js';

const base = mkdtempSync(path.join(tmpdir(), 'distro-channels-'));
const remotes = path.join(base, 'remotes');
let artifacts: ManifestArtifact[];

function bare(repository: string): string {
  const dir = path.join(remotes, `${repository}.git`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', dir]);
  return dir;
}

function gitIn(remote: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', remote, ...args], { encoding: 'utf8' }).trim();
}

/** A workspace whose dist holds the release (as publish-repo downloads it with `from`). */
function workspace(name: string, extraConfig = ''): string {
  const ws = path.join(base, `ws-${name}-${Math.random().toString(36).slice(2)}`);
  cpSync(path.join(base, 'fixture'), ws, { recursive: true });
  writeFileSync(
    path.join(ws, 'distro.yml'),
    `name: ${name}\ndescription: Says hello.\nhomepage: https://example.com/hello\nlicense: MIT\nvendor: Example Org\n` +
      `build: { binaries: [hello] }\nsmoke: { command: "hello --version", expect: "hello 1.2.3" }\n${extraConfig}`,
  );
  writeFileSync(
    path.join(ws, 'dist', 'manifest.json'),
    JSON.stringify({ schema: 1, project: { name, version: '1.2.3' }, artifacts }, null, 2),
  );
  return ws;
}

function options(ws: string, extra: Partial<PublishStageOptions> = {}): PublishStageOptions {
  return {
    workspace: ws,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_REPOSITORY: 'acme/hello',
      GITHUB_REF: 'refs/tags/v1.2.3',
      RUNNER_TEMP: base,
    },
    log: memoryLogger(),
    store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(base, 'artifacts') }),
    upload: false,
    apt: false,
    yum: false,
    homebrewTap: 'acme/homebrew-tap',
    scoopBucket: 'acme/scoop-bucket',
    winget: true,
    remoteFor: (repository) => path.join(remotes, `${repository}.git`),
    ...extra,
  };
}

beforeAll(async () => {
  const fixture = path.join(base, 'fixture');
  artifacts = await makeReleaseFixture(base, path.join(fixture, 'dist'), path.join(base, 'project'));
}, 120_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('publish-repo: Homebrew tap, Scoop bucket, winget directory', () => {
  test('the formula and the manifest land in the tap and the bucket; the winget directory is written; a re-run changes nothing', async () => {
    const tap = bare('acme/homebrew-tap');
    const bucket = bare('acme/scoop-bucket');
    const ws = workspace('hello');
    const r = await publishStage(options(ws));
    expect(r.homebrewCommit).toMatch(/^[0-9a-f]{40}$/);
    expect(r.scoopCommit).toMatch(/^[0-9a-f]{40}$/);
    expect(gitIn(tap, ['ls-tree', '-r', '--name-only', 'main'])).toBe('Formula/hello.rb');
    expect(gitIn(bucket, ['ls-tree', '-r', '--name-only', 'main'])).toBe('bucket/hello.json');
    const formula = gitIn(tap, ['show', 'main:Formula/hello.rb']);
    expect(formula).toContain('class Hello < Formula');
    // the URLs are the GitHub release of the tag, with the sha256 of the files in the manifest
    const linux = artifacts.find((a) => a.path === 'hello-1.2.3-linux-arm64.tar.gz')!;
    expect(formula).toContain(
      `url "https://github.com/acme/hello/releases/download/v1.2.3/hello-1.2.3-linux-arm64.tar.gz"\n      sha256 "${linux.sha256}"`,
    );
    const scoop = JSON.parse(gitIn(bucket, ['show', 'main:bucket/hello.json'])) as {
      architecture: Record<string, { hash: string }>;
    };
    expect(scoop.architecture['64bit']!.hash).toBe(
      artifacts.find((a) => a.path === 'hello-1.2.3-windows-amd64.zip')!.sha256,
    );
    expect(gitIn(tap, ['log', '--format=%s', 'main'])).toBe('hello: update to 1.2.3');
    expect(r.wingetDir).toBe(
      path.join(ws, 'dist', 'winget', 'manifests', 'e', 'ExampleOrg', 'hello', '1.2.3'),
    );
    expect(existsSync(path.join(r.wingetDir, 'ExampleOrg.hello.installer.yaml'))).toBe(true);
    expect(r.artifacts.filter((a) => a.kind === 'winget')).toHaveLength(3);

    const again = await publishStage(options(workspace('hello')));
    expect(again.homebrewCommit).toBe('');
    expect(again.scoopCommit).toBe('');
    expect(gitIn(tap, ['rev-list', '--count', 'main'])).toBe('1');
    expect(gitIn(bucket, ['rev-list', '--count', 'main'])).toBe('1');
  }, 60_000);

  test('the manifests carry the sha256 of the files as publish-repo sees them (after signing replaced them)', async () => {
    bare('acme/homebrew-tap');
    const bucket = bare('acme/scoop-bucket');
    const ws = workspace('hello');
    const m = JSON.parse(readFileSync(path.join(ws, 'dist', 'manifest.json'), 'utf8')) as {
      artifacts: ManifestArtifact[];
    };
    const zip = m.artifacts.find((a) => a.path === 'hello-1.2.3-windows-amd64.zip')!;
    zip.sha256 = 'ab'.repeat(32); // as if sign-artifacts replaced the file
    writeFileSync(path.join(ws, 'dist', 'manifest.json'), JSON.stringify(m));
    await publishStage(options(ws));
    const scoop = JSON.parse(gitIn(bucket, ['show', 'main:bucket/hello.json'])) as {
      architecture: Record<string, { hash: string }>;
    };
    expect(scoop.architecture['64bit']!.hash).toBe('ab'.repeat(32));
  }, 60_000);

  test('two publishers at once (hello and hello2) both land in the tap', async () => {
    const tap = bare('acme/homebrew-tap');
    bare('acme/scoop-bucket');
    const rs = await Promise.all(
      ['hello', 'hello2'].map((n) =>
        publishStage(options(workspace(n), { scoopBucket: undefined, winget: false })),
      ),
    );
    expect(rs.every((r) => /^[0-9a-f]{40}$/.test(r.homebrewCommit))).toBe(true);
    expect(gitIn(tap, ['ls-tree', '-r', '--name-only', 'main']).split('\n').sort()).toEqual([
      'Formula/hello.rb',
      'Formula/hello2.rb',
    ]);
    expect(gitIn(tap, ['show', 'main:Formula/hello2.rb'])).toContain('class Hello2 < Formula');
  }, 60_000);

  test('a tap the token cannot push to: one error naming the key and the permission; the tap is unchanged', async () => {
    const tap = bare('acme/homebrew-tap');
    bare('acme/scoop-bucket');
    const hook = path.join(tap, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      '#!/bin/sh\necho "remote: Permission to acme/homebrew-tap.git denied to github-actions[bot]." >&2\nexit 1\n',
    );
    chmodSync(hook, 0o755);
    const ws = workspace('hello', 'homebrew: { tap: acme/homebrew-tap }\n');
    const e = (await publishStage(options(ws, { homebrewTap: undefined })).catch(
      (x: unknown) => x,
    )) as DistroError;
    expect(e).toBeInstanceOf(DistroError);
    expect(e.key).toBe('homebrew.tap');
    expect(e.message).toMatch(/Contents: Read and write.*acme\/homebrew-tap/s);
    expect(gitIn(tap, ['for-each-ref'])).toBe('');
  }, 60_000);

  test('a tap without a token is refused before any work, naming input homebrew-tap-token', async () => {
    const tap = bare('acme/homebrew-tap');
    const ws = workspace('hello');
    const e = (await publishStage(options(ws, { remoteFor: undefined, scoopBucket: undefined })).catch(
      (x: unknown) => x,
    )) as DistroError;
    expect(e.key).toBe('input: homebrew-tap-token');
    expect(gitIn(tap, ['for-each-ref'])).toBe('');
    const bad = (await publishStage(options(ws, { homebrewTap: 'not a repo' })).catch(
      (x: unknown) => x,
    )) as DistroError;
    expect(bad.key).toBe('input: homebrew-tap');
  });
});
