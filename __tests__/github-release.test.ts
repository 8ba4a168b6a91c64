/**
 * GitHub Releases (src/repos/github) against a LOCAL HTTP server that speaks GitHub's REST protocol
 * (__tests__/helpers/github-mock.ts), not against GitHub. The server checks every request against
 * GitHub's published OpenAPI description (@octokit/openapi) and its own responses against the
 * response schemas; each test asserts that no request violated the description. Release notes are
 * generated from a real temporary git repository with the git CLI.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { DistroError } from '../src/errors.js';
import { memoryLogger } from '../src/log.js';
import {
  publishRelease,
  readCommits,
  renderNotes,
  type PublishReleaseOptions,
  type PublishReleaseResult,
} from '../src/repos/github/index.js';
import { GitHubMock } from './helpers/github-mock.js';

const TOKEN = 'ghs_TopSecret0123456789abcdefGHIJKLmnop';
const root = mkdtempSync(path.join(tmpdir(), 'github-release-test-'));
const mocks: GitHubMock[] = [];
/** Every log line and error (with its whole object graph) of every test: none may contain the token. */
const seen: string[] = [];
/** Delays the publisher asked to sleep, per test. */
let sleeps: number[] = [];

afterAll(async () => {
  await Promise.all(mocks.map((m) => m.close()));
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  sleeps = [];
});

async function start(o: Partial<Parameters<typeof GitHubMock.start>[0]> = {}): Promise<GitHubMock> {
  const m = await GitHubMock.start({ token: TOKEN, ...o });
  mocks.push(m);
  return m;
}

/** Writes files under a fresh directory; returns their paths in order. */
function files(dir: string, content: Record<string, string | Buffer>): string[] {
  const d = path.join(root, dir);
  mkdirSync(d, { recursive: true });
  return Object.entries(content).map(([name, data]) => {
    const p = path.join(d, name);
    writeFileSync(p, data);
    return p;
  });
}

async function publish(
  m: GitHubMock,
  o: Partial<PublishReleaseOptions> & { tag: string },
): Promise<PublishReleaseResult> {
  const log = memoryLogger();
  try {
    return await publishRelease({
      owner: m.owner,
      repo: m.repo,
      token: TOKEN,
      apiUrl: m.apiUrl,
      retry: { sleep: async (ms) => void sleeps.push(ms) },
      log,
      ...o,
    });
  } catch (e) {
    seen.push(inspect(e, { depth: 8 }), String(e));
    throw e;
  } finally {
    seen.push(...log.lines);
  }
}

async function failure(p: Promise<unknown>): Promise<DistroError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DistroError);
    return e as DistroError;
  }
  throw new Error('expected a DistroError');
}

/** What a mock's release of `tag` holds: published ones and drafts. */
function releasesOf(m: GitHubMock, tag: string) {
  return m.releases.filter((r) => r.tag_name === tag);
}

function clientErrors(m: GitHubMock) {
  return m.requests.filter((r) => r.status >= 400 && r.status !== 404);
}

describe('publishRelease', () => {
  it('creates the release, uploads the assets to the upload host, then publishes it', async () => {
    const m = await start();
    m.addTag('v1.0.0');
    const [deb, rpm, sums] = files('create', {
      'hello_1.0.0~rc1_amd64.deb': 'deb bytes',
      'hello-1.0.0-1.x86_64.rpm': Buffer.from([0xed, 0xab, 0xee, 0xdb, 1, 2, 3]),
      SHA256SUMS: 'abc  hello\n',
    });
    const r = await publish(m, {
      tag: 'v1.0.0',
      name: 'hello 1.0.0',
      notes: { body: 'First release.' },
      makeLatest: 'true',
      assets: [{ path: deb }, { path: rpm }, { path: sums }],
    });
    expect(m.violations).toEqual([]);
    expect(clientErrors(m)).toEqual([]);
    expect(r.created).toBe(true);
    // GitHub stores `~` as `.`: the result and the release use the stored name, the label keeps the original
    expect(r.uploaded).toEqual(['hello_1.0.0.rc1_amd64.deb', 'hello-1.0.0-1.x86_64.rpm', 'SHA256SUMS']);
    const [rel] = releasesOf(m, 'v1.0.0');
    expect(releasesOf(m, 'v1.0.0')).toHaveLength(1);
    expect(r.url).toBe(`${m.apiUrl}/octo/hello/releases/tag/v1.0.0`);
    expect(r.id).toBe(rel.id);
    expect({ draft: rel.draft, name: rel.name, body: rel.body }).toEqual({
      draft: false,
      name: 'hello 1.0.0',
      body: 'First release.',
    });
    expect(rel.assets.map((a) => [a.name, a.label, a.content_type])).toEqual([
      ['hello_1.0.0.rc1_amd64.deb', 'hello_1.0.0~rc1_amd64.deb', 'application/vnd.debian.binary-package'],
      ['hello-1.0.0-1.x86_64.rpm', null, 'application/x-rpm'],
      ['SHA256SUMS', null, 'text/plain'],
    ]);
    for (const [a, f] of rel.assets.map((a, i) => [a, [deb, rpm, sums][i]] as const)) {
      expect(a.data.equals(readFileSync(f))).toBe(true);
    }
    const uploads = m.calls('repos/upload-release-asset');
    expect(uploads.map((u) => u.host)).toEqual(['uploads', 'uploads', 'uploads']);
    // created as a draft, assets uploaded, then published: nobody sees a release with half its files
    const ops = m.requests.map((x) => x.operation);
    expect(ops.indexOf('repos/create-release')).toBeLessThan(ops.indexOf('repos/upload-release-asset'));
    expect(ops.lastIndexOf('repos/update-release')).toBeGreaterThan(
      ops.lastIndexOf('repos/upload-release-asset'),
    );
  });

  it('a re-run publishes nothing twice; a changed file replaces its asset without a gap', async () => {
    const m = await start();
    m.addTag('v2.0.0');
    const paths = files('rerun', { 'a.tar.gz': 'aaaa', 'b.zip': 'bbbb', 'c.txt': 'cccc' });
    const assets = paths.map((p) => ({ path: p }));
    await publish(m, { tag: 'v2.0.0', assets });
    const before = releasesOf(m, 'v2.0.0')[0].assets.map((a) => [a.id, a.name]);
    const uploads = m.calls('repos/upload-release-asset').length;

    const again = await publish(m, { tag: 'v2.0.0', assets });
    expect(again).toMatchObject({ created: false, uploaded: [], replaced: [], deleted: [] });
    expect(again.unchanged).toEqual(['a.tar.gz', 'b.zip', 'c.txt']);
    expect(m.calls('repos/upload-release-asset')).toHaveLength(uploads);
    expect(releasesOf(m, 'v2.0.0')[0].assets.map((a) => [a.id, a.name])).toEqual(before);
    expect(releasesOf(m, 'v2.0.0')).toHaveLength(1);

    // a byte changed on the server (same size): the digest differs, so the asset is uploaded again
    releasesOf(m, 'v2.0.0')[0].assets[0].data[0] ^= 1;
    const tampered = await publish(m, { tag: 'v2.0.0', assets });
    expect(tampered).toMatchObject({ replaced: ['a.tar.gz'], unchanged: ['b.zip', 'c.txt'] });
    expect(
      releasesOf(m, 'v2.0.0')[0]
        .assets.find((a) => a.name === 'a.tar.gz')!
        .data.toString(),
    ).toBe('aaaa');

    writeFileSync(paths[1], 'BBBB changed');
    const n = m.requests.length;
    const changed = await publish(m, { tag: 'v2.0.0', assets });
    expect(changed).toMatchObject({ uploaded: [], replaced: ['b.zip'], unchanged: ['a.tar.gz', 'c.txt'] });
    const rel = releasesOf(m, 'v2.0.0')[0];
    expect(rel.assets.map((a) => a.name).sort()).toEqual(['a.tar.gz', 'b.zip', 'c.txt']);
    expect(rel.assets.find((a) => a.name === 'b.zip')!.data.toString()).toBe('BBBB changed');
    // the new bytes were uploaded (under a temporary name) before the old asset was deleted, then renamed
    const seq = m.requests.slice(n).map((x) => x.operation);
    const up = seq.indexOf('repos/upload-release-asset');
    const del = seq.indexOf('repos/delete-release-asset');
    const ren = seq.indexOf('repos/update-release-asset');
    expect(up).toBeGreaterThanOrEqual(0);
    expect(up < del && del < ren).toBe(true);
    expect(m.violations).toEqual([]);
    expect(clientErrors(m)).toEqual([]); // in particular no 422 already_exists
  });

  it('finds a draft of the tag (not returned by the tags endpoint) instead of creating a duplicate', async () => {
    const m = await start({ maxPerPage: 2 });
    m.addTag('v3.0.0');
    for (const t of ['v0.1.0', 'v0.2.0', 'v0.3.0', 'v0.4.0']) m.seedRelease({ tag_name: t });
    const draft = m.seedRelease({ tag_name: 'v3.0.0', draft: true, name: 'draft from an interrupted run' });
    for (const t of ['v0.5.0', 'v0.6.0', 'v0.7.0']) m.seedRelease({ tag_name: t }); // the draft is on page 2
    const [f] = files('draft', { 'x.tar.gz': 'x' });
    const r = await publish(m, { tag: 'v3.0.0', assets: [{ path: f }] });
    expect(r).toMatchObject({ created: false, id: draft.id, uploaded: ['x.tar.gz'] });
    expect(releasesOf(m, 'v3.0.0')).toHaveLength(1);
    expect(draft.draft).toBe(false);
    expect(m.calls('repos/create-release')).toEqual([]);
    expect(m.calls('repos/list-releases').length).toBeGreaterThanOrEqual(2);

    // a release published as a draft on purpose stays one, and a later run publishes that same release
    m.addTag('v3.1.0');
    const d = await publish(m, { tag: 'v3.1.0', draft: true, assets: [{ path: f }] });
    expect(releasesOf(m, 'v3.1.0')[0].draft).toBe(true);
    const p = await publish(m, { tag: 'v3.1.0', assets: [{ path: f }] });
    expect(p).toMatchObject({ id: d.id, created: false, unchanged: ['x.tar.gz'] });
    expect(releasesOf(m, 'v3.1.0')).toHaveLength(1);
    expect(releasesOf(m, 'v3.1.0')[0].draft).toBe(false);
    expect(m.violations).toEqual([]);
    expect(clientErrors(m)).toEqual([]);
  });

  it('a rolling nightly moves its tag, rewrites its notes and replaces its assets', async () => {
    const m = await start();
    const sha1 = '1'.repeat(40);
    const sha2 = '2'.repeat(40);
    const one = files('nightly-1', { 'hello_1.1.0~nightly.1_amd64.deb': 'n1', 'checksums.txt': 'c1' });
    const r1 = await publish(m, {
      tag: 'nightly',
      name: 'Nightly',
      rolling: true,
      targetCommitish: sha1,
      notes: { body: `Built from ${sha1}` },
      assets: one.map((p) => ({ path: p })),
    });
    expect(m.tags.get('nightly')).toBe(sha1); // the tag did not exist: created at the commit
    const two = files('nightly-2', { 'hello_1.1.0~nightly.2_amd64.deb': 'n2', 'checksums.txt': 'c2' });
    const r2 = await publish(m, {
      tag: 'nightly',
      name: 'Nightly',
      rolling: true,
      targetCommitish: sha2,
      notes: { body: `Built from ${sha2}` },
      assets: two.map((p) => ({ path: p })),
    });
    expect(r2.id).toBe(r1.id);
    expect(m.tags.get('nightly')).toBe(sha2);
    expect(m.calls('git/update-ref')).toHaveLength(1);
    const rels = releasesOf(m, 'nightly');
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({
      prerelease: true,
      draft: false,
      target_commitish: sha2,
      body: `Built from ${sha2}`,
    });
    expect(r2).toMatchObject({
      uploaded: ['hello_1.1.0.nightly.2_amd64.deb'],
      replaced: ['checksums.txt'],
      deleted: ['hello_1.1.0.nightly.1_amd64.deb'],
    });
    expect(rels[0].assets.map((a) => [a.name, a.data.toString()]).sort()).toEqual([
      ['checksums.txt', 'c2'],
      ['hello_1.1.0.nightly.2_amd64.deb', 'n2'],
    ]);
    expect(m.violations).toEqual([]);
    expect(clientErrors(m)).toEqual([]);
  });

  it('works on a GitHub Enterprise Server layout (/api/v3, uploads under /api/uploads), without digests', async () => {
    const m = await start({ ghes: true, digests: false });
    expect(m.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    m.addTag('v4.0.0');
    const paths = files('ghes', { 'big.tar.xz': Buffer.alloc(300_000, 7), 'small.txt': 'same size 1' });
    const assets = paths.map((p) => ({ path: p }));
    const r = await publish(m, { tag: 'v4.0.0', assets });
    expect(r.uploaded).toEqual(['big.tar.xz', 'small.txt']);
    expect(r.url.startsWith(m.apiUrl.replace('/api/v3', ''))).toBe(true);
    expect(m.requests.filter((x) => x.operation).every((x) => x.url.startsWith('/api/'))).toBe(true);
    expect(m.calls('repos/upload-release-asset').every((x) => x.url.startsWith('/api/uploads/'))).toBe(true);
    // no digest: equal size is confirmed by downloading; equal size with other bytes is replaced
    const again = await publish(m, { tag: 'v4.0.0', assets });
    expect(again.unchanged).toEqual(['big.tar.xz', 'small.txt']);
    expect(m.calls('repos/get-release-asset')).toHaveLength(2);
    writeFileSync(paths[1], 'same size 2');
    const changed = await publish(m, { tag: 'v4.0.0', assets });
    expect(changed).toMatchObject({ replaced: ['small.txt'], unchanged: ['big.tar.xz'] });
    expect(
      releasesOf(m, 'v4.0.0')[0]
        .assets.find((a) => a.name === 'small.txt')!
        .data.toString(),
    ).toBe('same size 2');
    expect(m.violations).toEqual([]);
    expect(clientErrors(m)).toEqual([]);
  });

  it('refuses a tag that does not exist in the repository, before creating anything', async () => {
    const m = await start();
    const [f] = files('notag', { 'x.zip': 'x' });
    const e = await failure(publish(m, { tag: 'v9.9.9', assets: [{ path: f }] }));
    expect(e.key).toBe('input: tag');
    expect(e.message).toContain("tag 'v9.9.9' does not exist in octo/hello");
    expect(e.message).toContain('git push origin v9.9.9');
    expect(m.calls('repos/create-release')).toEqual([]);
    expect(m.releases).toEqual([]);
    expect(m.violations).toEqual([]);
  });

  it('a token without contents: write gets a permission message; a bad token names the token input', async () => {
    const m = await start({ readOnly: true });
    m.addTag('v5.0.0');
    const e = await failure(publish(m, { tag: 'v5.0.0' }));
    expect(e.key).toBe('input: token');
    expect(e.message).toContain('HTTP 403');
    expect(e.message).toContain('permissions: contents: write');
    expect(e.message).not.toMatch(/rate limit/i);
    expect(sleeps).toEqual([]); // a permission error is not retried

    const other = await start({ token: 'ghs_someOtherToken' });
    const bad = await failure(publish(other, { tag: 'v5.0.0' }));
    expect(bad.key).toBe('input: token');
    expect(bad.message).toContain('HTTP 401');
    expect(m.violations).toEqual([]);
  });

  it('waits out rate limits: 429 Retry-After, 403 with x-ratelimit-reset; refuses an unreasonable wait', async () => {
    const m = await start();
    m.addTag('v6.0.0');
    m.fail({ operation: 'repos/create-release', status: 429, headers: { 'retry-after': '7' } });
    const reset = Math.floor(Date.now() / 1000) + 42;
    m.fail({
      operation: 'repos/list-release-assets',
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    });
    const [f] = files('ratelimit', { 'r.zip': 'r' });
    const r = await publish(m, { tag: 'v6.0.0', assets: [{ path: f }] });
    expect(r.uploaded).toEqual(['r.zip']);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBe(7000);
    expect(sleeps[1]).toBeGreaterThan(30_000);
    expect(sleeps[1]).toBeLessThanOrEqual(44_000);
    expect(m.calls('repos/create-release').map((x) => x.status)).toEqual([429, 201]);
    expect(releasesOf(m, 'v6.0.0')).toHaveLength(1);

    m.addTag('v6.1.0');
    m.fail({ operation: 'repos/get-release-by-tag', status: 429, headers: { 'retry-after': '7200' } });
    sleeps = [];
    const e = await failure(publish(m, { tag: 'v6.1.0' }));
    expect(e.key).toBe('input: github-release');
    expect(e.message).toContain('rate limit');
    expect(e.message).toContain('7200s');
    expect(sleeps).toEqual([]);
    expect(m.violations).toEqual([]);
  });

  it('retries uploads after 5xx: a half-written asset is removed first, a stored one is not uploaded twice', async () => {
    const m = await start();
    m.addTag('v7.0.0');
    m.fail({ operation: 'repos/upload-release-asset', status: 502, leave: 'open' });
    const paths = files('retry', { 'one.tar.gz': 'one one one', 'two.tar.gz': 'two two two' });
    const r1 = await publish(m, { tag: 'v7.0.0', assets: [{ path: paths[0] }] });
    expect(r1.uploaded).toEqual(['one.tar.gz']);
    expect(sleeps).toEqual([1000]);
    expect(m.calls('repos/upload-release-asset').map((x) => x.status)).toEqual([502, 201]);

    m.fail({ operation: 'repos/upload-release-asset', status: 504, leave: 'stored' });
    sleeps = [];
    const n = m.calls('repos/upload-release-asset').length;
    const r2 = await publish(m, { tag: 'v7.0.0', assets: paths.map((p) => ({ path: p })) });
    expect(r2).toMatchObject({ uploaded: ['two.tar.gz'], unchanged: ['one.tar.gz'] });
    expect(
      m
        .calls('repos/upload-release-asset')
        .slice(n)
        .map((x) => x.status),
    ).toEqual([504]);
    const rel = releasesOf(m, 'v7.0.0')[0];
    expect(rel.assets.map((a) => [a.name, a.state, a.data.toString()])).toEqual([
      ['one.tar.gz', 'uploaded', 'one one one'],
      ['two.tar.gz', 'uploaded', 'two two two'],
    ]);

    m.fail({ operation: 'repos/list-releases', status: 500, times: 10 });
    m.addTag('v7.1.0');
    sleeps = [];
    const e = await failure(publish(m, { tag: 'v7.1.0' }));
    expect(e.message).toContain('after 5 attempts');
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
    expect(m.violations).toEqual([]);
  });

  it('with latency, a full publish still completes and conforms', async () => {
    const m = await start({ latencyMs: 30 });
    m.addTag('v8.0.0');
    const [f] = files('latency', { 'l.zip': 'l' });
    const r = await publish(m, { tag: 'v8.0.0', assets: [{ path: f }] });
    expect(r.uploaded).toEqual(['l.zip']);
    expect(m.violations).toEqual([]);
  });
});

describe('the mock', () => {
  it("records requests that break GitHub's OpenAPI description", async () => {
    const m = await start();
    const api = (p: string, init: RequestInit = {}) =>
      fetch(`${m.apiUrl}${p}`, {
        ...init,
        headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json', ...init.headers },
      });
    await api('/repos/octo/hello/releases', { method: 'POST', body: JSON.stringify({ name: 1 }) });
    await api('/repos/octo/hello/releases?per_page=many');
    await api('/repos/octo/hello/releases/12/assets?name=x.zip', { method: 'POST', body: 'x' });
    await api('/repos/octo/hello/releases/assets/abc', { method: 'DELETE' });
    await api('/repos/octo/hello/no-such-thing');
    const v = m.violations.join('\n');
    expect(v).toContain("must have required property 'tag_name'");
    expect(v).toContain('/name must be string');
    expect(v).toContain("query parameter per_page='many'");
    expect(v).toContain('repos/upload-release-asset sent to the api host');
    expect(v).toContain("path parameter asset_id='abc'");
    expect(v).toContain('GET /repos/octo/hello/no-such-thing: no such operation');
    expect(m.violations).toHaveLength(6);
  });
});

describe('release notes from git', () => {
  const repo = path.join(root, 'notes-repo');
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    }).trim();
  const commit = (message: string) => {
    writeFileSync(path.join(repo, 'log.txt'), message + '\n', { flag: 'a' });
    git('add', 'log.txt');
    git('commit', '-q', '-m', message);
    return git('rev-parse', '--short=7', 'HEAD');
  };
  const sha: Record<string, string> = {};

  beforeAll(() => {
    mkdirSync(repo);
    git('init', '-q', '-b', 'main');
    git('config', 'commit.gpgsign', 'false');
    commit('chore: init');
    git('tag', 'v0.9.0');
    commit('feat: first feature');
    git('tag', 'v0.10.0'); // after v0.9.0 by version, before it by string order
    git('tag', 'nightly');
    sha.json = commit('feat(cli): add --json');
    sha.crash = commit('fix: crash on empty input');
    sha.perf = commit('perf: hash files once');
    sha.docs = commit('docs: explain channels');
    sha.bang = commit('feat!: drop the v1 config format');
    sha.footer = commit('refactor(core): rename Stage\n\nBREAKING CHANGE: Stage is now Step.\n\nRefs: #12');
    sha.other = commit('Update README');
    sha.chore = commit('chore(deps): bump yaml');
    git('tag', 'v0.11.0');
  });

  it('reads the commits since the previous tag by version order and groups them by type', async () => {
    const { previousTag, commits } = await readCommits(repo, 'v0.11.0');
    expect(previousTag).toBe('v0.10.0');
    expect(commits.map((c) => c.sha.slice(0, 7))).toEqual(
      git('log', '--format=%h', '--abbrev=7', 'v0.10.0..v0.11.0').split('\n'),
    );
    const notes = renderNotes(commits, {
      tag: 'v0.11.0',
      previousTag,
      repoUrl: 'https://github.com/octo/hello',
    });
    const headings = [...notes.matchAll(/^### (.+)$/gm)].map((x) => x[1]);
    expect(headings).toEqual([
      'Breaking Changes',
      'Features',
      'Bug Fixes',
      'Performance',
      'Documentation',
      'Chores',
      'Other',
    ]);
    const section = (title: string) => notes.split(`### ${title}\n\n`)[1].split('\n\n')[0];
    expect(section('Breaking Changes')).toBe(
      `- **core:** rename Stage (${sha.footer})\n  Stage is now Step.\n- drop the v1 config format (${sha.bang})`,
    );
    expect(section('Features')).toBe(`- **cli:** add --json (${sha.json})`);
    expect(section('Bug Fixes')).toBe(`- crash on empty input (${sha.crash})`);
    expect(section('Performance')).toBe(`- hash files once (${sha.perf})`);
    expect(section('Documentation')).toBe(`- explain channels (${sha.docs})`);
    expect(section('Chores')).toBe(`- **deps:** bump yaml (${sha.chore})`);
    expect(section('Other')).toBe(`- Update README (${sha.other})`);
    expect(notes).not.toContain('first feature');
    expect(notes).toContain('https://github.com/octo/hello/compare/v0.10.0...v0.11.0');
  });

  it('a rolling tag (not a version) starts after the newest version tag; an unknown tag ends at HEAD', async () => {
    const { previousTag, commits } = await readCommits(repo, 'nightly');
    expect(previousTag).toBe('v0.10.0');
    expect(commits).toHaveLength(0); // nightly points at v0.10.0 in this checkout
    const head = await readCommits(repo, 'v0.12.0');
    expect(head.previousTag).toBe('v0.11.0');
    expect(head.commits).toEqual([]);
  });

  it('publishes generated notes as the release body', async () => {
    const m = await start();
    m.addTag('v0.11.0');
    await publish(m, { tag: 'v0.11.0', notes: { generate: { dir: repo } } });
    const body = releasesOf(m, 'v0.11.0')[0].body ?? '';
    expect(body).toContain(`### Bug Fixes\n\n- crash on empty input (${sha.crash})`);
    expect(m.violations).toEqual([]);
  });

  it('a rolling release generates its notes up to the commit it moves to, not to the old tag', async () => {
    const m = await start();
    m.addTag('nightly', git('rev-parse', 'v0.10.0'));
    const fixed = commit('fix: only in the nightly');
    const head = git('rev-parse', 'HEAD');
    await publish(m, {
      tag: 'nightly',
      rolling: true,
      targetCommitish: head,
      notes: { generate: { dir: repo } },
    });
    expect(m.tags.get('nightly')).toBe(head);
    expect(releasesOf(m, 'nightly')[0].body).toBe(`### Bug Fixes\n\n- only in the nightly (${fixed})\n`);
    expect(m.violations).toEqual([]);
  });

  it('refuses a shallow checkout (its history would give wrong notes)', async () => {
    const shallow = path.join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const e = await failure(readCommits(shallow, 'v0.11.0'));
    expect(e.message).toContain('fetch-depth: 0');
  });
});

it('the token never appears in an error or a log line', () => {
  expect(seen.length).toBeGreaterThan(10);
  expect(seen.filter((s) => s.includes(TOKEN))).toEqual([]);
});
