/**
 * A YUM/DNF repository on a local directory, published incrementally and atomically.
 *
 * Layout under `root`: one repository per channel, `<channel>/repodata/` (repomd.xml,
 * repomd.xml.asc, `<sha256>-{primary,filelists,other}.xml.gz|.zst`) and `<channel>/packages/`
 * holding each rpm under its canonical name `<name>-<version>-<release>.<arch>.rpm` (one flat
 * directory: dnf needs no more, and the canonical name makes two uploads of one NEVRA collide
 * visibly instead of silently); `<channel>/<name>-<channel>.repo`; the public key at the root
 * (`RPM-GPG-KEY-<name>`), shared by the channels.
 *
 * Incremental: the existing primary.xml is read once, for the list of packages and their entries
 * there (held in memory, as createrepo_c --update holds the whole old metadata); filelists.xml and
 * other.xml stream by once, while the new files are written. The kept entries are copied
 * verbatim, merged with the new ones in createrepo_c's order (file name, then path), and only new
 * rpm files are hashed and their headers read (one read of each file, see rpmfile.ts). A promotion
 * copies the entries and files of another channel without reading the rpms at all.
 *
 * Atomic: new rpm files and hash-named metadata files are written (temp name, rename) before
 * repomd.xml and then repomd.xml.asc are renamed into place, one right after the other; the
 * previous generation's metadata and packages stay until the next publish, so a client holding
 * the old repomd.xml still finds what it names. A run stopped at any point leaves the previous
 * repository or the new one, except exactly between those two renames, where dnf refuses the
 * pair (it checks only the first signature of an .asc, so no .asc can vouch for both); every run
 * verifies the signature and the metadata checksums of what is there and writes them again when
 * they do not match (soundSignature).
 *
 * Reproducible: with the same `now` the same inputs give the same bytes (time file, revision and
 * timestamps are `now`; nothing comes from file mtimes); a run that changes nothing writes nothing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants as fsConstants, copyFileSync, linkSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../../concurrency.js';
import { DistroError } from '../../errors.js';
import { SIGTAG } from '../../formats/rpm/tags.js';
import type { Signer } from '../../sign/signer.js';
import {
  attr,
  readChunks,
  type Chunk,
  readRepomd,
  renderRepomd,
  text,
  writeMetadata,
  type Compression,
  type RepomdRecord,
} from './metadata.js';
import { yumPackage } from './package.js';
import { installCommands, repoFile, repoFileName } from './repofile.js';
import { scanRpm } from './rpmfile.js';
import { compareEvr } from './vercmp.js';
import { verifiesDetached } from '../verify.js';
import { filelistsXml, otherXml, primaryXml, type MetadataType } from './xml.js';

export { rpmvercmp, compareEvr } from './vercmp.js';
export type { Compression } from './metadata.js';

/** The points at which `onStep` is called, in order (a test stops the publish there). */
export type YumStep =
  /** new rpm files are in packages/ */
  | 'packages'
  /** one metadata file is written (hash-named, not yet referenced) */
  | 'primary'
  | 'filelists'
  | 'other'
  /** the new repomd.xml and its signature are written under temporary names */
  | 'signature'
  /** the new repomd.xml and its signature are in place */
  | 'repomd'
  /** the signature is the new one alone, older generations removed */
  | 'cleanup';

/** A package version: `version`, `version-release` or `epoch:version-release`. */
export interface YumPackageRef {
  name: string;
  version: string;
}

export interface PublishYumOptions {
  /** Repository root directory (created when missing). */
  root: string;
  /** Repository name, usually the project name: the .repo section and the key file name. */
  name: string;
  /** Public URL of `root`. */
  baseUrl: string;
  /** Channel (`stable`, `beta`, `nightly` or any name): the subdirectory. Default `stable`. */
  channel?: string;
  /** rpm files to add. */
  rpms?: readonly string[];
  /** Signs repomd.xml (repomd.xml.asc); required unless `unsigned`. */
  signer?: Signer;
  /** Publish without a signature (the .repo then sets gpgcheck=0 and repo_gpgcheck=0). */
  unsigned?: boolean;
  /** Metadata compression, default gzip. */
  compression?: Compression;
  /** Keep only the newest N versions of each package name and architecture. */
  keep?: number;
  /** Versions to remove (a bad release). Naming one that is not there is not an error (re-runs). */
  retract?: readonly YumPackageRef[];
  /** Versions to copy from another channel, without reading or rebuilding them. */
  promote?: { from: string; packages: readonly YumPackageRef[] };
  /** Seconds since the epoch for time file, revision and timestamps; default the current time. */
  now?: number;
  /** Key file name at the root; default `RPM-GPG-KEY-<name>`. */
  keyFile?: string;
  /** Package named in the install commands; default `name`. */
  packageName?: string;
  /** createrepo_c's --changelog-limit (default 10). */
  changelogLimit?: number;
  /** Called after each step; an error thrown here stops the publish as a crash would. */
  onStep?: (step: YumStep) => void | Promise<void>;
}

export interface PublishYumResult {
  /** The channel's repository directory (`<root>/<channel>`). */
  channelDir: string;
  /** False when the repository already held exactly this (nothing was written). */
  changed: boolean;
  /** NEVRAs added (from files and promotions), sorted. */
  added: string[];
  /** NEVRAs removed (retracted or beyond `keep`), sorted. */
  removed: string[];
  /** Number of packages in the channel now. */
  packages: number;
  /** repomd.xml's revision. */
  revision: string;
  /** The .repo file's content, and where it was written. */
  repoFile: string;
  repoFilePath: string;
  /** Where the public key was written (signed repositories). */
  keyFilePath?: string;
  /** One-line install commands. */
  installCommands: { dnf: string; dnf5: string; curl: string };
}

const TYPES: readonly MetadataType[] = ['primary', 'filelists', 'other'];
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
/**
 * An rpm file name: NEVRA characters, with `~` (pre-releases, nightlies: 1.3.0~rc.1) and `^`
 * (snapshots after a release: 1.3.0^git2). Written into the href as they are, as createrepo_c does.
 */
const RPM_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+~^-]*$/;

/** One package of the resulting repository. */
interface Entry {
  pkgid: string;
  name: string;
  arch: string;
  epoch: string;
  version: string;
  release: string;
  href: string;
  /** createrepo_c's order: file name, then path. */
  key: string;
  /** New entries: where the rpm comes from, and its XML (rendered or copied from another channel). */
  from?: string;
  xml?: Record<MetadataType, Buffer>;
  /** Entries read from primary.xml: their element there. */
  primary?: Buffer;
}

function fail(key: string, message: string): never {
  throw new DistroError(message, { key });
}

const nevra = (e: Entry) =>
  `${e.name}-${e.epoch !== '0' ? `${e.epoch}:` : ''}${e.version}-${e.release}.${e.arch}`;
const identity = (e: Entry) => `${e.name}\0${e.epoch}\0${e.version}\0${e.release}\0${e.arch}`;
const sortKey = (href: string) => `${path.posix.basename(href)}\0${href}`;
const byKey = (a: Entry, b: Entry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function validate(o: PublishYumOptions): { channel: string; baseUrl: string; keyFile: string } {
  const channel = o.channel ?? 'stable';
  if (!SAFE_NAME.test(channel))
    fail(
      'channel',
      `input 'channel': '${channel}' is not a channel name; use letters, digits and . _ + - (e.g. stable).`,
    );
  if (!SAFE_NAME.test(o.name))
    fail('name', `config 'name': '${o.name}' cannot name a repository; use letters, digits and . _ + -.`);
  if (!/^(https?|file):\/\/\S+$/.test(o.baseUrl))
    fail(
      'base-url',
      `input 'base-url': '${o.baseUrl}' is not an http(s) URL; set it to the address the repository is served at (e.g. https://owner.github.io/repo).`,
    );
  if (!o.signer && !o.unsigned)
    fail(
      'gpg-private-key',
      "input 'gpg-private-key': a YUM repository is signed (repomd.xml.asc) and none was given; set gpg-private-key, or opt into an unsigned repository with `unsigned: true` (dnf then cannot check it: gpgcheck=0, repo_gpgcheck=0).",
    );
  if (o.keep !== undefined && !(Number.isInteger(o.keep) && o.keep >= 1))
    fail('keep', `input 'keep': ${String(o.keep)} is not a whole number of versions to keep (1 or more).`);
  if (o.promote && !SAFE_NAME.test(o.promote.from))
    fail('promote', `promote: '${o.promote.from}' is not a channel name.`);
  if (o.promote?.from === channel)
    fail('promote', `promote: the package is already in channel '${channel}'; promote from another channel.`);
  const keyFile = o.keyFile ?? `RPM-GPG-KEY-${o.name}`;
  if (!SAFE_NAME.test(keyFile))
    fail('key-file', `'${keyFile}' cannot name the key file; use letters, digits and . _ + -.`);
  return { channel, baseUrl: o.baseUrl.replace(/\/+$/, ''), keyFile };
}

/** The repomd records of primary, filelists and other; undefined for a new repository. */
function metadataRecords(dir: string, records: readonly RepomdRecord[]): Record<MetadataType, RepomdRecord> {
  const out = {} as Record<MetadataType, RepomdRecord>;
  for (const t of TYPES) {
    const r = records.find((x) => x.type === t);
    if (!r)
      throw new DistroError(
        `yum: ${path.join(dir, 'repodata/repomd.xml')} has no '${t}' record; it is not a YUM repository this publisher can update. Publish into an empty channel directory.`,
        { key: 'yum' },
      );
    out[t] = r;
  }
  return out;
}

/**
 * The packages a repository lists, from its primary.xml (one streamed pass), each holding its
 * primary.xml element: writing the new primary.xml then needs no second pass over the old one.
 */
async function listPackages(dir: string, primary: RepomdRecord): Promise<Map<string, Entry>> {
  const out = new Map<string, Entry>();
  for await (const batch of readChunks(dir, primary)) {
    for (const { pkgid, xml, head = '' } of batch) {
      const href = attr(head, 'location', 'href') ?? '';
      out.set(pkgid, {
        pkgid,
        name: text(head, 'name') ?? '',
        arch: text(head, 'arch') ?? '',
        epoch: attr(head, 'version', 'epoch') || '0',
        version: attr(head, 'version', 'ver') ?? '',
        release: attr(head, 'version', 'rel') ?? '',
        href,
        key: sortKey(href),
        primary: xml,
      });
    }
  }
  return out;
}

/** Whether `e` is the version `ref` names. */
function matches(e: Entry, ref: YumPackageRef): boolean {
  if (e.name !== ref.name) return false;
  const v = ref.version;
  return v === e.version || v === `${e.version}-${e.release}` || v === `${e.epoch}:${e.version}-${e.release}`;
}

/** The repository being assembled: its entries, indexed by pkgid, identity and href. */
class Plan {
  readonly byId = new Map<string, Entry>();
  private readonly byIdentity = new Map<string, Entry>();
  private readonly byHref = new Map<string, Entry>();

  constructor(existing: Iterable<Entry>) {
    for (const e of existing) this.put(e);
  }

  private put(e: Entry): void {
    this.byId.set(e.pkgid, e);
    this.byIdentity.set(identity(e), e);
    this.byHref.set(e.href, e);
  }

  /** Adds `e`; false when the very same file is there already; an error for another file of that NEVRA. */
  admit(e: Entry, shown: string): boolean {
    if (this.byId.has(e.pkgid)) return false;
    const other = this.byIdentity.get(identity(e)) ?? this.byHref.get(e.href);
    if (other) {
      const where = other.from ?? other.href;
      throw new DistroError(
        `yum: ${shown} (sha256 ${e.pkgid}) is ${nevra(e)}, but the repository already has ${nevra(other)} with other content (${where}, sha256 ${other.pkgid}); a published version never changes: raise the version or release and build again, or retract the old one first.`,
        { key: 'yum' },
      );
    }
    this.put(e);
    return true;
  }

  remove(e: Entry): void {
    this.byId.delete(e.pkgid);
    this.byIdentity.delete(identity(e));
    this.byHref.delete(e.href);
  }
}

/** Reads a new rpm file: its checksum first (a file already published costs no more), then its header. */
async function fromFile(
  file: string,
  known: ReadonlyMap<string, Entry>,
  o: PublishYumOptions,
  now: number,
): Promise<Entry | undefined> {
  const scanned = await scanRpm(file);
  const { size, sha256 } = scanned;
  if (known.has(sha256)) return undefined;
  const rpm = await scanned.headers();
  if (o.signer && !rpm.signature.has(SIGTAG.RSA) && !rpm.signature.has(SIGTAG.DSA))
    throw new DistroError(
      `yum: ${file} is not signed, and the repository's .repo sets gpgcheck=1, so dnf would refuse to install it; sign it first (sign-artifacts with gpg-private-key) or publish it unsigned into an unsigned repository.`,
      { key: 'yum', file },
    );
  const pkg = yumPackage(rpm, { sha256, size, href: '', timeFile: now }, o.changelogLimit);
  const base = `${pkg.name}-${pkg.version}-${pkg.release}.${pkg.arch}.rpm`;
  if (!RPM_FILE_NAME.test(base))
    throw new DistroError(`yum: ${file}: '${base}' cannot be a file name in the repository.`, {
      key: 'yum',
      file,
    });
  pkg.href = `packages/${base}`;
  return {
    pkgid: sha256,
    name: pkg.name,
    arch: pkg.arch,
    epoch: pkg.epoch,
    version: pkg.version,
    release: pkg.release,
    href: pkg.href,
    key: sortKey(pkg.href),
    from: file,
    xml: {
      primary: Buffer.from(primaryXml(pkg)),
      filelists: Buffer.from(filelistsXml(pkg)),
      other: Buffer.from(otherXml(pkg)),
    },
  };
}

/** rpm files read at once (small ones are read synchronously anyway; larger ones stream). */
const IO_LIMIT = 8;

/** The entries of channel `from` that `refs` name, with their XML copied from its metadata. */
async function promoted(root: string, from: string, refs: readonly YumPackageRef[]): Promise<Entry[]> {
  const dir = path.join(root, from);
  const md = await readRepomd(dir);
  if (!md) fail('promote', `promote: channel '${from}' has no repository at ${dir}; publish to it first.`);
  const records = metadataRecords(dir, md.records);
  const all = await listPackages(dir, records.primary);
  const picked = new Map<string, Entry>();
  for (const ref of refs) {
    const hits = [...all.values()].filter((e) => matches(e, ref));
    if (!hits.length) {
      const versions = [...all.values()]
        .filter((e) => e.name === ref.name)
        .map((e) => `${e.version}-${e.release}`);
      fail(
        'promote',
        `promote: ${ref.name} ${ref.version} is not in channel '${from}' (${versions.length ? `it has ${[...new Set(versions)].join(', ')}` : `it has no ${ref.name}`}); name a version published there.`,
      );
    }
    for (const e of hits)
      picked.set(e.pkgid, { ...e, from: path.join(dir, e.href), xml: {} as Entry['xml'] });
  }
  for (const e of picked.values()) e.xml!.primary = e.primary!;
  for (const t of ['filelists', 'other'] as const) {
    for await (const batch of readChunks(dir, records[t])) {
      for (const { pkgid, xml } of batch) {
        const e = picked.get(pkgid);
        if (e) e.xml![t] = xml;
      }
    }
  }
  return [...picked.values()].map(({ primary: _, ...e }) => e);
}

/**
 * Whether the channel's repomd.xml.asc is what this publish would write (a good signature by the
 * key, or none for an unsigned repository) and every metadata file repomd.xml names is there with
 * its checksum. A run killed between renaming repomd.xml and its signature leaves a pair that dnf
 * refuses ("GPG signature verification error"): the next run finds it here and writes it again.
 */
async function soundSignature(dir: string, signer: Signer | undefined): Promise<boolean> {
  const repodata = path.join(dir, 'repodata');
  const repomd = await readFile(path.join(repodata, 'repomd.xml'));
  const asc = await readFile(path.join(repodata, 'repomd.xml.asc'), 'utf8').catch(() => undefined);
  if (!signer) return asc === undefined;
  return asc !== undefined && (await verifiesDetached(signer.publicKeyArmored, repomd, asc));
}

/** Fails, naming the file, when a metadata file repomd.xml names is missing or not its checksum. */
async function checkMetadataFiles(dir: string, records: readonly RepomdRecord[]): Promise<void> {
  for (const r of records) {
    const file = path.join(dir, r.href);
    const bytes = await readFile(file).catch(() => undefined);
    if (bytes && createHash('sha256').update(bytes).digest('hex') === r.checksum) continue;
    throw new DistroError(
      `yum: ${file} ${bytes ? 'does not match the checksum' : 'is missing, named'} in ${path.join(dir, 'repodata/repomd.xml')}; the repository was changed by something else: restore it from a backup, or publish into an empty channel directory.`,
      { key: 'yum', file },
    );
  }
}

/** `list` in slices of a few hundred. */
function* batches<T>(list: readonly T[], size = 512): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

/** Writes `data` to `file` through a temp name in the same directory, unless it already holds it. */
async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const want = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
  const have = await readFile(file).catch(() => undefined);
  if (have?.equals(want)) return;
  const tmp = `${file}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    await writeFile(tmp, want);
    await rename(tmp, file);
  } finally {
    await rm(tmp, { force: true });
  }
}

/**
 * Puts a package into the repository (temp name `tag`, rename), its mtime set to its time file
 * (createrepo_c --update reuses an entry when the file's mtime and size match): a hard link to
 * `src` where the file system and the file's owner allow (no bytes copied: copying every rpm was
 * the largest cost of a full publish), else a clone or kernel-side copy. A link shares the caller's
 * file, so that file's mtime becomes the time file too; a later rename or rewrite through a temp
 * name of `src` (how our writers, the rpm signer and rpmbuild write) does not reach the repository,
 * only a write into the same inode would, and the checksums in the metadata would show it.
 * Synchronous: for a thousand small files a few system calls each in a row beat thread-pool round
 * trips (and parallel creates in one directory only contend for its lock).
 */
function placePackage(src: string, dest: string, now: number, tag: string): void {
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.tmp-${tag}`);
  try {
    if (!tryLink(src, tmp, now)) {
      copyFileSync(src, tmp, fsConstants.COPYFILE_FICLONE);
      utimesSync(tmp, now, now);
    }
    renameSync(tmp, dest);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Links `src` to `tmp` with mtime `now`; false (nothing left) where links or the mtime are not allowed. */
function tryLink(src: string, tmp: string, now: number): boolean {
  try {
    linkSync(src, tmp);
  } catch {
    return false; // another file system (EXDEV), links not allowed (EPERM) …: a copy reports real errors
  }
  try {
    utimesSync(tmp, now, now);
    return true;
  } catch {
    rmSync(tmp, { force: true }); // someone else's file: a copy of our own
    return false;
  }
}

/** Removes the files of `dir` that `keep` does not name (nothing when `dir` is missing). */
async function prune(dir: string, keep: ReadonlySet<string>): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => !keep.has(n)).map((n) => rm(path.join(dir, n), { force: true })));
}

/**
 * Publishes rpm packages into the YUM repository of one channel under `o.root`: adds `rpms`,
 * promotes versions from another channel, retracts versions, keeps the newest `keep`, and writes
 * signed metadata, the .repo file and the public key. Safe to run again with the same inputs.
 */
export async function publishYum(o: PublishYumOptions): Promise<PublishYumResult> {
  return (await prepareYum(o)).commit();
}

/** A publish whose every check is done and nothing is written yet: `commit` writes it. */
export interface PreparedYum {
  commit(): Promise<PublishYumResult>;
}

/**
 * Every check of a publish (options, the repository's state, every rpm's header, signature and
 * name, conflicts, promotions) without writing anything, so that a caller publishing more than one
 * repository can check them all before it writes any.
 */
export async function prepareYum(o: PublishYumOptions): Promise<PreparedYum> {
  const { channel, baseUrl, keyFile } = validate(o);
  const now = o.now ?? Math.floor(Date.now() / 1000);
  const compression = o.compression ?? 'gzip';
  const dir = path.join(path.resolve(o.root), channel);
  const repodata = path.join(dir, 'repodata');
  const step = async (s: YumStep) => {
    await o.onStep?.(s);
  };

  // what is there
  const old = await readRepomd(dir);
  const oldRecords = old ? metadataRecords(dir, old.records) : undefined;
  if (old) await checkMetadataFiles(dir, old.records);
  const oldEntries = oldRecords ? await listPackages(dir, oldRecords.primary) : new Map<string, Entry>();
  const plan = new Plan(oldEntries.values());

  // what comes in
  const added: Entry[] = [];
  const files = [...new Set((o.rpms ?? []).map((f) => path.resolve(f)))];
  const read = await mapLimit(files, IO_LIMIT, (f) => fromFile(f, oldEntries, o, now));
  read.forEach((e, i) => {
    if (e && plan.admit(e, files[i]!)) added.push(e);
  });
  if (o.promote) {
    for (const e of await promoted(path.resolve(o.root), o.promote.from, o.promote.packages)) {
      if (plan.admit(e, `${o.promote.from}/${e.href}`)) added.push(e);
    }
  }

  // what goes
  const removed: Entry[] = [];
  for (const ref of o.retract ?? []) {
    for (const e of [...plan.byId.values()].filter((x) => matches(x, ref))) {
      plan.remove(e);
      removed.push(e);
    }
  }
  if (o.keep !== undefined) {
    const groups = new Map<string, Entry[]>();
    for (const e of plan.byId.values()) {
      const g = groups.get(`${e.name}\0${e.arch}`) ?? [];
      g.push(e);
      groups.set(`${e.name}\0${e.arch}`, g);
    }
    for (const g of groups.values()) {
      g.sort((a, b) => compareEvr(b, a));
      for (const e of g.slice(o.keep)) {
        plan.remove(e);
        removed.push(e);
      }
    }
  }

  const entries = [...plan.byId.values()];
  const news = entries.filter((e) => e.xml).sort(byKey);
  const ascFile = path.join(repodata, 'repomd.xml.asc');
  const sound = old ? await soundSignature(dir, o.signer) : true;
  const sameCompression =
    !oldRecords || oldRecords.primary.href.endsWith(compression === 'zstd' ? '.zst' : '.gz');
  const changed = !old || news.length > 0 || entries.length !== oldEntries.size || !sameCompression || !sound;

  return {
    commit: async () => {
      // the public key and the .repo file (unchanged content is not rewritten)
      await mkdir(dir, { recursive: true });
      const rfOptions = {
        name: o.name,
        channel,
        baseUrl,
        keyFile: o.signer ? keyFile : undefined,
        packageName: o.packageName,
      };
      const rf = repoFile(rfOptions);
      const repoFilePath = path.join(dir, repoFileName(o.name, channel));
      const keyFilePath = o.signer ? path.join(path.resolve(o.root), keyFile) : undefined;
      if (o.signer) await writeAtomic(keyFilePath!, o.signer.publicKeyArmored);
      await writeAtomic(repoFilePath, rf);

      let revision = old?.revision ?? String(now);
      if (changed) {
        revision = String(now);
        await mkdir(repodata, { recursive: true });
        await mkdir(path.join(dir, 'packages'), { recursive: true });
        const tag = randomBytes(6).toString('hex');
        for (const e of news) placePackage(e.from!, path.join(dir, e.href), now, tag);
        await step('packages');

        // the three files are written at once: their compression runs on the thread pool side by side
        const keepOld = new Set(entries.filter((e) => !e.xml).map((e) => e.pkgid));
        // primary.xml's old elements are at hand; filelists.xml and other.xml stream by once
        const oldChunks = (t: MetadataType): AsyncIterable<Chunk[]> | Iterable<Chunk[]> => {
          if (!oldRecords) return [];
          if (t !== 'primary') return readChunks(dir, oldRecords[t]);
          return batches([...oldEntries.values()].map((e) => ({ pkgid: e.pkgid, xml: e.primary! })));
        };
        const merge = (t: MetadataType) => {
          const merged = async function* () {
            let i = 0;
            for await (const batch of oldChunks(t)) {
              const out: Buffer[] = [];
              for (const c of batch) {
                if (!keepOld.has(c.pkgid)) continue;
                const key = oldEntries.get(c.pkgid)!.key;
                while (i < news.length && news[i]!.key < key) out.push(news[i++]!.xml![t]);
                out.push(c.xml);
              }
              yield out;
            }
            yield news.slice(i).map((e) => e.xml![t]);
          };
          return writeMetadata(repodata, t, entries.length, merged(), compression, now);
        };
        const written = await Promise.allSettled(TYPES.map(merge));
        const records: RepomdRecord[] = [];
        for (const r of written) {
          if (r.status === 'rejected') throw r.reason;
          records.push(r.value);
        }
        for (const t of TYPES) await step(t);

        const repomd = Buffer.from(renderRepomd(revision, records));
        const repomdFile = path.join(repodata, 'repomd.xml');
        const repomdTmp = path.join(repodata, `.repomd.xml.tmp-${randomBytes(6).toString('hex')}`);
        const ascTmp = `${ascFile}.tmp-${randomBytes(6).toString('hex')}`;
        try {
          await writeFile(repomdTmp, repomd);
          if (o.signer) await writeFile(ascTmp, o.signer.armor(await o.signer.sign(repomd)));
          await step('signature');
          // Two files cannot change at once, and dnf checks only the first signature of the .asc
          // (no one .asc verifies both the old and the new repomd.xml). Both are ready, so the two
          // renames follow each other with nothing in between; a crash exactly there leaves a pair
          // dnf refuses (never a wrong one), which the next run finds (soundSignature) and repairs.
          renameSync(repomdTmp, repomdFile);
          if (o.signer) renameSync(ascTmp, ascFile);
          else rmSync(ascFile, { force: true });
          await step('repomd');
        } finally {
          await rm(repomdTmp, { force: true });
          await rm(ascTmp, { force: true });
        }

        // the previous generation stays for clients that hold its repomd.xml; older ones go
        const keepMeta = new Set(['repomd.xml', ...(o.signer ? ['repomd.xml.asc'] : [])]);
        for (const r of [...records, ...(old?.records ?? [])]) keepMeta.add(path.posix.basename(r.href));
        await prune(repodata, keepMeta);
        const keepPkgs = new Set<string>();
        for (const list of [entries, oldEntries.values()])
          for (const e of list)
            if (e.href.startsWith('packages/') && !e.href.includes('/', 9)) keepPkgs.add(e.href.slice(9));
        await prune(path.join(dir, 'packages'), keepPkgs);
        await step('cleanup');
      }

      const sorted = (list: Entry[]) => list.map(nevra).sort();
      const stayed = added.filter((e) => plan.byId.has(e.pkgid));
      return {
        channelDir: dir,
        changed,
        added: changed ? sorted(stayed) : [],
        removed: changed ? sorted(removed) : [],
        packages: entries.length,
        revision,
        repoFile: rf,
        repoFilePath,
        ...(keyFilePath ? { keyFilePath } : {}),
        installCommands: installCommands(rfOptions),
      };
    },
  };
}
