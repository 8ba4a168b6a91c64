/**
 * OpenPGP signatures of rpm packages, as `rpmsign --addsign` (rpm 4.18) makes them: a header-only
 * signature — a detached OpenPGP signature over the main header blob (its immutable region) — stored
 * in the signature header, in RPMSIGTAG_RSA (268) for an RSA key and RPMSIGTAG_DSA (267) for an
 * EdDSA key (sign/rpmgensig.c). The header, the payload and the digests and sizes of the signature
 * header stay as they are; older signatures are replaced, so signing again gives the same file.
 *
 * The new file is streamed (lead, new signature header, then header and payload copied unchanged)
 * into a temporary file next to the package and renamed over it: a failure leaves the original.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { tempPath } from '../atomic.js';
import { DistroError } from '../errors.js';
import { Output } from '../formats/archive/io.js';
import {
  HEADER_SIGNATURES,
  HeaderBuilder,
  LEAD_SIZE,
  padTo8,
  T,
  type TagValue,
} from '../formats/rpm/header.js';
import { type RpmFile, type RpmHeader, type RpmValue, readRpmHeaders } from '../formats/rpm/read.js';
import { SIGTAG } from '../formats/rpm/tags.js';
import type { Signer } from './signer.js';

/** The signed package: its new size and SHA-256 (for the manifest). */
export interface SignedRpm {
  file: string;
  size: number;
  sha256: string;
}

/** Signature tags a new signature replaces (rpmgensig.c deleteSigs). */
const OLD_SIGNATURES: ReadonlySet<number> = new Set([
  SIGTAG.GPG,
  SIGTAG.PGP,
  SIGTAG.DSA,
  SIGTAG.RSA,
  SIGTAG.PGP5,
]);

/** The signature tag rpm 4.18 uses for the signer's key algorithm. */
function signatureTag(signer: Signer): number {
  switch (signer.algorithm) {
    case 'rsa':
      return SIGTAG.RSA;
    case 'eddsa':
      return SIGTAG.DSA;
    default:
      throw new DistroError(
        `rpm signing: key ${signer.fingerprint} signs with ${signer.algorithm.toUpperCase()}, which rpm 4.18 and older (Debian 12, RHEL 9) cannot verify; set the signing key (input 'gpg-private-key') to an RSA (3072 bits or more) or Ed25519 key.`,
        { key: 'input: gpg-private-key' },
      );
  }
}

/** Refuses a package whose header does not match its own digests or whose size is wrong (corrupt or cut). */
function checkIntact(rpm: RpmFile): void {
  const sig = rpm.signature;
  const bad = (why: string): never => {
    throw new DistroError(
      `${rpm.file}: ${why}, so it is not signed; build the package again (or copy it again completely).`,
      { file: rpm.file },
    );
  };
  if (rpm.header.region === undefined)
    bad('the package has no immutable header region (an rpm v3 package), which rpm cannot sign');
  for (const [tag, algo] of [
    [SIGTAG.SHA256, 'sha256'],
    [SIGTAG.SHA1, 'sha1'],
  ] as const) {
    const want = sig.string(tag);
    if (want !== undefined && createHash(algo).update(rpm.headerBytes).digest('hex') !== want)
      bad(`the header's ${algo.toUpperCase()} digest does not match the one recorded in the package`);
  }
  const size = sig.number(SIGTAG.LONGSIZE) ?? sig.number(SIGTAG.SIZE);
  if (size !== undefined && size !== rpm.fileSize - rpm.headerStart)
    bad(
      `the package is ${rpm.fileSize - rpm.headerStart} bytes after its signature header, not ${size} as recorded`,
    );
}

/** A value read from a header as the header builder takes it (signature headers hold no NULL or locale lists). */
function asTagValue(v: RpmValue): TagValue | undefined {
  switch (v.type) {
    case 0:
      return undefined;
    case T.I18NSTRING:
      return { type: T.I18NSTRING, value: v.value[0] ?? '' };
    default:
      return v as TagValue;
  }
}

/**
 * The signature header with `signature` in `tag`: the old header's other tags kept, older
 * signatures dropped, and the space rpmbuild reserves shrunk by what the signature takes (as
 * rpmsign does), so the header keeps its size when the reserve allows.
 */
function newSignatureHeader(old: RpmHeader, tag: number, signature: Buffer): Buffer {
  const reserved = old.binary(SIGTAG.RESERVEDSPACE);
  const build = (reserve: number | undefined) => {
    const h = new HeaderBuilder();
    for (const t of old.tags()) {
      const v = old.get(t)!;
      const value = asTagValue(v);
      if (OLD_SIGNATURES.has(t) || t === SIGTAG.RESERVEDSPACE || !value) continue;
      h.set(t, value);
    }
    h.set(tag, { type: T.BIN, value: signature });
    if (reserve !== undefined) h.set(SIGTAG.RESERVEDSPACE, { type: T.BIN, value: Buffer.alloc(reserve) });
    return h.build(HEADER_SIGNATURES);
  };
  let blob = build(reserved?.length);
  if (reserved) {
    const grown = blob.length - old.bytes.length;
    if (grown > 0 && grown < reserved.length) blob = build(reserved.length - grown);
  }
  return padTo8(blob);
}

/** Copies bytes `start`…`end` (inclusive; to the end of the file when omitted) of `file` into `out`. */
async function copyRange(out: Output, file: string, start: number, end?: number): Promise<void> {
  const stream = createReadStream(file, { start, end, highWaterMark: 1024 * 1024 });
  try {
    await out.pipeFrom(stream);
  } finally {
    stream.destroy();
  }
}

/**
 * Signs the rpm package `file` in place with `signer` (a header-only OpenPGP signature that
 * `rpm -K`, dnf and zypper check). The signing time is the signer's (loadSigningKey's `now`).
 * Returns the new size and SHA-256. A package that is not an rpm, is corrupt, or a key rpm cannot
 * verify is one DistroError; on any failure the original file is left unchanged.
 */
export async function signRpm(file: string, signer: Signer): Promise<SignedRpm> {
  const tag = signatureTag(signer);
  const rpm = await readRpmHeaders(file);
  checkIntact(rpm);
  const signature = Buffer.from(await signer.sign(rpm.headerBytes));
  const sigHeader = newSignatureHeader(rpm.signature, tag, signature);
  const target = path.resolve(file);
  const tmp = tempPath(target);
  const { mode } = await stat(target);
  const output = new Output(tmp);
  try {
    try {
      await copyRange(output, target, 0, LEAD_SIZE - 1);
      await output.put(sigHeader);
      await copyRange(output, target, rpm.headerStart);
      await output.finish();
    } catch (err) {
      await output.abandon();
      throw err;
    }
    const expected = LEAD_SIZE + sigHeader.length + (rpm.fileSize - rpm.headerStart);
    if (output.size !== expected)
      throw new DistroError(`${file} changed while it was being signed; sign it again.`, { file });
    await chmod(tmp, mode & 0o7777);
    await rename(tmp, target);
    return { file, size: output.size, sha256: output.digest() };
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Signs each of `files` in place, one after another; stops at the first failure (already signed ones stay signed). */
export async function signRpms(files: readonly string[], signer: Signer): Promise<SignedRpm[]> {
  const out: SignedRpm[] = [];
  for (const f of files) out.push(await signRpm(f, signer));
  return out;
}
