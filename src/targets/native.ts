/**
 * Whether this machine's kernel runs a target's programs itself, found out by running a tiny
 * static program of that architecture once per process — never assumed from CPU names. An x86_64
 * kernel built without IA32 emulation (hardened kernels, some cloud VMs and containers) refuses
 * i686 programs with ENOEXEC; when binfmt_misc hands them to qemu-i386 instead, they do run, but
 * emulated, and the probe tells the two apart (below).
 *
 * Also home of what qemu-user needs to run a target's programs correctly (`qemuGuestEnv`).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { machine, tmpdir } from 'node:os';
import path from 'node:path';
import { hostTarget, isHost } from './table.js';
import type { Target } from './types.js';

/**
 * A static i386 ELF program that calls uname(2) and exits with the first byte of `machine`.
 * Under an x86_64 kernel's IA32 emulation that is 'x' ("x86_64"); under qemu-i386 (directly or
 * through binfmt_misc) it is 'i' ("i686"), since qemu reports the CPU it emulates.
 */
export function i386UnameProbe(): Buffer {
  const base = 0x08048000;
  const buf = base + 0x100; // utsname lives in the zero-filled memory past the file (p_memsz)
  const code = Buffer.concat([
    Buffer.from([0xb8, 122, 0, 0, 0]), // mov eax, SYS_uname
    Buffer.from([0xbb]), // mov ebx, buf
    u32(buf),
    Buffer.from([0xcd, 0x80]), // int 0x80
    Buffer.from([0x0f, 0xb6, 0x1d]), // movzx ebx, byte [buf + 4*65] (utsname.machine)
    u32(buf + 4 * 65),
    Buffer.from([0xb8, 1, 0, 0, 0]), // mov eax, SYS_exit
    Buffer.from([0xcd, 0x80]), // int 0x80
  ]);
  const ehsize = 52;
  const phsize = 32;
  const ident = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const eh = Buffer.concat([
    ident,
    u16(2), // ET_EXEC
    u16(3), // EM_386
    u32(1), // EV_CURRENT
    u32(base + ehsize + phsize), // e_entry
    u32(ehsize), // e_phoff
    u32(0), // e_shoff
    u32(0), // e_flags
    u16(ehsize),
    u16(phsize),
    u16(1), // e_phnum
    u16(40), // e_shentsize
    u16(0),
    u16(0),
  ]);
  const size = ehsize + phsize + code.length;
  const ph = Buffer.concat([
    u32(1), // PT_LOAD
    u32(0), // p_offset
    u32(base), // p_vaddr
    u32(base), // p_paddr
    u32(size), // p_filesz
    u32(0x1000), // p_memsz: room for utsname (6 × 65 bytes) at +0x100
    u32(7), // PF_R | PF_W | PF_X
    u32(0x1000), // p_align
  ]);
  return Buffer.concat([eh, ph, code]);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** Targets a probe exists for, with what the probe's exit status must be when the kernel runs it. */
const PROBES: Record<string, { host: string; program: () => Buffer; nativeStatus: number }> = {
  // i686 on an x86_64 kernel: uname says "x86_64" natively.
  i686: { host: 'x86_64', program: i386UnameProbe, nativeStatus: 'x'.charCodeAt(0) },
};

const cache = new Map<string, boolean>();

/** Runs a probe program; its exit status, or undefined when it could not run (ENOEXEC, noexec /tmp…). */
export function runProbe(program: Buffer, dir: string = tmpdir()): number | undefined {
  const tmp = mkdtempSync(path.join(dir, 'distro-probe-'));
  try {
    const file = path.join(tmp, 'probe');
    writeFileSync(file, program);
    chmodSync(file, 0o755);
    const r = spawnSync(file, [], { stdio: 'ignore', timeout: 10_000 });
    return r.error || r.status === null ? undefined : r.status;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Whether the kernel runs `t`'s programs itself (not through qemu, not through binfmt_misc):
 * the host target, or a 32-bit target of the host's CPU family that the probe shows runs natively.
 */
export function runsNatively(t: Target): boolean {
  if (isHost(t)) return true;
  const probe = PROBES[t.cpu];
  if (!probe || t.os !== 'linux') return false;
  let h: Target;
  try {
    h = hostTarget();
  } catch {
    return false;
  }
  if (h.os !== 'linux' || h.cpu !== probe.host || machine() !== probe.host) return false;
  let yes = cache.get(t.cpu);
  if (yes === undefined) {
    yes = runProbe(probe.program()) === probe.nativeStatus;
    cache.set(t.cpu, yes);
  }
  return yes;
}

/**
 * Environment a target's programs need under qemu-user. qemu-i386 (7.2, and later) keeps one
 * emulated GDT for all guest threads, so each Go thread's set_thread_area overwrites the TLS
 * descriptor of the others; when a signal is delivered, qemu reloads %gs from that shared
 * descriptor and the Go runtime finds another thread's g ("bad g in signal handler", "morestack on
 * g0"). The only signals a Go program gets on its own are the runtime's asynchronous-preemption
 * SIGURGs, so turning those off makes Go's 386 programs run reliably; C programs are unaffected.
 */
export function qemuGuestEnv(t: Target): Record<string, string> {
  return t.cpu === 'i686' ? { GODEBUG: 'asyncpreemptoff=1' } : {};
}

/** `qemuGuestEnv` as qemu-user arguments (`-E NAME=value`), for runner command lines. */
export function qemuEnvArgs(t: Target): string[] {
  return Object.entries(qemuGuestEnv(t)).flatMap(([k, v]) => ['-E', `${k}=${v}`]);
}
