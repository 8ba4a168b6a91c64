/**
 * Running one smoke command: argv only (no shell), in its own process group so a timeout kills
 * everything it started (qemu, chroot, maintainer scripts), stdout and stderr streamed to a log
 * file (written beside and renamed in when the run ends) with only a bounded head kept in memory.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { cleanEnv, formatCommand } from '../build/exec.js';
import type { Env } from '../build/types.js';

/** Bytes of stdout and of stderr kept in memory for `expect`, the report and the failure message. */
export const KEEP_BYTES = 1024 * 1024;

export interface RunOutcome {
  /** The command as the log shows it. */
  command: string;
  /** Exit code; undefined when killed by a signal or not started. */
  code?: number;
  signal?: string;
  /** Killed after `timeoutMs`. */
  timedOut: boolean;
  /** Could not be started (ENOENT, EACCES…): the reason. */
  spawnError?: string;
  /** The first KEEP_BYTES of each stream (the log file has all of it). */
  stdout: string;
  stderr: string;
  /** Whether a stream was longer than what is kept. */
  truncated: boolean;
  ms: number;
}

export interface RunCommandOptions {
  env: Env;
  cwd?: string;
  /** Kill the process group after this many milliseconds. */
  timeoutMs: number;
  /** Where the command and its output go. */
  log?: CheckLog;
}

/** A check's log file: written as `<file>.tmp` while the check runs, renamed in by `close()`. */
export class CheckLog {
  private readonly stream;
  constructor(readonly file: string) {
    this.stream = createWriteStream(`${file}.tmp`);
  }
  write(text: string): void {
    this.stream.write(text);
  }
  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.stream.end((e?: Error | null) => (e ? reject(e) : resolve())),
    );
    await rename(`${this.file}.tmp`, this.file);
  }
}

class Head {
  text = '';
  truncated = false;
  add(s: string): void {
    if (this.text.length >= KEEP_BYTES) {
      this.truncated = true;
      return;
    }
    this.text += s.slice(0, KEEP_BYTES - this.text.length);
    if (s.length > KEEP_BYTES) this.truncated = true;
  }
}

/** How a run ended, in words: `exit 0`, `exit 3`, `killed by SIGSEGV`, `timed out after 5 s`. */
export function describeEnd(r: RunOutcome, timeoutMs: number): string {
  if (r.timedOut) return `timed out after ${Math.round(timeoutMs / 1000)} s`;
  if (r.spawnError) return `could not be started: ${r.spawnError}`;
  if (r.signal) return `killed by ${r.signal}`;
  return `exit ${r.code}`;
}

/**
 * Runs `argv` with a timeout. Never throws for the command's own failure: the outcome says how it
 * ended. The log gets a `$ command` line, the interleaved output and a closing `# exit …` line.
 */
export async function runCommand(argv: string[], o: RunCommandOptions): Promise<RunOutcome> {
  const command = formatCommand(argv);
  const t0 = performance.now();
  const log = o.log;
  log?.write(`$ ${command}\n`);
  const out = new Head();
  const err = new Head();
  const outcome = await new Promise<Omit<RunOutcome, 'stdout' | 'stderr' | 'truncated' | 'ms' | 'command'>>(
    (resolve) => {
      const child = spawn(argv[0]!, argv.slice(1), {
        cwd: o.cwd,
        env: cleanEnv(o.env),
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // its own process group: the timeout kills qemu's children too
      });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }, o.timeoutMs);
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stdout.on('data', (d: string) => {
        out.add(d);
        log?.write(d);
      });
      child.stderr.on('data', (d: string) => {
        err.add(d);
        log?.write(d);
      });
      child.on('error', (e: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        resolve({ timedOut: false, spawnError: `${argv[0]}: ${e.code ?? e.message}` });
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        // A grandchild (a daemon a postinst started) may still hold the group: end it too.
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // the group is gone already
        }
        resolve({ code: code ?? undefined, signal: signal ?? undefined, timedOut });
      });
    },
  );
  const ms = Math.round(performance.now() - t0);
  const r: RunOutcome = {
    command,
    ...outcome,
    stdout: out.text,
    stderr: err.text,
    truncated: out.truncated || err.truncated,
    ms,
  };
  log?.write(`\n# ${describeEnd(r, o.timeoutMs)} (${(ms / 1000).toFixed(2)} s)\n\n`);
  return r;
}
