/**
 * One target's smoke test: run each binary (natively or under qemu-user), then try each package in
 * a fresh root filesystem of the target's architecture. Every check's result is collected; a
 * failing check never stops the others. Problems with the machine or the input (no qemu, no
 * root filesystem) are DistroErrors.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Env } from '../build/types.js';
import type { Logger } from '../log.js';
import type { Target } from '../targets/index.js';
import { binaryArgv, checkBinaryRun, type SmokeBinary } from './binary.js';
import { smokeContext } from './checks.js';
import { qemuEnvArgs, qemuGuestEnv, runsNatively } from '../targets/native.js';
import { crossSysroot, ensureBinfmt, qemuFor, rootRunner, type AsRoot } from './host.js';
import { checkImage, type SmokeImage } from './image.js';
import { managerFor, type PackageKind } from './managers.js';
import { checkPackage, type SmokePackage } from './package.js';
import type { CheckResult } from './report.js';
import { ensureRootfs, freshRoot, unpackRootfs, type RootfsSpec, type RootfsStore } from './rootfs.js';

export interface TargetPackage extends SmokePackage {
  kind: PackageKind;
  /** Names of the binaries the package ships (from the manifest), for the default command. */
  binaries: string[];
}

export interface SmokeTargetOptions {
  target: Target;
  binaries: SmokeBinary[];
  packages: TargetPackage[];
  /** OCI images with this target's platform (format `oci`): unpacked, the command run in them. */
  images?: SmokeImage[];
  /** The smoke command (argv); default `<binary> --version`. */
  command?: string[];
  expect?: RegExp;
  timeoutMs: number;
  installTimeoutMs: number;
  /** Previous package versions for the upgrade test. */
  previous?: Array<SmokePackage & { kind: PackageKind }>;
  /** Where the logs go: absolute, and relative to the dist directory. */
  logDir: string;
  logRel: string;
  rootfs: {
    spec: RootfsSpec;
    store: RootfsStore;
    /** where the per-check roots are made */
    workDir: string;
    /** Runs before a root filesystem is made (installs mmdebstrap when missing). */
    prepare?: () => Promise<void>;
  };
  env: Env;
  log: Logger;
  /** process.getuid() (root, or sudo for the root filesystem). */
  uid: number | undefined;
}

/** A file name for a subject's log: its path with `/` as `_`. */
function logName(rel: string): string {
  return `${rel.replace(/[/\\]/g, '_')}.log`;
}

/** The commands a package is tried with: the configured one, else `<binary> --version` per binary it ships. */
export function packageCommands(pkg: TargetPackage, command: string[] | undefined): string[][] {
  if (command) return [command];
  return pkg.binaries.map((b) => [b, '--version']);
}

export async function smokeTarget(o: SmokeTargetOptions): Promise<CheckResult[]> {
  const t = o.target;
  const ctx = smokeContext(o);
  await mkdir(o.logDir, { recursive: true });
  const logOf = (rel: string) => ({
    file: path.join(o.logDir, logName(rel)),
    rel: `${o.logRel}/${logName(rel)}`,
  });
  const native = runsNatively(t);
  const qemu = native ? undefined : qemuFor(t, o.env);
  let asRoot: AsRoot | undefined;
  const root = () => (asRoot ??= rootRunner(o.uid, o.env));
  let base: string | undefined;
  const rootBase = async (): Promise<string> => {
    if (base) return base;
    const ro = { env: o.env, log: o.log, asRoot: root() };
    // Building a foreign root runs its programs (mmdebstrap's arch-test, maintainer scripts), so
    // the binfmt handler must be there first, not only when packages are installed.
    const prepare = async () => {
      await o.rootfs.prepare?.();
      await ensureBinfmt(t, ro);
    };
    const tarball = await ensureRootfs(o.rootfs.spec, o.rootfs.store, { ...ro, prepare });
    const t0 = performance.now();
    base = await unpackRootfs(tarball.file, ro);
    o.log.info(
      `root filesystem ${o.rootfs.spec.suite}/${o.rootfs.spec.arch}: ${tarball.source} (${tarball.ms} ms), unpacked in ${Math.round(performance.now() - t0)} ms`,
    );
    return base;
  };

  if (o.binaries.length) {
    await o.log.group(`Running ${o.binaries.length} binary(ies) for ${t.triple}`, async () => {
      let emulator: string[] = [];
      if (qemu) {
        // The target's libraries: Debian's cross sysroot, else the root filesystem (glibc targets).
        const sysroot = crossSysroot(t) ?? (t.abi.startsWith('musl') ? undefined : await rootBase());
        emulator = [qemu, ...qemuEnvArgs(t), ...(sysroot ? ['-L', sysroot] : [])];
      }
      for (const b of o.binaries)
        await checkBinaryRun(ctx, b, binaryArgv(b, o.command), emulator, logOf(b.rel));
    });
  }

  for (const image of o.images ?? []) {
    await o.log.group(`Running ${image.rel} (${t.docker}) for ${t.triple}`, () =>
      checkImage(ctx, image, {
        command: o.command,
        qemu,
        asRoot: root,
        workDir: o.rootfs.workDir,
        log: logOf(image.rel),
      }),
    );
  }

  if (o.packages.length) {
    const binfmt = await ensureBinfmt(t, { env: o.env, log: o.log, asRoot: root() });
    const lower = await rootBase();
    for (const pkg of o.packages) {
      await o.log.group(
        `Installing ${pkg.rel} in a ${o.rootfs.spec.suite} ${o.rootfs.spec.arch} root`,
        async () => {
          const r = await freshRoot(lower, o.rootfs.workDir, {
            env: o.env,
            log: o.log,
            asRoot: root(),
            binfmt,
            guestEnv: native ? {} : qemuGuestEnv(t),
          });
          try {
            await checkPackage(ctx, r, managerFor(pkg.kind, t), pkg, {
              commands: packageCommands(pkg, o.command),
              previous: o.previous?.filter((p) => p.kind === pkg.kind),
              log: logOf(pkg.rel),
            });
          } finally {
            await r.remove();
          }
        },
      );
    }
  }
  return ctx.results;
}
