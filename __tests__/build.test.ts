/**
 * build-target with the real tools: gcc, make, cmake, go, cargo, aarch64-linux-gnu-gcc (Debian's
 * cross compiler) and qemu-aarch64 (qemu-user; scripts/deps.sh installs both). The examples are copied to a temp dir first.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildTarget, detectBuilder, splitCommand, which, type BuildOptions } from '../src/build/index.js';
import { DistroError } from '../src/errors.js';
import { memoryLogger } from '../src/log.js';
import { hostTarget, resolveTarget } from '../src/targets/index.js';
import { copyExample as copyTracked } from './helpers/runner.js';

const root = mkdtempSync(path.join(tmpdir(), 'build-test-'));
const host = hostTarget();
const aarch64 = resolveTarget('aarch64-unknown-linux-gnu');
const env = { ...process.env };
let n = 0;

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh copy of examples/<name> at <root>/<dir>/<name>. */
function copyExample(name: string, dir = `copy-${++n}`): string {
  const dst = path.join(root, dir, name);
  copyTracked(name, dst);
  return dst;
}

function options(projectDir: string, extra: Partial<BuildOptions> = {}): BuildOptions {
  const id = ++n;
  return {
    projectDir,
    outDir: path.join(root, `dist-${id}`, 'build', (extra.target ?? host).triple),
    workDir: path.join(root, `work-${id}`),
    target: host,
    host,
    build: {},
    name: 'hello',
    version: '1.2.3',
    env,
    sourceDateEpoch: 1700000000,
    log: memoryLogger(),
    ...extra,
  };
}

function runBinary(file: string, args: string[] = [], prefix: string[] = []): string {
  const argv = [...prefix, file, ...args];
  return execFileSync(argv[0], argv.slice(1), { encoding: 'utf8' });
}

function elfMachine(file: string): number {
  const b = readFileSync(file);
  expect(b.subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  return b.readUInt16LE(18);
}

async function rejection(p: Promise<unknown>): Promise<DistroError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(DistroError);
    return err as DistroError;
  }
  throw new Error('expected the build to fail');
}

function without(
  e: Record<string, string | undefined>,
  ...names: string[]
): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(e).filter(([k]) => !names.includes(k)));
}

const qemu = which('qemu-aarch64', env);

describe('detectBuilder', () => {
  it('picks the builder from the project files', () => {
    expect(detectBuilder(copyExample('hello-rust'))).toBe('cargo');
    expect(detectBuilder(copyExample('hello-go'))).toBe('go');
    expect(detectBuilder(copyExample('hello-c'))).toBe('cmake'); // CMakeLists.txt wins over Makefile
    const onlyMake = path.join(root, 'only-make');
    mkdirSync(onlyMake);
    writeFileSync(path.join(onlyMake, 'GNUmakefile'), 'all:\n');
    expect(detectBuilder(onlyMake)).toBe('make');
    const empty = path.join(root, 'empty');
    mkdirSync(empty);
    expect(detectBuilder(empty)).toBeUndefined();
  });

  it('fails clearly when nothing tells how to build', async () => {
    const empty = path.join(root, 'empty-2');
    mkdirSync(empty);
    const err = await rejection(buildTarget(options(empty)));
    expect(err.key).toBe('builder');
    expect(err.message).toMatch(/Cargo\.toml, go\.mod, CMakeLists\.txt, GNUmakefile, makefile, Makefile/);
    expect(err.message).toMatch(/Set `builder`/);
  });
});

describe('splitCommand', () => {
  it('splits on whitespace with quotes and escapes, no shell', () => {
    expect(splitCommand(`cc -o "my prog" 'a b' c\\ d "x\\"y" $HOME | wc`)).toEqual([
      'cc',
      '-o',
      'my prog',
      'a b',
      'c d',
      'x"y',
      '$HOME',
      '|',
      'wc',
    ]);
    expect(splitCommand('  ')).toEqual([]);
    expect(splitCommand(`a '' b`)).toEqual(['a', '', 'b']);
    expect(() => splitCommand(`echo 'oops`)).toThrow(/unterminated ' quote/);
  });
});

describe('make', () => {
  it('builds hello-c for the host', async () => {
    const project = copyExample('hello-c');
    const o = options(project, { builder: 'make', log: memoryLogger() });
    const r = await buildTarget(o);
    expect(r.builder).toBe('make');
    expect(r.profile).toBe('release');
    expect(r.sourceDateEpoch).toBe(1700000000);
    expect(r.binaries).toEqual([{ name: 'hello', file: path.join(o.outDir, 'hello') }]);
    expect(runBinary(r.binaries[0].file, ['--version'])).toBe('hello 1.2.3\n');
    expect(runBinary(r.binaries[0].file)).toBe('Hello, world!\n');
    expect(elfMachine(r.binaries[0].file)).toBe(host.binary.machine);

    const text = readFileSync(r.buildInfo, 'utf8');
    const info = JSON.parse(text);
    expect(Object.keys(info)).toEqual([...Object.keys(info)].sort());
    expect(info).toMatchObject({
      builder: 'make',
      profile: 'release',
      target: host.triple,
      version: '1.2.3',
      source_date_epoch: 1700000000,
    });
    expect(info.tools.make).toMatch(/GNU Make/);
    expect(info.tools.cc).toBeTruthy();
    expect(info.env).toMatchObject({ SOURCE_DATE_EPOCH: '1700000000', LC_ALL: 'C', TZ: 'UTC' });
    expect(info.flags.cflags).toContain('-ffile-prefix-map=.=.');
    const sha = execFileSync('sha256sum', [r.binaries[0].file], { encoding: 'utf8' }).split(' ')[0];
    expect(info.binaries).toEqual([expect.objectContaining({ name: 'hello', sha256: sha, stripped: true })]);
    expect(text).not.toContain(project); // paths are made relative
    expect(text).not.toContain(root);
    // output streamed line by line
    expect((o.log as ReturnType<typeof memoryLogger>).lines.some((l) => l.startsWith('$ make -j'))).toBe(
      true,
    );
  });

  it('cross-builds hello-c for aarch64 with the cross gcc found on PATH', async () => {
    const project = copyExample('hello-c');
    const noCC = without(env, 'CC');
    const r = await buildTarget(options(project, { builder: 'make', target: aarch64, env: noCC }));
    const file = r.binaries[0].file;
    expect(elfMachine(file)).toBe(183);
    const info = JSON.parse(readFileSync(r.buildInfo, 'utf8'));
    expect(info.tools.cc).toMatch(/aarch64-linux-gnu-gcc/);
    {
      expect(qemu).toBeDefined();
      expect(runBinary(file, ['--version'], [qemu!, '-L', '/usr/aarch64-linux-gnu'])).toBe('hello 1.2.3\n');
    }
  });

  it('refuses a "cross" build that produced a host binary', async () => {
    const project = copyExample('hello-c');
    const err = await rejection(
      buildTarget(options(project, { builder: 'make', target: aarch64, env: { ...env, CC: 'gcc' } })),
    );
    expect(err.key).toBe('target');
    expect(err.message).toMatch(
      /is not a aarch64-unknown-linux-gnu binary: it is an ELF 64-bit little-endian x86-64/,
    );
  });

  it('says which binary is missing and where it looked', async () => {
    const project = copyExample('hello-c');
    const err = await rejection(buildTarget(options(project, { builder: 'make', binaries: ['nope'] })));
    expect(err.key).toBe('binaries');
    expect(err.message).toMatch(/binary 'nope' was not produced by the build; looked in .*nope/);
    expect(err.message).toMatch(/set build\.binaries/i);
  });

  it('names the command and the last lines of output when the build fails', async () => {
    const project = copyExample('hello-c');
    writeFileSync(path.join(project, 'hello.c'), 'int main( { return 0; }\n');
    const err = await rejection(buildTarget(options(project, { builder: 'make' })));
    expect(err.message).toMatch(/`make -j\d+ .*` failed \(exit 2\)/);
    expect(err.message).toMatch(/error/);
  });

  it('builds byte-identical binaries from two checkouts in different directories', async () => {
    const a = copyExample('hello-c', 'repro-one');
    const b = copyExample('hello-c', 'somewhere-else/repro-two');
    const ra = await buildTarget(options(a, { builder: 'make' }));
    const rb = await buildTarget(options(b, { builder: 'make' }));
    expect(ra.binaries[0].file).not.toBe(rb.binaries[0].file);
    expect(readFileSync(ra.binaries[0].file).equals(readFileSync(rb.binaries[0].file))).toBe(true);
    expect(readFileSync(ra.buildInfo, 'utf8')).toBe(readFileSync(rb.buildInfo, 'utf8'));
  });
});

describe('cmake', () => {
  it('builds hello-c for the host out of tree', async () => {
    const project = copyExample('hello-c');
    const o = options(project, { builder: 'cmake', profile: 'performance' });
    const r = await buildTarget(o);
    expect(runBinary(r.binaries[0].file, ['--version'])).toBe('hello 1.2.3\n');
    const info = JSON.parse(readFileSync(r.buildInfo, 'utf8'));
    expect(info.flags.cmake).toContain('-DCMAKE_INTERPROCEDURAL_OPTIMIZATION=ON');
    expect(info.tools.cmake).toMatch(/cmake version/);
    // nothing written into the project
    expect(execFileSync('ls', [project], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()).toEqual(
      ['CMakeLists.txt', 'LICENSE', 'Makefile', 'README.md', 'distro.yml', 'hello.c', 'packaging'].sort(),
    );
  });
});

describe('command', () => {
  it('runs a command line without a shell and collects from the project', async () => {
    const project = copyExample('hello-c');
    const r = await buildTarget(
      options(project, {
        builder: 'command',
        command: `cc -O2 "-DVERSION=\\"\${VERSION}-cmd\\"" -o hello hello.c`,
      }),
    );
    expect(runBinary(r.binaries[0].file, ['--version'])).toBe('hello 1.2.3-cmd\n');
  });
});

describe('go', () => {
  it('builds hello-go for the host', async () => {
    const project = copyExample('hello-go');
    const r = await buildTarget(options(project));
    expect(r.builder).toBe('go');
    expect(runBinary(r.binaries[0].file, ['--version'])).toBe('hello 1.2.3\n');
    expect(runBinary(r.binaries[0].file)).toBe('Hello, world!\n');
    const info = JSON.parse(readFileSync(r.buildInfo, 'utf8'));
    expect(info.tools.go).toMatch(/^go version go/);
    expect(info.env).toMatchObject({ CGO_ENABLED: '0', GOOS: 'linux' });
  });

  it('cross-builds hello-go for aarch64 with cgo off', async () => {
    const project = copyExample('hello-go');
    const noCC = without(env, 'CC', 'CGO_ENABLED');
    const r = await buildTarget(options(project, { target: aarch64, env: noCC }));
    expect(elfMachine(r.binaries[0].file)).toBe(183);
    const info = JSON.parse(readFileSync(r.buildInfo, 'utf8'));
    expect(info.env).toMatchObject({ CGO_ENABLED: '0', GOOS: 'linux', GOARCH: 'arm64' });
    expect(runBinary(r.binaries[0].file, ['--version'], [qemu!])).toBe('hello 1.2.3\n');
  });

  it('builds byte-identical binaries from two checkouts in different directories', async () => {
    const a = copyExample('hello-go', 'go-repro-one');
    const b = copyExample('hello-go', 'elsewhere/go-repro-two');
    const ra = await buildTarget(options(a));
    const rb = await buildTarget(options(b));
    expect(readFileSync(ra.binaries[0].file).equals(readFileSync(rb.binaries[0].file))).toBe(true);
    expect(readFileSync(ra.buildInfo, 'utf8')).toBe(readFileSync(rb.buildInfo, 'utf8'));
  });

  it('says how to install a builder that is missing', async () => {
    const project = copyExample('hello-go');
    const err = await rejection(buildTarget(options(project, { env: { PATH: '/nonexistent' } })));
    expect(err.key).toBe('builder');
    expect(err.message).toMatch(/^go is not installed/);
    expect(err.message).toMatch(/golang-go/);
  });
});

describe('cargo', () => {
  it('builds hello-rust for the host', async () => {
    const project = copyExample('hello-rust');
    const r = await buildTarget(options(project));
    expect(r.builder).toBe('cargo');
    expect(runBinary(r.binaries[0].file, ['--version'])).toBe('hello 1.2.3\n');
    expect(runBinary(r.binaries[0].file)).toBe('Hello, world!\n');
    const info = JSON.parse(readFileSync(r.buildInfo, 'utf8'));
    expect(info.tools.cargo).toMatch(/^cargo /);
    expect(info.tools.rustc).toMatch(/^rustc /);
    expect(info.flags.cargo).toEqual(['build', '--target', host.triple, '--locked', '--release']);
    expect(info.flags.rustflags).toContain('--remap-path-prefix=.=.');
  });

  it('says how to install cargo when it is missing', async () => {
    const project = copyExample('hello-rust');
    const err = await rejection(buildTarget(options(project, { env: { PATH: '/nonexistent' } })));
    expect(err.message).toMatch(/^cargo is not installed.*rustup.*apt-get install cargo/);
  });
});
