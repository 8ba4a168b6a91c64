/**
 * What every stage does around its own work (DESIGN contract 2): find the project and dist
 * directory, load the config and version, download and merge the artifacts named by `from`, and
 * at the end write the manifest and upload what the stage added as one artifact.
 */
import { copyFile, link, lstat, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, resolveVersion, tagFromRef, type VersionSource } from '../config/index.js';
import type { DistroConfig, LoadedConfig } from '../config/types.js';
import { restoreSwapped, staleTemporaries } from '../atomic.js';
import { DistroError, type ErrorLocation } from '../errors.js';
import type { Logger } from '../log.js';
import {
  MANIFEST_FILE,
  emptyManifest,
  hashFile,
  mergeManifests,
  readManifest,
  writeManifest,
  type Manifest,
  type ManifestArtifact,
  type StageName,
} from '../manifest/index.js';
import {
  producerFrom,
  recordTree,
  restoreInto,
  verifyDownload,
  type ArtifactManifest,
  type Producer,
} from '../manifest/handoff.js';
import { resolveInside } from '../paths.js';
import { artifactClash, checkName, selectArtifacts, type ArtifactStore } from '../runner/artifacts.js';

/** The inputs every stage has (DESIGN contract 5), as plain values. */
export interface CommonOptions {
  /** Absolute workspace directory (GITHUB_WORKSPACE, or the CLI's current directory). */
  workspace: string;
  /** `working-directory`, relative to the workspace (default `.`). */
  workingDirectory?: string;
  /** `config`, relative to the working directory. Unset: `distro.yml`, and a missing file is fine. */
  config?: string;
  /** `dist-dir`, relative to the working directory (default `dist`). */
  distDir?: string;
  /** `from`: artifact names or globs to download and merge first. */
  from?: string[];
  /** `artifact-prefix` (default `distro`). */
  artifactPrefix?: string;
  /** `version` input. */
  version?: string;
  /** Upload what the stage added (default true). */
  upload?: boolean;
  /** The process environment: `${VAR}` expansion, GITHUB_REF for the version, tools' environment. */
  env: Record<string, string | undefined>;
  log: Logger;
  store: ArtifactStore;
}

export interface StageContext {
  workspace: string;
  projectDir: string;
  distDir: string;
  loaded: LoadedConfig;
  config: DistroConfig;
  version: string;
  /** Where the version came from (the input, GITHUB_REF, the config's line), for format errors. */
  versionWhere: ErrorLocation;
  manifest: Manifest;
  env: Record<string, string | undefined>;
  log: Logger;
  store: ArtifactStore;
  artifactPrefix: string;
  upload: boolean;
  /** Names of the artifacts downloaded by `from`. */
  downloaded: string[];
  /** The artifact name checked by `openStage`, and whether this job may replace it (a re-run). */
  replaceChecked?: { name: string; replace: boolean };
}

export interface StageResult {
  /** Absolute path of the manifest. */
  manifest: string;
  /** What the stage added. */
  artifacts: ManifestArtifact[];
  /** Name of the uploaded artifact ('' when not uploaded). */
  artifactName: string;
}

function versionLocation(source: VersionSource, loaded: LoadedConfig): ErrorLocation {
  if (source === 'input') return { key: 'input: version' };
  if (source === 'tag') return { key: 'GITHUB_REF' };
  if (source === 'git') return { key: 'git describe' };
  if (source === 'config') return { key: 'version', file: loaded.file, line: loaded.lineOf('version') };
  return { key: 'version' };
}

/**
 * Opens a stage. `planned` names the artifact the stage will upload, so a clash with another job
 * of the run is refused before any work (it is checked again at upload, for jobs running at once).
 */
export async function openStage(
  o: CommonOptions,
  planned?: { stage: StageName; target?: string },
): Promise<StageContext> {
  // Inputs first, before any file is read or written: the artifact name is only made at the end.
  const artifactPrefix = o.artifactPrefix || 'distro';
  checkName(artifactName(artifactPrefix, 'build'));
  tagFromRef(o.env.GITHUB_REF);
  const projectDir = resolveInside(o.workspace, o.workingDirectory || '.', {
    key: 'input: working-directory',
  });
  const distDir = resolveInside(projectDir, o.distDir || 'dist', { key: 'input: dist-dir' });
  const configFile = o.config || 'distro.yml';
  resolveInside(projectDir, configFile, { key: 'input: config' });
  const loaded = await loadConfig({ file: configFile, cwd: projectDir, env: o.env, required: !!o.config });
  for (const w of loaded.warnings) o.log.warn(w.message, { file: loaded.file, line: w.line });
  for (const n of loaded.notes) o.log.info(`note: ${n.message}`);
  const { version, source } = await resolveVersion({
    input: o.version,
    ref: o.env.GITHUB_REF,
    cwd: projectDir,
    config: loaded.config,
    configLocation: loaded,
  });
  const versionWhere = versionLocation(source, loaded);
  const project = { name: loaded.config.name, version };
  const found = await readManifest(distDir);
  await recoverDist(distDir, found, o.log);
  let manifest = found ?? emptyManifest(project);
  if (manifest.project.name !== project.name) {
    throw new DistroError(
      `${path.join(distDir, MANIFEST_FILE)} belongs to project '${manifest.project.name}', not '${project.name}'; use another dist-dir or delete it.`,
      { key: 'input: dist-dir' },
    );
  }
  manifest.project.version = version;

  const ctx: StageContext = {
    workspace: o.workspace,
    projectDir,
    distDir,
    loaded,
    config: loaded.config,
    version,
    versionWhere,
    manifest,
    env: o.env,
    log: o.log,
    store: o.store,
    artifactPrefix,
    upload: o.upload ?? true,
    downloaded: [],
  };
  if (planned && ctx.upload) {
    const name = artifactName(ctx.artifactPrefix, planned.stage, planned.target);
    ctx.replaceChecked = { name, replace: await checkReplace(ctx, name, producerFrom(ctx.env)) };
  }
  if (o.from && o.from.length) {
    manifest = await downloadInto(ctx, o.from);
    ctx.manifest = manifest;
  }
  return ctx;
}

/**
 * What a killed run left in the dist directory: a swap of files cut short (sign's rpms) is rolled
 * back where the manifest still lists the old file, then every temporary of a process no longer
 * running goes (src/atomic.ts).
 */
async function recoverDist(distDir: string, manifest: Manifest | undefined, log: Logger): Promise<void> {
  const stale = await staleTemporaries(distDir);
  if (!stale.length) return;
  const listed = new Map(manifest?.artifacts.map((a) => [path.join(distDir, a.path), a.sha256]));
  const sha = (f: string) =>
    hashFile(f).then(
      (h) => h.sha256,
      () => '',
    );
  for (const t of stale) {
    const restored = await restoreSwapped(t, async (target, backup) => {
      const want = listed.get(target);
      return want !== undefined && (await sha(target)) !== want && (await sha(backup)) === want;
    });
    for (const r of restored)
      log.info(
        `${path.relative(distDir, r)}: put back as the manifest lists it (a run was stopped while replacing it)`,
      );
    await rm(t, { recursive: true, force: true });
  }
  log.info(`Removed ${stale.length} temporary file(s) that a stopped run left in ${distDir}.`);
}

/** Downloads every artifact `patterns` select, checks all manifests merge, then copies the files in. */
async function downloadInto(ctx: StageContext, patterns: string[]): Promise<Manifest> {
  const names = selectArtifacts(patterns, await ctx.store.list(), ctx.store.description);
  const tmp = await mkdtemp(path.join(ctx.env.RUNNER_TEMP || tmpdir(), 'distro-download-'));
  try {
    let merged = ctx.manifest;
    const fetched: Array<{ dir: string; manifest: ArtifactManifest }> = [];
    await ctx.log.group(`Downloading ${names.length} artifact(s): ${names.join(', ')}`, async () => {
      for (const name of names) {
        const dir = path.join(tmp, name);
        await ctx.store.download(name, dir);
        const m = await readArtifactManifest(name, dir);
        await verifyDownload(name, dir, m);
        if (m.project.version !== merged.project.version) {
          ctx.log.warn(
            `artifact '${name}' was made for version ${m.project.version}, this stage runs for ${merged.project.version}.`,
          );
        }
        merged = mergeManifests(merged, withoutHandoff(m), `artifact '${name}'`);
        fetched.push({ dir, manifest: m });
        ctx.log.info(`${name}: ${m.artifacts.length} artifact(s), checked against its manifest`);
      }
    });
    // Everything checked and merged without conflict: only now touch the dist directory. A file
    // another artifact superseded (an unsigned rpm, when the signed one is downloaded too) is not copied.
    const winner = new Map(merged.artifacts.map((a) => [a.path, a.sha256]));
    for (const { dir, manifest } of fetched) {
      const mine = new Map(manifest.artifacts.map((a) => [a.path, a.sha256]));
      await restoreInto(dir, ctx.distDir, manifest, (f) => winner.get(f) === mine.get(f));
    }
    ctx.downloaded = names;
    await writeManifest(ctx.distDir, merged);
    return merged;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function readArtifactManifest(name: string, dir: string): Promise<ArtifactManifest> {
  const m = await readManifest(dir);
  if (!m) {
    throw new DistroError(
      `artifact '${name}' has no ${MANIFEST_FILE} at its root, so it was not made by a distro-actions stage; drop it from 'from'.`,
      { key: 'from' },
    );
  }
  return m;
}

/** The manifest of the dist directory keeps no per-artifact hand-off record. */
function withoutHandoff(m: ArtifactManifest): Manifest {
  const rest = { ...m };
  delete rest.handoff;
  return rest;
}

/**
 * `<prefix>-<stage>` for a stage run once, `<prefix>-<stage>-<target>` when the job was given a
 * target (DESIGN contract 2; README "Artifact names").
 */
export function artifactName(prefix: string, stage: StageName, target?: string): string {
  return target ? `${prefix}-${stage}-${target}` : `${prefix}-${stage}`;
}

/** Records `added` in the manifest, writes it, and uploads the added files with their own manifest. */
export async function closeStage(
  ctx: StageContext,
  stage: StageName,
  target: string | undefined,
  added: ManifestArtifact[],
): Promise<StageResult> {
  for (const a of added) {
    const i = ctx.manifest.artifacts.findIndex((x) => x.path === a.path);
    if (i >= 0) ctx.manifest.artifacts[i] = a;
    else ctx.manifest.artifacts.push(a);
  }
  const manifestPath = await writeManifest(ctx.distDir, ctx.manifest);
  let name = '';
  if (ctx.upload && added.length) {
    name = artifactName(ctx.artifactPrefix, stage, target);
    const producer = producerFrom(ctx.env);
    // Checked when the stage opened (not downloaded again); a job of the run uploading the same
    // name since then makes the store refuse the upload (409), which is the clash error too.
    const replace =
      ctx.replaceChecked?.name === name
        ? ctx.replaceChecked.replace
        : await checkReplace(ctx, name, producer);
    const staging = await mkdtemp(path.join(ctx.env.RUNNER_TEMP || tmpdir(), 'distro-upload-'));
    try {
      // Modes, directory modes and symlinks travel in the manifest: GitHub's zip keeps none of them.
      const handoff = await recordTree(
        ctx.distDir,
        added.map((a) => a.path),
        producer,
      );
      const links = new Set(handoff.entries.filter((e) => e.type === 'symlink').map((e) => e.path));
      const files = added.map((a) => a.path).filter((p) => !links.has(p));
      for (const f of files) {
        const to = path.join(staging, f);
        await mkdir(path.dirname(to), { recursive: true });
        const from = path.join(ctx.distDir, f);
        await link(from, to).catch(() => copyFile(from, to));
      }
      const own: ArtifactManifest = { ...ctx.manifest, artifacts: added, handoff };
      await writeManifest(staging, own);
      await ctx.log.group(`Uploading ${name} (${added.length} file(s)) to ${ctx.store.description}`, () =>
        ctx.store.upload(name, staging, [...files, MANIFEST_FILE], { replace }),
      );
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  return { manifest: manifestPath, artifacts: added, artifactName: name };
}

/**
 * An artifact of this name already in the store may be replaced only by a re-run of the job that
 * made it (same GITHUB_JOB, later GITHUB_RUN_ATTEMPT). Anything else is two jobs of one run
 * producing one name, where the later would silently delete the earlier's files.
 */
/**
 * Whether `name` exists and this job may replace it (its own earlier attempt, or no job identities
 * as with the CLI); a clash with another job of the run is an error. False when it does not exist.
 */
async function checkReplace(ctx: StageContext, name: string, me: Producer): Promise<boolean> {
  if (!(await ctx.store.list()).includes(name)) return false;
  const tmp = await mkdtemp(path.join(ctx.env.RUNNER_TEMP || tmpdir(), 'distro-previous-'));
  let prev: Producer | undefined;
  try {
    await ctx.store.download(name, tmp);
    prev = ((await readManifest(tmp)) as ArtifactManifest | undefined)?.handoff?.producer;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  // Without job identities (the CLI, a local store) the latest run of a stage replaces its output.
  if (!prev?.job || !me.job) return true;
  if (prev.job === me.job && (me.runAttempt ?? 1) > (prev.runAttempt ?? 1)) return true;
  throw artifactClash(name, `job '${prev.job}' (attempt ${prev.runAttempt ?? 1})`);
}

/** Removes a file if it is there (to leave nothing half-written after a failure). */
export async function removeIfExists(file: string): Promise<void> {
  try {
    await lstat(file);
  } catch {
    return;
  }
  await rm(file, { recursive: true, force: true });
}
