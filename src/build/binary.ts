/**
 * A look at an executable's header: object format and machine, to catch a "cross" build that
 * silently produced a binary for the build machine. (The targets table's checkBinary does the same
 * for other stages; this small reader keeps the build stage self-contained.)
 */
import type { Target } from '../targets/types.js';

export interface BinaryHeader {
  format: 'elf' | 'pe' | 'macho';
  /** ELF e_machine, PE machine, Mach-O cputype. */
  machine: number;
  bits?: 32 | 64;
  endian?: 'le' | 'be';
}

export function readHeader(buf: Buffer): BinaryHeader | undefined {
  if (buf.length >= 20 && buf[0] === 0x7f && buf[1] === 0x45 && buf[2] === 0x4c && buf[3] === 0x46) {
    const bits = buf[4] === 2 ? 64 : 32;
    const endian = buf[5] === 2 ? 'be' : 'le';
    const machine = endian === 'le' ? buf.readUInt16LE(18) : buf.readUInt16BE(18);
    return { format: 'elf', machine, bits, endian };
  }
  if (buf.length >= 0x40 && buf[0] === 0x4d && buf[1] === 0x5a) {
    const pe = buf.readUInt32LE(0x3c);
    if (pe + 6 <= buf.length && buf.readUInt32LE(pe) === 0x00004550) {
      return { format: 'pe', machine: buf.readUInt16LE(pe + 4), endian: 'le' };
    }
    return undefined;
  }
  if (buf.length >= 8) {
    const magicLE = buf.readUInt32LE(0);
    if (magicLE === 0xfeedfacf || magicLE === 0xfeedface) {
      return { format: 'macho', machine: buf.readUInt32LE(4), bits: magicLE === 0xfeedfacf ? 64 : 32, endian: 'le' };
    }
    if (buf.readUInt32BE(0) === 0xcafebabe) return { format: 'macho', machine: 0 }; // universal binary
  }
  return undefined;
}

const ELF_MACHINES: Record<number, string> = {
  3: 'x86 (i386)',
  8: 'MIPS',
  20: 'PowerPC',
  21: 'PowerPC 64',
  22: 's390',
  40: 'ARM',
  62: 'x86-64',
  183: 'AArch64',
  243: 'RISC-V',
};

function describe(h: BinaryHeader): string {
  if (h.format === 'elf') return `an ELF ${h.bits}-bit ${h.endian === 'be' ? 'big' : 'little'}-endian binary for ${ELF_MACHINES[h.machine] ?? `machine ${h.machine}`} (e_machine ${h.machine})`;
  if (h.format === 'pe') return `a Windows PE binary for machine 0x${h.machine.toString(16)}`;
  return 'a Mach-O binary';
}

/**
 * Why `buf` is not an executable for `target`, or undefined when it is (or cannot be told: an
 * unknown format such as a script, or a target without a `binary` description).
 */
export function binaryMismatch(buf: Buffer, target: Target): string | undefined {
  const want = target.binary;
  if (!want) return undefined;
  const h = readHeader(buf);
  if (!h) return undefined;
  if (h.format !== want.format) return `it is ${describe(h)}, but ${target.triple} needs a ${want.format.toUpperCase()} binary`;
  if (h.format === 'elf' && (h.machine !== want.machine || h.bits !== want.bits || h.endian !== want.endian)) {
    return `it is ${describe(h)}, but ${target.triple} needs e_machine ${want.machine} (${want.bits}-bit ${want.endian})`;
  }
  if (h.format === 'pe' && h.machine !== want.machine) {
    return `it is ${describe(h)}, but ${target.triple} needs machine 0x${want.machine.toString(16)}`;
  }
  return undefined;
}
