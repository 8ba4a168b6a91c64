/**
 * Unpacking one platform's image of a layout into a directory (what `umoci unpack` gives as
 * rootfs/): its layers applied in order, with the OCI whiteouts (`.wh.<name>` deletes a path of
 * the layers below, `.wh..wh..opq` empties a directory). Paths never leave the directory: a name
 * with `..`, or a parent that is a symlink, is refused.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, link, lstat, mkdir, readdir, rm, symlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { DistroError } from '../../errors.js';
import type { Layout } from './layout.js';
import {
  type ImageIndex,
  type ImageManifest,
  MT,
  type Platform,
  platformMatches,
  platformString,
} from './media.js';

/** The manifest of `platform` in the layout's (first) image index. */
export async function manifestFor(layout: Layout, platform: Platform): Promise<ImageManifest> {
  const top = (await layout.readIndex()).manifests[0];
  if (!top) throw new DistroError(`${layout.dir}: the image layout has no image.`);
  const index =
    top.mediaType === MT.index ? await layout.readJson<ImageIndex>(top.digest) : { manifests: [top] };
  const d = index.manifests.find((m) => platformMatches(m.platform, platform));
  if (!d) throw new DistroError(`${layout.dir}: the image has no ${platformString(platform)} image.`);
  return layout.readJson<ImageManifest>(d.digest);
}

function inside(root: string, name: string): string {
  const clean = path.posix.normalize(`/${name}`).slice(1);
  if (name.split('/').includes('..'))
    throw new DistroError(`image layer entry '${name}' leaves the root file system.`);
  return path.join(root, clean);
}

/** Refuses a path whose parent directories (below root) include a symlink. */
async function checkParents(root: string, file: string): Promise<void> {
  let dir = path.dirname(file);
  while (dir.length > root.length) {
    const st = await lstat(dir).catch(() => undefined);
    if (st?.isSymbolicLink())
      throw new DistroError(`image layer entry ${path.relative(root, file)} lies below a symlink.`);
    dir = path.dirname(dir);
  }
}

async function applyLayer(file: string, root: string): Promise<void> {
  const ex = tar.extract();
  ex.on('entry', (h, stream, next) => {
    // a file's bytes are piped to it; any other entry's (a whiteout's, a device's) are dropped
    if (h.type !== 'file') stream.resume();
    entry(h, stream).then(
      () => {
        stream.resume(); // not piped (a whiteout): drained, or the extraction would wait for it
        next();
      },
      (err: unknown) => next(err as Error),
    );
  });
  const entry = async (h: tar.Header, data: AsyncIterable<unknown>) => {
    const dst = inside(root, h.name.replace(/\/+$/, ''));
    if (dst === root) return;
    await checkParents(root, dst);
    const base = path.basename(dst);
    if (base === '.wh..wh..opq') {
      for (const n of await readdir(path.dirname(dst)).catch(() => []))
        await rm(path.join(path.dirname(dst), n), { recursive: true, force: true });
      return;
    }
    if (base.startsWith('.wh.')) {
      await rm(path.join(path.dirname(dst), base.slice(4)), { recursive: true, force: true });
      return;
    }
    await mkdir(path.dirname(dst), { recursive: true });
    const prev = await lstat(dst).catch(() => undefined);
    if (prev && !(prev.isDirectory() && h.type === 'directory'))
      await rm(dst, { recursive: true, force: true });
    const mode = (h.mode ?? 0o644) & 0o7777;
    if (h.type === 'directory') await mkdir(dst, { recursive: true });
    else if (h.type === 'file') await pipeline(data, createWriteStream(dst));
    else if (h.type === 'symlink') return symlink(h.linkname ?? '', dst);
    else if (h.type === 'link') return link(inside(root, h.linkname ?? ''), dst);
    else return; // devices and fifos are not made here
    await chmod(dst, mode);
    if (h.mtime) await utimes(dst, h.mtime, h.mtime);
  };
  await pipeline(createReadStream(file), zlib.createGunzip(), ex);
}

/** Applies the layers of `platform`'s image, in order, to the (new or empty) directory `root`. */
export async function unpackImage(layout: Layout, platform: Platform, root: string): Promise<ImageManifest> {
  const man = await manifestFor(layout, platform);
  await mkdir(root, { recursive: true });
  for (const l of man.layers) {
    if (!l.mediaType.endsWith('tar+gzip') && !l.mediaType.endsWith('tar.gzip'))
      throw new DistroError(
        `${layout.dir}: layer ${l.digest} is ${l.mediaType}; only gzip'd tar layers are unpacked.`,
      );
    await applyLayer(layout.blobPath(l.digest), path.resolve(root));
  }
  return man;
}
