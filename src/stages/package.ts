/** The package stage: turn built binaries into archives (tar.gz, tar.xz, tar.zst, zip) and Linux packages (deb, rpm). */
import { glob, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveSourceDateEpoch } from '../build/index.js';
import { archiveVersion, assertExpanded, checkVersionForFormats } from '../config/index.js';
import { DistroError, locationPrefix } from '../errors.js';
import {
  ARCHIVE_FORMATS,
  renderName,
  writeArchive,
  type ArchiveEntry,
  type ArchiveFormat,
} from '../formats/archive/index.js';
import { describe, type ManifestArtifact } from '../manifest/index.js';
import { resolveInside, toPosix } from '../paths.js';
import { debFileName, debFullVersion, writeDeb } from '../formats/deb/index.js';
import { checkContentsDst, cleanupPackage, resolvePackage } from '../formats/pkg/resolve.js';
import type { Packager } from '../formats/pkg/types.js';
import { rpmFileName, writeRpm } from '../formats/rpm/index.js';
import { writeWithProgress } from '../progress.js';
import { hostTarget, resolveTarget, type Target } from '../targets/index.js';
import { closeStage, openStage, type CommonOptions, type StageContext, type StageResult } from './common.js';

/** Linux package formats written here. */
const PACKAGERS = ['deb', 'rpm'] as const;
type LinuxPackager = (typeof PACKAGERS)[number] & Packager;
/** Formats another part of distro-actions will write; named here so the error can say so. */
const LATER_FORMATS = ['apk', 'archlinux'];
export const DEFAULT_NAME_TEMPLATE = '{name}-{version}-{os}-{arch}.{ext}';
/** What goes into an archive beside the binaries when `archives.files` is not set (as goreleaser). */
const DEFAULT_FILES = [
  'README*',
  'readme*',
  'LICENSE*',
  'LICENCE*',
  'license*',
  'CHANGELOG*',
  'changelog*',
  'COPYING*',
];

export interface PackageStageOptions extends CommonOptions {
  /** One target; empty: every target with binaries in the manifest. */
  target?: string;
  formats?: string[];
  sourceDateEpoch?: number;
}

export interface PackageStageResult extends StageResult {
  packages: string[];
}

export function parseFormats(
  list: string[],
  key: string,
): { archives: ArchiveFormat[]; packagers: LinuxPackager[] } {
  const archives: ArchiveFormat[] = [];
  const packagers: LinuxPackager[] = [];
  for (const f of list) {
    const fmt = f.trim().toLowerCase();
    if ((ARCHIVE_FORMATS as readonly string[]).includes(fmt)) {
      if (!archives.includes(fmt as ArchiveFormat)) archives.push(fmt as ArchiveFormat);
    } else if ((PACKAGERS as readonly string[]).includes(fmt)) {
      if (!packagers.includes(fmt as LinuxPackager)) packagers.push(fmt as LinuxPackager);
    } else if (LATER_FORMATS.includes(fmt)) {
      throw new DistroError(
        `${key}: the '${fmt}' format is not available in this version of package-format yet; it writes ${[...ARCHIVE_FORMATS, ...PACKAGERS].join(', ')}. Remove '${fmt}' for now.`,
        { key },
      );
    } else {
      throw new DistroError(
        `${key}: unknown format '${f}'. Known formats: ${[...ARCHIVE_FORMATS, ...PACKAGERS, ...LATER_FORMATS].join(', ')}.`,
        { key },
      );
    }
  }
  return { archives, packagers };
}

/** Windows users expect zip: every tar format becomes zip for a Windows target (as goreleaser's format_overrides). */
function formatsFor(
  target: Target,
  formats: ArchiveFormat[],
  overrides: Record<string, string> = {},
): ArchiveFormat[] {
  const over = overrides[target.os];
  if (over) return parseFormats([over], `archives.format_overrides.${target.os}`).archives;
  if (target.os !== 'windows') return formats;
  return [...new Set(formats.map((f) => (f === 'zip' ? f : 'zip')))] as ArchiveFormat[];
}

interface ExtraFile {
  source: string;
  dst: string;
  mode?: number;
}

/** Resolves `archives.files` (paths and globs inside the project) to files and their place in the archive. */
async function extraFiles(ctx: StageContext): Promise<ExtraFile[]> {
  const configured = ctx.config.archives?.files;
  const specs = configured ?? DEFAULT_FILES;
  const out: ExtraFile[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i]!;
    const key = `archives.files[${i}]`;
    const file = ctx.loaded.file;
    const where = {
      key,
      file,
      line: ctx.loaded.lineOf(`archives.files.${i}`),
      shown: file && path.relative(ctx.projectDir, file),
    };
    const at = locationPrefix(where);
    const src = typeof spec === 'string' ? spec : spec.src;
    const dst = typeof spec === 'string' ? undefined : spec.dst;
    const mode = typeof spec === 'string' ? undefined : spec.mode;
    resolveInside(ctx.projectDir, src.replace(/[*?[].*$/, '') || '.', where);
    const matches: string[] = [];
    if (/[*?[]/.test(src)) {
      for await (const m of glob(src, { cwd: ctx.projectDir })) matches.push(m);
      matches.sort();
    } else matches.push(src);
    if (matches.length === 0 && configured) {
      throw new DistroError(
        `${at}${key}: '${src}' matches no file in ${ctx.projectDir}; fix the path or remove it.`,
        where,
      );
    }
    for (const m of matches) {
      const abs = resolveInside(ctx.projectDir, m, where);
      const st = await stat(abs).catch(() => undefined);
      if (!st)
        throw new DistroError(
          `${at}${key}: '${m}' does not exist in ${ctx.projectDir}; fix the path or remove it.`,
          where,
        );
      if (st.isDirectory()) continue;
      const base = path.basename(m);
      // dst ending in '/' (or a glob's dst) is a directory; otherwise the file's name in the archive.
      const inArchive = !dst
        ? base
        : dst.endsWith('/') || matches.length > 1
          ? path.posix.join(dst, base)
          : dst;
      const clean = path.posix.normalize(inArchive).replace(/^\/+/, '');
      if (clean.startsWith('..'))
        throw new DistroError(`${at}${key}: dst '${dst}' leaves the archive; use a relative path.`, where);
      if (seen.has(clean)) continue;
      seen.add(clean);
      out.push({ source: abs, dst: clean, mode });
    }
  }
  return out;
}

/** Top-level config keys other stages read; an unset ${VAR} in them never fails this stage. */
const OTHER_STAGES_KEYS = ['build', 'sign', 'repos', 'smoke', 'targets'];

export async function packageStage(o: PackageStageOptions): Promise<PackageStageResult> {
  const planned = o.target ? resolveTarget(o.target, 'input: target').triple : undefined;
  const ctx = await openStage(o, { stage: 'package', target: planned });
  assertExpanded(
    ctx.config,
    Object.keys(ctx.config).filter((k) => !OTHER_STAGES_KEYS.includes(k)),
  );
  const formatKey = o.formats && o.formats.length ? 'input: formats' : 'formats';
  const requested = o.formats && o.formats.length ? o.formats : (ctx.config.formats ?? ['tar.gz']);
  const { archives: formats, packagers } = parseFormats(requested, formatKey);
  if (formats.length + packagers.length === 0)
    throw new DistroError(
      `${formatKey}: no format given; list at least one of ${[...ARCHIVE_FORMATS, ...PACKAGERS].join(', ')}.`,
      { key: formatKey },
    );
  checkVersionForFormats(ctx.version, [...formats, ...packagers], { where: ctx.versionWhere });
  checkContentsDst(ctx.config, ctx.loaded, packagers);

  const binaries = ctx.manifest.artifacts.filter((a) => a.kind === 'binary');
  let targets: Target[];
  if (o.target) {
    const t = resolveTarget(o.target, 'input: target');
    targets = [t];
    if (!binaries.some((b) => b.target === t.triple) && formats.length > 0) {
      throw new DistroError(
        `there are no binaries for ${t.triple} in ${path.join(ctx.distDir, 'manifest.json')}; run build-target for it first, or download its build with from: ${ctx.artifactPrefix}-build-${t.triple}.`,
        { key: 'input: target' },
      );
    }
  } else {
    const triples = [...new Set(binaries.map((b) => b.target).filter((t): t is string => !!t))].sort();
    targets = triples.map((t) => resolveTarget(t, 'manifest'));
  }
  // Like nfpm, deb and rpm also work with no build before them: contents name workspace files,
  // and the architecture comes from `arch` (all/noarch: architecture-independent).
  const standalone = targets.length === 0 && formats.length === 0 && packagers.length > 0;
  if (targets.length === 0 && !standalone) {
    throw new DistroError(
      `there are no binaries in ${path.join(ctx.distDir, 'manifest.json')} to package; run build-target first, or download builds with from: ${ctx.artifactPrefix}-build-*.`,
      { key: 'input: from' },
    );
  }

  const epoch =
    o.sourceDateEpoch ??
    (await resolveSourceDateEpoch({ env: ctx.env, projectDir: ctx.projectDir, log: ctx.log }));
  const files = await extraFiles(ctx);
  const template = ctx.config.archives?.name_template ?? DEFAULT_NAME_TEMPLATE;
  const templateKey = ctx.config.archives?.name_template ? 'archives.name_template' : 'default name template';
  const added: ManifestArtifact[] = [];
  const written: string[] = [];
  try {
    for (const target of targets) {
      const bins = binaries.filter((b) => b.target === target.triple);
      for (const format of formatsFor(target, formats, ctx.config.archives?.format_overrides)) {
        const vars = {
          name: ctx.config.name,
          version: archiveVersion(ctx.version),
          os: target.os,
          arch: target.arch,
          ext: format,
          format,
          target: target.triple,
          platform: `${target.os}-${target.arch}`,
          variant: target.abi || 'none',
        };
        const fileName = renderName(template, vars, templateKey);
        const wrap = ctx.config.archives?.wrap_in_directory;
        const prefix =
          wrap === true
            ? fileName.slice(0, -(format.length + 1)) + '/'
            : typeof wrap === 'string' && wrap
              ? `${wrap.replace(/\/+$/, '')}/`
              : '';
        const entries: ArchiveEntry[] = [
          ...bins.map((b) => ({
            name: prefix + path.posix.basename(b.path),
            type: 'file' as const,
            source: path.join(ctx.distDir, b.path),
            mode: 0o755,
          })),
          ...files.map((f) => ({
            name: prefix + f.dst,
            type: 'file' as const,
            source: f.source,
            mode: f.mode,
          })),
        ];
        const out = path.join(ctx.distDir, fileName);
        await writeWithProgress(ctx.log, out, (progress) =>
          writeArchive(out, format, entries, { mtime: epoch, level: ctx.config.archives?.level, progress }),
        );
        written.push(out);
        added.push(
          await describe(ctx.distDir, fileName, {
            kind: 'archive',
            format,
            target: target.triple,
            os: target.os,
            arch: target.arch,
            stage: 'package',
            from: [
              ...bins.map((b) => b.path),
              ...files.map((f) => toPosix(path.relative(ctx.projectDir, f.source))),
            ],
          }),
        );
      }
    }
    const pkgTargets: Array<Target | undefined> = standalone
      ? [standaloneTarget(ctx.config.arch)]
      : targets.filter((t) => t.os === 'linux');
    for (const target of pkgTargets) {
      const bins = target ? binaries.filter((b) => b.target === target.triple) : [];
      for (const packager of packagers) {
        const spec = await resolvePackage({
          packager,
          config: ctx.config,
          loaded: ctx.loaded,
          projectDir: ctx.projectDir,
          distDir: ctx.distDir,
          target,
          binaries: bins.map((b) => ({
            name: typeof b.name === 'string' ? b.name : path.posix.basename(b.path),
            file: path.join(ctx.distDir, b.path),
          })),
          version: ctx.version,
          sourceDateEpoch: epoch,
          log: ctx.log,
        });
        try {
          const fileName = packager === 'deb' ? debFileName(spec) : rpmFileName(spec);
          const out = path.join(ctx.distDir, fileName);
          await writeWithProgress(ctx.log, out, (progress) =>
            packager === 'deb' ? writeDeb(out, spec, { progress }) : writeRpm(out, spec, { progress }),
          );
          written.push(out);
          added.push(
            await describe(ctx.distDir, fileName, {
              kind: packager,
              format: packager,
              package: spec.name,
              package_version:
                packager === 'deb'
                  ? debFullVersion(spec)
                  : `${spec.epoch ? `${spec.epoch}:` : ''}${spec.version}-${spec.release}`,
              ...(target
                ? { target: target.triple, os: target.os, arch: target.arch }
                : { os: 'linux', arch: spec.arch }),
              stage: 'package',
              from: [
                ...bins.map((b) => b.path),
                ...spec.files
                  .filter((f) => f.source && !f.source.startsWith(spec.tempDir ?? '\0'))
                  .map((f) => toPosix(path.relative(ctx.projectDir, f.source!))),
              ].filter((v, i, all) => all.indexOf(v) === i),
            }),
          );
        } finally {
          await cleanupPackage(spec);
        }
      }
    }
  } catch (e) {
    // One archive failed: remove the ones this run wrote, so the dist dir holds all or none.
    for (const w of written) await rm(w, { force: true });
    throw e;
  }
  // One artifact name per job: the target only when the job was given one (README "Artifact names").
  const res = await closeStage(ctx, 'package', planned, added);
  return { ...res, packages: added.map((a) => a.path) };
}

/** The target of a package made with no build: `arch` of the config (nfpm: default amd64); all/noarch: none. */
function standaloneTarget(arch: string | undefined): Target | undefined {
  if (!arch) return hostTarget();
  if (['all', 'noarch', 'any'].includes(arch)) return undefined;
  return resolveTarget(arch, 'arch');
}
