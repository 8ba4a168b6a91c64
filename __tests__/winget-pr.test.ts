/**
 * publish-repo with `winget-fork`: the winget manifests go to microsoft/winget-pkgs as a pull
 * request from the fork, through the REST API. GitHub is played by the local server of
 * helpers/github-mock.ts (not GitHub: it checks every request and response against GitHub's
 * OpenAPI description and computes git's own object ids), driven by the real Octokit client.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publishStage, type PublishStageOptions } from '../src/stages/publish.js';
import { memoryLogger } from '../src/log.js';
import { createArtifactStore } from '../src/runner/artifacts.js';
import { DistroError } from '../src/errors.js';
import type { ManifestArtifact } from '../src/manifest/index.js';
import { makeReleaseFixture } from './helpers/release-fixture.js';
import { GitHubMock } from './helpers/github-mock.js';

const TOKEN = 'ghp_wingetTestToken0123456789';
const FORK = 'octo/winget-pkgs';
const UPSTREAM = 'microsoft/winget-pkgs';
const DIR = 'manifests/e/ExampleOrg/hello/1.2.3';
const base = mkdtempSync(path.join(tmpdir(), 'distro-winget-pr-'));
let artifacts: ManifestArtifact[];

/** A workspace whose dist holds the release (as publish-repo downloads it with `from`). */
function workspace(extraConfig = ''): string {
  const ws = path.join(base, `ws-${Math.random().toString(36).slice(2)}`);
  cpSync(path.join(base, 'fixture'), ws, { recursive: true });
  writeFileSync(
    path.join(ws, 'distro.yml'),
    `name: hello\ndescription: Says hello.\nhomepage: https://example.com/hello\nlicense: MIT\nvendor: Example Org\n` +
      `build: { binaries: [hello] }\n${extraConfig}`,
  );
  writeFileSync(
    path.join(ws, 'dist', 'manifest.json'),
    JSON.stringify({ schema: 1, project: { name: 'hello', version: '1.2.3' }, artifacts }, null, 2),
  );
  return ws;
}

function options(gh: GitHubMock, extra: Partial<PublishStageOptions> = {}, config = ''): PublishStageOptions {
  return {
    workspace: workspace(config),
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
    wingetFork: FORK,
    wingetToken: TOKEN,
    apiUrl: gh.apiUrl,
    ...extra,
  };
}

/** The mock with microsoft/winget-pkgs (a master branch with another package) and the fork of it. */
async function server(readOnly = false): Promise<GitHubMock> {
  const gh = await GitHubMock.start({ token: TOKEN, repos: [UPSTREAM, FORK], readOnly });
  const master = gh.seedCommit(UPSTREAM, 'master', {
    'README.md': '# winget-pkgs\n',
    'manifests/m/Microsoft/Edit/1.0.0/Microsoft.Edit.yaml': 'PackageIdentifier: Microsoft.Edit\n',
  });
  gh.heads.get(FORK)!.set('master', master); // a fork shares its parent's objects
  return gh;
}

beforeAll(async () => {
  artifacts = await makeReleaseFixture(base, path.join(base, 'fixture', 'dist'), path.join(base, 'project'));
}, 120_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('publish-repo: winget pull request from a fork', () => {
  test('a pull request with the three manifests on top of master; a re-run changes nothing', async () => {
    const gh = await server();
    try {
      const master = gh.heads.get(UPSTREAM)!.get('master')!;
      const r = await publishStage(options(gh));
      expect(gh.violations).toEqual([]);
      expect(gh.pulls).toHaveLength(1);
      const pr = gh.pulls[0]!;
      expect(r.wingetPr).toBe(`${gh.apiUrl}/${UPSTREAM}/pull/1`);
      expect(pr).toMatchObject({
        repo: UPSTREAM,
        head: 'octo:ExampleOrg.hello-1.2.3',
        headRepo: FORK,
        base: 'master',
        title: 'New version: ExampleOrg.hello version 1.2.3',
      });
      const head = gh.heads.get(FORK)!.get('ExampleOrg.hello-1.2.3')!;
      expect(gh.treeOf(head)).toMatch(/^[0-9a-f]{40}$/);
      const files = gh.filesOf(gh.treeOf(head));
      // master's files stay, the three manifests are added at the winget-pkgs path
      expect([...files.keys()].sort()).toEqual(
        [
          'README.md',
          'manifests/m/Microsoft/Edit/1.0.0/Microsoft.Edit.yaml',
          `${DIR}/ExampleOrg.hello.installer.yaml`,
          `${DIR}/ExampleOrg.hello.locale.en-US.yaml`,
          `${DIR}/ExampleOrg.hello.yaml`,
        ].sort(),
      );
      for (const name of ['ExampleOrg.hello.installer.yaml', 'ExampleOrg.hello.yaml']) {
        const written = path.join(r.wingetDir, name);
        expect(gh.blobText(files.get(`${DIR}/${name}`)!)).toBe(readFileSync(written, 'utf8'));
      }
      expect(gh.blobText(files.get(`${DIR}/ExampleOrg.hello.installer.yaml`)!)).toContain(
        'PackageIdentifier: ExampleOrg.hello',
      );
      // the commit's parent is upstream master; the upstream branch itself is untouched
      expect(gh.objects.get(head)).toMatchObject({ type: 'commit', parents: [master] });
      expect(gh.heads.get(UPSTREAM)!.get('master')).toBe(master);

      const commits = gh.calls('git/create-commit').length;
      const again = await publishStage(options(gh));
      expect(gh.violations).toEqual([]);
      expect(again.wingetPr).toBe(r.wingetPr);
      expect(gh.pulls).toHaveLength(1);
      expect(gh.calls('git/create-commit')).toHaveLength(commits);
      expect(gh.calls('pulls/create')).toHaveLength(1);
      expect(gh.heads.get(FORK)!.get('ExampleOrg.hello-1.2.3')).toBe(head);
    } finally {
      await gh.close();
    }
  }, 120_000);

  test('a run stopped after the branch was pushed is finished by the next: the branch is reused', async () => {
    const gh = await server();
    try {
      gh.fail({
        operation: 'pulls/create',
        status: 403,
        message: 'Resource not accessible by personal access token',
      });
      const err = await publishStage(options(gh)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DistroError);
      expect((err as DistroError).key).toBe('input: winget-token');
      expect((err as Error).message).toContain('public_repo');
      const head = gh.heads.get(FORK)!.get('ExampleOrg.hello-1.2.3');
      expect(head).toMatch(/^[0-9a-f]{40}$/);
      expect(gh.pulls).toHaveLength(0);

      const r = await publishStage(options(gh));
      expect(r.wingetPr).toBe(`${gh.apiUrl}/${UPSTREAM}/pull/1`);
      expect(gh.heads.get(FORK)!.get('ExampleOrg.hello-1.2.3')).toBe(head); // no second commit
      expect(gh.calls('git/create-commit')).toHaveLength(1);
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  }, 120_000);

  test('a branch an earlier run left with other files: updated on top, the stale file removed', async () => {
    const gh = await server();
    try {
      const branch = 'ExampleOrg.hello-1.2.3';
      gh.heads.get(FORK)!.set(branch, gh.heads.get(UPSTREAM)!.get('master')!);
      const earlier = gh.seedCommit(FORK, branch, {
        [`${DIR}/ExampleOrg.hello.locale.de-DE.yaml`]: 'PackageLocale: de-DE\n',
        [`${DIR}/ExampleOrg.hello.yaml`]: 'PackageIdentifier: ExampleOrg.hello\n',
      });
      const r = await publishStage(options(gh));
      expect(gh.violations).toEqual([]);
      const head = gh.heads.get(FORK)!.get(branch)!;
      expect(gh.objects.get(head)).toMatchObject({ type: 'commit', parents: [earlier] });
      const files = [...gh.filesOf(gh.treeOf(head)).keys()].filter((f) => f.startsWith(DIR)).sort();
      expect(files).toEqual(
        [
          `${DIR}/ExampleOrg.hello.installer.yaml`,
          `${DIR}/ExampleOrg.hello.locale.en-US.yaml`,
          `${DIR}/ExampleOrg.hello.yaml`,
        ].sort(),
      );
      expect(gh.blobText(gh.filesOf(gh.treeOf(head)).get(`${DIR}/ExampleOrg.hello.yaml`)!)).toBe(
        readFileSync(path.join(r.wingetDir, 'ExampleOrg.hello.yaml'), 'utf8'),
      );
      expect(r.wingetPr).toBe(`${gh.apiUrl}/${UPSTREAM}/pull/1`);
    } finally {
      await gh.close();
    }
  }, 120_000);

  test('a token that may not push to the fork: one error naming winget-token and the permission, nothing pushed', async () => {
    const gh = await server(true);
    try {
      const o = options(gh);
      const err = await publishStage(o).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DistroError);
      expect((err as DistroError).key).toBe('input: winget-token');
      expect((err as Error).message).toMatch(/Contents: Read and write/);
      expect((err as Error).message).toContain('winget-fork');
      expect((err as Error).message).not.toContain(TOKEN);
      expect(gh.heads.get(FORK)!.has('ExampleOrg.hello-1.2.3')).toBe(false);
      expect(gh.pulls).toHaveLength(0);
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  }, 120_000);

  test('a fork the token cannot see: one error naming winget-fork, nothing written', async () => {
    const gh = await server();
    try {
      const err = await publishStage(options(gh, { wingetFork: 'octo/no-such-fork' })).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DistroError);
      expect((err as DistroError).key).toBe('input: winget-fork');
      expect((err as Error).message).toContain('octo/no-such-fork');
      expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  }, 120_000);

  test('winget.fork of the config opens the pull request when the input is not given', async () => {
    const gh = await server();
    try {
      const r = await publishStage(options(gh, { wingetFork: undefined }, `winget:\n  fork: ${FORK}\n`));
      expect(r.wingetPr).toBe(`${gh.apiUrl}/${UPSTREAM}/pull/1`);
      expect(gh.pulls[0]!.head).toBe('octo:ExampleOrg.hello-1.2.3');
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  }, 120_000);

  test('bad winget-fork and a missing winget-token fail before any request', async () => {
    const gh = await server();
    try {
      await expect(publishStage(options(gh, { wingetFork: 'not a repo' }))).rejects.toMatchObject({
        key: 'input: winget-fork',
      });
      await expect(publishStage(options(gh, { wingetToken: undefined }))).rejects.toMatchObject({
        key: 'input: winget-token',
      });
      // the config key: a value that is not owner/name fails when distro.yml is read
      await expect(
        publishStage(options(gh, { wingetFork: undefined }, 'winget:\n  fork: octo winget\n')),
      ).rejects.toThrow(/winget\.fork/);
      expect(gh.requests).toHaveLength(0);
    } finally {
      await gh.close();
    }
  }, 60_000);
});
