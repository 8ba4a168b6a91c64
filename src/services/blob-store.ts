/**
 * The directory-backed blob store behind the local results service: the part of Azure Blob storage
 * that GitHub's artifact and cache clients reach through signed URLs. Blobs are addressed by
 * container and name; a blob is written whole (Put Blob) or as staged blocks committed by a block
 * list (Put Block / Put Block List), and becomes visible only when complete, by an atomic rename.
 * A sealed blob (a finalized artifact, a committed cache entry) refuses further writes.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { tempPath, writeAtomic } from '../atomic.js';

export interface BlobInfo {
  size: number;
  etag: string;
  lastModified: Date;
  contentType: string;
}

/** A blob store error with the HTTP status and Azure error code the blob endpoint answers with. */
export class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class BlobStore {
  private readonly sealed = new Set<string>();

  constructor(readonly dir: string) {}

  /** The file holding a blob: hashed names keep any blob name (slashes, dots) inside the store. */
  private file(container: string, name: string): string {
    return path.join(this.dir, 'blobs', hashKey(container, name));
  }

  private blockFile(container: string, name: string, blockId: string): string {
    const id = createHash('sha256').update(blockId).digest('hex');
    return path.join(this.dir, 'blocks', hashKey(container, name), id);
  }

  private checkWritable(container: string, name: string): void {
    if (this.sealed.has(`${container}/${name}`)) {
      throw new BlobError(
        409,
        'BlobImmutableDueToPolicy',
        `blob ${container}/${name} is sealed and cannot change`,
      );
    }
  }

  /** Writes `body` to a temporary file beside `dest`, then renames it in: readers never see half a file. */
  private async writeAtomic(dest: string, body: Readable): Promise<void> {
    await mkdir(path.dirname(dest), { recursive: true });
    const tmp = tempPath(dest);
    try {
      await pipeline(body, createWriteStream(tmp));
      await rename(tmp, dest);
    } finally {
      await rm(tmp, { force: true });
    }
  }

  /** Put Blob: the whole blob in one request. */
  async put(
    container: string,
    name: string,
    body: Readable,
    contentType = 'application/octet-stream',
  ): Promise<BlobInfo> {
    this.checkWritable(container, name);
    await this.writeAtomic(this.file(container, name), body);
    await this.writeMeta(container, name, contentType);
    return this.info(container, name);
  }

  /** Put Block: stages one block of a blob that a later block list commits. */
  async stageBlock(container: string, name: string, blockId: string, body: Readable): Promise<void> {
    this.checkWritable(container, name);
    if (!blockId) throw new BlobError(400, 'InvalidQueryParameterValue', 'blockid is required');
    await this.writeAtomic(this.blockFile(container, name, blockId), body);
  }

  /** Put Block List: the blob becomes the named staged blocks, in order. */
  async commitBlocks(
    container: string,
    name: string,
    blockIds: string[],
    contentType?: string,
  ): Promise<BlobInfo> {
    this.checkWritable(container, name);
    const dest = this.file(container, name);
    await mkdir(path.dirname(dest), { recursive: true });
    const tmp = tempPath(dest);
    try {
      const out = createWriteStream(tmp);
      for (const id of blockIds) {
        const block = this.blockFile(container, name, id);
        const data = await readFile(block).catch(() => {
          throw new BlobError(400, 'InvalidBlockList', `block ${id} was not staged`);
        });
        if (!out.write(data)) await new Promise<void>((r) => out.once('drain', () => r()));
      }
      await new Promise<void>((resolve, reject) =>
        out.end((e?: Error | null) => (e ? reject(e) : resolve())),
      );
      await rename(tmp, dest);
    } finally {
      await rm(tmp, { force: true });
    }
    await rm(path.dirname(this.blockFile(container, name, 'x')), { recursive: true, force: true });
    await this.writeMeta(container, name, contentType ?? 'application/octet-stream');
    return this.info(container, name);
  }

  private async writeMeta(container: string, name: string, contentType: string): Promise<void> {
    await writeAtomic(`${this.file(container, name)}.meta`, JSON.stringify({ contentType }));
  }

  /** Get Blob Properties; a 404 BlobError when the blob does not exist. */
  async info(container: string, name: string): Promise<BlobInfo> {
    const file = this.file(container, name);
    const st = await stat(file).catch(() => {
      throw new BlobError(404, 'BlobNotFound', `blob ${container}/${name} does not exist`);
    });
    let contentType = 'application/octet-stream';
    try {
      contentType = (JSON.parse(await readFile(`${file}.meta`, 'utf8')) as { contentType: string })
        .contentType;
    } catch {
      // no metadata: the default type
    }
    const etag = `"0x${st.mtimeMs.toString(16).replace('.', '')}${st.size.toString(16)}"`;
    return { size: st.size, etag, lastModified: st.mtime, contentType };
  }

  /** Get Blob: the bytes from `start` to `end` inclusive (the whole blob by default). */
  read(container: string, name: string, start?: number, end?: number): Readable {
    return createReadStream(this.file(container, name), { start, end });
  }

  /** The file backing a blob, for tests that tamper with stored data at rest. */
  pathOf(container: string, name: string): string {
    return this.file(container, name);
  }

  /** Refuses every later write to this blob. */
  seal(container: string, name: string): void {
    this.sealed.add(`${container}/${name}`);
  }

  async delete(container: string, name: string): Promise<void> {
    this.sealed.delete(`${container}/${name}`);
    const file = this.file(container, name);
    await rm(file, { force: true });
    await rm(`${file}.meta`, { force: true });
    await rm(path.dirname(this.blockFile(container, name, 'x')), { recursive: true, force: true });
  }
}

function hashKey(container: string, name: string): string {
  return createHash('sha256').update(`${container}\0${name}`).digest('hex');
}
