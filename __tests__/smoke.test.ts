/**
 * qemu-smoke-test with the real thing: examples/hello-c built for aarch64, armv7 and riscv64 with
 * Debian's cross compilers and packaged as deb and rpm by the package stage, examples/hello-go
 * built for the same three; the binaries run under qemu-user, the packages are installed, run,
 * removed and purged by dpkg and rpm in a Debian root filesystem of each target's architecture
 * (bookworm arm64 and armhf, trixie riscv64: mmdebstrap, made in parallel on the first run and
 * cached under /var/cache/distro-actions-tests/smoke-rootfs). Then broken inputs: a binary for the
 * wrong architecture, a failing postinst, a postinst that leaves a file behind, an rpm that does not
 * own its directory, output that does not match `expect`, a hanging command, no qemu, nothing to
 * test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { memoryLogger } from '../src/log.js';
import { LocalArtifactStore } from '../src/runner/artifacts.js';
import { ensureBinfmt, rootRunner } from '../src/smoke/host.js';
import { ensureRootfs, rootfsSpec, unpackRootfs } from '../src/smoke/rootfs.js';
import { buildStage } from '../src/stages/build.js';
import { packageStage } from '../src/stages/package.js';
import { SmokeFailedError, smokeStage, type SmokeStageResult } from '../src/stages/smoke.js';
import type { CheckResult } from '../src/smoke/report.js';
import { resolveTarget } from '../src/targets/index.js';
import { runsNatively } from '../src/targets/native.js';
import { noCache } from '../src/toolchain/cache.js';
import { copyExample } from './helpers/runner.js';

const ARM = 'aarch64-unknown-linux-gnu';
const ARMV7 = 'armv7-unknown-linux-gnueabihf';
const RISCV = 'riscv64gc-unknown-linux-gnu';
const TARGETS = [ARM, ARMV7, RISCV];
const ROOTFS = { dir: '/var/cache/distro-actions-tests/smoke-rootfs', cache: noCache };

/** The hello-c packages of each target (rpm sorts first: '-' before '_'), and its root filesystem. */
const PACKAGES: Record<string, { rpm: string; deb: string; root: string }> = {
  [ARM]: { rpm: 'hello-1.2.3-1.aarch64.rpm', deb: 'hello_1.2.3-1_arm64.deb', root: 'bookworm arm64' },
  [ARMV7]: { rpm: 'hello-1.2.3-1.armv7hl.rpm', deb: 'hello_1.2.3-1_armhf.deb', root: 'bookworm armhf' },
  [RISCV]: { rpm: 'hello-1.2.3-1.riscv64.rpm', deb: 'hello_1.2.3-1_riscv64.deb', root: 'trixie riscv64' },
};

/**
 * Makes (or finds) the root filesystems of `targets` concurrently: each is one mmdebstrap run on the
 * first run, then a cached tarball, unpacked once. The smoke stage then finds them in ROOTFS.
 */
async function prepareRoots(targets: string[]): Promise<string[]> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  const o = { env, log: memoryLogger(), asRoot: rootRunner(process.getuid?.(), env) };
  return Promise.all(
    targets.map(async (t) => {
      const target = resolveTarget(t, 'test');
      // as the stage does: the kernel must run the target's programs before mmdebstrap builds its root
      const prepare = async () => void (await ensureBinfmt(target, o));
      const tarball = await ensureRootfs(rootfsSpec(target), ROOTFS, { ...o, prepare });
      await unpackRootfs(tarball.file, o);
      return `${t}: ${tarball.source} in ${(tarball.ms / 1000).toFixed(1)} s`;
    }),
  );
}

interface Project {
  dir: string;
  base: string;
  store: LocalArtifactStore;
  env: Record<string, string | undefined>;
}

function project(example: string, name: string, edit?: (dir: string) => void): Project {
  const base = mkdtempSync(path.join(tmpdir(), `distro-smoke-${name}-`));
  const dir = path.join(base, 'project');
  copyExample(example, dir);
  edit?.(dir);
  mkdirSync(path.join(base, 'temp'));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GOCACHE: process.env.GOCACHE ?? path.join(tmpdir(), 'distro-smoke-gocache'),
    SOURCE_DATE_EPOCH: '1700000000',
    RUNNER_TEMP: path.join(base, 'temp'),
  };
  return { dir, base, store: new LocalArtifactStore(path.join(base, 'artifacts')), env };
}

function common(p: Project, version = '1.2.3') {
  return { workspace: p.dir, env: p.env, log: memoryLogger(), store: p.store, version };
}

async function buildAndPackage(p: Project, targets: string[], formats: string[], version = '1.2.3') {
  for (const target of targets) {
    await buildStage({ ...common(p, version), target, upload: false });
    if (formats.length) await packageStage({ ...common(p, version), target, formats, upload: false });
  }
}

async function smoke(
  p: Project,
  o: Partial<Parameters<typeof smokeStage>[0]> = {},
): Promise<{ result: SmokeStageResult; error?: SmokeFailedError }> {
  try {
    const result = await smokeStage({ ...common(p), rootfsStore: ROOTFS, uid: process.getuid?.(), ...o });
    return { result };
  } catch (e) {
    if (e instanceof SmokeFailedError) return { result: e.result, error: e };
    throw e;
  }
}

const row = (r: CheckResult) => `${r.subject} ${r.check} ${r.status}`;

/** The JUnit file, checked by Python's XML parser (not ours): suites, cases, failures. */
function readJunit(file: string): { suites: string[]; tests: number; failures: number; cases: string[] } {
  const out = execFileSync(
    'python3',
    [
      '-c',
      `import sys, json, xml.etree.ElementTree as E
r = E.parse(sys.argv[1]).getroot()
print(json.dumps({"suites": [s.get("name") for s in r.iter("testsuite")], "tests": int(r.get("tests")),
  "failures": int(r.get("failures")),
  "cases": [c.get("classname") + " | " + c.get("name") + (" | FAIL " + c.find("failure").get("message") if c.find("failure") is not None else "") for c in r.iter("testcase")]}))`,
      file,
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as ReturnType<typeof readJunit>;
}

/** Removes `{ dst: /etc/hello, type: dir }` from the example's contents: the rpm no longer owns it. */
function disownEtcHello(dir: string): void {
  const file = path.join(dir, 'distro.yml');
  const lines = readFileSync(file, 'utf8').split('\n');
  const kept = lines.filter((l) => !l.includes('{ dst: /etc/hello, type: dir }'));
  expect(kept).toHaveLength(lines.length - 1);
  writeFileSync(file, kept.join('\n'));
}

describe('hello-c for aarch64, armv7 and riscv64: binaries and packages pass', () => {
  let p: Project;
  let run: { result: SmokeStageResult; error?: SmokeFailedError };
  let roots: string[];

  beforeAll(async () => {
    p = project('hello-c', 'ok');
    // The root filesystems (minutes each the first time, under emulation) while the builds run.
    [roots] = await Promise.all([prepareRoots(TARGETS), buildAndPackage(p, TARGETS, ['deb', 'rpm'])]);
    run = await smoke(p, {});
  }, 1_800_000);

  it('passes every check of every target', () => {
    expect(run.error?.message).toBeUndefined();
    expect(roots).toHaveLength(3);
    expect(run.result.targets).toEqual(TARGETS);
    expect(run.result.results.map(row)).toEqual(
      TARGETS.flatMap((t) => [
        `build/${t}/hello run passed`,
        `${PACKAGES[t]!.rpm} install passed`,
        `${PACKAGES[t]!.rpm} command passed`,
        `${PACKAGES[t]!.rpm} remove passed`,
        `${PACKAGES[t]!.deb} install passed`,
        `${PACKAGES[t]!.deb} command passed`,
        `${PACKAGES[t]!.deb} remove passed`,
        `${PACKAGES[t]!.deb} purge passed`,
      ]),
    );
    expect(run.result.passed).toBe(24);
    expect(run.result.failed).toBe(0);
    // Every run of the smoke command, on the host under qemu and inside each root, printed the version.
    const runs = run.result.results.filter((r) => r.check === 'run' || r.check === 'command');
    expect(runs).toHaveLength(9);
    for (const r of runs) {
      expect(r.command).toBe('hello --version');
      expect(r.stdout).toMatch(/^hello 1\.2\.3/);
    }
  });

  it('the rpm owns /etc/hello (contents has it as a dir), so erasing it leaves nothing', () => {
    for (const t of TARGETS) {
      const rpm = path.join(p.dir, 'dist', PACKAGES[t]!.rpm);
      const owned = execFileSync('rpm', ['-qlp', rpm], { encoding: 'utf8' }).trim().split('\n');
      expect(owned).toEqual(
        expect.arrayContaining(['/etc/hello', '/etc/hello/hello.conf', '/usr/bin/hello']),
      );
    }
  });

  it('ran the real binary under qemu and kept its output, which qemu itself reproduces', () => {
    const qemu: Record<string, [string, string]> = {
      [ARM]: ['qemu-aarch64', '/usr/aarch64-linux-gnu'],
      [ARMV7]: ['qemu-arm', '/usr/arm-linux-gnueabihf'],
      [RISCV]: ['qemu-riscv64', '/usr/riscv64-linux-gnu'],
    };
    for (const t of TARGETS) {
      const res = run.result.results.find((r) => r.target === t && r.check === 'run')!;
      expect(res.command).toBe('hello --version'); // smoke.command of the example
      const [emu, sysroot] = qemu[t]!;
      const bin = path.join(p.dir, 'dist', 'build', t, 'hello');
      const direct = execFileSync(emu, ['-L', sysroot, bin, '--version'], { encoding: 'utf8' });
      expect(res.stdout).toBe(direct);
      expect(direct).toMatch(/^hello 1\.2\.3/);
      const log = readFileSync(path.join(p.dir, 'dist', res.log!), 'utf8');
      expect(log).toContain(direct.trim());
      expect(log).toMatch(/# exit 0/);
    }
  });

  it('each deb ran inside its own root, and dpkg ran its postinst there', () => {
    for (const t of TARGETS) {
      const deb = PACKAGES[t]!.deb;
      const log = readFileSync(path.join(p.dir, 'dist', 'smoke', t, 'logs', `${deb}.log`), 'utf8');
      expect(log).toMatch(
        new RegExp(`\\$ .*chroot .* dpkg -i /tmp/distro-smoke/${deb.replace(/\./g, '\\.')}`),
      );
      expect(log).toContain("hello is installed: run 'hello --version'"); // the example's postinstall
      expect(log).toMatch(/Setting up hello \(1\.2\.3-1\)/);
      expect(log).toMatch(/Purging configuration files for hello/);
      expect(log).toMatch(/config files: \/etc\/hello\/hello\.conf/);
    }
    expect(run.result.results.filter((r) => r.check === 'install').map((r) => r.log)).toHaveLength(6);
  });

  it('each rpm went in with rpm --root, its scriptlet ran in the root, and rpm -e removed all of it', () => {
    for (const t of TARGETS) {
      const rpm = PACKAGES[t]!.rpm;
      const log = readFileSync(path.join(p.dir, 'dist', 'smoke', t, 'logs', `${rpm}.log`), 'utf8');
      expect(log).toMatch(/\$ .*rpm --root \S+ --dbpath \/var\/lib\/rpm -U --nodeps --ignorearch /);
      expect(log).toContain("hello is installed: run 'hello --version'");
      expect(log).toMatch(/# hello 1\.2\.3-1: \d+ paths, config files: \/etc\/hello\/hello\.conf/);
      expect(log).toMatch(/rpm --root \S+ --dbpath \/var\/lib\/rpm -e --nodeps hello/);
    }
  });

  it("the roots are of the targets' architectures and suites", () => {
    for (const t of TARGETS) {
      const [suite, arch] = PACKAGES[t]!.root.split(' ');
      const spec = rootfsSpec(resolveTarget(t, 'test'));
      expect([spec.suite, spec.arch]).toEqual([suite, arch]);
      const base = readdirSync(ROOTFS.dir).find(
        (d) => d.startsWith(`distro-rootfs-v1-${suite}-${arch}-minbase-`) && !d.endsWith('.tar.zst'),
      );
      expect(base).toBeDefined();
      const status = readFileSync(path.join(ROOTFS.dir, base!, 'var/lib/dpkg/status'), 'utf8');
      expect(status).toMatch(new RegExp(`^Package: dpkg\\n(?:.+\\n)*?Architecture: ${arch}$`, 'm'));
    }
  });

  it('writes a JUnit report (one testsuite per target) that an XML parser reads, in the manifest and the artifact', () => {
    const report = path.join(p.dir, 'dist', 'smoke', 'junit.xml');
    expect(run.result.report).toBe(report);
    const all = readJunit(report);
    expect(all.suites).toEqual(TARGETS);
    expect(all.tests).toBe(24);
    expect(all.failures).toBe(0);
    for (const t of TARGETS) {
      expect(all.cases).toContain(`${t}.${PACKAGES[t]!.deb} | purge`);
      expect(all.cases).toContain(`${t}.${PACKAGES[t]!.rpm} | remove`);
    }
    const mine = readJunit(path.join(p.dir, 'dist', 'smoke', ARM, 'junit.xml'));
    expect(mine.suites).toEqual([ARM]);
    expect(mine.tests).toBe(8);
    const manifest = JSON.parse(readFileSync(path.join(p.dir, 'dist', 'manifest.json'), 'utf8')) as {
      artifacts: Array<{ path: string; kind: string; stage: string; sha256?: string }>;
    };
    const reports = manifest.artifacts.filter((a) => a.stage === 'smoke');
    expect(reports.every((a) => a.kind === 'report')).toBe(true);
    expect(run.result.artifactName.split('\n')).toEqual(TARGETS.map((t) => `distro-smoke-${t}`));
    for (const t of TARGETS) {
      expect(reports.map((a) => a.path)).toContain(`smoke/${t}/junit.xml`);
      const uploaded = path.join(p.base, 'artifacts', `distro-smoke-${t}`);
      expect(readdirSync(path.join(uploaded, 'smoke', t, 'logs')).sort()).toEqual([
        `build_${t}_hello.log`,
        `${PACKAGES[t]!.rpm}.log`,
        `${PACKAGES[t]!.deb}.log`,
      ]);
      expect(
        execFileSync('sha256sum', ['-b', path.join(uploaded, 'smoke', t, 'junit.xml')], { encoding: 'utf8' }),
      ).toContain(manifest.artifacts.find((a) => a.path === `smoke/${t}/junit.xml`)!.sha256!);
    }
  });
});

describe('hello-go for aarch64, armv7 and riscv64', () => {
  it('the example makes no packages; its static binaries run under qemu', async () => {
    const p = project('hello-go', 'go');
    expect(readFileSync(path.join(p.dir, 'distro.yml'), 'utf8')).toMatch(/^formats: \[tar\.gz, zip\]$/m);
    await buildAndPackage(p, TARGETS, []);
    for (const t of TARGETS) {
      const file = execFileSync('file', ['-b', path.join(p.dir, 'dist', 'build', t, 'hello')], {
        encoding: 'utf8',
      });
      expect(file).toMatch(/statically linked/);
    }
    const { result, error } = await smoke(p);
    expect(error?.message).toBeUndefined();
    expect(result.targets).toEqual(TARGETS);
    expect(result.results.map(row)).toEqual(TARGETS.map((t) => `build/${t}/hello run passed`));
    for (const r of result.results) expect(r.stdout).toMatch(/hello/);
    expect(readJunit(result.report).tests).toBe(3);
  }, 600_000);
});

// i686: run natively where the kernel can (IA32 emulation), else under qemu-i386 — this machine's
// kernel has none, so here both the binaries and the packages' commands go through qemu-i386.
describe('i686: hello-c (binary and deb) and hello-go', () => {
  const I686 = 'i686-unknown-linux-gnu';

  it('pass, through qemu-i386 where this kernel cannot run 32-bit x86 itself', async () => {
    const c = project('hello-c', 'i686-c');
    await buildAndPackage(c, [I686], ['deb']);
    const go = project('hello-go', 'i686-go');
    await buildAndPackage(go, [I686], []);
    const bin = path.join(go.dir, 'dist', 'build', I686, 'hello');
    expect(execFileSync('file', ['-b', bin], { encoding: 'utf8' })).toMatch(
      /ELF 32-bit LSB executable, Intel 80386/,
    );
    if (!runsNatively(resolveTarget(I686))) {
      // Without preemption signals off, Go's 386 runtime dies under qemu-i386 ("bad g in signal handler").
      const r = spawnSync('qemu-i386', ['-E', 'GODEBUG=asyncpreemptoff=1', bin, '--version'], {
        encoding: 'utf8',
      });
      expect(r.stdout).toBe('hello 1.2.3\n');
    }

    const cr = await smoke(c, { target: I686 });
    expect(cr.error?.message).toBeUndefined();
    expect(cr.result.results.map(row)).toEqual([
      `build/${I686}/hello run passed`,
      'hello_1.2.3-1_i386.deb install passed',
      'hello_1.2.3-1_i386.deb command passed',
      'hello_1.2.3-1_i386.deb remove passed',
      'hello_1.2.3-1_i386.deb purge passed',
    ]);
    for (const r of cr.result.results.filter((x) => x.check === 'run' || x.check === 'command'))
      expect(r.stdout).toMatch(/hello 1\.2\.3/);

    const gr = await smoke(go, { target: I686 });
    expect(gr.error?.message).toBeUndefined();
    expect(gr.result.results.map(row)).toEqual([`build/${I686}/hello run passed`]);
    expect(gr.result.results[0]!.stdout).toBe('hello 1.2.3\n');
  }, 900_000);
});

describe('broken inputs fail with a report that says which and why', () => {
  it('a binary for the wrong architecture', async () => {
    const p = project('hello-c', 'arch');
    await buildAndPackage(p, [ARM], []);
    // The host's build in the aarch64 slot: the manifest says aarch64, the file is x86-64.
    await buildStage({ ...common(p), target: 'x86_64-unknown-linux-gnu', upload: false });
    const arm = path.join(p.dir, 'dist', 'build', ARM, 'hello');
    copyFileSync(path.join(p.dir, 'dist', 'build', 'x86_64-unknown-linux-gnu', 'hello'), arm);
    // qemu itself refuses it.
    expect(spawnSync('qemu-aarch64', ['-L', '/usr/aarch64-linux-gnu', arm, '--version']).status).not.toBe(0);
    const { result, error } = await smoke(p, { target: ARM, install: false });
    expect(error).toBeInstanceOf(SmokeFailedError);
    expect(result.failed).toBe(1);
    const f = result.results[0]!;
    expect(f.message).toMatch(
      /build\/aarch64-unknown-linux-gnu\/hello is an ELF 64-bit little-endian x86-64 binary, not aarch64/,
    );
    expect(error!.message).toContain(`${ARM} build/${ARM}/hello run:`);
    // The report is written before the failure.
    const junit = readJunit(result.report);
    expect(junit.failures).toBe(1);
    expect(junit.cases[0]).toMatch(/FAIL .*x86-64/);
  }, 300_000);

  it('output that does not match expect, and a hanging command killed at its timeout', async () => {
    const p = project('hello-c', 'expect');
    await buildAndPackage(p, [ARM], ['deb']);
    const wrong = await smoke(p, { target: ARM, install: false, expect: '/^goodbye/m' });
    expect(wrong.result.results.map(row)).toEqual([`build/${ARM}/hello run failed`]);
    expect(wrong.result.results[0]!.message).toBe('output does not match expect /^goodbye/m');
    expect(wrong.result.results[0]!.output).toMatch(/^hello 1\.2\.3/);

    // In the root, `sleep 37.25` hangs past the 2 s timeout; the binary's own run (hello
    // --version, the command naming no binary) passes.
    const marker = '37.25';
    const t0 = Date.now();
    const hang = await smoke(p, { target: ARM, command: ['sleep', marker], timeout: 2 });
    expect(hang.result.results.map(row)).toEqual([
      `build/${ARM}/hello run passed`,
      'hello_1.2.3-1_arm64.deb install passed',
      'hello_1.2.3-1_arm64.deb command failed',
      'hello_1.2.3-1_arm64.deb remove passed',
      'hello_1.2.3-1_arm64.deb purge passed',
    ]);
    expect(hang.result.results[2]!.message).toBe('timed out after 2 s (the process group was killed)');
    expect(Date.now() - t0).toBeLessThan(120_000);
    // Nothing of it still runs.
    const alive = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(`sleep\0${marker}`);
        } catch {
          return false;
        }
      });
    expect(alive).toEqual([]);
    expect(readFileSync(path.join(p.dir, 'dist', hang.result.results[2]!.log!), 'utf8')).toMatch(
      /# timed out after 2 s/,
    );
  }, 600_000);

  it('a package whose postinst fails, and one whose postinst leaves a file behind after purge', async () => {
    const failing = project('hello-c', 'postinst', (dir) =>
      writeFileSync(
        path.join(dir, 'packaging', 'postinstall.sh'),
        '#!/bin/sh\necho "cannot set up hello" >&2\nexit 3\n',
      ),
    );
    await buildAndPackage(failing, [ARM], ['deb']);
    const bad = await smoke(failing, { target: ARM });
    expect(bad.result.results.map(row)).toEqual([
      `build/${ARM}/hello run passed`,
      'hello_1.2.3-1_arm64.deb install failed',
    ]);
    const inst = bad.result.results[1]!;
    expect(inst.message).toMatch(
      /^exit 1: .*post-installation script subprocess returned error exit status 3/,
    );
    expect(inst.output).toContain('cannot set up hello');

    const litter = project('hello-c', 'litter', (dir) =>
      writeFileSync(
        path.join(dir, 'packaging', 'postinstall.sh'),
        '#!/bin/sh\nset -e\nmkdir -p /var/lib/hello\necho state > /var/lib/hello/state\n',
      ),
    );
    await buildAndPackage(litter, [ARM], ['deb']);
    const left = await smoke(litter, { target: ARM });
    expect(left.result.results.map(row)).toEqual([
      `build/${ARM}/hello run passed`,
      'hello_1.2.3-1_arm64.deb install passed',
      'hello_1.2.3-1_arm64.deb command passed',
      'hello_1.2.3-1_arm64.deb remove passed',
      'hello_1.2.3-1_arm64.deb purge failed',
    ]);
    expect(left.result.results[4]!.message).toBe('2 path(s) of hello left behind after purge');
    expect(left.result.results[4]!.output).toBe('/var/lib/hello\n/var/lib/hello/state');
  }, 600_000);

  it('an rpm owns the directories it creates; what its script leaves behind is still found', async () => {
    // The example without its `{ dst: /etc/hello, type: dir }` line: the rpm writer owns
    // /etc/hello anyway (Fedora's rule), so erasing it removes the directory. The postinstall
    // script litters /var/lib/hello, which the check must still report.
    const p = project('hello-c', 'rpmdir', (dir) => {
      disownEtcHello(dir);
      writeFileSync(
        path.join(dir, 'packaging', 'postinstall.sh'),
        '#!/bin/sh\nset -e\nmkdir -p /var/lib/hello\necho state > /var/lib/hello/state\n',
      );
    });
    await buildAndPackage(p, [ARM], ['rpm']);
    const rpm = path.join(p.dir, 'dist', 'hello-1.2.3-1.aarch64.rpm');
    const owned = execFileSync('rpm', ['-qlp', rpm], { encoding: 'utf8' }).trim().split('\n');
    expect(owned).toContain('/etc/hello/hello.conf');
    expect(owned).toContain('/etc/hello');
    const { result } = await smoke(p, { target: ARM });
    expect(result.results.map(row)).toEqual([
      `build/${ARM}/hello run passed`,
      'hello-1.2.3-1.aarch64.rpm install passed',
      'hello-1.2.3-1.aarch64.rpm command passed',
      'hello-1.2.3-1.aarch64.rpm remove failed',
    ]);
    expect(result.results[3]!.message).toBe('2 path(s) of hello left behind after remove');
    expect(result.results[3]!.output).toBe('/var/lib/hello\n/var/lib/hello/state');
  }, 600_000);

  it('an Arch Linux package goes in with pacman --root, runs, and pacman -R removes all of it', async () => {
    const p = project('hello-c', 'pacman');
    await buildAndPackage(p, [ARM], ['archlinux']);
    const pkg = 'hello-1.2.3-1-aarch64.pkg.tar.zst';
    expect(existsSync(path.join(p.dir, 'dist', pkg))).toBe(true);
    const { result, error } = await smoke(p, { target: ARM });
    expect(error?.message).toBeUndefined();
    expect(result.results.map(row)).toEqual([
      `build/${ARM}/hello run passed`,
      `${pkg} install passed`,
      `${pkg} command passed`,
      `${pkg} remove passed`,
    ]);
    const log = readFileSync(path.join(p.dir, 'dist', result.results[1]!.log!), 'utf8');
    expect(log).toMatch(
      /pacman --root \S+ --dbpath \S+ .*--arch aarch64 --noconfirm --noprogressbar -U --nodeps --nodeps /,
    );
    expect(log).toMatch(/installing hello/);
  }, 600_000);

  it('an upgrade from the previous release', async () => {
    const p = project('hello-c', 'upgrade');
    await buildAndPackage(p, [ARM], ['deb'], '1.0.0');
    const old = path.join(p.base, 'hello_1.0.0-1_arm64.deb');
    copyFileSync(path.join(p.dir, 'dist', 'hello_1.0.0-1_arm64.deb'), old);
    copyFileSync(old, path.join(p.dir, 'previous.deb'));
    const p2 = { ...p };
    execFileSync('rm', ['-rf', path.join(p.dir, 'dist')]);
    await buildAndPackage(p2, [ARM], ['deb'], '1.2.3');
    const { result, error } = await smoke(p2, { target: ARM, upgradeFrom: ['previous.deb'] });
    expect(error?.message).toBeUndefined();
    expect(result.results.map(row)).toEqual([
      `build/${ARM}/hello run passed`,
      'hello_1.2.3-1_arm64.deb install previous 1.0.0-1 passed',
      'hello_1.2.3-1_arm64.deb upgrade passed',
      'hello_1.2.3-1_arm64.deb command passed',
      'hello_1.2.3-1_arm64.deb remove passed',
      'hello_1.2.3-1_arm64.deb purge passed',
    ]);
    const log = readFileSync(path.join(p.dir, 'dist', result.results[2]!.log!), 'utf8');
    expect(log).toMatch(/Unpacking hello \(1\.2\.3-1\) over \(1\.0\.0-1\)/);
  }, 600_000);
});

describe('bad input', () => {
  let p: Project;
  beforeAll(async () => {
    p = project('hello-c', 'bad');
    await buildAndPackage(p, [ARM], []);
  }, 300_000);

  it('no qemu for the target: names the package that provides it', async () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'distro-noqemu-'));
    const err = await smoke({ ...p, env: { ...p.env, PATH: bin } }, { target: ARM, install: false }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DistroError);
    expect((err as DistroError).message).toMatch(
      /qemu-aarch64 is not installed .*apt-get install qemu-user.*qemu-user-static/,
    );
    expect((err as DistroError).key).toBe('input: target');
  });

  it('nothing for the requested target in the manifest', async () => {
    const err = await smoke(p, { target: 'riscv64' }).catch((e: unknown) => e);
    expect((err as DistroError).message).toMatch(
      /no binaries or packages for riscv64gc-unknown-linux-gnu in .*manifest\.json; download them first with from: distro-build-riscv64gc-unknown-linux-gnu/,
    );
    expect(existsSync(path.join(p.dir, 'dist', 'smoke', 'riscv64gc-unknown-linux-gnu'))).toBe(false);
  });

  it('an invalid expect regex names the input', async () => {
    const err = await smoke(p, { target: ARM, expect: '/(/' }).catch((e: unknown) => e);
    expect((err as DistroError).message).toMatch(
      /^input: expect: '\/\(\/' is not a valid regular expression/,
    );
  });
});
