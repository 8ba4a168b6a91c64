/**
 * qemu-smoke-test's own setup: which Debian packages it installs for which targets and install
 * modes (the pure plan, against a described machine), how it installs them (the toolchain's apt
 * installer with a recording exec standing in for apt, dpkg-query and apt-cache), and the stage
 * asking for them from its manifest (on a machine without apt-get, where it names them). The real
 * install (apt on this machine: arch-test removed, installed by the stage before mmdebstrap) is in
 * github-cache.test.ts.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { memoryLogger } from '../src/log.js';
import {
  addArtifact,
  describe as describeFile,
  emptyManifest,
  writeManifest,
} from '../src/manifest/index.js';
import { LocalArtifactStore } from '../src/runner/artifacts.js';
import type { BinfmtEntry } from '../src/smoke/host.js';
import {
  DEBIAN_KEYRING,
  installSmokePackages,
  planSmokeSetup,
  type SmokeNeed,
  type SmokeProbe,
} from '../src/smoke/setup.js';
import { smokeStage } from '../src/stages/smoke.js';
import { resolveTarget, type Target } from '../src/targets/index.js';
import { localPackageCache, type AptExec } from '../src/toolchain/index.js';

const ARM = resolveTarget('aarch64-unknown-linux-gnu');
const ARM_MUSL = resolveTarget('aarch64-unknown-linux-musl');
const RISCV = resolveTarget('riscv64gc-unknown-linux-gnu');
const X64 = resolveTarget('x86_64-unknown-linux-gnu');

/** A machine with the commands and files given, binfmt handlers as given, x86_64 as the host CPU. */
function machine(
  o: { commands?: string[]; files?: string[]; binfmt?: Record<string, BinfmtEntry> } = {},
): SmokeProbe {
  return {
    has: (c) => (o.commands ?? []).includes(c),
    exists: (f) => (o.files ?? []).includes(f),
    binfmt: (n) => o.binfmt?.[n],
    native: (t: Target) => t.cpu === 'x86_64',
  };
}

const EVERYTHING = machine({
  commands: [
    'qemu-aarch64',
    'qemu-aarch64-static',
    'qemu-riscv64-static',
    'update-binfmts',
    'rpm',
    'pacman',
    'zstd',
    'mmdebstrap',
    'arch-test',
  ],
  files: ['/usr/aarch64-linux-gnu/lib', '/usr/riscv64-linux-gnu/lib', DEBIAN_KEYRING],
});

const names = (items: { name: string }[]) => items.map((i) => i.name);
const need = (target: Target, binaries: boolean, packages: SmokeNeed['packages'] = []): SmokeNeed => ({
  target,
  binaries,
  packages,
});

describe('planSmokeSetup', () => {
  it('a bare runner, aarch64 binaries, deb and rpm: emulator, binfmt, C library, rpm, zstd; mmdebstrap for the root', () => {
    const p = planSmokeSetup([need(ARM, true, ['deb', 'rpm'])], machine());
    expect(names(p.packages)).toEqual([
      'qemu-user-static',
      'libc6-arm64-cross',
      'binfmt-support',
      'rpm',
      'zstd',
    ]);
    expect(names(p.rootfs)).toEqual(['arch-test', 'mmdebstrap', 'debian-archive-keyring']);
    expect(p.packages.find((i) => i.name === 'libc6-arm64-cross')!.why).toMatch(/\/usr\/aarch64-linux-gnu/);
  });

  it('install: false (binaries only): the emulator and the C library, nothing for root filesystems', () => {
    const p = planSmokeSetup([need(ARM, true)], machine());
    expect(names(p.packages)).toEqual(['qemu-user-static', 'libc6-arm64-cross']);
    expect(p.rootfs).toEqual([]);
  });

  it('musl binaries are static: no C library', () => {
    expect(names(planSmokeSetup([need(ARM_MUSL, true)], machine()).packages)).toEqual(['qemu-user-static']);
  });

  it("setup-cross-toolchain's qemu-user and sysroot are enough for binaries, not for packages", () => {
    const m = machine({ commands: ['qemu-aarch64'], files: ['/usr/aarch64-linux-gnu/lib'] });
    expect(planSmokeSetup([need(ARM, true)], m).packages).toEqual([]);
    // qemu-user's dynamic qemu-aarch64 does not run inside a foreign root: the static one does.
    expect(names(planSmokeSetup([need(ARM, true, ['deb'])], m).packages)).toEqual([
      'qemu-user-static',
      'binfmt-support',
      'zstd',
    ]);
  });

  it('a handler that runs in a chroot needs neither qemu-user-static nor binfmt-support for packages; qemu-user-binfmt is not one', () => {
    const tools = { commands: ['zstd', 'mmdebstrap', 'arch-test'], files: [DEBIAN_KEYRING] };
    const plan = (e: BinfmtEntry) =>
      planSmokeSetup([need(ARM, false, ['deb'])], machine({ ...tools, binfmt: { 'qemu-aarch64': e } }));
    // docker/setup-qemu-action: fixed (F) from a file inside its container, not on this machine.
    expect(plan({ enabled: true, fixed: true, interpreter: '' })).toEqual({ packages: [], rootfs: [] });
    // qemu-user-static's own handler, resolved to the static emulator.
    expect(
      plan({ enabled: true, fixed: true, interpreter: '/usr/bin/qemu-aarch64-static' }).packages,
    ).toEqual([]);
    // Disabled, or qemu-user-binfmt's (the dynamic qemu, even when fixed): the static one is needed.
    for (const e of [
      { enabled: false, fixed: true, interpreter: '/usr/bin/qemu-aarch64-static' },
      { enabled: true, fixed: true, interpreter: '/usr/bin/qemu-aarch64' },
    ])
      expect(names(plan(e).packages)).toEqual(['qemu-user-static', 'binfmt-support']);
  });

  it('host packages: no emulator, no arch-test; mmdebstrap and the keyring only for the root', () => {
    const p = planSmokeSetup([need(X64, true, ['deb'])], machine({ commands: ['zstd'] }));
    expect(p.packages).toEqual([]);
    expect(names(p.rootfs)).toEqual(['mmdebstrap', 'debian-archive-keyring']);
    expect(planSmokeSetup([need(X64, true)], machine())).toEqual({ packages: [], rootfs: [] });
  });

  it('Arch Linux packages need pacman; several targets share one list without duplicates', () => {
    const p = planSmokeSetup(
      [need(ARM, true, ['archlinux']), need(RISCV, true, ['deb', 'archlinux'])],
      machine({ commands: ['zstd', 'mmdebstrap'], files: [DEBIAN_KEYRING] }),
    );
    expect(names(p.packages)).toEqual([
      'qemu-user-static',
      'libc6-arm64-cross',
      'binfmt-support',
      'libc6-riscv64-cross',
      'pacman-package-manager',
    ]);
    expect(names(p.rootfs)).toEqual(['arch-test']);
  });

  it('a machine that has everything installs nothing', () => {
    expect(
      planSmokeSetup([need(ARM, true, ['deb', 'rpm', 'archlinux']), need(RISCV, true, ['rpm'])], EVERYTHING),
    ).toEqual({ packages: [], rootfs: [] });
  });
});

/** A PATH directory holding the given tools (as /bin/true). */
function pathWith(tools: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'distro-path-'));
  for (const t of tools) symlinkSync('/bin/true', path.join(dir, t));
  return dir;
}

/** Stands in for dpkg-query (nothing installed), apt-cache (every package at 1.0-1) and apt-get. */
function recordingApt(): { exec: AptExec; calls: string[][] } {
  const calls: string[][] = [];
  const exec: AptExec = async (argv) => {
    calls.push(argv);
    const names = argv.filter((a) => !a.startsWith('-') && !a.includes('='));
    if (argv[0] === 'dpkg-query') return { code: 1, stdout: '', output: '' };
    if (argv[0] === 'apt-cache') {
      const out = names
        .slice(2)
        .map((n) => `${n}:\n  Installed: (none)\n  Candidate: 1.0-1\n`)
        .join('');
      return { code: 0, stdout: out, output: out };
    }
    return { code: 0, stdout: '', output: '' };
  };
  return { exec, calls };
}

describe('installSmokePackages', () => {
  const items = [
    { name: 'qemu-user-static', why: 'emulator' },
    { name: 'rpm', why: 'rpm packages' },
  ];

  it('installs through sudo -n with the package cache, keyed by its own set name', async () => {
    const f = recordingApt();
    const log = memoryLogger();
    const temp = mkdtempSync(path.join(tmpdir(), 'distro-smoke-setup-'));
    const r = await installSmokePackages(items, 'smoke-tools', {
      env: { PATH: pathWith(['apt-get', 'sudo']), ImageOS: 'ubuntu24' },
      log,
      uid: 1001,
      tempDir: temp,
      cache: localPackageCache(path.join(temp, 'cache')),
      exec: f.exec,
      platform: 'linux',
    });
    expect(r).toMatchObject({ installed: ['qemu-user-static', 'rpm'], cache: 'miss' });
    expect(r!.key).toMatch(/^distro-apt-ubuntu24-[a-z0-9_]+-smoke-tools-[0-9a-f]{20}$/);
    const install = f.calls.find((c) => c.includes('install') && !c.includes('--print-uris'))!;
    expect(install.slice(0, 4)).toEqual(['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive']);
    expect(install).toContain(`Dir::Cache::archives=${path.join(temp, 'distro-apt-cache', 'smoke-tools')}/`);
    expect(install.slice(-2)).toEqual(['qemu-user-static', 'rpm']);
    expect(log.lines).toContain('needs rpm: rpm packages');
  });

  it('nothing to install: no apt at all', async () => {
    const f = recordingApt();
    const r = await installSmokePackages([], 'smoke-tools', {
      env: { PATH: pathWith(['apt-get']) },
      log: memoryLogger(),
      uid: 0,
      tempDir: tmpdir(),
      exec: f.exec,
    });
    expect(r).toBeUndefined();
    expect(f.calls).toEqual([]);
  });

  it('without apt-get it warns, naming each package and why, and leaves the error to the check that needs it', async () => {
    const f = recordingApt();
    const log = memoryLogger();
    const r = await installSmokePackages(items, 'smoke-tools', {
      env: { PATH: pathWith([]) },
      log,
      uid: 0,
      tempDir: tmpdir(),
      exec: f.exec,
      platform: 'linux',
    });
    expect(r).toBeUndefined();
    expect(f.calls).toEqual([]);
    expect(log.lines.join('\n')).toMatch(
      /warning: qemu-smoke-test needs qemu-user-static, rpm but cannot install them here \(no apt-get\): qemu-user-static \(emulator\); rpm \(rpm packages\)/,
    );
  });

  it('as a user without sudo: one error naming qemu-smoke-test and the way out', async () => {
    const err = await installSmokePackages(items, 'smoke-tools', {
      env: { PATH: pathWith(['apt-get']) },
      log: memoryLogger(),
      uid: 1001,
      tempDir: tmpdir(),
      exec: recordingApt().exec,
      platform: 'linux',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as Error).message).toMatch(
      /^qemu-smoke-test must install packages with apt-get, which needs root, but it runs as user 1001 and sudo is not on PATH/,
    );
  });
});

describe('the smoke stage asks for what its manifest needs', () => {
  /** A project whose dist holds an aarch64 binary, deb and rpm (their bytes do not matter here). */
  async function project(): Promise<string> {
    const ws = mkdtempSync(path.join(tmpdir(), 'distro-smoke-needs-'));
    writeFileSync(path.join(ws, 'distro.yml'), 'name: hello\n');
    const dist = path.join(ws, 'dist');
    const m = emptyManifest({ name: 'hello', version: '1.0.0' });
    const files: Array<[string, 'binary' | 'deb' | 'rpm']> = [
      [`build/${ARM.triple}/hello`, 'binary'],
      ['hello_1.0.0-1_arm64.deb', 'deb'],
      ['hello-1.0.0-1.aarch64.rpm', 'rpm'],
    ];
    for (const [rel, kind] of files) {
      mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
      writeFileSync(path.join(dist, rel), rel);
      addArtifact(
        m,
        await describeFile(dist, rel, {
          kind,
          stage: kind === 'binary' ? 'build' : 'package',
          target: ARM.triple,
        }),
      );
    }
    await writeManifest(dist, m);
    return ws;
  }

  /** Runs the stage on a bare machine without apt-get: it names what it would install, then fails on the emulator. */
  async function wanted(install: boolean): Promise<string> {
    const ws = await project();
    const log = memoryLogger();
    const err = await smokeStage({
      workspace: ws,
      env: { PATH: pathWith([]), RUNNER_TEMP: ws },
      log,
      store: new LocalArtifactStore(path.join(ws, 'artifacts')),
      upload: false,
      target: ARM.triple,
      install,
      uid: 0,
      probe: machine(),
    }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/qemu-aarch64 is not installed/);
    return log.lines.find((l) => l.includes('cannot install them here')) ?? '';
  }

  it('binaries, deb and rpm: the emulator, its binfmt handler, the C library, rpm and zstd', async () => {
    expect(await wanted(true)).toMatch(
      /needs qemu-user-static, libc6-arm64-cross, binfmt-support, rpm, zstd but cannot install/,
    );
  });

  it('install: false: the emulator and the C library only', async () => {
    expect(await wanted(false)).toMatch(/needs qemu-user-static, libc6-arm64-cross but cannot install/);
  });
});
