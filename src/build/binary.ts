/**
 * A first look at a built file: is it an executable (ELF, PE, Mach-O) at all, and which? Decides
 * whether to strip it and whether the target check applies (a command builder may produce a
 * script). The target check itself is checkBinary from the targets table.
 */

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
      return {
        format: 'macho',
        machine: buf.readUInt32LE(4),
        bits: magicLE === 0xfeedfacf ? 64 : 32,
        endian: 'le',
      };
    }
    if (buf.readUInt32BE(0) === 0xcafebabe) return { format: 'macho', machine: 0 }; // universal binary
  }
  return undefined;
}
