/**
 * One pass over a new rpm file for the repository: its size, its SHA-256 and its headers.
 *
 * A package up to SMALL_FILE bytes (nearly all of them) is read with one synchronous read and
 * both the checksum and the headers come from those bytes: no stream, no file handle, no
 * thread-pool round trip per read, which for a thousand small packages cost more than the work
 * itself. Larger files are streamed (hashFile, readRpmHeaders).
 */
import { hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readRpmHeaders, rpmHeadersFromBytes, type RpmFile } from '../../formats/rpm/read.js';
import { hashFile } from '../../manifest/index.js';

/** Files up to this size are read whole, at once. */
const SMALL_FILE = 4 << 20;

export interface ScannedRpm {
  size: number;
  sha256: string;
  /** The lead and both headers (readRpmHeaders' result). */
  headers(): Promise<RpmFile>;
}

/**
 * The bytes of `file` when it is a regular file of at most SMALL_FILE bytes: open, fstat, read,
 * close (no second stat, no read past the end); undefined otherwise, or when it cannot be read
 * (hashFile and readRpmHeaders then report why).
 */
function readSmall(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > SMALL_FILE) return undefined;
    const bytes = Buffer.allocUnsafe(st.size);
    let off = 0;
    for (let n = 1; off < bytes.length && n > 0; off += n)
      n = readSync(fd, bytes, off, bytes.length - off, off);
    return off === bytes.length ? bytes : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Size, SHA-256 and (on demand) the headers of the rpm `file`. */
export async function scanRpm(file: string): Promise<ScannedRpm> {
  const data = readSmall(file);
  if (!data) {
    const { size, sha256 } = await hashFile(file);
    return { size, sha256, headers: () => readRpmHeaders(file) };
  }
  const bytes = data;
  return {
    size: bytes.length,
    sha256: hash('sha256', bytes, 'hex'),
    headers: () => rpmHeadersFromBytes(file, bytes),
  };
}
