/**
 * A reader of rpm v3/v4 package files (any rpm, not only ours): the 96-byte lead, the signature
 * header (padded to 8 bytes), the main header and where the payload starts. Only the headers are
 * read, with positioned reads; the payload is never touched, so memory does not grow with it.
 *
 * `readRpmHeaders` returns both headers as tag → typed value maps plus their raw bytes and byte
 * offsets (the signer and the YUM repository writer need those); `rpmInfo` turns the main header
 * into the package metadata that `rpm -qp --queryformat` shows (NEVRA, descriptions, file list,
 * dependencies, changelog).
 */
import { constants as fsc } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { DistroError } from '../../errors.js';
import { SENSE } from './deps.js';
import { HEADER_IMMUTABLE, HEADER_MAGIC, HEADER_SIGNATURES, LEAD_MAGIC, LEAD_SIZE, T } from './header.js';
import { FILEFLAG, SIGTAG, TAG } from './tags.js';

/** rpm's limits on a header (lib/header.c): at most 0xffff index entries and 256 MiB of data. */
const MAX_ENTRIES = 0xffff;
const MAX_DATA = 0x0fffffff;
/** The obsolete region tag of rpm 3 headers, still found in old signature trailers. */
const HEADER_IMAGE = 61;

/** One tag's value, typed as the header stores it. I18NSTRING holds one string per locale. */
export type RpmValue =
  | { type: 0; value: null }
  | { type: 1 | 2 | 3 | 4; value: readonly number[] }
  | { type: 5; value: readonly bigint[] }
  | { type: 6; value: string }
  | { type: 7; value: Buffer }
  | { type: 8 | 9; value: readonly string[] };

/** An index entry as stored: offset is relative to the data store. */
export interface RpmIndexEntry {
  tag: number;
  type: number;
  offset: number;
  count: number;
}

/** A parsed header blob: typed values, the raw bytes and where they lie in the file. */
export class RpmHeader {
  /** Index of the 'C' locale in HEADERI18NTABLE (0 when there is no table). */
  private readonly locale: number;

  constructor(
    /** The header blob as in the file: magic, counts, index, data store (no padding). */
    readonly bytes: Buffer,
    /** Offset of the blob in the file. */
    readonly start: number,
    /** The index entries, in file order. */
    readonly entries: readonly RpmIndexEntry[],
    private readonly values: ReadonlyMap<number, RpmValue>,
    /** The region tag (63 or 62) when the header has an immutable region, else undefined. */
    readonly region: number | undefined,
  ) {
    const table = this.values.get(TAG.HEADERI18NTABLE);
    const i = table?.type === T.STRING_ARRAY ? table.value.indexOf('C') : -1;
    this.locale = Math.max(i, 0);
  }

  /** Offset just past the blob in the file. */
  get end(): number {
    return this.start + this.bytes.length;
  }

  /** The tags present, in ascending order. */
  tags(): number[] {
    return [...this.values.keys()].sort((a, b) => a - b);
  }

  has(tag: number): boolean {
    return this.values.has(tag);
  }

  /** The typed value of `tag`, or undefined. */
  get(tag: number): RpmValue | undefined {
    return this.values.get(tag);
  }

  /** A STRING tag; an I18NSTRING in the 'C' locale; the first item of a STRING_ARRAY. */
  string(tag: number): string | undefined {
    const v = this.values.get(tag);
    if (!v) return undefined;
    if (v.type === T.STRING) return v.value;
    if (v.type === T.I18NSTRING) return v.value[this.locale] ?? v.value[0];
    if (v.type === T.STRING_ARRAY) return v.value[0];
    return undefined;
  }

  /** A STRING_ARRAY tag (a STRING as one item); [] when absent. */
  strings(tag: number): string[] {
    const v = this.values.get(tag);
    if (!v) return [];
    if (v.type === T.STRING_ARRAY || v.type === T.I18NSTRING) return [...v.value];
    if (v.type === T.STRING) return [v.value];
    return [];
  }

  /** An integer tag (CHAR, INT8/16/32 unsigned, INT64 as numbers); [] when absent. */
  numbers(tag: number): number[] {
    const v = this.values.get(tag);
    if (!v) return [];
    if (v.type === T.INT64) return v.value.map(Number);
    if (v.type >= T.CHAR && v.type <= T.INT32) return [...(v.value as readonly number[])];
    return [];
  }

  /** The first number of an integer tag, or undefined. */
  number(tag: number): number | undefined {
    return this.numbers(tag)[0];
  }

  /** A BIN tag, or undefined. */
  binary(tag: number): Buffer | undefined {
    const v = this.values.get(tag);
    return v?.type === T.BIN ? v.value : undefined;
  }
}

/** The lead's fields (rpm ignores all but the magic). */
export interface RpmLead {
  major: number;
  minor: number;
  /** 0 binary, 1 source. */
  type: number;
  archnum: number;
  name: string;
  os: number;
  signatureType: number;
}

/** An rpm file's structure: lead, both headers, offsets of the header and payload. */
export interface RpmFile {
  file: string;
  lead: RpmLead;
  signature: RpmHeader;
  header: RpmHeader;
  /** Offset of the main header (after the padded signature header). */
  headerStart: number;
  /** Offset just past the main header. */
  headerEnd: number;
  /** Offset of the (compressed) payload: equal to headerEnd. */
  payloadStart: number;
  fileSize: number;
  /** The main header blob: what the header digests and OpenPGP header signatures cover. */
  headerBytes: Buffer;
}

class Invalid extends Error {}

/** Gives `length` bytes at `position` of the package, failing when it is shorter. */
type Reader = (position: number, length: number, what: string) => Promise<Buffer>;

function fileReader(fh: FileHandle): Reader {
  return async (position, length, what) => {
    const buf = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
      const { bytesRead } = await fh.read(buf, got, length - got, position + got);
      if (bytesRead === 0) throw new Invalid(`the file ends inside the ${what}`);
      got += bytesRead;
    }
    return buf;
  };
}

function bufferReader(data: Buffer): Reader {
  return (position, length, what) => {
    if (position + length > data.length) throw new Invalid(`the file ends inside the ${what}`);
    return Promise.resolve(data.subarray(position, position + length));
  };
}

/** Reads and parses one header blob at `position`. */
async function readHeader(
  read: Reader,
  position: number,
  what: string,
  regionTag: number,
): Promise<RpmHeader> {
  const intro = await read(position, 16, what);
  if (!intro.subarray(0, 4).equals(HEADER_MAGIC.subarray(0, 4)))
    throw new Invalid(`the ${what} does not start with the header magic 8eade801`);
  const il = intro.readUInt32BE(8);
  const dl = intro.readUInt32BE(12);
  if (il < 1 || il > MAX_ENTRIES) throw new Invalid(`the ${what} has ${il} index entries`);
  if (dl > MAX_DATA) throw new Invalid(`the ${what} claims ${dl} bytes of data`);
  const rest = await read(position + 16, il * 16 + dl, what);
  const bytes = Buffer.concat([intro, rest]);
  return parseHeader(bytes, position, what, regionTag);
}

/** Parses a header blob held in memory. */
function parseHeader(bytes: Buffer, start: number, what: string, regionTag: number): RpmHeader {
  const il = bytes.readUInt32BE(8);
  const dl = bytes.readUInt32BE(12);
  const dataStart = 16 + il * 16;
  const data = bytes.subarray(dataStart, dataStart + dl);
  const entries: RpmIndexEntry[] = [];
  const values = new Map<number, RpmValue>();
  for (let i = 0; i < il; i++) {
    const e = 16 + i * 16;
    entries.push({
      tag: bytes.readUInt32BE(e),
      type: bytes.readUInt32BE(e + 4),
      offset: bytes.readInt32BE(e + 8),
      count: bytes.readUInt32BE(e + 12),
    });
  }
  let region: number | undefined;
  const first = entries[0]!;
  if ((first.tag === regionTag || first.tag === HEADER_IMAGE) && first.type === T.BIN && first.count === 16) {
    if (first.offset < 0 || first.offset + 16 > dl)
      throw new Invalid(`the ${what}'s region trailer lies outside it`);
    region = first.tag;
  }
  for (const e of entries) {
    if (e === first && region !== undefined) continue;
    try {
      values.set(e.tag, decode(data, e));
    } catch (err) {
      throw new Invalid(`the ${what}'s tag ${e.tag}: ${(err as Error).message}`);
    }
  }
  return new RpmHeader(bytes, start, entries, values, region);
}

const SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8 };

/** Decodes one entry's data. */
function decode(data: Buffer, e: RpmIndexEntry): RpmValue {
  const { type, offset, count } = e;
  if (type === 0) return { type: 0, value: null };
  if (offset < 0 || offset > data.length) throw new Error('data offset out of range');
  if (count > data.length) throw new Error(`count ${count} larger than the data`);
  switch (type) {
    case T.CHAR:
    case T.INT8:
    case T.INT16:
    case T.INT32:
    case T.INT64: {
      const size = SIZE[type]!;
      if (offset + count * size > data.length) throw new Error('array runs past the data');
      if (type === T.INT64)
        return { type, value: Array.from({ length: count }, (_, i) => data.readBigUInt64BE(offset + i * 8)) };
      const read =
        size === 1
          ? (o: number) => data[o]!
          : size === 2
            ? (o: number) => data.readUInt16BE(o)
            : (o: number) => data.readUInt32BE(o);
      return { type, value: Array.from({ length: count }, (_, i) => read(offset + i * size)) };
    }
    case T.BIN:
      if (offset + count > data.length) throw new Error('binary data runs past the data');
      return { type, value: Buffer.from(data.subarray(offset, offset + count)) };
    case T.STRING:
    case T.STRING_ARRAY:
    case T.I18NSTRING: {
      const n = type === T.STRING ? 1 : count;
      const out: string[] = [];
      let p = offset;
      for (let i = 0; i < n; i++) {
        const nul = data.indexOf(0, p);
        if (nul < 0) throw new Error('string without its NUL terminator');
        out.push(data.toString('utf8', p, nul));
        p = nul + 1;
      }
      return type === T.STRING ? { type, value: out[0]! } : { type, value: out };
    }
    default:
      throw new Error(`unknown data type ${type}`);
  }
}

/** The lead and both headers, through `read`. */
async function parseRpm(file: string, read: Reader, fileSize: number): Promise<RpmFile> {
  const raw = await read(0, LEAD_SIZE, 'lead');
  if (!raw.subarray(0, 4).equals(LEAD_MAGIC))
    throw new Invalid('it does not start with the rpm lead magic edabeedb');
  const nul = raw.indexOf(0, 10);
  const lead: RpmLead = {
    major: raw[4]!,
    minor: raw[5]!,
    type: raw.readUInt16BE(6),
    archnum: raw.readUInt16BE(8),
    name: raw.toString('utf8', 10, nul < 0 || nul > 76 ? 76 : nul),
    os: raw.readUInt16BE(76),
    signatureType: raw.readUInt16BE(78),
  };
  if (lead.major < 3 || lead.major > 4)
    throw new Invalid(`rpm format version ${lead.major} is not supported (3 or 4)`);
  if (lead.signatureType !== 5) throw new Invalid(`signature type ${lead.signatureType} is not a header (5)`);
  const signature = await readHeader(read, LEAD_SIZE, 'signature header', HEADER_SIGNATURES);
  const headerStart = LEAD_SIZE + Math.ceil(signature.bytes.length / 8) * 8;
  const header = await readHeader(read, headerStart, 'header', HEADER_IMMUTABLE);
  if (header.end > fileSize) throw new Invalid('the file ends inside the header');
  return {
    file,
    lead,
    signature,
    header,
    headerStart,
    headerEnd: header.end,
    payloadStart: header.end,
    fileSize,
    headerBytes: header.bytes,
  };
}

/** One DistroError naming the file for whatever went wrong reading it. */
function readError(file: string, err: unknown): DistroError {
  if (err instanceof Invalid)
    return new DistroError(
      `${file} is not a valid rpm package: ${err.message}. Check that the file is an rpm and was copied completely.`,
      { file },
    );
  return new DistroError(`${file}: cannot read the rpm package (${(err as Error).message}).`, {
    file,
    cause: err,
  });
}

/**
 * Reads the lead and both headers of the rpm package `file` (never the payload). A file that is
 * not an rpm, or is truncated or corrupt, is one DistroError naming the file.
 */
export async function readRpmHeaders(file: string): Promise<RpmFile> {
  let fh: FileHandle;
  try {
    fh = await open(file, 'r');
  } catch (err) {
    throw new DistroError(`${file}: cannot open the rpm package (${(err as Error).message}).`, {
      file,
      cause: err,
    });
  }
  try {
    return await parseRpm(file, fileReader(fh), (await fh.stat()).size);
  } catch (err) {
    throw readError(file, err);
  } finally {
    await fh.close();
  }
}

/** `readRpmHeaders` of a whole package already in memory (`data`, the bytes of `file`). */
export async function rpmHeadersFromBytes(file: string, data: Buffer): Promise<RpmFile> {
  try {
    return await parseRpm(file, bufferReader(data), data.length);
  } catch (err) {
    throw readError(file, err);
  }
}

/** Sense of a dependency as createrepo_c spells it in primary.xml. */
export type DepOp = 'LT' | 'LE' | 'EQ' | 'GE' | 'GT';

/** One dependency (requires, provides, …) with its flags and its version split as rpm does. */
export interface RpmDependency {
  name: string;
  /** rpmsenseFlags as stored (comparison and context bits). */
  flags: number;
  /** The version as stored: `[epoch:]version[-release]`, '' when unversioned. */
  version: string;
  op?: DepOp;
  epoch?: string;
  ver?: string;
  rel?: string;
  /** Needed before install scripts run (Requires(pre/post), PreReq): createrepo_c's `pre="1"`. */
  pre: boolean;
}

/** One file of the package, with its full path. */
export interface RpmFileInfo {
  path: string;
  type: 'file' | 'dir' | 'symlink' | 'other';
  /** st_mode (type and permission bits). */
  mode: number;
  size: number;
  mtime: number;
  /** FILEFLAGS bits (see FILEFLAG). */
  flags: number;
  config: boolean;
  ghost: boolean;
  doc: boolean;
  /** Hex digest ('' for non-regular files); its algorithm is RpmInfo.fileDigestAlgo. */
  digest: string;
  linkTarget: string;
  user: string;
  group: string;
}

export interface RpmChangelogEntry {
  /** Seconds since the epoch. */
  time: number;
  author: string;
  text: string;
}

/** A package's metadata, as `rpm -qp --queryformat` shows it. */
export interface RpmInfo {
  name: string;
  /** Epoch, or undefined when the package has none. */
  epoch?: number;
  version: string;
  release: string;
  /** Binary packages: ARCH; source packages: 'src'. */
  arch: string;
  isSource: boolean;
  summary: string;
  description: string;
  url: string;
  license: string;
  vendor: string;
  group: string;
  packager: string;
  buildtime: number;
  buildhost: string;
  /** Source rpm name (binary packages only; '' for source packages). */
  sourcerpm: string;
  /** Installed size (LONGSIZE or SIZE). */
  size: number;
  /** Uncompressed payload size (LONGARCHIVESIZE / PAYLOADSIZE of the signature header), if recorded. */
  archiveSize?: number;
  /** rpm's PGPHASHALGO number of FILEDIGESTS (1 MD5 when the header does not say, 8 SHA-256). */
  fileDigestAlgo: number;
  files: RpmFileInfo[];
  requires: RpmDependency[];
  provides: RpmDependency[];
  conflicts: RpmDependency[];
  obsoletes: RpmDependency[];
  recommends: RpmDependency[];
  suggests: RpmDependency[];
  supplements: RpmDependency[];
  enhances: RpmDependency[];
  /** Newest first, as stored. */
  changelog: RpmChangelogEntry[];
}

const SENSE_OPS: Record<number, DepOp> = {
  [SENSE.LESS]: 'LT',
  [SENSE.LESS | SENSE.EQUAL]: 'LE',
  [SENSE.EQUAL]: 'EQ',
  [SENSE.GREATER | SENSE.EQUAL]: 'GE',
  [SENSE.GREATER]: 'GT',
};

/** rpm's legacy PreReq bit and the install-time context bits (isLegacyPreReq || isInstallPreReq). */
const PRE_MASK = SENSE.PREREQ | SENSE.SCRIPT_PRE | SENSE.SCRIPT_POST;

/** Splits `[epoch:]version[-release]` as rpm's parseEVR does. */
export function parseEvr(evr: string): { epoch?: string; version: string; release?: string } {
  const m = /^(\d*):/.exec(evr);
  const epoch = m ? m[1] || '0' : undefined;
  const rest = m ? evr.slice(m[0].length) : evr;
  const dash = rest.lastIndexOf('-');
  return dash < 0
    ? { epoch, version: rest }
    : { epoch, version: rest.slice(0, dash), release: rest.slice(dash + 1) };
}

function deps(h: RpmHeader, nameTag: number, flagsTag: number, versionTag: number): RpmDependency[] {
  const names = h.strings(nameTag);
  const flags = h.numbers(flagsTag);
  const versions = h.strings(versionTag);
  return names.map((name, i) => {
    const f = flags[i] ?? 0;
    const version = versions[i] ?? '';
    const op = SENSE_OPS[f & (SENSE.LESS | SENSE.GREATER | SENSE.EQUAL)];
    const d: RpmDependency = { name, flags: f, version, pre: (f & PRE_MASK) !== 0 };
    if (op) d.op = op;
    if (version) {
      const evr = parseEvr(version);
      if (evr.epoch !== undefined) d.epoch = evr.epoch;
      d.ver = evr.version;
      if (evr.release !== undefined) d.rel = evr.release;
    }
    return d;
  });
}

function fileType(mode: number): RpmFileInfo['type'] {
  switch (mode & fsc.S_IFMT) {
    case fsc.S_IFREG:
      return 'file';
    case fsc.S_IFDIR:
      return 'dir';
    case fsc.S_IFLNK:
      return 'symlink';
    default:
      return 'other';
  }
}

function files(h: RpmHeader): RpmFileInfo[] {
  let paths = h.strings(TAG.OLDFILENAMES);
  const basenames = h.strings(TAG.BASENAMES);
  if (basenames.length) {
    const dirnames = h.strings(TAG.DIRNAMES);
    const dirindexes = h.numbers(TAG.DIRINDEXES);
    paths = basenames.map((b, i) => `${dirnames[dirindexes[i] ?? -1] ?? ''}${b}`);
  }
  const sizes = h.has(TAG.LONGFILESIZES) ? h.numbers(TAG.LONGFILESIZES) : h.numbers(TAG.FILESIZES);
  const modes = h.numbers(TAG.FILEMODES);
  const mtimes = h.numbers(TAG.FILEMTIMES);
  const flags = h.numbers(TAG.FILEFLAGS);
  const digests = h.strings(TAG.FILEDIGESTS);
  const links = h.strings(TAG.FILELINKTOS);
  const users = h.strings(TAG.FILEUSERNAME);
  const groups = h.strings(TAG.FILEGROUPNAME);
  return paths.map((p, i) => {
    const mode = modes[i] ?? 0;
    const f = flags[i] ?? 0;
    return {
      path: p,
      type: fileType(mode),
      mode,
      size: sizes[i] ?? 0,
      mtime: mtimes[i] ?? 0,
      flags: f,
      config: (f & FILEFLAG.config) !== 0,
      ghost: (f & FILEFLAG.ghost) !== 0,
      doc: (f & FILEFLAG.doc) !== 0,
      digest: digests[i] ?? '',
      linkTarget: links[i] ?? '',
      user: users[i] ?? '',
      group: groups[i] ?? '',
    };
  });
}

/** The package metadata of a file read by `readRpmHeaders`. */
export function rpmInfo(rpm: RpmFile): RpmInfo {
  const h = rpm.header;
  const s = (tag: number) => h.string(tag) ?? '';
  const isSource = !h.has(TAG.SOURCERPM);
  const times = h.numbers(TAG.CHANGELOGTIME);
  const names = h.strings(TAG.CHANGELOGNAME);
  const texts = h.strings(TAG.CHANGELOGTEXT);
  const archiveSize =
    rpm.signature.number(SIGTAG.LONGARCHIVESIZE) ??
    rpm.signature.number(SIGTAG.PAYLOADSIZE) ??
    h.number(TAG.ARCHIVESIZE);
  const info: RpmInfo = {
    name: s(TAG.NAME),
    version: s(TAG.VERSION),
    release: s(TAG.RELEASE),
    arch: isSource ? 'src' : s(TAG.ARCH),
    isSource,
    summary: s(TAG.SUMMARY),
    description: s(TAG.DESCRIPTION),
    url: s(TAG.URL),
    license: s(TAG.LICENSE),
    vendor: s(TAG.VENDOR),
    group: s(TAG.GROUP),
    packager: s(TAG.PACKAGER),
    buildtime: h.number(TAG.BUILDTIME) ?? 0,
    buildhost: s(TAG.BUILDHOST),
    sourcerpm: s(TAG.SOURCERPM),
    size: h.number(TAG.LONGSIZE) ?? h.number(TAG.SIZE) ?? 0,
    fileDigestAlgo: h.number(TAG.FILEDIGESTALGO) ?? 1,
    files: files(h),
    requires: deps(h, TAG.REQUIRENAME, TAG.REQUIREFLAGS, TAG.REQUIREVERSION),
    provides: deps(h, TAG.PROVIDENAME, TAG.PROVIDEFLAGS, TAG.PROVIDEVERSION),
    conflicts: deps(h, TAG.CONFLICTNAME, TAG.CONFLICTFLAGS, TAG.CONFLICTVERSION),
    obsoletes: deps(h, TAG.OBSOLETENAME, TAG.OBSOLETEFLAGS, TAG.OBSOLETEVERSION),
    recommends: deps(h, TAG.RECOMMENDNAME, TAG.RECOMMENDFLAGS, TAG.RECOMMENDVERSION),
    suggests: deps(h, TAG.SUGGESTNAME, TAG.SUGGESTFLAGS, TAG.SUGGESTVERSION),
    supplements: deps(h, TAG.SUPPLEMENTNAME, TAG.SUPPLEMENTFLAGS, TAG.SUPPLEMENTVERSION),
    enhances: deps(h, TAG.ENHANCENAME, TAG.ENHANCEFLAGS, TAG.ENHANCEVERSION),
    changelog: times.map((time, i) => ({ time, author: names[i] ?? '', text: texts[i] ?? '' })),
  };
  const epoch = h.number(TAG.EPOCH);
  if (epoch !== undefined) info.epoch = epoch;
  if (archiveSize !== undefined) info.archiveSize = archiveSize;
  return info;
}
