/**
 * The msi and nsis formats through the package stage (registered in src/formats/registry.ts):
 * the `msi:`/`nsis:` config sections, the manifest entries, the errors for bad input (unknown
 * key, a Linux target, a wrong icon) before anything is written, and the smoke stage running the
 * Windows binary and both installers under wine. Real tools: mingw, wixl/msibuild, makensis,
 * msiinfo, wine (scripts/deps.sh).
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { memoryLogger } from '../src/log.js';
import {
  describe as describeFile,
  emptyManifest,
  readManifest,
  writeManifest,
} from '../src/manifest/index.js';
import { createArtifactStore } from '../src/runner/artifacts.js';
import { packageStage } from '../src/stages/package.js';
import { smokeStage } from '../src/stages/smoke.js';

const root = mkdtempSync(path.join(tmpdir(), 'win-stage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const env = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: root };

const CONFIG = `name: hello
maintainer: Hello Team <team@example.com>
description: Says hello.
homepage: https://example.com/hello
license: MIT
formats: [zip, msi, nsis]
archives:
  files: [README.md, LICENSE]
msi:
  upgrade_code: 0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5
  shortcuts: [{ name: Hello, target: hello, args: --version }]
nsis:
  vendor: Hello Org
  shortcuts: [{ name: Read me, target: README.md }]
smoke:
  command: hello --version
  expect: hello 2.0.1
`;

/** A workspace with hello.exe for `triple` in its dist manifest. */
async function project(name: string, config = CONFIG, triple = 'x86_64-pc-windows-gnu'): Promise<string> {
  const ws = path.join(root, name);
  const rel = `build/${triple}/hello${triple.includes('windows') ? '.exe' : ''}`;
  const dist = path.join(ws, 'dist');
  const windows = triple.includes('windows');
  mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
  writeFileSync(path.join(ws, 'distro.yml'), config);
  writeFileSync(path.join(ws, 'README.md'), '# hello\n');
  writeFileSync(path.join(ws, 'LICENSE'), 'MIT License\n');
  writeFileSync(
    path.join(ws, 'hello.c'),
    '#include <stdio.h>\nint main(void) { puts("hello 2.0.1"); return 0; }\n',
  );
  // Built once per target: the linker stamps the time into a PE, and runs must see the same input.
  const bin = path.join(root, `hello-${triple}${windows ? '.exe' : ''}`);
  if (!existsSync(bin)) {
    const cc = windows ? 'x86_64-w64-mingw32-gcc' : 'gcc';
    execFileSync(cc, ['-O2', '-s', '-o', bin, path.join(ws, 'hello.c')]);
  }
  copyFileSync(bin, path.join(dist, rel));
  const m = emptyManifest({ name: 'hello', version: '2.0.1' });
  m.artifacts.push(
    await describeFile(dist, rel, {
      kind: 'binary',
      stage: 'build',
      target: triple,
      os: windows ? 'windows' : 'linux',
      arch: 'amd64',
      name: 'hello',
    }),
  );
  await writeManifest(dist, m);
  return ws;
}

const common = (ws: string) => ({
  workspace: ws,
  env,
  log: memoryLogger(),
  store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(ws, '..', `${path.basename(ws)}-artifacts`) }),
  upload: false,
  version: '2.0.1',
  sourceDateEpoch: 1700000000,
});

describe('package stage: msi and nsis', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await project('ok');
    await packageStage(common(ws));
  }, 120_000);

  test('writes both installers beside the zip, recorded in the manifest', async () => {
    const m = await readManifest(path.join(ws, 'dist'));
    const byKind = (k: string) => m!.artifacts.filter((a) => a.kind === k).map((a) => a.path);
    expect(byKind('msi')).toEqual(['hello-2.0.1-amd64.msi']);
    expect(byKind('nsis')).toEqual(['hello-2.0.1-amd64-setup.exe']);
    expect(byKind('archive')).toEqual(['hello-2.0.1-windows-amd64.zip']);
    const msi = m!.artifacts.find((a) => a.kind === 'msi')!;
    expect(msi.target).toBe('x86_64-pc-windows-gnu');
    expect(msi.from).toEqual(['build/x86_64-pc-windows-gnu/hello.exe', 'README.md', 'LICENSE']);
  });

  test('msi: the configured UpgradeCode, vendor from the maintainer, shortcut', () => {
    const msi = path.join(ws, 'dist', 'hello-2.0.1-amd64.msi');
    const props = execFileSync('msiinfo', ['export', msi, 'Property'], { encoding: 'utf8' });
    expect(props).toContain('UpgradeCode\t{0C1D2E3F-4A5B-4C6D-8E7F-8091A2B3C4D5}');
    expect(props).toContain('Manufacturer\tHello Team');
    expect(execFileSync('msiinfo', ['export', msi, 'Shortcut'], { encoding: 'utf8' })).toMatch(
      /Hello\t.*--version/,
    );
  });

  test('nsis: vendor from its section, and the same bytes from a second run', async () => {
    const exe = readFileSync(path.join(ws, 'dist', 'hello-2.0.1-amd64-setup.exe'));
    expect(exe.includes(Buffer.from('Hello Org', 'utf16le'))).toBe(true);
    const again = await project('again');
    await packageStage(common(again));
    for (const f of ['hello-2.0.1-amd64.msi', 'hello-2.0.1-amd64-setup.exe'])
      expect(readFileSync(path.join(again, 'dist', f)).equals(readFileSync(path.join(ws, 'dist', f)))).toBe(
        true,
      );
  }, 120_000);

  test('smoke under wine: the binary, and each installer installed, run and uninstalled', async () => {
    const t0 = performance.now();
    const r = await smokeStage({ ...common(ws), setup: false, uid: 0 });
    const rows = r.results.map((x) => `${x.subject} ${x.check} ${x.status}`);
    expect(rows).toEqual([
      'build/x86_64-pc-windows-gnu/hello.exe run passed',
      'hello-2.0.1-amd64-setup.exe install passed',
      'hello-2.0.1-amd64-setup.exe command passed',
      'hello-2.0.1-amd64-setup.exe remove passed',
      'hello-2.0.1-amd64.msi install passed',
      'hello-2.0.1-amd64.msi command passed',
      'hello-2.0.1-amd64.msi remove passed',
    ]);
    expect(readFileSync(r.report, 'utf8')).toContain(
      'testsuite name="x86_64-pc-windows-gnu" tests="7" failures="0"',
    );
    console.log(`smoke of x86_64-pc-windows-gnu under wine: ${Math.round(performance.now() - t0)} ms`);
  }, 900_000);
});

describe('bad input, before anything is written', () => {
  const distFiles = (ws: string) => readdirSync(path.join(ws, 'dist')).sort();

  test('an unknown key in msi: names it and suggests the right one', async () => {
    const ws = await project('typo', CONFIG.replace('  upgrade_code:', '  upgrade_cod:'));
    const before = distFiles(ws);
    const e = (await packageStage(common(ws)).catch((x: unknown) => x)) as DistroError;
    expect(e).toBeInstanceOf(DistroError);
    expect(e.message).toMatch(
      /distro\.yml:10: msi\.upgrade_cod: unknown key in msi.*did you mean 'upgrade_code'/,
    );
    expect(distFiles(ws)).toEqual(before);
  });

  test('msi for a Linux target names the targets that can have it', async () => {
    const ws = await project(
      'linux',
      CONFIG.replace('[zip, msi, nsis]', '[tar.gz, msi]'),
      'x86_64-unknown-linux-gnu',
    );
    const before = distFiles(ws);
    const e = (await packageStage(common(ws)).catch((x: unknown) => x)) as DistroError;
    expect(e).toBeInstanceOf(DistroError);
    expect(e.message).toBe(
      'formats: msi cannot be made for x86_64-unknown-linux-gnu; the targets that can have msi are x86_64-pc-windows-msvc, x86_64-pc-windows-gnu, i686-pc-windows-gnu. Remove msi from the formats of this job, or build one of those targets.',
    );
    expect(distFiles(ws)).toEqual(before);
  });

  test('an icon that is not a .ico', async () => {
    const ws = await project('icon', CONFIG.replace('nsis:\n', 'nsis:\n  icon: README.md\n'));
    const e = (await packageStage(common(ws)).catch((x: unknown) => x)) as DistroError;
    expect(e.message).toMatch(/nsis\.icon: 'README\.md' is not a \.ico file/);
    // the msi made before it was removed again: all or nothing
    expect(distFiles(ws)).toEqual(['build', 'manifest.json']);
  });
});
