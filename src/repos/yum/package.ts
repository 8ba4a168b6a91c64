/**
 * One package as the repository metadata describes it, made from an rpm header with createrepo_c's
 * rules (0.17, src/parsehdr.c): requires without `rpmlib(…)`, without files the package itself
 * lists in primary.xml and without exact copies of its own provides; `pre="1"` for requirements of
 * %pre/%post and prerequisites; only the newest libc.so.6 requirement; dependency versions split
 * into epoch (default 0), version and release; the newest `changelogLimit` changelog entries,
 * oldest first, equal times made distinct by adding seconds to the older ones.
 */
import { DistroError } from '../../errors.js';
import { SENSE } from '../../formats/rpm/deps.js';
import { rpmInfo, type RpmDependency, type RpmFile, type RpmInfo } from '../../formats/rpm/read.js';
import { rpmvercmp } from './vercmp.js';
import { isPrimaryFile } from './xml.js';

/** A dependency as primary.xml lists it. */
export interface YumDep {
  name: string;
  /** LT, GT, EQ, LE, GE; absent for an unversioned dependency. */
  flags?: string;
  epoch?: string;
  ver?: string;
  rel?: string;
  /** requires only: needed by a scriptlet that runs before or right after install. */
  pre?: boolean;
}

export type DepKind =
  | 'provides'
  | 'requires'
  | 'conflicts'
  | 'obsoletes'
  | 'suggests'
  | 'enhances'
  | 'recommends'
  | 'supplements';

/** Everything primary.xml, filelists.xml and other.xml say about one package. */
export interface YumPackage {
  /** SHA-256 of the rpm file (hex). */
  pkgid: string;
  name: string;
  arch: string;
  epoch: string;
  version: string;
  release: string;
  summary: string;
  description: string;
  packager: string;
  url: string;
  timeFile: number;
  timeBuild: number;
  sizePackage: number;
  sizeInstalled: number;
  sizeArchive: number;
  /** Location relative to the repository root (the directory holding repodata/). */
  href: string;
  license: string;
  vendor: string;
  group: string;
  buildhost: string;
  sourcerpm: string;
  headerStart: number;
  headerEnd: number;
  deps: Record<DepKind, YumDep[]>;
  /** Every file of the package, in header order; type 'dir', 'ghost' or '' (regular, symlink). */
  files: Array<{ path: string; type: '' | 'dir' | 'ghost' }>;
  /** Oldest first. */
  changelogs: Array<{ author: string; date: number; text: string }>;
}

/** Where the rpm is and what its file is. */
export interface RpmFileFacts {
  sha256: string;
  size: number;
  href: string;
  /** time file: when the package was added to the repository. */
  timeFile: number;
}

/** createrepo_c's default `--changelog-limit`. */
export const CHANGELOG_LIMIT = 10;

const FLAG_NAMES: Record<number, string> = { 2: 'LT', 4: 'GT', 8: 'EQ', 10: 'LE', 12: 'GE' };

/** Epoch, version and release of a dependency version (createrepo_c's cr_str_to_evr); undefined for a bad epoch. */
export function splitEvr(full: string): { epoch?: string; ver?: string; rel?: string } | undefined {
  if (!full) return {};
  let rest = full;
  let epoch = '0';
  const colon = full.indexOf(':');
  if (colon >= 0) {
    const e = full.slice(0, colon);
    if (!/^\d*$/.test(e)) return undefined;
    if (e) epoch = e;
    rest = full.slice(colon + 1);
  }
  const dash = rest.indexOf('-');
  if (dash < 0) return { epoch, ver: rest };
  const rel = rest.slice(dash + 1);
  return { epoch, ver: rest.slice(0, dash), ...(rel ? { rel } : {}) };
}

/** The version inside `libc.so.6(GLIBC_2.4)(64bit)`, for choosing the highest one. */
function libcVersion(name: string): string {
  const m = /\(([^)]*)\)/.exec(name);
  return m ? m[1]!.replace(/^\D*/, '') : '';
}

// Control characters other than TAB, LF and CR cannot be written to XML 1.0.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;

function checkText(what: string, value: string, file: string): string {
  if (CONTROL.test(value)) {
    throw new DistroError(
      `yum: ${file}: its ${what} contains control characters, which repository metadata (XML) cannot hold; rebuild the package without them.`,
      { key: 'yum' },
    );
  }
  return value;
}

function convertDeps(facts: RpmInfo, fileSet: Set<string>, shown: string): Record<DepKind, YumDep[]> {
  const out = {} as Record<DepKind, YumDep[]>;
  const nfv = (d: RpmDependency) => `${d.name}\0${FLAG_NAMES[d.flags & 0xf] ?? ''}\0${d.version}`;
  const provided = new Set(facts.provides.map(nfv));
  const kinds: DepKind[] = [
    'provides',
    'conflicts',
    'obsoletes',
    'requires',
    'suggests',
    'enhances',
    'recommends',
    'supplements',
  ];
  for (const kind of kinds) {
    const list: YumDep[] = [];
    const seen = new Map<string, string>();
    let libc: YumDep | undefined;
    for (const d of facts[kind]) {
      checkText(`${kind} '${d.name}'`, `${d.name}${d.version}`, shown);
      let pre = false;
      if (kind === 'requires') {
        if (d.name.startsWith('rpmlib(')) continue;
        if (d.name.startsWith('/') && fileSet.has(d.name) && isPrimaryFile(d.name)) continue;
        if (provided.has(nfv(d))) continue;
        pre = (d.flags & (SENSE.PREREQ | SENSE.SCRIPT_PRE | SENSE.SCRIPT_POST)) !== 0;
        const key = `${FLAG_NAMES[d.flags & 0xf] ?? ''}\0${d.version}\0${pre ? 1 : 0}`;
        if (seen.get(d.name) === key) continue;
        seen.set(d.name, key);
      }
      const evr = splitEvr(d.version);
      if (!evr) continue; // createrepo_c skips a dependency with a non-numeric epoch
      const flags = FLAG_NAMES[d.flags & 0xf];
      const dep: YumDep = { name: d.name, ...(flags ? { flags } : {}), ...evr, ...(pre ? { pre } : {}) };
      if (kind === 'requires' && d.name.startsWith('libc.so.6')) {
        if (!libc || rpmvercmp(libcVersion(d.name), libcVersion(libc.name)) > 0) libc = dep;
        continue;
      }
      list.push(dep);
    }
    if (libc) list.push(libc);
    out[kind] = list;
  }
  return out;
}

function changelogs(facts: RpmInfo, limit: number, shown: string): YumPackage['changelogs'] {
  const out: YumPackage['changelogs'] = [];
  for (const c of facts.changelog.slice(0, limit)) {
    const entry = {
      author: checkText('changelog author', c.author.replace(/ +$/, ''), shown),
      date: c.time,
      text: checkText('changelog', c.text, shown),
    };
    // createrepo_c: an entry with the same time as the one after it moves the later ones on by a second
    if (out.length && out[0]!.date === entry.date) {
      let t = entry.date;
      for (const prev of out) {
        if (prev.date !== t) break;
        prev.date++;
        t++;
      }
    }
    out.unshift(entry);
  }
  return out;
}

/** The repository's view of one rpm, from its headers (`readRpmHeaders`) and its file's checksum and place. */
export function yumPackage(rpm: RpmFile, file: RpmFileFacts, changelogLimit = CHANGELOG_LIMIT): YumPackage {
  const facts = rpmInfo(rpm);
  const shown = file.href;
  const files = facts.files.map((f) => ({
    path: checkText('file list', f.path, shown),
    type: f.type === 'dir' ? ('dir' as const) : f.ghost ? ('ghost' as const) : ('' as const),
  }));
  const fileSet = new Set(files.map((f) => f.path));
  const t = (what: string, v: string | undefined) => checkText(what, v ?? '', shown);
  return {
    pkgid: file.sha256,
    name: t('name', facts.name),
    arch: t('arch', facts.arch),
    epoch: String(facts.epoch ?? 0),
    version: t('version', facts.version),
    release: t('release', facts.release),
    summary: t('summary', facts.summary),
    description: t('description', facts.description),
    packager: t('packager', facts.packager),
    url: t('url', facts.url),
    timeFile: file.timeFile,
    timeBuild: facts.buildtime,
    sizePackage: file.size,
    sizeInstalled: facts.size,
    sizeArchive: facts.archiveSize ?? 0,
    href: file.href,
    license: t('license', facts.license),
    vendor: t('vendor', facts.vendor),
    group: t('group', facts.group),
    buildhost: t('buildhost', facts.buildhost),
    sourcerpm: t('sourcerpm', facts.sourcerpm),
    headerStart: rpm.headerStart,
    headerEnd: rpm.headerEnd,
    deps: convertDeps(facts, fileSet, shown),
    files,
    changelogs: changelogs(facts, changelogLimit, shown),
  };
}
