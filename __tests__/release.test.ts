/**
 * The release workflow's script (scripts/release.mjs), run as the workflow runs it — `node
 * scripts/release.mjs …` in a checkout — against real git: a temp repository whose `origin` is a
 * local bare repository standing in for GitHub (git speaks the same protocol to both).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve('scripts/release.mjs');
let root: string;
let repo: string;
let remote: string;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function release(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/release.mjs', ...args], { cwd: repo, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** A commit that sets package.json's version and adds its CHANGELOG.md section, tagged v<version>. */
function commitRelease(version: string, notes = `- change for ${version}`) {
  writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'x', version }) + '\n');
  writeFileSync(
    path.join(repo, 'CHANGELOG.md'),
    `# Changelog\n\n## [Unreleased]\n\n## [${version}] - 2026-12-06\n\n### Fixed\n\n${notes}\n\n## [0.0.1] - 2026-01-01\n\n- first\n\n[${version}]: https://example.invalid/compare\n`,
  );
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', `release ${version}`);
  git(repo, 'tag', `v${version}`);
  return git(repo, 'rev-parse', 'HEAD');
}

const remoteTag = (name: string) =>
  git(remote, 'rev-parse', '--verify', '--quiet', `refs/tags/${name}^{commit}`);

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'release-test-'));
  remote = path.join(root, 'remote.git');
  repo = path.join(root, 'repo');
  git(root, 'init', '-q', '--bare', remote);
  git(root, 'init', '-q', '-b', 'main', repo);
  git(repo, 'config', 'user.name', 'Test');
  git(repo, 'config', 'user.email', 'test@example.invalid');
  git(repo, 'remote', 'add', 'origin', remote);
  mkdirSync(path.join(repo, 'scripts'));
  copyFileSync(SCRIPT, path.join(repo, 'scripts/release.mjs'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('release script', () => {
  let first: string;
  let second: string;

  it('checks a release, prints its notes and moves the major tag to it on the remote', () => {
    first = commitRelease('1.0.0');
    git(repo, 'push', '-q', 'origin', 'main', 'v1.0.0');
    const check = release('check', 'v1.0.0');
    expect(check.err).toBe('');
    expect(check.status).toBe(0);
    const notes = release('notes', 'v1.0.0');
    expect(notes.out).toBe('### Fixed\n\n- change for 1.0.0\n');
    expect(release('move-major', 'v1.0.0').status).toBe(0);
    expect(remoteTag('v1')).toBe(first);
  });

  it('moves the major tag forward to a newer release', () => {
    second = commitRelease('1.1.0');
    expect(release('check', 'v1.1.0').status).toBe(0);
    const move = release('move-major', 'v1.1.0');
    expect(move.status).toBe(0);
    expect(move.out).toContain('v1 → v1.1.0');
    expect(remoteTag('v1')).toBe(second);
  });

  it('refuses to move the major tag back to an older version (a fix on an old line)', () => {
    git(repo, 'checkout', '-q', '-b', 'fix-1.0', first);
    commitRelease('1.0.1');
    const check = release('check', 'v1.0.1');
    expect(check.status).toBe(1);
    expect(check.err).toMatch(/^::error::refusing to move v1 backwards: v1\.1\.0 is already released/);
    expect(release('move-major', 'v1.0.1').status).toBe(1);
    expect(remoteTag('v1')).toBe(second);
    expect(git(repo, 'rev-parse', 'refs/tags/v1^{commit}')).toBe(second);
  });

  it('refuses a newer version on a commit that does not contain the major tag', () => {
    commitRelease('1.2.0'); // still on fix-1.0: newer number, but v1.1.0's commit is not in its history
    const move = release('move-major', 'v1.2.0');
    expect(move.status).toBe(1);
    expect(move.err).toMatch(
      /refusing to move v1 backwards: its commit [0-9a-f]{12} is not in the history of v1\.2\.0/,
    );
    expect(remoteTag('v1')).toBe(second);
  });

  it('leaves the major tag alone for a pre-release', () => {
    git(repo, 'checkout', '-q', 'main');
    commitRelease('2.0.0-rc.1');
    const move = release('move-major', 'v2.0.0-rc.1');
    expect(move.status).toBe(0);
    expect(move.out).toContain('pre-release');
    expect(() => remoteTag('v2')).toThrow();
  });

  it('rejects a tag that is not package.json version, a missing changelog section, a non-release tag', () => {
    const mismatch = release('check', 'v2.0.0');
    expect(mismatch.status).toBe(1);
    expect(mismatch.err).toContain(`tag v2.0.0 does not match package.json's version 2.0.0-rc.1`);
    writeFileSync(path.join(repo, 'CHANGELOG.md'), '# Changelog\n\n## [Unreleased]\n\n- pending\n');
    const noNotes = release('notes', 'v2.0.0-rc.1');
    expect(noNotes.status).toBe(1);
    expect(noNotes.err).toContain(`CHANGELOG.md has no section '## [2.0.0-rc.1] - YYYY-MM-DD'`);
    const bad = release('check', 'release-2');
    expect(bad.err).toContain(`'release-2' is not a release tag: push a tag like v1.2.3`);
  });
});
