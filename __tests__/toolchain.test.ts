/**
 * setup-cross-toolchain: the pure plan for every target, the apt installer against a fake apt,
 * and the bundled action with real apt (root on this machine): for each cross target, set up, then
 * build examples/hello-c with make and with CMake and examples/hello-go with go, using only the
 * exported environment, and run the results with the exported runner.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { memoryLogger } from '../src/log.js';
import { checkBinary, hostTarget, resolveTarget, TARGETS } from '../src/targets/index.js';
import {
  Apt,
  cacheKey,
  createPackageCache,
  localPackageCache,
  noCache,
  planToolchain,
  spawnExec,
  type AptExec,
  type ExecResult,
} from '../src/toolchain/index.js';
import { setupToolchain } from '../src/toolchain/setup.js';
import { qemuEnvArgs, runsNatively } from '../src/targets/native.js';
import { makeWorkspace, parseFileCommands, runAction } from './helpers/runner.js';

const host = { target: hostTarget('linux', 'x64', 'gnu') };

describe('planToolchain', () => {
  it('plans Debian cross packages, variables and files for aarch64', () => {
    const p = planToolchain(resolveTarget('aarch64'), host);
    expect(p.packages).toEqual([
      'gcc-aarch64-linux-gnu',
      'g++-aarch64-linux-gnu',
      'binutils-aarch64-linux-gnu',
      'libc6-dev-arm64-cross',
      'qemu-user',
    ]);
    expect(p.env).toMatchObject({
      CC: 'aarch64-linux-gnu-gcc',
      CXX: 'aarch64-linux-gnu-g++',
      AR: 'aarch64-linux-gnu-ar',
      RANLIB: 'aarch64-linux-gnu-ranlib',
      STRIP: 'aarch64-linux-gnu-strip',
      CC_aarch64_unknown_linux_gnu: 'aarch64-linux-gnu-gcc',
      CXX_aarch64_unknown_linux_gnu: 'aarch64-linux-gnu-g++',
      AR_aarch64_unknown_linux_gnu: 'aarch64-linux-gnu-ar',
      CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER: 'aarch64-linux-gnu-gcc',
      CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER: 'qemu-aarch64 -L /usr/aarch64-linux-gnu',
      QEMU_LD_PREFIX: '/usr/aarch64-linux-gnu',
      PKG_CONFIG_SYSROOT_DIR: '/',
      GOOS: 'linux',
      GOARCH: 'arm64',
      CGO_ENABLED: '1',
    });
    expect(p.env.PKG_CONFIG_LIBDIR).toContain('/usr/lib/aarch64-linux-gnu/pkgconfig');
    expect(p.env.CARGO_BUILD_TARGET).toBeUndefined();
    expect(p.files.cmake).toContain('set(CMAKE_SYSTEM_NAME Linux)');
    expect(p.files.cmake).toContain('set(CMAKE_SYSTEM_PROCESSOR aarch64)');
    expect(p.files.cmake).toContain('set(CMAKE_FIND_ROOT_PATH "/usr/aarch64-linux-gnu")');
    expect(p.files.cmake).toContain(
      'set(CMAKE_CROSSCOMPILING_EMULATOR "qemu-aarch64" "-L" "/usr/aarch64-linux-gnu")',
    );
    expect(p.files.meson).toContain("exe_wrapper = ['qemu-aarch64', '-L', '/usr/aarch64-linux-gnu']");
    expect(p.files.meson).toContain("cpu_family = 'aarch64'");
    expect(p.outputs).toEqual({
      cc: 'aarch64-linux-gnu-gcc',
      cxx: 'aarch64-linux-gnu-g++',
      ar: 'aarch64-linux-gnu-ar',
      strip: 'aarch64-linux-gnu-strip',
      sysroot: '/usr/aarch64-linux-gnu',
      runner: 'qemu-aarch64 -L /usr/aarch64-linux-gnu',
    });
  });

  it.each([
    ['armv7', 'gcc-arm-linux-gnueabihf', 'libc6-dev-armhf-cross', 'qemu-arm', { GOARCH: 'arm', GOARM: '7' }],
    ['riscv64', 'gcc-riscv64-linux-gnu', 'libc6-dev-riscv64-cross', 'qemu-riscv64', { GOARCH: 'riscv64' }],
    ['i686-unknown-linux-gnu', 'gcc-i686-linux-gnu', 'libc6-dev-i386-cross', 'qemu-i386', { GOARCH: '386' }],
    [
      'ppc64le',
      'gcc-powerpc64le-linux-gnu',
      'libc6-dev-ppc64el-cross',
      'qemu-ppc64le',
      { GOARCH: 'ppc64le' },
    ],
    ['s390x', 'gcc-s390x-linux-gnu', 'libc6-dev-s390x-cross', 'qemu-s390x', { GOARCH: 's390x' }],
  ])('plans %s', (name, gcc, libc, qemu, goEnv) => {
    const p = planToolchain(resolveTarget(name), host);
    expect(p.packages).toEqual(expect.arrayContaining([gcc, libc, 'qemu-user']));
    expect(p.runner[0]).toBe(qemu);
    expect(p.env).toMatchObject(goEnv);
  });

  it('runs i686 under qemu-i386 (with Go preemption signals off) unless the host runs it itself', () => {
    const t = resolveTarget('i686-unknown-linux-gnu');
    const emulated = planToolchain(t, host);
    expect(emulated.outputs.runner).toBe('qemu-i386 -E GODEBUG=asyncpreemptoff=1 -L /usr/i686-linux-gnu');
    expect(emulated.env.CARGO_TARGET_I686_UNKNOWN_LINUX_GNU_RUNNER).toBe(emulated.outputs.runner);
    expect(emulated.files.cmake).toContain(
      'set(CMAKE_CROSSCOMPILING_EMULATOR "qemu-i386" "-E" "GODEBUG=asyncpreemptoff=1" "-L" "/usr/i686-linux-gnu")',
    );
    const native = planToolchain(t, { ...host, nativeTargets: [t.triple] });
    expect(native.runner).toEqual([]);
    expect(native.packages).not.toContain('qemu-user');
    expect(native.packages).toEqual(expect.arrayContaining(['libc6-i386', 'lib32stdc++6']));
    expect(native.env.CARGO_TARGET_I686_UNKNOWN_LINUX_GNU_RUNNER).toBeUndefined();
    expect(native.env.CC).toBe('i686-linux-gnu-gcc');
  });

  it('plans mingw-w64 for Windows gnu targets, wine as the runner only when installed', () => {
    const t = resolveTarget('x86_64-pc-windows-gnu');
    const p = planToolchain(t, host);
    expect(p.packages).toEqual(['gcc-mingw-w64-x86-64', 'g++-mingw-w64-x86-64', 'binutils-mingw-w64-x86-64']);
    expect(p.env.CC).toBe('x86_64-w64-mingw32-gcc');
    expect(p.env).toMatchObject({ GOOS: 'windows', GOARCH: 'amd64' });
    expect(p.env.QEMU_LD_PREFIX).toBeUndefined();
    expect(p.runner).toEqual([]);
    expect(p.files.cmake).toContain('set(CMAKE_SYSTEM_NAME Windows)');
    expect(planToolchain(t, { ...host, wine: true }).outputs.runner).toBe('wine');
    expect(planToolchain(resolveTarget('i686-pc-windows-gnu'), host).packages[0]).toBe('gcc-mingw-w64-i686');
  });

  it('uses musl-tools for the host CPU musl target and refuses other musl CPUs', () => {
    const p = planToolchain(resolveTarget('x86_64-unknown-linux-musl'), host);
    expect(p.packages).toEqual(['musl-tools']);
    expect(p.env.CC).toBe('musl-gcc');
    expect(p.env.CXX).toBeUndefined();
    expect(() => planToolchain(resolveTarget('aarch64-unknown-linux-musl'), host)).toThrow(
      /musl cross compiler.*zigbuild/,
    );
  });

  it('plans nothing to install for the host, with the same variables', () => {
    const p = planToolchain(host.target, host, { cargoBuildTarget: true });
    expect(p.packages).toEqual([]);
    expect(p.env).toMatchObject({ CC: 'gcc', CXX: 'g++', AR: 'ar', STRIP: 'strip', GOARCH: 'amd64' });
    expect(p.env.CARGO_BUILD_TARGET).toBe('x86_64-unknown-linux-gnu');
    expect(p.env.CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUNNER).toBeUndefined();
    expect(p.files.cmake).not.toContain('CMAKE_SYSTEM_NAME');
  });

  it('honours qemu, rust, go and packages options; binfmt adds qemu-user-binfmt', () => {
    const t = resolveTarget('aarch64');
    const p = planToolchain(t, host, { qemu: false, rust: false, go: false, packages: ['libssl-dev'] });
    expect(p.packages).not.toContain('qemu-user');
    expect(p.packages).toContain('libssl-dev');
    expect(Object.keys(p.env).filter((k) => /^(CARGO|CC_|GO)/.test(k))).toEqual([]);
    expect(planToolchain(t, { ...host, binfmt: true }).packages).toContain('qemu-user-binfmt');
    // qemu-user-static registers its own handlers; qemu-user-binfmt would remove it.
    expect(planToolchain(t, { ...host, binfmt: true, qemuStatic: true }).packages).not.toContain(
      'qemu-user-binfmt',
    );
  });

  it('names macOS and MSVC targets as unsupported, listing what is', () => {
    expect(() => planToolchain(resolveTarget('aarch64-apple-darwin'), host)).toThrow(
      /macos-latest.*Supported here: x86_64-unknown-linux-gnu, i686-unknown-linux-gnu/,
    );
    expect(() => planToolchain(resolveTarget('x86_64-pc-windows-msvc'), host)).toThrow(/windows-gnu/);
  });

  it('plans every glibc Linux target of the table', () => {
    for (const t of TARGETS.filter((x) => x.os === 'linux' && x.abi.startsWith('gnu'))) {
      expect(planToolchain(t, host).env.CC).toMatch(/gcc$/);
    }
  });
});

// ---- the installer against a fake apt ----------------------------------------------------------

interface FakeApt {
  exec: AptExec;
  calls: string[][];
}

/** A fake apt: `installed` are installed; `cache` have candidates before update, `after` after. */
function fakeApt(o: {
  installed?: string[];
  cache?: string[];
  after?: string[];
  fail?: ExecResult;
}): FakeApt {
  const calls: string[][] = [];
  let updated = false;
  const exec: AptExec = async (argv) => {
    calls.push(argv);
    const i = argv.indexOf('apt-get');
    const cmd = i >= 0 ? 'apt-get' : argv[0];
    const names = argv.filter((a) => !a.startsWith('-') && !a.includes('=') && a !== 'policy');
    if (cmd === 'dpkg-query') {
      const out = names
        .slice(1)
        .filter((n) => o.installed?.includes(n))
        .map((n) => `${n} installed\n`)
        .join('');
      return { code: out ? 0 : 1, stdout: out, output: out };
    }
    if (cmd === 'apt-cache') {
      const known = updated ? (o.after ?? o.cache ?? []) : (o.cache ?? []);
      const out = names
        .slice(1)
        .map((n) => `${n}:\n  Installed: (none)\n  Candidate: ${known.includes(n) ? '1.0-1' : '(none)'}\n`)
        .join('');
      return { code: 0, stdout: out, output: out };
    }
    if (argv.includes('update')) updated = true;
    if (o.fail && argv.includes('install')) return o.fail;
    return { code: 0, stdout: '', output: '' };
  };
  return { exec, calls };
}

/** A PATH directory holding apt-get (and sudo when asked), nothing else. */
function pathWith(tools: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'distro-path-'));
  for (const t of tools) symlinkSync('/bin/true', path.join(dir, t));
  return dir;
}

describe('Apt', () => {
  const log = memoryLogger();
  const rootPath = pathWith(['apt-get']);

  it('skips packages already installed', async () => {
    const f = fakeApt({ installed: ['a', 'b'] });
    const apt = new Apt({ env: { PATH: rootPath }, log, platform: 'linux', uid: 0, exec: f.exec });
    const r = await apt.ensure(['a', 'b']);
    expect(r).toMatchObject({ installed: [], present: ['a', 'b'] });
    expect(f.calls.map((c) => c[0])).toEqual(['dpkg-query']);
  });

  it('installs the missing ones as root with the lock timeout, without apt-get update when cached', async () => {
    const f = fakeApt({ installed: ['a'], cache: ['b'] });
    const apt = new Apt({
      env: { PATH: rootPath },
      log,
      platform: 'linux',
      uid: 0,
      exec: f.exec,
      lockTimeout: 7,
    });
    const r = await apt.ensure(['a', 'b']);
    expect(r.installed).toEqual(['b']);
    const install = f.calls.find((c) => c.includes('install'))!;
    expect(install.slice(0, 3)).toEqual(['apt-get', '-o', 'DPkg::Lock::Timeout=7']);
    expect(install.slice(-2)).toEqual(['--no-install-recommends', 'b']);
    expect(f.calls.some((c) => c.includes('update'))).toBe(false);
  });

  it('runs apt-get update only when a package is not in the cache, through sudo -n when not root', async () => {
    const f = fakeApt({ cache: [], after: ['b'] });
    const apt = new Apt({
      env: { PATH: pathWith(['apt-get', 'sudo']) },
      log,
      platform: 'linux',
      uid: 1000,
      exec: f.exec,
    });
    await apt.ensure(['b']);
    const update = f.calls.find((c) => c.includes('update'))!;
    expect(update.slice(0, 5)).toEqual(['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get']);
    expect(f.calls.find((c) => c.includes('install'))![0]).toBe('sudo');
  });

  it('names a package apt does not have, after apt-get update', async () => {
    const f = fakeApt({ cache: ['gcc-x'], after: ['gcc-x'] });
    const apt = new Apt({
      env: { PATH: rootPath },
      log,
      platform: 'linux',
      uid: 0,
      exec: f.exec,
      release: 'bookworm',
    });
    await expect(apt.ensure(['gcc-x', 'libc6-dev-nosuch-cross'])).rejects.toThrow(
      /apt has no package 'libc6-dev-nosuch-cross' on bookworm/,
    );
    expect(f.calls.some((c) => c.includes('update'))).toBe(true);
    expect(f.calls.some((c) => c.includes('install'))).toBe(false);
  });

  it('fails clearly without root and without sudo', async () => {
    const f = fakeApt({ cache: ['b'] });
    const apt = new Apt({ env: { PATH: rootPath }, log, platform: 'linux', uid: 1000, exec: f.exec });
    await expect(apt.ensure(['b'])).rejects.toThrow(
      /needs root, but it runs as user 1000 and sudo is not on PATH/,
    );
  });

  it('reports a held apt lock', async () => {
    const fail = {
      code: 100,
      stdout: '',
      output: 'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)\n',
    };
    const f = fakeApt({ cache: ['b'], fail });
    const apt = new Apt({
      env: { PATH: rootPath },
      log,
      platform: 'linux',
      uid: 0,
      exec: f.exec,
      lockTimeout: 1,
    });
    await expect(apt.ensure(['b'])).rejects.toThrow(
      /apt is locked by another process and stayed locked for 1 s/,
    );
  });

  it('says what is supported on macOS and Windows', async () => {
    for (const platform of ['darwin', 'win32']) {
      const apt = new Apt({ env: { PATH: rootPath }, log, platform, uid: 501, exec: fakeApt({}).exec });
      await expect(apt.ensure(['b'])).rejects.toThrow(/Debian and Ubuntu runners/);
    }
  });

  it('setupToolchain passes the failure through as a DistroError', async () => {
    const f = fakeApt({ cache: [] });
    const err = await setupToolchain({
      target: 'riscv64',
      tempDir: mkdtempSync(path.join(tmpdir(), 'distro-tc-')),
      env: { PATH: rootPath },
      log,
      uid: 0,
      host,
      exec: f.exec,
      osRelease: 'ID=debian\nVERSION_CODENAME=bookworm\n',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as Error).message).toMatch(/apt has no package 'gcc-riscv64-linux-gnu'.* on bookworm/);
  });
});

// ---- the bundled action with real apt ----------------------------------------------------------

// As root apt runs directly, otherwise through `sudo -n`: these tests never skip.
const realIt = it;
const base = mkdtempSync(path.join(tmpdir(), 'distro-toolchain-test-'));
const goCache = path.join(base, 'gocache');
mkdirSync(goCache, { recursive: true });

function exportedEnv(envFile: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: base,
    GOCACHE: goCache,
    GOPATH: path.join(base, 'gopath'),
    GOFLAGS: '-mod=mod',
    ...parseFileCommands(envFile),
  };
}

function runWith(runner: string, file: string): string {
  const argv = [...(runner ? runner.split(' ') : []), file, '--version'];
  return execFileSync(argv[0]!, argv.slice(1), { encoding: 'utf8' });
}

describe('setup-cross-toolchain action', () => {
  it('rejects an unknown target, listing the supported ones', () => {
    const r = runAction('setup-cross-toolchain', { target: 'sparc64-sun-solaris' }, makeWorkspace());
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error.*Unknown target 'sparc64-sun-solaris'.*aarch64-unknown-linux-gnu/m);
  });

  it('rejects a macOS target with what to do instead', () => {
    const r = runAction('setup-cross-toolchain', { target: 'aarch64-apple-darwin' }, makeWorkspace());
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error.*macos-latest runner/m);
  });

  realIt('sets up the host target without packages, exporting the same variables', () => {
    const r = runAction('setup-cross-toolchain', { target: '', rust: 'false' }, makeWorkspace());
    expect(r.status).toBe(0);
    const env = parseFileCommands(r.env);
    expect(env).toMatchObject({ CC: 'gcc', CXX: 'g++', GOARCH: 'amd64' });
    expect(r.outputs.target).toBe(hostTarget().triple);
    expect(r.outputs.runner).toBe('');
  });

  const CROSS = [
    'aarch64-unknown-linux-gnu',
    'armv7-unknown-linux-gnueabihf',
    'riscv64gc-unknown-linux-gnu',
    'i686-unknown-linux-gnu',
    'powerpc64le-unknown-linux-gnu',
    's390x-unknown-linux-gnu',
    'x86_64-pc-windows-gnu',
  ];

  describe.each(CROSS)('%s', (triple) => {
    const t = resolveTarget(triple);
    realIt(
      'sets up, then builds hello-c (make, cmake) and hello-go with the exported environment, and runs them',
      () => {
        const dirs = makeWorkspace('hello-c');
        const r = runAction('setup-cross-toolchain', { target: triple }, dirs);
        expect(r.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);
        expect(r.status).toBe(0);
        expect(r.outputs.target).toBe(triple);
        expect(r.summary).toContain(`setup-cross-toolchain: ${triple}`);
        const env = exportedEnv(r.env);
        const T = triple.replace(/-/g, '_').toUpperCase();
        for (const k of [
          'CC',
          'CXX',
          'AR',
          'RANLIB',
          'STRIP',
          'GOOS',
          'GOARCH',
          'CGO_ENABLED',
          `CARGO_TARGET_${T}_LINKER`,
        ])
          expect(env[k]).toBeTruthy();
        expect(env.CC).toBe(r.outputs.cc);
        const runner = r.outputs.runner!;
        if (t.os === 'linux' && runsNatively(t)) {
          // A host whose kernel runs this target's programs itself (i686 with IA32 emulation).
          expect(runner).toBe('');
        } else if (t.os === 'linux') {
          expect(runner).toBe([t.qemu, ...qemuEnvArgs(t), '-L', `/usr/${t.gnu}`].join(' '));
          expect(env[`CARGO_TARGET_${T}_RUNNER`]).toBe(runner);
          expect(env.QEMU_LD_PREFIX).toBe(`/usr/${t.gnu}`);
        }
        const check = (file: string): void => {
          expect(checkBinary(readFileSync(file), t)).toBeUndefined();
          if (t.os === 'linux') expect(runWith(runner, file)).toBe('hello 1.2.3\n');
        };

        // make, with only the exported environment.
        const ws = dirs.workspace;
        execFileSync('make', ['-B', 'VERSION=1.2.3'], { cwd: ws, env, stdio: 'pipe' });
        check(path.join(ws, t.os === 'windows' ? 'hello.exe' : 'hello'));

        // cmake, with the exported toolchain file.
        const build = path.join(ws, 'build-cmake');
        execFileSync(
          'cmake',
          [
            '-S',
            ws,
            '-B',
            build,
            `-DCMAKE_TOOLCHAIN_FILE=${r.outputs['cmake-toolchain-file']}`,
            '-DVERSION=1.2.3',
          ],
          { env, stdio: 'pipe' },
        );
        execFileSync('cmake', ['--build', build], { env, stdio: 'pipe' });
        check(path.join(build, `hello${t.exe}`));

        // hello-go with GOOS/GOARCH (cgo with the exported CC on Linux; CGO_ENABLED=0 for Windows).
        if (t.os === 'linux') {
          const goWs = makeWorkspace('hello-go').workspace;
          const out = path.join(goWs, 'hello-go');
          execFileSync('go', ['build', '-ldflags', '-X main.version=1.2.3', '-o', out, '.'], {
            cwd: goWs,
            env: { ...env, CGO_ENABLED: '0' },
            stdio: 'pipe',
          });
          // i686 here runs through qemu-i386 -E GODEBUG=asyncpreemptoff=1 unless the kernel runs it.
          check(out);
        }

        // build-target takes the exported environment as it is, with no extra inputs (a matrix job:
        // setup-cross-toolchain, then build-target).
        const built = runAction(
          'build-target',
          { target: triple, version: '1.2.3' },
          dirs,
          parseFileCommands(r.env),
        );
        expect(built.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);
        expect(built.status).toBe(0);
        check(path.join(ws, 'dist', 'build', triple, `hello${t.exe}`));

        // Twice in a row is harmless: nothing left to install.
        const again = runAction('setup-cross-toolchain', { target: triple, rust: 'false' }, dirs);
        expect(again.status).toBe(0);
        expect(again.summary).toMatch(/packages installed<\/td><td>\(none\)/);
      },
      600_000,
    );
  });
});

// ---- the package cache -------------------------------------------------------------------------
// These run the key, restore and save path through the local directory store (localPackageCache);
// the @actions/cache adapter against a local server speaking GitHub's cache service, with the real
// client in the bundle, is in github-cache.test.ts.

describe('package cache', () => {
  it('picks the local store, the GitHub cache or none from the environment', () => {
    expect(createPackageCache({})).toBe(noCache);
    expect(createPackageCache({ RUNNER_TEMP: '/t' }).description).toBe('local directory /t/distro-cache');
    expect(createPackageCache({ DISTRO_CACHE_DIR: '/c', RUNNER_TEMP: '/t' }).description).toBe(
      'local directory /c',
    );
    const gh = {
      ACTIONS_RUNTIME_TOKEN: 'x',
      ACTIONS_RESULTS_URL: 'https://r',
      ACTIONS_CACHE_SERVICE_V2: 'true',
      RUNNER_TEMP: '/t',
    };
    expect(createPackageCache(gh).description).toBe('GitHub Actions cache');
    expect(createPackageCache({ ...gh, ACTIONS_RUNTIME_TOKEN: '' }).description).toMatch(/local/);
    // Without the v2 flag @actions/cache talks to ACTIONS_CACHE_URL only (isFeatureAvailable).
    expect(createPackageCache({ ...gh, ACTIONS_CACHE_SERVICE_V2: '' }).description).toMatch(/local/);
    expect(
      createPackageCache({ ...gh, ACTIONS_CACHE_SERVICE_V2: '', ACTIONS_CACHE_URL: 'https://c' }).description,
    ).toBe('GitHub Actions cache');
  });

  it('keys by target, OS image and package versions', () => {
    const k = cacheKey('aarch64-unknown-linux-gnu', 'ubuntu24-x86_64', { a: '1', b: '2' });
    expect(k).toMatch(/^distro-apt-ubuntu24-x86_64-aarch64-unknown-linux-gnu-[0-9a-f]{20}$/);
    expect(cacheKey('aarch64-unknown-linux-gnu', 'ubuntu24-x86_64', { b: '2', a: '1' })).toBe(k);
    expect(cacheKey('aarch64-unknown-linux-gnu', 'ubuntu24-x86_64', { a: '1', b: '3' })).not.toBe(k);
  });

  it('local store: saves, restores by key or restore key, ignores other paths, keeps the first save', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'distro-cache-'));
    const dir = mkdtempSync(path.join(tmpdir(), 'distro-debs-'));
    writeFileSync(path.join(dir, 'a_1_amd64.deb'), 'A');
    writeFileSync(path.join(dir, 'lock'), '');
    const store = localPackageCache(root);
    const paths = [path.join(dir, '*.deb')];
    expect(await store.restore(paths, 'k-1', ['k-'])).toBeUndefined();
    await store.save(paths, 'k-1');
    writeFileSync(path.join(dir, 'a_1_amd64.deb'), 'changed');
    await store.save(paths, 'k-1'); // exists: left as it is
    rmSync(dir, { recursive: true });
    expect(await store.restore(paths, 'k-1', [])).toBe('k-1');
    expect(readdirSync(dir)).toEqual(['a_1_amd64.deb']);
    expect(readFileSync(path.join(dir, 'a_1_amd64.deb'), 'utf8')).toBe('A');
    expect(await store.restore(paths, 'k-2', ['k-'])).toBe('k-1');
    expect(await store.restore(paths, 'k-2', ['other-'])).toBeUndefined();
    expect(await store.restore([path.join(dir, '*')], 'k-1', [])).toBeUndefined();
    await expect(store.save([path.join(dir, 'none-*.deb')], 'k-3')).rejects.toThrow(/nothing to save/);
  });

  // Makes the machine lose s390x's two g++/gcc metapackages for a moment (they are reinstalled):
  // the cold run then downloads just them, which keeps the test fast and the network use small.
  // The last run also loses cpp-s390x-linux-gnu (a dependency of gcc-s390x-linux-gnu).
  const META = ['gcc-s390x-linux-gnu', 'g++-s390x-linux-gnu'];
  const CPP = 'cpp-s390x-linux-gnu';
  const purge = (...more: string[]) =>
    execFileSync('apt-get', ['purge', '-y', '-q', ...META, ...more], {
      stdio: 'pipe',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  // A pin of a package no archive has: it changes apt's state (the state key), never its plan.
  const PIN = '/etc/apt/preferences.d/distro-actions-test-state-key';

  realIt(
    'cold install saves what dpkg installed; warm restores it in one extraction with no apt call, and dpkg knows the packages',
    async () => {
      const root = mkdtempSync(path.join(tmpdir(), 'distro-cache-'));
      const tempDir = mkdtempSync(path.join(tmpdir(), 'distro-tc-'));
      const calls: string[][] = [];
      const exec: AptExec = (argv, ...rest) => {
        calls.push(argv);
        return spawnExec(argv, ...rest);
      };
      const opts = {
        target: 's390x',
        rust: 'false' as const,
        tempDir,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        log: memoryLogger(),
        exec,
        packageCache: localPackageCache(root),
      };
      const installCalls = () =>
        calls.filter(
          (c) =>
            c.includes('apt-get') &&
            c.includes('install') &&
            !c.includes('--print-uris') &&
            !c.includes('-s'),
        );
      const aptCalls = () => calls.filter((c) => c.includes('apt-get') || c.includes('apt-cache'));
      const simulated = () => calls.some((c) => c.includes('apt-get') && c.includes('-s'));
      const entries = () => readdirSync(root).filter((k) => k.startsWith('distro-installed-'));
      const archives = path.join(tempDir, 'distro-apt-cache', 's390x-unknown-linux-gnu');
      const snapshot = path.join(tempDir, 'distro-installed-cache', 's390x-unknown-linux-gnu');
      /** A fresh runner: the packages gone, archives and snapshot dirs gone; only the cache has them. */
      const fresh = (...more: string[]) => {
        purge(...more);
        rmSync(archives, { recursive: true, force: true });
        rmSync(snapshot, { recursive: true, force: true });
        calls.length = 0;
      };
      purge();
      try {
        const cold = await setupToolchain(opts);
        expect(cold).toMatchObject({ cache: 'miss', offline: false, installed: META });
        expect(cold.outputs['cache-hit']).toBe('false');
        expect(installCalls()).toHaveLength(1);
        expect(installCalls()[0]).toContain(`Dir::Cache::archives=${archives}/`);
        expect(installCalls()[0]).toContain('DPkg::Options::=--force-unsafe-io');
        // One entry: the snapshot of the two packages, keyed by apt's state before the install.
        expect(entries()).toHaveLength(1);
        const key = entries()[0]!;
        expect(key).toMatch(/^distro-installed-[a-z0-9.]+-amd64-s390x-unknown-linux-gnu-[0-9a-f]{20}$/);
        const m = JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8')) as {
          packages: { name: string }[];
        };
        expect(m.packages.map((p) => p.name).sort()).toEqual([...META].sort());
        const status = readFileSync(path.join(snapshot, 'status'), 'utf8');
        for (const p of META) expect(status).toContain(`Package: ${p}\n`);

        // The same state again: restored by the state key, without a single apt-get or apt-cache.
        fresh();
        const warm = await setupToolchain(opts);
        expect(warm).toMatchObject({ cache: 'hit', offline: true, installed: META });
        expect(warm.cacheKey).toBe(key);
        expect(warm.outputs['cache-hit']).toBe('true');
        expect(aptCalls()).toEqual([]); // no apt-get install -s, no apt-cache policy, no install
        expect(execFileSync('s390x-linux-gnu-gcc', ['-dumpmachine'], { encoding: 'utf8' })).toBe(
          's390x-linux-gnu\n',
        );
        // dpkg knows them: installed, their files listed and intact (dpkg --verify), apt consistent.
        for (const p of META) {
          expect(execFileSync('dpkg-query', ['-W', '-f=${db:Status-Status}', p], { encoding: 'utf8' })).toBe(
            'installed',
          );
          expect(execFileSync('dpkg', ['--verify', p], { encoding: 'utf8' })).toBe('');
        }
        expect(execFileSync('dpkg', ['--audit'], { encoding: 'utf8' })).toBe('');
        execFileSync('apt-get', ['check', '-q'], { stdio: 'pipe' });
        // A second run installs nothing.
        calls.length = 0;
        const again = await setupToolchain(opts);
        expect(again).toMatchObject({ cache: 'not needed', installed: [] });
        expect(calls.filter((c) => c.includes('apt-get'))).toEqual([]);

        // apt's state changed (a pin), its plan did not: the state key misses, the newest entry is
        // restored and used once apt-get install -s agrees with its manifest, then kept under the
        // new state's key, which the next run in that state hits with no apt call.
        writeFileSync(PIN, 'Package: distro-actions-no-such-package\nPin: version 1\nPin-Priority: 100\n');
        fresh();
        const pinned = await setupToolchain(opts);
        expect(pinned).toMatchObject({ cache: 'hit', offline: true, installed: META, restoredKey: key });
        expect(simulated()).toBe(true);
        expect(installCalls()).toEqual([]);
        expect(entries()).toHaveLength(2);
        const pinnedKey = entries().find((k) => k !== key)!;
        fresh();
        const pinnedWarm = await setupToolchain(opts);
        expect(pinnedWarm).toMatchObject({ cache: 'hit', cacheKey: pinnedKey, installed: META });
        expect(aptCalls()).toEqual([]);

        // Another installed set (cpp-s390x-linux-gnu gone too): apt's plan is three packages, the
        // newest entry holds two, so apt installs them and the snapshot is saved under that state.
        rmSync(PIN);
        fresh(CPP);
        const other = await setupToolchain(opts);
        expect(other).toMatchObject({ cache: 'miss', offline: false, installed: META });
        expect(other.outputs['cache-hit']).toBe('false');
        expect(simulated()).toBe(true);
        expect(installCalls()).toHaveLength(1);
        expect(entries()).toHaveLength(3);
        const m3 = JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8')) as typeof m;
        expect(m3.packages.map((p) => p.name).sort()).toEqual([CPP, ...META].sort());
      } finally {
        // Leave the machine as it was even when an assertion failed.
        rmSync(PIN, { force: true });
        execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...META, CPP], {
          stdio: 'pipe',
          env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        });
      }
    },
    600_000,
  );
});
