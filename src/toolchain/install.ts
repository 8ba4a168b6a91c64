/**
 * apt installs with the package cache, shared by setup-cross-toolchain and qemu-smoke-test: the
 * missing packages' .deb files are restored from the cache (keyed by a name, the OS image and the
 * package versions) into a directory apt downloads into, installed (offline when all are there),
 * and saved again after a miss or a partial hit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { Apt } from './apt.js';
import { cacheKey, cacheKeyPrefix, noCache, type PackageCache } from './cache.js';

export interface OsInfo {
  /** os-release ID (debian, ubuntu). */
  id: string;
  version: string;
  codename: string;
}

/** The fields of /etc/os-release (`text`, default the file) the installs use. */
export function osInfo(text?: string): OsInfo {
  const t = text ?? (existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '');
  const get = (k: string) => new RegExp(`^${k}="?([^"\\n]*)"?`, 'm').exec(t)?.[1] ?? '';
  return { id: get('ID') || 'linux', version: get('VERSION_ID'), codename: get('VERSION_CODENAME') };
}

/**
 * The OS image part of a cache key: GitHub's ImageOS (ubuntu24) or os-release (debian12), and the
 * CPU. Not ImageVersion: it changes weekly while the package versions, which are in the key, do not.
 */
export function osImage(env: Record<string, string | undefined>, os: OsInfo, cpu: string): string {
  return `${env.ImageOS || `${os.id}${os.version}`}-${cpu}`;
}

export interface CachedInstallOptions {
  apt: Apt;
  packages: string[];
  /** Names the package set in the key (a target triple, `qemu-smoke-test`). */
  name: string;
  /** osImage(). */
  image: string;
  /** The directory apt downloads into: a fixed path per name (@actions/cache versions entries by their paths). */
  archives: string;
  /** undefined: caching off. */
  store?: PackageCache;
  log: Logger;
}

export interface CachedInstallResult {
  installed: string[];
  present: string[];
  /** hit: the key's entry; partial: an older entry (restore key); miss; disabled; not needed (nothing to install). */
  cache: 'hit' | 'partial' | 'miss' | 'disabled' | 'not needed';
  key?: string;
  /** The key restored (differs from key on a partial hit). */
  restoredKey?: string;
  /** Installed with `apt-get install --no-download` from the restored packages. */
  offline: boolean;
  /** .deb files downloaded by this run (with the cache on). */
  fetched?: number;
  restoreMs: number;
  saveMs: number;
}

/** Installs the missing ones of `o.packages` through apt and the package cache. */
export async function installCached(o: CachedInstallOptions): Promise<CachedInstallResult> {
  const store = o.store && o.store !== noCache ? o.store : undefined;
  const paths = [path.join(o.archives, '*.deb')];
  let cache = 'not needed' as CachedInstallResult['cache'];
  let key: string | undefined;
  let restoredKey: string | undefined;
  let restoreMs = 0;
  const r = await o.apt.ensure(o.packages, async (versions) => {
    if (!store) {
      cache = 'disabled';
      return;
    }
    key = cacheKey(o.name, o.image, versions);
    await mkdir(path.join(o.archives, 'partial'), { recursive: true });
    const t0 = Date.now();
    restoredKey = await store.restore(paths, key, [cacheKeyPrefix(o.name, o.image)]).catch((e: unknown) => {
      o.log.warn(`package cache: restore failed (${errorMessage(e)}); installing from the network`);
      return undefined;
    });
    restoreMs = Date.now() - t0;
    cache = restoredKey === key ? 'hit' : restoredKey ? 'partial' : 'miss';
    o.log.info(
      `package cache (${store.description}): ${cache} for ${key}` +
        (cache === 'partial' ? ` (restored ${restoredKey})` : ''),
    );
    return { archives: o.archives };
  });
  let saveMs = 0;
  if (store && key && (cache === 'miss' || cache === 'partial')) {
    const t0 = Date.now();
    // Keep only this package set's files, so entries do not grow with every version bump.
    if (r.debs) {
      const keep = new Set(r.debs);
      for (const f of await readdir(o.archives).catch(() => [] as string[]))
        if (f.endsWith('.deb') && !keep.has(f)) await rm(path.join(o.archives, f), { force: true });
    }
    const saved = key;
    await store
      .save(paths, saved)
      .then(() => o.log.info(`package cache: saved ${saved}`))
      .catch((e: unknown) => o.log.warn(`package cache: save failed (${errorMessage(e)})`));
    saveMs = Date.now() - t0;
  }
  return {
    installed: r.installed,
    present: r.present,
    cache,
    key,
    restoredKey,
    offline: r.offline,
    fetched: r.fetched?.length,
    restoreMs,
    saveMs,
  };
}
