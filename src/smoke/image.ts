/**
 * Smoke-testing a target's OCI image (format `oci`): its platform's layers unpacked into a temporary
 * root with our own unpacker (src/formats/oci/unpack.ts, what `umoci unpack` gives), then the
 * image's entrypoint run in it — under `qemu-<arch> -L <root>` for a foreign target (no root and no
 * binfmt handler needed; a scratch image has no shell), in a chroot for a native one.
 */
import { lstat, readlink, rm } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir } from '../atomic.js';
import { formatCommand } from '../build/exec.js';
import { type ImageConfig, type Layout, parsePlatform, unpackImage } from '../formats/oci/index.js';
import { qemuEnvArgs } from '../targets/native.js';
import { judge, recordFinding, recordRun, resolveIn, type SmokeContext } from './checks.js';
import { CheckLog, runCommand } from './exec.js';
import type { AsRoot } from './host.js';

/** The image artifact of the manifest, its layout extracted once for every target. */
export interface SmokeImage {
  layout: Layout;
  /** The layout `.tar`, relative to the dist directory (the report's subject). */
  rel: string;
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * The argv to run in the image: with a smoke command whose first word names the entrypoint
 * (`hello --version` for `/usr/local/bin/hello`), the entrypoint and the command's arguments; with
 * another command, that command; without one, the entrypoint and `--version`, as for binaries.
 */
export function imageArgv(config: ImageConfig, command: string[] | undefined): string[] {
  const entry = config.config?.Entrypoint ?? [];
  if (!command) return entry.length ? [...entry, '--version'] : [];
  if (entry.length && (command[0] === entry[0] || command[0] === path.posix.basename(entry[0]!)))
    return [...entry, ...command.slice(1)];
  return command;
}

/** `program` found in the root (absolute, or on the image's PATH), symlinks resolved inside it. */
async function findIn(root: string, program: string, env: string[]): Promise<string | undefined> {
  const search = program.includes('/')
    ? [path.posix.resolve('/', program)]
    : (env.find((e) => e.startsWith('PATH='))?.slice(5) ?? DEFAULT_PATH)
        .split(':')
        .filter((d) => d.startsWith('/'))
        .map((d) => path.posix.join(d, program));
  for (let p of search) {
    for (let hops = 0; hops < 40; hops++) {
      p = await resolveIn(root, p);
      const st = await lstat(path.join(root, p)).catch(() => undefined);
      if (!st) break;
      if (!st.isSymbolicLink()) return st.isFile() ? p : undefined;
      const to = await readlink(path.join(root, p));
      p = path.posix.resolve(path.posix.dirname(p), to);
    }
  }
  return undefined;
}

export interface ImageRunOptions {
  /** The smoke command (argv), or undefined. */
  command?: string[];
  /** `[qemu-aarch64]` for a foreign target; undefined runs natively in a chroot. */
  qemu?: string;
  /** How a chroot runs as root (native targets). */
  asRoot: () => AsRoot;
  /** Where the temporary root is made. */
  workDir: string;
  log: { file: string; rel: string };
}

/** The command that runs `argv` (its program at `exe` inside `root`) with the image's environment. */
function runArgv(
  root: string,
  exe: string,
  argv: string[],
  env: string[],
  o: ImageRunOptions,
  ctx: SmokeContext,
) {
  if (o.qemu) {
    const vars = env.flatMap((e) => ['-E', e]);
    return [
      o.qemu,
      ...qemuEnvArgs(ctx.target),
      ...vars,
      '-L',
      root,
      '-0',
      argv[0]!,
      path.join(root, exe),
      ...argv.slice(1),
    ];
  }
  return o.asRoot()(['env', '-i', ...env, 'chroot', root, exe, ...argv.slice(1)]);
}

/**
 * Unpacks the target's image into a temporary root, runs the smoke command in it and records the
 * `image` check; the root is removed afterwards. A layout without this platform is the caller's
 * error (checked before any work starts); anything else wrong here fails the check.
 */
export async function checkImage(ctx: SmokeContext, image: SmokeImage, o: ImageRunOptions): Promise<void> {
  // no root for a native target's chroot is the machine's problem (a DistroError), not the image's
  if (!o.qemu) o.asRoot();
  const cl = new CheckLog(o.log.file);
  const base = { subject: image.rel, check: 'image', log: cl, logRel: o.log.rel };
  const root = await makeTempDir(o.workDir, 'image');
  try {
    const t0 = performance.now();
    const man = await unpackImage(image.layout, parsePlatform(ctx.target.docker), root);
    const config = await image.layout.readJson<ImageConfig>(man.config.digest);
    cl.write(
      `# unpacked ${ctx.target.docker} image ${man.config.digest} (${man.layers.length} layer(s)) in ${Math.round(performance.now() - t0)} ms\n`,
    );
    const argv = imageArgv(config, o.command);
    const env = config.config?.Env ?? [];
    const exe = argv.length ? await findIn(root, argv[0]!, env) : undefined;
    if (!exe) {
      const what = argv.length
        ? `'${argv[0]}' is not a file in the image`
        : 'the image has no entrypoint and no smoke command is set';
      recordFinding(ctx, base, 0, `${what} (give smoke.command, or oci.entrypoint)`);
      return;
    }
    const r = await runCommand(runArgv(root, exe, argv, env, o, ctx), {
      env: ctx.env,
      timeoutMs: ctx.timeoutMs,
      log: cl,
    });
    r.command = formatCommand(argv); // as run in the image, not the temporary root's path
    recordRun(ctx, base, r, judge(r, ctx.timeoutMs, ctx.expect));
  } catch (err) {
    recordFinding(ctx, base, 0, `the image could not be unpacked or read: ${(err as Error).message}`);
  } finally {
    await rm(root, { recursive: true, force: true });
    await cl.close();
  }
}
