/**
 * Runner-protocol tests: each bundled action in dist/ started as the runner starts it, handing its
 * files to the next through the local artifact store, as three jobs of a workflow would.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, parseFileCommands, runAction, ROOT } from './helpers/runner.js';

const hostTriple = 'x86_64-unknown-linux-gnu';

function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::error'));
}

describe('runner protocol', () => {
  it('parses GITHUB_OUTPUT heredocs', () => {
    expect(parseFileCommands('a<<EOF_1\nx\ny\nEOF_1\nb=2\n')).toEqual({ a: 'x\ny', b: '2' });
  });

  it('build-target → package-format → sign-artifacts hand off through artifacts', () => {
    const dirs = makeWorkspace('hello-c');

    // Job 1: build for the host (inputs left unset take action.yml defaults).
    const build = runAction('build-target', { target: hostTriple }, dirs);
    expect(errorLines(build.stdout)).toEqual([]);
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(/^distro-actions [\d.]+: distro-actions: build-target$/m);
    expect(build.outputs['artifact-name']).toBe(`distro-build-${hostTriple}`);
    expect(build.outputs.target).toBe(hostTriple);
    const built = JSON.parse(build.outputs.artifacts!) as Array<{
      path: string;
      kind: string;
      sha256: string;
    }>;
    expect(built.map((a) => a.kind).sort()).toEqual(['binary', 'build-info']);
    const bin = path.join(dirs.workspace, 'dist', 'build', hostTriple, 'hello');
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' })).toMatch(/^hello 0\.0\.0/);
    expect(build.outputs.manifest).toBe(path.join(dirs.workspace, 'dist', 'manifest.json'));
    expect(build.summary).toContain('build-target');
    expect(build.summary).toContain(`build/${hostTriple}/hello`);
    const store = path.join(dirs.artifacts, `distro-build-${hostTriple}`);
    const stored = JSON.parse(readFileSync(path.join(store, 'manifest.json'), 'utf8'));
    expect(stored.artifacts.map((a: { path: string }) => a.path).sort()).toEqual(
      built.map((a) => a.path).sort(),
    );
    expect(existsSync(path.join(store, 'build', hostTriple, 'hello'))).toBe(true);

    // Job 2: package in another dist directory, from the build artifact only.
    const pkg = runAction(
      'package-format',
      { from: 'distro-build-*', 'dist-dir': 'out2', formats: 'tar.gz,zip' },
      dirs,
    );
    expect(errorLines(pkg.stdout)).toEqual([]);
    expect(pkg.status).toBe(0);
    const packages = JSON.parse(pkg.outputs.packages!) as string[];
    expect(packages.sort()).toEqual(['hello-0.0.0-linux-amd64.tar.gz', 'hello-0.0.0-linux-amd64.zip']);
    expect(pkg.outputs['artifact-name']).toBe('distro-package');
    const list = execFileSync('tar', ['-tzf', path.join(dirs.workspace, 'out2', packages[0]!)], {
      encoding: 'utf8',
    });
    expect(list.split('\n')).toEqual(expect.arrayContaining(['hello', 'README.md', 'LICENSE']));

    // Job 3: sign in a third dist directory, from both.
    const sign = runAction(
      'sign-artifacts',
      { from: 'distro-build-*\ndistro-package', 'dist-dir': 'out3' },
      dirs,
    );
    expect(errorLines(sign.stdout)).toEqual([]);
    expect(sign.status).toBe(0);
    expect(sign.outputs['checksums-file']).toBe(path.join(dirs.workspace, 'out3', 'SHA256SUMS'));
    const out3 = path.join(dirs.workspace, 'out3');
    execFileSync('sha256sum', ['--strict', '-c', 'SHA256SUMS'], { cwd: out3 });
    execFileSync('sha512sum', ['--strict', '-c', 'SHA512SUMS'], { cwd: out3 });
    const sums = readFileSync(path.join(out3, 'SHA256SUMS'), 'utf8');
    expect(sums).toContain('hello-0.0.0-linux-amd64.zip');
    expect(sums).toContain(`build/${hostTriple}/hello`);
    const manifest = JSON.parse(readFileSync(path.join(out3, 'manifest.json'), 'utf8'));
    expect(manifest.artifacts.map((a: { kind: string }) => a.kind).sort()).toEqual(
      [
        'archive',
        'archive',
        'binary',
        'build-info',
        'checksums',
        'checksums',
        ...Array(4).fill('sbom'),
      ].sort(),
    );
  });

  it('the root action runs build,package,sign in one job', () => {
    const dirs = makeWorkspace('hello-c');
    const r = runAction(
      'distro',
      { stages: 'sign, build\npackage', version: 'v2.0.0-rc.1', formats: 'tar.xz' },
      dirs,
    );
    expect(errorLines(r.stdout)).toEqual([]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.outputs.packages!)).toEqual(['hello-2.0.0-rc.1-linux-amd64.tar.xz']);
    expect(r.outputs['artifact-name']!.split('\n')).toEqual([
      `distro-build-${hostTriple}`,
      'distro-package',
      'distro-sign',
    ]);
    const dist = path.join(dirs.workspace, 'dist');
    execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dist });
    expect(readdirSync(dirs.artifacts).sort()).toEqual(r.outputs['artifact-name']!.split('\n').sort());
  });

  it('a bad input is one ::error line naming the input, with exit code 1', () => {
    const dirs = makeWorkspace('hello-c');
    const r = runAction('build-target', { target: 'sparc-sun-solaris' }, dirs);
    expect(r.status).toBe(1);
    const errs = errorLines(r.stdout);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/Unknown target 'sparc-sun-solaris'.*input: target.*aarch64-unknown-linux-gnu/);
    expect(existsSync(path.join(dirs.workspace, 'dist', 'manifest.json'))).toBe(false);
  });

  it('a config error is annotated with its file and line', () => {
    const dirs = makeWorkspace('hello-c');
    writeFileSync(path.join(dirs.workspace, 'bad.yml'), 'name: hello\nformats:\n  - tar.gz\n  - exe\n');
    const r = runAction('package-format', { config: 'bad.yml' }, dirs, {});
    expect(r.status).toBe(1);
    const errs = errorLines(r.stdout);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^::error title=distro-actions,file=bad\.yml,line=4/);
    expect(errs[0]).toMatch(/formats/);
  });

  it('sign-artifacts with an empty manifest is one clear error', () => {
    const dirs = makeWorkspace('hello-c');
    const r = runAction('sign-artifacts', {}, dirs);
    expect(r.status).toBe(1);
    expect(errorLines(r.stdout)[0]).toMatch(/nothing to checksum/);
  });

  it('every action.yml declares node24, branding and described inputs and outputs', async () => {
    const { parse } = await import('yaml');
    const files = [
      'action.yml',
      ...['build-target', 'package-format', 'sign-artifacts'].map((a) => `actions/${a}/action.yml`),
    ];
    for (const f of files) {
      const y = parse(readFileSync(path.join(ROOT, f), 'utf8'));
      expect(y.runs.using).toBe('node24');
      expect(existsSync(path.join(ROOT, path.dirname(f), y.runs.main))).toBe(true);
      expect(y.branding.icon).toBeTruthy();
      for (const [, spec] of Object.entries<{ description: string }>(y.inputs))
        expect(spec.description.length).toBeGreaterThan(10);
      for (const [, spec] of Object.entries<{ description: string }>(y.outputs))
        expect(spec.description.length).toBeGreaterThan(10);
      for (const k of ['config', 'dist-dir', 'from', 'artifact-prefix', 'version', 'working-directory'])
        expect(y.inputs[k]).toBeDefined();
      for (const k of ['manifest', 'artifacts', 'artifact-name']) expect(y.outputs[k]).toBeDefined();
    }
  });
});

describe('package-format on its own, like nfpm', () => {
  it('builds deb and rpm from an nfpm.yaml and workspace files, with no build stage', () => {
    const dirs = makeWorkspace();
    writeFileSync(path.join(dirs.workspace, 'tool.sh'), '#!/bin/sh\necho tool\n', { mode: 0o755 });
    writeFileSync(
      path.join(dirs.workspace, 'nfpm.yaml'),
      [
        'name: tool',
        'arch: all',
        'version: 2.1.0',
        'maintainer: Tool Team <tool@example.com>',
        'description: A shell tool.',
        'license: MIT',
        'depends: [sl]',
        'contents:',
        '  - src: tool.sh',
        '    dst: /usr/bin/tool',
        '    file_info: { mode: 0755 }',
        '',
      ].join('\n'),
    );
    const r = runAction('package-format', { config: 'nfpm.yaml', formats: 'deb, rpm' }, dirs);
    expect(errorLines(r.stdout)).toEqual([]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.outputs.packages!) as string[]).sort()).toEqual([
      'tool-2.1.0-1.noarch.rpm',
      'tool_2.1.0-1_all.deb',
    ]);
    const dist = path.join(dirs.workspace, 'dist');
    expect(
      execFileSync('dpkg-deb', ['-c', path.join(dist, 'tool_2.1.0-1_all.deb')], { encoding: 'utf8' }),
    ).toMatch(/-rwxr-xr-x root\/root .* \.\/usr\/bin\/tool/);
    expect(
      execFileSync('rpm', ['-qpl', path.join(dist, 'tool-2.1.0-1.noarch.rpm')], { encoding: 'utf8' }),
    ).toMatch(/^\/usr\/bin\/tool$/m);
    expect(r.outputs['artifact-name']).toBe('distro-package');
    // apt reads our control file and would pull the Depends (simulated: no download, no install).
    const sim = execFileSync('apt-get', ['install', '-s', path.join(dist, 'tool_2.1.0-1_all.deb')], {
      encoding: 'utf8',
    });
    expect(sim).toMatch(/^Inst sl /m);
    expect(sim).toMatch(/^Inst tool \(2\.1\.0-1 local-deb \[all\]\)/m);
  });
});
