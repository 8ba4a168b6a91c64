/**
 * Makes wixl's output reproducible. An .msi is an OLE compound file; msitools writes its sectors in
 * a fixed order with zero directory times, so two builds differ only in the SummaryInformation
 * stream: the PackageCode (PID 9, a random GUID wixl makes up) and the create / last-saved times
 * (PID 12, 13: now). This rewrites those three values in place — same lengths, so nothing moves —
 * with a PackageCode derived from the content and SOURCE_DATE_EPOCH.
 */
import { open } from 'node:fs/promises';
import { DistroError } from '../../errors.js';

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const SUMMARY = '\u0005SummaryInformation';
/** FMTID_SummaryInformation, F29F85E0-4FF9-1068-AB91-08002B27B3D9, as stored. */
const FMTID = Buffer.from('e0859ff2f94f6810ab9108002b27b3d9', 'hex');
const PID_REVNUMBER = 9;
const PID_CREATE_DTM = 12;
const PID_LASTSAVE_DTM = 13;
const VT_LPSTR = 30;
const VT_FILETIME = 64;

/** Reads sectors of a compound file and maps a stream's offsets to file offsets. */
class CompoundFile {
  private constructor(
    private readonly buf: Buffer,
    private readonly sectorSize: number,
    private readonly fat: number[],
  ) {}

  static parse(buf: Buffer): CompoundFile {
    if (buf.length < 512 || buf.readUInt32LE(0) !== 0xe011cfd0 || buf.readUInt32LE(4) !== 0xe11ab1a1)
      throw new Error('not an OLE compound file');
    const sectorSize = 1 << buf.readUInt16LE(0x1e);
    const cf = new CompoundFile(buf, sectorSize, []);
    const fatSectors: number[] = [];
    const nFat = buf.readUInt32LE(0x2c);
    for (let i = 0; i < 109 && fatSectors.length < nFat; i++) fatSectors.push(buf.readUInt32LE(0x4c + 4 * i));
    let difat = buf.readUInt32LE(0x44);
    const perDifat = sectorSize / 4 - 1;
    while (fatSectors.length < nFat && difat !== END_OF_CHAIN && difat !== FREE) {
      const at = cf.offsetOfSector(difat);
      for (let i = 0; i < perDifat && fatSectors.length < nFat; i++)
        fatSectors.push(buf.readUInt32LE(at + 4 * i));
      difat = buf.readUInt32LE(at + 4 * perDifat);
    }
    for (const s of fatSectors) {
      const at = cf.offsetOfSector(s);
      for (let i = 0; i < sectorSize / 4; i++) cf.fat.push(buf.readUInt32LE(at + 4 * i));
    }
    return cf;
  }

  offsetOfSector(n: number): number {
    return (n + 1) * this.sectorSize;
  }

  /** The sectors of the chain starting at `start`. */
  chain(start: number, table: number[] = this.fat): number[] {
    const out: number[] = [];
    for (let s = start; s !== END_OF_CHAIN && s !== FREE; s = table[s]!) {
      if (s >= table.length || out.length > table.length) throw new Error('broken sector chain');
      out.push(s);
    }
    return out;
  }

  /** Bytes of the chain starting at `start`. */
  read(start: number): Buffer {
    return Buffer.concat(
      this.chain(start).map((s) =>
        this.buf.subarray(this.offsetOfSector(s), this.offsetOfSector(s) + this.sectorSize),
      ),
    );
  }

  /** File offsets of each byte of the stream `name` (a root-storage entry). */
  streamOffsets(name: string): number[] {
    const dir = this.read(this.buf.readUInt32LE(0x30));
    const entries = dir.length / 128;
    let root: { start: number } | undefined;
    for (let i = 0; i < entries; i++) {
      const e = dir.subarray(i * 128, (i + 1) * 128);
      const type = e[0x42];
      const nameLen = e.readUInt16LE(0x40);
      const entryName = e.subarray(0, Math.max(0, nameLen - 2)).toString('utf16le');
      const start = e.readUInt32LE(0x74);
      const size = e.readUInt32LE(0x78);
      if (type === 5) root = { start };
      if (type !== 2 || entryName !== name) continue;
      const cutoff = this.buf.readUInt32LE(0x38);
      if (size >= cutoff) {
        return this.chain(start)
          .flatMap((s) => range(this.offsetOfSector(s), this.sectorSize))
          .slice(0, size);
      }
      // Small streams live in the mini stream (the root entry's chain), in 64-byte mini sectors.
      const miniSize = 1 << this.buf.readUInt16LE(0x20);
      const miniFatBytes = this.read(this.buf.readUInt32LE(0x3c));
      const miniFat = Array.from({ length: miniFatBytes.length / 4 }, (_, k) =>
        miniFatBytes.readUInt32LE(4 * k),
      );
      const container = this.chain(root!.start).flatMap((s) =>
        range(this.offsetOfSector(s), this.sectorSize),
      );
      return this.chain(start, miniFat)
        .flatMap((m) => container.slice(m * miniSize, (m + 1) * miniSize))
        .slice(0, size);
    }
    throw new Error(`no ${JSON.stringify(name)} stream`);
  }
}

function range(from: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => from + i);
}

/** FILETIME (100 ns since 1601-01-01 UTC) of a Unix time in seconds. */
export function fileTime(epoch: number): bigint {
  return (BigInt(Math.trunc(epoch)) + 11644473600n) * 10000000n;
}

/**
 * Rewrites the PackageCode and the two dates of the summary information of the .msi at `file`
 * in place. `packageCode` is `{…}` (38 characters, as wixl writes it).
 */
export async function fixSummary(file: string, packageCode: string, epoch: number): Promise<void> {
  const fh = await open(file, 'r+');
  try {
    const buf = await fh.readFile();
    const patches = summaryPatches(buf, packageCode, epoch);
    for (const [at, bytes] of patches) await fh.write(bytes, 0, bytes.length, at);
  } finally {
    await fh.close();
  }
}

/** The writes (file offset, bytes) that fixSummary makes; throws when the file is not as expected. */
export function summaryPatches(buf: Buffer, packageCode: string, epoch: number): Array<[number, Buffer]> {
  try {
    const cf = CompoundFile.parse(buf);
    const map = cf.streamOffsets(SUMMARY);
    const s = Buffer.from(map.map((o) => buf[o]!));
    // Property set: header (28 bytes), one FMTID/offset pair, then the section.
    if (s.readUInt16LE(0) !== 0xfffe || !s.subarray(28, 44).equals(FMTID))
      throw new Error('no summary information property set');
    const section = s.readUInt32LE(44);
    const count = s.readUInt32LE(section + 4);
    const out: Array<[number, Buffer]> = [];
    const put = (streamAt: number, bytes: Buffer) => {
      for (let i = 0; i < bytes.length; i++) out.push([map[streamAt + i]!, bytes.subarray(i, i + 1)]);
    };
    const time = Buffer.alloc(8);
    time.writeBigUInt64LE(fileTime(epoch));
    for (let i = 0; i < count; i++) {
      const pid = s.readUInt32LE(section + 8 + 8 * i);
      const at = section + s.readUInt32LE(section + 12 + 8 * i);
      const type = s.readUInt32LE(at);
      if (pid === PID_REVNUMBER) {
        const len = s.readUInt32LE(at + 4);
        if (type !== VT_LPSTR || len !== packageCode.length + 1)
          throw new Error(`PackageCode of unexpected type ${type} or length ${len}`);
        put(at + 8, Buffer.from(packageCode, 'latin1'));
      } else if (pid === PID_CREATE_DTM || pid === PID_LASTSAVE_DTM) {
        if (type !== VT_FILETIME) throw new Error(`time ${pid} of unexpected type ${type}`);
        put(at + 4, time);
      }
    }
    if (!out.length) throw new Error('no PackageCode or dates in the summary information');
    return out;
  } catch (e) {
    throw new DistroError(
      `cannot make the .msi reproducible: ${(e as Error).message} in what wixl wrote; this msitools version writes the summary information differently from 0.101, please report it with \`wixl --version\`.`,
      { cause: e },
    );
  }
}
