/** A target: a Rust-style triple and its names in every ecosystem (DESIGN contract 4). */
export type TargetOs = 'linux' | 'windows' | 'darwin' | 'freebsd';

export interface Target {
  /** Canonical Rust triple, e.g. `aarch64-unknown-linux-gnu`. */
  triple: string;
  os: TargetOs;
  /** The CPU as Rust names it: x86_64, i686, aarch64, armv7, riscv64gc, powerpc64le, s390x. */
  cpu: string;
  /** The C library / ABI: gnu, gnueabihf, musl, musleabihf, msvc, gnu (mingw), or '' (darwin, freebsd). */
  abi: string;
  /** Short architecture for file names and the manifest (goreleaser/Go style): amd64, 386, arm64, armv7, riscv64, ppc64le, s390x. */
  arch: string;
  /** Debian architecture (`dpkg --print-architecture`); absent where Debian has no such port. */
  debian?: string;
  /** RPM architecture (`rpm --eval %_arch`). */
  rpm?: string;
  /** Alpine architecture (`apk --print-arch`), musl targets and their glibc twins. */
  alpine?: string;
  /** Arch Linux package architecture (x86_64, aarch64, armv7h, riscv64, i686). */
  archlinux?: string;
  /** Go settings. */
  go: { goos: string; goarch: string; goarm?: string };
  /** Docker/OCI platform, e.g. `linux/arm/v7`. */
  docker: string;
  /** qemu user-mode binary name, e.g. `qemu-aarch64` (Linux targets). */
  qemu?: string;
  /** GNU triple of the cross compiler, e.g. `aarch64-linux-gnu` (gcc prefix without the trailing `-`). */
  gnu: string;
  /** Executable suffix: `.exe` for Windows. */
  exe: string;
  /** What a binary for this target looks like: object format and machine, to check a build really targets it. */
  binary: { format: 'elf' | 'pe' | 'macho'; machine: number; bits: 32 | 64; endian: 'le' | 'be' };
  /** Other names that resolve to this target (`linux/arm64`, `arm64`, `aarch64`, …). */
  aliases: string[];
}
