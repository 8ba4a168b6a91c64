/**
 * A pacman (Arch Linux) repository on a local directory, published incrementally and atomically.
 *
 * Layout under `root` (publish-repo's `archlinux/`): `<channel>/<arch>/` per architecture, holding
 * the packages under their own names with their detached signatures (`.pkg.tar.zst.sig`), and the
 * databases as repo-add writes them: `<repo>.db.tar.gz` and `<repo>.files.tar.gz` (db.ts), with
 * `<repo>.db` and `<repo>.files` beside them as copies (repo-add makes symlinks; GitHub Pages does
 * not serve those) and a `.sig` for each when a key is given. The public key is `<repo>.asc` at the
 * root. An `any` package goes into every architecture of the channel (x86_64 when there is none).
 *
 * A database lists one version per package name, the newest (pacman installs what the db names);
 * the files of older versions stay beside it, `keep` of them per name, for `pacman -U` downgrades.
 *
 * Incremental: the existing `<repo>.files.tar.gz` (which holds every `desc` too) is read once; only
 * new package files are read (one streamed pass each, pkgfile.ts). A promotion copies files and
 * their `desc` from the other channel without reading them. Retracting the version a database
 * lists reads the newest remaining file of that name, the only case where an older file is read.
 *
 * Atomic: packages and their signatures are placed first; then every database file is written
 * under a temporary name and renamed in turn, `<repo>.db` and `<repo>.db.sig` last (what pacman
 * fetches), one right after the other. A run stopped between those two renames leaves a pair
 * pacman refuses, never a wrong one: the next run checks the signature (verify.ts) and writes the
 * pair again. Package files no database names are removed only after the databases moved.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { tempPath, writeAllAtomic, writeAtomic } from '../../atomic.js';
import { formatCommand } from '../../build/exec.js';
import { DistroError, withPath } from '../../errors.js';
import type { Signer } from '../../sign/signer.js';
import { verifiesDetached } from '../verify.js';
import { compareEvr } from '../yum/vercmp.js';
import { type DbEntry, descField, descText, filesText, readFilesDb, writeDb } from './db.js';
import { type PkgFileInfo, readPkgFile } from '../../formats/archlinux/read.js';

export interface PacmanPackageRef {
  name: string;
  /** `pkgver`, `pkgver-pkgrel` or `epoch:pkgver-pkgrel`. */
  version: string;
}

export interface PublishPacmanOptions {
  /** The root of the pacman repositories (publish-repo: `<repository>/archlinux`). */
  root: string;
  /** The repository (pacman.conf section) name, usually the project name. */
  name: string;
  /** Public URL of `root`. */
  baseUrl: string;
  channel?: string;
  /** `.pkg.tar.zst` files to add. */
  packages?: readonly string[];
  /** Signs the packages and the databases; required unless `unsigned`. */
  signer?: Signer;
  unsigned?: boolean;
  /** Package files kept per name and architecture (the newest); default all. */
  keep?: number;
  retract?: readonly PacmanPackageRef[];
  promote?: { from: string; packages: readonly PacmanPackageRef[] };
  /** Seconds since the epoch: the mtime inside the databases. */
  now?: number;
}

export interface PublishPacmanResult {
  channelDir: string;
  changed: boolean;
  /** `name version arch` of the files added and removed. */
  added: string[];
  removed: string[];
  /** The pacman.conf section users add, and the commands that set it up. */
  pacmanConf: string;
  install: string;
  keyFilePath?: string;
}

export interface PreparedPacman {
  commit(): Promise<PublishPacmanResult>;
}

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
const PKG_FILE = /^(.+)-([^-]+)-([^-]+)-([^-]+)\.pkg\.tar\.(zst|xz|gz)$/;
const ARCHES = ['x86_64', 'aarch64', 'armv7h', 'riscv64', 'i686'];

function fail(key: string, message: string): never {
  throw new DistroError(message, { key });
}

/** A package file in (or coming into) an architecture directory. */
interface PkgRef {
  file: string;
  name: string;
  /** `[epoch:]pkgver-pkgrel` */
  version: string;
  arch: string;
}

function parseFileName(file: string): PkgRef | undefined {
  const m = PKG_FILE.exec(file);
  return m ? { file, name: m[1]!, version: `${m[2]}-${m[3]}`, arch: m[4]! } : undefined;
}

function evr(version: string) {
  const m = /^(?:(\d+):)?(.*)-([^-]*)$/.exec(version);
  return { epoch: m?.[1] ?? '0', version: m?.[2] ?? version, release: m?.[3] ?? '' };
}
const newestFirst = (a: PkgRef, b: PkgRef) => compareEvr(evr(b.version), evr(a.version));

function matches(p: { name: string; version: string }, ref: PacmanPackageRef): boolean {
  if (p.name !== ref.name) return false;
  const e = evr(p.version);
  return (
    ref.version === p.version || ref.version === e.version || ref.version === `${e.version}-${e.release}`
  );
}

function validate(o: PublishPacmanOptions): string {
  const channel = o.channel ?? 'stable';
  if (!SAFE_NAME.test(channel)) fail('channel', `input 'channel': '${channel}' is not a channel name.`);
  if (!SAFE_NAME.test(o.name) || o.name === 'local')
    fail(
      'name',
      `config 'name': '${o.name}' cannot name a pacman repository; use letters, digits and . _ + - (and not 'local').`,
    );
  if (!/^(https?|file):\/\/\S+$/.test(o.baseUrl))
    fail('base-url', `input 'base-url': '${o.baseUrl}' is not an http(s) URL.`);
  if (!o.signer && !o.unsigned)
    fail(
      'gpg-private-key',
      "input 'gpg-private-key': a pacman repository is signed (packages and databases, for SigLevel = Required) and none was given; set gpg-private-key, or opt into an unsigned repository with `unsigned: true`.",
    );
  if (o.keep !== undefined && !(Number.isInteger(o.keep) && o.keep >= 1))
    fail('keep', `input 'keep': ${String(o.keep)} is not a whole number of versions to keep (1 or more).`);
  if (o.promote && (!SAFE_NAME.test(o.promote.from) || o.promote.from === channel))
    fail('promote', `promote: '${o.promote.from}' is not another channel to promote from.`);
  return channel;
}

/** The state of one architecture directory: its database entries by name, its package files. */
interface ArchDir {
  arch: string;
  dir: string;
  entries: Map<string, DbEntry>;
  files: PkgRef[];
  /** The database and its signature verify (or there is none yet, or it is unsigned as wanted). */
  sound: boolean;
  existed: boolean;
}

async function readArchDir(dir: string, arch: string, name: string, signer?: Signer): Promise<ArchDir> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = names.map(parseFileName).filter((p): p is PkgRef => !!p);
  const filesDb = path.join(dir, `${name}.files.tar.gz`);
  const data = await readFile(filesDb).catch(() => undefined);
  if (!data && names.includes(`${name}.db.tar.gz`))
    fail(
      'archlinux',
      `archlinux: ${dir} has ${name}.db.tar.gz but no ${name}.files.tar.gz; it was not written by repo-add or this publisher. Run repo-add --files-only… or publish into an empty channel.`,
    );
  const entries = new Map<string, DbEntry>();
  for (const e of data ? await readFilesDb(data, filesDb) : []) entries.set(descField(e.desc, 'NAME')!, e);
  let sound = true;
  if (data) {
    const db = await readFile(path.join(dir, `${name}.db`)).catch(() => undefined);
    const sig = await readFile(path.join(dir, `${name}.db.sig`)).catch(() => undefined);
    sound = signer
      ? !!db && !!sig && (await verifiesDetached(signer.publicKeyArmored, db, signer.armor(sig)))
      : !!db && !sig;
  }
  return { arch, dir, entries, files, sound, existed: !!data };
}

/** A package coming in: from a file to read, or promoted with its desc. */
interface Incoming extends PkgRef {
  from: string;
  /** Its sig beside it (promotion). */
  sigFrom?: string;
  /** Promotion: its db entry in the other channel, when that database lists it. */
  entry?: DbEntry;
  /** A new file: what reading it found. */
  read?: PkgFileInfo;
  /** A new file: its signature, once made. */
  sig?: Uint8Array;
}

async function readIncoming(file: string): Promise<Incoming> {
  const read = await readPkgFile(file);
  const one = (k: string) => read.info.get(k)?.[0] ?? '';
  const ref = { name: one('pkgname'), version: one('pkgver'), arch: one('arch') };
  if (!ref.name || !ref.version || !ref.arch)
    fail('archlinux', `archlinux: ${file}: its .PKGINFO has no pkgname, pkgver or arch.`);
  if (ref.arch !== 'any' && !ARCHES.includes(ref.arch))
    fail(
      'archlinux',
      `archlinux: ${file} is for '${ref.arch}', which has no directory here (${ARCHES.join(', ')}, any).`,
    );
  const base = `${ref.name}-${ref.version}-${ref.arch}.pkg.tar.zst`;
  if (!SAFE_NAME.test(base.replace(/:/g, '_')))
    fail('archlinux', `archlinux: ${file}: '${base}' cannot be a file name in the repository.`);
  return { ...ref, file: base, from: file, read };
}

/** The pacman.conf section and the set-up commands (every word quoted). */
export function pacmanSnippet(o: { name: string; channel: string; baseUrl: string; fingerprint?: string }) {
  const conf = [
    `[${o.name}]`,
    `SigLevel = ${o.fingerprint ? 'Required' : 'Optional TrustAll'}`,
    `Server = ${o.baseUrl}/${o.channel}/$arch`,
    '',
  ].join('\n');
  const key = o.fingerprint
    ? `curl -fsSL ${formatCommand([`${o.baseUrl}/${o.name}.asc`])} | ${formatCommand(['sudo', 'pacman-key', '--add', '-'])} && ${formatCommand(['sudo', 'pacman-key', '--lsign-key', o.fingerprint])} && `
    : '';
  const install = `${key}${formatCommand(['sudo', 'pacman', '-Syu', o.name])}`;
  return { conf, install };
}

export async function publishPacman(o: PublishPacmanOptions): Promise<PublishPacmanResult> {
  return (await preparePacman(o)).commit();
}

/** Every check (options, databases, new packages, promotions) before anything is written. */
export async function preparePacman(o: PublishPacmanOptions): Promise<PreparedPacman> {
  const channel = validate(o);
  const root = path.resolve(o.root);
  const channelDir = path.join(root, channel);
  const now = o.now ?? Math.floor(Date.now() / 1000);

  const incoming: Incoming[] = [];
  for (const f of [...new Set((o.packages ?? []).map((p) => path.resolve(p)))])
    incoming.push(await readIncoming(f));
  if (o.promote) incoming.push(...(await promoted(root, o.promote.from, o.promote.packages, o.name)));

  const present = (await readdir(channelDir).catch(() => [] as string[])).filter((a) => ARCHES.includes(a));
  const concrete = [
    ...new Set([...present, ...incoming.map((p) => p.arch).filter((a) => a !== 'any')]),
  ].sort();
  const arches = concrete.length ? concrete : ['x86_64'];
  const dirs = await Promise.all(
    arches.map((a) => readArchDir(path.join(channelDir, a), a, o.name, o.signer)),
  );
  const plans: ArchPlan[] = [];
  for (const d of dirs) plans.push(await planArch(d, incoming, o));
  const changed = plans.some((p) => p.changed);

  return {
    commit: async () => {
      const snippet = pacmanSnippet({
        name: o.name,
        channel,
        baseUrl: o.baseUrl.replace(/\/+$/, ''),
        fingerprint: o.signer?.fingerprint,
      });
      const keyFilePath = o.signer ? path.join(root, `${o.name}.asc`) : undefined;
      if (o.signer) await writeIfChanged(keyFilePath!, o.signer.publicKeyArmored);
      await writeIfChanged(path.join(channelDir, `${o.name}.conf`), snippet.conf);
      for (const p of plans) if (p.changed) await commitArch(p, o, now);
      const list = (k: 'added' | 'removed') =>
        plans.flatMap((p) => p[k].map((r) => `${r.name} ${r.version} ${p.dir.arch}`)).sort();
      return {
        channelDir,
        changed,
        added: list('added'),
        removed: list('removed'),
        pacmanConf: snippet.conf,
        install: snippet.install,
        ...(keyFilePath ? { keyFilePath } : {}),
      };
    },
  };
}

async function writeIfChanged(file: string, text: string): Promise<void> {
  const have = await readFile(file, 'utf8').catch(() => undefined);
  if (have !== text) await writeAtomic(file, text);
}

/** The packages `refs` name in channel `from`, with their files and desc (nothing re-read). */
async function promoted(
  root: string,
  from: string,
  refs: readonly PacmanPackageRef[],
  name: string,
): Promise<Incoming[]> {
  const out: Incoming[] = [];
  const arches = (await readdir(path.join(root, from)).catch(() => [] as string[])).filter((a) =>
    ARCHES.includes(a),
  );
  if (!arches.length)
    fail(
      'promote',
      `promote: channel '${from}' has no pacman repository under ${root}; publish to it first.`,
    );
  for (const ref of refs) {
    let found = false;
    for (const arch of arches) {
      const dir = path.join(root, from, arch);
      const d = await readArchDir(dir, arch, name);
      for (const f of d.files.filter((x) => matches(x, ref))) {
        found = true;
        const entry = d.entries.get(f.name);
        const listed = entry && descField(entry.desc, 'FILENAME') === f.file ? entry : undefined;
        const sig = path.join(dir, `${f.file}.sig`);
        const hasSig = await readFile(sig).then(
          () => true,
          () => false,
        );
        out.push({
          ...f,
          from: path.join(dir, f.file),
          ...(hasSig ? { sigFrom: sig } : {}),
          ...(listed ? { entry: listed } : {}),
        });
      }
    }
    if (!found)
      fail(
        'promote',
        `promote: ${ref.name} ${ref.version} is not in channel '${from}'; name a version published there.`,
      );
  }
  // an `any` package sits in every architecture of the other channel: take it once
  return [...new Map(out.map((p) => [p.file, p])).values()];
}

interface ArchPlan {
  dir: ArchDir;
  changed: boolean;
  /** Files to place: from where, with a signature to write or copy. */
  place: Incoming[];
  /** Files to delete after the databases moved. */
  drop: PkgRef[];
  entries: Map<string, DbEntry>;
  added: PkgRef[];
  removed: PkgRef[];
}

/** What one architecture directory becomes. Checks conflicts; reads only what it must. */
async function planArch(
  d: ArchDir,
  incoming: readonly Incoming[],
  o: PublishPacmanOptions,
): Promise<ArchPlan> {
  const files = new Map(d.files.map((f) => [f.file, f]));
  const place: Incoming[] = [];
  for (const p of incoming.filter((x) => x.arch === d.arch || x.arch === 'any')) {
    const have = files.get(p.file);
    if (have) {
      const listed = d.entries.get(p.name);
      const sha =
        listed && descField(listed.desc, 'FILENAME') === p.file
          ? descField(listed.desc, 'SHA256SUM')
          : undefined;
      const theirs = p.entry ? descField(p.entry.desc, 'SHA256SUM') : p.read?.sha256;
      if (sha && theirs && sha !== theirs)
        fail(
          'archlinux',
          `archlinux: ${p.from} is ${p.name} ${p.version}, but ${path.join(d.dir, p.file)} has other content (sha256 ${sha}); a published version never changes: raise the version or pkgrel, or retract the old one first.`,
        );
      continue;
    }
    files.set(p.file, p);
    place.push(p);
  }
  const removed: PkgRef[] = [];
  const drop = (f: PkgRef) => {
    files.delete(f.file);
    removed.push(f);
  };
  for (const ref of o.retract ?? [])
    for (const f of [...files.values()].filter((x) => matches(x, ref))) drop(f);
  const byName = new Map<string, PkgRef[]>();
  for (const f of files.values()) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  for (const list of byName.values()) {
    list.sort(newestFirst);
    if (o.keep !== undefined) for (const f of list.splice(o.keep)) drop(f);
  }

  // each name's database entry: its newest file
  const entries = new Map<string, DbEntry>();
  for (const [name, list] of byName) {
    const newest = list[0];
    if (!newest) continue;
    entries.set(name, await entryFor(newest, d, place, o));
  }
  const same = entries.size === d.entries.size && [...entries].every(([n, e]) => d.entries.get(n) === e);
  const removedHere = removed.filter((r) => !place.includes(r as Incoming));
  return {
    dir: d,
    changed: !same || place.length > 0 || removedHere.length > 0 || !d.sound || !d.existed,
    place,
    drop: removedHere,
    entries,
    added: place.filter((p) => files.has(p.file)),
    removed: removedHere,
  };
}

/** The db entry of `f`: the one the database has, the promoted one, or from reading the file. */
async function entryFor(
  f: PkgRef,
  d: ArchDir,
  place: readonly Incoming[],
  o: PublishPacmanOptions,
): Promise<DbEntry> {
  const listed = d.entries.get(f.name);
  if (listed && descField(listed.desc, 'FILENAME') === f.file) return listed;
  const inc = place.find((p) => p.file === f.file);
  if (inc?.entry) return inc.entry;
  const from = inc?.from ?? path.join(d.dir, f.file);
  const read = inc?.read ?? (await readPkgFile(from));
  const sigFile = inc ? inc.sigFrom : path.join(d.dir, `${f.file}.sig`);
  const sig = o.signer
    ? sigFile
      ? await readFile(sigFile)
      : ((await o.signer.signFile(from, { armor: false })) as Uint8Array)
    : undefined;
  if (inc && sig && !inc.sigFrom) inc.sig = sig;
  return { dir: `${f.name}-${f.version}`, desc: descText(f.file, read, sig), files: filesText(read) };
}

/** Places the packages, writes the databases (db and sig last), then removes dropped files. */
async function commitArch(p: ArchPlan, o: PublishPacmanOptions, now: number): Promise<void> {
  const dir = p.dir.dir;
  await mkdir(dir, { recursive: true }).catch((e: unknown) => {
    throw withPath(e, dir);
  });
  for (const inc of p.place) {
    await placeFile(inc.from, path.join(dir, inc.file));
    if (inc.sigFrom) await placeFile(inc.sigFrom, path.join(dir, `${inc.file}.sig`));
    else if (o.signer) {
      inc.sig ??= (await o.signer.signFile(inc.from, { armor: false })) as Uint8Array;
      await writeAtomic(path.join(dir, `${inc.file}.sig`), inc.sig);
    }
  }
  const entries = [...p.entries.values()];
  const db = await writeDb(entries, false, now);
  const files = await writeDb(entries, true, now);
  const n = o.name;
  const out: Array<[string, Uint8Array]> = [];
  const add = async (file: string, data: Uint8Array) => {
    out.push([path.join(dir, file), data]);
    if (o.signer) out.push([path.join(dir, `${file}.sig`), await o.signer.sign(data)]);
  };
  await add(`${n}.db.tar.gz`, db);
  await add(`${n}.files.tar.gz`, files);
  await add(`${n}.files`, files);
  await add(`${n}.db`, db);
  await writeAllAtomic(out);
  if (!o.signer)
    for (const f of [`${n}.db.tar.gz`, `${n}.files.tar.gz`, `${n}.files`, `${n}.db`])
      await rm(path.join(dir, `${f}.sig`), { force: true });
  for (const f of p.drop) {
    await rm(path.join(dir, f.file), { force: true });
    await rm(path.join(dir, `${f.file}.sig`), { force: true });
  }
}

async function placeFile(src: string, dest: string): Promise<void> {
  const tmp = tempPath(dest);
  try {
    await copyFile(src, tmp);
    await rename(tmp, dest);
  } catch (e) {
    await rm(tmp, { force: true });
    throw withPath(e, dest);
  }
}
