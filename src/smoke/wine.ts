/**
 * Windows programs under wine: a fresh WINEPREFIX in a temporary directory (removed after, with
 * its wineserver), `wineboot --init` without the Gecko and Mono prompts, and no X server (silent
 * installs and console programs need none). A prefix's first start takes 20-60 s, so a caller
 * makes one per target and reuses it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { which } from '../build/exec.js';
import type { Env } from '../build/types.js';
import { DistroError } from '../errors.js';
import type { Logger } from '../log.js';
import { describeEnd, runCommand, type CheckLog, type RunOutcome } from './exec.js';

export interface WinePrefix {
  dir: string;
  /** The environment wine runs with (WINEPREFIX, WINEDEBUG=-all, no Gecko/Mono, no display). */
  env: Env;
  /** `wine <argv>` in this prefix. */
  run(argv: string[], o: { timeoutMs: number; log?: CheckLog }): Promise<RunOutcome>;
  /** Waits until every program of the prefix has ended (an uninstaller that re-runs itself from %TEMP%). */
  settle(timeoutMs?: number): Promise<void>;
  /** `C:\…` as a path on this machine. */
  unixPath(winPath: string): string;
  /** Stops its wineserver and removes the prefix. */
  remove(): Promise<void>;
}

/** wine on PATH, or a DistroError naming the Debian packages. */
export function wineFor(env: Env): string {
  const found = which('wine', env);
  if (!found)
    throw new DistroError(
      `wine is not installed (not found on PATH=${env.PATH ?? ''}), so Windows programs cannot run here: install it with \`apt-get install wine wine64\`, or leave the Windows targets out of this job (input target).`,
      { key: 'input: target' },
    );
  return found;
}

/**
 * Makes and starts a fresh prefix below `parent`; took `ms`. A first start that fails because wine
 * cannot load kernel32.dll (`wineboot` exit 53, status c0000135) is tried once more in a new
 * directory: seen once in CI, while the same command right after, and every other prefix of that
 * run, started fine.
 */
export async function createWinePrefix(
  parent: string,
  o: { env: Env; log: Logger; timeoutMs?: number },
): Promise<WinePrefix & { ms: number }> {
  try {
    return await bootPrefix(parent, o);
  } catch (e) {
    if (!(e instanceof DistroError) || !/c0000135/.test(e.message)) throw e;
    o.log.warn(`${e.message.split(';')[0]}; trying once more in a new prefix`);
    return bootPrefix(parent, o);
  }
}

async function bootPrefix(
  parent: string,
  o: { env: Env; log: Logger; timeoutMs?: number },
): Promise<WinePrefix & { ms: number }> {
  const wine = wineFor(o.env);
  const dir = await mkdtemp(path.join(parent, 'wineprefix-'));
  const env: Env = {
    ...o.env,
    WINEPREFIX: dir,
    WINEARCH: 'win64',
    WINEDEBUG: '-all',
    // No Gecko or Mono download prompt on the first start: smoke tests need neither.
    WINEDLLOVERRIDES: 'mscoree,mshtml=',
    DISPLAY: '',
  };
  const server = which('wineserver', env) ?? 'wineserver';
  const prefix: WinePrefix = {
    dir,
    env,
    run: (argv, r) => runCommand([wine, ...argv], { env, timeoutMs: r.timeoutMs, log: r.log }),
    async settle(timeoutMs = 120_000) {
      await runCommand([server, '-w'], { env, timeoutMs });
    },
    unixPath(winPath) {
      const m = /^([A-Za-z]):\\?(.*)$/.exec(winPath);
      if (!m) return winPath;
      return path.join(dir, `drive_${m[1]!.toLowerCase()}`, ...m[2]!.split('\\').filter(Boolean));
    },
    async remove() {
      await runCommand([server, '-k'], { env, timeoutMs: 30_000 });
      await rm(dir, { recursive: true, force: true });
    },
  };
  const t0 = performance.now();
  const timeoutMs = o.timeoutMs ?? 300_000;
  const r = await runCommand([wine, 'wineboot', '--init'], { env, timeoutMs });
  if (r.code === 0) await prefix.settle(timeoutMs);
  const ms = Math.round(performance.now() - t0);
  if (r.code !== 0) {
    await prefix.remove();
    throw new DistroError(
      `wine could not set up a Windows prefix (\`wineboot --init\` ${describeEnd(r, timeoutMs)}): ${(r.stderr || r.stdout).trim().slice(0, 500)}; check the wine installation (\`apt-get install wine wine64\`).`,
      { key: 'input: target' },
    );
  }
  o.log.info(`wine prefix ready in ${(ms / 1000).toFixed(1)} s (${dir})`);
  return { ...prefix, ms };
}

export const UNINSTALL_KEY = 'HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall';

/** The subkeys of Add/Remove Programs (`reg query` of the Uninstall key), sorted. */
export async function uninstallEntries(prefix: WinePrefix): Promise<string[]> {
  const r = await prefix.run(['reg', 'query', UNINSTALL_KEY], { timeoutMs: 60_000 });
  // reg prints the subkeys with the root spelt out: HKEY_LOCAL_MACHINE\Software\…\Uninstall\<key>
  const tail = UNINSTALL_KEY.slice('HKLM'.length).toLowerCase() + '\\';
  return r.stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^HKEY_LOCAL_MACHINE\\/i.test(l) && l.toLowerCase().includes(tail))
    .map((l) => l.slice(l.toLowerCase().indexOf(tail) + tail.length))
    .filter(Boolean)
    .sort();
}

/** One value of a registry key (`reg query key /v name`), or undefined. */
export async function regValue(prefix: WinePrefix, key: string, name: string): Promise<string | undefined> {
  const r = await prefix.run(['reg', 'query', key, '/v', name], { timeoutMs: 60_000 });
  if (r.code !== 0) return undefined;
  const line = r.stdout
    .split(/\r?\n/)
    .find((l) => l.trim().toLowerCase().startsWith(`${name.toLowerCase()} `));
  const m = line && /^\s*\S+\s+REG_\w+\s+(.*)$/.exec(line);
  return m ? m[1]!.trim() : undefined;
}
