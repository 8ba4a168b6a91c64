/**
 * `contents[].src` globs behave as nfpm's: the cases of nfpm's internal/glob/glob_test.go and of
 * goreleaser/fileglob's glob_test.go (the options nfpm uses: MatchDirectoryIncludesContents,
 * QuoteMeta for disable_globbing), one row each, on real files; then a package built from
 * `src: ./share/*` and checked with dpkg-deb and rpm.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig } from '../src/config/index.js';
import { DistroError } from '../src/errors.js';
import { writeDeb } from '../src/formats/deb/index.js';
import { globContents, longestCommonPrefix } from '../src/formats/pkg/glob.js';
import { cleanupPackage, resolvePackage } from '../src/formats/pkg/resolve.js';
import type { Packager } from '../src/formats/pkg/types.js';
import { writeRpm } from '../src/formats/rpm/index.js';
import { memoryLogger } from '../src/log.js';
import { resolveInside } from '../src/paths.js';

const root = mkdtempSync(path.join(tmpdir(), 'contents-glob-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A fresh project directory holding `files` (content: their own path), `dirs` and `links`. */
function project(files: string[], dirs: string[] = [], links: Record<string, string> = {}): string {
  const dir = path.join(root, `p${n++}`);
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), f);
  }
  for (const d of dirs) mkdirSync(path.join(dir, d), { recursive: true });
  mkdirSync(dir, { recursive: true });
  for (const [l, to] of Object.entries(links)) symlinkSync(to, path.join(dir, l));
  return dir;
}

/** src → dst (symlinks as `dst -> target`), or the reason nothing matched. */
async function glob(dir: string, pattern: string, dst = '/foo/bar', literal = false) {
  const r = await globContents(dir, pattern, dst.replace(/(.)\/$/, '$1'), dst.endsWith('/'), {
    literal,
    check: (rel) => resolveInside(dir, rel, { key: 'contents[0].src' }),
  });
  if (!r.ok) return r.reason;
  return Object.fromEntries(r.matches.map((m) => [m.src, m.link ? `${m.dst} -> ${m.link}` : m.dst]));
}

describe("nfpm's glob_test.go", () => {
  // nfpm's internal/glob/testdata, with the tests' working directory as the project
  const NFPM = [
    'testdata/dir_a/dir_b/test_b.txt',
    'testdata/dir_a/dir_c/test_c.txt',
    'testdata/{dir_d}/test_brace.txt',
  ];
  let dir: string;
  beforeAll(() => (dir = project(NFPM)));

  it('longestCommonPrefix', () => {
    const strs = ['longestcommonprefix', 'longestcommontest', 'longtest', 'longestcommon', 'longtest'];
    expect(longestCommonPrefix([...strs, 'longesttest'])).toBe('long');
    expect(longestCommonPrefix([])).toBe('');
    expect(longestCommonPrefix(['every', 'string', 'is', 'different', 'than', 'one', 'another'])).toBe('');
  });

  it.each([
    {
      name: 'simple',
      pattern: './testdata/dir_a/dir_*/*',
      dst: '/foo/bar',
      want: {
        'testdata/dir_a/dir_b/test_b.txt': '/foo/bar/dir_b/test_b.txt',
        'testdata/dir_a/dir_c/test_c.txt': '/foo/bar/dir_c/test_c.txt',
      },
    },
    {
      name: 'dst is a dir',
      pattern: './testdata/dir_a/dir_b/test_b.txt',
      dst: '/foo/bar/',
      want: { 'testdata/dir_a/dir_b/test_b.txt': '/foo/bar/test_b.txt' },
    },
    {
      name: 'single file',
      pattern: 'testdata/dir_a/dir_b/*',
      dst: '/foo/bar',
      want: { 'testdata/dir_a/dir_b/test_b.txt': '/foo/bar/test_b.txt' },
    },
    {
      name: 'double star',
      pattern: 'testdata/**/test*.txt',
      dst: '/foo/bar',
      want: {
        'testdata/dir_a/dir_b/test_b.txt': '/foo/bar/dir_a/dir_b/test_b.txt',
        'testdata/dir_a/dir_c/test_c.txt': '/foo/bar/dir_a/dir_c/test_c.txt',
        'testdata/{dir_d}/test_brace.txt': '/foo/bar/{dir_d}/test_brace.txt',
      },
    },
    { name: 'nil value', pattern: 'does/not/exist', dst: '/foo/bar', want: 'missing' },
    { name: 'no matches', pattern: 'testdata/nothing*', dst: '/foo/bar', want: 'no-match' },
    {
      name: 'escaped brace',
      pattern: 'testdata/\\{dir_d\\}/*',
      dst: '/foo/bar',
      want: { 'testdata/{dir_d}/test_brace.txt': '/foo/bar/test_brace.txt' },
    },
    {
      name: 'no glob',
      pattern: 'testdata/dir_a/dir_b/test_b.txt',
      dst: '/foo/bar/dest.dat',
      want: { 'testdata/dir_a/dir_b/test_b.txt': '/foo/bar/dest.dat' },
    },
  ])('$name', async ({ pattern, dst, want }) => {
    expect(await glob(dir, pattern, dst)).toEqual(want);
  });

  // nfpm's "to parent" globs ../../testdata/fake from / ; here a src must stay in the workspace.
  it.each(['../../testdata/fake', '../*', '/etc/pass*', '/etc/passwd'])(
    'to parent or absolute (%s): refused, naming the key',
    async (pattern) => {
      const err = await glob(dir, pattern).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DistroError);
      expect((err as DistroError).key).toBe('contents[0].src');
      expect((err as Error).message).toMatch(/escapes the workspace|is an absolute path/);
    },
  );
});

describe("fileglob's glob_test.go (MatchDirectoryIncludesContents)", () => {
  const cases: Array<{
    name: string;
    files: string[];
    dirs?: string[];
    pattern: string;
    literal?: boolean;
    want: string[] | 'missing' | 'no-match' | 'invalid';
  }> = [
    {
      name: 'simple',
      files: [
        'c/file1.txt',
        'a/nope/file1.txt',
        'a/something',
        'a/b/file1.txt',
        'a/c/file2.txt',
        'a/d/file1.txt',
      ],
      pattern: './a/*/*',
      want: ['a/b/file1.txt', 'a/c/file2.txt', 'a/d/file1.txt', 'a/nope/file1.txt'],
    },
    {
      name: 'single file',
      files: ['c/file1.txt', 'a/nope/file1.txt', 'a/b/file1.txt'],
      pattern: 'a/b/*',
      want: ['a/b/file1.txt'],
    },
    {
      name: 'super asterisk',
      files: ['a/nope.txt', 'a/d/file1.txt', 'a/e/f/file1.txt', 'a/b/file1.txt'],
      pattern: 'a/**/*',
      want: ['a/b/file1.txt', 'a/d/file1.txt', 'a/e/f/file1.txt'],
    },
    {
      name: 'alternative matchers',
      files: ['a/b/file.txt', 'a/c/file.txt', 'a/d/file.txt'],
      pattern: 'a/{b,d}/file.txt',
      want: ['a/b/file.txt', 'a/d/file.txt'],
    },
    {
      name: 'character list and range matchers',
      files: [
        'a/b/file0.txt',
        'a/c/file1.txt',
        'a/d/file2.txt',
        'a/0/file.txt',
        'b/b/file0.txt',
        'c/b/file0.txt',
      ],
      pattern: '[!bc]/[a-z]/file[01].txt',
      want: ['a/b/file0.txt', 'a/c/file1.txt'],
    },
    {
      name: 'nested matchers',
      files: ['a.txt', 'b.txt', '1b.txt', 'ab.txt'],
      pattern: '{a,[0-9]b}.txt',
      want: ['1b.txt', 'a.txt'],
    },
    {
      name: 'single symbol wildcards',
      files: ['a.txt', 'a1.txt', 'ab.txt'],
      pattern: 'a?.txt',
      want: ['a1.txt', 'ab.txt'],
    },
    { name: 'direct match', files: ['a/nope.txt', 'a/b/c'], pattern: 'a/b/c', want: ['a/b/c'] },
    {
      name: 'direct match wildcard (QuoteMeta)',
      files: ['a/nope.txt', 'a/b/c{a'],
      pattern: 'a/b/c{a',
      literal: true,
      want: ['a/b/c{a'],
    },
    { name: 'direct no match', files: ['a/nope.txt', 'a/b/dc'], pattern: 'a/b/d', want: 'missing' },
    { name: 'escaped direct no match', files: [], pattern: 'a/\\{b\\}', want: 'missing' },
    {
      name: 'direct no match escaped wildcards (QuoteMeta)',
      files: ['a/nope.txt', 'a/b/dc'],
      pattern: 'a/b/c{a',
      literal: true,
      want: 'missing',
    },
    { name: 'no matches', files: ['a/nope.txt'], pattern: 'z/*', want: 'no-match' },
    { name: 'empty folder', files: [], pattern: 'a*', want: 'no-match' },
    { name: 'escaped asterisk', files: ['a/a/b', 'a/*/b', 'a/**/b'], pattern: 'a/\\*/b', want: ['a/*/b'] },
    {
      name: 'escaped curly braces',
      files: ['a/c', 'b/c', '{a,b}/c'],
      pattern: '\\{a,b\\}/c',
      want: ['{a,b}/c'],
    },
    { name: 'invalid pattern', files: [], pattern: '[*', want: 'invalid' },
    { name: 'prefix is a file', files: ['ab/c', 'ab/d', 'ab/e'], pattern: 'ab/c/*', want: 'no-match' },
    {
      name: 'match files in directories',
      files: ['a/b/d', 'a/b/e/f', 'a/c'],
      pattern: 'a/{b,c}',
      want: ['a/b/d', 'a/b/e/f', 'a/c'],
    },
    {
      name: 'pattern ending with star and subdir',
      files: ['a/1.txt', 'a/2.txt', 'a/3.txt', 'a/b/4.txt'],
      dirs: ['a', 'a/b'],
      pattern: 'a/*',
      want: ['a/1.txt', 'a/2.txt', 'a/3.txt', 'a/b/4.txt'],
    },
    {
      name: 'QuoteMeta',
      files: ['a/c', 'b/c', '{a,b}/c'],
      pattern: '{a,b}/c',
      literal: true,
      want: ['{a,b}/c'],
    },
  ];
  it.each(cases)('$name', async ({ files, dirs, pattern, literal, want }) => {
    const got = await glob(project(files, dirs), pattern, '/d', literal);
    expect(typeof got === 'string' ? got : Object.keys(got).sort()).toEqual(want);
  });

  it('symlinks: one to a directory is dropped (nfpm keeps files only), a broken one is a symlink', async () => {
    const dir = project(['a/file'], [], { b: 'a', c: 'non-existent' });
    expect(await glob(dir, 'b', '/d')).toEqual({});
    // nfpm stats the pattern to pick the prefix; a broken link does not stat, so the prefix is '.'
    expect(await glob(dir, 'c', '/d')).toEqual({ c: '/d/c -> non-existent' });
  });
});

describe('destinations relative to the longest common prefix (the issue: ./share/* dropped share/sub)', () => {
  let dir: string;
  beforeAll(() => (dir = project(['share/a.txt', 'share/sub/b.txt', 'share/sub/deep/c.txt', 'other/x'])));

  it.each([
    {
      pattern: './share/*',
      dst: '/usr/share/greet',
      want: {
        'share/a.txt': '/usr/share/greet/a.txt',
        'share/sub/b.txt': '/usr/share/greet/sub/b.txt',
        'share/sub/deep/c.txt': '/usr/share/greet/sub/deep/c.txt',
      },
    },
    {
      pattern: './share', // a plain directory: its files, relative to it
      dst: '/usr/share/greet',
      want: {
        'share/a.txt': '/usr/share/greet/a.txt',
        'share/sub/b.txt': '/usr/share/greet/sub/b.txt',
        'share/sub/deep/c.txt': '/usr/share/greet/sub/deep/c.txt',
      },
    },
    {
      pattern: 'share/sub/*', // one directory matched: the common prefix is inside it
      dst: '/opt/g',
      want: { 'share/sub/b.txt': '/opt/g/b.txt', 'share/sub/deep/c.txt': '/opt/g/deep/c.txt' },
    },
    {
      pattern: 'share/*', // dst ending in '/': base names only
      dst: '/usr/share/greet/',
      want: {
        'share/a.txt': '/usr/share/greet/a.txt',
        'share/sub/b.txt': '/usr/share/greet/b.txt',
        'share/sub/deep/c.txt': '/usr/share/greet/c.txt',
      },
    },
    {
      pattern: '{share/sub/deep,other}/*', // common prefix '' → relative to the project
      dst: '/x',
      want: { 'share/sub/deep/c.txt': '/x/share/sub/deep/c.txt', 'other/x': '/x/other/x' },
    },
  ])('$pattern → $dst', async ({ pattern, dst, want }) => {
    expect(await glob(dir, pattern, dst)).toEqual(want);
  });
});

describe('through resolvePackage into real packages', () => {
  const CONFIG = `name: greet
maintainer: Greet <greet@example.com>
description: Greets.
contents:
  - { src: ./share/*, dst: /usr/share/greet }
  - { src: ./etc/greet.conf, dst: /etc/greet/, type: config }
  - { src: "./lit*", dst: /usr/share/greet-lit/star }
`;
  let dir: string;
  beforeAll(() => {
    dir = project(['share/a.txt', 'share/sub/b.txt', 'etc/greet.conf', 'lit*'], [], {
      'share/link': 'a.txt',
    });
  });

  const resolve = async (packager: Packager, text = CONFIG) => {
    const loaded = parseConfig(text, { abs: path.join(dir, 'distro.yml'), shown: 'distro.yml', env: {} });
    return resolvePackage({
      packager,
      config: loaded.config,
      loaded,
      projectDir: dir,
      distDir: path.join(dir, 'dist'),
      binaries: [],
      version: '1.0.0',
      sourceDateEpoch: 1700000000,
      log: memoryLogger(),
    });
  };

  it('deb (dpkg-deb -c) and rpm (rpm -qpl) hold share/sub/b.txt', async () => {
    const deb = await resolve('deb');
    const debFile = path.join(dir, 'dist', 'greet.deb');
    await writeDeb(debFile, deb);
    await cleanupPackage(deb);
    const listing = execFileSync('dpkg-deb', ['-c', debFile], { encoding: 'utf8' });
    for (const p of ['a.txt', 'sub/b.txt']) expect(listing).toContain(`./usr/share/greet/${p}\n`);
    expect(listing).toContain('./etc/greet/greet.conf\n');
    expect(listing).toContain('./usr/share/greet-lit/star/lit*\n'); // `lit*` matches the file `lit*`
    // a matched symlink is packaged as the symlink, as nfpm does
    expect(listing).toMatch(/^lrwxrwxrwx root\/root +0 [-0-9: ]+\.\/usr\/share\/greet\/link -> a\.txt$/m);

    const rpm = await resolve('rpm');
    const rpmFile = path.join(dir, 'dist', 'greet.rpm');
    await writeRpm(rpmFile, rpm);
    const files = execFileSync('rpm', ['-qpl', rpmFile], { encoding: 'utf8' }).split('\n');
    expect(files).toEqual(expect.arrayContaining(['/usr/share/greet/a.txt', '/usr/share/greet/sub/b.txt']));
  });

  it('disable_globbing takes the src literally; a glob matching nothing names the key and line', async () => {
    const literal = await resolve('deb', `disable_globbing: true\n${CONFIG.replace('./share/*', './share')}`);
    expect(literal.files.map((f) => f.dst)).toContain('/usr/share/greet-lit/star');
    await cleanupPackage(literal);
    const err = await resolve('deb', CONFIG.replace('./share/*', './shar/*')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as DistroError).message).toMatch(
      /^distro\.yml:5: contents\[0\]\.src: the glob '\.\/shar\/\*' matches no file/,
    );
    const bad = await resolve('deb', CONFIG.replace('./share/*', '"./share/[*"')).catch((e: unknown) => e);
    expect((bad as DistroError).message).toMatch(/contents\[0\]\.src: '\.\/share\/\[\*' is not a valid glob/);
  });
});
