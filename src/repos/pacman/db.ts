/**
 * The two pacman sync databases as repo-add writes them: `<repo>.db.tar.gz` holds a directory
 * `<name>-<[epoch:]ver-rel>/` per package with its `desc`; `<repo>.files.tar.gz` the same plus a
 * `files` list. `desc` is `%FIELD%` blocks in repo-add's order (db_write_entry), each value on its
 * own line and a blank line after each block; empty fields are left out.
 *
 * Reproducible: directories sorted by name (byte order), every entry owned by 0/0 root, modes 755
 * and 644, mtime `now`; gzip with MTIME 0 and OS byte 3 (as `gzip -n`).
 */
import { gunzipSync } from 'node:zlib';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { DistroError } from '../../errors.js';
import type { PkgFileInfo } from '../../formats/archlinux/read.js';

/** One package of a database: its directory name, `desc` text and (files db) `files` text. */
export interface DbEntry {
  dir: string;
  desc: string;
  files: string;
}

function block(field: string, values: readonly (string | undefined)[]): string {
  const v = values.filter((x): x is string => x !== undefined && x !== '');
  return v.length ? `%${field}%\n${v.join('\n')}\n\n` : '';
}

/** The `desc` of a package file, as repo-add writes it from its .PKGINFO. */
export function descText(fileName: string, pkg: PkgFileInfo, pgpsig?: Uint8Array): string {
  const one = (k: string) => pkg.info.get(k)?.[0];
  const all = (k: string) => pkg.info.get(k) ?? [];
  return [
    block('FILENAME', [fileName]),
    block('NAME', [one('pkgname')]),
    block('BASE', [one('pkgbase')]),
    block('VERSION', [one('pkgver')]),
    block('DESC', [one('pkgdesc')]),
    block('GROUPS', all('group')),
    block('CSIZE', [String(pkg.size)]),
    block('ISIZE', [one('size')]),
    block('MD5SUM', [pkg.md5]),
    block('SHA256SUM', [pkg.sha256]),
    block('PGPSIG', [pgpsig ? Buffer.from(pgpsig).toString('base64') : undefined]),
    block('URL', [one('url')]),
    block('LICENSE', all('license')),
    block('ARCH', [one('arch')]),
    block('BUILDDATE', [one('builddate')]),
    block('PACKAGER', [one('packager')]),
    block('REPLACES', all('replaces')),
    block('CONFLICTS', all('conflict')),
    block('PROVIDES', all('provides')),
    block('DEPENDS', all('depend')),
    block('OPTDEPENDS', all('optdepend')),
    block('MAKEDEPENDS', all('makedepend')),
    block('CHECKDEPENDS', all('checkdepend')),
  ].join('');
}

/** The `files` list of a package. */
export function filesText(pkg: PkgFileInfo): string {
  return `%FILES%\n${pkg.files.map((f) => `${f}\n`).join('')}`;
}

/** One field of a `desc` (the first value), or undefined. */
export function descField(desc: string, field: string): string | undefined {
  const m = new RegExp(`(?:^|\\n)%${field}%\\n([^\\n]*)`).exec(desc);
  return m?.[1];
}

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** A database archive of `entries` (with `files` for the files database), gzip'd. */
export async function writeDb(
  entries: readonly DbEntry[],
  withFiles: boolean,
  mtime: number,
): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    pack.on('end', resolve);
    pack.on('error', reject);
  });
  const common = { uid: 0, gid: 0, uname: 'root', gname: 'root', mtime: new Date(mtime * 1000) };
  for (const e of [...entries].sort((a, b) => byteOrder(a.dir, b.dir))) {
    pack.entry({ ...common, name: `${e.dir}/`, type: 'directory', mode: 0o755 });
    pack.entry({ ...common, name: `${e.dir}/desc`, mode: 0o644 }, e.desc);
    if (withFiles) pack.entry({ ...common, name: `${e.dir}/files`, mode: 0o644 }, e.files);
  }
  pack.finalize();
  await done;
  const gz = zlib.gzipSync(Buffer.concat(chunks), { level: 6 });
  gz[9] = 3;
  return gz;
}

/** The entries of a files database (`desc` and `files` of each package directory). */
export async function readFilesDb(data: Buffer, shown: string): Promise<DbEntry[]> {
  const byDir = new Map<string, DbEntry>();
  const extract = tar.extract();
  const parsed = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const parts: Buffer[] = [];
      stream.on('data', (c: unknown) => parts.push(c as Buffer));
      stream.on('end', () => {
        const m = /^([^/]+)\/(desc|files)$/.exec(header.name);
        if (m) {
          const e = byDir.get(m[1]!) ?? { dir: m[1]!, desc: '', files: '' };
          e[m[2] as 'desc' | 'files'] = Buffer.concat(parts).toString('utf8');
          byDir.set(m[1]!, e);
        }
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  try {
    extract.end(gunzipSync(data));
    await parsed;
  } catch (err) {
    throw new DistroError(
      `archlinux: ${shown} is not a pacman database this publisher can read (${(err as Error).message}); restore it from a backup, or publish into an empty channel.`,
      { key: 'archlinux', file: shown },
    );
  }
  const entries = [...byDir.values()];
  const broken = entries.find((e) => !descField(e.desc, 'FILENAME') || !descField(e.desc, 'NAME'));
  if (broken)
    throw new DistroError(
      `archlinux: ${shown}: the entry '${broken.dir}' has no %FILENAME% or %NAME%; restore the database from a backup, or publish into an empty channel.`,
      { key: 'archlinux', file: shown },
    );
  return entries;
}
