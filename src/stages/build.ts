/** The build stage: build the project for one target and collect its binaries (DESIGN: build-target). */
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir } from '../atomic.js';
import { BUILDERS, PROFILES, buildTarget } from '../build/index.js';
import { assertExpanded } from '../config/index.js';
import { DistroError } from '../errors.js';
import { describe, type ManifestArtifact } from '../manifest/index.js';
import { resolveInside, toPosix } from '../paths.js';
import { hostTarget, resolveTarget } from '../targets/index.js';
import { closeStage, openStage, type CommonOptions, type StageResult } from './common.js';

export interface BuildStageOptions extends CommonOptions {
  /** Target name or alias; empty: the machine's own. */
  target?: string;
  builder?: string;
  command?: string[];
  binaries?: string[];
  profile?: string;
  sourceDateEpoch?: number;
}

export interface BuildStageResult extends StageResult {
  target: string;
  binaries: string[];
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  key: string,
): T | undefined {
  if (value === undefined || value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new DistroError(`${key}: '${value}' is not one of ${allowed.join(', ')}.`, { key });
  }
  return value as T;
}

export async function buildStage(o: BuildStageOptions): Promise<BuildStageResult> {
  const host = hostTarget();
  const target = o.target && o.target !== 'host' ? resolveTarget(o.target, 'input: target') : host;
  const builder = oneOf(o.builder, BUILDERS, 'input: builder');
  const profile = oneOf(o.profile, PROFILES, 'input: profile');
  const ctx = await openStage(o, { stage: 'build', target: target.triple });
  assertExpanded(ctx.config, ['build']); // an unset ${VAR} here fails now, not halfway through
  const cfg = ctx.config.build ?? {};
  if (cfg.builder) oneOf(cfg.builder, BUILDERS, 'build.builder');
  if (cfg.profile) oneOf(cfg.profile, PROFILES, 'build.profile');
  const projectDir = cfg.dir ? resolveInside(ctx.projectDir, cfg.dir, { key: 'build.dir' }) : ctx.projectDir;

  // Build into a fresh directory, then swap it in: a failed build leaves no partial output.
  const outRel = path.join('build', target.triple);
  const outDir = path.join(ctx.distDir, outRel);
  const tmpOut = await makeTempDir(path.join(ctx.distDir, 'build'), target.triple);
  let result;
  try {
    result = await ctx.log.group(`Building ${ctx.config.name} ${ctx.version} for ${target.triple}`, () =>
      buildTarget({
        projectDir,
        outDir: tmpOut,
        target,
        host,
        build: cfg,
        builder,
        command: o.command && o.command.length ? o.command : undefined,
        binaries: o.binaries && o.binaries.length ? o.binaries : undefined,
        profile,
        name: ctx.config.name,
        version: ctx.version,
        env: ctx.env,
        sourceDateEpoch: o.sourceDateEpoch,
        log: ctx.log,
      }),
    );
    await rm(outDir, { recursive: true, force: true });
    await rename(tmpOut, outDir);
  } finally {
    await rm(tmpOut, { recursive: true, force: true });
  }

  const common = { target: target.triple, os: target.os, arch: target.arch, stage: 'build' as const };
  const added: ManifestArtifact[] = [];
  for (const b of result.binaries) {
    const rel = toPosix(path.join(outRel, path.basename(b.file)));
    added.push(await describe(ctx.distDir, rel, { ...common, kind: 'binary', name: b.name, from: [] }));
  }
  const infoRel = toPosix(path.join(outRel, path.basename(result.buildInfo)));
  added.push(
    await describe(ctx.distDir, infoRel, {
      ...common,
      kind: 'build-info',
      builder: result.builder,
      profile: result.profile,
      from: added.map((a) => a.path),
    }),
  );
  const res = await closeStage(ctx, 'build', target.triple, added);
  return {
    ...res,
    target: target.triple,
    binaries: added.filter((a) => a.kind === 'binary').map((a) => a.path),
  };
}
