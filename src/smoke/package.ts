/**
 * One package's life in a fresh root filesystem: (install the previous version,) install or
 * upgrade, run the smoke command inside the root, remove, purge, and check that nothing of the
 * package is left but what should stay (a deb's conffiles between remove and purge).
 */
import {
  added,
  judge,
  leftovers,
  listSome,
  recordFinding,
  recordRun,
  snapshot,
  type SmokeContext,
} from './checks.js';
import { formatCommand } from '../build/exec.js';
import { CheckLog } from './exec.js';
import type { PackageManager } from './managers.js';
import type { Root } from './rootfs.js';

export interface SmokePackage {
  file: string;
  /** Path relative to the dist directory (the report's subject). */
  rel: string;
}

export interface PackageCheckOptions {
  /** Commands to run inside the root once installed (argv each). */
  commands: string[][];
  /**
   * Previous versions (upgrade test): the one with this package's name and architecture is
   * installed first; none matching is a failure.
   */
  previous?: SmokePackage[];
  log: { file: string; rel: string };
}

/** Runs the package checks of `pkg` in `root` (which it changes: give it a fresh one). */
export async function checkPackage(
  ctx: SmokeContext,
  root: Root,
  pm: PackageManager,
  pkg: SmokePackage,
  o: PackageCheckOptions,
): Promise<void> {
  const cl = new CheckLog(o.log.file);
  const at = (check: string) => ({ subject: pkg.rel, check, log: cl, logRel: o.log.rel });
  try {
    const info = await pm.inspect(pkg.file, ctx.env);
    if (typeof info === 'string') {
      recordFinding(ctx, at('install'), 0, info);
      return;
    }
    await pm.prepare(root, cl);
    const before = await snapshot(root.dir);

    const install = async (p: SmokePackage, check: string, version: string): Promise<boolean> => {
      const { r, why } = await pm.install(root, p.file, cl, ctx.installTimeoutMs);
      let failure = judge(r, ctx.installTimeoutMs);
      if (failure && why) failure = `${failure}: ${why}`;
      if (!failure) {
        const now = await pm.installed(root, info.name);
        if (now !== version)
          failure = now
            ? `${info.name} ${now} is installed, not ${version}`
            : `${info.name} is not installed after ${r.command}`;
      }
      recordRun(ctx, at(check), r, failure, false);
      return !failure;
    };

    const upgrade = !!o.previous?.length;
    if (upgrade) {
      let found: { p: SmokePackage; version: string } | undefined;
      for (const p of o.previous!) {
        const prev = await pm.inspect(p.file, ctx.env);
        if (typeof prev !== 'string' && prev.name === info.name && prev.arch === info.arch)
          found = { p, version: prev.version };
      }
      if (!found) {
        const names = o.previous!.map((p) => p.rel).join(', ');
        recordFinding(
          ctx,
          at('install previous'),
          0,
          `no previous ${info.name} (${info.arch}) ${pm.kind} among upgrade-from: ${names}`,
        );
        return;
      }
      if (!(await install(found.p, `install previous ${found.version}`, found.version))) return;
    }
    if (!(await install(pkg, upgrade ? 'upgrade' : 'install', info.version))) return;

    for (const argv of o.commands) {
      const r = await root.run(argv, ctx.timeoutMs, cl);
      // The report shows the smoke command as the user wrote it; the log has the chroot around it.
      r.command = formatCommand(argv);
      recordRun(ctx, at('command'), r, judge(r, ctx.timeoutMs, ctx.expect));
    }

    const { files, config } = await pm.files(root, info.name);
    cl.write(
      `# ${info.name} ${info.version}: ${files.length} paths, config files: ${config.join(' ') || 'none'}\n\n`,
    );

    const finalCheck = async (
      check: string,
      run: () => ReturnType<PackageManager['remove']>,
      keep: string[],
    ) => {
      const r = await run();
      let failure = judge(r, ctx.installTimeoutMs);
      let details: string | undefined;
      if (!failure) {
        const left = await leftovers(root.dir, files, before, keep);
        // After the last step, anything new in the root is the package's (files its scripts made).
        const extra =
          keep.length === 0 ? added(before, await snapshot(root.dir)).filter((p) => !left.includes(p)) : [];
        const all = [...left, ...extra];
        if (all.length) {
          failure = `${all.length} path(s) of ${info.name} left behind after ${check}`;
          details = listSome(all);
        } else if (keep.length === 0 && (await pm.installed(root, info.name))) {
          failure = `${info.name} is still installed after ${r.command}`;
        }
      }
      if (details) {
        recordFinding(ctx, at(check), r.ms, failure, details);
        return false;
      }
      recordRun(ctx, at(check), r, failure, false);
      return !failure;
    };

    const keep = pm.keepsConfigOnRemove && pm.purge ? config : [];
    if (!(await finalCheck('remove', () => pm.remove(root, info.name, cl, ctx.installTimeoutMs), keep)))
      return;
    if (pm.purge) await finalCheck('purge', () => pm.purge!(root, info.name, cl, ctx.installTimeoutMs), []);
  } finally {
    await cl.close();
  }
}
