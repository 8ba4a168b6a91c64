/**
 * Publishing into an APT repository held in a local directory (already fetched by the storage
 * layer): add packages to a suite, promote versions from another suite, retract versions, keep the
 * last N versions, then regenerate and sign what changed.
 *
 * Incremental: the committed indices of every suite are read (not the pool files); only the given
 * .debs are hashed. Re-adding a package already there is a no-op, and a suite whose content did not
 * change is not rewritten at all (so a re-run changes nothing).
 *
 * Atomic, in this order, each file by rename: pool files; by-hash copies of every new index; the
 * plain index paths; `Release`, `Release.gpg`, `InRelease`; then pruning (pool files no suite lists,
 * by-hash copies older than the previous generation). A reader holding the previous InRelease still
 * finds its indices under by-hash, and a publish stopped at any point leaves a valid repository.
 */
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DistroError } from '../../errors.js';
import { getField } from '../../formats/deb/read.js';
import type { Logger } from '../../log.js';
import type { Signer } from '../../sign/signer.js';
import { prunePool, pruneSuite } from './cleanup.js';
import { type IncomingDeb, readIncomingDeb } from './debs.js';
import { placeFile, tempName, writeAtomic } from './files.js';
import { RELEASE_HASHES } from './hash.js';
import { byHashPath, comparePackages, type PlannedFile, planIndices } from './indices.js';
import { checkSegment } from './layout.js';
import { mapLimit } from './limit.js';
import { releaseBody, type SuiteMeta, suiteReleaseText } from './release.js';
import { type AptSnippets, aptSnippets } from './snippets.js';
import { entryKey, type PackageEntry, readRepository, type SuiteState } from './state.js';
import { compareDebVersions } from './version.js';

/** Architectures a suite lists when it only holds `Architecture: all` packages. */
export const DEFAULT_ARCHITECTURES = ['amd64', 'arm64'];

/** The points of a publish, in order, at which `onStep` is called (tests stop a publish there). */
export type PublishStep =
  'pool' | 'by-hash' | 'indices' | 'release' | 'release-gpg' | 'inrelease' | 'cleanup';

/** A package version to retract or promote; no `arch`: every architecture of that version. */
export interface PackageSelector {
  name: string;
  version: string;
  arch?: string;
}

export interface AptPublishOptions {
  /** The repository's root directory (created when missing). */
  root: string;
  /** Repository name: `<name>.asc`/`<name>.gpg` keys and `<name>.sources`/`.list` snippets. */
  name: string;
  /** The suite (the channel: stable, beta, nightly or any name). */
  suite: string;
  /** Codename; default: the existing one, else the suite. */
  codename?: string;
  /** Component of the added and promoted packages (default `main`). */
  component?: string;
  /** .deb files to add to the suite. */
  debs?: string[];
  /** Release `Origin` and `Label` (default: the existing ones, else `name`). */
  origin?: string;
  label?: string;
  /** Release `Description`. */
  description?: string;
  /** Architectures to list besides those of the packages (e.g. for an empty suite). */
  architectures?: string[];
  /** `Valid-Until` this many days after `now`; a suite is re-signed once half of it has passed. */
  validUntilDays?: number;
  /** Signs `InRelease` and `Release.gpg`; the public key is written at the root. */
  signer?: Signer;
  /** Publish without signatures (only without a signer; clients then need `Trusted: yes`). */
  unsigned?: boolean;
  /** Keep only the last N versions of each package (per component) in the suite. */
  keep?: number;
  /** Versions to remove from the suite. */
  retract?: PackageSelector[];
  /** Versions to copy from another suite into this one (the pool file is shared, not rebuilt). */
  promote?: Array<PackageSelector & { from: string }>;
  /** Base URL of the repository root: with it, the `.sources`/`.list` snippets are written. */
  baseUrl?: string;
  /** Package named in the install one-liner (default: the first added package, else `name`). */
  installPackage?: string;
  /** Suite whose snippets are `<name>.sources`/`.list` (default `stable`); others get `<name>-<suite>.*`. */
  defaultSuite?: string;
  /** The time written into `Date` (default: now). */
  now?: Date;
  log?: Logger;
  /** Called after each step (tests inject failures here). */
  onStep?: (step: PublishStep) => void | Promise<void>;
}

/** A package version in a suite. */
export interface PackageRef {
  suite: string;
  component: string;
  name: string;
  version: string;
  arch: string;
  /** Pool path relative to the repository root. */
  path: string;
}

export interface AptPublishResult {
  /** Whether any file changed. */
  changed: boolean;
  /** Suites whose indices and Release were rewritten. */
  suites: string[];
  /** Package versions that entered the target suite (added or promoted). */
  added: PackageRef[];
  /** Package versions that left it (retracted or beyond `keep`). */
  removed: PackageRef[];
  /** Pool files deleted because no suite lists them any more. */
  poolRemoved: string[];
  /** Files read in full to hash them: only the given .debs, never the pool. */
  hashed: string[];
  /** Snippets for the target suite (when `baseUrl` was given). */
  snippets?: AptSnippets;
  /** Things that were asked for but had no effect (e.g. retracting a version not there). */
  warnings: string[];
}

/** Files read or placed at a time. */
const IO_PARALLEL = 8;

/** Keys the errors name (the inputs and config keys of publish-repo). */
const KEY = {
  suite: "input 'channel'",
  key: "input 'gpg-private-key'",
  component: 'repos.apt.component',
  codename: 'repos.apt.codename',
  archs: 'repos.apt.architectures',
  keep: 'repos.apt.keep',
  validUntil: 'repos.apt.valid-until',
  promote: 'repos.apt.promote',
  name: 'repos.apt.name',
};

const ref = (suite: string, e: PackageEntry): PackageRef => ({
  suite,
  component: e.component,
  name: e.name,
  version: e.version,
  arch: e.arch,
  path: e.filename,
});

const matches = (e: PackageEntry, s: PackageSelector) =>
  e.name === s.name && compareDebVersions(e.version, s.version) === 0 && (!s.arch || e.arch === s.arch);

function checkOptions(o: AptPublishOptions): void {
  checkSegment(o.name, KEY.name, 'repository name');
  checkSegment(o.suite, KEY.suite, 'suite (channel) name');
  if (o.codename !== undefined) checkSegment(o.codename, KEY.codename, 'codename');
  if (o.component !== undefined) checkSegment(o.component, KEY.component, 'component');
  for (const a of o.architectures ?? []) checkSegment(a, KEY.archs, 'architecture');
  if (o.keep !== undefined && (!Number.isInteger(o.keep) || o.keep < 1))
    throw new DistroError(`${KEY.keep}: must be a whole number of versions, 1 or more; got ${o.keep}.`, {
      key: KEY.keep,
    });
  if (o.validUntilDays !== undefined && !(o.validUntilDays > 0))
    throw new DistroError(`${KEY.validUntil}: must be a number of days above 0; got ${o.validUntilDays}.`, {
      key: KEY.validUntil,
    });
  if (!o.signer && !o.unsigned)
    throw new DistroError(
      `${KEY.key}: an APT repository is signed, and no key was given. Pass the armored private key in 'gpg-private-key' (and 'gpg-passphrase'), or opt into an unsigned repository with 'repos.apt.unsigned: true' (clients must then trust it blindly with 'Trusted: yes').`,
      { key: KEY.key },
    );
}

/** Ordered union: `base`, then what `more` adds. */
const union = (base: readonly string[], more: readonly string[]) => [...new Set([...base, ...more])];

function suiteMeta(o: AptPublishOptions, state: SuiteState, packages: PackageEntry[], now: Date): SuiteMeta {
  const prev = (f: string) => (state.release ? getField(state.release, f) : undefined);
  const words = (f: string) => (prev(f) ?? '').split(/\s+/).filter(Boolean);
  const target = state.suite === o.suite;
  const origin = (target ? o.origin : undefined) ?? prev('Origin') ?? o.name;
  let validUntil: Date | undefined;
  const days = target ? o.validUntilDays : undefined;
  if (days !== undefined) validUntil = new Date(now.getTime() + days * 86400_000);
  else if (prev('Valid-Until') && prev('Date')) {
    const period = Date.parse(prev('Valid-Until')!) - Date.parse(prev('Date')!);
    if (period > 0) validUntil = new Date(now.getTime() + period);
  }
  const archs = union(words('Architectures'), [
    ...(target ? (o.architectures ?? []) : []),
    ...packages.map((p) => p.arch).filter((a) => a !== 'all'),
  ]).sort();
  return {
    origin,
    label: (target ? o.label : undefined) ?? prev('Label') ?? origin,
    suite: state.suite,
    codename: (target ? o.codename : undefined) ?? prev('Codename') ?? state.suite,
    description: (target ? o.description : undefined) ?? prev('Description'),
    date: now,
    validUntil,
    architectures: archs.length ? archs : [...DEFAULT_ARCHITECTURES],
    components: union(words('Components'), [...new Set(packages.map((p) => p.component))]),
  };
}

/** Half the validity period has passed (or Valid-Until is missing/unreadable): sign again. */
function needsRefresh(state: SuiteState, o: AptPublishOptions, now: Date): boolean {
  if (state.suite !== o.suite || o.validUntilDays === undefined || !state.release) return false;
  const until = Date.parse(getField(state.release, 'Valid-Until') ?? '');
  return !(until - now.getTime() > (o.validUntilDays * 86400_000) / 2);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function sameBytes(file: string, data: Uint8Array | string): Promise<boolean> {
  const cur = await readFile(file).catch(() => undefined);
  return cur !== undefined && cur.equals(Buffer.from(data));
}

/** Writes `data` at `file` unless it already holds exactly that; returns whether it wrote. */
async function writeIfChanged(file: string, data: Uint8Array | string): Promise<boolean> {
  if (await sameBytes(file, data)) return false;
  await writeAtomic(file, data);
  return true;
}

interface SuitePlan {
  state: SuiteState;
  meta: SuiteMeta;
  files: PlannedFile[];
  releaseText: string;
}

/**
 * Publishes into the APT repository at `o.root`: see the module comment. Throws a DistroError,
 * leaving the repository as it was, for a bad option, an unreadable .deb, or a package whose
 * name/version/architecture is already published with different contents.
 */
export async function publishApt(o: AptPublishOptions): Promise<AptPublishResult> {
  checkOptions(o);
  const root = path.resolve(o.root);
  const component = o.component ?? 'main';
  const now = o.now ?? new Date();
  const step = async (s: PublishStep) => o.onStep?.(s);
  const warnings: string[] = [];

  const suites = await readRepository(root);
  const target: SuiteState = suites.get(o.suite) ?? { suite: o.suite, index: new Map(), packages: new Map() };

  // what the repository already holds, across suites: name/version/arch → entry, pool path → entry
  const known = new Map<string, { entry: PackageEntry; suite: string }>();
  const byPath = new Map<string, PackageEntry>();
  const nva = (e: PackageEntry) => `${e.name} ${e.version} ${e.arch}`;
  for (const s of suites.values())
    for (const e of s.packages.values()) {
      if (!known.has(nva(e))) known.set(nva(e), { entry: e, suite: s.suite });
      byPath.set(e.filename, e);
    }

  // new packages: hash, check against the repository and each other
  const hashed: string[] = [];
  const incoming: IncomingDeb[] = [];
  const batch = new Map<string, IncomingDeb>();
  const read = await mapLimit(o.debs ?? [], IO_PARALLEL, (file) => readIncomingDeb(file, component));
  for (const deb of read) {
    const file = deb.file;
    hashed.push(file);
    const e = deb.entry;
    const other = batch.get(nva(e));
    if (other && other.digests.sha256 !== deb.digests.sha256)
      throw new DistroError(
        `${file} and ${other.file} are both ${e.name} ${e.version} (${e.arch}) but differ; give only one of them.`,
        { file },
      );
    const existing = known.get(nva(e));
    if (existing && existing.entry.sha256 !== deb.digests.sha256)
      throw new DistroError(
        `${file} is ${e.name} ${e.version} (${e.arch}), which the repository already has with different contents (${existing.entry.filename}, suite ${existing.suite}). A published version never changes: bump the version, or retract the old one first.`,
        { file },
      );
    if (existing) deb.entry = { ...existing.entry, component };
    else {
      const clash = byPath.get(e.filename);
      if (clash)
        throw new DistroError(
          `${file} would be stored as ${e.filename}, which already holds ${clash.name} ${clash.version} (${clash.arch}); versions that differ only in their epoch cannot share a pool.`,
          { file },
        );
    }
    if (!other) {
      batch.set(nva(e), deb);
      incoming.push(deb);
    }
  }

  // the target suite's new content
  const packages = new Map(target.packages);
  for (const deb of incoming) packages.set(entryKey(deb.entry), deb.entry);
  for (const p of o.promote ?? []) {
    checkSegment(p.from, KEY.promote, 'suite name');
    const from = suites.get(p.from);
    const found = [...(from?.packages.values() ?? [])].filter((e) => matches(e, p));
    if (found.length === 0)
      throw new DistroError(
        `${KEY.promote}: suite '${p.from}' has no ${p.name} ${p.version}${p.arch ? ` (${p.arch})` : ''} to promote; publish it there first.`,
        { key: KEY.promote },
      );
    for (const e of found) packages.set(entryKey({ ...e, component }), { ...e, component });
  }
  for (const r of o.retract ?? []) {
    const found = [...packages.values()].filter((e) => matches(e, r));
    if (found.length === 0)
      warnings.push(
        `retract: ${r.name} ${r.version}${r.arch ? ` (${r.arch})` : ''} is not in suite ${o.suite}`,
      );
    for (const e of found) packages.delete(entryKey(e));
  }
  if (o.keep !== undefined) {
    const groups = new Map<string, PackageEntry[]>();
    for (const e of packages.values()) {
      const g = `${e.component} ${e.name}`;
      groups.set(g, [...(groups.get(g) ?? []), e]);
    }
    for (const entries of groups.values()) {
      const versions = [...new Set(entries.map((e) => e.version))].sort((a, b) => compareDebVersions(b, a));
      const kept = new Set(versions.slice(0, o.keep));
      for (const e of entries) if (!kept.has(e.version)) packages.delete(entryKey(e));
    }
  }
  const added = [...packages.values()].filter((e) => !target.packages.has(entryKey(e))).sort(comparePackages);
  const removed = [...target.packages.values()]
    .filter((e) => !packages.has(entryKey(e)))
    .sort(comparePackages);
  const newTarget: SuiteState = { ...target, packages };
  suites.set(o.suite, newTarget);

  // keys and snippets
  let keyChanged = false;
  const keyFiles = o.signer
    ? ([
        [path.join(root, `${o.name}.asc`), o.signer.publicKeyArmored],
        [path.join(root, `${o.name}.gpg`), o.signer.publicKeyBinary],
      ] as const)
    : [];
  for (const [file, data] of keyFiles)
    if ((await exists(file)) && !(await sameBytes(file, data))) keyChanged = true;
  const snippets = o.baseUrl
    ? aptSnippets({
        name: o.name,
        baseUrl: o.baseUrl,
        suite: o.suite,
        component,
        signed: !!o.signer,
        installPackage: o.installPackage ?? added[0]?.name ?? incoming[0]?.entry.name ?? o.name,
        defaultSuite: o.defaultSuite ?? 'stable',
      })
    : undefined;

  // plan every suite to (re)write: the target, and every suite when the key changed
  const plans: SuitePlan[] = [];
  for (const state of suites.values()) {
    if (state.suite !== o.suite && !keyChanged) continue;
    const list = [...state.packages.values()];
    const meta = suiteMeta(o, state, list, now);
    const suiteDir = path.join(root, 'dists', state.suite);
    const files = await planIndices(suiteDir, meta, list, state.index);
    const releaseText = suiteReleaseText(meta, files);
    // the files on disk are what was committed: Release (and its signatures) match InRelease
    const onDisk = await readFile(path.join(suiteDir, 'Release'), 'utf8').catch(() => undefined);
    const signedOk = o.signer
      ? onDisk === state.releaseText && (await exists(path.join(suiteDir, 'Release.gpg')))
      : !(await exists(path.join(suiteDir, 'InRelease'))) &&
        !(await exists(path.join(suiteDir, 'Release.gpg')));
    const same =
      state.releaseText !== undefined && releaseBody(state.releaseText) === releaseBody(releaseText);
    if (same && signedOk && !keyChanged && !needsRefresh(state, o, now)) continue;
    plans.push({ state, meta, files, releaseText });
  }

  let changed = false;
  for (const [file, data] of keyFiles) changed = (await writeIfChanged(file, data)) || changed;
  if (snippets) {
    changed =
      (await writeIfChanged(path.join(root, `${snippets.fileBase}.sources`), snippets.sources)) || changed;
    changed = (await writeIfChanged(path.join(root, `${snippets.fileBase}.list`), snippets.list)) || changed;
  }
  if (plans.length === 0) {
    o.log?.info(`apt: suite ${o.suite} is unchanged`);
    return { changed, suites: [], added: [], removed: [], poolRemoved: [], hashed, snippets, warnings };
  }

  const temps: string[] = [];
  try {
    // 1. pool
    const fresh = incoming.filter((deb) => !known.has(nva(deb.entry)));
    await mapLimit(fresh, IO_PARALLEL, (deb) => placeFile(deb.file, path.join(root, deb.entry.filename)));
    await step('pool');

    // 2. by-hash copies of every new index file (from a temp file that becomes the plain path in 3)
    const staged: Array<{ plain: string; source: string; temp: boolean }> = [];
    for (const { state, files } of plans) {
      const suiteDir = path.join(root, 'dists', state.suite);
      for (const f of files) {
        const plain = path.join(suiteDir, f.path);
        let source = path.join(suiteDir, byHashPath(f.path, 'SHA256', f.digests.sha256));
        if (f.data) {
          source = tempName(plain);
          temps.push(source);
          await mkdir(path.dirname(source), { recursive: true });
          await writeFile(source, f.data);
        }
        for (const { field, key } of RELEASE_HASHES)
          if (field !== 'SHA256' || f.data)
            await placeFile(source, path.join(suiteDir, byHashPath(f.path, field, f.digests[key])));
        staged.push({ plain, source, temp: !!f.data });
      }
    }
    await step('by-hash');

    // 3. the plain index paths
    for (const { plain, source, temp } of staged) {
      if (temp) await rename(source, plain);
      else await placeFile(source, plain);
    }
    await step('indices');

    // 4. Release, Release.gpg, InRelease
    for (const { state, releaseText } of plans)
      await writeAtomic(path.join(root, 'dists', state.suite, 'Release'), releaseText);
    await step('release');
    for (const { state, releaseText } of plans) {
      const file = path.join(root, 'dists', state.suite, 'Release.gpg');
      if (o.signer) await writeAtomic(file, o.signer.armor(await o.signer.sign(Buffer.from(releaseText))));
      else await rm(file, { force: true });
    }
    await step('release-gpg');
    for (const { state, releaseText } of plans) {
      const file = path.join(root, 'dists', state.suite, 'InRelease');
      if (o.signer) await writeAtomic(file, await o.signer.clearSign(releaseText));
      else await rm(file, { force: true });
    }
    await step('inrelease');
  } catch (err) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw err;
  }

  // 5. prune: by-hash beyond the previous generation, temporary files, unlisted pool files
  for (const { state, files } of plans) {
    const keep = new Set<string>();
    const add = (file: string, d: PlannedFile['digests']) => {
      for (const { field, key } of RELEASE_HASHES) keep.add(byHashPath(file, field, d[key]));
    };
    for (const f of files) add(f.path, f.digests);
    for (const [file, d] of state.index) add(file, d);
    await pruneSuite(path.join(root, 'dists', state.suite), keep);
  }
  const referenced = new Set<string>();
  for (const s of suites.values()) for (const e of s.packages.values()) referenced.add(e.filename);
  const poolRemoved = await prunePool(root, referenced);
  await step('cleanup');

  for (const e of added) o.log?.info(`apt: ${o.suite}: + ${e.name} ${e.version} ${e.arch}`);
  for (const e of removed) o.log?.info(`apt: ${o.suite}: - ${e.name} ${e.version} ${e.arch}`);
  return {
    changed: true,
    suites: plans.map((p) => p.state.suite),
    added: added.map((e) => ref(o.suite, e)),
    removed: removed.map((e) => ref(o.suite, e)),
    poolRemoved,
    hashed,
    snippets,
    warnings,
  };
}
