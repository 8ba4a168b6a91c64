/**
 * minisign signatures (Ed25519) without the minisign binary, as minisign 0.11 writes them.
 *
 * Secret key file (`minisign.key`): an `untrusted comment:` line, then base64 of 158 bytes:
 * signature algorithm `Ed`, KDF `Sc` (scrypt salsa208/sha256) or `\0\0` (none: `minisign -G -W`),
 * checksum algorithm `B2`, the KDF salt (32), opslimit and memlimit (u64 little-endian), then
 * 104 bytes — XORed with the scrypt output when encrypted — of key id (8), libsodium secret key
 * (seed 32 + public key 32) and a BLAKE2b-256 checksum of `Ed` ‖ key id ‖ secret key.
 *
 * Signature file (`<file>.minisig`), prehashed: `untrusted comment: …`, base64 of `ED` ‖ key id ‖
 * Ed25519(BLAKE2b-512(file)), `trusted comment: …`, base64 of Ed25519(signature ‖ trusted comment).
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  scryptSync,
  sign as ed25519Sign,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { DistroError } from '../errors.js';

const KEY_INPUT = 'minisign-key';
const PASSWORD_INPUT = 'minisign-password';
const SECRET_KEY_BYTES = 158;
/** Largest scrypt memory a key may ask for; minisign's own default is 1 GiB. */
const MAX_SCRYPT_MEMORY = 2 ** 31;
/** Longest comments minisign reads back (its line buffers of 1024 and 8192 bytes). */
const MAX_UNTRUSTED_COMMENT = 1003;
const MAX_TRUSTED_COMMENT = 8173;

export interface MinisignSignOptions {
  /** Signed comment; default `timestamp:<time>\tfile:<basename>\thashed`, as minisign writes. */
  trustedComment?: string;
  /** Unsigned comment; default `signature from minisign secret key`. */
  untrustedComment?: string;
  /** Seconds since the epoch for the default trusted comment; default now. */
  time?: number;
}

/** A decrypted minisign secret key. The secret stays inside; only public values are readable. */
export class MinisignKey {
  /** Key id as minisign prints it: 16 upper-case hex digits. */
  readonly keyId: string;
  /** The public key as one base64 string (what `minisign -P` takes). */
  readonly publicKey: string;
  readonly #keyNum: Buffer;
  readonly #secret: KeyObject;

  /** @internal use loadMinisignKey */
  constructor(keyNum: Buffer, secret: KeyObject, publicKey: Buffer) {
    this.#keyNum = keyNum;
    this.#secret = secret;
    this.keyId = Buffer.from(keyNum).reverse().toString('hex').toUpperCase();
    this.publicKey = Buffer.concat([Buffer.from('Ed'), keyNum, publicKey]).toString('base64');
  }

  /** The `minisign.pub` file: what `minisign -V -p` reads. */
  get publicKeyFile(): string {
    // minisign prints the id with %" PRIX64 ": no leading zeros
    return `untrusted comment: minisign public key ${this.keyId.replace(/^0+(?=.)/, '')}\n${this.publicKey}\n`;
  }

  /** @internal Ed25519 signature of `data`. */
  signBytes(data: Buffer): Buffer {
    return ed25519Sign(null, data, this.#secret);
  }

  /** @internal the 8-byte key number stored in signatures. */
  get keyNum(): Buffer {
    return this.#keyNum;
  }

  toJSON(): { keyId: string; publicKey: string } {
    return { keyId: this.keyId, publicKey: this.publicKey };
  }
}

function keyError(why: string): DistroError {
  return new DistroError(`input '${KEY_INPUT}': ${why}`, { key: `input: ${KEY_INPUT}` });
}

function passwordError(why: string): DistroError {
  return new DistroError(`input '${PASSWORD_INPUT}': ${why}`, { key: `input: ${PASSWORD_INPUT}` });
}

/** The base64 blob of a key file: the line after `untrusted comment:`, or the whole text. */
function keyBlob(text: string): Buffer {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const at = lines.findIndex((l) => l.startsWith('untrusted comment:'));
  const b64 = at >= 0 ? lines[at + 1] : lines.length === 1 ? lines[0] : undefined;
  const notKey =
    'this is not a minisign secret key. Give the whole content of the file `minisign -G` wrote ' +
    '(default ~/.minisign/minisign.key): an "untrusted comment:" line and a base64 line.';
  if (!b64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw keyError(notKey);
  const blob = Buffer.from(b64, 'base64');
  if (blob.length === 42 && blob.subarray(0, 2).toString('latin1') === 'Ed') {
    throw keyError(
      'this is a minisign public key (minisign.pub); signing needs the secret key (minisign.key).',
    );
  }
  if (blob.length !== SECRET_KEY_BYTES) throw keyError(notKey);
  return blob;
}

/** scrypt N, r, p from libsodium's opslimit/memlimit (pickparams in crypto_pwhash_scryptsalsa208sha256). */
function scryptParams(opslimit: bigint, memlimit: bigint): { N: number; r: number; p: number } {
  const ops = opslimit < 32768n ? 32768n : opslimit;
  const r = 8n;
  let logN = 1n;
  let p: bigint;
  const maxN = ops < memlimit / 32n ? ops / (r * 4n) : memlimit / (r * 128n);
  while (logN < 63n && 1n << logN <= maxN / 2n) logN++;
  if (ops < memlimit / 32n) p = 1n;
  else {
    let maxrp = ops / 4n / (1n << logN);
    if (maxrp > 0x3fffffffn) maxrp = 0x3fffffffn;
    p = maxrp / r;
  }
  const mem = 128n * r * (1n << logN);
  if (p < 1n || mem > BigInt(MAX_SCRYPT_MEMORY)) {
    throw keyError(
      `the key's scrypt parameters (opslimit ${opslimit}, memlimit ${memlimit}) are unsupported ` +
        `(they need ${mem / 2n ** 20n} MiB, at most ${MAX_SCRYPT_MEMORY / 2 ** 20} MiB are allowed); ` +
        'set a new password with `minisign -C` to re-encrypt it with the default parameters.',
    );
  }
  return { N: Number(1n << logN), r: Number(r), p: Number(p) };
}

/**
 * Reads a minisign secret key (the text of `minisign.key`, or just its base64 line) and decrypts
 * it with `password` when it is encrypted. Every problem is a DistroError naming the input
 * `minisign-key` or `minisign-password`; a wrong password is detected by the key's checksum.
 */
export function loadMinisignKey(secretKeyText: string, password: string | undefined): MinisignKey {
  const blob = keyBlob(secretKeyText);
  const sigAlg = blob.subarray(0, 2);
  const kdfAlg = blob.subarray(2, 4).toString('latin1');
  const chkAlg = blob.subarray(4, 6).toString('latin1');
  if (sigAlg.toString('latin1') !== 'Ed') {
    throw keyError(
      `unsupported signature algorithm '${sigAlg.toString('latin1')}' (minisign keys use Ed25519, 'Ed').`,
    );
  }
  if (chkAlg !== 'B2') throw keyError(`unsupported checksum algorithm '${chkAlg}' (expected BLAKE2b, 'B2').`);
  const salt = blob.subarray(6, 38);
  const opslimit = blob.readBigUInt64LE(38);
  const memlimit = blob.readBigUInt64LE(46);
  const keynumSk = Buffer.from(blob.subarray(54));
  const encrypted = kdfAlg === 'Sc';
  if (encrypted) {
    if (!password) {
      throw passwordError(
        'is empty, but the minisign key is encrypted; set it to the password given to `minisign -G` ' +
          '(from a secret), or use a key made with `minisign -G -W` (no password).',
      );
    }
    const { N, r, p } = scryptParams(opslimit, memlimit);
    const stream = scryptSync(Buffer.from(password, 'utf8'), salt, keynumSk.length, {
      N,
      r,
      p,
      maxmem: 128 * r * (N + p) + 2 ** 20,
    });
    for (let i = 0; i < keynumSk.length; i++) keynumSk[i]! ^= stream[i]!;
  } else if (kdfAlg !== '\0\0') {
    throw keyError(
      `unsupported key derivation function '${kdfAlg.replace(/[^\x20-\x7e]/g, '?')}' (minisign uses scrypt, 'Sc', or none).`,
    );
  }
  const keyNum = keynumSk.subarray(0, 8);
  const sk = keynumSk.subarray(8, 72);
  const chk = keynumSk.subarray(72, 104);
  // minisign leaves the checksum zero in keys it never encrypted (-W)
  if (encrypted || chk.some((b) => b !== 0)) {
    const want = blake2b(Buffer.concat([sigAlg, keyNum, sk]), 32);
    if (!timingSafeEqual(want, chk)) {
      if (encrypted) throw passwordError('wrong password for the minisign secret key.');
      throw keyError('the key is damaged: its checksum does not match. Paste the key file again.');
    }
  }
  const b64url = (b: Buffer) => b.toString('base64url');
  const secret = createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', d: b64url(sk.subarray(0, 32)), x: b64url(sk.subarray(32)) },
    format: 'jwk',
  });
  const derived = Buffer.from(createPublicKey(secret).export({ format: 'jwk' }).x!, 'base64url');
  if (!derived.equals(sk.subarray(32))) {
    throw keyError('the key is damaged: its public half does not match the secret one.');
  }
  return new MinisignKey(Buffer.from(keyNum), secret, derived);
}

function checkComment(text: string, what: string, max: number): void {
  if (/[\r\n]/.test(text))
    throw new DistroError(`the minisign ${what} must be one line, got ${JSON.stringify(text)}.`);
  if (Buffer.byteLength(text) > max)
    throw new DistroError(`the minisign ${what} is longer than minisign reads (${max} bytes); shorten it.`);
}

/**
 * A prehashed (`ED`) minisign signature of `file` (BLAKE2b-512 streamed: memory does not grow
 * with the file), as the text of `<file>.minisig`; the caller writes it.
 */
export async function minisignFile(
  key: MinisignKey,
  file: string,
  opts: MinisignSignOptions = {},
): Promise<string> {
  const time = opts.time ?? Math.floor(Date.now() / 1000);
  const trusted = opts.trustedComment ?? `timestamp:${time}\tfile:${path.basename(file)}\thashed`;
  const untrusted = opts.untrustedComment ?? 'signature from minisign secret key';
  checkComment(trusted, 'trusted comment', MAX_TRUSTED_COMMENT);
  checkComment(untrusted, 'untrusted comment', MAX_UNTRUSTED_COMMENT);
  const h = createHash('blake2b512');
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) h.update(chunk);
  const sig = key.signBytes(h.digest());
  const globalSig = key.signBytes(Buffer.concat([sig, Buffer.from(trusted, 'utf8')]));
  const sigLine = Buffer.concat([Buffer.from('ED'), key.keyNum, sig]).toString('base64');
  return (
    `untrusted comment: ${untrusted}\n${sigLine}\n` +
    `trusted comment: ${trusted}\n${globalSig.toString('base64')}\n`
  );
}

// ---------------------------------------------------------------------------------------------
// BLAKE2b with a chosen digest length (RFC 7693). Node has only the 64-byte variant, and the key
// checksum is BLAKE2b-256, a different function (the length is part of the parameter block).

const MASK = (1n << 64n) - 1n;
const IV = [
  0x6a09e667f3bcc908n,
  0xbb67ae8584caa73bn,
  0x3c6ef372fe94f82bn,
  0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n,
  0x9b05688c2b3e6c1fn,
  0x1f83d9abfb41bd6bn,
  0x5be0cd19137e2179n,
];
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & MASK;

function compress(h: bigint[], block: Buffer, t: bigint, last: boolean): void {
  const v = [...h, ...IV];
  v[12]! ^= t & MASK;
  v[13]! ^= t >> 64n;
  if (last) v[14]! ^= MASK;
  const m = Array.from({ length: 16 }, (_, i) => block.readBigUInt64LE(i * 8));
  const g = (a: number, b: number, c: number, d: number, x: bigint, y: bigint) => {
    v[a] = (v[a]! + v[b]! + x) & MASK;
    v[d] = rotr(v[d]! ^ v[a]!, 32n);
    v[c] = (v[c]! + v[d]!) & MASK;
    v[b] = rotr(v[b]! ^ v[c]!, 24n);
    v[a] = (v[a]! + v[b]! + y) & MASK;
    v[d] = rotr(v[d]! ^ v[a]!, 16n);
    v[c] = (v[c]! + v[d]!) & MASK;
    v[b] = rotr(v[b]! ^ v[c]!, 63n);
  };
  for (let round = 0; round < 12; round++) {
    const s = SIGMA[round % 10]!;
    const w = (i: number) => m[s[i]!]!;
    g(0, 4, 8, 12, w(0), w(1));
    g(1, 5, 9, 13, w(2), w(3));
    g(2, 6, 10, 14, w(4), w(5));
    g(3, 7, 11, 15, w(6), w(7));
    g(0, 5, 10, 15, w(8), w(9));
    g(1, 6, 11, 12, w(10), w(11));
    g(2, 7, 8, 13, w(12), w(13));
    g(3, 4, 9, 14, w(14), w(15));
  }
  for (let i = 0; i < 8; i++) h[i] = h[i]! ^ v[i]! ^ v[i + 8]!;
}

/** Unkeyed BLAKE2b of a small buffer with an `outLen`-byte digest (1–64). */
function blake2b(data: Buffer, outLen: number): Buffer {
  const h = [...IV];
  h[0] = h[0]! ^ BigInt(0x01010000 | outLen);
  const blocks = Math.max(1, Math.ceil(data.length / 128));
  for (let i = 0; i < blocks; i++) {
    const block = Buffer.alloc(128);
    data.copy(block, 0, i * 128, Math.min(data.length, (i + 1) * 128));
    const last = i === blocks - 1;
    compress(h, block, BigInt(last ? data.length : (i + 1) * 128), last);
  }
  const out = Buffer.alloc(64);
  h.forEach((w, i) => out.writeBigUInt64LE(w, i * 8));
  return out.subarray(0, outLen);
}
