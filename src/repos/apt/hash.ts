/**
 * The four digests APT indexes carry (MD5Sum, SHA1, SHA256, SHA512), computed in one pass: over a
 * file, streamed, or over bytes held in memory (index files).
 */
import { createHash, type Hash, hash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface Digests {
  size: number;
  md5: string;
  sha1: string;
  sha256: string;
  sha512: string;
}

/** The Release field names and by-hash directory names, with the digest each one holds. */
export const RELEASE_HASHES = [
  { field: 'MD5Sum', key: 'md5' },
  { field: 'SHA1', key: 'sha1' },
  { field: 'SHA256', key: 'sha256' },
  { field: 'SHA512', key: 'sha512' },
] as const;

class Digester {
  private readonly hashes: Record<'md5' | 'sha1' | 'sha256' | 'sha512', Hash> = {
    md5: createHash('md5'),
    sha1: createHash('sha1'),
    sha256: createHash('sha256'),
    sha512: createHash('sha512'),
  };
  private size = 0;

  update(chunk: Uint8Array): void {
    this.size += chunk.length;
    for (const h of Object.values(this.hashes)) h.update(chunk);
  }

  digest(): Digests {
    const h = this.hashes;
    return {
      size: this.size,
      md5: h.md5.digest('hex'),
      sha1: h.sha1.digest('hex'),
      sha256: h.sha256.digest('hex'),
      sha512: h.sha512.digest('hex'),
    };
  }
}

/** The digests of a file, read once in streamed chunks. */
export async function digestFile(file: string): Promise<Digests> {
  const d = new Digester();
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>)
    d.update(chunk);
  return d.digest();
}

/** The digests of bytes in memory (one-shot: no Hash objects, which cost more than a small package's hashing). */
export function digestBytes(data: Uint8Array): Digests {
  return {
    size: data.length,
    md5: hash('md5', data, 'hex'),
    sha1: hash('sha1', data, 'hex'),
    sha256: hash('sha256', data, 'hex'),
    sha512: hash('sha512', data, 'hex'),
  };
}
