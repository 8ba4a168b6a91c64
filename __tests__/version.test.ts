import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { checkVersionFor, getFormat } from '../src/formats/registry.js';
import {
  apkVersion,
  archiveVersion,
  archVersion,
  debVersion,
  parseVersion,
  resolveVersion,
  rpmVersion,
  versionFromDescribe,
  versionFromRef,
} from '../src/config/index.js';

/** dpkg --compare-versions a op b (exit status 0 = true). */
function dpkg(a: string, op: 'lt' | 'gt' | 'eq', b: string): boolean {
  try {
    execFileSync('dpkg', ['--compare-versions', a, op, b], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const noGit = mkdtempSync(path.join(tmpdir(), 'nogit-'));

describe('tags', () => {
  it('reads v-prefixed tags only', () => {
    expect(versionFromRef('refs/tags/v1.2.3')).toBe('1.2.3');
    expect(versionFromRef('refs/tags/v1.2.3-rc.1')).toBe('1.2.3-rc.1');
    expect(versionFromRef('refs/tags/V2.0')).toBe('2.0');
    expect(versionFromRef('refs/tags/1.2.3')).toBeUndefined();
    expect(versionFromRef('refs/tags/very-first')).toBeUndefined();
    expect(versionFromRef('refs/heads/v1.2.3')).toBeUndefined();
    expect(versionFromRef('refs/pull/7/merge')).toBeUndefined();
    expect(versionFromRef(undefined)).toBeUndefined();
  });

  it('turns git describe output into a sortable version', () => {
    expect(versionFromDescribe('v1.2.3')).toBe('1.2.3');
    expect(versionFromDescribe('v1.2.3-dirty')).toBe('1.2.3+dirty');
    expect(versionFromDescribe('v1.2.3-4-gabc1234')).toBe('1.2.4-dev.4+gabc1234');
    expect(versionFromDescribe('v1.2.3-4-gabc1234-dirty')).toBe('1.2.4-dev.4+gabc1234.dirty');
    expect(versionFromDescribe('v1.2.3-rc.1-4-gabc1234')).toBe('1.2.3-rc.1.dev.4+gabc1234');
    expect(versionFromDescribe('v2.0-12-g0123456789ab')).toBe('2.1-dev.12+g0123456789ab');
    expect(versionFromDescribe('abc1234')).toBe('0.0.0-dev+gabc1234');
    expect(versionFromDescribe('abc1234-dirty')).toBe('0.0.0-dev+gabc1234.dirty');
    expect(versionFromDescribe('release-5-gabc1234')).toBeUndefined();
  });

  it('dev versions sort between their tag and the next release (dpkg)', () => {
    const dev = debVersion(versionFromDescribe('v1.2.3-4-gabc1234')!);
    expect(dev).toBe('1.2.4~dev.4+gabc1234');
    expect(dpkg('1.2.3', 'lt', dev)).toBe(true);
    expect(dpkg(dev, 'lt', '1.2.4')).toBe(true);
    expect(dpkg(dev, 'lt', '1.2.4~rc.1')).toBe(true);
    const preDev = debVersion(versionFromDescribe('v1.2.3-rc.1-4-gabc1234')!);
    expect(dpkg('1.2.3~rc.1', 'lt', preDev)).toBe(true);
    expect(dpkg(preDev, 'lt', '1.2.3~rc.2')).toBe(true);
  });
});

describe('resolveVersion precedence', () => {
  const config = { name: 'hello', version: '0.9.0' };

  it('input first, with the v stripped', async () => {
    await expect(
      resolveVersion({ input: 'v1.0.0', ref: 'refs/tags/v2.0.0', cwd: noGit, config }),
    ).resolves.toEqual({
      version: '1.0.0',
      source: 'input',
    });
    await expect(resolveVersion({ input: ' 1.0.0-rc.2 ', cwd: noGit })).resolves.toEqual({
      version: '1.0.0-rc.2',
      source: 'input',
      prerelease: 'rc.2',
    });
  });

  it('then a v-tag in GITHUB_REF', async () => {
    await expect(resolveVersion({ input: '', ref: 'refs/tags/v2.0.0', cwd: noGit, config })).resolves.toEqual(
      {
        version: '2.0.0',
        source: 'tag',
      },
    );
  });

  it('then the config version (nfpm prerelease and version_metadata applied)', async () => {
    await expect(resolveVersion({ ref: 'refs/tags/2.0.0', cwd: noGit, config })).resolves.toEqual({
      version: '0.9.0',
      source: 'config',
    });
    await expect(
      resolveVersion({
        ref: 'refs/heads/main',
        cwd: noGit,
        config: { name: 'x', version: 'v1.2.3', prerelease: 'beta1', version_metadata: 'git' },
      }),
    ).resolves.toEqual({ version: '1.2.3-beta1+git', source: 'config', prerelease: 'beta1' });
  });

  it('then git describe, else 0.0.0', async () => {
    await expect(resolveVersion({ cwd: noGit })).resolves.toEqual({ version: '0.0.0', source: 'default' });
    await expect(resolveVersion({ cwd: noGit, config: { name: 'x', version: '' } })).resolves.toEqual({
      version: '0.0.0',
      source: 'default',
    });
  });

  it('runs git describe in a repository with a tag', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'gitrepo-'));
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        [
          '-c',
          'user.name=T',
          '-c',
          'user.email=t@example.com',
          '-c',
          'commit.gpgsign=false',
          '-c',
          'tag.gpgsign=false',
          ...args,
        ],
        {
          cwd: repo,
          stdio: 'pipe',
        },
      )
        .toString()
        .trim();
    git('init', '-q');
    writeFileSync(path.join(repo, 'a'), '1');
    git('add', 'a');
    git('commit', '-q', '-m', 'one');
    const first = git('rev-parse', '--short', 'HEAD');
    await expect(resolveVersion({ cwd: repo })).resolves.toEqual({
      version: `0.0.0-dev+g${first}`,
      source: 'git',
      prerelease: 'dev',
    });
    git('tag', 'v1.4.0');
    git('tag', 'not-a-version'); // newer-looking tags without v are ignored
    await expect(resolveVersion({ cwd: repo })).resolves.toEqual({ version: '1.4.0', source: 'git' });
    writeFileSync(path.join(repo, 'a'), '2');
    await expect(resolveVersion({ cwd: repo })).resolves.toEqual({ version: '1.4.0+dirty', source: 'git' });
    git('commit', '-q', '-am', 'two');
    git('commit', '-q', '--allow-empty', '-m', 'three');
    const head = git('rev-parse', '--short', 'HEAD');
    await expect(resolveVersion({ cwd: repo })).resolves.toEqual({
      version: `1.4.1-dev.2+g${head}`,
      source: 'git',
      prerelease: 'dev.2',
    });
    // the tag ref still wins over git describe
    await expect(resolveVersion({ cwd: repo, ref: 'refs/tags/v1.5.0' })).resolves.toEqual({
      version: '1.5.0',
      source: 'tag',
    });
  });
});

describe('Debian spelling', () => {
  it.each([
    ['1.2.3', {}, '1.2.3'],
    ['v1.2.3', {}, '1.2.3'],
    ['1.2.3-rc.1', {}, '1.2.3~rc.1'],
    ['1.2.3-beta', {}, '1.2.3~beta'],
    ['1.2.3+build.5', {}, '1.2.3+build.5'],
    ['1.2.3-rc.1+gabc', {}, '1.2.3~rc.1+gabc'],
    ['1.2.3-rc-1', {}, '1.2.3~rc.1'],
    ['1.2.3', { release: '1' }, '1.2.3-1'],
    ['1.2.3', { epoch: '2', release: '0ubuntu1' }, '2:1.2.3-0ubuntu1'],
    ['2024.01.15', {}, '2024.01.15'],
    ['1.0a', {}, '1.0a'],
    ['1.0a-x', { release: '1' }, '1.0a-x-1'],
  ])('%s %j → %s', (v, opts, want) => {
    expect(debVersion(v, opts)).toBe(want);
  });

  it('orders pre-releases before the release (dpkg --compare-versions)', () => {
    expect(dpkg(debVersion('1.2.3-rc.1'), 'lt', debVersion('1.2.3'))).toBe(true);
    expect(dpkg(debVersion('1.2.3'), 'lt', debVersion('1.2.4-rc.1'))).toBe(true);
    expect(dpkg(debVersion('1.2.3-alpha'), 'lt', debVersion('1.2.3-beta'))).toBe(true);
    expect(dpkg(debVersion('1.2.3-rc.1'), 'lt', debVersion('1.2.3-rc.2'))).toBe(true);
    expect(dpkg(debVersion('1.2.3'), 'lt', debVersion('1.2.3+build.1'))).toBe(true);
    expect(dpkg(debVersion('1.2.3', { epoch: '1' }), 'gt', debVersion('9.9.9'))).toBe(true);
    // and dpkg accepts every spelling as a version
    for (const v of ['1.2.3~rc.1', '1.2.3~rc.1+gabc', '2:1.2.3-0ubuntu1', '1.2.4~dev.4+gabc1234']) {
      expect(dpkg(v, 'eq', v)).toBe(true);
    }
  });

  it.each([
    [
      'abc!',
      /version 'abc!' cannot be written as a Debian version: it must start with a digit.*give a version like 1\.2\.3/,
    ],
    ['release-1', /must start with a digit/],
    ['1.2_3', /only letters, digits and \. \+ ~/],
    ['1:2.3', /may not contain ':'/],
    ['1.0a-x', /would be read as the start of the Debian revision/],
  ])('rejects %s', (v, re) => {
    expect(() => debVersion(v)).toThrow(re);
    try {
      debVersion(v);
    } catch (err) {
      expect(err).toBeInstanceOf(DistroError);
      expect((err as DistroError).key).toBe('version');
    }
  });

  it('rejects a bad epoch or release, naming that key', () => {
    expect(() => debVersion('1.0', { epoch: 'x' })).toThrow(expect.objectContaining({ key: 'epoch' }));
    expect(() => debVersion('1.0', { release: 'a-b' })).toThrow(expect.objectContaining({ key: 'release' }));
  });
});

describe('RPM spelling', () => {
  it.each([
    ['1.2.3', {}, { version: '1.2.3', release: '1' }],
    ['1.2.3-rc.1', {}, { version: '1.2.3~rc.1', release: '1' }],
    ['1.2.3-rc-1', {}, { version: '1.2.3~rc.1', release: '1' }],
    ['1.2.3+gabc', { release: '3.el9' }, { version: '1.2.3+gabc', release: '3.el9' }],
    ['v2.0.0', { epoch: '1' }, { version: '2.0.0', release: '1', epoch: '1' }],
    ['1.0a', {}, { version: '1.0a', release: '1' }],
  ])('%s %j → %j', (v, opts, want) => {
    expect(rpmVersion(v, opts)).toEqual(want);
  });

  it('rejects what rpm cannot spell', () => {
    expect(() => rpmVersion('1.0a-b')).toThrow(
      /cannot be written as an RPM version: RPM versions may not contain '-'/,
    );
    expect(() => rpmVersion('abc!')).toThrow(/only letters, digits/);
    expect(() => rpmVersion('1.0', { release: '1-2' })).toThrow(expect.objectContaining({ key: 'release' }));
  });
});

describe('Arch Linux spelling', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    ['1.2.3-rc.1', '1.2.3rc.1'],
    ['1.2.3-beta2', '1.2.3beta2'],
    ['1.2.3+gabc', '1.2.3+gabc'],
    ['1.2.4-dev.4+gabc1234', '1.2.4dev.4+gabc1234'],
    ['2024.01.15', '2024.01.15'],
    ['r123.abcdef', 'r123.abcdef'],
  ])('%s → %s', (v, want) => {
    const out = archVersion(v);
    expect(out).toBe(want);
    expect(out).not.toMatch(/[-:/\s]/);
  });

  it('rejects what pkgver cannot hold', () => {
    expect(() => archVersion('1.2.3-1')).toThrow(/pre-release '1' must start with a letter/);
    expect(() => archVersion('1:2')).toThrow(/may not contain '-' .*, ':' \(the epoch: set `epoch:`\)/);
    expect(() => archVersion('!x')).toThrow(/cannot be written as an Arch Linux version/);
  });
});

describe('Alpine spelling', () => {
  it.each([
    ['1.2.3', {}, '1.2.3'],
    ['1.2.3-rc.1', {}, '1.2.3_rc1'],
    ['1.2.3-rc1', {}, '1.2.3_rc1'],
    ['1.2.3-beta', {}, '1.2.3_beta'],
    ['1.2.3-alpha.2', {}, '1.2.3_alpha2'],
    ['1.2.3-pre.3', {}, '1.2.3_pre3'],
    ['1.2.4-dev.4+gabc1234', {}, '1.2.4_pre4'],
    ['1.2.3-rc.1.dev.4+gabc1234', {}, '1.2.3_rc1_p4'],
    ['1.2.3+build', {}, '1.2.3'],
    ['1.2.3', { release: '2' }, '1.2.3-r2'],
    ['1.2.3a', {}, '1.2.3a'],
    ['0.9.8_p20231017', {}, '0.9.8_p20231017'],
  ])('%s %j → %s', (v, opts, want) => {
    expect(apkVersion(v, opts)).toBe(want);
  });

  it('rejects what apk cannot spell', () => {
    expect(() => apkVersion('1.2.3-foo')).toThrow(
      /pre-release 'foo' has no Alpine spelling: use alpha, beta, pre or rc/,
    );
    expect(() => apkVersion('1.2.3-1')).toThrow(/has no Alpine spelling/);
    expect(() => apkVersion('2024-01-15x')).toThrow(/cannot be written as an Alpine version/);
    expect(() => apkVersion('abc')).toThrow(/cannot be written as an Alpine version/);
    expect(() => apkVersion('1.0', { release: 'r1' })).toThrow(expect.objectContaining({ key: 'release' }));
  });
});

describe('archives and the format check', () => {
  it('archive versions are the plain version', () => {
    expect(archiveVersion('v1.2.3-rc.1+gabc')).toBe('1.2.3-rc.1+gabc');
    expect(() => archiveVersion('1.2/3')).toThrow(/cannot be written as an archive version/);
    expect(() => archiveVersion('a b')).toThrow(DistroError);
  });

  it('the registry checks every requested format and reports the first impossible one', () => {
    const formats = (names: string[]) => names.map((n) => getFormat(n)!);
    expect(() =>
      checkVersionFor(formats(['deb', 'rpm', 'archlinux', 'tar.gz', 'zip', 'msi']), '1.2.3-rc.1', {
        release: '1',
      }),
    ).not.toThrow();
    expect(() => checkVersionFor(formats(['tar.gz', 'deb']), 'abc!', {})).toThrow(/as an archive version/);
    expect(() => checkVersionFor(formats(['deb', 'archlinux']), '1.2.3-1:x', {})).toThrow(DistroError);
    expect(() => checkVersionFor(formats(['deb', 'rpm']), '1.2.3-foo', {})).not.toThrow();
  });

  it('parseVersion splits semver-ish versions', () => {
    expect(parseVersion('v1.2.3-rc.1+b.2')).toEqual({ core: '1.2.3', pre: 'rc.1', build: 'b.2' });
    expect(parseVersion('1.2')).toEqual({ core: '1.2', pre: undefined, build: undefined });
    expect(parseVersion('abc')).toBeUndefined();
  });
});
