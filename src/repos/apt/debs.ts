/**
 * New packages for the repository: each .deb's control fields and digests, made into the Packages
 * stanza it will have in the pool. A small .deb is read once, whole, for both; a large one has its
 * control member read, then its bytes hashed in a streamed read (memory stays flat). (The pool gets
 * a copy made by the kernel, copyFile: cheaper than writing the bytes read here back out through
 * three thread-pool calls.)
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { DistroError } from '../../errors.js';
import { debControlFromBytes, getField, readDebControl, type Stanza } from '../../formats/deb/read.js';
import { type Digests, digestBytes, digestFile } from './hash.js';
import { checkSegment, isPackageName, poolPath } from './layout.js';
import type { PackageEntry } from './state.js';

/** Fields the repository writes itself (lower case); a control file's own copies are dropped. */
const POOL_FIELDS = new Set(['filename', 'size', 'md5sum', 'sha1', 'sha256', 'sha512']);
const VERSION = /^(\d+:)?[0-9][A-Za-z0-9.+~:-]*$/;
/** Packages up to this size are read whole, once; larger ones twice (control member, then streamed). */
const WHOLE_READ = 1024 * 1024;

/**
 * The whole file when it is at most WHOLE_READ bytes, else its size. Synchronous on purpose: for
 * thousands of small packages, four system calls on this thread cost a fraction of the same calls
 * queued through the thread pool (5,000 debs of 2-4 KiB: ~0.1 s against ~0.6 s), and nothing else
 * runs while the packages are read.
 */
function readSmall(file: string): Buffer | number {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new DistroError(`${file}: cannot read the package: ${(err as Error).message}`, {
      file,
      cause: err,
    });
  }
  try {
    const size = fstatSync(fd).size;
    if (size > WHOLE_READ) return size;
    const bytes = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, bytes, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return off === size ? bytes : bytes.subarray(0, off);
  } catch (err) {
    throw new DistroError(`${file}: cannot read the package: ${(err as Error).message}`, {
      file,
      cause: err,
    });
  } finally {
    closeSync(fd);
  }
}

async function controlAndDigests(file: string) {
  const whole = readSmall(file);
  if (typeof whole !== 'number')
    return { control: await debControlFromBytes(whole, file), digests: digestBytes(whole) };
  return { control: await readDebControl(file), digests: await digestFile(file) };
}

/** A package to add: its entry and where its bytes come from. */
export interface IncomingDeb {
  entry: PackageEntry;
  /** The .deb as given. */
  file: string;
  digests: Digests;
}

/** Reads `file` (a .deb) as a package of `component`. */
export async function readIncomingDeb(file: string, component: string): Promise<IncomingDeb> {
  const {
    control: { fields },
    digests,
  } = await controlAndDigests(file);
  const need = (f: string): string => {
    const v = getField(fields, f)?.trim();
    if (!v)
      throw new DistroError(`${file}: the package's control file has no ${f} field; rebuild the package.`, {
        file,
      });
    return v;
  };
  const name = need('Package');
  const version = need('Version');
  const arch = need('Architecture');
  const source = getField(fields, 'Source')?.trim().split(/\s+/)[0];
  if (!isPackageName(name) || (source !== undefined && !isPackageName(source)))
    throw new DistroError(`${file}: '${source ?? name}' is not a valid Debian package name.`, { file });
  if (!VERSION.test(version))
    throw new DistroError(`${file}: '${version}' is not a valid Debian version.`, { file });
  checkSegment(arch, file, 'architecture');
  const filename = poolPath(component, { name, version, arch, source });
  const stanza: Stanza = new Map();
  for (const [k, v] of fields) if (!POOL_FIELDS.has(k.toLowerCase())) stanza.set(k, v);
  stanza.set('Filename', filename);
  stanza.set('Size', String(digests.size));
  stanza.set('MD5sum', digests.md5);
  stanza.set('SHA1', digests.sha1);
  stanza.set('SHA256', digests.sha256);
  stanza.set('SHA512', digests.sha512);
  return {
    entry: { name, version, arch, component, filename, sha256: digests.sha256, stanza },
    file,
    digests,
  };
}
