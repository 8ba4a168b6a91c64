/**
 * What an artifact's manifest records beyond contract 2's list, so the hand-off between jobs keeps
 * what GitHub's artifact zip drops: file modes (exec, setuid), directory modes (0750), symlinks
 * (carried in the record, never as files), and the job that produced the artifact (to tell a
 * re-run, which replaces its own artifact, from another job clashing on the same name).
 *
 * On download every file is checked against the manifest (sha256 and size), nothing unlisted is
 * accepted and nothing listed may be missing, before anything reaches the dist directory.
 */
import { chmod, copyFile, lstat, mkdir, readdir, readlink, realpath, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { DistroError } from '../errors.js';
import { toPosix } from '../paths.js';
import { MANIFEST_FILE, hashFile, type Manifest } from './index.js';

export interface HandoffEntry {
  path: string;
  type: 'file' | 'dir' | 'symlink';
  /** Permission bits including setuid/setgid/sticky (`mode & 0o7777`). */
  mode: number;
  /** A symlink's target, as readlink returns it. */
  target?: string;
}

/** The job that uploaded an artifact: GITHUB_JOB and GITHUB_RUN_ATTEMPT of its run. */
export interface Producer {
  job?: string;
  runAttempt?: number;
  runId?: string;
}

export interface Handoff {
  producer: Producer;
  entries: HandoffEntry[];
}

/** Manifest of one artifact: the stage's list plus the hand-off record. */
export type ArtifactManifest = Manifest & { handoff?: Handoff };

/** The producer identity of this job, from the runner environment the stage was given. */
export function producerFrom(env: Record<string, string | undefined>): Producer {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT || '1');
  return {
    ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
    runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
  };
}

/** Records modes and symlinks of `paths` under `root`, and of the directories holding them. */
export async function recordTree(root: string, paths: string[], producer: Producer): Promise<Handoff> {
  const entries = new Map<string, HandoffEntry>();
  for (const rel of paths) {
    const p = toPosix(rel);
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!entries.has(dir)) entries.set(dir, { path: dir, type: 'dir', mode: await modeOf(root, dir) });
    }
    const st = await lstat(path.join(root, p));
    if (st.isSymbolicLink()) {
      entries.set(p, { path: p, type: 'symlink', mode: 0o777, target: await readlink(path.join(root, p)) });
    } else {
      entries.set(p, { path: p, type: 'file', mode: st.mode & 0o7777 });
    }
  }
  return { producer, entries: [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

async function modeOf(root: string, rel: string): Promise<number> {
  return (await lstat(path.join(root, rel))).mode & 0o7777;
}

/** Every path under `dir` that is not a directory (files and symlinks), relative, with '/'. */
export async function listTree(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listTree(p, base)));
    else out.push(toPosix(path.relative(base, p)));
  }
  return out;
}

function refused(artifact: string, file: string, why: string): DistroError {
  return new DistroError(
    `artifact '${artifact}': ${file} ${why}; the artifact was changed after its stage uploaded it. Re-run the job that produced '${artifact}', or drop it from 'from'.`,
    { key: 'from' },
  );
}

/**
 * Checks a downloaded artifact in `dir` against its manifest: each listed file present with its
 * size and sha256, symlinks as recorded, nothing else. Throws one DistroError naming the artifact
 * and the file.
 */
export async function verifyDownload(name: string, dir: string, m: ArtifactManifest): Promise<void> {
  checkRecord(name, m);
  const links = new Map(
    (m.handoff?.entries ?? []).filter((e) => e.type === 'symlink').map((e) => [e.path, e]),
  );
  const listed = new Map(m.artifacts.filter((a) => !links.has(a.path)).map((a) => [a.path, a]));
  const seen = new Set<string>();
  for (const rel of await listTree(dir)) {
    if (rel === MANIFEST_FILE) continue;
    const abs = path.join(dir, rel);
    const st = await lstat(abs);
    const link = links.get(rel);
    if (st.isSymbolicLink()) {
      if (!link || (await readlink(abs)) !== link.target)
        throw refused(name, rel, 'is a symlink its manifest does not list');
      continue;
    }
    const want = listed.get(rel);
    if (!want || !st.isFile()) throw refused(name, rel, 'is not listed in its manifest');
    const got = await hashFile(abs);
    if (got.size !== want.size || got.sha256 !== want.sha256) {
      throw refused(
        name,
        rel,
        `has size ${got.size} and sha256 ${got.sha256}, its manifest says ${want.size} and ${want.sha256}`,
      );
    }
    seen.add(rel);
  }
  for (const rel of listed.keys())
    if (!seen.has(rel)) throw refused(name, rel, 'is listed in its manifest but missing');
}

/** The record may only name paths inside the dist directory, and symlinks that stay inside it. */
function checkRecord(name: string, m: ArtifactManifest): void {
  if (m.handoff !== undefined && !Array.isArray(m.handoff?.entries)) {
    throw refused(name, MANIFEST_FILE, 'has a malformed "handoff" record');
  }
  const outside = (p: string) =>
    !p || path.posix.isAbsolute(p) || path.posix.normalize(p).split('/')[0] === '..';
  const links = (m.handoff?.entries ?? []).filter((e) => e.type === 'symlink').map((e) => `${e.path}/`);
  const paths = [...(m.handoff?.entries ?? []).map((e) => e.path), ...m.artifacts.map((a) => a.path)];
  for (const p of paths) {
    // Restored through a symlink of the same record, a path would land wherever the link points.
    if (links.some((l) => p.startsWith(l))) throw refused(name, p, 'is recorded below a symlink');
  }
  for (const e of m.handoff?.entries ?? []) {
    if (outside(e.path)) throw refused(name, e.path, 'is recorded at a path outside the dist directory');
    if (
      !['file', 'dir', 'symlink'].includes(e.type) ||
      !Number.isInteger(e.mode) ||
      e.mode < 0 ||
      e.mode > 0o7777
    ) {
      throw refused(name, e.path, 'has an invalid type or mode in its manifest');
    }
    if (
      e.type === 'symlink' &&
      (typeof e.target !== 'string' ||
        path.posix.normalize(e.target) !== e.target || // no 'a/../..' that passes through a link
        outside(path.posix.join(path.posix.dirname(e.path), e.target)) ||
        path.posix.isAbsolute(e.target))
    ) {
      throw refused(name, e.path, `is a symlink to '${String(e.target)}', outside the dist directory`);
    }
  }
}

/**
 * Puts a verified artifact's files into `destDir` with the modes and symlinks its record holds;
 * `keep(path)` says whether a file is wanted (a superseded one is not).
 */
export async function restoreInto(
  srcDir: string,
  destDir: string,
  m: ArtifactManifest,
  keep: (rel: string) => boolean,
): Promise<void> {
  const entries = m.handoff?.entries ?? [];
  const modes = new Map(entries.map((e) => [e.path, e]));
  const dirs = entries.filter((e) => e.type === 'dir');
  await mkdir(destDir, { recursive: true });
  const realDest = await realpath(destDir);
  // A symlink restored earlier (of this artifact or another) must not carry a write elsewhere:
  // every parent is a real directory at its own place under destDir.
  const parentOf = async (rel: string): Promise<string> => {
    const to = path.join(destDir, rel);
    await mkdir(path.dirname(to), { recursive: true });
    if ((await realpath(path.dirname(to))) !== path.join(realDest, path.dirname(rel))) {
      throw new DistroError(
        `${rel}: a symlink in its path leads elsewhere, so it is not restored into ${destDir}; the artifacts of 'from' disagree about this path — remove the symlink from the stage that made it.`,
        { key: 'from' },
      );
    }
    return to;
  };
  for (const d of dirs) await parentOf(path.join(d.path, '.keep'));
  for (const rel of await listTree(srcDir)) {
    if (rel === MANIFEST_FILE || !keep(rel) || modes.get(rel)?.type === 'symlink') continue;
    const to = await parentOf(rel);
    await rm(to, { force: true });
    await copyFile(path.join(srcDir, rel), to);
    const e = modes.get(rel);
    // No record (an artifact from before records existed): leave the mode the store gave.
    if (e) await chmod(to, e.mode);
  }
  for (const e of entries.filter((x) => x.type === 'symlink' && keep(x.path))) {
    const to = await parentOf(e.path);
    await rm(to, { force: true });
    await symlink(e.target!, to);
  }
  // Directories last and deepest first, so a read-only one does not block the writes above.
  for (const d of [...dirs].reverse()) await chmod(path.join(destDir, d.path), d.mode);
}
