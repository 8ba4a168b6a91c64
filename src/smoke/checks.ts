/**
 * What the binary and package checks share: the context of one target's run, how a command's
 * outcome is judged (exit code, timeout, `expect`), recording a result, and the file-system
 * snapshots that show what a removed package left behind.
 */
import { lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { Env } from '../build/types.js';
import { DistroError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Target } from '../targets/index.js';
import { describeEnd, type CheckLog, type RunOutcome } from './exec.js';
import { firstLines, type CheckResult } from './report.js';

export interface SmokeContext {
  target: Target;
  env: Env;
  log: Logger;
  /** Per-command timeout of the smoke command, in ms. */
  timeoutMs: number;
  /** Timeout of one package manager step (install, remove), in ms. */
  installTimeoutMs: number;
  /** What the command's output must match. */
  expect?: RegExp;
  /** Results so far (each check appends). */
  results: CheckResult[];
}

/** A fresh context (no results yet) for one target's checks. */
export function smokeContext(o: Omit<SmokeContext, 'results'>): SmokeContext {
  const { target, env, log, timeoutMs, installTimeoutMs, expect } = o;
  return { target, env, log, timeoutMs, installTimeoutMs, expect, results: [] };
}

/**
 * `expect` from the config or input: `/regex/flags` is a regular expression, anything else is
 * literal text the output must contain (so `hello 1.2.3+dev` needs no escaping).
 */
export function parseExpect(value: string | undefined, key: string): RegExp | undefined {
  if (value === undefined || value === '') return undefined;
  const m = /^\/(.*)\/([dgimsuvy]*)$/s.exec(value);
  if (!m) return new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  try {
    return new RegExp(m[1]!, m[2]!.replace(/[gy]/g, ''));
  } catch (e) {
    throw new DistroError(`${key}: '${value}' is not a valid regular expression (${(e as Error).message}).`, {
      key,
    });
  }
}

/** Why a finished command failed its check, or undefined when it passed. */
export function judge(r: RunOutcome, timeoutMs: number, expect?: RegExp): string | undefined {
  if (r.timedOut) return `timed out after ${Math.round(timeoutMs / 1000)} s (the process group was killed)`;
  if (r.spawnError || r.signal || r.code !== 0) return describeEnd(r, timeoutMs);
  if (expect && !expect.test(`${r.stdout}\n${r.stderr}`))
    return `output does not match expect ${String(expect)}`;
  return undefined;
}

/** Appends a check result built from a command outcome (`failure` undefined: passed). */
export function recordRun(
  ctx: SmokeContext,
  base: { subject: string; check: string; log: CheckLog; logRel: string },
  r: RunOutcome,
  failure: string | undefined,
  showCommand = true,
): CheckResult {
  const res: CheckResult = {
    target: ctx.target.triple,
    subject: base.subject,
    check: base.check,
    status: failure ? 'failed' : 'passed',
    ms: r.ms,
    ...(showCommand ? { command: r.command } : {}),
    ...(failure ? { message: failure, output: firstLines(`${r.stdout}\n${r.stderr}`) || '(no output)' } : {}),
    stdout: r.stdout,
    stderr: r.stderr,
    log: base.logRel,
  };
  ctx.results.push(res);
  ctx.log.info(
    `${res.status === 'passed' ? '✓' : '✗'} ${base.subject}: ${base.check}` +
      (failure ? ` — ${failure}` : ''),
  );
  if (failure) base.log.write(`# check '${base.check}' failed: ${failure}\n\n`);
  return res;
}

/** Appends a check result that is a finding of ours, not a command's (leftover files, status). */
export function recordFinding(
  ctx: SmokeContext,
  base: { subject: string; check: string; log: CheckLog; logRel: string },
  ms: number,
  failure: string | undefined,
  details?: string,
): CheckResult {
  const res: CheckResult = {
    target: ctx.target.triple,
    subject: base.subject,
    check: base.check,
    status: failure ? 'failed' : 'passed',
    ms,
    ...(failure ? { message: failure, ...(details ? { output: details } : {}) } : {}),
    log: base.logRel,
  };
  ctx.results.push(res);
  ctx.log.info(
    `${res.status === 'passed' ? '✓' : '✗'} ${base.subject}: ${base.check}` +
      (failure ? ` — ${failure}` : ''),
  );
  base.log.write(
    `# check '${base.check}' ${failure ? `failed: ${failure}\n${details ?? ''}` : 'passed'}\n\n`,
  );
  return res;
}

/**
 * Directories whose contents package managers and the system change on their own (databases,
 * logs, caches, temporary files): not counted as left behind by a package.
 */
const CHURN = [
  '/proc',
  '/sys',
  '/dev',
  '/run',
  '/tmp',
  '/var/tmp',
  '/var/lib/dpkg',
  '/var/lib/apt',
  '/var/cache',
  '/var/log',
  '/var/lib/rpm',
  '/var/lib/pacman',
  '/etc/ld.so.cache',
  '/etc/resolv.conf',
];

function churn(p: string): boolean {
  return CHURN.some((c) => p === c || p.startsWith(`${c}/`));
}

/** Every path in the root (as `/usr/bin/x`), outside the churn directories. */
export async function snapshot(rootDir: string): Promise<Set<string>> {
  const out = new Set<string>();
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(rootDir, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = `${rel}/${e.name}`;
      if (churn(p)) continue;
      out.add(p);
      if (e.isDirectory()) await walk(p);
    }
  };
  await walk('');
  return out;
}

/** Paths in `after` that were not in `before`, sorted. */
export function added(before: Set<string>, after: Set<string>): string[] {
  return [...after].filter((p) => !before.has(p)).sort();
}

/**
 * `p` with the symlinks of its parent directories resolved inside the root, as the root's own
 * programs see it: with merged /usr, a package's `/lib/systemd/system` is `/usr/lib/systemd/system`.
 */
export async function resolveIn(rootDir: string, p: string): Promise<string> {
  const parts = p.split('/').filter(Boolean);
  const done: string[] = [];
  for (let hops = 0; parts.length > 1 && hops < 40;) {
    const next = parts.shift()!;
    const target = await readlink(path.join(rootDir, ...done, next)).catch(() => undefined);
    if (target === undefined) {
      done.push(next);
      continue;
    }
    hops++;
    if (target.startsWith('/')) done.length = 0;
    parts.unshift(...target.split('/').filter(Boolean));
    // Normalise `..` and `.` as the kernel would, never above the root.
    while (parts.length > 1 && (parts[0] === '..' || parts[0] === '.')) {
      if (parts.shift() === '..') done.pop();
    }
  }
  return `/${[...done, ...parts].join('/')}`;
}

/** Whether `p` exists in the root (parents resolved inside it, the last part not followed). */
export async function existsIn(rootDir: string, p: string): Promise<boolean> {
  return lstat(path.join(rootDir, await resolveIn(rootDir, p))).then(
    () => true,
    () => false,
  );
}

/**
 * The files of a package still in the root after it was removed: those of `listed` that exist,
 * except paths that were there before it was installed, and `keep` (conffiles after remove) and
 * the directories that hold them.
 */
export async function leftovers(
  rootDir: string,
  listed: string[],
  before: Set<string>,
  keep: string[] = [],
): Promise<string[]> {
  const out: string[] = [];
  for (const p of listed) {
    if (keep.includes(p) || keep.some((k) => k.startsWith(`${p}/`))) continue;
    if (before.has(p) || before.has(await resolveIn(rootDir, p))) continue;
    if (await existsIn(rootDir, p)) out.push(p);
  }
  return out.sort();
}

/** `n` paths for a message, with a count of the rest. */
export function listSome(paths: string[], n = 10): string {
  return paths.slice(0, n).join('\n') + (paths.length > n ? `\n… and ${paths.length - n} more` : '');
}
