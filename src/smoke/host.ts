/**
 * What the machine must provide to run a target's code: the qemu user-mode emulator for its
 * binaries, root (directly or through `sudo -n`) for root filesystems, and a binfmt_misc handler so
 * the kernel runs the foreign programs inside a chroot (dpkg's maintainer scripts, the smoke command).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { which } from '../build/exec.js';
import type { Env } from '../build/types.js';
import { DistroError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Target } from '../targets/index.js';
import { runsNatively } from '../targets/native.js';
import { describeEnd, runCommand } from './exec.js';

export const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';

/**
 * The qemu user-mode emulator for `t` (`qemu-aarch64`, else `qemu-aarch64-static`) on `env.PATH`.
 * Throws a DistroError naming the Debian packages that provide it.
 */
export function qemuFor(t: Target, env: Env): string {
  if (!t.qemu) {
    throw new DistroError(
      `input 'target': ${t.triple} has no qemu user-mode emulator; qemu-smoke-test runs Linux targets only.`,
      { key: 'input: target' },
    );
  }
  const found = which(t.qemu, env) ?? which(`${t.qemu}-static`, env);
  if (!found) {
    throw new DistroError(
      `${t.qemu} is not installed (not found on PATH=${env.PATH ?? ''}), so ${t.triple} binaries cannot run here: ` +
        `install it with \`apt-get install qemu-user\` (or qemu-user-static, which provides ${t.qemu}-static), ` +
        'or run the setup-cross-toolchain action for this target first.',
      { key: 'input: target' },
    );
  }
  return found;
}

/** The glibc sysroot of Debian's cross packages (`/usr/aarch64-linux-gnu`) when it is installed. */
export function crossSysroot(t: Target): string | undefined {
  if (t.abi.startsWith('musl')) return undefined;
  const dir = `/usr/${t.gnu}`;
  return existsSync(path.join(dir, 'lib')) ? dir : undefined;
}

/** Runs argv as root: directly when we are root, else through `sudo -n` (GitHub-hosted runners). */
export interface AsRoot {
  (argv: string[]): string[];
}

/** `asRoot` for this process: identity as root, a `sudo -n` prefix otherwise, a clear error without sudo. */
export function rootRunner(uid: number | undefined, env: Env): AsRoot {
  if (uid === 0) return (argv) => argv;
  if (!which('sudo', env)) {
    throw new DistroError(
      `installing packages into a root filesystem needs root, but this runs as user ${uid ?? '?'} without sudo on PATH. ` +
        'Run the job as root (a container), give this user passwordless sudo, or set `install: false` to run the binaries only.',
      { key: 'input: install' },
    );
  }
  return (argv) => ['sudo', '-n', ...argv];
}

/** The binfmt_misc entry of a qemu handler: enabled, its interpreter, and whether it is fixed (flag F). */
export interface BinfmtEntry {
  enabled: boolean;
  interpreter: string;
  /** The kernel opened the interpreter at registration, so it works inside a chroot. */
  fixed: boolean;
}

export function parseBinfmtEntry(text: string): BinfmtEntry {
  const get = (k: string) => new RegExp(`^${k}\\s+(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  return {
    enabled: /^enabled$/m.test(text),
    interpreter: get('interpreter'),
    fixed: get('flags:').includes('F'),
  };
}

async function readEntry(name: string): Promise<BinfmtEntry | undefined> {
  const text = await readFile(path.join(BINFMT_DIR, name), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseBinfmtEntry(text);
}

/**
 * binfmt_misc magic and mask of the CPUs whose handler qemu-user-static leaves out on some hosts:
 * Debian's package registers no qemu-i386 handler on amd64, assuming the kernel runs i386 itself,
 * which kernels without IA32 emulation do not. Values from qemu's scripts/qemu-binfmt-conf.sh.
 */
const EXTRA_HANDLERS: Record<string, { magic: string; mask: string }> = {
  i686: {
    magic: '\\x7fELF\\x01\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x03\\x00',
    mask: '\\xff\\xff\\xff\\xff\\xff\\xfe\\xfe\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff',
  },
};

/** Registers qemu-user-static's interpreter for `t` with update-binfmts (fixed: it works in a chroot). */
async function installHandler(
  t: Target,
  env: Env,
  run: (argv: string[], why: string) => Promise<void>,
): Promise<void> {
  const spec = EXTRA_HANDLERS[t.cpu];
  const interpreter = which(`${t.qemu!}-static`, env);
  if (!spec || !interpreter) return;
  await run(
    [
      'update-binfmts',
      '--package',
      'distro-actions',
      '--install',
      t.qemu!,
      interpreter,
      '--magic',
      spec.magic,
      '--mask',
      spec.mask,
      '--credentials',
      'yes',
      '--fix-binary',
      'yes',
    ],
    `update-binfmts --install ${t.qemu!} failed`,
  );
}

/**
 * Makes sure the kernel runs `t`'s programs (for a chroot into its root filesystem): nothing for
 * native targets; else mounts binfmt_misc when it is not (as root) and enables qemu-user-static's
 * handler with `update-binfmts --enable`. Returns the handler, or undefined for native targets.
 */
export async function ensureBinfmt(
  t: Target,
  o: { env: Env; log: Logger; asRoot: AsRoot },
): Promise<BinfmtEntry | undefined> {
  if (runsNatively(t)) return undefined;
  const name = t.qemu!;
  const run = async (argv: string[], why: string): Promise<void> => {
    const r = await runCommand(o.asRoot(argv), { env: o.env, timeoutMs: 60_000 });
    if (r.code !== 0)
      o.log.warn(`${why}: \`${r.command}\` ${describeEnd(r, 60_000)}: ${(r.stderr || r.stdout).trim()}`);
  };
  if (!existsSync(path.join(BINFMT_DIR, 'register'))) {
    o.log.info(`binfmt_misc is not mounted; mounting it on ${BINFMT_DIR}`);
    await run(['mount', '-t', 'binfmt_misc', 'binfmt_misc', BINFMT_DIR], 'mounting binfmt_misc failed');
  }
  let entry = await readEntry(name);
  if (!entry?.enabled && which('update-binfmts', o.env)) {
    o.log.info(`registering the ${name} binfmt_misc handler (update-binfmts --enable ${name})`);
    if (existsSync(path.join('/usr/share/binfmts', name)) || existsSync(path.join('/var/lib/binfmts', name)))
      await run(['update-binfmts', '--enable', name], 'update-binfmts failed');
    else await installHandler(t, o.env, run);
    entry = await readEntry(name);
  }
  if (!entry?.enabled) {
    const mounted = existsSync(path.join(BINFMT_DIR, 'register'));
    throw new DistroError(
      `the kernel cannot run ${t.triple} programs in a root filesystem: ` +
        (mounted
          ? `binfmt_misc has no enabled ${name} handler. Install qemu-user-static and binfmt-support (\`apt-get install qemu-user-static binfmt-support\`), or on GitHub run docker/setup-qemu-action before this step.`
          : `binfmt_misc is not mounted on ${BINFMT_DIR} and could not be mounted (\`mount -t binfmt_misc binfmt_misc ${BINFMT_DIR}\` needs root). Mount it, or set \`install: false\` to run the binaries only.`),
      { key: 'input: install' },
    );
  }
  return entry;
}
