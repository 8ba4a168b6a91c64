/**
 * The two artifact stores of DESIGN contract 2 behind one interface: GitHub's artifact service
 * (@actions/artifact) when ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are set, else a local
 * directory with one subdirectory per artifact name.
 */
import { cp, link, lstat, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError, errorMessage } from '../errors.js';

export interface ArtifactStore {
  /** Where the artifacts live, for messages. */
  readonly description: string;
  /** Uploads `files` (relative to `rootDir`) as `name`, replacing an artifact of that name. */
  /**
   * Uploads `files` (relative to `rootDir`) as `name`. An artifact of that name is replaced only
   * with `replace` (the caller checked it is its own); otherwise GitHub's store refuses (a clash).
   */
  upload(name: string, rootDir: string, files: string[], o?: { replace?: boolean }): Promise<void>;
  /** Names of the artifacts present. */
  list(): Promise<string[]>;
  /** Downloads artifact `name` into `destDir` (files at their relative paths). */
  download(name: string, destDir: string): Promise<void>;
}

/** `distro-build-*` style patterns: `*` and `?` match within a name; anything else is literal. */
export function globToRegExp(pattern: string): RegExp {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`);
}

/** The names in `available` that `patterns` select, each pattern required to match something. */
export function selectArtifacts(patterns: string[], available: string[], storeDescription: string): string[] {
  const chosen = new Set<string>();
  for (const p of patterns) {
    const re = globToRegExp(p);
    const hits = available.filter((n) => re.test(n));
    if (hits.length === 0) {
      const have = available.length ? available.sort().join(', ') : 'none';
      throw new DistroError(
        `input 'from': '${p}' matches no artifact in ${storeDescription} (artifacts present: ${have}). Check the name or glob, and that the job producing it ran first (needs:).`,
        { key: 'from' },
      );
    }
    hits.forEach((h) => chosen.add(h));
  }
  return [...chosen].sort();
}

/** The error for two jobs of one run uploading one artifact name. */
export function artifactClash(name: string, other: string): DistroError {
  return new DistroError(
    `artifact '${name}' was already uploaded in this workflow run by ${other}; two jobs producing one artifact name would replace each other's files. Give each job its own name: set input 'target' (one artifact per target, <prefix>-<stage>-<target>) or a distinct 'artifact-prefix'.`,
    { key: 'input: artifact-prefix' },
  );
}

/** Refuses an artifact name GitHub's artifact service (or the local store's directory) cannot hold. */
export function checkName(name: string): void {
  if (!/^[A-Za-z0-9._-]+$/.test(name) || name.startsWith('.')) {
    throw new DistroError(
      `artifact name ${JSON.stringify(name)} may hold only letters, digits, '.', '_' and '-' and may not start with '.'; set input 'artifact-prefix' to a name like distro (and 'target' to a known target).`,
      { key: 'input: artifact-prefix' },
    );
  }
}

/**
 * A regular file is hard-linked where the store is on the same file system (no bytes copied: a
 * package of hundreds of MB is uploaded at once); else, and for symlinks, copied. Sharing the
 * inode is safe because no stage writes a finished file in place: each replaces it by renaming a
 * new file over it (src/atomic.ts), which leaves the store's link to the old content.
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
  if ((await lstat(from)).isFile()) {
    try {
      await link(from, to);
      return;
    } catch {
      // another file system, or links not allowed: copy
    }
  }
  await cp(from, to, { preserveTimestamps: true, verbatimSymlinks: true });
}

export class LocalArtifactStore implements ArtifactStore {
  constructor(readonly dir: string) {}

  get description(): string {
    return `the local artifact store ${this.dir}`;
  }

  async upload(name: string, rootDir: string, files: string[]): Promise<void> {
    checkName(name);
    await mkdir(this.dir, { recursive: true });
    // Stage the copy beside its final place, then swap it in: a reader never sees half an artifact.
    const staging = path.join(this.dir, `.${name}.tmp-${process.pid}-${Date.now()}`);
    try {
      for (const f of files) {
        const to = path.join(staging, f);
        await mkdir(path.dirname(to), { recursive: true });
        await linkOrCopy(path.join(rootDir, f), to);
      }
      await mkdir(staging, { recursive: true });
      const final = path.join(this.dir, name);
      const old = `${final}.old-${process.pid}-${Date.now()}`;
      await rename(final, old).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      await rename(staging, final);
      await rm(old, { recursive: true, force: true });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  async list(): Promise<string[]> {
    try {
      const ents = await readdir(this.dir, { withFileTypes: true });
      return ents.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }

  async download(name: string, destDir: string): Promise<void> {
    checkName(name);
    await mkdir(destDir, { recursive: true });
    await cp(path.join(this.dir, name), destDir, {
      recursive: true,
      preserveTimestamps: true,
      verbatimSymlinks: true,
    });
  }
}

/** GitHub's artifact service (v4 artifacts). Loaded lazily: the client is large and only needed on GitHub. */
export class GitHubArtifactStore implements ArtifactStore {
  readonly description = "this workflow run's artifacts";
  private client?: import('@actions/artifact').ArtifactClient;

  private async get(): Promise<import('@actions/artifact').ArtifactClient> {
    if (!this.client) {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      this.client = new DefaultArtifactClient();
    }
    return this.client;
  }

  async upload(name: string, rootDir: string, files: string[], o: { replace?: boolean } = {}): Promise<void> {
    checkName(name);
    const client = await this.get();
    // Artifacts are immutable in a run: a re-run job deletes its earlier upload first. Without
    // `replace` nothing is deleted, so another job's artifact of this name makes the upload fail.
    if (o.replace) {
      const existing = (await client.listArtifacts({ latest: true })).artifacts.find((a) => a.name === name);
      if (existing) await client.deleteArtifact(name);
    }
    try {
      await client.uploadArtifact(
        name,
        files.map((f) => path.join(rootDir, f)),
        rootDir,
        {},
      );
    } catch (e) {
      // Another job created the name between our look and our upload: the service answers 409.
      if (/\(409\)/.test(errorMessage(e))) throw artifactClash(name, 'another job');
      throw e;
    }
  }

  async list(): Promise<string[]> {
    const client = await this.get();
    return (await client.listArtifacts({ latest: true })).artifacts.map((a) => a.name);
  }

  async download(name: string, destDir: string): Promise<void> {
    const client = await this.get();
    const { artifact } = await client.getArtifact(name);
    await client.downloadArtifact(artifact.id, { path: destDir });
  }
}

/** The store the environment calls for (DESIGN contract 2). */
export function createArtifactStore(env: Record<string, string | undefined>): ArtifactStore {
  if (env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL) return new GitHubArtifactStore();
  const dir = env.DISTRO_ARTIFACTS_DIR || path.join(env.RUNNER_TEMP || tmpdir(), 'distro-artifacts');
  return new LocalArtifactStore(path.resolve(dir));
}
