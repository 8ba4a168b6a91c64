/**
 * The installed-files cache: what dpkg put down for a package set, as one archive, so a warm setup
 * is one extraction instead of downloading and unpacking every .deb (dpkg unpacking dominates a
 * cross toolchain install; a .deb cache alone cannot make it much faster).
 *
 * After a cold install, `captureSnapshot` packs the files the newly installed packages own (their
 * dpkg `.list` files), their dpkg info files and their status stanzas into `<dir>`:
 *   installed.tar.zst   the files, paths relative to /
 *   status              the packages' stanzas of /var/lib/dpkg/status, as dpkg wrote them
 *   manifest.json       the packages (name, architecture, version) the snapshot holds
 * `restoreSnapshot` puts them back when apt would install exactly those packages at those versions:
 * one `tar -x` as root, then the stanzas merged into the status file written beside it and renamed
 * over it (what dpkg does itself), so dpkg and apt know the packages and a second run installs
 * nothing. Anything that does not match is reported and the caller installs through apt instead.
 *
 * A package set whose packages have a postinst script is not captured: restoring its files would
 * skip what that script does (alternatives, users, binfmt registrations). Those sets use the .deb
 * cache (install.ts). Triggers such a restore would have fired (ldconfig, man-db) are not run: the
 * cross libraries are not in the host's ld.so paths, and man pages are not indexed.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { which } from '../build/exec.js';
import type { Env } from '../build/types.js';

/** One package of a snapshot or of apt's install plan. */
export interface PlannedPackage {
  name: string;
  arch: string;
  version: string;
}

interface SnapshotManifest {
  format: 1;
  packages: PlannedPackage[];
  /** The compressor of installed.tar.*: zst or gz. */
  compression: 'zst' | 'gz';
}

/** Runs argv (as root where the caller decides); rejects on a non-zero exit. */
export type RunArgv = (argv: string[]) => Promise<void>;

export const SNAPSHOT_KEY_PREFIX = 'distro-installed-';

const sortPlan = (p: PlannedPackage[]) =>
  [...p].sort((a, b) => (a.name + ':' + a.arch).localeCompare(b.name + ':' + b.arch));
const planText = (p: PlannedPackage[]) =>
  sortPlan(p)
    .map((x) => `${x.name}:${x.arch}=${x.version}`)
    .join('\n');

/** The prefix of every snapshot key of the set `name` on `image` (the restore key). */
export const snapshotKeyPrefix = (name: string, image: string) => `${SNAPSHOT_KEY_PREFIX}${image}-${name}-`;

/**
 * The key of a plan: the set name, the OS image and the exact packages (with dependencies) apt
 * would install; used when the apt state key (state.ts) cannot be read.
 */
export function snapshotKey(name: string, image: string, plan: PlannedPackage[]): string {
  const h = createHash('sha256').update(planText(plan)).digest('hex').slice(0, 20);
  return snapshotKeyPrefix(name, image) + h;
}

/**
 * The packages `apt-get install -s` (its output, `text`) would install; undefined when it would also
 * remove or upgrade something (a snapshot only ever adds packages).
 */
export function parseSimulation(text: string): PlannedPackage[] | undefined {
  const out: PlannedPackage[] = [];
  for (const line of text.split('\n')) {
    if (/^Remv /.test(line)) return undefined;
    const m = /^Inst (\S+) (\[[^\]]*\] )?\((\S+) .*\[([^\]]+)\]\)/.exec(line);
    if (!m) continue;
    if (m[2]) return undefined; // an upgrade of an installed version
    out.push({ name: m[1]!.replace(/:.*$/, ''), arch: m[4]!, version: m[3]! });
  }
  return out;
}

interface Stanza {
  name: string;
  arch: string;
  version: string;
  status: string;
  text: string;
}

/** The stanzas of a dpkg status file. */
export function parseStatus(text: string): Stanza[] {
  return text
    .split(/\n\n+/)
    .filter((s) => s.trim())
    .map((s) => {
      const f = (k: string) => new RegExp(`^${k}: *(.*)$`, 'm').exec(s)?.[1]?.trim() ?? '';
      return {
        name: f('Package'),
        arch: f('Architecture'),
        version: f('Version'),
        status: f('Status'),
        text: s.replace(/^\n+|\n+$/g, ''),
      };
    });
}

const id = (p: { name: string; arch: string }) => `${p.name}:${p.arch}`;

/** The info files of `p` in `infoDir` (`<name>.list`, `<name>:<arch>.list` …). */
function infoFilesOf(names: string[], p: PlannedPackage): string[] {
  return names.filter((n) => n.startsWith(`${p.name}.`) || n.startsWith(`${p.name}:${p.arch}.`));
}

export interface SnapshotPaths {
  /** Where the snapshot lives (a fixed path per set: the cache versions entries by their paths). */
  dir: string;
  /** dpkg's database, `<root>/var/lib/dpkg` (injectable for tests). */
  admindir?: string;
  /** The root the packages' files are under, / (injectable for tests). */
  root?: string;
  env: Env;
}

export const rootOf = (o: Pick<SnapshotPaths, 'root'>) => o.root ?? '/';
export const adminOf = (o: Pick<SnapshotPaths, 'admindir' | 'root'>) =>
  o.admindir ?? path.join(rootOf(o), 'var/lib/dpkg');

/** The packages the snapshot in `dir` holds (its manifest); undefined when it has none. */
export async function snapshotPackages(dir: string): Promise<PlannedPackage[] | undefined> {
  try {
    const m = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as SnapshotManifest;
    return m.format === 1 && Array.isArray(m.packages) ? m.packages : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Packs the installed `plan` into `o.dir`; the reason it cannot, or undefined when done. `run` runs
 * tar (no root needed: the files are readable).
 */
export async function captureSnapshot(
  o: SnapshotPaths,
  plan: PlannedPackage[],
  run: RunArgv,
): Promise<string | undefined> {
  const admin = adminOf(o);
  const stanzas = new Map(
    parseStatus(await readFile(path.join(admin, 'status'), 'utf8')).map((s) => [id(s), s]),
  );
  const info = await readdir(path.join(admin, 'info'));
  const kept: string[] = [];
  const files = new Set<string>();
  for (const p of plan) {
    const s = stanzas.get(id(p));
    if (!s || s.status !== 'install ok installed' || s.version !== p.version)
      return `${p.name} ${p.version} is not installed as planned`;
    const own = infoFilesOf(info, p);
    if (own.some((f) => f.endsWith('.postinst'))) return `${p.name} has a postinst script`;
    kept.push(s.text);
    for (const f of own) files.add('/' + path.relative(rootOf(o), path.join(admin, 'info', f)));
    const list = own.find((f) => f.endsWith('.list'));
    if (!list) return `dpkg has no file list of ${p.name}`;
    for (const f of (await readFile(path.join(admin, 'info', list), 'utf8')).split('\n'))
      if (f && f !== '/.') files.add(f);
  }
  // Only what is there (path-excluded files are listed but absent); parents before children.
  const present: string[] = [];
  for (const f of [...files].sort()) {
    if (await lstat(path.join(rootOf(o), f)).catch(() => undefined)) present.push(f.replace(/^\/+/, ''));
  }
  await rm(o.dir, { recursive: true, force: true });
  await mkdir(o.dir, { recursive: true });
  const compression = which('zstd', o.env) ? 'zst' : 'gz';
  const listFile = path.join(o.dir, 'files.list');
  await writeFile(listFile, present.join('\0') + '\0');
  try {
    await run([
      'tar',
      '--create',
      '--no-recursion',
      '--null',
      `--directory=${rootOf(o)}`, // positional: before the list it applies to
      `--files-from=${listFile}`,
      ...(compression === 'zst' ? ['--use-compress-program=zstd -T0 -3'] : ['--gzip']),
      `--file=${path.join(o.dir, `installed.tar.${compression}`)}`,
    ]);
  } finally {
    await rm(listFile, { force: true });
  }
  await writeFile(path.join(o.dir, 'status'), kept.join('\n\n') + '\n');
  const m: SnapshotManifest = { format: 1, packages: sortPlan(plan), compression };
  await writeFile(path.join(o.dir, 'manifest.json'), JSON.stringify(m, null, 2) + '\n');
  return undefined;
}

/**
 * Installs the snapshot in `o.dir` (restored from the cache) when it holds exactly `plan`; the
 * reason it does not, or undefined when installed. `root` runs argv as root (directly or through
 * `sudo -n`).
 */
export async function restoreSnapshot(
  o: SnapshotPaths,
  plan: PlannedPackage[],
  root: RunArgv,
): Promise<string | undefined> {
  const admin = adminOf(o);
  let m: SnapshotManifest;
  try {
    m = JSON.parse(await readFile(path.join(o.dir, 'manifest.json'), 'utf8')) as SnapshotManifest;
  } catch {
    return 'the cache entry has no manifest';
  }
  if (m.format !== 1 || planText(m.packages) !== planText(plan))
    return 'it holds other packages than apt would install now';
  // A dpkg run that stopped half-way leaves journal entries; dpkg must apply them first.
  if ((await readdir(path.join(admin, 'updates')).catch(() => [])).length)
    return `${admin}/updates is not empty (an interrupted dpkg run)`;
  const saved = parseStatus(await readFile(path.join(o.dir, 'status'), 'utf8'));
  const wanted = new Set(plan.map(id));
  if (saved.length !== plan.length || !saved.every((s) => wanted.has(id(s))))
    return 'its status stanzas do not match its manifest';
  const current = parseStatus(await readFile(path.join(admin, 'status'), 'utf8'));
  if (current.some((s) => wanted.has(id(s)) && s.status.endsWith(' installed')))
    return 'one of its packages is installed already';
  await root([
    'tar',
    '--extract',
    `--file=${path.join(o.dir, `installed.tar.${m.compression}`)}`,
    ...(m.compression === 'zst' ? ['--use-compress-program=zstd -d'] : ['--gzip']),
    `--directory=${rootOf(o)}`,
    // Existing directories keep their owner and mode, and a directory symlink (/lib -> usr/lib on
    // merged-/usr systems) stays a symlink.
    '--no-overwrite-dir',
    '--keep-directory-symlink',
  ]);
  // The files are in place; now dpkg learns of them, in one rename. dpkg's lock is an fcntl lock no
  // tool here can hold, so the status file is read again just before the rename, and the merge
  // redone when another dpkg run changed it meanwhile: the window left is one process start.
  const statusFile = path.join(admin, 'status');
  const tmp = path.join(o.dir, 'status.new');
  const next = path.join(admin, 'status-distro-new');
  let base = await readFile(statusFile, 'utf8');
  for (let attempt = 0; ; attempt++) {
    // Stanzas of its packages left by a remove (config-files) are replaced.
    const others = parseStatus(base).filter((s) => !wanted.has(id(s)));
    const merged = [...others.map((s) => s.text), ...saved.map((s) => s.text)].join('\n\n') + '\n';
    await writeFile(tmp, merged, { mode: 0o644 });
    await root(['install', '-m', '0644', tmp, next]);
    const now = await readFile(statusFile, 'utf8');
    if (now === base || attempt === 5) break;
    base = now;
  }
  await root(['mv', '-f', next, statusFile]);
  await rm(tmp, { force: true });
  return undefined;
}
