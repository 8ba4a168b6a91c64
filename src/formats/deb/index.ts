/**
 * Debian binary packages, written natively: an `ar` archive of `debian-binary` ("2.0\n"),
 * `control.tar.<ext>` and `data.tar.<ext>` (deb(5)), reproducible and streamed.
 *
 * data.tar is written first, to a temp file beside `out`, hashing every file with MD5 in the same
 * read (for `md5sums`); then control.tar (small); then the .deb is assembled from the two (the ar
 * header needs each member's size) into a temporary beside it (src/atomic.ts) and renamed to `out`. On any failure
 * every temp file is deleted and nothing is left at `out`.
 *
 * data.tar: `./`, then every entry and its parent directories (`./usr/`, `./usr/bin/` …, mode 0755
 * root, mtime = buildTime), sorted in byte order, ustar (pax headers for long names, which dpkg
 * reads), owners as names with uid/gid 0 (dpkg maps the names on install), modes incl. setuid.
 * Ghost files are not shipped (nfpm does the same). Compression gzip (default; gzip header MTIME
 * 0, OS 3), xz, zstd (dpkg ≥ 1.21.18) or none.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform, type Writable } from 'node:stream';
import { tempPath } from '../../atomic.js';
import { DistroError } from '../../errors.js';
import type { ProgressSink } from '../../progress.js';
import {
  BufferPool,
  compareNames,
  compressor,
  COPY_CHUNK,
  DEFAULT_LEVELS,
  Output,
  readChunks,
  type TarEntry,
  writeTarEntries,
  xzSlot,
} from '../archive/index.js';
import { foldLines } from './docs.js';
import type { PackageSpec, PkgFile } from '../pkg/types.js';

export interface DebResult {
  size: number;
  sha256: string;
}

const EXT = { gzip: '.gz', xz: '.xz', zstd: '.zst', none: '' } as const;
/** tar-stream (and the ar header) write the mtime with 32-bit arithmetic. */
const MAX_MTIME = 2 ** 31 - 1;

/** `{name}_{version}-{release}_{arch}.deb` (the epoch is not part of the file name). */
export function debFileName(spec: PackageSpec): string {
  return `${spec.name}_${spec.version}${spec.release ? `-${spec.release}` : ''}_${spec.arch}.deb`;
}

/** The Version field: `[epoch:]version[-release]`. */
export function debFullVersion(spec: PackageSpec): string {
  return `${spec.epoch ? `${spec.epoch}:` : ''}${spec.version}${spec.release ? `-${spec.release}` : ''}`;
}

export interface WriteDebOptions {
  /** Compression threads (default: every core); the bytes are the same for any number. */
  threads?: number;
  /** Told the bytes of the files as they are read (src/progress.ts). */
  progress?: ProgressSink;
}

export async function writeDeb(
  out: string,
  spec: PackageSpec,
  opts: WriteDebOptions = {},
): Promise<DebResult> {
  if (!(spec.compression in EXT)) {
    throw new DistroError(
      `deb compression '${String(spec.compression)}' is not supported; use gzip, xz, zstd or none`,
    );
  }
  if (!Number.isInteger(spec.buildTime) || spec.buildTime < 0 || spec.buildTime > MAX_MTIME) {
    throw new DistroError(
      `the build time (SOURCE_DATE_EPOCH) must be whole seconds from 0 to ${MAX_MTIME}, got ${spec.buildTime}`,
    );
  }
  const target = path.resolve(out);
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = tempPath(target);
  const dataTmp = tempPath(target, '.data');
  const controlTmp = tempPath(target, '.control');
  const pool = new BufferPool();
  const outputs: Output[] = [];
  const open = (file: string, hash = true) => {
    const o = new Output(file, { hash });
    outputs.push(o);
    return o;
  };
  try {
    // data.tar, hashing each file
    const data = dataEntries(spec);
    const sink = opts.progress;
    if (sink) {
      sink.expect(data.entries.reduce((n, e) => n + (e.type === 'file' ? e.size : 0), 0));
      pool.onRead = (n) => sink.add(n);
      sink.setNext?.('md5sums and control.tar, then the .deb is assembled');
    }
    const hashes = new Map<number, ReturnType<typeof createHash>>();
    const dataOut = open(dataTmp, false); // hashed as part of the .deb
    await writeCompressed(data.entries, dataOut, spec.compression, pool, opts.threads, (i, chunk) => {
      let h = hashes.get(i);
      if (!h) hashes.set(i, (h = createHash('md5')));
      h.update(chunk);
    });
    await dataOut.finish();
    pool.onRead = undefined; // the data.tar read back below is not new work

    const md5sums = data.entries
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => e.type === 'file' && !data.conffiles.has(i))
      .map(({ e, i }) => `${(hashes.get(i) ?? createHash('md5')).digest('hex')}  ${e.name.slice(2)}\n`)
      .join('');

    // control.tar
    const control = controlEntries(spec, data.installedSize, md5sums, data.conffileList);
    const controlOut = open(controlTmp, false);
    await writeCompressed(control, controlOut, spec.compression, pool, opts.threads);
    await controlOut.finish();

    // the ar archive
    const deb = open(tmp);
    const ext = EXT[spec.compression];
    await deb.put(Buffer.from('!<arch>\n'));
    await arMember(deb, 'debian-binary', spec.buildTime, Buffer.from('2.0\n'));
    const copyPool = new BufferPool(COPY_CHUNK, 4);
    await arFile(deb, `control.tar${ext}`, spec.buildTime, controlTmp, controlOut.size, copyPool);
    await arFile(deb, `data.tar${ext}`, spec.buildTime, dataTmp, dataOut.size, copyPool);
    await deb.finish();
    await rename(tmp, target);
    return { size: deb.size, sha256: deb.digest() };
  } catch (err) {
    await Promise.all(outputs.map((o) => o.abandon()));
    await rm(tmp, { force: true });
    throw err;
  } finally {
    await rm(dataTmp, { force: true });
    await rm(controlTmp, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// ar

function arHeader(name: string, mtime: number, size: number): Buffer {
  const field = (v: string, w: number) => {
    if (v.length > w) throw new DistroError(`ar member field '${v}' is longer than ${w} bytes`);
    return v.padEnd(w, ' ');
  };
  const h =
    field(name, 16) +
    field(String(mtime), 12) +
    field('0', 6) +
    field('0', 6) +
    field('100644', 8) +
    field(String(size), 10) +
    '`\n';
  return Buffer.from(h, 'latin1');
}

async function arMember(out: Output, name: string, mtime: number, data: Buffer): Promise<void> {
  await out.put(arHeader(name, mtime, data.length));
  await out.put(data);
  if (data.length % 2) await out.put(Buffer.from('\n'));
}

async function arFile(
  out: Output,
  name: string,
  mtime: number,
  file: string,
  size: number,
  pool: BufferPool,
) {
  await out.put(arHeader(name, mtime, size));
  for await (const chunk of readChunks({ source: file, size, name }, pool)) {
    await out.put(chunk, pool.releaser(chunk));
  }
  if (size % 2) await out.put(Buffer.from('\n'));
}

// ---------------------------------------------------------------------------------------------
// tar members

/** Copies each chunk (the output file may hold it after the pool buffer was recycled). */
function copying(): Transform {
  return new Transform({ transform: (chunk: Buffer, _enc, cb) => cb(null, Buffer.from(chunk)) });
}

async function writeCompressed(
  entries: TarEntry[],
  out: Output,
  compression: PackageSpec['compression'],
  pool: BufferPool,
  threads: number | undefined,
  onChunk?: (index: number, chunk: Buffer) => void,
): Promise<void> {
  let comp: { input: Writable; output: Readable };
  let release: (() => void) | undefined;
  if (compression === 'none') {
    const t = copying();
    comp = { input: t, output: t };
  } else {
    const format = compression === 'gzip' ? 'tar.gz' : compression === 'xz' ? 'tar.xz' : 'tar.zst';
    if (format === 'tar.xz') release = await xzSlot();
    // dpkg (1.21) stops reading a zstd member after its first frame
    comp = await compressor(format, DEFAULT_LEVELS[format], threads, { oneZstdFrame: true });
  }
  try {
    await writeTarEntries(entries, out, comp, pool, onChunk);
  } finally {
    release?.();
  }
}

interface DataPlan {
  entries: TarEntry[];
  /** Indexes of conffiles in `entries`. */
  conffiles: Set<number>;
  conffileList: string[];
  installedSize: number;
}

const ROOT_OWNER = { uid: 0, gid: 0, uname: 'root', gname: 'root' };

function owner(f: PkgFile) {
  return { uid: 0, gid: 0, uname: f.owner || 'root', gname: f.group || 'root' };
}

/** The data.tar entries: `./`, the files and their parent directories, in byte order. */
export function dataEntries(spec: PackageSpec): DataPlan {
  const byName = new Map<string, { entry: TarEntry; file?: PkgFile }>();
  for (const f of spec.files) {
    if (f.ghost) continue;
    const rel = f.dst.replace(/^\/+/, '').replace(/\/+$/, '');
    if (!rel) continue;
    const common = { ...owner(f), mode: f.mode & 0o7777, mtime: f.mtime, size: 0 };
    let entry: TarEntry;
    if (f.type === 'dir') entry = { ...common, name: `./${rel}/`, type: 'dir' };
    else if (f.type === 'symlink')
      entry = { ...common, name: `./${rel}`, type: 'symlink', linkname: f.linkname ?? '' };
    else {
      if (!f.source) throw new DistroError(`deb: ${f.dst} has no source file`);
      entry = { ...common, name: `./${rel}`, type: 'file', size: f.size, source: f.source };
    }
    if (byName.has(rel)) throw new DistroError(`deb: ${f.dst} appears twice in the package`);
    byName.set(rel, { entry, file: f });
  }
  for (const rel of [...byName.keys()]) {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const prev = byName.get(dir);
      if (!prev) {
        byName.set(dir, {
          entry: {
            ...ROOT_OWNER,
            name: `./${dir}/`,
            type: 'dir',
            mode: 0o755,
            mtime: spec.buildTime,
            size: 0,
          },
        });
      } else if (prev.entry.type !== 'dir') {
        throw new DistroError(
          `deb: ${rel} is inside /${dir}, which the package ships as a ${prev.entry.type}`,
        );
      }
    }
  }
  const sorted = [...byName.entries()].sort((a, b) => compareNames(a[0], b[0]));
  const entries: TarEntry[] = [
    { ...ROOT_OWNER, name: './', type: 'dir', mode: 0o755, mtime: spec.buildTime, size: 0 },
  ];
  const conffiles = new Set<number>();
  const conffileList: string[] = [];
  let installedSize = 0;
  for (const [, { entry, file }] of sorted) {
    if (file?.config && entry.type === 'file') {
      conffiles.add(entries.length);
      conffileList.push(file.dst);
    }
    installedSize += entry.type === 'file' ? Math.ceil(entry.size / 1024) : 1;
    entries.push(entry);
  }
  return { entries, conffiles, conffileList, installedSize };
}

/** The control file text (fields in dpkg's order). */
export function controlText(spec: PackageSpec, installedSize: number): string {
  const fields: Array<[string, string | undefined]> = [
    ['Package', spec.name],
    ['Version', debFullVersion(spec)],
    ['Architecture', spec.arch],
    ['Maintainer', spec.maintainer],
    ['Installed-Size', String(installedSize)],
    ['Pre-Depends', spec.predepends.join(', ')],
    ['Depends', spec.depends.join(', ')],
    ['Recommends', spec.recommends.join(', ')],
    ['Suggests', spec.suggests.join(', ')],
    ['Conflicts', spec.conflicts.join(', ')],
    ['Breaks', spec.breaks.join(', ')],
    ['Replaces', spec.replaces.join(', ')],
    ['Provides', spec.provides.join(', ')],
    ['Section', spec.section],
    ['Priority', spec.priority],
    ['Homepage', spec.homepage],
  ];
  const extra = spec.extra.fields;
  if (extra && typeof extra === 'object') {
    for (const [k, v] of Object.entries(extra as Record<string, unknown>)) {
      if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(k))
        throw new DistroError(`deb.fields: '${k}' is not a control field name`);
      fields.push([k, String(v).replace(/\n/g, ' ')]);
    }
  }
  const lines = fields.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}: ${v}`);
  const summary = spec.summary.replace(/\s+/g, ' ').trim();
  const rest = spec.description.replace(/\r\n/g, '\n').split('\n');
  // the description's first line is the summary; the rest is the extended description
  const extended =
    rest[0]?.trim() === summary || rest[0]?.trim() === spec.summary.trim() ? rest.slice(1) : rest;
  const ext = extended
    .join('\n')
    .replace(/^\s*\n/, '')
    .trimEnd();
  lines.push(`Description: ${summary}${ext ? `\n${foldLines(ext)}` : ''}`);
  return `${lines.join('\n')}\n`;
}

function controlEntries(
  spec: PackageSpec,
  installedSize: number,
  md5sums: string,
  conffiles: string[],
): TarEntry[] {
  const t = spec.buildTime;
  const file = (name: string, text: string, mode = 0o644): TarEntry => {
    const data = Buffer.from(text);
    return { ...ROOT_OWNER, name: `./${name}`, type: 'file', mode, mtime: t, size: data.length, data };
  };
  const list: TarEntry[] = [file('control', controlText(spec, installedSize))];
  if (conffiles.length) list.push(file('conffiles', conffiles.map((c) => `${c}\n`).join('')));
  if (md5sums) list.push(file('md5sums', md5sums));
  const scripts: Array<[string, string | undefined]> = [
    ['postinst', spec.scripts.postinstall],
    ['postrm', spec.scripts.postremove],
    ['preinst', spec.scripts.preinstall],
    ['prerm', spec.scripts.preremove],
  ];
  for (const [n, s] of scripts) if (s) list.push(file(n, s, 0o755));
  if (spec.triggers) list.push(file('triggers', spec.triggers));
  list.sort((a, b) => compareNames(a.name, b.name));
  return [{ ...ROOT_OWNER, name: './', type: 'dir', mode: 0o755, mtime: t, size: 0 }, ...list];
}
