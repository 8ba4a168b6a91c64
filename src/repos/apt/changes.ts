/**
 * What a publish changes in the target suite: the new .debs (checked against what the repository
 * already holds), promoted versions, retracted versions, and the `keep` limit.
 */
import { mapLimit } from '../../concurrency.js';
import { DistroError } from '../../errors.js';
import { type IncomingDeb, readIncomingDeb } from './debs.js';
import { checkSegment } from './layout.js';
import { type AptPublishOptions, KEY, type PackageSelector } from './options.js';
import { entryKey, type PackageEntry, type SuiteState } from './state.js';
import { compareDebVersions, versionMatches } from './version.js';

/** Files read or placed at a time. */
export const IO_PARALLEL = 8;

/** Whether `e` is what `s` names; a selector version without revision or epoch matches any (see versionMatches). */
const matches = (e: PackageEntry, s: PackageSelector) =>
  e.name === s.name && versionMatches(e.version, s.version) && (!s.arch || e.arch === s.arch);

/** A package's name, version and architecture: what may exist only once in a repository. */
export const nva = (e: PackageEntry) => `${e.name} ${e.version} ${e.arch}`;

/** What the repository holds across suites: by name/version/arch (first suite wins) and by pool path. */
export function repositoryIndex(suites: Map<string, SuiteState>) {
  const byNva = new Map<string, { entry: PackageEntry; suite: string }>();
  const byPath = new Map<string, PackageEntry>();
  for (const s of suites.values())
    for (const e of s.packages.values()) {
      if (!byNva.has(nva(e))) byNva.set(nva(e), { entry: e, suite: s.suite });
      byPath.set(e.filename, e);
    }
  return { byNva, byPath };
}

/**
 * Reads and checks the new .debs: one with the name/version/arch of a published package but other
 * bytes, or of another .deb of the batch, is refused naming both. A package already published
 * takes its existing entry (pool path) in `component`.
 */
export async function readIncoming(
  files: readonly string[],
  component: string,
  repo: ReturnType<typeof repositoryIndex>,
): Promise<IncomingDeb[]> {
  const incoming: IncomingDeb[] = [];
  const batch = new Map<string, IncomingDeb>();
  for (const deb of await mapLimit(files, IO_PARALLEL, (file) => readIncomingDeb(file, component))) {
    const { file, entry: e } = deb;
    const other = batch.get(nva(e));
    if (other && other.digests.sha256 !== deb.digests.sha256)
      throw new DistroError(
        `${file} and ${other.file} are both ${e.name} ${e.version} (${e.arch}) but differ; give only one of them.`,
        { file },
      );
    const existing = repo.byNva.get(nva(e));
    if (existing && existing.entry.sha256 !== deb.digests.sha256)
      throw new DistroError(
        `${file} is ${e.name} ${e.version} (${e.arch}), which the repository already has with different contents (${existing.entry.filename}, suite ${existing.suite}). A published version never changes: bump the version, or retract the old one first.`,
        { file },
      );
    const clash = existing ? undefined : repo.byPath.get(e.filename);
    if (clash)
      throw new DistroError(
        `${file} would be stored as ${e.filename}, which already holds ${clash.name} ${clash.version} (${clash.arch}); versions that differ only in their epoch cannot share a pool.`,
        { file },
      );
    if (existing) deb.entry = { ...existing.entry, component };
    if (!other) {
      batch.set(nva(e), deb);
      incoming.push(deb);
    }
  }
  return incoming;
}

/** The target suite's packages after adding, promoting, retracting and trimming to `keep`. */
export function applyChanges(
  o: AptPublishOptions,
  component: string,
  suites: Map<string, SuiteState>,
  target: SuiteState,
  incoming: readonly IncomingDeb[],
  warnings: string[],
): Map<string, PackageEntry> {
  const packages = new Map(target.packages);
  for (const deb of incoming) packages.set(entryKey(deb.entry), deb.entry);
  for (const p of o.promote ?? []) {
    checkSegment(p.from, KEY.promote, 'suite name');
    const found = [...(suites.get(p.from)?.packages.values() ?? [])].filter((e) => matches(e, p));
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
  return packages;
}
