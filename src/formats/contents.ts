/**
 * What is inside a package or archive, for the SBOM: every regular file with its size, SHA-1 and
 * SHA-256, and the package's declared dependencies (deb Depends/Pre-Depends, rpm Requires).
 * Everything is streamed from the artifact itself (the sign stage runs in another job than the one
 * that wrote the package). Here: what every reader shares, and the archives (tar.*, zip); each
 * package format reads its own files (formats/deb/contents.ts, formats/rpm/contents.ts) and
 * registers the reader as `Format.contents`.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Duplex, PassThrough, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { DistroError } from '../errors.js';
import { loadXz } from './archive/xz.js';

export interface ContainedFile {
  /** Path inside the artifact, `./`-prefixed (SPDX style): `./usr/bin/hello`. */
  path: string;
  size: number;
  sha1: string;
  sha256: string;
}

export interface ArtifactContents {
  files: ContainedFile[];
  /** Declared dependencies as the package spells them (`libc6 (>= 2.34)`, `glibc >= 2.34`). */
  depends: string[];
}

export type Compression = 'gzip' | 'xz' | 'zstd' | 'none';

export function bad(file: string, why: string): DistroError {
  return new DistroError(`${file}: ${why}; re-run the stage that made it.`, { file });
}

export async function decompress(input: Readable, c: Compression): Promise<Readable> {
  switch (c) {
    case 'gzip':
      return input.pipe(zlib.createGunzip());
    case 'zstd':
      return input.pipe(zlib.createZstdDecompress());
    case 'none':
      return input;
    case 'xz': {
      await loadXz(); // initialises the WebAssembly liblzma that createUnxz uses
      const { createUnxz } = await import('node-liblzma/wasm');
      const unxz = Duplex.fromWeb(createUnxz() as unknown as Parameters<typeof Duplex.fromWeb>[0]);
      return input.pipe(unxz);
    }
  }
}

export function compressionOfName(name: string): Compression {
  if (name.endsWith('.gz')) return 'gzip';
  if (name.endsWith('.xz')) return 'xz';
  if (name.endsWith('.zst')) return 'zstd';
  return 'none';
}

/** Compression of a payload from its first bytes. */
export function sniff(head: Buffer): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0]))) return 'xz';
  if (head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  return 'none';
}

export function spdxPath(name: string): string {
  return `./${name.replace(/^(\.\/|\/)+/, '')}`;
}

export async function hashStream(stream: AsyncIterable<Buffer>): Promise<Omit<ContainedFile, 'path'>> {
  const h1 = createHash('sha1');
  const h256 = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    h1.update(chunk);
    h256.update(chunk);
  }
  return { size, sha1: h1.digest('hex'), sha256: h256.digest('hex') };
}

/** Regular files of a tar stream, hashed. */
export async function tarFiles(stream: Readable): Promise<ContainedFile[]> {
  const extract = tar.extract();
  stream.on('error', (e) => extract.destroy(e));
  stream.pipe(extract);
  const files: ContainedFile[] = [];
  for await (const entry of extract) {
    const { name, type } = entry.header;
    if (type !== 'file' && type !== 'contiguous-file') {
      entry.resume();
      continue;
    }
    files.push({ path: spdxPath(name), ...(await hashStream(entry as AsyncIterable<Buffer>)) });
  }
  return files;
}

export async function readAt(fh: FileHandle, pos: number, len: number, file: string): Promise<Buffer> {
  const buf = Buffer.alloc(len);
  const { bytesRead } = await fh.read(buf, 0, len, pos);
  if (bytesRead !== len) throw bad(file, `truncated at byte ${pos + bytesRead}`);
  return buf;
}

/** Entries of a zip's central directory (ZIP64 sizes and offsets included). */
export async function zipContents(file: string): Promise<ArtifactContents> {
  const fh = await open(file, 'r');
  const files: ContainedFile[] = [];
  try {
    const size = (await fh.stat()).size;
    const tailLen = Math.min(size, 65557);
    const tail = await readAt(fh, size - tailLen, tailLen, file);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0) throw bad(file, 'not a zip file (no end of central directory)');
    let count = tail.readUInt16LE(eocd + 10);
    let cdAt = tail.readUInt32LE(eocd + 16);
    const locator = eocd - 20;
    if (locator >= 0 && tail.readUInt32LE(locator) === 0x07064b50) {
      const z64 = await readAt(fh, Number(tail.readBigUInt64LE(locator + 8)), 56, file);
      count = Number(z64.readBigUInt64LE(32));
      cdAt = Number(z64.readBigUInt64LE(48));
    }
    let pos = cdAt;
    for (let i = 0; i < count; i++) {
      const h = await readAt(fh, pos, 46, file);
      if (h.readUInt32LE(0) !== 0x02014b50) throw bad(file, `bad central directory entry ${i}`);
      const method = h.readUInt16LE(10);
      let csize = h.readUInt32LE(20);
      let usize = h.readUInt32LE(24);
      const [nlen, xlen, clen] = [h.readUInt16LE(28), h.readUInt16LE(30), h.readUInt16LE(32)];
      let local = h.readUInt32LE(42);
      const rest = await readAt(fh, pos + 46, nlen + xlen, file);
      const name = rest.toString('utf8', 0, nlen);
      for (let x = nlen; x + 4 <= nlen + xlen;) {
        const id = rest.readUInt16LE(x);
        const len = rest.readUInt16LE(x + 2);
        if (id === 0x0001) {
          let q = x + 4;
          const next = () => Number(rest.readBigUInt64LE((q += 8) - 8));
          if (usize === 0xffffffff) usize = next();
          if (csize === 0xffffffff) csize = next();
          if (local === 0xffffffff) local = next();
        }
        x += 4 + len;
      }
      pos += 46 + nlen + xlen + clen;
      if (name.endsWith('/')) continue;
      const lh = await readAt(fh, local, 30, file);
      const start = local + 30 + lh.readUInt16LE(26) + lh.readUInt16LE(28);
      const raw = csize ? createReadStream(file, { start, end: start + csize - 1 }) : new PassThrough().end();
      if (method !== 0 && method !== 8) throw bad(file, `'${name}' uses zip compression method ${method}`);
      const hashed = await hashStream(method === 8 ? raw.pipe(zlib.createInflateRaw()) : raw);
      if (hashed.size !== usize)
        throw bad(file, `'${name}' has ${hashed.size} bytes, the directory says ${usize}`);
      files.push({ path: spdxPath(name), ...hashed });
    }
  } finally {
    await fh.close();
  }
  return { files, depends: [] };
}

/** The files of an archive (tar.gz, tar.xz, tar.zst or zip: told by `format`, else the file name). */
export async function archiveContents(file: string, format?: string): Promise<ArtifactContents> {
  const fmt = format ?? file;
  if (fmt.endsWith('zip')) return zipContents(file);
  return {
    files: await tarFiles(await decompress(createReadStream(file), compressionOfName(fmt))),
    depends: [],
  };
}
