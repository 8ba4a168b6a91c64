export const id = 7594;
export const ids = [7594];
export const modules = {

/***/ 77594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WD: () => (/* reexport safe */ _table_js__WEBPACK_IMPORTED_MODULE_0__.WD),
/* harmony export */   az: () => (/* reexport safe */ _table_js__WEBPACK_IMPORTED_MODULE_0__.az),
/* harmony export */   dW: () => (/* reexport safe */ _table_js__WEBPACK_IMPORTED_MODULE_0__.dW),
/* harmony export */   u1: () => (/* reexport safe */ _table_js__WEBPACK_IMPORTED_MODULE_0__.u1)
/* harmony export */ });
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37086);



/***/ }),

/***/ 37086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WD: () => (/* binding */ checkBinary),
/* harmony export */   az: () => (/* binding */ hostTarget),
/* harmony export */   dW: () => (/* binding */ TARGETS),
/* harmony export */   jU: () => (/* binding */ isHost),
/* harmony export */   u1: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* unused harmony export findTarget */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The target table (DESIGN contract 4): every supported Rust triple and its names in every
 * ecosystem, the aliases that resolve to it, and a check that a built file really is a binary for it.
 *
 * Choices worth knowing:
 * - musl targets share the Debian, RPM, Alpine and Arch Linux names of their glibc twin. A musl
 *   binary is normally linked statically and runs on any glibc system of that CPU, which is why
 *   nfpm, goreleaser and cargo-deb package musl builds as `amd64`/`x86_64`. Debian's own musl
 *   architectures (`musl-linux-amd64`, …) exist in dpkg's tables but have no archive; they are
 *   accepted as aliases only.
 * - Names shared by two rows (Go `linux/amd64` and Docker `linux/amd64` for both x86_64 glibc and
 *   musl, `windows/amd64` for msvc and mingw) resolve to the glibc or msvc row: the musl and mingw
 *   rows are reached by their triple, GNU triple or musl-specific names.
 * - Arch Linux names cover the official port and the Arch Linux ARM, Arch Linux 32 and Arch Linux
 *   RISC-V ports; ppc64le and s390x have no pacman architecture here.
 */

const EM_386 = 3;
const EM_PPC64 = 21;
const EM_S390 = 22;
const EM_ARM = 40;
const EM_X86_64 = 62;
const EM_AARCH64 = 183;
const EM_RISCV = 243;
const PE_I386 = 0x14c;
const PE_AMD64 = 0x8664;
const PE_ARM64 = 0xaa64;
const CPU_TYPE_X86_64 = 0x01000007;
const CPU_TYPE_ARM64 = 0x0100000c;
// prettier-ignore
const ROWS = [
    // ---- Linux, glibc ------------------------------------------------------------------------
    {
        triple: 'x86_64-unknown-linux-gnu', os: 'linux', cpu: 'x86_64', abi: 'gnu', arch: 'amd64',
        debian: 'amd64', rpm: 'x86_64', alpine: 'x86_64', archlinux: 'x86_64',
        go: { goos: 'linux', goarch: 'amd64' }, docker: 'linux/amd64', qemu: 'qemu-x86_64', gnu: 'x86_64-linux-gnu', exe: '',
        binary: { format: 'elf', machine: EM_X86_64, bits: 64, endian: 'le' },
        aliases: ['linux/amd64', 'linux/amd64/v1', 'linux/x86_64', 'amd64', 'x86_64', 'x64', 'linux-amd64', 'linux-x86_64', 'linux-x64', 'x86_64-linux-gnu'],
    },
    {
        triple: 'i686-unknown-linux-gnu', os: 'linux', cpu: 'i686', abi: 'gnu', arch: '386',
        debian: 'i386', rpm: 'i686', alpine: 'x86', archlinux: 'i686',
        go: { goos: 'linux', goarch: '386' }, docker: 'linux/386', qemu: 'qemu-i386', gnu: 'i686-linux-gnu', exe: '',
        binary: { format: 'elf', machine: EM_386, bits: 32, endian: 'le' },
        aliases: ['linux/386', 'linux/i386', 'i386', 'i686', '386', 'x86', 'ia32', 'linux-386', 'linux-i386', 'linux-i686', 'linux-x86', 'linux-ia32', 'i686-linux-gnu'],
    },
    {
        triple: 'aarch64-unknown-linux-gnu', os: 'linux', cpu: 'aarch64', abi: 'gnu', arch: 'arm64',
        debian: 'arm64', rpm: 'aarch64', alpine: 'aarch64', archlinux: 'aarch64',
        go: { goos: 'linux', goarch: 'arm64' }, docker: 'linux/arm64', qemu: 'qemu-aarch64', gnu: 'aarch64-linux-gnu', exe: '',
        binary: { format: 'elf', machine: EM_AARCH64, bits: 64, endian: 'le' },
        aliases: ['linux/arm64', 'linux/arm64/v8', 'linux/aarch64', 'arm64', 'aarch64', 'linux-arm64', 'linux-aarch64', 'aarch64-linux-gnu'],
    },
    {
        triple: 'armv7-unknown-linux-gnueabihf', os: 'linux', cpu: 'armv7', abi: 'gnueabihf', arch: 'armv7',
        debian: 'armhf', rpm: 'armv7hl', alpine: 'armv7', archlinux: 'armv7h',
        go: { goos: 'linux', goarch: 'arm', goarm: '7' }, docker: 'linux/arm/v7', qemu: 'qemu-arm', gnu: 'arm-linux-gnueabihf', exe: '',
        binary: { format: 'elf', machine: EM_ARM, bits: 32, endian: 'le' },
        aliases: ['linux/arm/v7', 'linux/arm', 'linux/armv7', 'linux/armhf', 'armhf', 'armv7', 'armv7l', 'armv7h', 'armv7hl', 'arm', 'linux-armhf', 'linux-armv7', 'linux-arm', 'arm-linux-gnueabihf'],
    },
    {
        triple: 'riscv64gc-unknown-linux-gnu', os: 'linux', cpu: 'riscv64gc', abi: 'gnu', arch: 'riscv64',
        debian: 'riscv64', rpm: 'riscv64', alpine: 'riscv64', archlinux: 'riscv64',
        go: { goos: 'linux', goarch: 'riscv64' }, docker: 'linux/riscv64', qemu: 'qemu-riscv64', gnu: 'riscv64-linux-gnu', exe: '',
        binary: { format: 'elf', machine: EM_RISCV, bits: 64, endian: 'le' },
        aliases: ['linux/riscv64', 'riscv64', 'riscv64gc', 'linux-riscv64', 'riscv64-linux-gnu', 'riscv64-unknown-linux-gnu'],
    },
    {
        triple: 'powerpc64le-unknown-linux-gnu', os: 'linux', cpu: 'powerpc64le', abi: 'gnu', arch: 'ppc64le',
        debian: 'ppc64el', rpm: 'ppc64le', alpine: 'ppc64le',
        go: { goos: 'linux', goarch: 'ppc64le' }, docker: 'linux/ppc64le', qemu: 'qemu-ppc64le', gnu: 'powerpc64le-linux-gnu', exe: '',
        binary: { format: 'elf', machine: EM_PPC64, bits: 64, endian: 'le' },
        aliases: ['linux/ppc64le', 'ppc64le', 'ppc64el', 'powerpc64le', 'linux-ppc64le', 'linux-ppc64el', 'powerpc64le-linux-gnu'],
    },
    {
        triple: 's390x-unknown-linux-gnu', os: 'linux', cpu: 's390x', abi: 'gnu', arch: 's390x',
        debian: 's390x', rpm: 's390x', alpine: 's390x',
        go: { goos: 'linux', goarch: 's390x' }, docker: 'linux/s390x', qemu: 'qemu-s390x', gnu: 's390x-linux-gnu', exe: '',
        binary: { format: 'elf', machine: EM_S390, bits: 64, endian: 'be' },
        aliases: ['linux/s390x', 's390x', 'linux-s390x', 's390x-linux-gnu'],
    },
    // ---- Linux, musl (package names shared with the glibc twin, see the note at the top) -----
    {
        triple: 'x86_64-unknown-linux-musl', os: 'linux', cpu: 'x86_64', abi: 'musl', arch: 'amd64',
        debian: 'amd64', rpm: 'x86_64', alpine: 'x86_64', archlinux: 'x86_64',
        go: { goos: 'linux', goarch: 'amd64' }, docker: 'linux/amd64', qemu: 'qemu-x86_64', gnu: 'x86_64-linux-musl', exe: '',
        binary: { format: 'elf', machine: EM_X86_64, bits: 64, endian: 'le' },
        aliases: ['x86_64-linux-musl', 'musl-linux-amd64', 'linux-musl-x64', 'linux-musl-amd64', 'linux-musl-x86_64'],
    },
    {
        triple: 'i686-unknown-linux-musl', os: 'linux', cpu: 'i686', abi: 'musl', arch: '386',
        debian: 'i386', rpm: 'i686', alpine: 'x86', archlinux: 'i686',
        go: { goos: 'linux', goarch: '386' }, docker: 'linux/386', qemu: 'qemu-i386', gnu: 'i686-linux-musl', exe: '',
        binary: { format: 'elf', machine: EM_386, bits: 32, endian: 'le' },
        aliases: ['i686-linux-musl', 'musl-linux-i386', 'linux-musl-x86', 'linux-musl-386', 'linux-musl-i686'],
    },
    {
        triple: 'aarch64-unknown-linux-musl', os: 'linux', cpu: 'aarch64', abi: 'musl', arch: 'arm64',
        debian: 'arm64', rpm: 'aarch64', alpine: 'aarch64', archlinux: 'aarch64',
        go: { goos: 'linux', goarch: 'arm64' }, docker: 'linux/arm64', qemu: 'qemu-aarch64', gnu: 'aarch64-linux-musl', exe: '',
        binary: { format: 'elf', machine: EM_AARCH64, bits: 64, endian: 'le' },
        aliases: ['aarch64-linux-musl', 'musl-linux-arm64', 'linux-musl-arm64', 'linux-musl-aarch64'],
    },
    {
        triple: 'armv7-unknown-linux-musleabihf', os: 'linux', cpu: 'armv7', abi: 'musleabihf', arch: 'armv7',
        debian: 'armhf', rpm: 'armv7hl', alpine: 'armv7', archlinux: 'armv7h',
        go: { goos: 'linux', goarch: 'arm', goarm: '7' }, docker: 'linux/arm/v7', qemu: 'qemu-arm', gnu: 'arm-linux-musleabihf', exe: '',
        binary: { format: 'elf', machine: EM_ARM, bits: 32, endian: 'le' },
        aliases: ['arm-linux-musleabihf', 'armv7l-linux-musleabihf', 'musl-linux-armhf', 'linux-musl-arm', 'linux-musl-armv7', 'linux-musl-armhf'],
    },
    {
        triple: 'riscv64gc-unknown-linux-musl', os: 'linux', cpu: 'riscv64gc', abi: 'musl', arch: 'riscv64',
        debian: 'riscv64', rpm: 'riscv64', alpine: 'riscv64', archlinux: 'riscv64',
        go: { goos: 'linux', goarch: 'riscv64' }, docker: 'linux/riscv64', qemu: 'qemu-riscv64', gnu: 'riscv64-linux-musl', exe: '',
        binary: { format: 'elf', machine: EM_RISCV, bits: 64, endian: 'le' },
        aliases: ['riscv64-linux-musl', 'musl-linux-riscv64', 'linux-musl-riscv64'],
    },
    {
        triple: 'powerpc64le-unknown-linux-musl', os: 'linux', cpu: 'powerpc64le', abi: 'musl', arch: 'ppc64le',
        debian: 'ppc64el', rpm: 'ppc64le', alpine: 'ppc64le',
        go: { goos: 'linux', goarch: 'ppc64le' }, docker: 'linux/ppc64le', qemu: 'qemu-ppc64le', gnu: 'powerpc64le-linux-musl', exe: '',
        binary: { format: 'elf', machine: EM_PPC64, bits: 64, endian: 'le' },
        aliases: ['powerpc64le-linux-musl', 'musl-linux-ppc64el', 'linux-musl-ppc64le'],
    },
    {
        triple: 's390x-unknown-linux-musl', os: 'linux', cpu: 's390x', abi: 'musl', arch: 's390x',
        debian: 's390x', rpm: 's390x', alpine: 's390x',
        go: { goos: 'linux', goarch: 's390x' }, docker: 'linux/s390x', qemu: 'qemu-s390x', gnu: 's390x-linux-musl', exe: '',
        binary: { format: 'elf', machine: EM_S390, bits: 64, endian: 'be' },
        aliases: ['s390x-linux-musl', 'musl-linux-s390x', 'linux-musl-s390x'],
    },
    // ---- Windows -------------------------------------------------------------------------------
    {
        // No GNU cross compiler targets MSVC: `gnu` is the clang target triple.
        triple: 'x86_64-pc-windows-msvc', os: 'windows', cpu: 'x86_64', abi: 'msvc', arch: 'amd64',
        go: { goos: 'windows', goarch: 'amd64' }, docker: 'windows/amd64', gnu: 'x86_64-pc-windows-msvc', exe: '.exe',
        binary: { format: 'pe', machine: PE_AMD64, bits: 64, endian: 'le' },
        aliases: ['windows/amd64', 'windows/x86_64', 'windows-amd64', 'windows-x86_64', 'windows-x64', 'win-x64', 'win32-x64', 'win64'],
    },
    {
        triple: 'aarch64-pc-windows-msvc', os: 'windows', cpu: 'aarch64', abi: 'msvc', arch: 'arm64',
        go: { goos: 'windows', goarch: 'arm64' }, docker: 'windows/arm64', gnu: 'aarch64-pc-windows-msvc', exe: '.exe',
        binary: { format: 'pe', machine: PE_ARM64, bits: 64, endian: 'le' },
        aliases: ['windows/arm64', 'windows/aarch64', 'windows-arm64', 'windows-aarch64', 'win-arm64', 'win32-arm64'],
    },
    {
        triple: 'x86_64-pc-windows-gnu', os: 'windows', cpu: 'x86_64', abi: 'gnu', arch: 'amd64',
        go: { goos: 'windows', goarch: 'amd64' }, docker: 'windows/amd64', gnu: 'x86_64-w64-mingw32', exe: '.exe',
        binary: { format: 'pe', machine: PE_AMD64, bits: 64, endian: 'le' },
        aliases: ['x86_64-w64-mingw32', 'mingw64', 'windows-gnu-amd64', 'windows-gnu-x86_64'],
    },
    {
        triple: 'i686-pc-windows-gnu', os: 'windows', cpu: 'i686', abi: 'gnu', arch: '386',
        go: { goos: 'windows', goarch: '386' }, docker: 'windows/386', gnu: 'i686-w64-mingw32', exe: '.exe',
        binary: { format: 'pe', machine: PE_I386, bits: 32, endian: 'le' },
        aliases: ['windows/386', 'windows/i386', 'windows-386', 'windows-i386', 'windows-i686', 'windows-x86', 'win-x86', 'win32-ia32', 'i686-w64-mingw32', 'mingw32'],
    },
    // ---- macOS ---------------------------------------------------------------------------------
    {
        triple: 'x86_64-apple-darwin', os: 'darwin', cpu: 'x86_64', abi: '', arch: 'amd64',
        go: { goos: 'darwin', goarch: 'amd64' }, docker: 'darwin/amd64', gnu: 'x86_64-apple-darwin', exe: '',
        binary: { format: 'macho', machine: CPU_TYPE_X86_64, bits: 64, endian: 'le' },
        aliases: ['darwin/amd64', 'darwin/x86_64', 'darwin-amd64', 'darwin-x86_64', 'darwin-x64', 'macos/amd64', 'macos-amd64', 'macos-x86_64', 'macos-x64', 'osx-x64'],
    },
    {
        triple: 'aarch64-apple-darwin', os: 'darwin', cpu: 'aarch64', abi: '', arch: 'arm64',
        go: { goos: 'darwin', goarch: 'arm64' }, docker: 'darwin/arm64', gnu: 'aarch64-apple-darwin', exe: '',
        binary: { format: 'macho', machine: CPU_TYPE_ARM64, bits: 64, endian: 'le' },
        aliases: ['darwin/arm64', 'darwin/aarch64', 'darwin-arm64', 'darwin-aarch64', 'macos/arm64', 'macos-arm64', 'macos-aarch64', 'osx-arm64', 'arm64-apple-darwin', 'arm64-apple-macos'],
    },
    // ---- FreeBSD -------------------------------------------------------------------------------
    {
        triple: 'x86_64-unknown-freebsd', os: 'freebsd', cpu: 'x86_64', abi: '', arch: 'amd64',
        go: { goos: 'freebsd', goarch: 'amd64' }, docker: 'freebsd/amd64', gnu: 'x86_64-unknown-freebsd', exe: '',
        binary: { format: 'elf', machine: EM_X86_64, bits: 64, endian: 'le' },
        aliases: ['freebsd/amd64', 'freebsd/x86_64', 'freebsd-amd64', 'freebsd-x86_64', 'freebsd-x64', 'amd64-unknown-freebsd'],
    },
];
function freeze(t) {
    Object.freeze(t.go);
    Object.freeze(t.binary);
    Object.freeze(t.aliases);
    return Object.freeze(t);
}
/** Every supported target, glibc Linux first. Rows are frozen. */
const TARGETS = Object.freeze(ROWS.map(freeze));
/** Lower-cased triple or alias → target. Built once; a name claimed twice is a bug in the table. */
const BY_NAME = (() => {
    const map = new Map();
    for (const t of TARGETS) {
        for (const name of [t.triple, ...t.aliases]) {
            const k = name.toLowerCase();
            const seen = map.get(k);
            if (seen && seen !== t)
                throw new Error(`targets table: '${name}' names both ${seen.triple} and ${t.triple}`);
            map.set(k, t);
        }
    }
    return map;
})();
/** The target a triple or alias names (case-insensitive, surrounding blanks ignored), or undefined. */
function findTarget(name) {
    return BY_NAME.get(name.trim().toLowerCase());
}
/**
 * The target a triple or alias names. Throws a DistroError naming `key` (e.g. `input: target`,
 * `targets[2]`) and listing the supported triples when the name is unknown.
 */
function resolveTarget(name, key) {
    const t = findTarget(name);
    if (t)
        return t;
    const where = key ? ` (${key})` : '';
    const what = name.trim() === '' ? 'Empty target' : `Unknown target '${name}'`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`${what}${where}. Supported targets: ${TARGETS.map((x) => x.triple).join(', ')}. ` +
        'Aliases such as linux/arm64, arm64, aarch64 also work.', { key });
}
// prettier-ignore
const NODE_ARCH = {
    x64: 'x86_64', ia32: 'i686', arm64: 'aarch64', arm: 'armv7', riscv64: 'riscv64gc',
    // Node runs on little-endian ppc64 only.
    ppc64: 'powerpc64le', s390x: 's390x',
};
let hostLibcCache;
/** `musl` when the running Node is linked against musl (Alpine), else `gnu`. */
function hostLibc() {
    if (hostLibcCache === undefined) {
        const report = process.report?.getReport();
        hostLibcCache = report?.header && !report.header.glibcVersionRuntime ? 'musl' : 'gnu';
    }
    return hostLibcCache;
}
/**
 * The target of the running machine, from Node's `process.platform` and `process.arch`.
 * On Linux, `libc` defaults to the C library of the running Node when `platform` is the host's.
 */
function hostTarget(platform = process.platform, arch = process.arch, libc) {
    const cpu = NODE_ARCH[arch];
    let triple;
    if (cpu) {
        if (platform === 'linux') {
            const c = libc ?? (platform === process.platform ? hostLibc() : 'gnu');
            triple = `${cpu}-unknown-linux-${cpu === 'armv7' ? `${c}eabihf` : c}`;
        }
        else if (platform === 'win32')
            triple = `${cpu}-pc-windows-msvc`;
        else if (platform === 'darwin')
            triple = `${cpu}-apple-darwin`;
        else if (platform === 'freebsd')
            triple = `${cpu}-unknown-freebsd`;
    }
    const t = triple === undefined ? undefined : TARGETS.find((x) => x.triple === triple);
    if (!t) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`This machine (${platform}/${arch}) is not a supported target. ` +
            `Supported targets: ${TARGETS.map((x) => x.triple).join(', ')}; run on one of them or name the target explicitly.`);
    }
    return t;
}
/**
 * Whether binaries for `t` run natively on this machine: same OS and CPU as the host. The C
 * library is not compared (a static musl binary runs on a glibc host, mingw and MSVC builds both
 * run on Windows), so this answers "is qemu needed", not "is a cross compiler needed".
 */
function isHost(t) {
    let h;
    try {
        h = hostTarget();
    }
    catch {
        return false;
    }
    return h.os === t.os && h.arch === t.arch;
}
// ---- checkBinary -------------------------------------------------------------------------------
// prettier-ignore
const ELF_MACHINES = {
    2: 'SPARC', 3: 'x86 (i386)', 8: 'MIPS', 20: 'PowerPC', 21: 'PowerPC64', 22: 'S/390', 40: 'ARM',
    43: 'SPARC V9', 62: 'x86-64', 183: 'aarch64', 243: 'RISC-V', 258: 'LoongArch',
};
// prettier-ignore
const PE_MACHINES = {
    0x14c: 'x86 (i386)', 0x8664: 'x86-64', 0xaa64: 'ARM64', 0x1c0: 'ARM', 0x1c4: 'ARM Thumb-2', 0xa641: 'ARM64EC',
};
// prettier-ignore
const MACHO_CPUS = {
    7: 'x86 (i386)', 0x01000007: 'x86-64', 12: 'ARM', 0x0100000c: 'arm64', 0x0200000c: 'arm64_32', 18: 'PowerPC', 0x01000012: 'PowerPC64',
};
const ELFOSABI_GNU = 3;
const ELFOSABI_FREEBSD = 9;
const EF_ARM_ABI_FLOAT_SOFT = 0x200;
const PT_INTERP = 3;
/** The ELF program interpreter (PT_INTERP), or undefined if there is none or it lies beyond `bytes`. */
function elfInterp(bytes, bits, endian) {
    const le = endian === 'le';
    const u16 = (o) => (le ? bytes.readUInt16LE(o) : bytes.readUInt16BE(o));
    const u32 = (o) => (le ? bytes.readUInt32LE(o) : bytes.readUInt32BE(o));
    const addr = (o) => bits === 32 ? u32(o) : Number(le ? bytes.readBigUInt64LE(o) : bytes.readBigUInt64BE(o));
    if (bytes.length < (bits === 32 ? 52 : 64))
        return undefined;
    const phoff = addr(bits === 32 ? 28 : 32);
    const phentsize = u16(bits === 32 ? 42 : 54);
    const phnum = u16(bits === 32 ? 44 : 56);
    for (let i = 0; i < phnum; i++) {
        const ph = phoff + i * phentsize;
        if (ph + (bits === 32 ? 32 : 56) > bytes.length)
            return undefined;
        if (u32(ph) !== PT_INTERP)
            continue;
        const off = addr(ph + (bits === 32 ? 4 : 8));
        const size = addr(ph + (bits === 32 ? 16 : 32));
        if (off + size > bytes.length)
            return undefined;
        return bytes
            .subarray(off, off + size)
            .toString('latin1')
            .replace(/\0+$/, '');
    }
    return undefined;
}
function expected(t) {
    return `${t.cpu} (${t.triple})`;
}
function endianWord(e) {
    return e === 'le' ? 'little-endian' : 'big-endian';
}
/**
 * Checks the ELF, PE or Mach-O header in `bytes` (the file, or at least its first few kilobytes)
 * against target `t`. Returns undefined when it is a binary for `t`, otherwise a sentence saying
 * what it is instead, e.g. "an ELF 64-bit little-endian x86-64 binary, not aarch64
 * (aarch64-unknown-linux-gnu)". For a dynamic executable whose loader (PT_INTERP) is in `bytes`,
 * the C library (glibc, musl, FreeBSD's) must match too; static executables fit either libc.
 */
function checkBinary(bytes, t) {
    const b = t.binary;
    // ELF
    if (bytes.length >= 20 && bytes.readUInt32BE(0) === 0x7f454c46) {
        const cls = bytes[4];
        const data = bytes[5];
        if ((cls !== 1 && cls !== 2) || (data !== 1 && data !== 2))
            return `a malformed ELF file (class ${cls}, data ${data}), not a binary for ${expected(t)}`;
        const bits = cls === 1 ? 32 : 64;
        const endian = data === 1 ? 'le' : 'be';
        const machine = endian === 'le' ? bytes.readUInt16LE(18) : bytes.readUInt16BE(18);
        const osabi = bytes[7];
        const os = osabi === ELFOSABI_FREEBSD ? ' FreeBSD' : '';
        const what = `an ELF ${bits}-bit ${endianWord(endian)} ${ELF_MACHINES[machine] ?? `machine ${machine}`}${os} binary`;
        if (b.format !== 'elf')
            return `${what}, not a ${b.format === 'pe' ? 'Windows PE' : 'Mach-O'} binary for ${expected(t)}`;
        if (machine !== b.machine || bits !== b.bits || endian !== b.endian)
            return `${what}, not ${expected(t)}`;
        if (osabi === ELFOSABI_FREEBSD && t.os !== 'freebsd')
            return `${what}, not a Linux binary for ${expected(t)}`;
        if (osabi === ELFOSABI_GNU && t.os === 'freebsd')
            return `${what} for GNU/Linux, not a FreeBSD binary for ${expected(t)}`;
        // A dynamic executable names its loader, which tells glibc, musl and FreeBSD apart.
        const interp = elfInterp(bytes, bits, endian);
        if (interp !== undefined) {
            const libc = interp.includes('ld-musl') ? 'musl' : interp.includes('ld-elf') ? 'FreeBSD' : 'glibc';
            const want = t.os === 'freebsd' ? 'FreeBSD' : t.abi.startsWith('musl') ? 'musl' : 'glibc';
            if (libc !== want)
                return `${what} using the ${libc} loader ${interp}, not a ${want} binary for ${expected(t)}`;
        }
        if (machine === EM_ARM && t.abi.endsWith('hf') && bytes.length >= 40) {
            const flags = endian === 'le' ? bytes.readUInt32LE(36) : bytes.readUInt32BE(36);
            if (flags & EF_ARM_ABI_FLOAT_SOFT)
                return `${what} using the soft-float ABI (armel), not hard-float ${expected(t)}`;
        }
        return undefined;
    }
    // PE: 'MZ', e_lfanew at 0x3c, 'PE\0\0', then the COFF machine.
    if (bytes.length >= 2 && bytes[0] === 0x4d && bytes[1] === 0x5a) {
        if (bytes.length < 0x40)
            return `a truncated DOS/PE file, not a binary for ${expected(t)}`;
        const pe = bytes.readUInt32LE(0x3c);
        if (pe + 6 > bytes.length)
            return `a DOS/PE file whose PE header lies beyond the ${bytes.length} bytes read, not a binary for ${expected(t)}`;
        if (bytes.readUInt32BE(pe) !== 0x50450000)
            return `a DOS executable without a PE header, not a binary for ${expected(t)}`;
        const machine = bytes.readUInt16LE(pe + 4);
        const what = `a Windows PE ${PE_MACHINES[machine] ?? `machine 0x${machine.toString(16)}`} binary`;
        if (b.format !== 'pe')
            return `${what}, not ${b.format === 'elf' ? 'an ELF' : 'a Mach-O'} binary for ${expected(t)}`;
        if (machine !== b.machine)
            return `${what}, not ${expected(t)}`;
        return undefined;
    }
    // Mach-O, thin (little-endian 32/64-bit) or universal (big-endian fat header).
    if (bytes.length >= 8) {
        const magic = bytes.readUInt32LE(0);
        if (magic === 0xfeedfacf || magic === 0xfeedface) {
            const cpu = bytes.readUInt32LE(4);
            const bits = magic === 0xfeedfacf ? 64 : 32;
            const what = `a Mach-O ${bits}-bit ${MACHO_CPUS[cpu] ?? `cputype 0x${cpu.toString(16)}`} binary`;
            if (b.format !== 'macho')
                return `${what}, not ${b.format === 'elf' ? 'an ELF' : 'a Windows PE'} binary for ${expected(t)}`;
            if (cpu !== b.machine || bits !== b.bits)
                return `${what}, not ${expected(t)}`;
            return undefined;
        }
        if (bytes.readUInt32BE(0) === 0xcafebabe) {
            const n = bytes.readUInt32BE(4);
            // Java class files share the magic; their "count" (the class file version) is 45 or more.
            if (n > 0 && n < 32 && bytes.length >= 8 + 20 * n) {
                const cpus = [];
                for (let i = 0; i < n; i++)
                    cpus.push(bytes.readUInt32BE(8 + 20 * i));
                const names = cpus.map((c) => MACHO_CPUS[c] ?? `cputype 0x${c.toString(16)}`).join(', ');
                const what = `a universal Mach-O binary (${names})`;
                if (b.format !== 'macho')
                    return `${what}, not ${b.format === 'elf' ? 'an ELF' : 'a Windows PE'} binary for ${expected(t)}`;
                if (!cpus.includes(b.machine))
                    return `${what} without ${expected(t)}`;
                return undefined;
            }
        }
    }
    if (bytes.length >= 2 && bytes[0] === 0x23 && bytes[1] === 0x21) {
        const line = bytes.subarray(0, 80).toString('latin1').split('\n')[0];
        return `a script (${line}), not a binary for ${expected(t)}`;
    }
    if (bytes.length === 0)
        return `an empty file, not a binary for ${expected(t)}`;
    const head = [...bytes.subarray(0, 4)].map((x) => x.toString(16).padStart(2, '0')).join(' ');
    return `not an ELF, PE or Mach-O binary (it starts with bytes ${head}), so not a binary for ${expected(t)}`;
}


/***/ })

};
