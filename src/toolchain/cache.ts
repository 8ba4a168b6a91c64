/**
 * The package cache: the .deb files apt downloaded for a target's package set, saved and restored
 * under a key made of the target, the runner's OS image and the package versions, so a warm setup
 * installs them with `apt-get install --no-download` and never touches the network.
 *
 * Behind an interface so the stage never imports @actions/cache itself. `createPackageCache(env)`
 * picks: `DISTRO_CACHE_DIR` set → a local directory store; on GitHub (ACTIONS_RUNTIME_TOKEN and the
 * cache service URL set) → @actions/cache, imported lazily so it stays out of the cold start; else
 * the local store under `$RUNNER_TEMP/distro-cache`; else no cache.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PackageCache {
  /** For messages and the summary. */
  readonly description: string;
  /**
   * Restores `paths` saved under `key` (or the newest entry whose key starts with one of
   * `restoreKeys`, tried in order); the key restored, or undefined on a miss.
   */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>;
  /** Saves `paths` under `key`; a key that exists already is left as it is (no error). */
  save(paths: string[], key: string): Promise<void>;
}

/** Where apt keeps downloaded packages by default (root-owned). */
export const APT_ARCHIVES = '/var/cache/apt/archives';

/** No cache: every setup is cold. */
export const noCache: PackageCache = {
  description: 'no cache',
  restore: async () => undefined,
  save: async () => {},
};

type EnvLike = Record<string, string | undefined>;

/**
 * Whether the GitHub Actions cache service is reachable, as @actions/cache's isFeatureAvailable()
 * decides it: the v2 service (ACTIONS_CACHE_SERVICE_V2, what github.com runs) at
 * ACTIONS_RESULTS_URL, the v1 service at ACTIONS_CACHE_URL only.
 */
export function githubCacheAvailable(env: EnvLike): boolean {
  if (!env.ACTIONS_RUNTIME_TOKEN) return false;
  return env.ACTIONS_CACHE_SERVICE_V2 ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}

/** The cache for an environment (see the file comment for the order). */
export function createPackageCache(env: EnvLike): PackageCache {
  if (env.DISTRO_CACHE_DIR) return localPackageCache(env.DISTRO_CACHE_DIR);
  if (githubCacheAvailable(env)) return githubPackageCache();
  if (env.RUNNER_TEMP) return localPackageCache(path.join(env.RUNNER_TEMP, 'distro-cache'));
  return noCache;
}

/**
 * @actions/cache behind PackageCache. The module is imported on first use only, so it is a separate
 * chunk of the bundle and costs nothing to actions that never reach a cache. It reads the runner's
 * ACTIONS_* variables itself.
 */
export function githubPackageCache(): PackageCache {
  const load = () => import('@actions/cache');
  return {
    description: 'GitHub Actions cache',
    async restore(paths, key, restoreKeys) {
      const c = await load();
      if (!c.isFeatureAvailable()) return undefined;
      return c.restoreCache(paths.slice(), key, restoreKeys.slice());
    },
    async save(paths, key) {
      const c = await load();
      if (!c.isFeatureAvailable()) return;
      let id: number;
      try {
        id = await c.saveCache(paths.slice(), key);
      } catch (e) {
        // Another job saved the same key first: the entry is there, which is all we want.
        if (e instanceof c.ReserveCacheError || (e as Error).name === 'ReserveCacheError') return;
        throw e;
      }
      // saveCache logs why itself and returns -1 (the key exists already, or the service refused).
      if (id === -1) throw new Error(`${key} was not saved (see the cache client's message above)`);
    },
  };
}

/** @actions/cache's notion of an entry's version: the paths (and, there, the compression). */
function pathsVersion(paths: string[]): string {
  return createHash('sha256').update(paths.join('|')).digest('hex').slice(0, 16);
}

/** Files named by `paths`: a file, a directory (recursively) or `<dir>/<glob>` with `*` in the last part. */
async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (p: string): Promise<void> => {
    const s = await stat(p).catch(() => undefined);
    if (!s) return;
    if (s.isFile()) out.push(p);
    else if (s.isDirectory()) for (const e of (await readdir(p)).sort()) await walk(path.join(p, e));
  };
  for (const p of paths) {
    const base = path.basename(p);
    if (base.includes('*')) {
      const dir = path.dirname(p);
      const re = new RegExp(`^${base.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const n of names.filter((x) => re.test(x)).sort()) {
        const s = await stat(path.join(dir, n)).catch(() => undefined);
        if (s?.isFile()) out.push(path.join(dir, n));
      }
    } else await walk(p);
  }
  return out;
}

interface LocalManifest {
  key: string;
  version: string;
  /** Absolute paths; file i is stored as files/<i>. */
  files: string[];
  created: number;
}

/**
 * A directory store with @actions/cache's semantics, for local runs, the CLI and the tests:
 * `<root>/<key>/manifest.json` and `<root>/<key>/files/<n>`. Restore puts the files back at their
 * absolute paths; an entry saved with other `paths` is a miss (as there); saving an existing key
 * does nothing; a save is written beside and renamed in, so a reader never sees half an entry.
 */
export function localPackageCache(root: string): PackageCache {
  const entryDir = (key: string) => {
    if (!key || /[/\\,]/.test(key) || key.startsWith('.'))
      throw new Error(`cache key '${key}' cannot be used as a directory name`);
    return path.join(root, key);
  };
  const manifestOf = async (key: string): Promise<LocalManifest | undefined> => {
    try {
      return JSON.parse(await readFile(path.join(root, key, 'manifest.json'), 'utf8')) as LocalManifest;
    } catch {
      return undefined;
    }
  };
  const find = async (key: string, restoreKeys: string[], version: string) => {
    const exact = await manifestOf(path.basename(entryDir(key)));
    if (exact && exact.version === version) return exact;
    const names = await readdir(root).catch(() => [] as string[]);
    for (const prefix of restoreKeys) {
      const found: LocalManifest[] = [];
      for (const n of names.filter((x) => !x.startsWith('.') && x.startsWith(prefix))) {
        const m = await manifestOf(n);
        if (m && m.version === version) found.push(m);
      }
      found.sort((a, b) => b.created - a.created);
      if (found[0]) return found[0];
    }
    return undefined;
  };
  return {
    description: `local directory ${root}`,
    async restore(paths, key, restoreKeys) {
      const m = await find(key, restoreKeys, pathsVersion(paths));
      if (!m) return undefined;
      for (const [i, f] of m.files.entries()) {
        await mkdir(path.dirname(f), { recursive: true });
        await copyFile(path.join(root, m.key, 'files', String(i)), f);
      }
      return m.key;
    },
    async save(paths, key) {
      const dest = entryDir(key);
      if (existsSync(dest)) return;
      const files = await expandPaths(paths);
      if (files.length === 0) throw new Error(`nothing to save: no file matches ${paths.join(', ')}`);
      const tmp = path.join(root, `.tmp-${key}-${randomBytes(4).toString('hex')}`);
      await mkdir(path.join(tmp, 'files'), { recursive: true });
      try {
        for (const [i, f] of files.entries()) await copyFile(f, path.join(tmp, 'files', String(i)));
        const m: LocalManifest = { key, version: pathsVersion(paths), files, created: Date.now() };
        await writeFile(path.join(tmp, 'manifest.json'), JSON.stringify(m, null, 2) + '\n');
        await rename(tmp, dest).catch((e: NodeJS.ErrnoException) => {
          // Saved by someone else meanwhile: keep theirs.
          if (e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST') throw e;
        });
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    },
  };
}

/** The prefix of every key of a target on an OS image (the restore key). */
export function cacheKeyPrefix(target: string, osImage: string): string {
  return `distro-apt-${osImage}-${target}-`;
}

/** The cache key: target, OS image and a hash of the sorted `name=version` list. */
export function cacheKey(target: string, osImage: string, versions: Record<string, string>): string {
  const list = Object.entries(versions)
    .map(([n, v]) => `${n}=${v}`)
    .sort()
    .join('\n');
  const h = createHash('sha256').update(list).digest('hex').slice(0, 20);
  return `${cacheKeyPrefix(target, osImage)}${h}`;
}
