/**
 * An OCI image layout directory (`oci-layout`, `index.json`, `blobs/sha256/<hex>`) and a `.tar` of
 * it: the form skopeo (`oci:` / `oci-archive:`), umoci, crane and podman read.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { DistroError } from '../../errors.js';
import { BufferPool, Output, TAR_OWNER, type TarEntry, writeTarEntries } from '../archive/index.js';
import { READ_CHUNK } from '../archive/io.js';
import { type Descriptor, type ImageIndex, MT } from './media.js';
import { type BlobBody, sha256Digest } from './registry.js';

export const LAYOUT_FILE = JSON.stringify({ imageLayoutVersion: '1.0.0' });

export class Layout {
  constructor(readonly dir: string) {}

  blobPath(digest: string): string {
    const [alg, hex] = digest.split(':');
    if (alg !== 'sha256' || !/^[a-f0-9]{64}$/.test(hex ?? ''))
      throw new DistroError(`${this.dir}: '${digest}' is not a sha256 digest`);
    return path.join(this.dir, 'blobs', 'sha256', hex!);
  }

  async init(): Promise<void> {
    await mkdir(path.join(this.dir, 'blobs', 'sha256'), { recursive: true });
  }

  async has(digest: string): Promise<boolean> {
    return stat(this.blobPath(digest)).then(
      () => true,
      () => false,
    );
  }

  /** Stores `bytes`; returns its digest (checked against `expected` when given). */
  async putBlob(bytes: Buffer, expected?: string): Promise<string> {
    const digest = sha256Digest(bytes);
    if (expected && expected !== digest) throw new DistroError(`blob ${expected} has the digest ${digest}`);
    await writeFile(this.blobPath(digest), bytes);
    return digest;
  }

  /** Stores a JSON document (serialised in the key order of `doc`) and returns its descriptor. */
  async putJson(doc: object, mediaType: string, extra: Partial<Descriptor> = {}): Promise<Descriptor> {
    const bytes = Buffer.from(JSON.stringify(doc));
    return { mediaType, digest: await this.putBlob(bytes), size: bytes.length, ...extra };
  }

  /** Moves a finished file (a layer) into the store under its digest. */
  async adopt(file: string, digest: string): Promise<void> {
    await rename(file, this.blobPath(digest));
  }

  /** A blob in memory: for the small JSON documents (manifests, configs, the index) only. */
  readBlob(digest: string): Promise<Buffer> {
    return readFile(this.blobPath(digest));
  }

  /** A blob to upload, read from its file (afresh for every attempt). */
  async blobSource(digest: string): Promise<BlobBody> {
    const file = this.blobPath(digest);
    const { size } = await stat(file);
    return { size, open: () => createReadStream(file) };
  }

  async readJson<T>(digest: string): Promise<T> {
    return JSON.parse((await this.readBlob(digest)).toString('utf8')) as T;
  }

  async writeIndex(manifests: Descriptor[]): Promise<void> {
    const index: ImageIndex = { schemaVersion: 2, mediaType: MT.index, manifests };
    await writeFile(path.join(this.dir, 'oci-layout'), LAYOUT_FILE);
    await writeFile(path.join(this.dir, 'index.json'), JSON.stringify(index));
  }

  async readIndex(): Promise<ImageIndex> {
    const file = path.join(this.dir, 'index.json');
    try {
      return JSON.parse(await readFile(file, 'utf8')) as ImageIndex;
    } catch (err) {
      throw new DistroError(
        `${file} cannot be read as an OCI image layout index: ${(err as Error).message}`,
        {
          file,
          cause: err,
        },
      );
    }
  }

  /** Writes the layout as an uncompressed tar at `out` (sorted entries, one mtime, root-owned). */
  async writeTar(out: string, mtime: number): Promise<void> {
    const hexes = (await readdir(path.join(this.dir, 'blobs', 'sha256'))).sort();
    const dir = (name: string): TarEntry => ({
      ...TAR_OWNER,
      name,
      type: 'dir',
      mode: 0o755,
      mtime,
      size: 0,
    });
    const file = async (name: string, source: string): Promise<TarEntry> => ({
      ...TAR_OWNER,
      name,
      type: 'file',
      mode: 0o644,
      mtime,
      size: (await stat(source)).size,
      source,
    });
    const entries: TarEntry[] = [dir('blobs/'), dir('blobs/sha256/')];
    for (const h of hexes)
      entries.push(await file(`blobs/sha256/${h}`, path.join(this.dir, 'blobs', 'sha256', h)));
    entries.push(await file('index.json', path.join(this.dir, 'index.json')));
    entries.push(await file('oci-layout', path.join(this.dir, 'oci-layout')));
    const output = new Output(out);
    const pass = new PassThrough();
    try {
      await writeTarEntries(entries, output, { input: pass, output: pass }, new BufferPool(READ_CHUNK, 0));
      await output.finish();
    } catch (err) {
      await output.abandon();
      throw err;
    }
  }
}

/** Unpacks a layout `.tar` (as written above) into `dir`; only regular files at layout paths. */
export async function extractLayoutTar(file: string, dir: string): Promise<Layout> {
  const layout = new Layout(dir);
  await layout.init();
  const ex = tar.extract();
  ex.on('entry', (header, stream, next) => {
    const name = header.name.replace(/^\.\//, '');
    const ok = name === 'index.json' || name === 'oci-layout' || /^blobs\/sha256\/[a-f0-9]{64}$/.test(name);
    if (header.type !== 'file' || !ok) {
      stream.resume();
      stream.on('end', next);
      return;
    }
    pipeline(stream, createWriteStream(path.join(dir, name))).then(() => next(), next);
  });
  try {
    await pipeline(createReadStream(file), ex);
  } catch (err) {
    throw new DistroError(`${file} is not a readable OCI image layout tar: ${(err as Error).message}`, {
      file,
      cause: err,
    });
  }
  return layout;
}
