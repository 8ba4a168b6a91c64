/**
 * Reading and writing repodata/: repomd.xml, and the package chunks of primary, filelists and
 * other, streamed through gzip or zstd (memory does not grow with the repository). Existing files
 * are read back chunk by chunk (`<package …>…</package>`, which the escaping guarantees cannot
 * occur inside a text) and their checksums checked against repomd.xml while they stream by.
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

/** An attribute of the first element named `element` in `xml`, unescaped. */
export function attr(xml: string, element: string, name: string): string | undefined {
  const el = new RegExp(`<${element}\\s[^>]*>`).exec(xml)?.[0];
  if (!el) return undefined;
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(el);
  return m ? unescape(m[1]!) : undefined;
}

/** The text of the first element named `element` in `xml`, unescaped. */
export function text(xml: string, element: string): string | undefined {
  const m = new RegExp(`<${element}(?:\\s[^>]*)?>([^<]*)</${element}>`).exec(xml);
  return m ? unescape(m[1]!) : undefined;
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
  if (href.endsWith('.gz')) return zlib.createGunzip();
  if (href.endsWith('.zst')) return zlib.createZstdDecompress();
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

/**
 * The `<package>` chunks of the metadata file `record` names, in file order, each with its pkgid
 * and its text (ending with a newline). Checks both checksums of repomd.xml once the file ends.
 */
export async function* readChunks(
  repoDir: string,
  record: RepomdRecord,
): AsyncGenerator<{ pkgid: string; xml: string }> {
  const file = path.join(repoDir, record.href);
  const packed = counter();
  const unpacked = counter();
  const unz = decompressor(record.href);
  const input = createReadStream(file);
  const done = unz ? pipeline(input, packed, unz, unpacked) : pipeline(input, packed, unpacked);
  let failure: unknown;
  done.catch((e: unknown) => (failure = e));
  const pkgidOf = (xml: string) =>
    xml.startsWith('<package type="rpm">')
      ? /<checksum type="sha256" pkgid="YES">([0-9a-f]{64})<\/checksum>/.exec(xml)?.[1]
      : /^<package pkgid="([0-9a-f]{64})"/.exec(xml)?.[1];
  let buf = '';
  const decoder = new TextDecoder();
  try {
    for await (const chunk of unpacked as AsyncIterable<Buffer>) {
      buf += decoder.decode(chunk, { stream: true });
      let start = buf.indexOf('<package ');
      let end = buf.indexOf('</package>', start);
      while (start >= 0 && end >= 0) {
        let stop = end + '</package>'.length;
        if (buf[stop] === '\n') stop++;
        const xml = buf.slice(start, stop);
        const pkgid = pkgidOf(xml);
        if (!pkgid) damaged(file, 'a package without a sha256 pkgid');
        yield { pkgid, xml: xml.endsWith('\n') ? xml : `${xml}\n` };
        buf = buf.slice(stop);
        start = buf.indexOf('<package ');
        end = buf.indexOf('</package>', start);
      }
      if (start > 0) buf = buf.slice(start);
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
      if (batch.length >= 1 << 16) {
        yield Buffer.from(batch);
        batch = '';
      }
    }
    yield Buffer.from(batch + METADATA_FOOTER[type]);
  }
  const comp =
    compression === 'zstd'
      ? zlib.createZstdCompress({ params: { [zlib.constants.ZSTD_c_compressionLevel]: 10 } })
      : zlib.createGzip({ level: 6 });
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
