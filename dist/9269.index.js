export const id = 9269;
export const ids = [9269,1650];
export const modules = {

/***/ 92011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageFormatAction: () => (/* binding */ packageFormatAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _stages_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68305);
/* harmony import */ var _runner_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11890);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59870);



const packageFormatAction = async (inputs, rt) => {
    const r = await (0,_stages_package_js__WEBPACK_IMPORTED_MODULE_0__.packageStage)({
        ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .commonOptions */ .OP)(inputs, rt),
        target: inputs.optional('target'),
        formats: inputs.list('formats'),
    });
    await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .summarize */ .eh)(rt, 'package-format', r.artifacts);
    return { ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .stageOutputs */ .Tp)(r), packages: JSON.stringify(r.packages) };
};
/** Runs the package-format action (the runner protocol; what @github/local-action calls). */
const run = (0,_runner_run_js__WEBPACK_IMPORTED_MODULE_1__/* .actionRun */ .m)('package-format', packageFormatAction);


/***/ }),

/***/ 59870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ commonOptions),
/* harmony export */   Tp: () => (/* binding */ stageOutputs),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
/* harmony import */ var _runner_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99863);
/** What the action entries share: the common inputs of every stage, outputs and the summary table. */

/** The inputs every stage has (DESIGN contract 5). */
function commonOptions(inputs, rt) {
    return {
        workspace: rt.workspace,
        workingDirectory: inputs.string('working-directory') || '.',
        config: inputs.given('config') ? inputs.string('config') : undefined,
        distDir: inputs.string('dist-dir') || 'dist',
        from: inputs.list('from'),
        artifactPrefix: inputs.string('artifact-prefix') || 'distro',
        version: inputs.optional('version'),
        env: rt.env,
        log: rt.log,
        store: rt.store,
    };
}
function stageOutputs(r) {
    return { manifest: r.manifest, artifacts: JSON.stringify(r.artifacts), 'artifact-name': r.artifactName };
}
function size(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
async function summarize(rt, heading, added, notes = []) {
    const rows = added.map((a) => [a.path, a.kind, a.target ?? '', size(a.size), a.sha256.slice(0, 16)]);
    await (0,_runner_github_js__WEBPACK_IMPORTED_MODULE_0__/* .writeSummary */ .Sy)(rt.env, heading, [['artifact', 'kind', 'target', 'size', 'sha256'], ...rows], notes);
}


/***/ }),

/***/ 44107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ splitCommand),
/* harmony export */   Gx: () => (/* binding */ runPiped),
/* harmony export */   JO: () => (/* binding */ cleanEnv),
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   P: () => (/* binding */ query),
/* harmony export */   YT: () => (/* binding */ notInstalled),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   fE: () => (/* binding */ formatCommand)
/* harmony export */ });
/* unused harmony exports installHint, shellQuote */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/**
 * Running build tools: argv arrays only (never a shell), the tool looked up on the PATH of the
 * environment we were given, output streamed line by line to the logger, and errors that say what
 * to install or which command failed with its last lines of output.
 */





/** The environment without unset entries, as child_process wants it. */
function cleanEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
function isExecutable(file) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isFile())
            return false;
        if (process.platform === 'win32')
            return true;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Where `cmd` is: a path (with a slash) is resolved against `cwd`; a bare name is looked up on
 * `env.PATH` (with `PATHEXT` on Windows). Undefined when it is not there.
 */
function which(cmd, env, cwd = '/') {
    if (cmd === '')
        return undefined;
    if (cmd.includes('/') || (process.platform === 'win32' && cmd.includes('\\'))) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, cmd);
        return isExecutable(full) ? full : undefined;
    }
    const exts = process.platform === 'win32'
        ? ['', ...(env.PATHEXT ?? env.Pathext ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)]
        : [''];
    const dirs = (env.PATH ?? env.Path ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter)).filter(Boolean);
    for (const dir of dirs) {
        for (const ext of exts) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, cmd + ext);
            if (isExecutable(full))
                return full;
        }
    }
    return undefined;
}
/** How to get `tool`, for the "is not installed" error. */
function installHint(tool) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(tool);
    if (base === 'cargo' || base === 'rustc' || base === 'rustup')
        return 'install Rust with rustup (https://rustup.rs) or `apt-get install cargo`; on GitHub use the setup-cross-toolchain action or dtolnay/rust-toolchain';
    if (base === 'go')
        return 'install Go from https://go.dev/dl or `apt-get install golang-go`; on GitHub use actions/setup-go or the setup-cross-toolchain action';
    if (base === 'cmake')
        return 'install CMake with `apt-get install cmake` (or `pip install cmake`, https://cmake.org/download); GitHub-hosted runners have it';
    if (base === 'make' || base === 'gmake')
        return 'install GNU make with `apt-get install make` (or build-essential)';
    const cross = /^(.+)-(gcc|g\+\+|cc|strip|ar)$/.exec(base);
    if (cross) {
        const pkg = cross[2] === 'g++' ? 'g++' : cross[2] === 'strip' || cross[2] === 'ar' ? 'binutils' : 'gcc';
        return `install the cross toolchain with \`apt-get install ${pkg}-${cross[1].replace(/_/g, '-')}\`, or run the setup-cross-toolchain action for this target`;
    }
    if (base === 'gcc' || base === 'cc' || base === 'g++' || base === 'c++' || base === 'clang')
        return 'install a C compiler with `apt-get install build-essential` (or set CC)';
    if (base === 'strip' || base === 'ar')
        return 'install binutils with `apt-get install binutils` (or set STRIP)';
    if (base === 'git')
        return 'install git with `apt-get install git`';
    return `install ${base} or put it on PATH`;
}
function notInstalled(tool, env, key) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`${tool} is not installed (not found on PATH=${env.PATH ?? ''}): ${installHint(tool)}.`, key ? { key } : {});
}
/**
 * `a` as one shell word: kept as it is when it holds only characters no shell treats specially
 * (letters, digits and @ % + = : , . / _ -), else single-quoted, so a line we print for users to
 * paste never runs what a value holds (`$(…)`, backticks, `;`, `!` history expansion, globs).
 */
function shellQuote(a) {
    return /^[A-Za-z0-9@%+=:,./_-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}
/** A command line for messages, logs and users to paste: each argument quoted by shellQuote. */
function formatCommand(argv) {
    return argv.map(shellQuote).join(' ');
}
/** The error of a command that exited non-zero: the command line, the exit and its last lines. */
function failed(argv, code, tail, o) {
    const out = tail.join('\n');
    const extra = o.advice?.(out);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`\`${formatCommand(argv)}\` failed (exit ${code}) in ${o.cwd}` +
        (tail.length ? `; last lines of output:\n${out}` : ' with no output') +
        (extra ? `\n${extra}` : ''), o.key ? { key: o.key } : {});
}
/** Runs `argv` (no shell), streaming stdout and stderr to log.info line by line. */
async function run(argv, o) {
    const [cmd, ...args] = argv;
    const exe = which(cmd, o.env, o.cwd);
    if (!exe)
        throw notInstalled(cmd, o.env, o.key);
    o.log.info(`$ ${formatCommand(argv)}`);
    const keep = o.tail ?? 25;
    const tail = [];
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(exe, args, { cwd: o.cwd, env: cleanEnv(o.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const onLine = (line) => {
        o.log.info(line);
        tail.push(line);
        if (tail.length > keep)
            tail.shift();
    };
    const streams = [child.stdout, child.stderr].map((s) => new Promise((resolve) => {
        const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_3__.createInterface)({ input: s, crlfDelay: Infinity });
        rl.on('line', onLine);
        rl.on('close', resolve);
    }));
    const code = await new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (c, signal) => resolve(c ?? `signal ${signal}`));
    }).catch((err) => {
        if (err.code === 'ENOENT')
            throw notInstalled(cmd, o.env, o.key);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`could not run ${cmd}: ${err.message}`, o.key ? { key: o.key } : {});
    });
    await Promise.all(streams);
    if (code !== 0)
        throw failed(argv, code, tail, o);
    return { tail };
}
/**
 * Starts `argv` (no shell) with its stdout as a stream, for output too large to hold (git
 * archive). `done` settles when the process exits: a DistroError with the last lines of stderr
 * when it fails or is missing. Nothing is logged but the command line.
 */
function runPiped(argv, o) {
    const [cmd, ...args] = argv;
    const exe = which(cmd, o.env, o.cwd);
    if (!exe)
        throw notInstalled(cmd, o.env, o.key);
    o.log.info(`$ ${formatCommand(argv)}`);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(exe, args, { cwd: o.cwd, env: cleanEnv(o.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    (0,node_readline__WEBPACK_IMPORTED_MODULE_3__.createInterface)({ input: child.stderr, crlfDelay: Infinity }).on('line', (line) => {
        tail.push(line);
        if (tail.length > (o.tail ?? 25))
            tail.shift();
    });
    const done = new Promise((resolve, reject) => {
        child.on('error', (err) => reject(err.code === 'ENOENT'
            ? notInstalled(cmd, o.env, o.key)
            : new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`could not run ${cmd}: ${err.message}`, o.key ? { key: o.key } : {})));
        child.on('close', (code, signal) => {
            if (code === 0)
                return resolve();
            reject(failed(argv, code ?? `signal ${signal}`, tail, o));
        });
    });
    return { stdout: child.stdout, done };
}
/**
 * Runs a short query (`git rev-parse HEAD`, `gcc --version`) and returns its trimmed stdout, or
 * undefined when the tool is missing or fails. Never throws, never logs at info level.
 */
async function query(argv, cwd, env, timeoutMs = 15000) {
    const [cmd, ...args] = argv;
    const exe = which(cmd, env, cwd);
    if (!exe)
        return undefined;
    return new Promise((resolve) => {
        let out = '';
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(exe, args, { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'ignore'] });
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d) => (out += d));
        child.on('error', () => {
            clearTimeout(timer);
            resolve(undefined);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve(code === 0 ? out.trim() : undefined);
        });
    });
}
/**
 * Splits a command line into argv without a shell: whitespace separates words; '…' is literal;
 * "…" allows \" \\ \$ \` escapes; a backslash outside quotes escapes the next character.
 * No globbing, no variables, no pipes: a `|` or `&&` is just an argument.
 */
function splitCommand(line, key = 'build.command') {
    const words = [];
    let cur = '';
    let inWord = false;
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (/\s/.test(c)) {
            if (inWord)
                words.push(cur);
            cur = '';
            inWord = false;
            i++;
        }
        else if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`${key}: unterminated ' quote in \`${line}\`.`, { key });
            cur += line.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (c === '"') {
            i++;
            let closed = false;
            while (i < line.length) {
                const d = line[i];
                if (d === '"') {
                    closed = true;
                    i++;
                    break;
                }
                if (d === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
                    cur += line[i + 1];
                    i += 2;
                }
                else {
                    cur += d;
                    i++;
                }
            }
            if (!closed)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DistroError */ .Yt(`${key}: unterminated " quote in \`${line}\`.`, { key });
            inWord = true;
        }
        else if (c === '\\' && i + 1 < line.length) {
            cur += line[i + 1];
            inWord = true;
            i += 2;
        }
        else {
            cur += c;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(cur);
    return words;
}


/***/ })

};
