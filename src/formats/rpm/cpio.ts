/** `newc` cpio (magic 070701) headers, as rpm's payload expects them: uid/gid 0, device 0. */

export interface CpioFields {
  ino: number;
  mode: number;
  nlink: number;
  mtime: number;
  size: number;
}

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/** Zero bytes that pad `n` to a multiple of 4. */
export function cpioPad(n: number): Buffer {
  return Buffer.alloc((4 - (n % 4)) % 4);
}

/** The 110-byte header, the NUL-terminated name and its padding to 4 bytes. */
export function cpioHeader(name: string, f: CpioFields): Buffer {
  const nameBytes = Buffer.from(`${name}\0`, 'utf8');
  const head =
    '070701' +
    hex(f.ino) +
    hex(f.mode) +
    hex(0) + // uid
    hex(0) + // gid
    hex(f.nlink) +
    hex(f.mtime) +
    hex(f.size) +
    hex(0) + // devmajor
    hex(0) + // devminor
    hex(0) + // rdevmajor
    hex(0) + // rdevminor
    hex(nameBytes.length) +
    hex(0); // check
  const len = 110 + nameBytes.length;
  return Buffer.concat([Buffer.from(head, 'ascii'), nameBytes, cpioPad(len)]);
}

/** The `TRAILER!!!` entry. */
export const CPIO_TRAILER = cpioHeader('TRAILER!!!', { ino: 0, mode: 0, nlink: 1, mtime: 0, size: 0 });
