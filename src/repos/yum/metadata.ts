/**
 * Reading and writing repodata/: repomd.xml, and the package chunks of primary, filelists and
 * other, streamed through gzip or zstd (level 6 as createrepo_c's Z_DEFAULT_COMPRESSION) in large
 * steps. Existing files are read back chunk by chunk (`<package …>…</package>`, which the escaping
 * guarantees cannot occur inside a text), in batches, and their checksums checked against
 * repomd.xml while they stream by.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { DistroError } from '../../errors.js';
import { METADATA_FOOTER, metadataHeader, NS, type MetadataType } from './xml.js';

export type Compression = 'gzip' | 'zstd';

/** One `<data>` record of repomd.xml. */
export interface RepomdRecord {
  type: string;
  /** Relative to the repository root: `repodata/<sha256>-<type>.xml.gz`. */
  href: string;
  checksum: string;
  openChecksum: string;
  size: number;
  openSize: number;
  timestamp: number;
}

export interface Repomd {
  revision: string;
  records: RepomdRecord[];
}

const unescape = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });

/** Compiled once: these run for every package of a repository. */
const patterns = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
}
const unescaped = (s: string) => (s.includes('&') ? unescape(s) : s);

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** An attribute of the first element named `element` in `xml`, unescaped. */
export function attr(xml: string, element: string, name: string): string | undefined {
  // the first `<element` is usually that element: found by indexOf, not by a regex over `xml`
  const i = xml.indexOf(`<${element}`);
  const end = i >= 0 && isSpace(xml.charCodeAt(i + element.length + 1)) ? xml.indexOf('>', i) : -1;
  const el = end >= 0 ? xml.slice(i, end + 1) : pattern(`<${element}\\s[^>]*>`).exec(xml)?.[0];
  if (!el) return undefined;
  const m = pattern(`\\s${name}="([^"]*)"`).exec(el);
  return m ? unescaped(m[1]!) : undefined;
}

/** The text of the first element named `element` in `xml`, unescaped. */
export function text(xml: string, element: string): string | undefined {
  const open = `<${element}>`;
  const i = xml.indexOf(open);
  if (i >= 0 && xml.indexOf(`<${element}`) === i) {
    const from = i + open.length;
    const to = xml.indexOf('<', from);
    if (to >= 0 && xml.startsWith(`</${element}>`, to)) return unescaped(xml.slice(from, to));
  }
  const m = pattern(`<${element}(?:\\s[^>]*)?>([^<]*)</${element}>`).exec(xml);
  return m ? unescaped(m[1]!) : undefined;
}

function damaged(file: string, why: string): never {
  throw new DistroError(
    `yum: the repository metadata ${file} is damaged (${why}); restore the repository from its last good copy, or remove its repodata/ and publish every package again.`,
    { key: 'yum', file },
  );
}

/** Reads `<repoDir>/repodata/repomd.xml`; undefined when the repository does not exist yet. */
export async function readRepomd(repoDir: string): Promise<Repomd | undefined> {
  const file = path.join(repoDir, 'repodata', 'repomd.xml');
  let xml: string;
  try {
    xml = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const records: RepomdRecord[] = [];
  for (const m of xml.matchAll(/<data type="([^"]+)">([\s\S]*?)<\/data>/g)) {
    const body = m[2]!;
    const href = attr(body, 'location', 'href');
    const checksum = text(body, 'checksum');
    if (!href || !checksum) damaged(file, `the '${m[1]}' record has no location or checksum`);
    if (attr(body, 'checksum', 'type') !== 'sha256')
      damaged(file, `the '${m[1]}' record's checksum is not sha256 (made with createrepo_c -s?)`);
    records.push({
      type: m[1]!,
      href,
      checksum,
      openChecksum: text(body, 'open-checksum') ?? '',
      size: Number(text(body, 'size') ?? 0),
      openSize: Number(text(body, 'open-size') ?? 0),
      timestamp: Number(text(body, 'timestamp') ?? 0),
    });
  }
  return { revision: text(xml, 'revision') ?? '', records };
}

/** repomd.xml for `records` (createrepo_c's layout). */
export function renderRepomd(revision: string, records: readonly RepomdRecord[]): string {
  let s = `<?xml version="1.0" encoding="UTF-8"?>\n<repomd xmlns="${NS.repo}" xmlns:rpm="${NS.rpm}">\n`;
  s += `  <revision>${revision}</revision>\n`;
  for (const r of records) {
    s += `  <data type="${r.type}">\n`;
    s += `    <checksum type="sha256">${r.checksum}</checksum>\n`;
    s += `    <open-checksum type="sha256">${r.openChecksum}</open-checksum>\n`;
    s += `    <location href="${r.href}"/>\n`;
    s += `    <timestamp>${r.timestamp}</timestamp>\n`;
    s += `    <size>${r.size}</size>\n`;
    s += `    <open-size>${r.openSize}</open-size>\n`;
    s += '  </data>\n';
  }
  return `${s}</repomd>\n`;
}

function decompressor(href: string): Transform | undefined {
  if (href.endsWith('.gz')) return zlib.createGunzip({ chunkSize: STEP });
  if (href.endsWith('.zst')) return zlib.createZstdDecompress({ chunkSize: STEP });
  if (href.endsWith('.xml')) return undefined;
  throw new DistroError(
    `yum: ${href} is compressed in a way this publisher does not read (gzip, zstd or none); re-create the repository with createrepo_c --general-compress-type=gz, or publish into a new channel.`,
    { key: 'yum' },
  );
}

/** A hashing pass-through: size and SHA-256 of what flows by. */
function counter(): Transform & { size: number; digest(): string } {
  const hash = createHash('sha256');
  const t = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      t.size += chunk.length;
      cb(null, chunk);
    },
  }) as Transform & { size: number; digest(): string };
  t.size = 0;
  t.digest = () => hash.digest('hex');
  return t;
}

/** One `<package>` element of a metadata file, with its pkgid; `xml` ends with a newline. */
export interface Chunk {
  pkgid: string;
  xml: string;
}

/** Bytes per read and per zlib output buffer: few, large steps through the streams. */
const STEP = 1 << 18;

const PACKAGE_OPEN = '<package ';
const PACKAGE_CLOSE = '</package>';
const PRIMARY_PKGID = /<checksum type="sha256" pkgid="YES">([0-9a-f]{64})<\/checksum>/;
const PKGID_ATTR = /^<package pkgid="([0-9a-f]{64})"/;

/**
 * The `<package>` chunks of the metadata file `record` names, in file order, in batches (one per
 * block of decompressed text). Checks both checksums of repomd.xml once the file ends.
 */
export async function* readChunks(repoDir: string, record: RepomdRecord): AsyncGenerator<Chunk[]> {
  const file = path.join(repoDir, record.href);
  const packed = counter();
  const unpacked = counter();
  const unz = decompressor(record.href);
  const input = createReadStream(file, { highWaterMark: STEP });
  const done = unz ? pipeline(input, packed, unz, unpacked) : pipeline(input, packed, unpacked);
  let failure: unknown;
  done.catch((e: unknown) => (failure = e));
  const pkgidOf = (xml: string) =>
    xml.startsWith('<package type="rpm">') ? PRIMARY_PKGID.exec(xml)?.[1] : PKGID_ATTR.exec(xml)?.[1];
  let buf = '';
  const decoder = new TextDecoder();
  try {
    for await (const chunk of unpacked as AsyncIterable<Buffer>) {
      buf += decoder.decode(chunk, { stream: true });
      const batch: Chunk[] = [];
      let rest = 0;
      let start = buf.indexOf(PACKAGE_OPEN);
      while (start >= 0) {
        const end = buf.indexOf(PACKAGE_CLOSE, start);
        if (end < 0) break;
        let stop = end + PACKAGE_CLOSE.length;
        if (buf.charCodeAt(stop) === 10) stop++;
        const xml = buf.slice(start, stop);
        const pkgid = pkgidOf(xml);
        if (!pkgid) damaged(file, 'a package without a sha256 pkgid');
        batch.push({ pkgid, xml: xml.endsWith('\n') ? xml : `${xml}\n` });
        rest = stop;
        start = buf.indexOf(PACKAGE_OPEN, stop);
      }
      buf = buf.slice(start >= 0 ? start : rest);
      if (batch.length) yield batch;
    }
    await done;
  } catch (e) {
    failure ??= e;
    if (failure instanceof DistroError) throw failure;
    if ((failure as NodeJS.ErrnoException).code === 'ENOENT')
      damaged(file, 'repomd.xml names it but it is missing');
    damaged(file, (failure as Error).message);
  } finally {
    input.destroy();
  }
  if (packed.digest() !== record.checksum) damaged(file, 'its sha256 differs from the one in repomd.xml');
  if (record.openChecksum && unpacked.digest() !== record.openChecksum)
    damaged(file, 'its uncompressed sha256 differs from the one in repomd.xml');
}

/**
 * Writes one metadata file into `repodataDir`: header, the chunks, footer, compressed. The file
 * goes to a temporary name first and is renamed to `<sha256>-<type>.xml.gz` (or `.zst`) when
 * complete; returns its repomd record (timestamp `now`).
 */
export async function writeMetadata(
  repodataDir: string,
  type: MetadataType,
  count: number,
  chunks: AsyncIterable<string> | Iterable<string>,
  compression: Compression,
  now: number,
): Promise<RepomdRecord> {
  const tmp = path.join(repodataDir, `.${type}.tmp-${randomBytes(6).toString('hex')}`);
  const unpacked = counter();
  const packed = counter();
  async function* source() {
    let batch = metadataHeader(type, count);
    for await (const c of chunks) {
      batch += c;
      if (batch.length >= STEP) {
        yield Buffer.from(batch);
        batch = '';
      }
    }
    yield Buffer.from(batch + METADATA_FOOTER[type]);
  }
  const comp =
    compression === 'zstd'
      ? zlib.createZstdCompress({ chunkSize: STEP, params: { [zlib.constants.ZSTD_c_compressionLevel]: 10 } })
      : // createrepo_c's level (Z_DEFAULT_COMPRESSION)
        zlib.createGzip({ level: 6, chunkSize: STEP });
  try {
    await pipeline(source, unpacked, comp, packed, createWriteStream(tmp));
    const ext = compression === 'zstd' ? 'zst' : 'gz';
    const checksum = packed.digest();
    const name = `${checksum}-${type}.xml.${ext}`;
    await rename(tmp, path.join(repodataDir, name));
    return {
      type,
      href: `repodata/${name}`,
      checksum,
      openChecksum: unpacked.digest(),
      size: packed.size,
      openSize: unpacked.size,
      timestamp: now,
    };
  } finally {
    await rm(tmp, { force: true });
  }
}
