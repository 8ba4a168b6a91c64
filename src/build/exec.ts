/**
 * Running build tools: argv arrays only (never a shell), the tool looked up on the PATH of the
 * environment we were given, output streamed line by line to the logger, and errors that say what
 * to install or which command failed with its last lines of output.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DistroError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Env } from './types.js';

/** The environment without unset entries, as child_process wants it. */
export function cleanEnv(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    if (process.platform === 'win32') return true;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where `cmd` is: a path (with a slash) is resolved against `cwd`; a bare name is looked up on
 * `env.PATH` (with `PATHEXT` on Windows). Undefined when it is not there.
 */
export function which(cmd: string, env: Env, cwd = '/'): string | undefined {
  if (cmd === '') return undefined;
  if (cmd.includes('/') || (process.platform === 'win32' && cmd.includes('\\'))) {
    const full = path.resolve(cwd, cmd);
    return isExecutable(full) ? full : undefined;
  }
  const exts =
    process.platform === 'win32'
      ? ['', ...(env.PATHEXT ?? env.Pathext ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)]
      : [''];
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const ext of exts) {
      const full = path.join(dir, cmd + ext);
      if (isExecutable(full)) return full;
    }
  }
  return undefined;
}

/** How to get `tool`, for the "is not installed" error. */
export function installHint(tool: string): string {
  const base = path.basename(tool);
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
  if (base === 'git') return 'install git with `apt-get install git`';
  return `install ${base} or put it on PATH`;
}

export function notInstalled(tool: string, env: Env, key?: string): DistroError {
  return new DistroError(
    `${tool} is not installed (not found on PATH=${env.PATH ?? ''}): ${installHint(tool)}.`,
    key ? { key } : {},
  );
}

/**
 * `a` as one shell word: kept as it is when it holds only characters no shell treats specially
 * (letters, digits and @ % + = : , . / _ -), else single-quoted, so a line we print for users to
 * paste never runs what a value holds (`$(…)`, backticks, `;`, `!` history expansion, globs).
 */
export function shellQuote(a: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

/** A command line for messages, logs and users to paste: each argument quoted by shellQuote. */
export function formatCommand(argv: string[]): string {
  return argv.map(shellQuote).join(' ');
}

export interface RunOptions {
  cwd: string;
  env: Env;
  log: Logger;
  /** Config key or input the tool comes from, for errors (`builder`, `build.command`). */
  key?: string;
  /** Lines of output to quote when the command fails (default 25). */
  tail?: number;
  /** Extra advice appended to the failure message when the output matches. */
  advice?: (output: string) => string | undefined;
}

export interface RunResult {
  /** The last lines of combined output. */
  tail: string[];
}

/** The error of a command that exited non-zero: the command line, the exit and its last lines. */
function failed(argv: string[], code: number | string, tail: string[], o: RunOptions): DistroError {
  const out = tail.join('\n');
  const extra = o.advice?.(out);
  return new DistroError(
    `\`${formatCommand(argv)}\` failed (exit ${code}) in ${o.cwd}` +
      (tail.length ? `; last lines of output:\n${out}` : ' with no output') +
      (extra ? `\n${extra}` : ''),
    o.key ? { key: o.key } : {},
  );
}

/** Runs `argv` (no shell), streaming stdout and stderr to log.info line by line. */
export async function run(argv: string[], o: RunOptions): Promise<RunResult> {
  const [cmd, ...args] = argv;
  const exe = which(cmd, o.env, o.cwd);
  if (!exe) throw notInstalled(cmd, o.env, o.key);
  o.log.info(`$ ${formatCommand(argv)}`);
  const keep = o.tail ?? 25;
  const tail: string[] = [];
  const child = spawn(exe, args, { cwd: o.cwd, env: cleanEnv(o.env), stdio: ['ignore', 'pipe', 'pipe'] });
  const onLine = (line: string): void => {
    o.log.info(line);
    tail.push(line);
    if (tail.length > keep) tail.shift();
  };
  const streams = [child.stdout, child.stderr].map(
    (s) =>
      new Promise<void>((resolve) => {
        const rl = createInterface({ input: s, crlfDelay: Infinity });
        rl.on('line', onLine);
        rl.on('close', resolve);
      }),
  );
  const code = await new Promise<number | string>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, signal) => resolve(c ?? `signal ${signal}`));
  }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw notInstalled(cmd, o.env, o.key);
    throw new DistroError(`could not run ${cmd}: ${err.message}`, o.key ? { key: o.key } : {});
  });
  await Promise.all(streams);
  if (code !== 0) throw failed(argv, code, tail, o);
  return { tail };
}

/**
 * Starts `argv` (no shell) with its stdout as a stream, for output too large to hold (git
 * archive). `done` settles when the process exits: a DistroError with the last lines of stderr
 * when it fails or is missing. Nothing is logged but the command line.
 */
export function runPiped(
  argv: string[],
  o: Omit<RunOptions, 'advice'>,
): { stdout: NodeJS.ReadableStream; done: Promise<void> } {
  const [cmd, ...args] = argv;
  const exe = which(cmd, o.env, o.cwd);
  if (!exe) throw notInstalled(cmd, o.env, o.key);
  o.log.info(`$ ${formatCommand(argv)}`);
  const child = spawn(exe, args, { cwd: o.cwd, env: cleanEnv(o.env), stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  createInterface({ input: child.stderr, crlfDelay: Infinity }).on('line', (line) => {
    tail.push(line);
    if (tail.length > (o.tail ?? 25)) tail.shift();
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT'
          ? notInstalled(cmd, o.env, o.key)
          : new DistroError(`could not run ${cmd}: ${err.message}`, o.key ? { key: o.key } : {}),
      ),
    );
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      reject(failed(argv, code ?? `signal ${signal}`, tail, o));
    });
  });
  return { stdout: child.stdout, done };
}

/**
 * Runs a short query (`git rev-parse HEAD`, `gcc --version`) and returns its trimmed stdout, or
 * undefined when the tool is missing or fails. Never throws, never logs at info level.
 */
export async function query(
  argv: string[],
  cwd: string,
  env: Env,
  timeoutMs = 15000,
): Promise<string | undefined> {
  const [cmd, ...args] = argv;
  const exe = which(cmd, env, cwd);
  if (!exe) return undefined;
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(exe, args, { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'ignore'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
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
export function splitCommand(line: string, key = 'build.command'): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (/\s/.test(c)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
      i++;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new DistroError(`${key}: unterminated ' quote in \`${line}\`.`, { key });
      cur += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
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
        } else {
          cur += d;
          i++;
        }
      }
      if (!closed) throw new DistroError(`${key}: unterminated " quote in \`${line}\`.`, { key });
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      cur += line[i + 1];
      inWord = true;
      i += 2;
    } else {
      cur += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(cur);
  return words;
}
