/**
 * rpm header structures (rpm 4.x, lib/header.c): the 96-byte lead, and header blobs.
 *
 * A header is `8E AD E8 01`, 4 reserved bytes, the number of index entries and the size of the
 * data store (both big-endian u32), then the index entries (tag, type, offset, count: 16 bytes
 * each), then the data store. Entries are sorted by tag and their data lies in the same order,
 * each item aligned to its type's size (rpm rejects overlapping or misaligned data). The first
 * entry is the region tag (HEADERIMMUTABLE 63, or HEADERSIGNATURES 62 in the signature header):
 * type BIN, count 16, its offset points at a 16-byte trailer at the end of the data store which
 * is itself an index entry (same tag, type BIN, offset = -(number of entries × 16), count 16).
 */
export const T = {
  CHAR: 1,
  INT8: 2,
  INT16: 3,
  INT32: 4,
  INT64: 5,
  STRING: 6,
  BIN: 7,
  STRING_ARRAY: 8,
  I18NSTRING: 9,
} as const;
type T = typeof T;

export type TagValue =
  | { type: T['STRING'] | T['I18NSTRING']; value: string }
  | { type: T['STRING_ARRAY']; value: readonly string[] }
  | { type: T['CHAR'] | T['INT8'] | T['INT16'] | T['INT32']; value: readonly number[] }
  | { type: T['INT64']; value: readonly bigint[] }
  | { type: T['BIN']; value: Buffer };

export const HEADER_SIGNATURES = 62;
export const HEADER_IMMUTABLE = 63;

/** A header blob starts with these 8 bytes (magic, version 1, 4 reserved bytes). */
export const HEADER_MAGIC = Buffer.from([0x8e, 0xad, 0xe8, 0x01, 0, 0, 0, 0]);

/** The first 4 bytes of an rpm file (the lead). */
export const LEAD_MAGIC = Buffer.from([0xed, 0xab, 0xee, 0xdb]);

/** Size of the lead, in bytes. */
export const LEAD_SIZE = 96;

const ALIGN: Record<number, number> = { [T.INT16]: 2, [T.INT32]: 4, [T.INT64]: 8 };

/** Collects tags and serialises them as one header blob with its region. */
export class HeaderBuilder {
  private readonly tags = new Map<number, TagValue>();

  set(tag: number, v: TagValue): this {
    this.tags.set(tag, v);
    return this;
  }
  string(tag: number, value: string): this {
    return this.set(tag, { type: T.STRING, value });
  }
  i18n(tag: number, value: string): this {
    return this.set(tag, { type: T.I18NSTRING, value });
  }
  strings(tag: number, value: readonly string[]): this {
    return value.length ? this.set(tag, { type: T.STRING_ARRAY, value }) : this;
  }
  int32(tag: number, value: readonly number[]): this {
    return value.length ? this.set(tag, { type: T.INT32, value }) : this;
  }
  int16(tag: number, value: readonly number[]): this {
    return value.length ? this.set(tag, { type: T.INT16, value }) : this;
  }
  int64(tag: number, value: readonly bigint[]): this {
    return value.length ? this.set(tag, { type: T.INT64, value }) : this;
  }

  /** The header blob with `regionTag` as its region (63 for the main header, 62 for the signature). */
  build(regionTag: number): Buffer {
    const sorted = [...this.tags.entries()].sort((a, b) => a[0] - b[0]);
    const il = sorted.length + 1;
    const index = Buffer.alloc(il * 16);
    const parts: Buffer[] = [];
    let offset = 0;
    const pad = (align: number) => {
      const r = offset % align;
      if (r) {
        parts.push(Buffer.alloc(align - r));
        offset += align - r;
      }
    };
    sorted.forEach(([tag, v], i) => {
      pad(ALIGN[v.type] ?? 1);
      const { data, count } = encode(v);
      const e = (i + 1) * 16;
      index.writeUInt32BE(tag, e);
      index.writeUInt32BE(v.type, e + 4);
      index.writeUInt32BE(offset, e + 8);
      index.writeUInt32BE(count, e + 12);
      parts.push(data);
      offset += data.length;
    });
    // region entry and its trailer (the trailer needs no alignment: rpm copies it with memcpy)
    const trailer = Buffer.alloc(16);
    trailer.writeUInt32BE(regionTag, 0);
    trailer.writeUInt32BE(T.BIN, 4);
    trailer.writeInt32BE(-(il * 16), 8);
    trailer.writeUInt32BE(16, 12);
    index.writeUInt32BE(regionTag, 0);
    index.writeUInt32BE(T.BIN, 4);
    index.writeUInt32BE(offset, 8);
    index.writeUInt32BE(16, 12);
    parts.push(trailer);
    offset += 16;
    const counts = Buffer.alloc(8);
    counts.writeUInt32BE(il, 0);
    counts.writeUInt32BE(offset, 4);
    return Buffer.concat([HEADER_MAGIC, counts, index, ...parts]);
  }
}

function encode(v: TagValue): { data: Buffer; count: number } {
  switch (v.type) {
    case T.STRING:
    case T.I18NSTRING:
      return { data: Buffer.from(`${v.value}\0`, 'utf8'), count: 1 };
    case T.STRING_ARRAY:
      return { data: Buffer.from(v.value.map((s) => `${s}\0`).join(''), 'utf8'), count: v.value.length };
    case T.CHAR:
    case T.INT8:
      return { data: Buffer.from(v.value.map((n) => n & 0xff)), count: v.value.length };
    case T.INT16: {
      const b = Buffer.alloc(v.value.length * 2);
      v.value.forEach((n, i) => b.writeUInt16BE(n & 0xffff, i * 2));
      return { data: b, count: v.value.length };
    }
    case T.INT32: {
      const b = Buffer.alloc(v.value.length * 4);
      v.value.forEach((n, i) => b.writeUInt32BE(n >>> 0, i * 4));
      return { data: b, count: v.value.length };
    }
    case T.INT64: {
      const b = Buffer.alloc(v.value.length * 8);
      v.value.forEach((n, i) => b.writeBigUInt64BE(n, i * 8));
      return { data: b, count: v.value.length };
    }
    case T.BIN:
      return { data: v.value, count: v.value.length };
  }
}

/** The signature header is padded to a multiple of 8 bytes in the file. */
export function padTo8(blob: Buffer): Buffer {
  const r = blob.length % 8;
  return r ? Buffer.concat([blob, Buffer.alloc(8 - r)]) : blob;
}

/** Lead `archnum` values from rpmrc (rpm ignores them, but writes them). */
const ARCHNUM: Record<string, number> = {
  x86_64: 1,
  i386: 1,
  i586: 1,
  i686: 1,
  noarch: 1,
  aarch64: 19,
  armv7hl: 12,
  armv7l: 12,
  armv6hl: 12,
  ppc64le: 16,
  ppc64: 16,
  s390x: 15,
  riscv64: 22,
  loongarch64: 23,
};

/** The 96-byte lead: magic, v3.0, binary, archnum, NEVR name (65 bytes + NUL), os 1 (Linux), sig type 5. */
export function lead(nameVersionRelease: string, arch: string): Buffer {
  const b = Buffer.alloc(LEAD_SIZE);
  LEAD_MAGIC.copy(b, 0);
  b.set([3, 0], 4);
  b.writeUInt16BE(0, 6); // binary package
  b.writeUInt16BE(ARCHNUM[arch] ?? 0, 8);
  let name = Buffer.from(nameVersionRelease, 'utf8');
  if (name.length > 65) name = name.subarray(0, 65);
  name.copy(b, 10);
  b.writeUInt16BE(1, 76); // os: Linux
  b.writeUInt16BE(5, 78); // signature type: header-style
  return b;
}
