/**
 * What a rehearsed step shares with the GitHub runner: the file commands (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY), workflow commands on stdout (`::add-mask::`, `::error::`…),
 * and a child process whose output is streamed with secrets masked.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV file: `name=value` lines and `name<<DELIM` … `DELIM` blocks,
 * as the runner reads them (a block whose delimiter never comes is an error there, and here).
 */
export function parseFileCommands(text: string, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const hd = line.indexOf('<<');
    if (hd > 0 && (eq < 0 || hd < eq)) {
      const name = line.slice(0, hd);
      const delim = line.slice(hd + 2);
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      if (i >= lines.length)
        throw new Error(`${path.basename(file)}: '${name}<<${delim}' has no closing '${delim}' line`);
      out[name] = value.join('\n');
    } else if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
    else
      throw new Error(
        `${path.basename(file)}: cannot read the line '${line.slice(0, 80)}' (name=value or name<<DELIMITER)`,
      );
  }
  return out;
}

/** The four files of one step, created empty. */
export interface FileCommands {
  output: string;
  env: string;
  path: string;
  summary: string;
}

export async function makeFileCommands(dir: string, tag: string): Promise<FileCommands> {
  const f = async (n: string) => {
    const p = path.join(dir, `${tag}-${n}`);
    await writeFile(p, '');
    return p;
  };
  return {
    output: await f('output'),
    env: await f('env'),
    path: await f('path'),
    summary: await f('summary'),
  };
}

export async function readFileCommands(f: FileCommands) {
  const read = (p: string) => readFile(p, 'utf8');
  return {
    outputs: parseFileCommands(await read(f.output), f.output),
    env: parseFileCommands(await read(f.env), f.env),
    path: (await read(f.path))
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    summary: await read(f.summary),
  };
}

/** Replaces every secret value in `line` with ***. */
export class Masker {
  private readonly values = new Set<string>();
  add(v: string | undefined): void {
    if (!v) return;
    for (const part of [v, ...v.split(/\r?\n/)]) if (part.trim().length > 2) this.values.add(part);
  }
  mask(line: string): string {
    let out = line;
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) out = out.split(v).join('***');
    return out;
  }
}

/**
 * How the runner shows one output line: `::add-mask::` adds a secret and shows nothing,
 * `::debug::` only when asked, `::group::` as its title, `::error …::m` as `error: m`; undefined
 * for nothing to show.
 */
export function workflowCommand(line: string, masker: Masker, debug: boolean): string | undefined {
  const m = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
  if (!m) return line;
  const [, cmd, , msg] = m as unknown as [string, string, string | undefined, string];
  switch (cmd) {
    case 'add-mask':
      masker.add(msg);
      return undefined;
    case 'debug':
      return debug ? `debug: ${msg}` : undefined;
    case 'group':
      return `▸ ${msg}`;
    case 'endgroup':
      return undefined;
    case 'error':
    case 'warning':
    case 'notice':
      return `${cmd}: ${msg}`;
  }
  return line;
}

/**
 * Runs `argv` with `env` in `cwd`, every output line (masked) to `onLine`; `::add-mask::` lines add
 * to the masker and are not shown. Resolves with the exit code (or the signal as a string).
 */
export function runProcess(
  argv: string[],
  o: {
    cwd: string;
    env: Record<string, string>;
    masker: Masker;
    onLine: (l: string) => void;
    timeoutMs?: number;
    /** Show `::debug::` lines (hidden by default, as on GitHub without ACTIONS_STEP_DEBUG). */
    debug?: boolean;
  },
): Promise<number | string> {
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: o.cwd,
      env: o.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = o.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), o.timeoutMs) : undefined;
    const streams = [child.stdout, child.stderr].map(
      (s) =>
        new Promise<void>((done) => {
          const rl = createInterface({ input: s, crlfDelay: Infinity });
          rl.on('line', (l) => {
            const shown = workflowCommand(l, o.masker, o.debug ?? false);
            if (shown !== undefined) o.onLine(o.masker.mask(shown));
          });
          rl.on('close', done);
        }),
    );
    child.on('error', (e) => {
      o.onLine(`cannot start ${argv[0]}: ${e.message}`);
      clearTimeout(timer);
      resolve(127);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      void Promise.all(streams).then(() => resolve(code ?? `signal ${signal}`));
    });
  });
}
