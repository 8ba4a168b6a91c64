/**
 * rpm 4.x binary packages, written natively: lead, signature header (sizes, SHA1 and SHA256 of
 * the header), header (metadata, file lists, dependencies, scripts, changelog, payload digest),
 * and a `newc` cpio payload compressed with gzip, xz or zstd (or none).
 *
 * Streaming: the payload is written first to a temporary beside `out` (src/atomic.ts) — cpio bytes go through the
 * compressor while each file's SHA-256 (FILEDIGESTS) and the compressed payload's SHA-256
 * (PAYLOADDIGEST) are computed — then the header is built, and lead + signature + header + the
 * payload file are written to another, renamed to `out`. Every source file is read
 * once, in pooled chunks with backpressure; temporary files are removed on success and failure.
 *
 * Reproducible: files sorted by path (byte order), fixed BUILDHOST, BUILDTIME = spec.buildTime,
 * mtimes from the spec, inode numbers 1..n, uid/gid 0 in the cpio (names in the header), gzip
 * with MTIME 0 and OS byte 3.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { tempPath } from '../../atomic.js';
import { DistroError } from '../../errors.js';
import type { ProgressSink } from '../../progress.js';
import {
  BufferPool,
  COPY_CHUNK,
  drained,
  Output,
  readChunks,
  SourceReader,
  together,
} from '../archive/io.js';
import { compressor } from '../archive/tar.js';
import { XZ_MAX_PRESET, xzSlot } from '../archive/xz.js';
import type { PackageSpec, PkgFile } from '../pkg/types.js';
import { cpioHeader, cpioPad, CPIO_TRAILER } from './cpio.js';
import { type Dep, normaliseDeps, parseDep, SENSE } from './deps.js';
import { withOwnedParents } from './dirs.js';
import { HEADER_IMMUTABLE, HEADER_SIGNATURES, HeaderBuilder, lead, padTo8 } from './header.js';
import { FILEFLAG, TAG, SIGTAG } from './tags.js';

export { parseDep } from './deps.js';

export interface RpmResult {
  size: number;
  sha256: string;
}

export interface WriteRpmOptions {
  /** Compression level on the compressor's scale (gzip 1–9, xz 0–7, zstd 1–22). */
  level?: number;
  /** Compression threads (default: every core); the bytes are the same for any number. */
  threads?: number;
  /** Told the bytes of the files as they are read (src/progress.ts). */
  progress?: ProgressSink;
}

/** Default levels: gzip and xz as their tools, zstd 3 (rpm's own default is 19: much slower). */
export const RPM_DEFAULT_LEVELS = { gzip: 6, xz: 6, zstd: 3, none: 0 } as const;
const LEVELS = { gzip: [1, 9], xz: [0, XZ_MAX_PRESET], zstd: [1, 22], none: [0, 0] } as const;

/** BUILDHOST recorded in every package (the real host name would break reproducibility). */
export const RPM_BUILDHOST = 'distro-actions';

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const MAX32 = 0xffffffff;

/** rpmbuild's `%{_isa}` suffix per architecture (`name(x86-64)`). */
const ISA: Record<string, string> = {
  x86_64: 'x86-64',
  i686: 'x86-32',
  i586: 'x86-32',
  i386: 'x86-32',
  aarch64: 'aarch-64',
  armv7hl: 'arm-32',
  armv7l: 'arm-32',
  ppc64le: 'ppc-64',
  ppc64: 'ppc-64',
  s390x: 's390-64',
  riscv64: 'riscv-64',
  loongarch64: 'loongarch-64',
};

/** The file name rpm tools expect: `{name}-{version}-{release}.{arch}.rpm`. */
export function rpmFileName(spec: Pick<PackageSpec, 'name' | 'version' | 'release' | 'arch'>): string {
  return `${spec.name}-${spec.version}-${spec.release}.${spec.arch}.rpm`;
}

function fail(msg: string, key?: string): never {
  throw new DistroError(`rpm: ${msg}`, key ? { key } : {});
}

function byteCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function validate(spec: PackageSpec): void {
  if (!/^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/.test(spec.name))
    fail(`package name '${spec.name}' may contain only letters, digits and . _ + -`, 'name');
  if (!/^[A-Za-z0-9][A-Za-z0-9._+~^]*$/.test(spec.version))
    fail(`version '${spec.version}' may contain only letters, digits and . _ + ~ ^ (no '-')`, 'version');
  if (!/^[A-Za-z0-9._+~^]+$/.test(spec.release))
    fail(`release '${spec.release}' may contain only letters, digits and . _ + ~ ^`, 'release');
  if (spec.epoch !== undefined && spec.epoch !== '' && !/^\d+$/.test(spec.epoch))
    fail(`epoch '${spec.epoch}' is not a number`, 'epoch');
  if (!/^[A-Za-z0-9_]+$/.test(spec.arch)) fail(`architecture '${spec.arch}' is not an rpm arch name`, 'arch');
  if (!Number.isInteger(spec.buildTime) || spec.buildTime < 0 || spec.buildTime > MAX32)
    fail(`build time ${String(spec.buildTime)} is not whole seconds since 1970 (SOURCE_DATE_EPOCH)`);
  const seen = new Set<string>();
  for (const f of spec.files) {
    const key = `contents (dst: ${f.dst})`;
    if (
      !f.dst.startsWith('/') ||
      f.dst === '/' ||
      f.dst.endsWith('/') ||
      f.dst
        .split('/')
        .slice(1)
        .some((p) => p === '' || p === '.' || p === '..')
    )
      fail(`'${f.dst}' is not a normalised absolute path`, key);
    if (seen.has(f.dst)) fail(`two contents entries install '${f.dst}'`, key);
    seen.add(f.dst);
    if (f.type === 'symlink' && !f.linkname) fail(`symlink '${f.dst}' has no target`, key);
    if (f.type === 'file' && !f.ghost && !f.source) fail(`file '${f.dst}' has no source`, key);
    if (!Number.isInteger(f.mode) || f.mode < 0 || f.mode > 0o7777)
      fail(`mode of '${f.dst}' is not valid`, key);
    if (f.type === 'file' && f.size > MAX32)
      fail(`'${f.dst}' is larger than 4 GiB, which this rpm writer does not support`, key);
    if (!Number.isInteger(f.mtime) || f.mtime < 0 || f.mtime > MAX32)
      fail(`mtime of '${f.dst}' is not valid`, key);
  }
}

interface Script {
  tag: number;
  progTag: number;
  sense: number;
  text: string;
}

/** `#!/bin/bash -e` → ['/bin/bash', '-e']; no shebang → /bin/sh. */
function interpreter(text: string): string[] {
  const m = /^#!\s*(.+)/.exec(text);
  if (!m) return ['/bin/sh'];
  return m[1]!.trim().split(/\s+/);
}

function evr(spec: PackageSpec): string {
  return `${spec.epoch ? `${spec.epoch}:` : ''}${spec.version}-${spec.release}`;
}

function deps(list: readonly string[], field: string, extraFlags = 0): Dep[] {
  return list.map((d, i) => {
    const dep = parseDep(d, `${field}[${i}]`);
    return { ...dep, flags: dep.flags | extraFlags };
  });
}

function putDeps(h: HeaderBuilder, list: Dep[], nameTag: number, flagsTag: number, versionTag: number): void {
  if (!list.length) return;
  h.strings(
    nameTag,
    list.map((d) => d.name),
  );
  h.int32(
    flagsTag,
    list.map((d) => d.flags),
  );
  h.strings(
    versionTag,
    list.map((d) => d.version),
  );
}

const rpmlib = (name: string, version: string): Dep => ({
  name: `rpmlib(${name})`,
  flags: SENSE.RPMLIB | SENSE.LESS | SENSE.EQUAL,
  version,
});

/** Writes `spec` as an rpm package at `out` (atomically) and returns its size and SHA-256. */
export async function writeRpm(
  out: string,
  spec: PackageSpec,
  opts: WriteRpmOptions = {},
): Promise<RpmResult> {
  validate(spec);
  const compression = spec.compression;
  if (!(compression in LEVELS))
    fail(`unknown compression '${String(compression)}'; use gzip, xz, zstd or none`, 'compression');
  const level = opts.level ?? RPM_DEFAULT_LEVELS[compression];
  const [lo, hi] = LEVELS[compression];
  if (!Number.isInteger(level) || level < lo || level > hi)
    fail(
      `${compression} compression level must be a whole number from ${lo} to ${hi}, got ${String(level)}`,
      'compression',
    );

  // The package owns the directories it creates (Fedora guidelines), so `rpm -e` removes them.
  const files = withOwnedParents(spec.files, spec.buildTime).sort((a, b) => byteCompare(a.dst, b.dst));
  // Parse everything that can fail before writing anything.
  const requires = [
    ...deps(spec.depends, 'depends'),
    ...deps(spec.predepends, 'predepends', SENSE.SCRIPT_PRE),
  ];
  const provides = deps(spec.provides, 'provides');
  const conflicts = [...deps(spec.conflicts, 'conflicts'), ...deps(spec.breaks, 'breaks')];
  const obsoletes = deps(spec.replaces, 'replaces');
  const recommends = deps(spec.recommends, 'recommends');
  const suggests = deps(spec.suggests, 'suggests');

  const target = path.resolve(out);
  await mkdir(path.dirname(target), { recursive: true });
  const payloadTmp = tempPath(target, '.payload');
  const tmp = tempPath(target);
  try {
    opts.progress?.expect(files.reduce((n, f) => n + (f.type === 'file' && !f.ghost ? f.size : 0), 0));
    const payload = await writePayload(payloadTmp, files, compression, level, opts.threads, opts.progress);
    const header = buildHeader(
      spec,
      files,
      payload,
      { requires, provides, conflicts, obsoletes, recommends, suggests },
      level,
    );
    const sig = signature(header, payload);
    const output = new Output(tmp);
    try {
      await output.put(lead(`${spec.name}-${spec.version}-${spec.release}`, spec.arch));
      await output.put(sig);
      await output.put(header);
      // pooled reads: fresh buffers would pile up as garbage (io.ts)
      const pool = new BufferPool(COPY_CHUNK, 4);
      const read = { source: payloadTmp, size: payload.size, name: 'payload' };
      for await (const chunk of readChunks(read, pool)) await output.put(chunk, pool.releaser(chunk));
      await output.finish();
    } catch (err) {
      await output.abandon();
      throw err;
    }
    await rename(tmp, target);
    return { size: output.size, sha256: output.digest() };
  } finally {
    await rm(payloadTmp, { force: true });
    await rm(tmp, { force: true });
  }
}

interface Payload {
  /** Per file (same order as `files`): SHA-256 hex of regular files, '' otherwise. */
  digests: string[];
  /** Uncompressed cpio size. */
  archiveSize: number;
  /** Compressed size and SHA-256. */
  size: number;
  sha256: string;
}

async function writePayload(
  file: string,
  files: readonly PkgFile[],
  compression: PackageSpec['compression'],
  level: number,
  threads: number | undefined,
  progress: ProgressSink | undefined,
): Promise<Payload> {
  const release = compression === 'xz' ? await xzSlot() : undefined;
  try {
    const output = new Output(file);
    let comp: { input: Writable; output: Readable } | undefined;
    try {
      if (compression === 'none') {
        comp = undefined;
      } else {
        comp = await compressor(
          compression === 'gzip' ? 'tar.gz' : compression === 'xz' ? 'tar.xz' : 'tar.zst',
          level,
          threads,
        );
        comp.output.on('error', () => {});
      }
      const pool = new BufferPool();
      if (progress) pool.onRead = (n) => progress.add(n);
      progress?.setNext?.('the header, then the .rpm is assembled');
      const inPayload = files.filter((f) => !f.ghost);
      const regular = inPayload.filter((f) => f.type === 'file');
      const reader = new SourceReader(
        regular.map((f) => ({ source: f.source!, size: f.size, name: f.dst })),
        pool,
      );
      const digests = files.map(() => '');
      let archiveSize = 0;
      const sink = comp?.input;
      const write = async (chunk: Buffer, cb?: (err?: Error | null) => void) => {
        archiveSize += chunk.length;
        if (sink) {
          if (!sink.write(chunk, cb)) await drained(sink);
        } else {
          await output.put(chunk, cb);
        }
      };
      const feed = async () => {
        let fileIndex = 0;
        for (let i = 0; i < files.length; i++) {
          const f = files[i]!;
          if (f.ghost) continue;
          const ino = i + 1;
          if (f.type === 'dir') {
            await write(
              cpioHeader(`.${f.dst}`, { ino, mode: S_IFDIR | f.mode, nlink: 2, mtime: f.mtime, size: 0 }),
            );
          } else if (f.type === 'symlink') {
            const target = Buffer.from(f.linkname!, 'utf8');
            await write(
              cpioHeader(`.${f.dst}`, {
                ino,
                mode: S_IFLNK | 0o777,
                nlink: 1,
                mtime: f.mtime,
                size: target.length,
              }),
            );
            await write(Buffer.concat([target, cpioPad(target.length)]));
          } else {
            await write(
              cpioHeader(`.${f.dst}`, {
                ino,
                mode: S_IFREG | f.mode,
                nlink: 1,
                mtime: f.mtime,
                size: f.size,
              }),
            );
            const hash = createHash('sha256');
            for await (const chunk of reader.chunks(fileIndex++)) {
              hash.update(chunk);
              await write(chunk, pool.releaser(chunk));
            }
            digests[i] = hash.digest('hex');
            const pad = cpioPad(f.size);
            if (pad.length) await write(pad);
          }
        }
        await write(CPIO_TRAILER);
        if (sink) sink.end();
      };
      try {
        const tasks: Promise<unknown>[] = [feed()];
        if (comp) tasks.push(output.pipeFrom(comp.output));
        await together(tasks, (err) => {
          comp?.input.destroy(err);
          comp?.output.destroy(err);
          output.ws.destroy(err);
        });
      } finally {
        await reader.close();
      }
      await output.finish();
      return { digests, archiveSize, size: output.size, sha256: output.digest() };
    } catch (err) {
      await output.abandon();
      throw err;
    }
  } finally {
    release?.();
  }
}

interface DepLists {
  requires: Dep[];
  provides: Dep[];
  conflicts: Dep[];
  obsoletes: Dep[];
  recommends: Dep[];
  suggests: Dep[];
}

function buildHeader(
  spec: PackageSpec,
  files: readonly PkgFile[],
  payload: Payload,
  d: DepLists,
  level: number,
): Buffer {
  const h = new HeaderBuilder();
  const full = evr(spec);
  h.strings(TAG.HEADERI18NTABLE, ['C']);
  h.string(TAG.NAME, spec.name);
  h.string(TAG.VERSION, spec.version);
  h.string(TAG.RELEASE, spec.release);
  if (spec.epoch) h.int32(TAG.EPOCH, [Number(spec.epoch)]);
  h.i18n(TAG.SUMMARY, spec.summary.split('\n')[0]!.trim() || spec.name);
  h.i18n(TAG.DESCRIPTION, spec.description.trim() || spec.summary);
  h.int32(TAG.BUILDTIME, [spec.buildTime]);
  h.string(TAG.BUILDHOST, RPM_BUILDHOST);
  const installed = files.reduce(
    (n, f) => n + (f.type === 'file' ? f.size : f.type === 'symlink' ? Buffer.byteLength(f.linkname!) : 0),
    0,
  );
  if (installed > MAX32) h.int64(TAG.LONGSIZE, [BigInt(installed)]);
  else h.int32(TAG.SIZE, [installed]);
  if (spec.vendor) h.string(TAG.VENDOR, spec.vendor);
  h.string(TAG.LICENSE, spec.license || 'Unknown');
  if (spec.maintainer) h.string(TAG.PACKAGER, spec.maintainer);
  h.i18n(TAG.GROUP, spec.group || 'Unspecified');
  if (spec.homepage) h.string(TAG.URL, spec.homepage);
  h.string(TAG.OS, 'linux');
  h.string(TAG.ARCH, spec.arch);

  // scripts
  const scripts: Script[] = [];
  const add = (text: string | undefined, tag: number, progTag: number, sense: number) => {
    if (text !== undefined && text !== '') scripts.push({ tag, progTag, sense, text });
  };
  add(spec.scripts.preinstall, TAG.PREIN, TAG.PREINPROG, SENSE.SCRIPT_PRE);
  add(spec.scripts.postinstall, TAG.POSTIN, TAG.POSTINPROG, SENSE.SCRIPT_POST);
  add(spec.scripts.preremove, TAG.PREUN, TAG.PREUNPROG, SENSE.SCRIPT_PREUN);
  add(spec.scripts.postremove, TAG.POSTUN, TAG.POSTUNPROG, SENSE.SCRIPT_POSTUN);
  add(spec.scripts.pretrans, TAG.PRETRANS, TAG.PRETRANSPROG, SENSE.PRETRANS);
  add(spec.scripts.posttrans, TAG.POSTTRANS, TAG.POSTTRANSPROG, SENSE.POSTTRANS);
  const interpDeps: Dep[] = [];
  for (const s of scripts) {
    const prog = interpreter(s.text);
    h.string(s.tag, s.text);
    h.strings(s.progTag, prog);
    interpDeps.push({ name: prog[0]!, flags: SENSE.INTERP | s.sense, version: '' });
  }

  // files
  if (files.length) {
    const dirnames: string[] = [];
    const dirIndex = new Map<string, number>();
    const basenames: string[] = [];
    const dirindexes: number[] = [];
    for (const f of files) {
      const slash = f.dst.lastIndexOf('/');
      const dir = f.dst.slice(0, slash + 1);
      let di = dirIndex.get(dir);
      if (di === undefined) {
        di = dirnames.length;
        dirnames.push(dir);
        dirIndex.set(dir, di);
      }
      dirindexes.push(di);
      basenames.push(f.dst.slice(slash + 1));
    }
    const sizeOf = (f: PkgFile) =>
      f.type === 'file' ? f.size : f.type === 'symlink' ? Buffer.byteLength(f.linkname!) : 0;
    h.int32(TAG.FILESIZES, files.map(sizeOf));
    h.int16(
      TAG.FILEMODES,
      files.map((f) =>
        f.type === 'dir' ? S_IFDIR | f.mode : f.type === 'symlink' ? S_IFLNK | 0o777 : S_IFREG | f.mode,
      ),
    );
    h.int16(
      TAG.FILERDEVS,
      files.map(() => 0),
    );
    h.int32(
      TAG.FILEMTIMES,
      files.map((f) => f.mtime),
    );
    h.strings(TAG.FILEDIGESTS, payload.digests);
    h.strings(
      TAG.FILELINKTOS,
      files.map((f) => (f.type === 'symlink' ? f.linkname! : '')),
    );
    h.int32(
      TAG.FILEFLAGS,
      files.map(
        (f) =>
          (f.config || f.noreplace ? FILEFLAG.config : 0) |
          (f.noreplace ? FILEFLAG.noreplace : 0) |
          (f.doc ? FILEFLAG.doc : 0) |
          (f.license ? FILEFLAG.license : 0) |
          (f.ghost ? FILEFLAG.ghost : 0),
      ),
    );
    h.strings(
      TAG.FILEUSERNAME,
      files.map((f) => f.owner || 'root'),
    );
    h.strings(
      TAG.FILEGROUPNAME,
      files.map((f) => f.group || 'root'),
    );
    // ghosts: nothing to verify but owner, group and mode (as rpmbuild does)
    h.int32(
      TAG.FILEVERIFYFLAGS,
      files.map((f) => (f.ghost ? ~(1 | 2 | 4 | 32) : -1)),
    );
    h.int32(
      TAG.FILEDEVICES,
      files.map(() => 1),
    );
    h.int32(
      TAG.FILEINODES,
      files.map((_, i) => i + 1),
    );
    h.strings(
      TAG.FILELANGS,
      files.map(() => ''),
    );
    h.int32(TAG.DIRINDEXES, dirindexes);
    h.strings(TAG.BASENAMES, basenames);
    h.strings(TAG.DIRNAMES, dirnames);
    h.int32(TAG.FILEDIGESTALGO, [8]);
  }

  // dependencies
  const provides: Dep[] = [...d.provides, { name: spec.name, flags: SENSE.EQUAL, version: full }];
  const isa = ISA[spec.arch];
  if (isa) provides.push({ name: `${spec.name}(${isa})`, flags: SENSE.EQUAL, version: full });
  if (files.some((f) => f.config || f.noreplace))
    provides.push({ name: `config(${spec.name})`, flags: SENSE.EQUAL, version: full });
  const allDeps = [
    ...d.requires,
    ...d.conflicts,
    ...d.obsoletes,
    ...d.recommends,
    ...d.suggests,
    ...provides,
  ];
  const requires = [
    ...d.requires,
    ...interpDeps,
    rpmlib('CompressedFileNames', '3.0.4-1'),
    rpmlib('FileDigests', '4.6.0-1'),
    rpmlib('PayloadFilesHavePrefix', '4.0-1'),
  ];
  if (spec.compression === 'xz') requires.push(rpmlib('PayloadIsXz', '5.2-1'));
  if (spec.compression === 'zstd') requires.push(rpmlib('PayloadIsZstd', '5.4.18-1'));
  if (allDeps.some((x) => x.name.startsWith('('))) requires.push(rpmlib('RichDependencies', '4.12.0-1'));
  const versions = [full, ...allDeps.map((x) => x.version)];
  if (versions.some((v) => v.includes('~'))) requires.push(rpmlib('TildeInVersions', '4.10.0-1'));
  if (versions.some((v) => v.includes('^'))) requires.push(rpmlib('CaretInVersions', '4.15.0-1'));
  putDeps(h, normaliseDeps(provides), TAG.PROVIDENAME, TAG.PROVIDEFLAGS, TAG.PROVIDEVERSION);
  putDeps(h, normaliseDeps(requires, true), TAG.REQUIRENAME, TAG.REQUIREFLAGS, TAG.REQUIREVERSION);
  putDeps(h, normaliseDeps(d.conflicts), TAG.CONFLICTNAME, TAG.CONFLICTFLAGS, TAG.CONFLICTVERSION);
  putDeps(h, normaliseDeps(d.obsoletes), TAG.OBSOLETENAME, TAG.OBSOLETEFLAGS, TAG.OBSOLETEVERSION);
  putDeps(h, normaliseDeps(d.recommends), TAG.RECOMMENDNAME, TAG.RECOMMENDFLAGS, TAG.RECOMMENDVERSION);
  putDeps(h, normaliseDeps(d.suggests), TAG.SUGGESTNAME, TAG.SUGGESTFLAGS, TAG.SUGGESTVERSION);

  // changelog (newest first, as rpm keeps it)
  if (spec.changelog.length) {
    h.int32(
      TAG.CHANGELOGTIME,
      spec.changelog.map((c) => c.date),
    );
    h.strings(
      TAG.CHANGELOGNAME,
      spec.changelog.map((c) => `${c.author} - ${c.version}`),
    );
    h.strings(
      TAG.CHANGELOGTEXT,
      spec.changelog.map((c) => {
        const t = c.text.trim();
        return t.startsWith('-') ? t : `- ${t}`;
      }),
    );
  }

  h.string(TAG.RPMVERSION, '4.18.0');
  h.string(TAG.SOURCERPM, `${spec.name}-${spec.version}-${spec.release}.src.rpm`);
  h.string(TAG.OPTFLAGS, '');
  h.string(TAG.PAYLOADFORMAT, 'cpio');
  h.string(TAG.PAYLOADCOMPRESSOR, spec.compression === 'none' ? 'identity' : spec.compression);
  h.string(TAG.PAYLOADFLAGS, String(level));
  h.string(TAG.PLATFORM, `${spec.arch}-unknown-linux`);
  h.string(TAG.ENCODING, 'utf-8');
  h.strings(TAG.PAYLOADDIGEST, [payload.sha256]);
  h.int32(TAG.PAYLOADDIGESTALGO, [8]);
  return h.build(HEADER_IMMUTABLE);
}

function signature(header: Buffer, payload: Payload): Buffer {
  const s = new HeaderBuilder();
  s.string(SIGTAG.SHA1, createHash('sha1').update(header).digest('hex'));
  s.string(SIGTAG.SHA256, createHash('sha256').update(header).digest('hex'));
  const total = header.length + payload.size;
  if (total > MAX32) s.int64(SIGTAG.LONGSIZE, [BigInt(total)]);
  else s.int32(SIGTAG.SIZE, [total]);
  if (payload.archiveSize > MAX32) s.int64(SIGTAG.LONGARCHIVESIZE, [BigInt(payload.archiveSize)]);
  else s.int32(SIGTAG.PAYLOADSIZE, [payload.archiveSize]);
  return padTo8(s.build(HEADER_SIGNATURES));
}
