/**
 * The package cache: the .deb files apt downloaded for a target's package set, saved and restored
 * under a key made of the target, the runner's OS image and the package versions, so a warm setup
 * installs from /var/cache/apt/archives without the network.
 *
 * Behind an interface so the stage never imports @actions/cache itself: the runner passes a real
 * cache only on GitHub (ACTIONS_CACHE_URL / ACTIONS_RUNTIME_TOKEN set); elsewhere it is a no-op.
 */
import { createHash } from 'node:crypto';

export interface PackageCache {
  /** For messages and the summary. */
  readonly description: string;
  /** Restores `paths` saved under `key` (or the newest matching a restore key); the key hit, or undefined. */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>;
  /** Saves `paths` under `key`. */
  save(paths: string[], key: string): Promise<void>;
}

/** Where apt keeps downloaded packages. */
export const APT_ARCHIVES = '/var/cache/apt/archives';

/** No cache: every setup is cold. */
export const noCache: PackageCache = {
  description: 'no cache',
  restore: async () => undefined,
  save: async () => {},
};

/**
 * The cache for an environment. TODO: @actions/cache is not in node_modules yet; once it is, return
 * an adapter over `import('@actions/cache')` (restoreCache/saveCache) when ACTIONS_CACHE_URL or
 * ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are set. Until then this is always `noCache`.
 */
export function createPackageCache(env: Record<string, string | undefined>): PackageCache {
  void env;
  return noCache;
}

/** The cache key: target, OS image and the sorted `name=version` list. */
export function cacheKey(target: string, osImage: string, versions: Record<string, string>): string {
  const list = Object.entries(versions)
    .map(([n, v]) => `${n}=${v}`)
    .sort()
    .join('\n');
  const h = createHash('sha256').update(list).digest('hex').slice(0, 20);
  return `distro-apt-${osImage}-${target}-${h}`;
}
