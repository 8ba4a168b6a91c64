/**
 * The smoke test of a Windows target under wine: its binaries run with the smoke command, and each
 * installer goes through its life in the target's prefix: install silently (`setup.exe /S`,
 * `msiexec /i … /qn`), run the smoke command by name (found through the PATH entry the installer
 * added), uninstall (`uninstall.exe /S` from the Add/Remove Programs entry, `msiexec /x … /qn`),
 * and check that the entry, the files, the Start menu folder and the PATH entry are gone.
 */
import path from 'node:path';
import type { Env } from '../build/types.js';
import type { Logger } from '../log.js';
import type { Target } from '../targets/index.js';
import { binaryArgv, checkBinaryRun, type SmokeBinary } from './binary.js';
import {
  added,
  judge,
  listSome,
  recordFinding,
  recordRun,
  smokeContext,
  snapshot,
  type SmokeContext,
} from './checks.js';
import { CheckLog } from './exec.js';
import type { CheckResult } from './report.js';
import { createWinePrefix, regValue, uninstallEntries, UNINSTALL_KEY, type WinePrefix } from './wine.js';

export type InstallerKind = 'msi' | 'nsis';

export interface WindowsInstaller {
  file: string;
  rel: string;
  kind: InstallerKind;
  /** Names of the binaries it ships, for the default command. */
  binaries: string[];
}

const ENV_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment';

/** The folders an installer may write to, relative to the prefix (their snapshot shows leftovers). */
const WATCHED = [
  'drive_c/Program Files',
  'drive_c/Program Files (x86)',
  'drive_c/ProgramData/Microsoft/Windows/Start Menu',
];

async function watched(prefix: WinePrefix): Promise<Set<string>> {
  const all = new Set<string>();
  for (const w of WATCHED) for (const p of await snapshot(path.join(prefix.dir, w))) all.add(`${w}${p}`);
  return all;
}

/** PATH entries of the system environment, lower case (Windows compares them so). */
async function systemPath(prefix: WinePrefix): Promise<Set<string>> {
  const v = (await regValue(prefix, ENV_KEY, 'PATH')) ?? '';
  return new Set(
    v
      .split(';')
      .map((s) => s.trim().replace(/\\$/, '').toLowerCase())
      .filter(Boolean),
  );
}

/** `"C:\…\uninstall.exe" /S` → argv. */
export function splitUninstallString(s: string): string[] {
  const m = /^"([^"]+)"\s*(.*)$/.exec(s.trim());
  if (m) return [m[1]!, ...m[2]!.split(/\s+/).filter(Boolean)];
  return s.trim().split(/\s+/);
}

/** Runs the life of one installer in `prefix`; results go to ctx.results. */
export async function checkInstaller(
  ctx: SmokeContext,
  prefix: WinePrefix,
  inst: WindowsInstaller,
  o: { commands: string[][]; log: { file: string; rel: string } },
): Promise<void> {
  const cl = new CheckLog(o.log.file);
  const at = (check: string) => ({ subject: inst.rel, check, log: cl, logRel: o.log.rel });
  try {
    const entriesBefore = await uninstallEntries(prefix);
    const filesBefore = await watched(prefix);
    const pathBefore = await systemPath(prefix);
    const install = inst.kind === 'msi' ? ['msiexec', '/i', inst.file, '/qn'] : [inst.file, '/S'];
    const r = await prefix.run(install, { timeoutMs: ctx.installTimeoutMs, log: cl });
    await prefix.settle(ctx.installTimeoutMs);
    const entries = (await uninstallEntries(prefix)).filter((e) => !entriesBefore.includes(e));
    let failure = judge(r, ctx.installTimeoutMs);
    if (!failure && entries.length !== 1)
      failure = `${entries.length} new Add/Remove Programs entries after the install (${entries.join(', ') || 'none'}); expected 1`;
    recordRun(ctx, at('install'), r, failure, false);
    if (failure) return;
    const key = `${UNINSTALL_KEY}\\${entries[0]!}`;

    for (const argv of o.commands) {
      const c = await prefix.run(argv, { timeoutMs: ctx.timeoutMs, log: cl });
      recordRun(ctx, at('command'), c, judge(c, ctx.timeoutMs, ctx.expect));
    }

    let remove: string[];
    if (inst.kind === 'msi') remove = ['msiexec', '/x', inst.file, '/qn'];
    else {
      const quiet = await regValue(prefix, key, 'QuietUninstallString');
      if (!quiet) {
        recordFinding(ctx, at('remove'), 0, `${key} has no QuietUninstallString to uninstall with`);
        return;
      }
      remove = splitUninstallString(quiet);
    }
    const u = await prefix.run(remove, { timeoutMs: ctx.installTimeoutMs, log: cl });
    // An NSIS uninstaller copies itself to %TEMP% and returns at once: wait for the copy.
    await prefix.settle(ctx.installTimeoutMs);
    let ufail = judge(u, ctx.installTimeoutMs);
    if (!ufail && (await uninstallEntries(prefix)).includes(entries[0]!))
      ufail = `the Add/Remove Programs entry ${entries[0]!} is still there after the uninstall`;
    const left = added(filesBefore, await watched(prefix));
    if (!ufail && left.length) ufail = `the uninstall left ${left.length} file(s):\n${listSome(left)}`;
    const pathLeft = [...(await systemPath(prefix))].filter((p) => !pathBefore.has(p));
    if (!ufail && pathLeft.length) ufail = `the uninstall left ${pathLeft.join(';')} on the system PATH`;
    recordRun(ctx, at('remove'), u, ufail, false);
  } finally {
    await cl.close();
  }
}

export interface WindowsSmokeOptions {
  target: Target;
  binaries: SmokeBinary[];
  installers: WindowsInstaller[];
  command?: string[];
  expect?: RegExp;
  timeoutMs: number;
  installTimeoutMs: number;
  /** Where the prefix is made (removed after). */
  workDir: string;
  logOf: (rel: string) => { file: string; rel: string };
  env: Env;
  log: Logger;
}

/** The smoke test of one Windows target: one prefix for all its checks (its first start is slow). */
export async function smokeWindowsTarget(o: WindowsSmokeOptions): Promise<CheckResult[]> {
  const ctx = smokeContext(o);
  const prefix = await createWinePrefix(o.workDir, { env: o.env, log: o.log, timeoutMs: o.installTimeoutMs });
  try {
    const wctx = { ...ctx, env: prefix.env };
    for (const b of o.binaries)
      await checkBinaryRun(wctx, b, binaryArgv(b, o.command), ['wine'], o.logOf(b.rel));
    for (const inst of o.installers) {
      const commands = o.command ? [o.command] : inst.binaries.map((b) => [b, '--version']);
      await o.log.group(`Installing ${inst.rel} under wine`, () =>
        checkInstaller(wctx, prefix, inst, { commands, log: o.logOf(inst.rel) }),
      );
    }
    return wctx.results;
  } finally {
    await prefix.remove();
  }
}
