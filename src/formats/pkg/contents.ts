/**
 * `contents` → the files of a package (nfpm semantics): files (`src` relative to the project, or
 * the name of a built binary of this target, which wins), globs (dst is a directory), `tree`,
 * `dir`, `symlink` (src is the link target), `config`, `config|noreplace`, `doc`, `ghost`,
 * `license`, `readme`, limited by `packager:`; `file_info` sets mode/owner/group/mtime. Defaults:
 * files 0755 when executable else 0644, dirs 0755, root:root, mtime SOURCE_DATE_EPOCH. Parent
 * directories are not listed here: each format decides which it owns.
 */
import { readFileSync } from 'node:fs';
import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentEntry, DistroConfig, LoadedConfig } from '../../config/types.js';
import { DistroError, type ErrorLocation, locationPrefix } from '../../errors.js';
import { resolveInside } from '../../paths.js';
import type { Resolving } from './context.js';
import { globContents } from './glob.js';
import type { PkgFile } from './types.js';

/** The files by dst, each with the config key that put it there (for the duplicate error). */
export type FileMap = Map<string, PkgFile & { key: string }>;

/** What one contents entry gives every file it adds. */
interface EntryInfo {
  key: string;
  type: string;
  dst: string;
  mode?: number;
  owner: string;
  group: string;
  mtime: number;
  flags: Partial<PkgFile>;
}

const FILE_TYPES = ['', 'config', 'config|noreplace', 'config|missingok', 'doc', 'readme', 'license', 'tree'];

export async function resolveContents(r: Resolving): Promise<FileMap> {
  const files: FileMap = new Map();
  const add = (f: PkgFile, key: string) => {
    const prev = files.get(f.dst);
    if (prev) {
      if (prev.type === 'dir' && f.type === 'dir') return;
      r.fail(`${key}.dst`, `'${f.dst}' is also the destination of ${prev.key}; each dst may appear once.`);
    }
    files.set(f.dst, { ...f, key });
  };
  const entries = (r.c.contents ?? []) as ContentEntry[];
  for (const [i, e] of entries.entries()) {
    const key = `${r.keyOf('contents')}[${i}]`;
    if (
      e.packager &&
      !String(e.packager)
        .split(',')
        .map((s) => s.trim())
        .includes(r.format.name)
    )
      continue;
    const info = entryInfo(r, e, key);
    for (const f of await entryFiles(r, e, info)) add(f, key);
  }
  return files;
}

function entryInfo(r: Resolving, e: ContentEntry, key: string): EntryInfo {
  const rawType = String(e.type ?? '').trim();
  const type = rawType === 'file' ? '' : rawType === 'licence' ? 'license' : rawType;
  const dst = normDst(e.dst, (why) => r.fail(`${key}.dst`, why));
  const info = e.file_info ?? {};
  let mtime = r.o.sourceDateEpoch;
  if (info.mtime !== undefined) {
    const t = Date.parse(String(info.mtime));
    if (Number.isNaN(t))
      r.fail(
        `${key}.file_info.mtime`,
        `'${String(info.mtime)}' is not a date; write e.g. 2024-01-31T12:00:00Z.`,
      );
    mtime = Math.floor(t / 1000);
  }
  const m = info.mode;
  if (
    m !== undefined &&
    (!Number.isInteger(m) || m < 0 || m > 0o7777 || !octalSource(r.o.loaded, `${key}.file_info.mode`))
  )
    r.fail(`${key}.file_info.mode`, `'${String(m)}' is not an octal file mode; write e.g. 0644 or 04755.`);
  const flags = {
    config: type.startsWith('config') ? true : undefined,
    missingok: type === 'config|missingok' ? true : undefined,
    noreplace: type === 'config|noreplace' ? true : undefined,
    doc: type === 'doc' || type === 'readme' ? true : undefined,
    license: type === 'license' ? true : undefined,
  };
  const owner = info.owner ?? 'root';
  const group = info.group ?? 'root';
  return { key, type, dst, mode: m, owner, group, mtime, flags };
}

/** The files one entry adds, in order. */
async function entryFiles(r: Resolving, e: ContentEntry, x: EntryInfo): Promise<PkgFile[]> {
  const { key, type, dst, owner, group, mtime } = x;
  const meta = { owner, group, mtime, size: 0 };
  if (type === 'dir') return [{ dst, type: 'dir', mode: x.mode ?? 0o755, ...meta }];
  if (type === 'symlink') {
    if (!e.src) r.fail(`${key}.src`, 'a symlink needs src: the link target.');
    return [{ dst, type: 'symlink', linkname: String(e.src), mode: 0o777, ...meta }];
  }
  if (type === 'ghost') return [{ dst, type: 'file', mode: x.mode ?? 0o644, ...meta, ghost: true }];
  if (!FILE_TYPES.includes(type))
    r.fail(
      `${key}.type`,
      `unknown type '${type}'; use config, config|noreplace, doc, dir, symlink, ghost, tree, license or leave it out.`,
    );
  if (!e.src)
    r.fail(
      `${key}.src`,
      'is missing: give the file to install (relative to the project, or a built binary name).',
    );
  const src = String(e.src);
  if (type === 'tree') return treeFiles(r, src, x);
  const built = r.o.binaries.find((b) => b.name === src);
  if (built) return [await fileOf(built.file, dst, x)];
  return globFiles(r, src, String(e.dst).endsWith('/'), x);
}

/** A regular file: mode from file_info, else 0755 when executable, else 0644. */
async function fileOf(abs: string, dst: string, x: EntryInfo): Promise<PkgFile> {
  const st = await stat(abs);
  const f: PkgFile = {
    dst,
    type: 'file',
    source: abs,
    mode: x.mode ?? (st.mode & 0o111 ? 0o755 : 0o644),
    owner: x.owner,
    group: x.group,
    mtime: x.mtime,
    size: st.size,
    ...x.flags,
  };
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as PkgFile;
}

const linkOf = (dst: string, linkname: string, x: EntryInfo): PkgFile => ({
  dst,
  type: 'symlink',
  linkname,
  mode: 0o777,
  owner: x.owner,
  group: x.group,
  mtime: x.mtime,
  size: 0,
});

const dirOf = (dst: string, x: EntryInfo): PkgFile => ({
  dst,
  type: 'dir',
  mode: 0o755,
  owner: x.owner,
  group: x.group,
  mtime: x.mtime,
  size: 0,
});

/** nfpm globs every file src: a plain path is a glob without matchers, a directory its files. */
async function globFiles(r: Resolving, src: string, dirDst: boolean, x: EntryInfo): Promise<PkgFile[]> {
  const { projectDir } = r.o;
  const res = await globContents(projectDir, src, x.dst, dirDst, {
    literal: r.c.disable_globbing === true,
    check: (k) => resolveInside(projectDir, k, r.loc(`${x.key}.src`)),
  });
  if (!res.ok) {
    const hint = r.o.binaries.length
      ? ` nor a built binary (${r.o.binaries.map((b) => b.name).join(', ')})`
      : '';
    r.fail(
      `${x.key}.src`,
      res.reason === 'missing'
        ? `'${src}' does not exist in ${projectDir}${hint}; fix the path or build it first.`
        : res.reason === 'no-match'
          ? `the glob '${src}' matches no file in ${projectDir}${hint}; fix the pattern, or set disable_globbing: true to take it literally.`
          : res.reason === 'unreadable'
            ? `cannot read what '${src}' names (${res.message}); check the permissions of those files and directories.`
            : `'${src}' is not a valid glob (${res.message}); escape [ ] { } * ? with \\, or set disable_globbing: true.`,
    );
  }
  const out: PkgFile[] = [];
  for (const m of res.ok ? res.matches : [])
    out.push(m.link === undefined ? await fileOf(m.abs, m.dst, x) : linkOf(m.dst, m.link, x));
  return out;
}

/** type: tree — a directory copied whole, modes from the files unless file_info.mode. */
async function treeFiles(r: Resolving, src: string, x: EntryInfo): Promise<PkgFile[]> {
  const { projectDir } = r.o;
  const abs = resolveInside(projectDir, src, r.loc(`${x.key}.src`));
  const st = await stat(abs).catch(() =>
    r.fail(`${x.key}.src`, `'${src}' does not exist in ${projectDir}; fix the path.`),
  );
  if (!st.isDirectory())
    r.fail(`${x.key}.src`, `'${src}' is not a directory (type: tree copies a directory).`);
  const out: PkgFile[] = [dirOf(x.dst, x)];
  for (const m of await walk(abs)) {
    const d = path.posix.join(x.dst, m.rel);
    if (m.dir) out.push(dirOf(d, x));
    else if (m.link !== undefined) out.push(linkOf(d, m.link, x));
    else {
      const f = await fileOf(m.abs, d, x);
      if (x.mode === undefined) f.mode = m.mode & 0o111 ? 0o755 : 0o644;
      out.push(f);
    }
  }
  return out;
}

interface Walked {
  abs: string;
  rel: string;
  dir: boolean;
  link?: string;
  mode: number;
}

async function walk(root: string, rel = ''): Promise<Walked[]> {
  const out: Walked[] = [];
  const names = (await readdir(path.join(root, rel))).sort();
  for (const n of names) {
    const r = rel ? `${rel}/${n}` : n;
    const abs = path.join(root, r);
    const st = await lstat(abs);
    if (st.isSymbolicLink()) {
      out.push({ abs, rel: r, dir: false, link: await readlink(abs), mode: 0o777 });
    } else if (st.isDirectory()) {
      out.push({ abs, rel: r, dir: true, mode: 0o755 });
      out.push(...(await walk(root, r)));
    } else if (st.isFile()) out.push({ abs, rel: r, dir: false, mode: st.mode });
  }
  return out;
}

/**
 * False when the config text spells a mode with a leading 0 and a digit 8 or 9 (`0899`): YAML reads
 * that as a decimal number, which is never what a file mode means.
 */
function octalSource(loaded: LoadedConfig, key: string): boolean {
  const line = loaded.lineOf(key.replace(/\[(\d+)\]/g, '.$1'));
  if (!loaded.file || line === undefined) return true;
  let text: string | undefined;
  try {
    text = readFileSync(loaded.file, 'utf8').split('\n')[line - 1];
  } catch {
    return true;
  }
  const m = /\bmode\s*:\s*["']?([0-9A-Za-z]+)/.exec(text ?? '');
  return !m || !/^0[0-9]*[89]/.test(m[1]!);
}

/** Why `raw` is not an install path (absolute, no `..` segment), or undefined when it is one. */
function dstProblem(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.includes('\0'))
    return `'${String(raw)}' is not an absolute path; write it as /usr/bin/… (dst is the install path).`;
  if (raw.split('/').includes('..'))
    return `'${raw}' has a '..' segment, so the file would install somewhere other than the path reads; write the install path without '..'.`;
  return undefined;
}

function normDst(raw: unknown, bad: (why: string) => never): string {
  const why = dstProblem(raw);
  if (why) bad(why);
  const n = path.posix.normalize(raw as string).replace(/\/+$/, '');
  if (!n) bad(dstProblem(undefined)!);
  return n;
}

/**
 * Checks every `contents[].dst` the packagers will read (top level and `overrides.<packager>`)
 * before any package or archive is written: a bad one is an error naming its key and line.
 */
export function checkContentsDst(
  config: DistroConfig,
  loaded: LoadedConfig,
  packagers: readonly string[],
): void {
  const lists: Array<[string, unknown]> = [['contents', config.contents]];
  for (const p of packagers) {
    const o = config.overrides?.[p] as Partial<DistroConfig> | undefined;
    lists.push([`overrides.${p}.contents`, o?.contents]);
  }
  for (const [key, list] of lists) {
    if (!Array.isArray(list)) continue;
    (list as ContentEntry[]).forEach((e, i) => {
      const why = dstProblem(e?.dst);
      if (!why) return;
      const k = `${key}[${i}].dst`;
      const where: ErrorLocation = {
        key: k,
        file: loaded.file,
        line: loaded.lineOf(`${key}.${i}.dst`) ?? loaded.lineOf(`${key}.${i}`),
      };
      throw new DistroError(`${locationPrefix(where)}${k}: ${why}`, where);
    });
  }
}
