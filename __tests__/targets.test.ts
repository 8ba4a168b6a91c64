import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TARGETS, checkBinary, findTarget, hostTarget, isHost, resolveTarget } from '../src/targets/index.js';
import type { Target } from '../src/targets/index.js';
import { DistroError } from '../src/errors.js';
import { i386UnameProbe, qemuEnvArgs, runsNatively } from '../src/targets/native.js';

/**
 * Independent expectations, written out by hand from each ecosystem's documentation:
 * triple: [os, arch, debian, rpm, alpine, archlinux, goos/goarch[/goarm], docker, qemu, gnu, exe, binary]
 */
type Row = [
  string,
  string,
  string?,
  string?,
  string?,
  string?,
  string?,
  string?,
  string?,
  string?,
  string?,
  string?,
];
const L = '';
// prettier-ignore
const EXPECTED: Record<string, Row> = {
  'x86_64-unknown-linux-gnu': ['linux', 'amd64', 'amd64', 'x86_64', 'x86_64', 'x86_64', 'linux/amd64', 'linux/amd64', 'qemu-x86_64', 'x86_64-linux-gnu', L, 'elf/62/64/le'],
  'i686-unknown-linux-gnu': ['linux', '386', 'i386', 'i686', 'x86', 'i686', 'linux/386', 'linux/386', 'qemu-i386', 'i686-linux-gnu', L, 'elf/3/32/le'],
  'aarch64-unknown-linux-gnu': ['linux', 'arm64', 'arm64', 'aarch64', 'aarch64', 'aarch64', 'linux/arm64', 'linux/arm64', 'qemu-aarch64', 'aarch64-linux-gnu', L, 'elf/183/64/le'],
  'armv7-unknown-linux-gnueabihf': ['linux', 'armv7', 'armhf', 'armv7hl', 'armv7', 'armv7h', 'linux/arm/7', 'linux/arm/v7', 'qemu-arm', 'arm-linux-gnueabihf', L, 'elf/40/32/le'],
  'riscv64gc-unknown-linux-gnu': ['linux', 'riscv64', 'riscv64', 'riscv64', 'riscv64', 'riscv64', 'linux/riscv64', 'linux/riscv64', 'qemu-riscv64', 'riscv64-linux-gnu', L, 'elf/243/64/le'],
  'powerpc64le-unknown-linux-gnu': ['linux', 'ppc64le', 'ppc64el', 'ppc64le', 'ppc64le', undefined, 'linux/ppc64le', 'linux/ppc64le', 'qemu-ppc64le', 'powerpc64le-linux-gnu', L, 'elf/21/64/le'],
  's390x-unknown-linux-gnu': ['linux', 's390x', 's390x', 's390x', 's390x', undefined, 'linux/s390x', 'linux/s390x', 'qemu-s390x', 's390x-linux-gnu', L, 'elf/22/64/be'],
  'x86_64-unknown-linux-musl': ['linux', 'amd64', 'amd64', 'x86_64', 'x86_64', 'x86_64', 'linux/amd64', 'linux/amd64', 'qemu-x86_64', 'x86_64-linux-musl', L, 'elf/62/64/le'],
  'i686-unknown-linux-musl': ['linux', '386', 'i386', 'i686', 'x86', 'i686', 'linux/386', 'linux/386', 'qemu-i386', 'i686-linux-musl', L, 'elf/3/32/le'],
  'aarch64-unknown-linux-musl': ['linux', 'arm64', 'arm64', 'aarch64', 'aarch64', 'aarch64', 'linux/arm64', 'linux/arm64', 'qemu-aarch64', 'aarch64-linux-musl', L, 'elf/183/64/le'],
  'armv7-unknown-linux-musleabihf': ['linux', 'armv7', 'armhf', 'armv7hl', 'armv7', 'armv7h', 'linux/arm/7', 'linux/arm/v7', 'qemu-arm', 'arm-linux-musleabihf', L, 'elf/40/32/le'],
  'riscv64gc-unknown-linux-musl': ['linux', 'riscv64', 'riscv64', 'riscv64', 'riscv64', 'riscv64', 'linux/riscv64', 'linux/riscv64', 'qemu-riscv64', 'riscv64-linux-musl', L, 'elf/243/64/le'],
  'powerpc64le-unknown-linux-musl': ['linux', 'ppc64le', 'ppc64el', 'ppc64le', 'ppc64le', undefined, 'linux/ppc64le', 'linux/ppc64le', 'qemu-ppc64le', 'powerpc64le-linux-musl', L, 'elf/21/64/le'],
  's390x-unknown-linux-musl': ['linux', 's390x', 's390x', 's390x', 's390x', undefined, 'linux/s390x', 'linux/s390x', 'qemu-s390x', 's390x-linux-musl', L, 'elf/22/64/be'],
  'x86_64-pc-windows-msvc': ['windows', 'amd64', undefined, undefined, undefined, undefined, 'windows/amd64', 'windows/amd64', undefined, 'x86_64-pc-windows-msvc', '.exe', 'pe/34404/64/le'],
  'aarch64-pc-windows-msvc': ['windows', 'arm64', undefined, undefined, undefined, undefined, 'windows/arm64', 'windows/arm64', undefined, 'aarch64-pc-windows-msvc', '.exe', 'pe/43620/64/le'],
  'x86_64-pc-windows-gnu': ['windows', 'amd64', undefined, undefined, undefined, undefined, 'windows/amd64', 'windows/amd64', undefined, 'x86_64-w64-mingw32', '.exe', 'pe/34404/64/le'],
  'i686-pc-windows-gnu': ['windows', '386', undefined, undefined, undefined, undefined, 'windows/386', 'windows/386', undefined, 'i686-w64-mingw32', '.exe', 'pe/332/32/le'],
  'x86_64-apple-darwin': ['darwin', 'amd64', undefined, undefined, undefined, undefined, 'darwin/amd64', 'darwin/amd64', undefined, 'x86_64-apple-darwin', L, 'macho/16777223/64/le'],
  'aarch64-apple-darwin': ['darwin', 'arm64', undefined, undefined, undefined, undefined, 'darwin/arm64', 'darwin/arm64', undefined, 'aarch64-apple-darwin', L, 'macho/16777228/64/le'],
  'x86_64-unknown-freebsd': ['freebsd', 'amd64', undefined, undefined, undefined, undefined, 'freebsd/amd64', 'freebsd/amd64', undefined, 'x86_64-unknown-freebsd', L, 'elf/62/64/le'],
};

describe('target table', () => {
  it('has exactly the expected triples', () => {
    expect(TARGETS.map((t) => t.triple).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(TARGETS.map((t) => [t.triple, t] as const))('%s has the right names', (triple, t) => {
    const [os, arch, debian, rpm, alpine, archlinux, go, docker, qemu, gnu, exe, binary] = EXPECTED[triple];
    expect(t.os).toBe(os);
    expect(t.arch).toBe(arch);
    expect(t.debian).toBe(debian);
    expect(t.rpm).toBe(rpm);
    expect(t.alpine).toBe(alpine);
    expect(t.archlinux).toBe(archlinux);
    expect([t.go.goos, t.go.goarch, t.go.goarm].filter((x) => x !== undefined).join('/')).toBe(go);
    expect(t.docker).toBe(docker);
    expect(t.qemu).toBe(qemu);
    expect(t.gnu).toBe(gnu);
    expect(t.exe).toBe(exe);
    expect(`${t.binary.format}/${t.binary.machine}/${t.binary.bits}/${t.binary.endian}`).toBe(binary);
    // The triple spells out os and abi.
    expect(triple.startsWith(`${t.cpu}-`)).toBe(true);
    expect(triple.endsWith(t.abi)).toBe(true);
    expect(triple).toContain(t.os === 'darwin' ? 'apple-darwin' : t.os);
    // It resolves from its own triple, in any case.
    expect(resolveTarget(triple)).toBe(t);
    expect(resolveTarget(triple.toUpperCase())).toBe(t);
    for (const a of t.aliases) expect(resolveTarget(a)).toBe(t);
  });

  it('no name (triple or alias) maps to two targets', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of TARGETS) {
      for (const n of new Set([t.triple, ...t.aliases].map((x) => x.toLowerCase()))) {
        const o = owner.get(n);
        if (o !== undefined && o !== t.triple) clashes.push(`${n}: ${o} and ${t.triple}`);
        owner.set(n, t.triple);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('rows are frozen', () => {
    expect(Object.isFrozen(TARGETS)).toBe(true);
    expect(() => {
      (TARGETS[0] as Target).debian = 'x';
    }).toThrow(TypeError);
  });
});

describe('resolveTarget', () => {
  const cases: [string, string][] = [
    // Docker platforms
    ['linux/amd64', 'x86_64-unknown-linux-gnu'],
    ['linux/386', 'i686-unknown-linux-gnu'],
    ['linux/arm64', 'aarch64-unknown-linux-gnu'],
    ['linux/arm64/v8', 'aarch64-unknown-linux-gnu'],
    ['linux/arm/v7', 'armv7-unknown-linux-gnueabihf'],
    ['linux/riscv64', 'riscv64gc-unknown-linux-gnu'],
    ['linux/ppc64le', 'powerpc64le-unknown-linux-gnu'],
    ['linux/s390x', 's390x-unknown-linux-gnu'],
    ['windows/amd64', 'x86_64-pc-windows-msvc'],
    ['windows/arm64', 'aarch64-pc-windows-msvc'],
    ['windows/386', 'i686-pc-windows-gnu'],
    ['darwin/amd64', 'x86_64-apple-darwin'],
    ['darwin/arm64', 'aarch64-apple-darwin'],
    ['freebsd/amd64', 'x86_64-unknown-freebsd'],
    // Go goos/goarch (linux/arm is GOARM 7)
    ['linux/arm', 'armv7-unknown-linux-gnueabihf'],
    // bare architecture names: Linux glibc
    ['amd64', 'x86_64-unknown-linux-gnu'],
    ['x86_64', 'x86_64-unknown-linux-gnu'],
    ['x64', 'x86_64-unknown-linux-gnu'],
    ['arm64', 'aarch64-unknown-linux-gnu'],
    ['aarch64', 'aarch64-unknown-linux-gnu'],
    ['armhf', 'armv7-unknown-linux-gnueabihf'],
    ['armv7', 'armv7-unknown-linux-gnueabihf'],
    ['arm', 'armv7-unknown-linux-gnueabihf'],
    ['i386', 'i686-unknown-linux-gnu'],
    ['i686', 'i686-unknown-linux-gnu'],
    ['386', 'i686-unknown-linux-gnu'],
    ['x86', 'i686-unknown-linux-gnu'],
    ['riscv64', 'riscv64gc-unknown-linux-gnu'],
    ['ppc64le', 'powerpc64le-unknown-linux-gnu'],
    ['ppc64el', 'powerpc64le-unknown-linux-gnu'],
    ['s390x', 's390x-unknown-linux-gnu'],
    // Debian-style and other spellings
    ['linux-arm64', 'aarch64-unknown-linux-gnu'],
    ['linux-amd64', 'x86_64-unknown-linux-gnu'],
    ['macos-arm64', 'aarch64-apple-darwin'],
    ['macos-x86_64', 'x86_64-apple-darwin'],
    ['windows-amd64', 'x86_64-pc-windows-msvc'],
    // GNU triples of the cross compilers
    ['aarch64-linux-gnu', 'aarch64-unknown-linux-gnu'],
    ['arm-linux-gnueabihf', 'armv7-unknown-linux-gnueabihf'],
    ['x86_64-linux-musl', 'x86_64-unknown-linux-musl'],
    ['aarch64-linux-musl', 'aarch64-unknown-linux-musl'],
    ['x86_64-w64-mingw32', 'x86_64-pc-windows-gnu'],
    ['i686-w64-mingw32', 'i686-pc-windows-gnu'],
    // case and blanks
    ['LINUX/ARM64', 'aarch64-unknown-linux-gnu'],
    ['  Aarch64-Unknown-Linux-GNU ', 'aarch64-unknown-linux-gnu'],
    ['MacOS-ARM64', 'aarch64-apple-darwin'],
  ];
  it.each(cases)('%s → %s', (alias, triple) => {
    expect(resolveTarget(alias).triple).toBe(triple);
  });

  it('every glibc Linux, MSVC, macOS and FreeBSD target resolves from its Docker platform and Go goos/goarch', () => {
    for (const t of TARGETS.filter(
      (x) =>
        x.abi !== 'musl' &&
        x.abi !== 'musleabihf' &&
        !(x.os === 'windows' && x.abi === 'gnu' && x.cpu === 'x86_64'),
    )) {
      expect(resolveTarget(t.docker)).toBe(t);
      expect(resolveTarget(`${t.go.goos}/${t.go.goarch}`)).toBe(t);
    }
  });

  it('rejects an unknown target with the list of triples and the key', () => {
    let err: unknown;
    try {
      resolveTarget('foo', 'input: target');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DistroError);
    const e = err as DistroError;
    expect(e.key).toBe('input: target');
    expect(e.message).toBe(
      `Unknown target 'foo' (input: target). Supported targets: ${Object.keys(EXPECTED).join(', ')}. ` +
        'Aliases such as linux/arm64, arm64, aarch64 also work.',
    );
    expect(() => resolveTarget('mips64-unknown-linux-gnuabi64')).toThrow(
      /^Unknown target 'mips64-unknown-linux-gnuabi64'\. Supported targets: x86_64-unknown-linux-gnu, /,
    );
    expect(() => resolveTarget('', 'targets[0]')).toThrow(/^Empty target \(targets\[0\]\)\./);
    expect(findTarget('foo')).toBeUndefined();
    expect(findTarget('ARM64')?.triple).toBe('aarch64-unknown-linux-gnu');
  });
});

describe('hostTarget and isHost', () => {
  it('maps Node platform/arch pairs', () => {
    expect(hostTarget('linux', 'x64', 'gnu').triple).toBe('x86_64-unknown-linux-gnu');
    expect(hostTarget('linux', 'x64', 'musl').triple).toBe('x86_64-unknown-linux-musl');
    expect(hostTarget('linux', 'arm64', 'gnu').triple).toBe('aarch64-unknown-linux-gnu');
    expect(hostTarget('linux', 'arm', 'gnu').triple).toBe('armv7-unknown-linux-gnueabihf');
    expect(hostTarget('linux', 'arm', 'musl').triple).toBe('armv7-unknown-linux-musleabihf');
    expect(hostTarget('linux', 'ia32', 'gnu').triple).toBe('i686-unknown-linux-gnu');
    expect(hostTarget('linux', 'riscv64', 'gnu').triple).toBe('riscv64gc-unknown-linux-gnu');
    expect(hostTarget('linux', 'ppc64', 'gnu').triple).toBe('powerpc64le-unknown-linux-gnu');
    expect(hostTarget('linux', 's390x', 'gnu').triple).toBe('s390x-unknown-linux-gnu');
    expect(hostTarget('win32', 'x64').triple).toBe('x86_64-pc-windows-msvc');
    expect(hostTarget('win32', 'arm64').triple).toBe('aarch64-pc-windows-msvc');
    expect(hostTarget('darwin', 'arm64').triple).toBe('aarch64-apple-darwin');
    expect(hostTarget('darwin', 'x64').triple).toBe('x86_64-apple-darwin');
    expect(hostTarget('freebsd', 'x64').triple).toBe('x86_64-unknown-freebsd');
    expect(() => hostTarget('aix', 'ppc64')).toThrow(/This machine \(aix\/ppc64\) is not a supported target/);
    expect(() => hostTarget('linux', 'mips')).toThrow(DistroError);
  });

  it('knows this machine', () => {
    // This test machine is x86_64 Linux with glibc.
    const h = hostTarget();
    expect(h.triple).toBe('x86_64-unknown-linux-gnu');
    expect(isHost(h)).toBe(true);
    expect(isHost(resolveTarget('x86_64-unknown-linux-musl'))).toBe(true);
    expect(isHost(resolveTarget('aarch64-unknown-linux-gnu'))).toBe(false);
    expect(isHost(resolveTarget('x86_64-pc-windows-msvc'))).toBe(false);
  });
});

describe('checkBinary', () => {
  const t = (name: string): Target => resolveTarget(name);
  const dir = mkdtempSync(path.join(tmpdir(), 'targets-'));

  it('accepts /bin/ls for the host and says what it is otherwise', () => {
    const ls = readFileSync('/bin/ls');
    expect(checkBinary(ls, t('x86_64-unknown-linux-gnu'))).toBeUndefined();
    // Only the first 64 bytes: the loader is out of reach, so the libc is not judged.
    expect(checkBinary(ls.subarray(0, 64), t('x86_64-unknown-linux-musl'))).toBeUndefined();
    expect(checkBinary(ls, t('x86_64-unknown-linux-musl'))).toBe(
      'an ELF 64-bit little-endian x86-64 binary using the glibc loader /lib64/ld-linux-x86-64.so.2, not a musl binary for x86_64 (x86_64-unknown-linux-musl)',
    );
    expect(checkBinary(ls, t('aarch64-unknown-linux-gnu'))).toBe(
      'an ELF 64-bit little-endian x86-64 binary, not aarch64 (aarch64-unknown-linux-gnu)',
    );
    expect(checkBinary(ls, t('i686-unknown-linux-gnu'))).toBe(
      'an ELF 64-bit little-endian x86-64 binary, not i686 (i686-unknown-linux-gnu)',
    );
    expect(checkBinary(ls, t('x86_64-pc-windows-msvc'))).toBe(
      'an ELF 64-bit little-endian x86-64 binary, not a Windows PE binary for x86_64 (x86_64-pc-windows-msvc)',
    );
    expect(checkBinary(ls, t('x86_64-apple-darwin'))).toMatch(
      /^an ELF 64-bit .*, not a Mach-O binary for x86_64/,
    );
    expect(checkBinary(ls, t('x86_64-unknown-freebsd'))).toBe(
      'an ELF 64-bit little-endian x86-64 binary using the glibc loader /lib64/ld-linux-x86-64.so.2, not a FreeBSD binary for x86_64 (x86_64-unknown-freebsd)',
    );
  });

  it('accepts a static executable for glibc and musl alike', () => {
    const src = path.join(dir, 'static.c');
    const out = path.join(dir, 'static-x86_64');
    writeFileSync(src, 'int main(void) { return 0; }\n');
    execFileSync('gcc', ['-static', '-o', out, src], { stdio: 'pipe' });
    const bin = readFileSync(out);
    expect(checkBinary(bin, t('x86_64-unknown-linux-gnu'))).toBeUndefined();
    expect(checkBinary(bin, t('x86_64-unknown-linux-musl'))).toBeUndefined();
  });

  it('accepts an aarch64 binary built by aarch64-linux-gnu-gcc for aarch64 only', () => {
    const src = path.join(dir, 'hello.c');
    const out = path.join(dir, 'hello-aarch64');
    writeFileSync(src, '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n');
    execFileSync('aarch64-linux-gnu-gcc', ['-O2', '-o', out, src], { stdio: 'pipe' });
    const bin = readFileSync(out);
    expect(checkBinary(bin, t('aarch64-unknown-linux-gnu'))).toBeUndefined();
    expect(checkBinary(bin, t('linux/arm64'))).toBeUndefined();
    expect(checkBinary(bin, t('x86_64-unknown-linux-gnu'))).toBe(
      'an ELF 64-bit little-endian aarch64 binary, not x86_64 (x86_64-unknown-linux-gnu)',
    );
    expect(checkBinary(bin, t('armv7-unknown-linux-gnueabihf'))).toBe(
      'an ELF 64-bit little-endian aarch64 binary, not armv7 (armv7-unknown-linux-gnueabihf)',
    );
    expect(checkBinary(bin, t('aarch64-unknown-linux-musl'))).toBe(
      'an ELF 64-bit little-endian aarch64 binary using the glibc loader /lib/ld-linux-aarch64.so.1, not a musl binary for aarch64 (aarch64-unknown-linux-musl)',
    );
    expect(checkBinary(bin, t('aarch64-apple-darwin'))).toMatch(
      /^an ELF 64-bit little-endian aarch64 binary, not a Mach-O binary/,
    );
  });

  /** A minimal ELF header: class, data, osabi, machine, flags. */
  function elf(bits: 32 | 64, endian: 'le' | 'be', machine: number, osabi = 0, flags = 0): Buffer {
    const b = Buffer.alloc(64);
    b.write('\x7fELF', 0, 'latin1');
    b[4] = bits === 32 ? 1 : 2;
    b[5] = endian === 'le' ? 1 : 2;
    b[6] = 1;
    b[7] = osabi;
    if (endian === 'le') b.writeUInt16LE(machine, 18);
    else b.writeUInt16BE(machine, 18);
    if (bits === 32) {
      if (endian === 'le') b.writeUInt32LE(flags, 36);
      else b.writeUInt32BE(flags, 36);
    }
    return b;
  }

  it('tells endianness, word size, float ABI and OS apart in ELF headers', () => {
    expect(checkBinary(elf(64, 'be', 22), t('s390x'))).toBeUndefined();
    expect(checkBinary(elf(64, 'le', 21), t('ppc64le'))).toBeUndefined();
    expect(checkBinary(elf(64, 'be', 21), t('ppc64le'))).toBe(
      'an ELF 64-bit big-endian PowerPC64 binary, not powerpc64le (powerpc64le-unknown-linux-gnu)',
    );
    expect(checkBinary(elf(32, 'le', 243), t('riscv64'))).toBe(
      'an ELF 32-bit little-endian RISC-V binary, not riscv64gc (riscv64gc-unknown-linux-gnu)',
    );
    expect(checkBinary(elf(32, 'le', 40, 0, 0x05000400), t('armhf'))).toBeUndefined();
    expect(checkBinary(elf(32, 'le', 40, 0, 0x05000200), t('armhf'))).toBe(
      'an ELF 32-bit little-endian ARM binary using the soft-float ABI (armel), not hard-float armv7 (armv7-unknown-linux-gnueabihf)',
    );
    expect(checkBinary(elf(64, 'le', 62, 9), t('freebsd/amd64'))).toBeUndefined();
    expect(checkBinary(elf(64, 'le', 62, 0), t('freebsd/amd64'))).toBeUndefined();
    expect(checkBinary(elf(64, 'le', 62, 9), t('amd64'))).toBe(
      'an ELF 64-bit little-endian x86-64 FreeBSD binary, not a Linux binary for x86_64 (x86_64-unknown-linux-gnu)',
    );
    expect(checkBinary(elf(64, 'le', 62, 3), t('freebsd/amd64'))).toBe(
      'an ELF 64-bit little-endian x86-64 binary for GNU/Linux, not a FreeBSD binary for x86_64 (x86_64-unknown-freebsd)',
    );
  });

  /** A minimal PE file: DOS stub with e_lfanew, 'PE\0\0' and the COFF machine. */
  function pe(machine: number): Buffer {
    const b = Buffer.alloc(0x100);
    b.write('MZ', 0, 'latin1');
    b.writeUInt32LE(0x80, 0x3c);
    b.write('PE\0\0', 0x80, 'latin1');
    b.writeUInt16LE(machine, 0x84);
    return b;
  }

  it('reads PE headers', () => {
    expect(checkBinary(pe(0x8664), t('x86_64-pc-windows-msvc'))).toBeUndefined();
    expect(checkBinary(pe(0x8664), t('x86_64-pc-windows-gnu'))).toBeUndefined();
    expect(checkBinary(pe(0x14c), t('i686-pc-windows-gnu'))).toBeUndefined();
    expect(checkBinary(pe(0xaa64), t('windows/arm64'))).toBeUndefined();
    expect(checkBinary(pe(0x14c), t('windows/amd64'))).toBe(
      'a Windows PE x86 (i386) binary, not x86_64 (x86_64-pc-windows-msvc)',
    );
    expect(checkBinary(pe(0x8664), t('amd64'))).toBe(
      'a Windows PE x86-64 binary, not an ELF binary for x86_64 (x86_64-unknown-linux-gnu)',
    );
    expect(checkBinary(pe(0x8664).subarray(0, 0x60), t('windows/amd64'))).toMatch(
      /PE header lies beyond the 96 bytes read/,
    );
  });

  /** A minimal thin 64-bit Mach-O header, or a universal one with the given CPUs. */
  function macho(cpu: number): Buffer {
    const b = Buffer.alloc(32);
    b.writeUInt32LE(0xfeedfacf, 0);
    b.writeUInt32LE(cpu, 4);
    return b;
  }
  function fat(...cpus: number[]): Buffer {
    const b = Buffer.alloc(8 + 20 * cpus.length);
    b.writeUInt32BE(0xcafebabe, 0);
    b.writeUInt32BE(cpus.length, 4);
    cpus.forEach((c, i) => b.writeUInt32BE(c, 8 + 20 * i));
    return b;
  }

  it('reads Mach-O headers, thin and universal', () => {
    expect(checkBinary(macho(0x0100000c), t('darwin/arm64'))).toBeUndefined();
    expect(checkBinary(macho(0x01000007), t('darwin/amd64'))).toBeUndefined();
    expect(checkBinary(macho(0x01000007), t('darwin/arm64'))).toBe(
      'a Mach-O 64-bit x86-64 binary, not aarch64 (aarch64-apple-darwin)',
    );
    expect(checkBinary(fat(0x01000007, 0x0100000c), t('darwin/arm64'))).toBeUndefined();
    expect(checkBinary(fat(0x01000007), t('darwin/arm64'))).toBe(
      'a universal Mach-O binary (x86-64) without aarch64 (aarch64-apple-darwin)',
    );
  });

  it('describes files that are no binary at all', () => {
    expect(checkBinary(Buffer.from('#!/bin/sh\necho hi\n'), t('amd64'))).toBe(
      'a script (#!/bin/sh), not a binary for x86_64 (x86_64-unknown-linux-gnu)',
    );
    expect(checkBinary(Buffer.alloc(0), t('amd64'))).toBe(
      'an empty file, not a binary for x86_64 (x86_64-unknown-linux-gnu)',
    );
    expect(checkBinary(Buffer.from('hello world'), t('amd64'))).toBe(
      'not an ELF, PE or Mach-O binary (it starts with bytes 68 65 6c 6c), so not a binary for x86_64 (x86_64-unknown-linux-gnu)',
    );
  });
});

// ---- whether this host runs a target's programs itself ----------------------------------------
// Found by running a probe program (targets/native.ts). These tests hold on hosts with and without
// 32-bit x86 support: they check the probe against qemu-i386 and against the kernel directly.
describe('runsNatively', () => {
  const i686 = resolveTarget('i686-unknown-linux-gnu');

  it('the i386 probe is an ELF program that file(1) and checkBinary take for i686', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'probe-'));
    const file = path.join(dir, 'probe');
    writeFileSync(file, i386UnameProbe(), { mode: 0o755 });
    expect(checkBinary(readFileSync(file), i686)).toBeUndefined();
    expect(execFileSync('file', ['-b', file], { encoding: 'utf8' })).toMatch(
      /ELF 32-bit LSB executable, Intel 80386/,
    );
  });

  it('under qemu-i386 the probe reports the emulated CPU, so emulation is never taken for native', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'probe-'));
    const file = path.join(dir, 'probe');
    writeFileSync(file, i386UnameProbe(), { mode: 0o755 });
    const r = spawnSync('qemu-i386', [file]);
    expect(r.error).toBeUndefined();
    expect(String.fromCharCode(r.status!)).toBe('i'); // "i686"
  });

  it('says native exactly when the kernel itself runs the probe and reports x86_64', () => {
    // Asked independently of runsNatively: the kernel's own answer to a real i686 program (file(1)
    // says so above), run here with a shell, which reports 126 on "Exec format error", and whether
    // a qemu-i386 binfmt handler could have run it instead.
    const dir = mkdtempSync(path.join(tmpdir(), 'probe-'));
    const file = path.join(dir, 'probe');
    writeFileSync(file, i386UnameProbe(), { mode: 0o755 });
    const r = spawnSync('sh', ['-c', '"$0"; echo "status $?"', file], { encoding: 'utf8' });
    const status = Number(/status (\d+)/.exec(r.stdout)![1]);
    const kernelRunsIt = process.arch === 'x64' && status === 'x'.charCodeAt(0);
    if (!kernelRunsIt) expect([126, 'i'.charCodeAt(0)]).toContain(status); // refused, or emulated
    expect(runsNatively(i686)).toBe(kernelRunsIt);
    expect(runsNatively(hostTarget())).toBe(true);
    expect(runsNatively(resolveTarget(process.arch === 'arm64' ? 'x86_64' : 'aarch64'))).toBe(false);
  });

  it('gives Go programs on qemu-i386 their preemption signals off, and nothing to other targets', () => {
    expect(qemuEnvArgs(i686)).toEqual(['-E', 'GODEBUG=asyncpreemptoff=1']);
    expect(qemuEnvArgs(resolveTarget('aarch64'))).toEqual([]);
  });
});
