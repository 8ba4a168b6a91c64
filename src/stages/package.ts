/**
 * The package stage: turns built binaries into archives (tar.gz, tar.xz, tar.zst, zip), Linux
 * packages (deb, rpm) and the other formats of src/formats/registry.ts, by kind: archives and
 * packages per target, `target` formats per target they apply to, `release` formats once.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { resolveSourceDateEpoch } from '../build/index.js';
import { archiveVersion, assertExpanded } from '../config/index.js';
import { DistroError } from '../errors.js';
import { extraFiles, type ExtraFile } from '../formats/archive/files.js';
import {
  archiveNameVars,
  renderName,
  writeArchive,
  type ArchiveEntry,
  type ArchiveFormat,
} from '../formats/archive/index.js';
import { checkContentsDst, cleanupPackage, resolvePackage } from '../formats/pkg/resolve.js';
import { checkVersionFor, formatNames, parseFormats, type ParsedFormats } from '../formats/registry.js';
import type { FormatContext, PackageFormat, TargetBinary, WrittenFile } from '../formats/types.js';
import { describe, type ManifestArtifact } from '../manifest/index.js';
import { toPosix } from '../paths.js';
import { writeWithProgress } from '../progress.js';
import { hostTarget, resolveTarget, TARGETS, type Target } from '../targets/index.js';
import { closeStage, openStage, type CommonOptions, type StageContext, type StageResult } from './common.js';

export { parseFormats } from '../formats/registry.js';
export const DEFAULT_NAME_TEMPLATE = '{name}-{version}-{os}-{arch}.{ext}';
export interface PackageStageOptions extends CommonOptions {
  /** One target; empty: every target with binaries in the manifest. */
  target?: string;
  formats?: string[];
  sourceDateEpoch?: number;
}

export interface PackageStageResult extends StageResult {
  packages: string[];
}

/** Windows users expect zip: every tar format becomes zip for a Windows target (as goreleaser's format_overrides). */
function formatsFor(
  target: Target,
  formats: ArchiveFormat[],
  overrides: Record<string, string> = {},
): ArchiveFormat[] {
  const over = overrides[target.os];
  if (over)
    return parseFormats([over], `archives.format_overrides.${target.os}`).archives.map(
      (f) => f.name as ArchiveFormat,
    );
  if (target.os !== 'windows') return formats;
  return [...new Set(formats.map((f) => (f === 'zip' ? f : 'zip')))] as ArchiveFormat[];
}

/** Top-level config keys other stages read; an unset ${VAR} in them never fails this stage. */
const OTHER_STAGES_KEYS = ['build', 'sign', 'repos', 'smoke', 'targets'];

/** One run of the stage: what every writer reads, and what it wrote (removed again on failure). */
interface Run {
  ctx: StageContext;
  formats: ParsedFormats;
  epoch: number;
  binaries: ManifestArtifact[];
  added: ManifestArtifact[];
  written: string[];
}

export async function packageStage(o: PackageStageOptions): Promise<PackageStageResult> {
  const planned = o.target ? resolveTarget(o.target, 'input: target').triple : undefined;
  const ctx = await openStage(o, { stage: 'package', target: planned });
  assertExpanded(
    ctx.config,
    Object.keys(ctx.config).filter((k) => !OTHER_STAGES_KEYS.includes(k)),
  );
  const formats = requestedFormats(ctx, o);
  const binaries = ctx.manifest.artifacts.filter((a) => a.kind === 'binary');
  const targets = targetsOf(ctx, o, formats, binaries);
  checkTargetFormats(formats, targets);
  const epoch =
    o.sourceDateEpoch ??
    (await resolveSourceDateEpoch({ env: ctx.env, projectDir: ctx.projectDir, log: ctx.log }));
  const run: Run = { ctx, formats, epoch, binaries, added: [], written: [] };
  for (const f of formats.all) await f.check?.(formatContext(run));
  try {
    await writeArchives(run, targets);
    // Like nfpm, packages also work with no build before them: contents name workspace files,
    // and the architecture comes from `arch` (all/noarch: architecture-independent).
    const standalone = targets.length === 0 && formats.packages.length > 0;
    const pkgTargets = standalone ? [standaloneTarget(ctx.config.arch)] : targets;
    for (const target of pkgTargets)
      for (const format of formats.packages) await writePackage(run, format, target);
    await writeTargetFormats(run, targets);
    await writeReleaseFormats(run, targets, o.target);
  } catch (e) {
    // One file failed: remove the ones this run wrote, so the dist dir holds all or none.
    for (const w of run.written) await rm(w, { force: true });
    throw e;
  }
  // One artifact name per job: the target only when the job was given one (README "Artifact names").
  const res = await closeStage(ctx, 'package', planned, run.added);
  return { ...res, packages: run.added.map((a) => a.path) };
}

/** The `formats` input or config key, parsed and checked (version, contents) before any work. */
function requestedFormats(ctx: StageContext, o: PackageStageOptions): ParsedFormats {
  const formatKey = o.formats && o.formats.length ? 'input: formats' : 'formats';
  const requested = o.formats && o.formats.length ? o.formats : (ctx.config.formats ?? ['tar.gz']);
  const formats = parseFormats(requested, formatKey);
  if (formats.all.length === 0)
    throw new DistroError(
      `${formatKey}: no format given; list at least one of ${formatNames().join(', ')}.`,
      {
        key: formatKey,
      },
    );
  checkVersionFor(formats.all, ctx.version, { where: ctx.versionWhere });
  checkContentsDst(
    ctx.config,
    ctx.loaded,
    formats.packages.map((p) => p.name),
  );
  return formats;
}

/** A per-target format (msi, nsis) none of the job's targets can have is an error naming those that can. */
function checkTargetFormats(formats: ParsedFormats, targets: Target[]): void {
  for (const f of formats.targets) {
    if (targets.some((t) => f.appliesTo(t))) continue;
    const can = TARGETS.filter((t) => f.appliesTo(t)).map((t) => t.triple);
    throw new DistroError(
      `formats: ${f.name} cannot be made for ${targets.map((t) => t.triple).join(', ') || 'a job without binaries'}; the targets that can have ${f.name} are ${can.join(', ')}. Remove ${f.name} from the formats of this job, or build one of those targets.`,
      { key: 'formats' },
    );
  }
}

/** The targets to package: the one given, or every target with binaries in the manifest. */
function targetsOf(
  ctx: StageContext,
  o: PackageStageOptions,
  formats: ParsedFormats,
  binaries: ManifestArtifact[],
): Target[] {
  // archives and per-target formats are made from binaries; packages and release formats need none
  const needBinaries = formats.archives.length + formats.targets.length > 0;
  if (o.target) {
    const t = resolveTarget(o.target, 'input: target');
    if (!binaries.some((b) => b.target === t.triple) && needBinaries) {
      throw new DistroError(
        `there are no binaries for ${t.triple} in ${path.join(ctx.distDir, 'manifest.json')}; run build-target for it first, or download its build with from: ${ctx.artifactPrefix}-build-${t.triple}.`,
        { key: 'input: target' },
      );
    }
    return [t];
  }
  const triples = [...new Set(binaries.map((b) => b.target).filter((t): t is string => !!t))].sort();
  const targets = triples.map((t) => resolveTarget(t, 'manifest'));
  if (targets.length === 0 && needBinaries) {
    throw new DistroError(
      `there are no binaries in ${path.join(ctx.distDir, 'manifest.json')} to package; run build-target first, or download builds with from: ${ctx.artifactPrefix}-build-*.`,
      { key: 'input: from' },
    );
  }
  return targets;
}

function formatContext(run: Run): FormatContext {
  const { ctx } = run;
  return {
    config: ctx.config,
    loaded: ctx.loaded,
    projectDir: ctx.projectDir,
    distDir: ctx.distDir,
    version: ctx.version,
    versionWhere: ctx.versionWhere,
    sourceDateEpoch: run.epoch,
    env: ctx.env,
    log: ctx.log,
  };
}

function binariesOf(run: Run, target: Target | undefined): TargetBinary[] {
  if (!target) return [];
  return run.binaries
    .filter((b) => b.target === target.triple)
    .map((b) => ({
      name: typeof b.name === 'string' ? b.name : path.posix.basename(b.path),
      file: path.join(run.ctx.distDir, b.path),
      path: b.path,
    }));
}

/** Records a file a format wrote: in the manifest, and for removal if a later one fails. */
async function record(run: Run, format: string, w: WrittenFile): Promise<void> {
  run.written.push(path.join(run.ctx.distDir, w.path));
  const t = w.target;
  run.added.push(
    await describe(run.ctx.distDir, w.path, {
      kind: w.kind,
      format,
      ...(t ? { target: t.triple, os: t.os, arch: t.arch } : {}),
      ...w.fields,
      stage: 'package',
      ...(w.from ? { from: w.from } : {}),
    }),
  );
}

async function writeArchives(run: Run, targets: Target[]): Promise<void> {
  const { ctx } = run;
  if (!run.formats.archives.length) return;
  const archives = run.formats.archives.map((f) => f.name as ArchiveFormat);
  const files = await extraFiles(ctx);
  for (const target of targets) {
    const bins = binariesOf(run, target);
    for (const format of formatsFor(target, archives, ctx.config.archives?.format_overrides)) {
      const fileName = archiveName(ctx, target, format);
      const entries = archiveEntries(ctx, fileName, format, bins, files);
      const out = path.join(ctx.distDir, fileName);
      await writeWithProgress(ctx.log, out, (progress) =>
        writeArchive(out, format, entries, { mtime: run.epoch, level: ctx.config.archives?.level, progress }),
      );
      await record(run, format, {
        path: fileName,
        kind: 'archive',
        target,
        from: [
          ...bins.map((b) => b.path),
          ...files.map((f) => toPosix(path.relative(ctx.projectDir, f.source))),
        ],
      });
    }
  }
}

function archiveName(ctx: StageContext, target: Target, format: ArchiveFormat): string {
  const template = ctx.config.archives?.name_template ?? DEFAULT_NAME_TEMPLATE;
  const templateKey = ctx.config.archives?.name_template ? 'archives.name_template' : 'default name template';
  const vars = archiveNameVars(ctx.config.name, archiveVersion(ctx.version), target, format);
  return renderName(template, vars, templateKey);
}

function archiveEntries(
  ctx: StageContext,
  fileName: string,
  format: ArchiveFormat,
  bins: TargetBinary[],
  files: ExtraFile[],
): ArchiveEntry[] {
  const wrap = ctx.config.archives?.wrap_in_directory;
  const prefix =
    wrap === true
      ? fileName.slice(0, -(format.length + 1)) + '/'
      : typeof wrap === 'string' && wrap
        ? `${wrap.replace(/\/+$/, '')}/`
        : '';
  return [
    ...bins.map((b) => ({
      name: prefix + path.posix.basename(b.path),
      type: 'file' as const,
      source: b.file,
      mode: 0o755,
    })),
    ...files.map((f) => ({ name: prefix + f.dst, type: 'file' as const, source: f.source, mode: f.mode })),
  ];
}

/** The package of `format` for `target` (undefined: noarch), if the format applies to it (default: Linux). */
async function writePackage(run: Run, format: PackageFormat, target: Target | undefined): Promise<void> {
  const { ctx } = run;
  if (target && !(format.appliesTo ? format.appliesTo(target) : target.os === 'linux')) return;
  const bins = binariesOf(run, target);
  const spec = await resolvePackage({
    packager: format.name,
    config: ctx.config,
    loaded: ctx.loaded,
    projectDir: ctx.projectDir,
    distDir: ctx.distDir,
    target,
    binaries: bins.map((b) => ({ name: b.name, file: b.file })),
    version: ctx.version,
    sourceDateEpoch: run.epoch,
    log: ctx.log,
  });
  try {
    const fileName = format.fileName(spec);
    const out = path.join(ctx.distDir, fileName);
    await writeWithProgress(ctx.log, out, (progress) => format.write(out, spec, { progress }));
    await record(run, format.name, {
      path: fileName,
      kind: format.name,
      target,
      fields: {
        package: spec.name,
        package_version: format.packageVersion(spec),
        ...(target ? {} : { os: 'linux', arch: spec.arch }),
      },
      from: [
        ...bins.map((b) => b.path),
        ...spec.files
          .filter((f) => f.source && !f.source.startsWith(spec.tempDir ?? '\0'))
          .map((f) => toPosix(path.relative(ctx.projectDir, f.source!))),
      ].filter((v, i, all) => all.indexOf(v) === i),
    });
  } finally {
    await cleanupPackage(spec);
  }
}

/** Formats made per target from its binaries (msi, nsis, oci), then their `finish` once. */
async function writeTargetFormats(run: Run, targets: Target[]): Promise<void> {
  for (const format of run.formats.targets) {
    for (const target of targets.filter((t) => format.appliesTo(t))) {
      const ctx = { ...formatContext(run), target, binaries: binariesOf(run, target) };
      for (const w of await format.write(ctx)) await record(run, format.name, { target, ...w });
    }
    if (!format.finish) continue;
    const ctx = { ...formatContext(run), artifacts: releaseArtifacts(run), targets };
    for (const w of await format.finish(ctx)) await record(run, format.name, w);
  }
}

/** Formats made once per release (source tarball, install.sh, package-manager manifests). */
async function writeReleaseFormats(
  run: Run,
  targets: Target[],
  oneTarget: string | undefined,
): Promise<void> {
  for (const format of run.formats.releases) {
    if (format.wholeRelease && oneTarget) {
      run.ctx.log.info(
        `${format.name}: made once per release from every target's artifacts, so not in this job for ${oneTarget}; list it in the formats of a package-format job without a target that downloads the others (from: ${run.ctx.artifactPrefix}-package-*).`,
      );
      continue;
    }
    const ctx = { ...formatContext(run), artifacts: releaseArtifacts(run), targets };
    for (const w of await format.write(ctx)) await record(run, format.name, w);
  }
}

/** The manifest's artifacts and those this run added so far. */
function releaseArtifacts(run: Run): ManifestArtifact[] {
  const added = new Set(run.added.map((a) => a.path));
  return [...run.ctx.manifest.artifacts.filter((a) => !added.has(a.path)), ...run.added];
}

/** The target of a package made with no build: `arch` of the config (nfpm: default amd64); all/noarch: none. */
function standaloneTarget(arch: string | undefined): Target | undefined {
  if (!arch) return hostTarget();
  if (['all', 'noarch', 'any'].includes(arch)) return undefined;
  return resolveTarget(arch, 'arch');
}
