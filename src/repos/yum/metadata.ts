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

/**
 * One `<package>` element of a metadata file, with its pkgid: its bytes as they are in the file,
 * ending with a newline (a view into the block read, not a copy: kept elements are written back
 * without being decoded and encoded again).
 */
export interface Chunk {
  pkgid: string;
  xml: Buffer;
  /**
   * primary.xml: the element's text up to its checksum (name, arch, version, pkgid) and its
   * `<location>` element, decoded: what identifies the package, not its description or deps.
   */
  head?: string;
}

/** Bytes per read and per zlib output buffer: few, large steps through the streams. */
const STEP = 1 << 18;

const PACKAGE_OPEN = Buffer.from('<package ');
const PACKAGE_CLOSE = Buffer.from('</package>');
const CHECKSUM_CLOSE = Buffer.from('</checksum>');
const LOCATION_OPEN = Buffer.from('<location ');
const NEWLINE = Buffer.from('\n');
const PRIMARY_PKGID = /<checksum type="sha256" pkgid="YES">([0-9a-f]{64})<\/checksum>/;
const PKGID_ATTR = /^<package pkgid="([0-9a-f]{64})"/;
/** `<package pkgid="` and 64 hex digits. */
const PKGID_ATTR_END = 16 + 64 + 1;

/** The chunk of the element `buf[start, stop)` (`stop` past its newline, when it has one). */
function chunkAt(buf: Buffer, start: number, stop: number, primary: boolean): Chunk | undefined {
  const whole = buf.subarray(start, stop);
  const xml = whole[whole.length - 1] === 10 ? whole : Buffer.concat([whole, NEWLINE]);
  if (!primary) {
    const pkgid = PKGID_ATTR.exec(buf.toString('latin1', start, Math.min(stop, start + PKGID_ATTR_END)))?.[1];
    return pkgid ? { pkgid, xml } : undefined;
  }
  const checksum = whole.indexOf(CHECKSUM_CLOSE);
  const location = checksum >= 0 ? whole.indexOf(LOCATION_OPEN, checksum) : -1;
  const locationEnd = location >= 0 ? whole.indexOf(62 /* > */, location) : -1;
  const head =
    locationEnd >= 0
      ? whole.toString('utf8', 0, checksum + CHECKSUM_CLOSE.length) +
        whole.toString('utf8', location, locationEnd + 1)
      : whole.toString('utf8');
  const pkgid = PRIMARY_PKGID.exec(head)?.[1];
  return pkgid ? { pkgid, xml, head } : undefined;
}

/** Finds the `<package>` elements of `buf` from `from` on into `batch`; returns where the unfinished rest starts. */
function scan(buf: Buffer, from: number, primary: boolean, file: string, batch: Chunk[]): number {
  let next = from;
  let start = buf.indexOf(PACKAGE_OPEN, from);
  while (start >= 0) {
    const end = buf.indexOf(PACKAGE_CLOSE, start);
    if (end < 0) return start;
    let stop = end + PACKAGE_CLOSE.length;
    if (buf[stop] === 10) stop++;
    const chunk = chunkAt(buf, start, stop, primary);
    if (!chunk) damaged(file, 'a package without a sha256 pkgid');
    batch.push(chunk);
    next = stop;
    start = buf.indexOf(PACKAGE_OPEN, stop);
  }
  return next;
}

/**
 * Where in `piece` the first `</package>` after `rest` ends (past its newline), counting one that
 * begins in `rest`; -1 when there is none.
 */
function firstCloseEnd(rest: Buffer, piece: Buffer): number {
  const n = PACKAGE_CLOSE.length;
  const r = Math.min(rest.length, n - 1);
  const seam = Buffer.concat([rest.subarray(rest.length - r), piece.subarray(0, n - 1)]);
  const k = seam.indexOf(PACKAGE_CLOSE);
  const i = k >= 0 ? k - r : piece.indexOf(PACKAGE_CLOSE);
  if (i < 0 && k < 0) return -1;
  const end = i + n;
  return piece[end] === 10 ? end + 1 : end;
}

/**
 * The `<package>` chunks of the metadata file `record` names, in file order, in batches (one per
 * block of decompressed bytes). Checks both checksums of repomd.xml once the file ends. The
 * elements are found by their ASCII tags in the bytes, which UTF-8 never forms inside a character;
 * only an element cut by the end of a block is copied, to join its two parts.
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
  const primary = record.type === 'primary';
  let rest: Buffer = Buffer.alloc(0);
  try {
    for await (const piece of unpacked as AsyncIterable<Buffer>) {
      const batch: Chunk[] = [];
      let from = 0;
      if (rest.length) {
        const cut = firstCloseEnd(rest, piece);
        if (cut < 0) {
          rest = Buffer.concat([rest, piece]);
          continue;
        }
        scan(Buffer.concat([rest, piece.subarray(0, cut)]), 0, primary, file, batch);
        from = cut;
      }
      rest = piece.subarray(scan(piece, from, primary, file, batch));
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

/** A run this long goes down the pipeline as it is; shorter ones are joined (one copy, fewer writes). */
const LONG_RUN = 1 << 16;

/**
 * Buffers to write, gathered: a buffer that continues the one before it in memory (kept elements
 * read back from one block) extends it, so that the old elements pass as a few long runs, never
 * copied; the short buffers (new elements, header, footer) between them are joined.
 */
class Gather {
  private readonly runs: Buffer[] = [];
  private run: Buffer | undefined;
  private runEnd = 0;
  size = 0;

  add(b: Buffer): void {
    this.size += b.length;
    if (this.run && b.buffer === this.run.buffer && b.byteOffset === this.runEnd) {
      this.runEnd += b.length;
      return;
    }
    this.close();
    this.run = b;
    this.runEnd = b.byteOffset + b.length;
  }

  private close(): void {
    const r = this.run;
    if (r) this.runs.push(Buffer.from(r.buffer, r.byteOffset, this.runEnd - r.byteOffset));
    this.run = undefined;
  }

  /** What was added since the last take, in long runs and joined short ones. */
  take(): Buffer[] {
    this.close();
    const out: Buffer[] = [];
    let short: Buffer[] = [];
    const join = () => {
      if (short.length) out.push(short.length === 1 ? short[0]! : Buffer.concat(short));
      short = [];
    };
    for (const r of this.runs) {
      if (r.length < LONG_RUN) short.push(r);
      else {
        join();
        out.push(r);
      }
    }
    join();
    this.runs.length = 0;
    this.size = 0;
    return out;
  }
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
  chunks: AsyncIterable<readonly Buffer[]> | Iterable<readonly Buffer[]>,
  compression: Compression,
  now: number,
): Promise<RepomdRecord> {
  const tmp = path.join(repodataDir, `.${type}.tmp-${randomBytes(6).toString('hex')}`);
  const unpacked = counter();
  const packed = counter();
  // the chunks are gathered into steps of about STEP bytes: one copy, few writes down the pipeline
  async function* source() {
    const gather = new Gather();
    gather.add(Buffer.from(metadataHeader(type, count)));
    for await (const batch of chunks) {
      for (const c of batch) gather.add(c);
      if (gather.size >= STEP) yield* gather.take();
    }
    gather.add(Buffer.from(METADATA_FOOTER[type]));
    yield* gather.take();
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
