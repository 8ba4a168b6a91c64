/**
 * apt installs with the package cache, shared by setup-cross-toolchain and qemu-smoke-test: the
 * missing packages' .deb files are restored from the cache (keyed by a name, the OS image and the
 * package versions) into a directory apt downloads into, installed (offline when all are there),
 * and saved again after a miss or a partial hit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { Apt } from './apt.js';
import { cacheKey, cacheKeyPrefix, noCache, type PackageCache } from './cache.js';
import {
  captureSnapshot,
  parseSimulation,
  restoreSnapshot,
  snapshotKey,
  snapshotKeyPrefix,
  snapshotPackages,
  type PlannedPackage,
} from './snapshot.js';
import { aptStateKey } from './state.js';

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
  /**
   * Where the installed-files snapshot of the set lives (snapshot.ts; a fixed path per name);
   * undefined: the .deb cache only.
   */
  snapshotDir?: string;
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
  /** Installed without the network: from the restored packages (`apt-get install --no-download`) or files. */
  offline: boolean;
  /** The installed-files snapshot was restored (no apt install ran). */
  snapshot?: boolean;
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
  let snap: Snap | undefined;
  /** The apt state key of the machine before the install (state.ts), when it could be read. */
  let state: string | undefined;
  let restoredSnapshot = false;
  const r = await o.apt.ensure(
    o.packages,
    async (versions, missing) => {
      if (!store) {
        cache = 'disabled';
        return;
      }
      const t0 = Date.now();
      try {
        if (o.snapshotDir) {
          snap ??= await snapshotPlan(o, missing);
          // Again: an `apt-get update` since the first reading changed the state the plan is of.
          state = await stateKeyOf(o);
        }
        key = cacheKey(o.name, o.image, versions);
        await mkdir(path.join(o.archives, 'partial'), { recursive: true });
        restoredKey = await store
          .restore(paths, key, [cacheKeyPrefix(o.name, o.image)])
          .catch((e: unknown) => {
            o.log.warn(`package cache: restore failed (${errorMessage(e)}); installing from the network`);
            return undefined;
          });
      } finally {
        restoreMs += Date.now() - t0;
      }
      cache = restoredKey === key ? 'hit' : restoredKey ? 'partial' : 'miss';
      o.log.info(
        `package cache (${store.description}): ${cache} for ${key}` +
          (cache === 'partial' ? ` (restored ${restoredKey})` : ''),
      );
      return { archives: o.archives };
    },
    // the installed-files snapshot: by the state key no apt call at all, else one `apt-get install -s`
    async (missing) => {
      if (!store || !o.snapshotDir) return false;
      const t0 = Date.now();
      try {
        state = await stateKeyOf(o);
        const got = await restoreSnapshotFrom(o, store, state, missing);
        snap = got.planned; // apt's plan, when it was asked: not asked again for the capture
        if (!got.installed) return false;
        snap = got.installed;
      } finally {
        restoreMs += Date.now() - t0;
      }
      restoredSnapshot = true;
      cache = 'hit';
      key = restoredKey = snap.key;
      return true;
    },
  );
  if (restoredSnapshot && !r.offline) {
    restoredSnapshot = false; // apt installed them after all
    cache = 'miss';
  }
  const t0 = Date.now();
  if (store && key && !restoredSnapshot && (cache === 'miss' || cache === 'partial' || snap)) {
    // An installed-files snapshot when the set allows one (the fast warm path), else the .deb files.
    const saved = snap && (await captureFor(o, snap)) ? (state ?? snap.key) : undefined;
    if (saved) await saveLogged(o, store, [o.snapshotDir!], saved);
    else if (cache === 'miss' || cache === 'partial') await saveDebs(o, store, paths, key, r.debs);
  } else if (store && restoredSnapshot && state && snap && snap.key !== state) {
    // Restored from an older state's entry (its plan checked by apt): keep it under this state's
    // key too, so the next run in this state needs no apt call; the old one expires unused.
    await saveLogged(o, store, [o.snapshotDir!], state);
  }
  const saveMs = Date.now() - t0;
  return {
    installed: r.installed,
    present: r.present,
    cache,
    key,
    restoredKey,
    offline: r.offline,
    snapshot: restoredSnapshot,
    fetched: r.fetched?.length,
    restoreMs,
    saveMs,
  };
}

/** A snapshot's packages and the key its entry is (to be) saved under. */
interface Snap {
  plan: PlannedPackage[];
  key: string;
}

/** The exact packages apt would install for `missing` (one `apt-get install -s`), and their key. */
async function snapshotPlan(o: CachedInstallOptions, missing: string[]): Promise<Snap | undefined> {
  const sim = await o.apt.simulate(missing);
  const plan = sim === undefined ? undefined : parseSimulation(sim);
  if (!plan?.length) return undefined;
  return { plan, key: snapshotKey(o.name, o.image, plan) };
}

/** aptStateKey() of the machine; undefined (logged) when a file it reads cannot be read. */
async function stateKeyOf(o: CachedInstallOptions): Promise<string | undefined> {
  return aptStateKey(o.name, o.image, o.packages, {}).catch((e: unknown) => {
    o.log.info(`package cache: no apt state key (${errorMessage(e)}); asking apt for the plan`);
    return undefined;
  });
}

const seconds = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

/** The size of the files in `dir`, for the log (`63 MiB`). */
async function sizeOf(dir: string): Promise<string> {
  let n = 0;
  for (const f of await readdir(dir).catch(() => [] as string[]))
    n += (await stat(path.join(dir, f)).catch(() => undefined))?.size ?? 0;
  return `${(n / 1048576).toFixed(1)} MiB`;
}

/**
 * Restores the entry of `state` (or, on a miss, the newest of the set) and installs its snapshot;
 * what it installed, or undefined (with the reason logged). The entry of `state` holds what apt
 * would install in this very state, so its manifest is the plan; an older entry is used only when
 * its manifest is exactly what `apt-get install -s` says apt would install now.
 */
async function restoreSnapshotFrom(
  o: CachedInstallOptions,
  store: PackageCache,
  state: string | undefined,
  missing: string[],
): Promise<{ installed?: Snap; planned?: Snap }> {
  const dir = o.snapshotDir!;
  const t0 = Date.now();
  let snap: Snap | undefined;
  let planned: Snap | undefined;
  const why = await (async () => {
    await rm(dir, { recursive: true, force: true });
    const prefix = snapshotKeyPrefix(o.name, o.image);
    const got = await store.restore([dir], state ?? prefix, [prefix]);
    if (!got) return `miss for ${state ?? prefix}`;
    const held = got === state ? await snapshotPackages(dir) : undefined;
    if (!held) planned = await snapshotPlan(o, missing);
    snap = held ? { plan: held, key: got } : planned && { ...planned, key: got };
    if (!snap) return `of ${got} not used: apt cannot tell what it would install`;
    const no = await restoreSnapshot({ dir, env: o.apt.env }, snap.plan, (argv) =>
      o.apt.root(argv).then(() => {}),
    );
    return no && `${no}, for ${got}`;
  })().catch((e: unknown) => `restore failed (${errorMessage(e)})`);
  o.log.info(
    `package cache (${store.description}): ` +
      (why === undefined
        ? `hit for ${snap!.key}: installed files restored (${snap!.plan.length} packages, ` +
          `${await sizeOf(dir)} in ${seconds(t0)})`
        : `installed files ${why}`),
  );
  return { installed: why === undefined ? snap : undefined, planned };
}

/** Packs the snapshot after a cold install; false (with the reason logged) when the set has none. */
async function captureFor(o: CachedInstallOptions, snap: Snap): Promise<boolean> {
  const run = async (argv: string[]) => {
    const r = await o.apt.exec(argv, o.apt.env, o.log, true);
    if (r.code !== 0) throw new Error(`${argv[0]} failed (exit ${r.code}): ${r.output.trim().slice(-500)}`);
  };
  const t0 = Date.now();
  o.log.info(`package cache: packing the files of ${snap.plan.length} installed packages…`);
  const why = await captureSnapshot({ dir: o.snapshotDir!, env: o.apt.env }, snap.plan, run).catch(
    (e: unknown) => `packing failed (${errorMessage(e)})`,
  );
  if (why) o.log.info(`package cache: no installed-files snapshot (${why}); saving the .deb files`);
  else o.log.info(`package cache: packed ${await sizeOf(o.snapshotDir!)} in ${seconds(t0)}`);
  return !why;
}

async function saveLogged(o: CachedInstallOptions, store: PackageCache, paths: string[], key: string) {
  await store
    .save(paths, key)
    .then(() => o.log.info(`package cache: saved ${key}`))
    .catch((e: unknown) => o.log.warn(`package cache: save failed (${errorMessage(e)})`));
}

/** Saves this package set's .deb files (only those, so entries do not grow with every version bump). */
async function saveDebs(
  o: CachedInstallOptions,
  store: PackageCache,
  paths: string[],
  key: string,
  debs: string[] | undefined,
) {
  if (debs) {
    const keep = new Set(debs);
    for (const f of await readdir(o.archives).catch(() => [] as string[]))
      if (f.endsWith('.deb') && !keep.has(f)) await rm(path.join(o.archives, f), { force: true });
  }
  await saveLogged(o, store, paths, key);
}
