export const id = 9891;
export const ids = [9891];
export const modules = {

/***/ 79515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PU: () => (/* binding */ runsNatively),
/* harmony export */   en: () => (/* binding */ qemuGuestEnv),
/* harmony export */   nT: () => (/* binding */ qemuEnvArgs)
/* harmony export */ });
/* unused harmony exports i386UnameProbe, runProbe */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37086);
/**
 * Whether this machine's kernel runs a target's programs itself, found out by running a tiny
 * static program of that architecture once per process — never assumed from CPU names. An x86_64
 * kernel built without IA32 emulation (hardened kernels, some cloud VMs and containers) refuses
 * i686 programs with ENOEXEC; when binfmt_misc hands them to qemu-i386 instead, they do run, but
 * emulated, and the probe tells the two apart (below).
 *
 * Also home of what qemu-user needs to run a target's programs correctly (`qemuGuestEnv`).
 */





/**
 * A static i386 ELF program that calls uname(2) and exits with the first byte of `machine`.
 * Under an x86_64 kernel's IA32 emulation that is 'x' ("x86_64"); under qemu-i386 (directly or
 * through binfmt_misc) it is 'i' ("i686"), since qemu reports the CPU it emulates.
 */
function i386UnameProbe() {
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
function u16(n) {
    const b = Buffer.alloc(2);
    b.writeUInt16LE(n);
    return b;
}
function u32(n) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
}
/** Targets a probe exists for, with what the probe's exit status must be when the kernel runs it. */
const PROBES = {
    // i686 on an x86_64 kernel: uname says "x86_64" natively.
    i686: { host: 'x86_64', program: i386UnameProbe, nativeStatus: 'x'.charCodeAt(0) },
};
const cache = new Map();
/** Runs a probe program; its exit status, or undefined when it could not run (ENOEXEC, noexec /tmp…). */
function runProbe(program, dir = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) {
    const tmp = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'distro-probe-'));
    try {
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, 'probe');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, program);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(file, 0o755);
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(file, [], { stdio: 'ignore', timeout: 10_000 });
        return r.error || r.status === null ? undefined : r.status;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { recursive: true, force: true });
    }
}
/**
 * Whether the kernel runs `t`'s programs itself (not through qemu, not through binfmt_misc):
 * the host target, or a 32-bit target of the host's CPU family that the probe shows runs natively.
 */
function runsNatively(t) {
    if ((0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .isHost */ .jU)(t))
        return true;
    const probe = PROBES[t.cpu];
    if (!probe || t.os !== 'linux')
        return false;
    let h;
    try {
        h = (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .hostTarget */ .az)();
    }
    catch {
        return false;
    }
    if (h.os !== 'linux' || h.cpu !== probe.host || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.machine)() !== probe.host)
        return false;
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
function qemuGuestEnv(t) {
    return t.cpu === 'i686' ? { GODEBUG: 'asyncpreemptoff=1' } : {};
}
/** `qemuGuestEnv` as qemu-user arguments (`-E NAME=value`), for runner command lines. */
function qemuEnvArgs(t) {
    return Object.entries(qemuGuestEnv(t)).flatMap(([k, v]) => ['-E', `${k}=${v}`]);
}


/***/ }),

/***/ 70160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ spawnExec),
/* harmony export */   o: () => (/* binding */ Apt)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _build_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44107);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/**
 * Installing apt packages: argument arrays only, as root directly or through `sudo -n`, waiting
 * on the dpkg lock, `apt-get update` only when a package is not in the cache, and clear errors for
 * a missing package, no root and no sudo, a held lock, and a runner without apt.
 */







const spawnExec = (argv, env, log, quiet = false) => new Promise((resolve, reject) => {
    const [cmd, ...args] = argv;
    const exe = (0,_build_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .which */ .K7)(cmd, env) ?? cmd;
    if (!quiet)
        log.info(`$ ${(0,_build_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCommand */ .fE)(argv)}`);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(exe, args, { env: (0,_build_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .cleanEnv */ .JO)(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    let pending = '';
    const onData = (isOut) => (d) => {
        const s = d.toString('utf8');
        if (isOut)
            stdout += s;
        output += s;
        if (!quiet) {
            pending += s;
            const lines = pending.split('\n');
            pending = lines.pop() ?? '';
            for (const l of lines)
                log.info(l);
        }
    };
    child.stdout.on('data', onData(true));
    child.stderr.on('data', onData(false));
    child.on('error', reject);
    child.on('close', (code) => {
        if (!quiet && pending)
            log.info(pending);
        resolve({ code: code ?? 1, stdout, output });
    });
});
const TOOLCHAIN_PURPOSE = {
    action: 'setup-cross-toolchain',
    what: 'cross toolchains',
    key: 'input: target',
};
/** dpkg's switch for man-db's trigger: absent, the trigger does nothing. */
const MAN_DB_AUTO_UPDATE = '/var/lib/man-db/auto-update';
const FETCH_RE = /Failed to fetch|Unable to fetch some archives|404\s+Not Found/;
const LOCK_RE = /Could not get lock|Unable to acquire the dpkg frontend lock|Unable to lock|is another process using it/;
class Apt {
    o;
    exec;
    sudoPrefix;
    purpose;
    get env() {
        return this.o.env;
    }
    constructor(o) {
        this.o = o;
        this.exec = o.exec ?? spawnExec;
        this.purpose = o.purpose ?? TOOLCHAIN_PURPOSE;
    }
    /** Throws unless apt-get is there. */
    checkAvailable() {
        if (this.o.platform !== 'linux' || !(0,_build_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .which */ .K7)('apt-get', this.o.env)) {
            const where = this.o.platform === 'darwin'
                ? 'macOS'
                : this.o.platform === 'win32'
                    ? 'Windows'
                    : `this ${this.o.platform} machine (no apt-get on PATH)`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`${this.purpose.action} installs ${this.purpose.what} with apt-get, which ${where} does not have. ` +
                'It supports Debian and Ubuntu runners (ubuntu-latest, ubuntu-24.04, ubuntu-22.04, debian containers). ' +
                'On macOS and Windows runners build for the runner itself (no setup needed), or run this job on ubuntu-latest.', { key: this.purpose.key });
        }
    }
    /** `[]` as root, `['sudo', '-n']` with sudo, else a clear error. */
    prefix() {
        if (this.sudoPrefix)
            return this.sudoPrefix;
        if (this.o.uid === 0)
            this.sudoPrefix = [];
        else if ((0,_build_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .which */ .K7)('sudo', this.o.env))
            this.sudoPrefix = ['sudo', '-n'];
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`${this.purpose.action} must install packages with apt-get, which needs root, but it runs as user ${this.o.uid ?? '?'} and sudo is not on PATH. ` +
                'Run the job as root (a container), install sudo with passwordless rights for this user, or install the packages beforehand.');
        }
        return this.sudoPrefix;
    }
    /** Runs `args` as root (directly or through `sudo -n`); a failure is a DistroError with the output. */
    async root(args) {
        const p = this.prefix();
        // sudo resets the environment: pass DEBIAN_FRONTEND through env(1).
        const argv = [...p, ...(p.length ? ['env', 'DEBIAN_FRONTEND=noninteractive'] : []), ...args];
        const r = await this.exec(argv, { ...this.o.env, DEBIAN_FRONTEND: 'noninteractive' }, this.o.log);
        if (r.code !== 0) {
            const tail = r.output.trim().split('\n').slice(-15).join('\n');
            if (LOCK_RE.test(r.output)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`apt is locked by another process and stayed locked for ${this.lockTimeout()} s (\`${(0,_build_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCommand */ .fE)(argv)}\`):\n${tail}\n` +
                    'Wait for the other apt/dpkg (often unattended-upgrades at boot) to finish, or run this step later in the job.');
            }
            if (p.length &&
                /a password is required|a terminal is required|may not run sudo|not in the sudoers/.test(r.output)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`sudo refused to run apt-get without a password (\`${(0,_build_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCommand */ .fE)(argv)}\`): ${tail}\n` +
                    'Give this user passwordless sudo (GitHub-hosted runners have it) or run the job as root.');
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`\`${(0,_build_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCommand */ .fE)(argv)}\` failed (exit ${r.code}); last lines of output:\n${tail}`);
        }
        return r;
    }
    lockTimeout() {
        return this.o.lockTimeout ?? 300;
    }
    aptGet(...args) {
        return ['apt-get', '-o', `DPkg::Lock::Timeout=${this.lockTimeout()}`, ...args];
    }
    /** Packages of `names` that dpkg has installed. */
    async installedOf(names) {
        if (names.length === 0)
            return new Set();
        const r = await this.exec(['dpkg-query', '-W', '-f=${Package} ${db:Status-Status}\\n', ...names], this.o.env, this.o.log, true);
        const out = new Set();
        for (const line of r.stdout.split('\n')) {
            const [name, status] = line.trim().split(/\s+/);
            if (name && status === 'installed')
                out.add(name.replace(/:.*$/, ''));
        }
        return out;
    }
    /** Whether `names` are all installed now (after a cache restore); warns naming those not. */
    async installedIf(names) {
        const now = await this.installedOf(names);
        const still = names.filter((p) => !now.has(p));
        if (still.length)
            this.o.log.warn(`apt: ${still.join(' ')} still not installed after the cache restore; installing with apt`);
        return still.length === 0;
    }
    /** Candidate versions from the apt cache; a package without one is absent from the result. */
    async candidates(names) {
        if (names.length === 0)
            return {};
        const r = await this.exec(['apt-cache', 'policy', ...names], this.o.env, this.o.log, true);
        const out = {};
        let current;
        for (const line of r.stdout.split('\n')) {
            const head = /^(\S+):\s*$/.exec(line);
            if (head) {
                current = head[1].replace(/:.*$/, '');
                continue;
            }
            const cand = /^\s+Candidate:\s*(\S+)/.exec(line);
            if (cand && current && cand[1] !== '(none)')
                out[current] = cand[1];
        }
        return out;
    }
    /**
     * The .deb file names `apt-get install` would download for `names` into `archives` (those not
     * there already), from `--print-uris`; undefined when apt cannot tell. Needs no root.
     */
    async downloads(names, archives) {
        const r = await this.exec([
            'apt-get',
            '-o',
            `Dir::Cache::archives=${archives}/`,
            'install',
            '--print-uris',
            '-qq',
            '--no-install-recommends',
            ...names,
        ], this.o.env, this.o.log, true).catch(() => undefined);
        if (!r || r.code !== 0)
            return undefined;
        const out = [];
        for (const line of r.stdout.split('\n')) {
            const m = /^'[^']+'\s+(\S+\.deb)\s/.exec(line);
            if (m)
                out.push(m[1]);
        }
        return out;
    }
    /** `apt-get install -s` of `names`: its output (needs no root), for the installed-files cache. */
    async simulate(names) {
        const r = await this.exec(['apt-get', 'install', '-s', '-q', '--no-install-recommends', ...names], this.o.env, this.o.log, true).catch(() => undefined);
        return r && r.code === 0 ? r.stdout : undefined;
    }
    /**
     * Runs `fn` with man-db's trigger switched off (its index update takes seconds and nothing here
     * reads man pages); switched on again after, also when `fn` fails.
     */
    async withoutManDbTrigger(fn) {
        if (this.o.platform !== 'linux' || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(MAN_DB_AUTO_UPDATE))
            return fn();
        const off = `${MAN_DB_AUTO_UPDATE}.distro-off`;
        const moved = await this.root(['mv', '-f', MAN_DB_AUTO_UPDATE, off]).then(() => true, () => false);
        try {
            return await fn();
        }
        finally {
            if (moved)
                await this.root(['mv', '-f', off, MAN_DB_AUTO_UPDATE]).catch(() => undefined);
        }
    }
    /** Every .deb the install of `names` needs (as if nothing were downloaded yet). */
    async allDebs(names) {
        const empty = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'distro-apt-probe-'));
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(empty, 'partial'));
            return await this.downloads(names, empty);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(empty, { recursive: true, force: true });
        }
    }
    /**
     * Makes sure `packages` are installed. Those already installed are skipped; `apt-get update`
     * runs only when a package has no candidate in the cache (or a download fails with 404, the
     * lists being stale); one still missing after it is an error naming it. `beforeInstall` runs once
     * the versions are known and something is to be installed (the cache restore); when it returns
     * an archives directory, apt takes the packages from there and downloads the rest into it, and
     * when every .deb is there already the install runs with `--no-download`. `restored` runs first,
     * before any apt call: when it says it installed the missing packages (the installed-files cache)
     * and dpkg agrees, that is all.
     */
    async ensure(packages, beforeInstall, restored) {
        this.checkAvailable();
        const have = await this.installedOf(packages);
        const missing = packages.filter((p) => !have.has(p));
        const present = packages.filter((p) => have.has(p));
        if (missing.length === 0) {
            this.o.log.info(`apt: all ${packages.length} packages already installed: ${packages.join(' ')}`);
            return { installed: [], present, versions: {}, offline: false };
        }
        this.prefix(); // fail early without root or sudo
        // The installed-files cache first: when it installs them, nothing else needs apt.
        if (restored && (await restored(missing))) {
            const done = await this.installedIf(missing);
            if (done)
                return { installed: missing, present, versions: {}, offline: true };
        }
        let versions = await this.candidates(packages);
        let unknown = missing.filter((p) => !versions[p]);
        let updated = false;
        if (unknown.length) {
            this.o.log.info(`apt: ${unknown.join(', ')} not in the package cache; running apt-get update`);
            await this.root(this.aptGet('update', '-q'));
            updated = true;
            versions = await this.candidates(packages);
            unknown = missing.filter((p) => !versions[p]);
        }
        if (unknown.length) {
            const rel = this.o.release ? ` on ${this.o.release}` : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt(`apt has no package ${unknown.map((u) => `'${u}'`).join(', ')}${rel} (after apt-get update): ` +
                `this runner image cannot provide what ${this.purpose.action} needs. Use a newer Debian/Ubuntu runner` +
                (this.purpose === TOOLCHAIN_PURPOSE ? ', or check the `packages` input.' : '.'), { key: this.purpose.key });
        }
        const source = (beforeInstall ? await beforeInstall(versions, missing) : undefined) || {};
        const dirOpt = source.archives ? ['-o', `Dir::Cache::archives=${source.archives}/`] : [];
        let debs;
        let fetched;
        if (source.archives) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(source.archives, 'partial'), { recursive: true });
            debs = await this.allDebs(missing);
            const there = new Set(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(source.archives).catch(() => []));
            fetched = debs?.filter((d) => !there.has(d));
            if (debs)
                this.o.log.info(`apt: ${debs.length - fetched.length} of ${debs.length} .deb files in ${source.archives}` +
                    (fetched.length ? `; downloading ${fetched.length}` : '; installing without the network'));
        }
        const install = (offline) => this.root(this.aptGet(...dirOpt, '-o', 'Binary::apt::APT::Keep-Downloaded-Packages=true', 
        // Safe on a runner: a crash loses the machine anyway, and fsync per file costs seconds.
        '-o', 'DPkg::Options::=--force-unsafe-io', 'install', '-y', '-q', '--no-install-recommends', ...(offline ? ['--no-download'] : []), ...missing));
        let offline = !!debs && fetched.length === 0;
        try {
            await this.withoutManDbTrigger(() => install(offline));
        }
        catch (e) {
            const msg = e instanceof Error ? e.message : String(e);
            const retry = offline
                ? !/^(apt is locked|sudo refused)/.test(msg) // a bad cached .deb: download it
                : FETCH_RE.test(msg) && !updated; // stale lists: update once
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DistroError */ .Yt) || !retry)
                throw e;
            if (offline) {
                this.o.log.warn('apt: installing from the cached packages failed; downloading them instead');
            }
            else {
                this.o.log.info('apt: a download failed (stale package lists?); running apt-get update and retrying');
                await this.root(this.aptGet('update', '-q'));
            }
            offline = false;
            await this.withoutManDbTrigger(() => install(false));
        }
        return { installed: missing, present, versions, offline, debs, fetched };
    }
}


/***/ }),

/***/ 12061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ githubCacheAvailable),
/* harmony export */   GS: () => (/* binding */ githubPackageCache),
/* harmony export */   PI: () => (/* binding */ createPackageCache),
/* harmony export */   k$: () => (/* binding */ cacheKey),
/* harmony export */   kn: () => (/* binding */ cacheKeyPrefix),
/* harmony export */   wt: () => (/* binding */ noCache)
/* harmony export */ });
/* unused harmony exports APT_ARCHIVES, localPackageCache */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The package cache: the .deb files apt downloaded for a target's package set, saved and restored
 * under a key made of the target, the runner's OS image and the package versions, so a warm setup
 * installs them with `apt-get install --no-download` and never touches the network.
 *
 * Behind an interface so the stage never imports @actions/cache itself. `createPackageCache(env)`
 * picks: `DISTRO_CACHE_DIR` set → a local directory store; on GitHub (ACTIONS_RUNTIME_TOKEN and the
 * cache service URL set) → @actions/cache, imported lazily so it stays out of the cold start; else
 * the local store under `$RUNNER_TEMP/distro-cache`; else no cache.
 */




/** Where apt keeps downloaded packages by default (root-owned). */
const APT_ARCHIVES = '/var/cache/apt/archives';
/** No cache: every setup is cold. */
const noCache = {
    description: 'no cache',
    restore: async () => undefined,
    save: async () => { },
};
/**
 * Whether the GitHub Actions cache service is reachable, as @actions/cache's isFeatureAvailable()
 * decides it: the v2 service (ACTIONS_CACHE_SERVICE_V2, what github.com runs) at
 * ACTIONS_RESULTS_URL, the v1 service at ACTIONS_CACHE_URL only.
 */
function githubCacheAvailable(env) {
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return false;
    return env.ACTIONS_CACHE_SERVICE_V2 ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}
/** The cache for an environment (see the file comment for the order). */
function createPackageCache(env) {
    if (env.DISTRO_CACHE_DIR)
        return localPackageCache(env.DISTRO_CACHE_DIR);
    if (githubCacheAvailable(env))
        return githubPackageCache();
    if (env.RUNNER_TEMP)
        return localPackageCache(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.RUNNER_TEMP, 'distro-cache'));
    return noCache;
}
/**
 * @actions/cache behind PackageCache. The module is imported on first use only, so it is a separate
 * chunk of the bundle and costs nothing to actions that never reach a cache. It reads the runner's
 * ACTIONS_* variables itself.
 */
function githubPackageCache() {
    const load = () => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(2830), __webpack_require__.e(7981), __webpack_require__.e(4533), __webpack_require__.e(5692)]).then(__webpack_require__.bind(__webpack_require__, 45692));
    return {
        description: 'GitHub Actions cache',
        async restore(paths, key, restoreKeys) {
            const c = await load();
            if (!c.isFeatureAvailable())
                return undefined;
            return c.restoreCache(paths.slice(), key, restoreKeys.slice());
        },
        async save(paths, key) {
            const c = await load();
            if (!c.isFeatureAvailable())
                return;
            let id;
            try {
                id = await c.saveCache(paths.slice(), key);
            }
            catch (e) {
                // Another job saved the same key first: the entry is there, which is all we want.
                if (e instanceof c.ReserveCacheError || e.name === 'ReserveCacheError')
                    return;
                throw e;
            }
            // saveCache logs why itself and returns -1 (the key exists already, or the service refused).
            if (id === -1)
                throw new Error(`${key} was not saved (see the cache client's message above)`);
        },
    };
}
/** @actions/cache's notion of an entry's version: the paths (and, there, the compression). */
function pathsVersion(paths) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(paths.join('|')).digest('hex').slice(0, 16);
}
/** Files named by `paths`: a file, a directory (recursively) or `<dir>/<glob>` with `*` in the last part. */
async function expandPaths(paths) {
    const out = [];
    const walk = async (p) => {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(p).catch(() => undefined);
        if (!s)
            return;
        if (s.isFile())
            out.push(p);
        else if (s.isDirectory())
            for (const e of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(p)).sort())
                await walk(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(p, e));
    };
    for (const p of paths) {
        const base = node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(p);
        if (base.includes('*')) {
            const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(p);
            const re = new RegExp(`^${base.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
            const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch(() => []);
            for (const n of names.filter((x) => re.test(x)).sort()) {
                const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, n)).catch(() => undefined);
                if (s?.isFile())
                    out.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, n));
            }
        }
        else
            await walk(p);
    }
    return out;
}
/**
 * A directory store with @actions/cache's semantics, for local runs, the CLI and the tests:
 * `<root>/<key>/manifest.json` and `<root>/<key>/files/<n>`. Restore puts the files back at their
 * absolute paths; an entry saved with other `paths` is a miss (as there); saving an existing key
 * does nothing; a save is written beside and renamed in, so a reader never sees half an entry.
 */
function localPackageCache(root) {
    const entryDir = (key) => {
        if (!key || /[/\\,]/.test(key) || key.startsWith('.'))
            throw new Error(`cache key '${key}' cannot be used as a directory name`);
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, key);
    };
    const manifestOf = async (key) => {
        try {
            return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, key, 'manifest.json'), 'utf8'));
        }
        catch {
            return undefined;
        }
    };
    const find = async (key, restoreKeys, version) => {
        const exact = await manifestOf(node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(entryDir(key)));
        if (exact && exact.version === version)
            return exact;
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(root).catch(() => []);
        for (const prefix of restoreKeys) {
            const found = [];
            for (const n of names.filter((x) => !x.startsWith('.') && x.startsWith(prefix))) {
                const m = await manifestOf(n);
                if (m && m.version === version)
                    found.push(m);
            }
            found.sort((a, b) => b.created - a.created);
            if (found[0])
                return found[0];
        }
        return undefined;
    };
    return {
        description: `local directory ${root}`,
        async restore(paths, key, restoreKeys) {
            const m = await find(key, restoreKeys, pathsVersion(paths));
            if (!m)
                return undefined;
            for (const [i, f] of m.files.entries()) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(f), { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, m.key, 'files', String(i)), f);
            }
            return m.key;
        },
        async save(paths, key) {
            const dest = entryDir(key);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dest))
                return;
            const files = await expandPaths(paths);
            if (files.length === 0)
                throw new Error(`nothing to save: no file matches ${paths.join(', ')}`);
            const tmp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, `.tmp-${key}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, 'files'), { recursive: true });
            try {
                for (const [i, f] of files.entries())
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(f, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, 'files', String(i)));
                const m = { key, version: pathsVersion(paths), files, created: Date.now() };
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, 'manifest.json'), JSON.stringify(m, null, 2) + '\n');
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, dest).catch((e) => {
                    // Saved by someone else meanwhile: keep theirs.
                    if (e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST')
                        throw e;
                });
            }
            finally {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { recursive: true, force: true });
            }
        },
    };
}
/** The prefix of every key of a target on an OS image (the restore key). */
function cacheKeyPrefix(target, osImage) {
    return `distro-apt-${osImage}-${target}-`;
}
/** The cache key: target, OS image and a hash of the sorted `name=version` list. */
function cacheKey(target, osImage, versions) {
    const list = Object.entries(versions)
        .map(([n, v]) => `${n}=${v}`)
        .sort()
        .join('\n');
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(list).digest('hex').slice(0, 20);
    return `${cacheKeyPrefix(target, osImage)}${h}`;
}


/***/ }),

/***/ 75834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kx: () => (/* binding */ installCached),
  Uj: () => (/* binding */ osImage),
  lf: () => (/* binding */ osInfo)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/toolchain/cache.ts
var toolchain_cache = __webpack_require__(12061);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
;// CONCATENATED MODULE: ./src/toolchain/snapshot.ts
/**
 * The installed-files cache: what dpkg put down for a package set, as one archive, so a warm setup
 * is one extraction instead of downloading and unpacking every .deb (dpkg unpacking dominates a
 * cross toolchain install; a .deb cache alone cannot make it much faster).
 *
 * After a cold install, `captureSnapshot` packs the files the newly installed packages own (their
 * dpkg `.list` files), their dpkg info files and their status stanzas into `<dir>`:
 *   installed.tar.zst   the files, paths relative to /
 *   status              the packages' stanzas of /var/lib/dpkg/status, as dpkg wrote them
 *   manifest.json       the packages (name, architecture, version) the snapshot holds
 * `restoreSnapshot` puts them back when apt would install exactly those packages at those versions:
 * one `tar -x` as root, then the stanzas merged into the status file written beside it and renamed
 * over it (what dpkg does itself), so dpkg and apt know the packages and a second run installs
 * nothing. Anything that does not match is reported and the caller installs through apt instead.
 *
 * A package set whose packages have a postinst script is not captured: restoring its files would
 * skip what that script does (alternatives, users, binfmt registrations). Those sets use the .deb
 * cache (install.ts). Triggers such a restore would have fired (ldconfig, man-db) are not run: the
 * cross libraries are not in the host's ld.so paths, and man pages are not indexed.
 */




const SNAPSHOT_KEY_PREFIX = 'distro-installed-';
const sortPlan = (p) => [...p].sort((a, b) => (a.name + ':' + a.arch).localeCompare(b.name + ':' + b.arch));
const planText = (p) => sortPlan(p)
    .map((x) => `${x.name}:${x.arch}=${x.version}`)
    .join('\n');
/** The prefix of every snapshot key of the set `name` on `image` (the restore key). */
const snapshotKeyPrefix = (name, image) => `${SNAPSHOT_KEY_PREFIX}${image}-${name}-`;
/**
 * The key of a plan: the set name, the OS image and the exact packages (with dependencies) apt
 * would install; used when the apt state key (state.ts) cannot be read.
 */
function snapshotKey(name, image, plan) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(planText(plan)).digest('hex').slice(0, 20);
    return snapshotKeyPrefix(name, image) + h;
}
/**
 * The packages `apt-get install -s` (its output, `text`) would install; undefined when it would also
 * remove or upgrade something (a snapshot only ever adds packages).
 */
function parseSimulation(text) {
    const out = [];
    for (const line of text.split('\n')) {
        if (/^Remv /.test(line))
            return undefined;
        const m = /^Inst (\S+) (\[[^\]]*\] )?\((\S+) .*\[([^\]]+)\]\)/.exec(line);
        if (!m)
            continue;
        if (m[2])
            return undefined; // an upgrade of an installed version
        out.push({ name: m[1].replace(/:.*$/, ''), arch: m[4], version: m[3] });
    }
    return out;
}
/** The stanzas of a dpkg status file. */
function parseStatus(text) {
    return text
        .split(/\n\n+/)
        .filter((s) => s.trim())
        .map((s) => {
        const f = (k) => new RegExp(`^${k}: *(.*)$`, 'm').exec(s)?.[1]?.trim() ?? '';
        return {
            name: f('Package'),
            arch: f('Architecture'),
            version: f('Version'),
            status: f('Status'),
            text: s.replace(/^\n+|\n+$/g, ''),
        };
    });
}
const id = (p) => `${p.name}:${p.arch}`;
/** The info files of `p` in `infoDir` (`<name>.list`, `<name>:<arch>.list` …). */
function infoFilesOf(names, p) {
    return names.filter((n) => n.startsWith(`${p.name}.`) || n.startsWith(`${p.name}:${p.arch}.`));
}
const rootOf = (o) => o.root ?? '/';
const adminOf = (o) => o.admindir ?? external_node_path_default().join(rootOf(o), 'var/lib/dpkg');
/** The packages the snapshot in `dir` holds (its manifest); undefined when it has none. */
async function snapshotPackages(dir) {
    try {
        const m = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, 'manifest.json'), 'utf8'));
        return m.format === 1 && Array.isArray(m.packages) ? m.packages : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Packs the installed `plan` into `o.dir`; the reason it cannot, or undefined when done. `run` runs
 * tar (no root needed: the files are readable).
 */
async function captureSnapshot(o, plan, run) {
    const admin = adminOf(o);
    const stanzas = new Map(parseStatus(await (0,promises_.readFile)(external_node_path_default().join(admin, 'status'), 'utf8')).map((s) => [id(s), s]));
    const info = await (0,promises_.readdir)(external_node_path_default().join(admin, 'info'));
    const kept = [];
    const files = new Set();
    for (const p of plan) {
        const s = stanzas.get(id(p));
        if (!s || s.status !== 'install ok installed' || s.version !== p.version)
            return `${p.name} ${p.version} is not installed as planned`;
        const own = infoFilesOf(info, p);
        if (own.some((f) => f.endsWith('.postinst')))
            return `${p.name} has a postinst script`;
        kept.push(s.text);
        for (const f of own)
            files.add('/' + external_node_path_default().relative(rootOf(o), external_node_path_default().join(admin, 'info', f)));
        const list = own.find((f) => f.endsWith('.list'));
        if (!list)
            return `dpkg has no file list of ${p.name}`;
        for (const f of (await (0,promises_.readFile)(external_node_path_default().join(admin, 'info', list), 'utf8')).split('\n'))
            if (f && f !== '/.')
                files.add(f);
    }
    // Only what is there (path-excluded files are listed but absent); parents before children.
    const present = [];
    for (const f of [...files].sort()) {
        if (await (0,promises_.lstat)(external_node_path_default().join(rootOf(o), f)).catch(() => undefined))
            present.push(f.replace(/^\/+/, ''));
    }
    await (0,promises_.rm)(o.dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(o.dir, { recursive: true });
    const compression = (0,exec/* which */.K7)('zstd', o.env) ? 'zst' : 'gz';
    const listFile = external_node_path_default().join(o.dir, 'files.list');
    await (0,promises_.writeFile)(listFile, present.join('\0') + '\0');
    try {
        await run([
            'tar',
            '--create',
            '--no-recursion',
            '--null',
            `--directory=${rootOf(o)}`, // positional: before the list it applies to
            `--files-from=${listFile}`,
            ...(compression === 'zst' ? ['--use-compress-program=zstd -T0 -3'] : ['--gzip']),
            `--file=${external_node_path_default().join(o.dir, `installed.tar.${compression}`)}`,
        ]);
    }
    finally {
        await (0,promises_.rm)(listFile, { force: true });
    }
    await (0,promises_.writeFile)(external_node_path_default().join(o.dir, 'status'), kept.join('\n\n') + '\n');
    const m = { format: 1, packages: sortPlan(plan), compression };
    await (0,promises_.writeFile)(external_node_path_default().join(o.dir, 'manifest.json'), JSON.stringify(m, null, 2) + '\n');
    return undefined;
}
/**
 * Installs the snapshot in `o.dir` (restored from the cache) when it holds exactly `plan`; the
 * reason it does not, or undefined when installed. `root` runs argv as root (directly or through
 * `sudo -n`).
 */
async function restoreSnapshot(o, plan, root) {
    const admin = adminOf(o);
    let m;
    try {
        m = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(o.dir, 'manifest.json'), 'utf8'));
    }
    catch {
        return 'the cache entry has no manifest';
    }
    if (m.format !== 1 || planText(m.packages) !== planText(plan))
        return 'it holds other packages than apt would install now';
    // A dpkg run that stopped half-way leaves journal entries; dpkg must apply them first.
    if ((await (0,promises_.readdir)(external_node_path_default().join(admin, 'updates')).catch(() => [])).length)
        return `${admin}/updates is not empty (an interrupted dpkg run)`;
    const saved = parseStatus(await (0,promises_.readFile)(external_node_path_default().join(o.dir, 'status'), 'utf8'));
    const wanted = new Set(plan.map(id));
    if (saved.length !== plan.length || !saved.every((s) => wanted.has(id(s))))
        return 'its status stanzas do not match its manifest';
    const current = parseStatus(await (0,promises_.readFile)(external_node_path_default().join(admin, 'status'), 'utf8'));
    if (current.some((s) => wanted.has(id(s)) && s.status.endsWith(' installed')))
        return 'one of its packages is installed already';
    await root([
        'tar',
        '--extract',
        `--file=${external_node_path_default().join(o.dir, `installed.tar.${m.compression}`)}`,
        ...(m.compression === 'zst' ? ['--use-compress-program=zstd -d'] : ['--gzip']),
        `--directory=${rootOf(o)}`,
        // Existing directories keep their owner and mode, and a directory symlink (/lib -> usr/lib on
        // merged-/usr systems) stays a symlink.
        '--no-overwrite-dir',
        '--keep-directory-symlink',
    ]);
    // The files are in place; now dpkg learns of them, in one rename. dpkg's lock is an fcntl lock no
    // tool here can hold, so the status file is read again just before the rename, and the merge
    // redone when another dpkg run changed it meanwhile: the window left is one process start.
    const statusFile = external_node_path_default().join(admin, 'status');
    const tmp = external_node_path_default().join(o.dir, 'status.new');
    const next = external_node_path_default().join(admin, 'status-distro-new');
    let base = await (0,promises_.readFile)(statusFile, 'utf8');
    for (let attempt = 0;; attempt++) {
        // Stanzas of its packages left by a remove (config-files) are replaced.
        const others = parseStatus(base).filter((s) => !wanted.has(id(s)));
        const merged = [...others.map((s) => s.text), ...saved.map((s) => s.text)].join('\n\n') + '\n';
        await (0,promises_.writeFile)(tmp, merged, { mode: 0o644 });
        await root(['install', '-m', '0644', tmp, next]);
        const now = await (0,promises_.readFile)(statusFile, 'utf8');
        if (now === base || attempt === 5)
            break;
        base = now;
    }
    await root(['mv', '-f', next, statusFile]);
    await (0,promises_.rm)(tmp, { force: true });
    return undefined;
}

;// CONCATENATED MODULE: ./src/toolchain/state.ts
/**
 * The apt state key of the installed-files cache: a hash of everything apt's resolution of an
 * install depends on, read from the files themselves (no apt call: on a runner without apt's binary
 * cache every apt-get or apt-cache run rebuilds it, seconds each). apt is deterministic, so in the
 * same state it resolves the same plan, and a snapshot saved under the key of the state it was
 * installed from can be restored without asking apt (install.ts).
 *
 * The state: the requested packages, the OS image (in the key's name), dpkg's native and foreign
 * architectures, the package universe (the content of the Release/InRelease files under apt's lists;
 * the other list files by name and size), the configuration under /etc/apt (sources, preferences,
 * apt.conf.d, keyrings) and every package dpkg has (name, architecture, version, status).
 */




/** The files of `dir`, recursively, as paths relative to it, sorted; none when it does not exist. */
async function filesUnder(dir, rel = '') {
    const out = [];
    const names = (await (0,promises_.readdir)(external_node_path_default().join(dir, rel)).catch(() => [])).sort();
    for (const n of names) {
        const r = external_node_path_default().join(rel, n);
        const s = await (0,promises_.stat)(external_node_path_default().join(dir, r)).catch(() => undefined);
        if (s?.isDirectory())
            out.push(...(await filesUnder(dir, r)));
        else if (s?.isFile())
            out.push(r);
    }
    return out;
}
const sha256 = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
/** The lines of the state text for apt's lists: Release files by content, the rest by size. */
async function listsState(lists) {
    const out = [];
    for (const f of await filesUnder(lists)) {
        if (f.startsWith('partial/') || f === 'lock')
            continue;
        if (/(^|_)(In)?Release$/.test(f))
            out.push(`list ${f} ${sha256(await (0,promises_.readFile)(external_node_path_default().join(lists, f)))}`);
        else
            out.push(`list ${f} size ${(await (0,promises_.stat)(external_node_path_default().join(lists, f))).size}`);
    }
    return out;
}
/** The lines of the state text for dpkg: architectures and every package it has (not the purged). */
async function dpkgState(admin) {
    const stanzas = parseStatus(await (0,promises_.readFile)(external_node_path_default().join(admin, 'status'), 'utf8'));
    // dpkg's own architecture is the native one (the arch file lists the foreign ones).
    const native = stanzas.find((s) => s.name === 'dpkg')?.arch ?? '';
    const foreign = (await (0,promises_.readFile)(external_node_path_default().join(admin, 'arch'), 'utf8').catch(() => ''))
        .split(/\s+/)
        .filter(Boolean)
        .sort();
    const have = stanzas
        .filter((s) => s.name && !s.status.endsWith(' not-installed'))
        .map((s) => `pkg ${s.name}:${s.arch}=${s.version} ${s.status}`)
        .sort();
    return [`native ${native}`, `foreign ${foreign.join(' ')}`, ...have];
}
/**
 * The state key of installing `packages` for the set `name` on `image` in the machine's current
 * state (see the file comment); the same prefix as snapshotKey(), so either is found by it.
 */
async function aptStateKey(name, image, packages, o) {
    const root = rootOf(o);
    const etc = external_node_path_default().join(root, 'etc/apt');
    const config = [];
    for (const f of await filesUnder(etc))
        config.push(`etc ${f} ${sha256(await (0,promises_.readFile)(external_node_path_default().join(etc, f)))}`);
    const text = [
        `packages ${[...new Set(packages)].sort().join(' ')}`,
        ...(await dpkgState(adminOf(o))),
        ...(await listsState(external_node_path_default().join(root, 'var/lib/apt/lists'))),
        ...config,
    ].join('\n');
    return snapshotKeyPrefix(name, image) + sha256(text).slice(0, 20);
}

;// CONCATENATED MODULE: ./src/toolchain/install.ts
/**
 * apt installs with the package cache, shared by setup-cross-toolchain and qemu-smoke-test: the
 * missing packages' .deb files are restored from the cache (keyed by a name, the OS image and the
 * package versions) into a directory apt downloads into, installed (offline when all are there),
 * and saved again after a miss or a partial hit.
 */







/** The fields of /etc/os-release (`text`, default the file) the installs use. */
function osInfo(text) {
    const t = text ?? ((0,external_node_fs_.existsSync)('/etc/os-release') ? (0,external_node_fs_.readFileSync)('/etc/os-release', 'utf8') : '');
    const get = (k) => new RegExp(`^${k}="?([^"\\n]*)"?`, 'm').exec(t)?.[1] ?? '';
    return { id: get('ID') || 'linux', version: get('VERSION_ID'), codename: get('VERSION_CODENAME') };
}
/**
 * The OS image part of a cache key: GitHub's ImageOS (ubuntu24) or os-release (debian12), and the
 * CPU. Not ImageVersion: it changes weekly while the package versions, which are in the key, do not.
 */
function osImage(env, os, cpu) {
    return `${env.ImageOS || `${os.id}${os.version}`}-${cpu}`;
}
/** Installs the missing ones of `o.packages` through apt and the package cache. */
async function installCached(o) {
    const store = o.store && o.store !== toolchain_cache/* noCache */.wt ? o.store : undefined;
    const paths = [external_node_path_default().join(o.archives, '*.deb')];
    let cache = 'not needed';
    let key;
    let restoredKey;
    let restoreMs = 0;
    let snap;
    /** The apt state key of the machine before the install (state.ts), when it could be read. */
    let state;
    let restoredSnapshot = false;
    const r = await o.apt.ensure(o.packages, async (versions, missing) => {
        if (!store) {
            cache = 'disabled';
            return;
        }
        const t0 = Date.now();
        try {
            if (o.snapshotDir) {
                snap ??= await snapshotPlan(o, missing);
                // Again: an `apt-get update` since the first reading changed the state the plan is of.
                state = await stateKeyOf(o);
            }
            key = (0,toolchain_cache/* cacheKey */.k$)(o.name, o.image, versions);
            await (0,promises_.mkdir)(external_node_path_default().join(o.archives, 'partial'), { recursive: true });
            restoredKey = await store
                .restore(paths, key, [(0,toolchain_cache/* cacheKeyPrefix */.kn)(o.name, o.image)])
                .catch((e) => {
                o.log.warn(`package cache: restore failed (${(0,errors/* errorMessage */.gJ)(e)}); installing from the network`);
                return undefined;
            });
        }
        finally {
            restoreMs += Date.now() - t0;
        }
        cache = restoredKey === key ? 'hit' : restoredKey ? 'partial' : 'miss';
        o.log.info(`package cache (${store.description}): ${cache} for ${key}` +
            (cache === 'partial' ? ` (restored ${restoredKey})` : ''));
        return { archives: o.archives };
    }, 
    // the installed-files snapshot: by the state key no apt call at all, else one `apt-get install -s`
    async (missing) => {
        if (!store || !o.snapshotDir)
            return false;
        const t0 = Date.now();
        try {
            state = await stateKeyOf(o);
            const got = await restoreSnapshotFrom(o, store, state, missing);
            snap = got.planned; // apt's plan, when it was asked: not asked again for the capture
            if (!got.installed)
                return false;
            snap = got.installed;
        }
        finally {
            restoreMs += Date.now() - t0;
        }
        restoredSnapshot = true;
        cache = 'hit';
        key = restoredKey = snap.key;
        return true;
    });
    if (restoredSnapshot && !r.offline) {
        restoredSnapshot = false; // apt installed them after all
        cache = 'miss';
    }
    const t0 = Date.now();
    if (store && key && !restoredSnapshot && (cache === 'miss' || cache === 'partial' || snap)) {
        // An installed-files snapshot when the set allows one (the fast warm path), else the .deb files.
        const saved = snap && (await captureFor(o, snap)) ? (state ?? snap.key) : undefined;
        if (saved)
            await saveLogged(o, store, [o.snapshotDir], saved);
        else if (cache === 'miss' || cache === 'partial')
            await saveDebs(o, store, paths, key, r.debs);
    }
    else if (store && restoredSnapshot && state && snap && snap.key !== state) {
        // Restored from an older state's entry (its plan checked by apt): keep it under this state's
        // key too, so the next run in this state needs no apt call; the old one expires unused.
        await saveLogged(o, store, [o.snapshotDir], state);
    }
    const saveMs = Date.now() - t0;
    return {
        installed: r.installed,
        present: r.present,
        cache,
        key,
        restoredKey,
        offline: r.offline,
        snapshot: restoredSnapshot,
        fetched: r.fetched?.length,
        restoreMs,
        saveMs,
    };
}
/** The exact packages apt would install for `missing` (one `apt-get install -s`), and their key. */
async function snapshotPlan(o, missing) {
    const sim = await o.apt.simulate(missing);
    const plan = sim === undefined ? undefined : parseSimulation(sim);
    if (!plan?.length)
        return undefined;
    return { plan, key: snapshotKey(o.name, o.image, plan) };
}
/** aptStateKey() of the machine; undefined (logged) when a file it reads cannot be read. */
async function stateKeyOf(o) {
    return aptStateKey(o.name, o.image, o.packages, {}).catch((e) => {
        o.log.info(`package cache: no apt state key (${(0,errors/* errorMessage */.gJ)(e)}); asking apt for the plan`);
        return undefined;
    });
}
const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
/** The size of the files in `dir`, for the log (`63 MiB`). */
async function sizeOf(dir) {
    let n = 0;
    for (const f of await (0,promises_.readdir)(dir).catch(() => []))
        n += (await (0,promises_.stat)(external_node_path_default().join(dir, f)).catch(() => undefined))?.size ?? 0;
    return `${(n / 1048576).toFixed(1)} MiB`;
}
/**
 * Restores the entry of `state` (or, on a miss, the newest of the set) and installs its snapshot;
 * what it installed, or undefined (with the reason logged). The entry of `state` holds what apt
 * would install in this very state, so its manifest is the plan; an older entry is used only when
 * its manifest is exactly what `apt-get install -s` says apt would install now.
 */
async function restoreSnapshotFrom(o, store, state, missing) {
    const dir = o.snapshotDir;
    const t0 = Date.now();
    let snap;
    let planned;
    const why = await (async () => {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        const prefix = snapshotKeyPrefix(o.name, o.image);
        const got = await store.restore([dir], state ?? prefix, [prefix]);
        if (!got)
            return `miss for ${state ?? prefix}`;
        const held = got === state ? await snapshotPackages(dir) : undefined;
        if (!held)
            planned = await snapshotPlan(o, missing);
        snap = held ? { plan: held, key: got } : planned && { ...planned, key: got };
        if (!snap)
            return `of ${got} not used: apt cannot tell what it would install`;
        const no = await restoreSnapshot({ dir, env: o.apt.env }, snap.plan, (argv) => o.apt.root(argv).then(() => { }));
        return no && `${no}, for ${got}`;
    })().catch((e) => `restore failed (${(0,errors/* errorMessage */.gJ)(e)})`);
    o.log.info(`package cache (${store.description}): ` +
        (why === undefined
            ? `hit for ${snap.key}: installed files restored (${snap.plan.length} packages, ` +
                `${await sizeOf(dir)} in ${seconds(t0)})`
            : `installed files ${why}`));
    return { installed: why === undefined ? snap : undefined, planned };
}
/** Packs the snapshot after a cold install; false (with the reason logged) when the set has none. */
async function captureFor(o, snap) {
    const run = async (argv) => {
        const r = await o.apt.exec(argv, o.apt.env, o.log, true);
        if (r.code !== 0)
            throw new Error(`${argv[0]} failed (exit ${r.code}): ${r.output.trim().slice(-500)}`);
    };
    const t0 = Date.now();
    o.log.info(`package cache: packing the files of ${snap.plan.length} installed packages…`);
    const why = await captureSnapshot({ dir: o.snapshotDir, env: o.apt.env }, snap.plan, run).catch((e) => `packing failed (${(0,errors/* errorMessage */.gJ)(e)})`);
    if (why)
        o.log.info(`package cache: no installed-files snapshot (${why}); saving the .deb files`);
    else
        o.log.info(`package cache: packed ${await sizeOf(o.snapshotDir)} in ${seconds(t0)}`);
    return !why;
}
async function saveLogged(o, store, paths, key) {
    await store
        .save(paths, key)
        .then(() => o.log.info(`package cache: saved ${key}`))
        .catch((e) => o.log.warn(`package cache: save failed (${(0,errors/* errorMessage */.gJ)(e)})`));
}
/** Saves this package set's .deb files (only those, so entries do not grow with every version bump). */
async function saveDebs(o, store, paths, key, debs) {
    if (debs) {
        const keep = new Set(debs);
        for (const f of await (0,promises_.readdir)(o.archives).catch(() => []))
            if (f.endsWith('.deb') && !keep.has(f))
                await (0,promises_.rm)(external_node_path_default().join(o.archives, f), { force: true });
    }
    await saveLogged(o, store, paths, key);
}


/***/ })

};
