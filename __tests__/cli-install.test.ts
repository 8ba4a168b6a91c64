/**
 * The `distro` CLI as a user installs it from npm: `npm pack` here, then `npm install -g` of the
 * tarball into an empty prefix from an empty directory (no clone, no node_modules: the bundle in
 * dist/ needs no dependencies), then the installed `distro` on Node 24 — and on the machine's older
 * system Node, which must be told which version it needs instead of failing inside the bundle.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
let root: string;
let prefix: string;
let tarball: string;
// Node 24 (the one running jest) first on PATH: the installed bin starts with `#!/usr/bin/env node`.
const env = {
  ...process.env,
  PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`,
  NODE_OPTIONS: '',
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cli-install-'));
  prefix = path.join(root, 'global');
  const empty = path.join(root, 'empty');
  mkdirSync(empty);
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', root], { encoding: 'utf8', env }),
  ) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(root, packed[0]!.filename);
  (globalThis as { packedFiles?: string[] }).packedFiles = packed[0]!.files.map((f) => f.path);
  execFileSync(
    'npm',
    ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
    {
      cwd: empty,
      env,
      stdio: 'pipe',
    },
  );
}, 300000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const distro = (...args: string[]) =>
  spawnSync(path.join(prefix, 'bin/distro'), args, { encoding: 'utf8', env });

describe('npm pack → npm install -g', () => {
  it('packs only what the CLI needs, under the name the README gives', () => {
    const files = (globalThis as { packedFiles?: string[] }).packedFiles!;
    expect(path.basename(tarball)).toBe(`${pkg.name}-${pkg.version}.tgz`);
    expect(pkg.name).toBe('distro-actions');
    const top = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    expect(top).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'bin', 'dist', 'package.json']);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/liblzma.wasm');
    // nothing to fetch at install time: the bundle carries its dependencies
    const installed = path.join(prefix, 'lib/node_modules', pkg.name);
    expect(readdirSync(installed)).not.toContain('node_modules');
  });

  it('distro --version prints package.json version', () => {
    const r = distro('--version');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('distro package --help and distro help package print the package command help', () => {
    const a = distro('package', '--help');
    expect(a.status).toBe(0);
    expect(a.stdout).toMatch(/^Usage: distro package \[flags\]/);
    const b = distro('help', 'package');
    expect(b.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const c = distro('help', 'pakage');
    expect(c.status).toBe(2);
    expect(c.stderr).toContain(`distro help: no command 'pakage'. Commands: build, package`);
  });

  it('the installed distro releases a project: the deb passes dpkg-deb, the checksums sha256sum', () => {
    const cwd = mkdtempSync(path.join(root, 'project-'));
    writeFileSync(path.join(cwd, 'hello.sh'), '#!/bin/sh\necho hello\n', { mode: 0o755 });
    writeFileSync(
      path.join(cwd, 'distro.yml'),
      [
        'name: hello',
        'version: 1.0.0',
        'maintainer: Test <test@example.invalid>',
        'description: Says hello.',
        'license: MIT',
        'build: { builder: command, command: "cp hello.sh hello", binaries: [hello] }',
        'contents: [{ src: hello, dst: /usr/bin/hello }]',
        '',
      ].join('\n'),
    );
    const r = spawnSync(path.join(prefix, 'bin/distro'), ['release', '-f', 'deb,tar.gz'], {
      cwd,
      encoding: 'utf8',
      env: { ...env, SOURCE_DATE_EPOCH: '1700000000', DISTRO_ARTIFACTS_DIR: path.join(cwd, '.artifacts') },
    });
    expect(r.stderr).not.toMatch(/internal|TypeError/);
    expect(r.status).toBe(0);
    const dist = path.join(cwd, 'dist');
    const info = execFileSync(
      'dpkg-deb',
      ['--field', path.join(dist, 'hello_1.0.0-1_amd64.deb'), 'Package', 'Version'],
      {
        encoding: 'utf8',
      },
    );
    expect(info).toBe('Package: hello\nVersion: 1.0.0-1\n');
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dist, encoding: 'utf8' })).toContain(
      'hello_1.0.0-1_amd64.deb: OK',
    );
  });

  it('on an older Node it says which version it needs', () => {
    const old = '/usr/bin/node';
    const version = execFileSync(old, ['--version'], { encoding: 'utf8' }).trim();
    expect(Number(version.slice(1).split('.')[0])).toBeLessThan(24); // this machine's system Node (20)
    const r = spawnSync(
      old,
      [path.join(prefix, 'lib/node_modules', pkg.name, 'bin/distro.js'), '--version'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `distro: needs Node.js 24 or later, but this is Node.js ${version.slice(1)} (${old}).\n` +
        'Install Node.js 24 (for example `nvm install 24`, or https://nodejs.org/) and run distro with it.\n',
    );
  });
});
