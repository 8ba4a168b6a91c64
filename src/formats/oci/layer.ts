/**
 * The one layer distro-actions adds to an image: a gzip'd POSIX tar of the binaries and contents,
 * written by the archive tar writer, so it is reproducible the same way (sorted names, one mtime,
 * owner 0/0 unless a file says otherwise, gzip MTIME 0 and OS byte 3). The uncompressed bytes are
 * hashed on the way into gzip: that is the layer's diff_id of the image config.
 */
import { createHash } from 'node:crypto';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { tempPath } from '../../atomic.js';
import { DistroError } from '../../errors.js';
import {
  BufferPool,
  compareNames,
  gzipOsByteFix,
  Output,
  TAR_OWNER,
  type TarEntry,
  writeTarEntries,
} from '../archive/index.js';
import { READ_CHUNK } from '../archive/io.js';

/** One file of the image, at its absolute path in the image. */
export interface OciFile {
  path: string;
  type: 'file' | 'dir' | 'symlink';
  /** Regular files: the file on disk. */
  source?: string;
  /** Regular files: its size (from stat). */
  size?: number;
  mode: number;
  linkname?: string;
  uid?: number;
  gid?: number;
}

export interface WrittenLayer {
  /** sha256:… of the gzip'd bytes (the blob). */
  digest: string;
  /** sha256:… of the tar (the config's diff_id). */
  diffId: string;
  size: number;
}

/** The tar entries of `files`: names without the leading `/`, parent directories added (0755). */
export function layerEntries(files: readonly OciFile[], mtime: number): TarEntry[] {
  const byName = new Map<string, TarEntry>();
  const entry = (f: OciFile, name: string): TarEntry => ({
    ...TAR_OWNER,
    uid: f.uid ?? 0,
    gid: f.gid ?? 0,
    name: f.type === 'dir' ? `${name}/` : name,
    type: f.type,
    mode: f.mode & 0o7777,
    mtime,
    size: f.type === 'file' ? (f.size ?? 0) : 0,
    source: f.source,
    linkname: f.linkname,
  });
  for (const f of files) {
    const name = path.posix.normalize(f.path).replace(/^\/+/, '');
    if (!name || name.startsWith('..'))
      throw new DistroError(
        `image path '${f.path}' is not a path inside the image; use an absolute path such as /usr/local/bin/name.`,
      );
    if (byName.has(name) && !(f.type === 'dir' && byName.get(name)!.type === 'dir'))
      throw new DistroError(
        `image path '/${name}' is given twice; each path of the image layer must be unique.`,
      );
    byName.set(name, entry(f, name));
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!byName.has(dir)) byName.set(dir, entry({ path: dir, type: 'dir', mode: 0o755 }, dir));
      else if (byName.get(dir)!.type !== 'dir')
        throw new DistroError(`image path '/${name}': its parent '/${dir}' is not a directory.`);
    }
  }
  return [...byName.entries()].sort(([a], [b]) => compareNames(a, b)).map(([, e]) => e);
}

/** `f` with the size of its source (a missing source is a DistroError naming it). */
async function sized(f: OciFile): Promise<OciFile> {
  if (f.type !== 'file' || f.size !== undefined) return f;
  if (!f.source) throw new DistroError(`image file ${f.path} has no source file.`);
  const st = await stat(f.source).catch((err: unknown) => {
    throw new DistroError(
      `source file ${f.source} of image file ${f.path} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}).`,
      { file: f.source, cause: err },
    );
  });
  return { ...f, size: st.size };
}

/** Writes the layer of `files` to `out` (atomically) and returns its digests. */
export async function writeLayer(
  out: string,
  files: readonly OciFile[],
  mtime: number,
): Promise<WrittenLayer> {
  const entries = layerEntries(await Promise.all(files.map(sized)), mtime);
  const tarHash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      tarHash.update(chunk);
      cb(null, chunk);
    },
  });
  const gzip = zlib.createGzip({ level: 6 });
  const fix = gzipOsByteFix();
  gzip.on('error', (err) => fix.destroy(err));
  tap.on('error', (err) => gzip.destroy(err));
  tap.pipe(gzip);
  const tmp = tempPath(out);
  const output = new Output(tmp);
  try {
    // no buffer recycling: the tap hands chunks on before gzip has consumed them
    await writeTarEntries(
      entries,
      output,
      { input: tap, output: gzip.pipe(fix) },
      new BufferPool(READ_CHUNK, 0),
    );
    await output.finish();
    await rename(tmp, out);
  } catch (err) {
    await output.abandon();
    await rm(tmp, { force: true });
    throw err;
  }
  return {
    digest: `sha256:${output.digest()}`,
    diffId: `sha256:${tarHash.digest('hex')}`,
    size: output.size,
  };
}
