/**
 * Reading Debian packages and deb822 control text.
 *
 * `readDebControl` opens a .deb (deb(5): an `ar` archive of `debian-binary`, `control.tar[.gz|.xz|
 * .zst]` and `data.tar.*`), reads the ar headers and the control member only (a few KiB: the
 * maintainer scripts and md5sums; capped at MAX_CONTROL_MEMBER), decompresses it and takes
 * `./control` out of the tar; data.tar is never read, so the cost does not grow with the payload.
 * It reads any valid deb: ours and dpkg-deb's (GNU ar names with a trailing `/` included).
 *
 * `parseControl` / `formatStanza` read and write deb822 paragraphs (control files, APT `Packages`
 * and `Release`): field values keep their continuation lines verbatim, so text round-trips.
 */
import { open } from 'node:fs/promises';
import zlib from 'node:zlib';
import { DistroError } from '../../errors.js';
import { loadUnxz } from '../archive/xz.js';

/**
 * One deb822 paragraph: field name → value, in file order. A multi-line value keeps its
 * continuation lines as written (`summary\n extended line\n .\n more`).
 */
export type Stanza = Map<string, string>;

export interface DebControl {
  /** The `control` file's fields. */
  fields: Stanza;
  /** The `control` file as written in the package. */
  text: string;
}

const AR_MAGIC = '!<arch>\n';
const AR_HEADER = 60;
/** A compressed control member larger than this is not one (dpkg's are a few KiB). */
const MAX_CONTROL_MEMBER = 64 * 1024 * 1024;
const TAR_BLOCK = 512;

/** Case-insensitive field lookup (deb822 field names are case-insensitive). */
export function getField(stanza: Stanza, name: string): string | undefined {
  const direct = stanza.get(name);
  if (direct !== undefined) return direct;
  const lower = name.toLowerCase();
  for (const [k, v] of stanza) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/**
 * Parses deb822 text into paragraphs separated by blank lines. `what` names the text in errors
 * (a file path). Comment lines (`#`) are skipped; a line that is neither `Name: value` nor a
 * continuation is an error.
 */
export function parseControl(text: string, what: string): Stanza[] {
  const out: Stanza[] = [];
  let cur: Stanza | undefined;
  let last: string | undefined;
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') {
      if (cur) out.push(cur);
      cur = undefined;
      last = undefined;
      continue;
    }
    if (line.startsWith('#')) continue;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (!cur || last === undefined)
        throw new DistroError(`${what}:${i + 1}: a continuation line without a field before it`, {
          file: what,
          line: i + 1,
        });
      cur.set(last, `${cur.get(last)}\n${line}`);
      continue;
    }
    const m = /^([^\s:][^:]*):[ \t]*(.*)$/.exec(line);
    if (!m)
      throw new DistroError(`${what}:${i + 1}: '${line.slice(0, 60)}' is not a 'Field: value' line`, {
        file: what,
        line: i + 1,
      });
    cur ??= new Map();
    last = m[1]!;
    cur.set(last, m[2]!.trimEnd());
  }
  if (cur) out.push(cur);
  return out;
}

/** A paragraph as deb822 text, each field `Name: value`, ending with a newline. */
export function formatStanza(stanza: Stanza): string {
  let s = '';
  for (const [k, v] of stanza) s += v.startsWith('\n') ? `${k}:${v}\n` : `${k}: ${v}\n`;
  return s;
}

/** Reads `length` bytes at `position` into `buf`; returns how many it could. */
type ReadAt = (buf: Buffer, length: number, position: number) => Promise<number>;

/** The control file of the deb that `readAt` reads (`size` bytes; `file` names it in errors). */
async function controlOf(readAt: ReadAt, size: number, file: string): Promise<DebControl> {
  const bad = (why: string, cause?: unknown): DistroError =>
    new DistroError(`${file}: not a valid Debian package: ${why}`, { file, cause });
  try {
    const head = Buffer.alloc(AR_HEADER);
    await readAt(head, AR_MAGIC.length, 0);
    if (head.toString('latin1', 0, AR_MAGIC.length) !== AR_MAGIC) throw bad('no ar archive signature');
    let pos = AR_MAGIC.length;
    let seenBinary = false;
    while (pos + AR_HEADER <= size) {
      const got = await readAt(head, AR_HEADER, pos);
      if (got < AR_HEADER || head.toString('latin1', 58, 60) !== '`\n')
        throw bad(`a damaged ar member header at byte ${pos}`);
      const name = head.toString('latin1', 0, 16).trimEnd().replace(/\/$/, '');
      const length = Number(head.toString('latin1', 48, 58).trim());
      if (!Number.isSafeInteger(length) || length < 0 || pos + AR_HEADER + length > size)
        throw bad(`the ar member '${name}' has a bad size`);
      const start = pos + AR_HEADER;
      if (name === 'debian-binary') {
        const version = Buffer.alloc(Math.min(length, 16));
        await readAt(version, version.length, start);
        if (!/^2\.\d+\n?/.test(version.toString('latin1')))
          throw bad(`unsupported format version '${version.toString('latin1').trim()}'`);
        seenBinary = true;
      } else if (name.startsWith('control.tar')) {
        if (!seenBinary) throw bad('debian-binary is not the first member');
        if (length > MAX_CONTROL_MEMBER) throw bad(`its ${name} is over ${MAX_CONTROL_MEMBER} bytes`);
        const member = Buffer.alloc(length);
        await readAt(member, length, start);
        const tarBytes = await decompress(member, name.slice('control.tar'.length), file);
        const text = controlFromTar(tarBytes);
        if (text === undefined) throw bad(`${name} has no ./control file`);
        return { text, fields: parseControl(text, `${file}: control`)[0] ?? new Map() };
      }
      pos = start + length + (length % 2);
    }
    throw bad('it has no control.tar member');
  } catch (err) {
    if (err instanceof DistroError) throw err;
    throw bad((err as Error).message, err);
  }
}

/** Reads the `control` file of the .deb at `file`, reading only the ar headers and control member. */
export async function readDebControl(file: string): Promise<DebControl> {
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await open(file, 'r');
  } catch (err) {
    throw new DistroError(`${file}: cannot open the package: ${(err as Error).message}`, {
      file,
      cause: err,
    });
  }
  try {
    const { size } = await fh.stat();
    const readAt: ReadAt = async (buf, length, position) =>
      (await fh.read(buf, 0, length, position)).bytesRead;
    return await controlOf(readAt, size, file);
  } finally {
    await fh.close();
  }
}

/** The `control` file of a .deb already held in memory (`file` names it in errors). */
export function debControlFromBytes(bytes: Buffer, file: string): Promise<DebControl> {
  const readAt: ReadAt = async (buf, length, position) => bytes.copy(buf, 0, position, position + length);
  return controlOf(readAt, bytes.length, file);
}

async function decompress(data: Buffer, ext: string, file: string): Promise<Buffer> {
  switch (ext) {
    case '':
      return data;
    case '.gz':
      return zlib.gunzipSync(data);
    case '.zst':
      return zlib.zstdDecompressSync(data);
    case '.xz':
      return Buffer.from(await (await loadUnxz())(data));
    default:
      throw new DistroError(`${file}: not a valid Debian package: unknown member control.tar${ext}`, {
        file,
      });
  }
}

/** A NUL-terminated tar header field. */
function field(block: Buffer, offset: number, length: number): string {
  const raw = block.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.toString('utf8', 0, end < 0 ? length : end);
}

/**
 * The content of `./control` in a tar held in memory (ustar, GNU or pax; extended headers are
 * skipped by their size, as `control` never needs a long name), or undefined.
 */
function controlFromTar(tar: Buffer): string | undefined {
  for (let pos = 0; pos + TAR_BLOCK <= tar.length;) {
    const header = tar.subarray(pos, pos + TAR_BLOCK);
    if (header.every((b) => b === 0)) return undefined; // end of archive
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    if (!Number.isSafeInteger(size) || size < 0) throw new Error(`a damaged tar header at byte ${pos}`);
    const type = String.fromCharCode(header[156]!);
    const prefix = field(header, 345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(header, 0, 100);
    const data = pos + TAR_BLOCK;
    if ((type === '0' || type === '\0') && name.replace(/^\.\//, '') === 'control') {
      if (data + size > tar.length) throw new Error('the control file is cut short');
      return tar.toString('utf8', data, data + size);
    }
    pos = data + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
  }
  return undefined;
}
