/**
 * One pass over a new rpm file for the repository: its size, its SHA-256 and its headers.
 *
 * A package up to SMALL_FILE bytes (nearly all of them) is read with one synchronous read and
 * both the checksum and the headers come from those bytes: no stream, no file handle, no
 * thread-pool round trip per read, which for a thousand small packages cost more than the work
 * itself. Larger files are streamed (hashFile, readRpmHeaders).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
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

/** Size, SHA-256 and (on demand) the headers of the rpm `file`. */
export async function scanRpm(file: string): Promise<ScannedRpm> {
  let data: Buffer | undefined;
  try {
    const st = statSync(file);
    if (st.isFile() && st.size <= SMALL_FILE) data = readFileSync(file);
  } catch {
    // hashFile and readRpmHeaders report it
  }
  if (!data) {
    const { size, sha256 } = await hashFile(file);
    return { size, sha256, headers: () => readRpmHeaders(file) };
  }
  const bytes = data;
  return {
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    headers: () => rpmHeadersFromBytes(file, bytes),
  };
}
