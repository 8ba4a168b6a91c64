/**
 * What is inside a package or archive, for the SBOM: every regular file with its size, SHA-1 and
 * SHA-256, and the package's declared dependencies (deb Depends/Pre-Depends, rpm Requires).
 * Everything is streamed from the artifact itself (the sign stage runs in another job than the one
 * that wrote the package): deb = ar + control/data tar, rpm = headers + cpio payload, tar.* and zip.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Duplex, PassThrough, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { DistroError } from '../../errors.js';
import { loadXz } from '../../formats/archive/xz.js';
import { SENSE } from '../../formats/rpm/deps.js';
import { getField, readDebControl } from '../../formats/deb/read.js';
import { readRpmHeaders, rpmInfo, type RpmDependency } from '../../formats/rpm/read.js';

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

type Compression = 'gzip' | 'xz' | 'zstd' | 'none';

function bad(file: string, why: string): DistroError {
  return new DistroError(`${file}: ${why}; re-run the stage that made it.`, { file });
}

async function decompress(input: Readable, c: Compression): Promise<Readable> {
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

function compressionOfName(name: string): Compression {
  if (name.endsWith('.gz')) return 'gzip';
  if (name.endsWith('.xz')) return 'xz';
  if (name.endsWith('.zst')) return 'zstd';
  return 'none';
}

/** Compression of a payload from its first bytes. */
function sniff(head: Buffer): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0]))) return 'xz';
  if (head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  return 'none';
}

function spdxPath(name: string): string {
  return `./${name.replace(/^(\.\/|\/)+/, '')}`;
}

async function hashStream(stream: AsyncIterable<Buffer>): Promise<Omit<ContainedFile, 'path'>> {
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
async function tarFiles(stream: Readable): Promise<ContainedFile[]> {
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

async function readAt(fh: FileHandle, pos: number, len: number, file: string): Promise<Buffer> {
  const buf = Buffer.alloc(len);
  const { bytesRead } = await fh.read(buf, 0, len, pos);
  if (bytesRead !== len) throw bad(file, `truncated at byte ${pos + bytesRead}`);
  return buf;
}

async function debContents(file: string): Promise<ArtifactContents> {
  const { fields } = await readDebControl(file);
  const depends = ['Pre-Depends', 'Depends'].flatMap((f) =>
    (getField(fields, f) ?? '')
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean),
  );
  const fh = await open(file, 'r');
  const out: ArtifactContents = { files: [], depends };
  try {
    const size = (await fh.stat()).size;
    if ((await readAt(fh, 0, 8, file)).toString('latin1') !== '!<arch>\n')
      throw bad(file, 'not a deb (ar) file');
    for (let pos = 8; pos + 60 <= size;) {
      const h = (await readAt(fh, pos, 60, file)).toString('latin1');
      const name = h.slice(0, 16).trim().replace(/\/$/, '');
      const len = Number(h.slice(48, 58).trim());
      if (!Number.isInteger(len) || h.slice(58, 60) !== '`\n')
        throw bad(file, `bad ar header at byte ${pos}`);
      const start = pos + 60;
      const member = () => createReadStream(file, { start, end: start + len - 1 });
      if (name.startsWith('data.tar')) {
        out.files = await tarFiles(await decompress(member(), compressionOfName(name)));
      }
      pos = start + len + (len % 2);
    }
  } finally {
    await fh.close();
  }
  return out;
}

const OPS: Record<string, string> = { LT: '<', LE: '<=', EQ: '=', GE: '>=', GT: '>' };

/** The package's Requires as `name [op version]`, without rpmlib() capabilities. */
function rpmRequires(requires: readonly RpmDependency[]): string[] {
  return requires
    .filter((d) => !(d.flags & SENSE.RPMLIB) && !d.name.startsWith('rpmlib('))
    .map((d) => (d.version && d.op ? `${d.name} ${OPS[d.op]} ${d.version}` : d.name));
}

/** Parses a newc cpio stream, hashing each regular file. */
async function cpioFiles(stream: Readable, file: string): Promise<ContainedFile[]> {
  const files: ContainedFile[] = [];
  let buf: Buffer = Buffer.alloc(0);
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let done = false;
  const fill = async (n: number) => {
    while (buf.length < n && !done) {
      const r = await it.next();
      if (r.done) done = true;
      else buf = buf.length ? Buffer.concat([buf, r.value]) : r.value;
    }
    if (buf.length < n) throw bad(file, 'the rpm payload ends in the middle of an entry');
  };
  const pad4 = (n: number) => (4 - (n % 4)) % 4;
  for (;;) {
    await fill(110);
    const h = buf.toString('latin1', 0, 110);
    if (!h.startsWith('070701') && !h.startsWith('070702'))
      throw bad(file, 'the rpm payload is not a newc cpio archive');
    const field = (i: number) => parseInt(h.slice(6 + i * 8, 14 + i * 8), 16);
    const mode = field(1);
    const size = field(6);
    const nameSize = field(11);
    await fill(110 + nameSize + pad4(110 + nameSize));
    const name = buf.toString('utf8', 110, 110 + nameSize - 1);
    buf = buf.subarray(110 + nameSize + pad4(110 + nameSize));
    if (name === 'TRAILER!!!') break;
    let left = size;
    async function* data(): AsyncGenerator<Buffer> {
      while (left > 0) {
        await fill(1);
        const take = buf.subarray(0, Math.min(left, buf.length));
        buf = buf.subarray(take.length);
        left -= take.length;
        yield take;
      }
    }
    const hashed = await hashStream(data());
    if ((mode & 0o170000) === 0o100000) files.push({ path: spdxPath(name), ...hashed });
    await fill(pad4(size));
    buf = buf.subarray(pad4(size));
  }
  stream.destroy();
  return files;
}

async function rpmContents(file: string): Promise<ArtifactContents> {
  const rpm = await readRpmHeaders(file);
  const depends = rpmRequires(rpmInfo(rpm).requires);
  const fh = await open(file, 'r');
  const head = Buffer.alloc(6);
  try {
    await fh.read(head, 0, 6, rpm.payloadStart);
  } finally {
    await fh.close();
  }
  const payload = await decompress(createReadStream(file, { start: rpm.payloadStart }), sniff(head));
  return { files: await cpioFiles(payload, file), depends };
}

/** Entries of a zip's central directory (ZIP64 sizes and offsets included). */
async function zipContents(file: string): Promise<ArtifactContents> {
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

/**
 * The files (and declared dependencies) inside `file`, an artifact of kind `deb`, `rpm` or
 * `archive` (tar.gz, tar.xz, tar.zst, zip: told by `format`, else the file name). Sorted by path.
 */
export async function readContents(file: string, kind: string, format?: string): Promise<ArtifactContents> {
  let c: ArtifactContents;
  try {
    if (kind === 'deb') c = await debContents(file);
    else if (kind === 'rpm') c = await rpmContents(file);
    else if ((format ?? file).endsWith('zip')) c = await zipContents(file);
    else {
      const fmt = format ?? file;
      c = {
        files: await tarFiles(await decompress(createReadStream(file), compressionOfName(fmt))),
        depends: [],
      };
    }
  } catch (e) {
    if (e instanceof DistroError) throw e;
    throw bad(file, `cannot read its contents (${(e as Error).message})`);
  }
  c.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return c;
}
