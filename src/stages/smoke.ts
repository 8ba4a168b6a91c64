/**
 * The smoke stage (DESIGN: qemu-smoke-test): for each target, run its binaries and try its
 * packages under emulation, write a JUnit report and the logs under `<dist>/smoke/<target>/`, and
 * upload them as `<prefix>-smoke-<target>`. When a check failed it throws a SmokeFailedError,
 * after everything is written and uploaded, carrying the result for the outputs and summary.
 */
import { assertExpanded } from '../config/index.js';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeTempDir, writeAtomic } from '../atomic.js';
import { splitCommand } from '../build/index.js';
import { DistroError } from '../errors.js';
import { describe, type ManifestArtifact } from '../manifest/index.js';
import { resolveInside } from '../paths.js';
import { splitList } from '../runner/inputs.js';
import { junitXml, type CheckResult } from '../smoke/report.js';
import { parseExpect } from '../smoke/checks.js';
import { extractLayoutTar, parsePlatform, platformMatches } from '../formats/oci/index.js';
import type { SmokeImage } from '../smoke/image.js';
import type { PackageKind } from '../smoke/managers.js';
import { rootfsSpec, type RootfsStore } from '../smoke/rootfs.js';
import { smokeTarget, type TargetPackage } from '../smoke/run.js';
import { smokeWindowsTarget, type InstallerKind, type WindowsInstaller } from '../smoke/windows.js';
import { resolveTarget, type Target } from '../targets/index.js';
import {
  createPackageCache,
  githubCacheAvailable,
  githubPackageCache,
  noCache,
  type PackageCache,
} from '../toolchain/cache.js';
import {
  installSmokePackages,
  machineProbe,
  planSmokeSetup,
  type SmokeNeed,
  type SmokeProbe,
} from '../smoke/setup.js';
import { closeStage, openStage, type CommonOptions, type StageContext } from './common.js';

export interface SmokeStageOptions extends CommonOptions {
  /** One target; empty: every target with binaries or packages in the manifest. */
  target?: string;
  /** `command` input as argv (overrides `smoke.command`). */
  command?: string[];
  /** `expect` input (overrides `smoke.expect`). */
  expect?: string;
  /** `install` input: try the packages (default true); false runs the binaries only. */
  install?: boolean;
  /** `upgrade-from`: previous package files, relative to the working directory. */
  upgradeFrom?: string[];
  /** `timeout` input, seconds (overrides `smoke.timeout`). */
  timeout?: number;
  /** process.getuid(); root filesystems need root or sudo. */
  uid?: number;
  /** Where root filesystems are kept; default `$DISTRO_CACHE_DIR/rootfs` or `$RUNNER_TEMP/distro-rootfs`, with the GitHub cache. */
  rootfsStore?: RootfsStore;
  /** Install what the machine lacks with apt (default true). */
  setup?: boolean;
  /** The apt package cache; default createPackageCache(env). */
  packageCache?: PackageCache;
  /** What the machine has (injected in tests); default machineProbe(env). */
  probe?: SmokeProbe;
}

export interface SmokeStageResult {
  manifest: string;
  /** Manifest entries added (reports and logs of every target). */
  artifacts: ManifestArtifact[];
  /** One artifact per target, newline-separated. */
  artifactName: string;
  targets: string[];
  results: CheckResult[];
  passed: number;
  failed: number;
  /** Absolute path of the JUnit report (all targets). */
  report: string;
  /** Debian packages this run installed on the machine (its own setup). */
  installed: string[];
}

/** A smoke test ran and something failed: the report is written; `result` has the details. */
export class SmokeFailedError extends DistroError {
  constructor(readonly result: SmokeStageResult) {
    const failed = result.results.filter((r) => r.status === 'failed');
    const lines = failed
      .slice(0, 5)
      .map((r) => `  ${r.target} ${r.subject} ${r.check}: ${r.message ?? 'failed'}`);
    super(
      `qemu-smoke-test: ${result.failed} of ${result.results.length} check(s) failed:\n${lines.join('\n')}` +
        (failed.length > 5 ? `\n  … and ${failed.length - 5} more` : '') +
        `\nSee the report ${result.report} and the logs beside it.`,
      { key: 'smoke' },
    );
    this.name = 'SmokeFailedError';
  }
}

const PACKAGE_KINDS: readonly PackageKind[] = ['deb', 'rpm', 'archlinux'];

function seconds(value: unknown, key: string, fallback: number): number {
  if (value === undefined) return fallback * 1000;
  if (typeof value !== 'number' || !(value > 0))
    throw new DistroError(`${key}: '${String(value)}' is not a positive number of seconds.`, { key });
  return value * 1000;
}

function commandOf(ctx: StageContext, input: string[] | undefined): string[] | undefined {
  if (input && input.length) return input;
  const c = ctx.config.smoke?.command;
  if (c === undefined || c === '') return undefined;
  const argv = Array.isArray(c) ? c.map(String) : splitCommand(String(c), 'smoke.command');
  return argv.length ? argv : undefined;
}

/** Windows installers, tried under wine. */
const INSTALLER_KINDS: string[] = ['msi', 'nsis'];

/** Windows targets whose programs wine64 runs here (x86_64 hosts). */
function underWine(t: Target): boolean {
  return t.os === 'windows' && t.cpu === 'x86_64';
}

function kindOfFile(file: string): PackageKind | undefined {
  if (file.endsWith('.deb')) return 'deb';
  if (file.endsWith('.rpm')) return 'rpm';
  if (/\.pkg\.tar(\.(zst|xz|gz))?$/.test(file)) return 'archlinux';
  return undefined;
}

function defaultStore(env: Record<string, string | undefined>): RootfsStore {
  return {
    dir: env.DISTRO_CACHE_DIR
      ? path.join(env.DISTRO_CACHE_DIR, 'rootfs')
      : path.join(env.RUNNER_TEMP || tmpdir(), 'distro-rootfs'),
    cache: githubCacheAvailable(env) ? githubPackageCache() : noCache,
  };
}

/**
 * Installs what the checks of `targets` need and the machine lacks (planSmokeSetup), and returns
 * the hook that installs what making a root filesystem needs, plus the list of what was installed.
 */
async function setUpMachine(
  ctx: StageContext,
  o: SmokeStageOptions,
  targets: Target[],
  relevant: ManifestArtifact[],
  install: boolean,
  images: boolean,
): Promise<{ installed: string[]; forRootfs?: () => Promise<void> }> {
  const installed: string[] = [];
  if (o.setup === false) return { installed };
  const needs: SmokeNeed[] = targets.map((t) => {
    const mine = relevant.filter((a) => a.target === t.triple);
    const kinds = install ? mine.map((a) => a.kind).filter((k) => k !== 'binary') : [];
    return {
      target: t,
      binaries: (images && t.os === 'linux') || mine.some((a) => a.kind === 'binary'), // an image runs under qemu too
      packages: [...new Set(kinds)] as PackageKind[],
    };
  });
  const plan = planSmokeSetup(needs, o.probe ?? machineProbe(ctx.env));
  const so = {
    env: ctx.env,
    log: ctx.log,
    uid: o.uid,
    tempDir: ctx.env.RUNNER_TEMP || tmpdir(),
    cache: o.packageCache ?? createPackageCache(ctx.env),
  };
  const now = await installSmokePackages(plan.packages, 'smoke-tools', so);
  installed.push(...(now?.installed ?? []));
  let rootfs: Promise<void> | undefined;
  const forRootfs = () =>
    (rootfs ??= installSmokePackages(plan.rootfs, 'smoke-rootfs', so).then((r) => {
      installed.push(...(r?.installed ?? []));
    }));
  return { installed, forRootfs };
}

/**
 * Every target smoked must have its platform in each image (the manifest's `platforms` of the
 * `oci` artifact): checked before any work starts.
 */
function checkImagePlatforms(images: ManifestArtifact[], targets: Target[], manifestFile: string): void {
  for (const a of images) {
    const platforms = Array.isArray(a.platforms) ? a.platforms.map(String) : undefined;
    if (!platforms) continue;
    for (const t of targets.filter((x) => x.os === 'linux')) {
      if (platforms.some((p) => platformMatches(parsePlatform(p), parsePlatform(t.docker)))) continue;
      throw new DistroError(
        `the image ${a.path} in ${manifestFile} has no ${t.docker} image for ${t.triple} (its platforms: ${platforms.join(', ') || 'none'}); ` +
          `package the image with every target (formats: [oci] after all build jobs), or smoke only the targets it has (input 'target').`,
        { key: 'input: target' },
      );
    }
  }
}

/**
 * The layouts of the `oci` artifacts, each extracted from its `.tar` into `dir`; the index must be
 * the one the manifest recorded (its `digest`).
 */
async function extractImages(
  distDir: string,
  images: ManifestArtifact[],
  dir: string,
): Promise<SmokeImage[]> {
  const out: SmokeImage[] = [];
  for (const [i, a] of images.entries()) {
    const layout = await extractLayoutTar(path.join(distDir, a.path), path.join(dir, String(i)));
    const top = (await layout.readIndex()).manifests[0]?.digest;
    if (typeof a.digest === 'string' && top !== a.digest)
      throw new DistroError(
        `${a.path}: its image index is ${top ?? 'missing'}, but the manifest records ${a.digest}; download the package artifact again.`,
        { file: path.join(distDir, a.path) },
      );
    out.push({ layout, rel: a.path });
  }
  return out;
}

export async function smokeStage(o: SmokeStageOptions): Promise<SmokeStageResult> {
  const requested = o.target ? resolveTarget(o.target, 'input: target') : undefined;
  const ctx = await openStage(o);
  assertExpanded(ctx.config, ['smoke']); // an unset ${VAR} in its own keys fails before any work
  const cfg = ctx.config.smoke ?? {};
  const command = commandOf(ctx, o.command);
  const expectKey = o.expect ? 'input: expect' : 'smoke.expect';
  const expect = parseExpect(o.expect ?? cfg.expect, expectKey);
  const timeoutMs = o.timeout
    ? seconds(o.timeout, 'input: timeout', 60)
    : seconds(cfg.timeout, 'smoke.timeout', 60);
  const installTimeoutMs = seconds(cfg.install_timeout, 'smoke.install_timeout', 600);
  const install = o.install ?? true;
  const extraPackages = Array.isArray(cfg.packages)
    ? cfg.packages.map(String)
    : splitList(String(cfg.packages ?? ''));
  const previous = (o.upgradeFrom ?? []).map((p) => {
    const file = resolveInside(ctx.projectDir, p, { key: 'input: upgrade-from' });
    const kind = kindOfFile(file);
    if (!kind)
      throw new DistroError(
        `input 'upgrade-from': '${p}' is not a .deb, .rpm or .pkg.tar.zst package; give the previous release's package files.`,
        { key: 'input: upgrade-from' },
      );
    return { file, rel: p, kind };
  });

  const relevant = ctx.manifest.artifacts.filter(
    (a) =>
      a.target &&
      (a.kind === 'binary' ||
        (install && ((PACKAGE_KINDS as string[]).includes(a.kind) || INSTALLER_KINDS.includes(a.kind)))),
  );
  const manifestFile = path.join(ctx.distDir, 'manifest.json');
  let targets: Target[];
  if (requested) {
    if (!relevant.some((a) => a.target === requested.triple)) {
      throw new DistroError(
        `there are no binaries${install ? ' or packages' : ''} for ${requested.triple} in ${manifestFile}; ` +
          `download them first with from: ${ctx.artifactPrefix}-build-${requested.triple}, ${ctx.artifactPrefix}-package*, or check the 'target' input.`,
        { key: 'input: target' },
      );
    }
    targets = [requested];
  } else {
    const triples = [...new Set(relevant.map((a) => a.target!))].sort();
    targets = triples
      .map((t) => resolveTarget(t, 'manifest'))
      .filter((t) => {
        if (t.os === 'linux' || underWine(t)) return true;
        ctx.log.warn(
          `skipping ${t.triple}: qemu-smoke-test runs Linux targets, and x86_64 Windows under wine, only`,
        );
        return false;
      });
    if (targets.length === 0) {
      throw new DistroError(
        `there are no Linux binaries or packages in ${manifestFile} to test; download them first with from: ${ctx.artifactPrefix}-build-*, ${ctx.artifactPrefix}-package*.`,
        { key: 'input: from' },
      );
    }
  }

  const ociArtifacts = install ? ctx.manifest.artifacts.filter((a) => a.kind === 'oci') : [];
  checkImagePlatforms(ociArtifacts, targets, manifestFile);
  const setup = await setUpMachine(ctx, o, targets, relevant, install, ociArtifacts.length > 0);

  const results: CheckResult[] = [];
  const artifacts: ManifestArtifact[] = [];
  const names: string[] = [];
  let manifestPath = manifestFile;
  let report = '';
  for (const t of targets) {
    const mine = relevant.filter((a) => a.target === t.triple);
    const binaries = mine
      .filter((a) => a.kind === 'binary')
      .map((a) => ({
        file: path.join(ctx.distDir, a.path),
        rel: a.path,
        name: typeof a.name === 'string' ? a.name : path.posix.basename(a.path),
      }));
    const packages: TargetPackage[] = mine
      .filter((a) => a.kind !== 'binary')
      .map((a) => ({
        file: path.join(ctx.distDir, a.path),
        rel: a.path,
        kind: a.kind as PackageKind,
        binaries: binaries.filter((b) => a.from?.includes(b.rel)).map((b) => b.name),
      }));
    const windows: WindowsInstaller[] = packages
      .filter((p) => INSTALLER_KINDS.includes(p.kind))
      .map((p) => ({ ...p, kind: p.kind as unknown as InstallerKind }));
    const outRel = `smoke/${t.triple}`;
    const outDir = path.join(ctx.distDir, outRel);
    // Write into a fresh directory, then swap it in: a failed run leaves no partial report.
    const tmp = await makeTempDir(path.join(ctx.distDir, 'smoke'), t.triple);
    const imageDir =
      ociArtifacts.length && t.os === 'linux'
        ? await makeTempDir(ctx.env.RUNNER_TEMP || tmpdir(), 'distro-smoke-oci')
        : undefined;
    let mineResults: CheckResult[];
    try {
      const images = imageDir ? await extractImages(ctx.distDir, ociArtifacts, imageDir) : [];
      const logDir = path.join(tmp, 'logs');
      mineResults = await ctx.log.group(`Smoke test of ${t.triple}`, async () =>
        t.os === 'windows'
          ? smokeWindowsTarget({
              target: t,
              binaries,
              installers: windows,
              command,
              expect,
              timeoutMs,
              installTimeoutMs,
              workDir: await mkdir(logDir, { recursive: true }).then(() => ctx.env.RUNNER_TEMP || tmpdir()),
              logOf: (rel) => ({
                file: path.join(logDir, `${rel.replace(/[/\\]/g, '_')}.log`),
                rel: `${outRel}/logs/${rel.replace(/[/\\]/g, '_')}.log`,
              }),
              env: ctx.env,
              log: ctx.log,
            })
          : smokeTarget({
              target: t,
              binaries,
              packages,
              images,
              command,
              expect,
              timeoutMs,
              installTimeoutMs,
              previous,
              logDir: path.join(tmp, 'logs'),
              logRel: `${outRel}/logs`,
              rootfs: {
                spec: rootfsSpec(t, { suite: cfg.suite, packages: extraPackages, mirror: cfg.mirror }),
                store: o.rootfsStore ?? defaultStore(ctx.env),
                workDir: path.join(ctx.env.RUNNER_TEMP || tmpdir(), 'distro-smoke-roots'),
                prepare: setup.forRootfs,
              },
              env: ctx.env,
              log: ctx.log,
              uid: o.uid,
            }),
      );
      await writeAtomic(path.join(tmp, 'junit.xml'), junitXml(mineResults));
      await rm(outDir, { recursive: true, force: true });
      await rename(tmp, outDir);
    } finally {
      await rm(tmp, { recursive: true, force: true });
      if (imageDir) await rm(imageDir, { recursive: true, force: true });
    }
    results.push(...mineResults);
    const added: ManifestArtifact[] = [];
    const fields = {
      kind: 'report' as const,
      stage: 'smoke' as const,
      target: t.triple,
      os: t.os,
      arch: t.arch,
    };
    added.push(
      await describe(ctx.distDir, `${outRel}/junit.xml`, {
        ...fields,
        format: 'junit',
        passed: mineResults.filter((r) => r.status === 'passed').length,
        failed: mineResults.filter((r) => r.status === 'failed').length,
        from: [
          ...binaries.map((b) => b.rel),
          ...packages.map((p) => p.rel),
          ...(t.os === 'linux' ? ociArtifacts.map((a) => a.path) : []),
        ],
      }),
    );
    for (const f of (await readdir(path.join(outDir, 'logs')).catch(() => [] as string[])).sort()) {
      added.push(await describe(ctx.distDir, `${outRel}/logs/${f}`, { ...fields, format: 'log' }));
    }
    const res = await closeStage(ctx, 'smoke', t.triple, added);
    artifacts.push(...res.artifacts);
    if (res.artifactName) names.push(res.artifactName);
    manifestPath = res.manifest;
    report = path.join(outDir, 'junit.xml');
  }
  if (targets.length > 1) {
    // One file for test-report actions; each target's own is in its artifact.
    report = path.join(ctx.distDir, 'smoke', 'junit.xml');
    await writeAtomic(report, junitXml(results));
  }
  const failed = results.filter((r) => r.status === 'failed').length;
  const result: SmokeStageResult = {
    manifest: manifestPath,
    artifacts,
    artifactName: names.join('\n'),
    targets: targets.map((t) => t.triple),
    results,
    passed: results.length - failed,
    failed,
    report,
    installed: setup.installed,
  };
  if (failed) throw new SmokeFailedError(result);
  return result;
}
