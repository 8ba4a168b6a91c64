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
 * plain index paths; `Release`, `Release.gpg`, `InRelease` (all three signed before the first
 * rename, so they follow each other); then pruning (the pool files of removed
 * versions that no suite lists, by-hash copies older than the previous generation). A reader holding
 * the previous InRelease still finds its indices under by-hash, and a publish stopped at any point
 * leaves a valid repository: the committed state is what InRelease signs, and `.publish-incomplete`
 * at the root makes the next publish sweep the whole pool for files the stopped one left. Every
 * run checks the suite's Release, Release.gpg, InRelease (signatures, by the key) and index hashes
 * (suiteSound) and writes them again when a stopped run left them out of step.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { mapLimit } from '../../concurrency.js';
import { verifiesCleartext, verifiesDetached } from '../verify.js';
import { getField } from '../../formats/deb/read.js';
import { applyChanges, nva, readIncoming, repositoryIndex } from './changes.js';
import type { IncomingDeb } from './debs.js';
import { prunePool, pruneSuite, removePoolFiles } from './cleanup.js';
import { placeFile, tempName, writeAtomic } from './files.js';
import { RELEASE_HASHES } from './hash.js';
import { byHashPath, comparePackages, type PlannedFile, planIndices } from './indices.js';
import {
  type AptPublishOptions,
  type AptPublishResult,
  checkOptions,
  type PackageRef,
  type PublishStep,
} from './options.js';
import { releaseBody, type SuiteMeta, suiteReleaseText } from './release.js';
import { aptSnippets } from './snippets.js';
import { entryKey, type PackageEntry, readRepository, type SuiteState } from './state.js';

/**
 * Pool copies in flight: each is three thread-pool calls (mkdir, copyFile, rename) whose callbacks
 * run only between the slices of the xz encoder on this thread, so enough are queued to keep the
 * thread pool busy across one slice.
 */
const POOL_PARALLEL = 32;

/** Architectures a suite lists when it only holds `Architecture: all` packages. */
export const DEFAULT_ARCHITECTURES = ['amd64', 'arm64'];

const ref = (suite: string, e: PackageEntry): PackageRef => ({
  suite,
  component: e.component,
  name: e.name,
  version: e.version,
  arch: e.arch,
  path: e.filename,
});

/** Ordered union: `base`, then what `more` adds. */
const union = (base: readonly string[], more: readonly string[]) => [...new Set([...base, ...more])];

/**
 * A suite's Release metadata: the options for the target suite, else what its Release says;
 * architectures only grow (those of the packages, never fewer than before).
 */
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
 * Whether a suite on disk is what its committed Release says, as apt checks it: Release is that
 * text, InRelease and Release.gpg are good signatures of it by the key (or absent, unsigned), and
 * every index file it lists has its SHA256. A killed run can leave any of these out of step.
 */
async function suiteSound(o: AptPublishOptions, suiteDir: string, state: SuiteState): Promise<boolean> {
  const read = (name: string) => readFile(path.join(suiteDir, name)).catch(() => undefined);
  const release = await read('Release');
  if (state.releaseText === undefined || release?.toString('utf8') !== state.releaseText) return false;
  const [inRelease, gpg] = [await read('InRelease'), await read('Release.gpg')];
  if (!o.signer) {
    if (inRelease || gpg) return false;
  } else {
    const key = o.signer.publicKeyArmored;
    if (!inRelease || !gpg || !(await verifiesCleartext(key, inRelease.toString('utf8')))) return false;
    if (!(await verifiesDetached(key, release, gpg.toString('utf8')))) return false;
  }
  for (const [rel, d] of state.index) {
    const bytes = await read(rel);
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== d.sha256) return false;
  }
  return true;
}

/** Present while a publish is writing: the next publish then sweeps the whole pool for leftovers. */
export const INCOMPLETE_MARKER = '.publish-incomplete';

/**
 * The suites to write: the target, and every suite when the signing key changed. A suite whose
 * Release would differ only in Date/Valid-Until, whose files on disk are the committed ones, and
 * which needs no Valid-Until refresh is left alone.
 */
async function planSuites(
  o: AptPublishOptions,
  root: string,
  suites: Map<string, SuiteState>,
  keyChanged: boolean,
  now: Date,
): Promise<SuitePlan[]> {
  const plans: SuitePlan[] = [];
  for (const state of suites.values()) {
    const suiteDir = path.join(root, 'dists', state.suite);
    // another suite is written again only for a new key, or when a stopped run (a key rotation
    // re-signs every suite) left it out of step; an unsigned publish leaves other suites alone
    const signedOk = state.suite === o.suite || o.signer ? await suiteSound(o, suiteDir, state) : true;
    if (state.suite !== o.suite && !keyChanged && signedOk) continue;
    const list = [...state.packages.values()];
    const meta = suiteMeta(o, state, list, now);
    const files = await planIndices(suiteDir, meta, list, state.index);
    const releaseText = suiteReleaseText(meta, files);
    const same =
      state.releaseText !== undefined && releaseBody(state.releaseText) === releaseBody(releaseText);
    if (same && signedOk && !keyChanged && !needsRefresh(state, o, now)) continue;
    plans.push({ state, meta, files, releaseText });
  }
  return plans;
}

/**
 * Writes the planned suites: by-hash copies of every new index, then the plain index paths, then
 * Release, Release.gpg and InRelease, each step for all suites before the next. On failure the
 * temporary files are removed; what was renamed into place is valid on its own (see module comment).
 */
async function writeSuites(
  o: AptPublishOptions,
  root: string,
  plans: readonly SuitePlan[],
  step: (s: PublishStep) => Promise<void>,
): Promise<void> {
  const temps: string[] = [];
  try {
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

    for (const { plain, source, temp } of staged) {
      if (temp) await rename(source, plain);
      else await placeFile(source, plain);
    }
    await step('indices');

    // Every signature is made before the first of them is renamed into place, so the renames
    // follow each other: InRelease last, the commit point apt reads (Release and Release.gpg are
    // for clients without InRelease support; a crash between those two renames leaves a pair the
    // next run finds, in suiteSound, and writes again).
    const at = (state: SuiteState, name: string) => path.join(root, 'dists', state.suite, name);
    const finals: Array<Array<{ file: string; tmp?: string }>> = [[], [], []];
    for (const { state, releaseText } of plans) {
      const signed = o.signer
        ? [
            releaseText,
            o.signer.armor(await o.signer.sign(Buffer.from(releaseText))),
            await o.signer.clearSign(releaseText),
          ]
        : [releaseText];
      ['Release', 'Release.gpg', 'InRelease'].forEach((name, i) => {
        const file = at(state, name);
        const data = signed[i];
        if (data === undefined) return finals[i]!.push({ file });
        const tmp = tempName(file);
        temps.push(tmp);
        finals[i]!.push({ file, tmp });
        return writeFileSync(tmp, data);
      });
    }
    const names: PublishStep[] = ['release', 'release-gpg', 'inrelease'];
    for (const [i, group] of finals.entries()) {
      for (const { file, tmp } of group) {
        if (tmp) renameSync(tmp, file);
        else rmSync(file, { force: true });
      }
      await step(names[i]!);
    }
  } catch (err) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw err;
  }
}

/** By-hash copies of a plan's new files and of its previous generation (what a reader may hold). */
function byHashKept(plan: SuitePlan): Set<string> {
  const keep = new Set<string>();
  const add = (file: string, d: PlannedFile['digests']) => {
    for (const { field, key } of RELEASE_HASHES) keep.add(byHashPath(file, field, d[key]));
  };
  for (const f of plan.files) add(f.path, f.digests);
  for (const [file, d] of plan.state.index) add(file, d);
  return keep;
}

/** A publish whose every check is done and nothing is written yet: `commit` writes it. */
export interface PreparedApt {
  commit(): Promise<AptPublishResult>;
}

/**
 * Publishes into the APT repository at `o.root`: see the module comment. Throws a DistroError,
 * leaving the repository as it was, for a bad option, an unreadable .deb, or a package whose
 * name/version/architecture is already published with different contents.
 */
export async function publishApt(o: AptPublishOptions): Promise<AptPublishResult> {
  return (await prepareApt(o)).commit();
}

/**
 * Every check of a publish (options, the repository's state, every .deb, conflicts, retractions,
 * promotions) without writing anything, so that a caller publishing more than one repository can
 * check them all before it writes any.
 */
export async function prepareApt(o: AptPublishOptions): Promise<PreparedApt> {
  checkOptions(o);
  const root = path.resolve(o.root);
  const component = o.component ?? 'main';
  const now = o.now ?? new Date();
  const warnings: string[] = [];

  const suites = await readRepository(root);
  const target: SuiteState = suites.get(o.suite) ?? { suite: o.suite, index: new Map(), packages: new Map() };
  const repo = repositoryIndex(suites);
  const incoming = await readIncoming(o.debs ?? [], component, repo);
  const hashed = incoming.map((d) => d.file);
  const packages = applyChanges(o, component, suites, target, incoming, warnings);
  const added = [...packages.values()].filter((e) => !target.packages.has(entryKey(e))).sort(comparePackages);
  const removed = [...target.packages.values()]
    .filter((e) => !packages.has(entryKey(e)))
    .sort(comparePackages);
  suites.set(o.suite, { ...target, packages });
  const fresh = incoming.filter((d) => !repo.byNva.has(nva(d.entry)) && packages.has(entryKey(d.entry)));
  const installPackage = o.installPackage ?? added[0]?.name ?? incoming[0]?.entry.name ?? o.name;
  return {
    commit: () =>
      commitApt(o, { root, component, now, warnings, suites, hashed, added, removed, fresh, installPackage }),
  };
}

interface AptChanges {
  root: string;
  component: string;
  now: Date;
  warnings: string[];
  suites: Map<string, SuiteState>;
  hashed: string[];
  added: PackageEntry[];
  removed: PackageEntry[];
  /** New pool files. */
  fresh: IncomingDeb[];
  installPackage: string;
}

/** Writes what `prepareApt` planned: pool, indices, signed Release files, then pruning. */
async function commitApt(o: AptPublishOptions, c: AptChanges): Promise<AptPublishResult> {
  const { root, component, now, warnings, suites, hashed, added, removed, fresh } = c;
  const step = async (s: PublishStep) => o.onStep?.(s);

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
        installPackage: c.installPackage,
        defaultSuite: o.defaultSuite ?? 'stable',
      })
    : undefined;

  // new pool files (a new file in the suite always changes it) go in while the indices are made
  const marker = path.join(root, INCOMPLETE_MARKER);
  const interrupted = await exists(marker);
  if (fresh.length) await writeAtomic(marker, '');
  const pooled = mapLimit(fresh, POOL_PARALLEL, (d) =>
    placeFile(d.file, path.join(root, d.entry.filename), { copy: true }),
  );
  pooled.catch(() => {}); // awaited below, after the plans
  let plans: SuitePlan[];
  try {
    plans = await planSuites(o, root, suites, keyChanged, now);
  } finally {
    await pooled.catch(() => {});
  }
  await pooled;
  await step('pool');

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
  await writeAtomic(marker, '');
  await writeSuites(o, root, plans, step);

  // prune: by-hash beyond the previous generation, temporary files, pool files no suite lists
  for (const plan of plans) await pruneSuite(path.join(root, 'dists', plan.state.suite), byHashKept(plan));
  const referenced = new Set<string>();
  for (const s of suites.values()) for (const e of s.packages.values()) referenced.add(e.filename);
  const poolRemoved = interrupted
    ? await prunePool(root, referenced)
    : await removePoolFiles(
        root,
        removed.map((e) => e.filename).filter((f) => !referenced.has(f)),
      );
  await rm(marker, { force: true });
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
