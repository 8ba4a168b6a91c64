/**
 * File operations that never leave a half-written file at a published path: everything is written
 * (or hard-linked, or copied) to `<path>#tmp-<random>` in the same directory and renamed (`#`
 * never occurs in package file names).
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compressor, loadXz, xzSlot } from '../../formats/archive/index.js';

/** Marks the temporary files of this module (a killed run's leftovers are recognised by it). */
export const TMP_MARK = '#tmp-';

/** This process's random part of temporary names; a counter tells its names apart (no random draw per file). */
const TMP_RUN = randomBytes(6).toString('hex');
let tmpCount = 0;

/** A fresh temporary name beside `file`. */
export function tempName(file: string): string {
  return `${file}${TMP_MARK}${TMP_RUN}-${(tmpCount++).toString(36)}`;
}

/** Writes `data` to `file` by rename from a temporary file in the same directory. */
export async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = tempName(file);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Makes `dest` hold the bytes of `src`, replacing `dest` atomically: a hard link where the file
 * system allows (files of the repository itself), or with `copy` a copy (a reflink where the file
 * system can), so that a later change to an input file cannot reach the pool.
 */
export async function placeFile(src: string, dest: string, opts: { copy?: boolean } = {}): Promise<void> {
  await mkdir(path.dirname(dest), { recursive: true });
  const tmp = tempName(dest);
  const copy = () => copyFile(src, tmp, constants.COPYFILE_FICLONE);
  try {
    await (opts.copy ? copy() : link(src, tmp).catch(copy));
    await rename(tmp, dest);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Bytes handed to the xz encoder at a time: about 15 ms of work at preset 6 (WebAssembly). */
const XZ_SLICE = 16 * 1024;

/**
 * `data` as .xz, preset 6 (what apt-ftparchive and `xz` write: lower presets are 16-20% larger
 * for Packages text, 5 saves ~10% of the time for 0.6%), CRC64. The encoder runs on this thread
 * in WebAssembly: it is fed in slices with a turn of the event loop between them, so that the file
 * operations under way (pool copies, gzip on the thread pool) go on while it works instead of
 * waiting for the whole text (~2.5 s for a 3 MB Packages). The output does not depend on the slicing.
 */
async function xzBytes(data: Uint8Array): Promise<Buffer> {
  const release = await xzSlot();
  try {
    const xz = (await loadXz())(6);
    const chunks: Buffer[] = [];
    const collected = (async () => {
      for await (const chunk of xz.readable) chunks.push(Buffer.from(chunk));
    })();
    const writer = xz.writable.getWriter();
    try {
      for (let off = 0; off < data.length; off += XZ_SLICE) {
        await writer.write(data.subarray(off, off + XZ_SLICE));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await writer.close();
    } catch (err) {
      await writer.abort(err).catch(() => {});
      throw err;
    }
    await collected;
    return Buffer.concat(chunks);
  } finally {
    release();
  }
}

/** `data` compressed as .gz (level 9, no name, MTIME 0, on the thread pool) or .xz (see xzBytes), reproducibly. */
export async function compressBytes(data: Buffer, format: 'gz' | 'xz'): Promise<Buffer> {
  if (format === 'xz') return xzBytes(data);
  const comp = await compressor('tar.gz', 9);
  const chunks: Buffer[] = [];
  const collected = (async () => {
    for await (const chunk of comp.output) chunks.push(Buffer.from(chunk as Uint8Array));
  })();
  comp.input.end(data);
  await collected;
  return Buffer.concat(chunks);
}
