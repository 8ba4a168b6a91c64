/**
 * msi (src/formats/msi) and nsis (src/formats/nsis) installers, checked with the tools that
 * consume them: msitools' msiinfo and msiextract read the .msi, `file` the setup.exe, and wine
 * (one fresh prefix for this file: its first start takes 20-60 s) installs, runs, upgrades and
 * uninstalls both. hello.exe is cross-compiled with mingw (gcc-mingw-w64-x86-64). scripts/deps.sh
 * installs msitools, wixl, nsis, wine, wine64 and the compiler.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { msiFileName, msiSource, writeMsi } from '../src/formats/msi/index.js';
import { nsisFileName, nsisQuote, writeNsis } from '../src/formats/nsis/index.js';
import {
  defaultUpgradeCode,
  uuidV5,
  windowsVersion,
  type InstallerSpec,
} from '../src/formats/windows/spec.js';
import { memoryLogger } from '../src/log.js';
import { resolveTarget } from '../src/targets/index.js';
import type { SmokeContext } from '../src/smoke/checks.js';
import { planSmokeSetup } from '../src/smoke/setup.js';
import { checkInstaller, splitUninstallString } from '../src/smoke/windows.js';
import {
  createWinePrefix,
  regValue,
  UNINSTALL_KEY,
  uninstallEntries,
  type WinePrefix,
} from '../src/smoke/wine.js';

const EPOCH = 1700000000;
const root = mkdtempSync(path.join(tmpdir(), 'wininst-test-'));
const env = { PATH: process.env.PATH, HOME: process.env.HOME };
const log = memoryLogger();
const win64 = resolveTarget('x86_64-pc-windows-gnu');

/** hello.exe printing `hello <version>`, and its README and LICENSE. */
function project(version: string): string {
  const dir = path.join(root, `proj-${version}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'hello.c'),
    `#include <stdio.h>\nint main(int c, char **v) { printf("hello ${version}\\n"); return c > 1 && v[1][0] == 'x'; }\n`,
  );
  execFileSync('x86_64-w64-mingw32-gcc', [
    '-O2',
    '-s',
    '-o',
    path.join(dir, 'hello.exe'),
    path.join(dir, 'hello.c'),
  ]);
  writeFileSync(path.join(dir, 'README.md'), `# hello ${version}\n`);
  writeFileSync(path.join(dir, 'LICENSE'), 'MIT License\n');
  return dir;
}

function spec(version: string, over: Partial<InstallerSpec> = {}): InstallerSpec {
  const dir = project(version);
  return {
    name: 'hello',
    version,
    numericVersion: windowsVersion(version, {}).numeric,
    vendor: 'Hello Team',
    description: 'Says hello & "more" <things>',
    homepage: 'https://example.com/hello?a=1&b=2',
    license: 'MIT',
    target: win64,
    installDir: 'hello',
    files: [
      { source: path.join(dir, 'hello.exe'), dst: 'hello.exe', binary: true },
      { source: path.join(dir, 'README.md'), dst: 'README.md' },
      { source: path.join(dir, 'LICENSE'), dst: 'doc/LICENSE' },
    ],
    licenseFile: 'doc/LICENSE',
    shortcuts: [{ name: 'hello', target: 'hello.exe', args: '--version' }],
    upgradeCode: defaultUpgradeCode('Hello Team', 'hello'),
    epoch: EPOCH,
    ...over,
  };
}

const tool = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

let wine: WinePrefix;
const specs: Record<string, InstallerSpec> = {};
const built: Record<string, string> = {};

beforeAll(async () => {
  for (const v of ['1.0.0', '1.1.0']) {
    specs[v] = spec(v);
    const out = path.join(root, 'dist', v);
    mkdirSync(out, { recursive: true });
    built[`msi-${v}`] = path.join(out, msiFileName(specs[v]));
    built[`nsis-${v}`] = path.join(out, nsisFileName(specs[v]));
    await writeMsi(built[`msi-${v}`]!, specs[v], { env, log });
    await writeNsis(built[`nsis-${v}`]!, specs[v], { env, log });
  }
  wine = await createWinePrefix(root, { env, log, timeoutMs: 300_000 });
}, 600_000);

afterAll(async () => {
  await wine?.remove();
  rmSync(root, { recursive: true, force: true });
});

describe('names and codes', () => {
  test('UUIDv5 matches RFC 9562 appendix A.4 and the UpgradeCode is stable', () => {
    // RFC 9562 A.4: UUIDv5 of "www.example.com" in the DNS namespace.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(defaultUpgradeCode('Hello Team', 'hello')).toBe(defaultUpgradeCode('hello team', 'HELLO'));
    expect(defaultUpgradeCode('Hello Team', 'hello')).not.toBe(defaultUpgradeCode('Other', 'hello'));
    expect(defaultUpgradeCode('Hello Team', 'hello')).toMatch(
      /^\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$/,
    );
  });

  test('versions: pre-release dropped with a note, out of range refused', () => {
    expect(windowsVersion('1.2.3-rc.1', {})).toEqual({ numeric: '1.2.3', dropped: '-rc.1' });
    expect(windowsVersion('2', {})).toEqual({ numeric: '2.0.0' });
    expect(() => windowsVersion('256.0.0', {})).toThrow(/major and minor at most 255/);
    expect(() => windowsVersion('dev', {})).toThrow(DistroError);
  });

  test('values are escaped: XML in the WiX source, $ and quotes in the NSIS script', () => {
    const s = msiSource(specs['1.0.0']!);
    expect(s).toContain('Says hello &amp; &quot;more&quot; &lt;things&gt;');
    expect(s).toContain('https://example.com/hello?a=1&amp;b=2');
    expect(nsisQuote('a $INSTDIR "b"\nc')).toBe('"a $$INSTDIR $\\"b$\\"$\\nc"');
  });

  test('an arm64 Windows target cannot have an msi (wixl has no arm64)', async () => {
    const s = { ...specs['1.0.0']!, target: resolveTarget('aarch64-pc-windows-msvc') };
    await expect(writeMsi(path.join(root, 'x.msi'), s, { env, log })).rejects.toThrow(
      /wixl builds x86 and x64 packages only.*x86_64-pc-windows-gnu/,
    );
    expect(existsSync(path.join(root, 'x.msi'))).toBe(false);
  });
});

describe('smoke setup', () => {
  test('a Windows target needs wine and wine64, no root filesystem tools', () => {
    const probe = { has: () => false, exists: () => false, binfmt: () => undefined, native: () => false };
    const plan = planSmokeSetup([{ target: win64, binaries: true, packages: ['msi' as never] }], probe);
    expect(plan.packages.map((p) => p.name)).toEqual(['wine', 'wine64']);
    expect(plan.rootfs).toEqual([]);
    const has = { ...probe, has: (c: string) => c === 'wine' || c === 'wine64' };
    expect(planSmokeSetup([{ target: win64, binaries: true, packages: [] }], has).packages).toEqual([]);
  });
});

describe('msi', () => {
  const msi = () => built['msi-1.0.0']!;

  test('msiinfo shows the summary, files, PATH entry, UpgradeCode and ARP properties', () => {
    const sum = tool('msiinfo', ['suminfo', msi()]);
    expect(sum).toContain('Template: x64;1033');
    expect(sum).toContain('Created: Tue Nov 14 22:13:20 2023');
    expect(sum).toContain('Last saved: Tue Nov 14 22:13:20 2023');
    const files = tool('msiinfo', ['export', msi(), 'File']);
    for (const f of ['hello.exe', 'README.md', 'LICENSE']) expect(files).toContain(f);
    const envTable = tool('msiinfo', ['export', msi(), 'Environment']);
    expect(envTable).toMatch(/PATH\t=-\*PATH\t\[~\];\[INSTALLDIR\]/);
    const upgrade = tool('msiinfo', ['export', msi(), 'Upgrade']);
    expect(upgrade).toContain(defaultUpgradeCode('Hello Team', 'hello'));
    const props = tool('msiinfo', ['export', msi(), 'Property']);
    expect(props).toContain(`UpgradeCode\t${defaultUpgradeCode('Hello Team', 'hello')}`);
    expect(props).toContain('ARPURLINFOABOUT\thttps://example.com/hello?a=1&b=2');
    expect(props).toContain('Manufacturer\tHello Team');
    expect(props).toContain('ProductVersion\t1.0.0');
    expect(tool('msiinfo', ['export', msi(), 'LaunchCondition'])).toContain('NOT WIX_DOWNGRADE_DETECTED');
    const dirs = tool('msiinfo', ['export', msi(), 'Directory']);
    expect(dirs).toContain('ProgramFiles64Folder');
    expect(dirs).toMatch(/VENDORDIR\tProgramFiles64Folder\t[^\n]*Hello Team/);
  });

  test('msiextract lists the binary under <vendor>\\<name>', () => {
    const out = mkdtempSync(path.join(root, 'extract-'));
    // msiextract leaves out the Program Files folder itself.
    const list = tool('msiextract', ['-C', out, msi()]).split('\n');
    expect(list).toEqual(
      expect.arrayContaining(['Hello Team/hello/hello.exe', 'Hello Team/hello/doc/LICENSE']),
    );
    expect(readFileSync(path.join(out, 'Hello Team/hello/hello.exe'))).toEqual(
      readFileSync(specs['1.0.0']!.files[0]!.source),
    );
  });

  test('two builds give the same bytes', async () => {
    const again = path.join(root, 'again.msi');
    await writeMsi(again, specs['1.0.0']!, { env, log });
    expect(readFileSync(again).equals(readFileSync(msi()))).toBe(true);
    // and a different file gives another PackageCode
    expect(tool('msiinfo', ['suminfo', built['msi-1.1.0']!])).not.toContain(
      /Revision number \(UUID\): (\S+)/.exec(tool('msiinfo', ['suminfo', msi()]))![1],
    );
  }, 60_000);
});

describe('under wine', () => {
  const ctx = (): SmokeContext => ({
    target: win64,
    env: wine.env,
    log,
    timeoutMs: 60_000,
    installTimeoutMs: 300_000,
    expect: /hello 1\.0\.0/,
    results: [],
  });
  const logFile = (name: string) => ({ file: path.join(root, `${name}.log`), rel: `${name}.log` });
  const w = (argv: string[]) => wine.run(argv, { timeoutMs: 300_000 });
  const arp = () => uninstallEntries(wine);

  test.each(['msi', 'nsis'] as const)(
    '%s: silent install, the binary runs from PATH, uninstall removes files, entry and PATH',
    async (kind) => {
      const c = ctx();
      const before = await arp();
      await checkInstaller(
        c,
        wine,
        {
          file: built[`${kind}-1.0.0`]!,
          rel: path.basename(built[`${kind}-1.0.0`]!),
          kind,
          binaries: ['hello'],
        },
        { commands: [['hello', '--version']], log: logFile(kind) },
      );
      const summary = c.results.map((r) => `${r.check}: ${r.status} ${r.message ?? ''}`);
      expect(summary).toEqual(['install: passed ', 'command: passed ', 'remove: passed ']);
      expect(c.results[1]!.stdout).toContain('hello 1.0.0');
      expect(await arp()).toEqual(before);
      expect(existsSync(wine.unixPath('C:\\Program Files\\Hello Team'))).toBe(false);
    },
    600_000,
  );

  test('nsis: the ARP entry carries name, version, publisher and uninstall strings', async () => {
    expect((await w([built['nsis-1.0.0']!, '/S'])).code).toBe(0);
    const key = `${UNINSTALL_KEY}\\hello`;
    expect(await regValue(wine, key, 'DisplayName')).toBe('hello');
    expect(await regValue(wine, key, 'DisplayVersion')).toBe('1.0.0');
    expect(await regValue(wine, key, 'Publisher')).toBe('Hello Team');
    expect(await regValue(wine, key, 'UninstallString')).toBe(
      '"C:\\Program Files\\Hello Team\\hello\\uninstall.exe"',
    );
    expect(await regValue(wine, key, 'QuietUninstallString')).toBe(
      '"C:\\Program Files\\Hello Team\\hello\\uninstall.exe" /S',
    );
    expect(
      existsSync(
        wine.unixPath('C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\hello\\hello.lnk'),
      ),
    ).toBe(true);
    // upgrade: 1.1.0 over 1.0.0 leaves one entry and the new binary
    expect((await w([built['nsis-1.1.0']!, '/S'])).code).toBe(0);
    await wine.settle();
    expect((await arp()).filter((e) => e === 'hello')).toHaveLength(1);
    expect(await regValue(wine, key, 'DisplayVersion')).toBe('1.1.0');
    expect((await w(['hello', '--version'])).stdout).toContain('hello 1.1.0');
    expect((await w(splitUninstallString((await regValue(wine, key, 'QuietUninstallString'))!))).code).toBe(
      0,
    );
    await wine.settle();
    expect(await arp()).not.toContain('hello');
    expect(existsSync(wine.unixPath('C:\\Program Files\\Hello Team'))).toBe(false);
  }, 600_000);

  test('msi: 1.1.0 upgrades 1.0.0 with one entry left; installing 1.0.0 again is refused', async () => {
    const before = await arp();
    expect((await w(['msiexec', '/i', built['msi-1.0.0']!, '/qn'])).code).toBe(0);
    const first = (await arp()).filter((e) => !before.includes(e));
    expect(first).toHaveLength(1);
    expect((await w(['msiexec', '/i', built['msi-1.1.0']!, '/qn'])).code).toBe(0);
    const after = (await arp()).filter((e) => !before.includes(e));
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(first); // the ProductCode changes with each version
    expect(await regValue(wine, `${UNINSTALL_KEY}\\${after[0]!}`, 'DisplayVersion')).toBe('1.1.0');
    expect((await w(['hello', '--version'])).stdout).toContain('hello 1.1.0');
    const down = await w(['msiexec', '/i', built['msi-1.0.0']!, '/qn']);
    expect(down.code).not.toBe(0);
    expect((await w(['hello', '--version'])).stdout).toContain('hello 1.1.0');
    expect((await w(['msiexec', '/x', built['msi-1.1.0']!, '/qn'])).code).toBe(0);
    expect(await arp()).toEqual(before);
  }, 600_000);
});

describe('nsis', () => {
  test('file says a 64-bit PE (GUI) executable; two builds give the same bytes', async () => {
    expect(tool('file', [built['nsis-1.0.0']!])).toMatch(/PE32\+ executable \(GUI\) x86-64/);
    const again = path.join(root, 'again-setup.exe');
    await writeNsis(again, specs['1.0.0']!, { env, log });
    expect(readFileSync(again).equals(readFileSync(built['nsis-1.0.0']!))).toBe(true);
  }, 60_000);
});
