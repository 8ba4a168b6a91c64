/**
 * One read of an Arch Linux package (for the pacman repository and the SBOM): the file's size, MD5 and SHA-256, its
 * `.PKGINFO` fields and its file list (the tar entries not starting with `.`, as repo-add lists
 * them with `bsdtar --exclude='^.*' -tf | LC_ALL=C sort -u`). The bytes are hashed and unpacked in
 * the same pass; the payload is skipped, never held.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { DistroError, withPath } from '../../errors.js';

export interface PkgFileInfo {
  size: number;
  md5: string;
  sha256: string;
  /** `.PKGINFO`: every key with its values in order (`depend` may repeat). */
  info: Map<string, string[]>;
  /** File list, sorted in byte order, directories with a trailing `/`. */
  files: string[];
}

/** `.PKGINFO` lines `key = value` (comments skipped), whitespace runs as one space (repo-add). */
export function parsePkgInfo(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^(\S+?)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const list = out.get(m[1]!) ?? [];
    list.push(m[2]!.replace(/\s+/g, ' '));
    out.set(m[1]!, list);
  }
  return out;
}

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

export async function readPkgFile(file: string): Promise<PkgFileInfo> {
  const md5 = createHash('md5');
  const sha = createHash('sha256');
  let size = 0;
  let pkginfo: string | undefined;
  const names = new Set<string>();
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const name = header.name.replace(/^\.\//, '');
    const chunks: Buffer[] = [];
    if (name === '.PKGINFO') stream.on('data', (c: unknown) => chunks.push(c as Buffer));
    else stream.resume();
    stream.on('end', () => {
      if (name === '.PKGINFO') pkginfo = Buffer.concat(chunks).toString('utf8');
      else if (name && !name.startsWith('.'))
        names.add(header.type === 'directory' && !name.endsWith('/') ? `${name}/` : name);
      next();
    });
  });
  const tap = new PassThrough();
  tap.on('data', (c: Buffer) => {
    md5.update(c);
    sha.update(c);
    size += c.length;
  });
  try {
    await pipeline(createReadStream(file), tap, zlib.createZstdDecompress(), extract);
  } catch (err) {
    if (/^E[A-Z]+$/.test((err as NodeJS.ErrnoException).code ?? '')) throw withPath(err, file);
    throw new DistroError(
      `archlinux: ${file} is not a zstd-compressed Arch Linux package (${(err as Error).message}); publish the .pkg.tar.zst that package-format wrote.`,
      { key: 'archlinux', file },
    );
  }
  if (pkginfo === undefined)
    throw new DistroError(`archlinux: ${file} has no .PKGINFO, so it is not an Arch Linux package.`, {
      key: 'archlinux',
      file,
    });
  return {
    size,
    md5: md5.digest('hex'),
    sha256: sha.digest('hex'),
    info: parsePkgInfo(pkginfo),
    files: [...names].sort(byteOrder),
  };
}
