/**
 * Fast streamed OpenPGP signatures over large files: the file is hashed with Node's native hash
 * (`createHash`) and the digest signed with Node's crypto, instead of openpgp.js's web streams and
 * pure-JS RSA. openpgp.js still builds the signature packet: `signFile` is handed a detached
 * signature openpgp made over empty data at the same time and with the same key, whose hashed
 * subpackets (creation time, issuer fingerprint, …) do not depend on the data. Only its hash and
 * signature values are replaced, so the bytes are those openpgp itself would write for the file.
 *
 * A v4 signature over binary data hashes `data || hashed part || 0x04 0xFF || length(hashed part)`
 * (RFC 4880 5.2.4). Deterministic algorithms only, where the result can be checked against openpgp:
 * RSA (PKCS#1 v1.5 over the DigestInfo of that digest) and legacy EdDSA on Ed25519 (the digest is the
 * signed message; r and s as MPIs). Anything else (ECDSA, v6 keys, other hashes) gets `undefined`
 * from `streamSigner` and keeps openpgp's own streaming.
 */
import { createHash, createPrivateKey, constants, privateEncrypt, sign, type KeyObject } from 'node:crypto';
import { open } from 'node:fs/promises';
import { enums, SignaturePacket, type SecretKeyPacket, type SecretSubkeyPacket } from 'openpgp';

/** Bytes read at a time; two such buffers, one being read while the other is hashed. */
const READ_CHUNK = 1024 * 1024;

/** Node's name of an OpenPGP hash and, for RSA, the DER DigestInfo prefix of its digest (RFC 8017 9.2). */
const HASHES = new Map<number, { name: string; digestInfo: Buffer }>([
  [
    enums.hash.sha256,
    { name: 'sha256', digestInfo: Buffer.from('3031300d060960864801650304020105000420', 'hex') },
  ],
  [
    enums.hash.sha384,
    { name: 'sha384', digestInfo: Buffer.from('3041300d060960864801650304020205000430', 'hex') },
  ],
  [
    enums.hash.sha512,
    { name: 'sha512', digestInfo: Buffer.from('3051300d060960864801650304020305000440', 'hex') },
  ],
]);

/** The signature values of a packet, as openpgp keeps them (not in its typings). */
type SignatureParams = { s: Uint8Array } | { r: Uint8Array; s: Uint8Array };
type WithParams = SignaturePacket & { params: SignatureParams | Promise<SignatureParams> };

interface RsaPublic {
  n: Uint8Array;
  e: Uint8Array;
}
interface RsaPrivate {
  d: Uint8Array;
  p: Uint8Array;
  q: Uint8Array;
  u: Uint8Array;
}
interface EddsaPublic {
  oid: { getName(): string };
  Q: Uint8Array;
}
interface EddsaPrivate {
  seed: Uint8Array;
}

function b64url(bytes: Uint8Array | bigint): string {
  if (typeof bytes === 'bigint') {
    const hex = bytes.toString(16);
    return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex').toString('base64url');
  }
  return Buffer.from(bytes).toString('base64url');
}

function toBigInt(bytes: Uint8Array): bigint {
  return BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
}

/**
 * The RSA private key as a KeyObject. OpenPGP's u is p⁻¹ mod q, JWK's qi is q⁻¹ mod p: with p and q
 * swapped (as openpgp does for WebCrypto) u is the JWK's qi.
 */
function rsaKey(pub: RsaPublic, priv: RsaPrivate): KeyObject {
  const d = toBigInt(priv.d);
  const p = toBigInt(priv.p);
  const q = toBigInt(priv.q);
  return createPrivateKey({
    format: 'jwk',
    key: {
      kty: 'RSA',
      n: b64url(pub.n),
      e: b64url(pub.e),
      d: b64url(priv.d),
      p: b64url(priv.q),
      q: b64url(priv.p),
      dp: b64url(d % (q - 1n)),
      dq: b64url(d % (p - 1n)),
      qi: b64url(priv.u),
    },
  });
}

/** The Ed25519 private key as a KeyObject: Q is 0x40 followed by the public point. */
function ed25519Key(pub: EddsaPublic, priv: EddsaPrivate): KeyObject {
  return createPrivateKey({
    format: 'jwk',
    key: { kty: 'OKP', crv: 'Ed25519', d: b64url(priv.seed), x: b64url(pub.Q.subarray(1)) },
  });
}

/** Hashes the whole of `file` into `hash`, reading one buffer while hashing the other. */
async function hashFile(file: string, hash: ReturnType<typeof createHash>): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const buffers = [Buffer.allocUnsafe(READ_CHUNK), Buffer.allocUnsafe(READ_CHUNK)];
    let position = 0;
    let which = 0;
    let pending = handle.read(buffers[which], 0, READ_CHUNK, position);
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const filled = buffers[which];
      position += bytesRead;
      which ^= 1;
      pending = handle.read(buffers[which], 0, READ_CHUNK, position);
      hash.update(filled.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

/** Signs `digest` with the key; undefined when the key is not one this module handles. */
type DigestSigner = (digest: Buffer, hashAlgorithm: number) => SignatureParams;

function digestSigner(packet: SecretKeyPacket | SecretSubkeyPacket): DigestSigner | undefined {
  if (packet.version !== 4 || !packet.isDecrypted()) return undefined;
  const pub = packet.publicParams as unknown;
  const priv = packet.privateParams as unknown;
  if (!priv) return undefined;
  switch (packet.algorithm) {
    case enums.publicKey.rsaEncryptSign:
    case enums.publicKey.rsaSign: {
      let key: KeyObject | undefined;
      return (digest, hashAlgorithm) => {
        key ??= rsaKey(pub as RsaPublic, priv as RsaPrivate);
        const info = HASHES.get(hashAlgorithm)!.digestInfo;
        // PKCS#1 v1.5 (block type 1) over DigestInfo || digest: what createSign would produce.
        const s = privateEncrypt(
          { key, padding: constants.RSA_PKCS1_PADDING },
          Buffer.concat([info, digest]),
        );
        return { s: new Uint8Array(s) };
      };
    }
    case enums.publicKey.eddsaLegacy: {
      const { oid, Q } = pub as EddsaPublic;
      if (oid.getName() !== enums.curve.ed25519Legacy || Q.length !== 33 || Q[0] !== 0x40) return undefined;
      let key: KeyObject | undefined;
      return (digest) => {
        key ??= ed25519Key(pub as EddsaPublic, priv as EddsaPrivate);
        const rs = new Uint8Array(sign(null, digest, key));
        return { r: rs.subarray(0, 32), s: rs.subarray(32) };
      };
    }
    default:
      return undefined;
  }
}

/**
 * Signs a file: `template` is openpgp's detached signature over empty data made with `packet` at
 * the wanted time; returns the binary signature packet for `file`. Undefined when the template is
 * not one this module can reproduce (then openpgp's own streaming applies).
 */
export type StreamSigner = (file: string, template: Template) => Promise<Uint8Array | undefined>;

/** What openpgp's `sign` gives with `detached: true, format: 'object'` (typed as a Message). */
export interface Template {
  packets: readonly unknown[];
  write(): unknown;
}

/** A `StreamSigner` for `packet` (decrypted), or undefined for keys it does not handle. */
export function streamSigner(packet: SecretKeyPacket | SecretSubkeyPacket): StreamSigner | undefined {
  const signDigest = digestSigner(packet);
  if (!signDigest) return undefined;
  return async (file, template) => {
    const [sig, ...rest] = template.packets;
    if (
      rest.length > 0 ||
      !(sig instanceof SignaturePacket) ||
      sig.version !== 4 ||
      sig.signatureType !== enums.signature.binary ||
      sig.publicKeyAlgorithm !== packet.algorithm ||
      !sig.issuerKeyID.equals(packet.getKeyID()) ||
      sig.hashAlgorithm === null ||
      !HASHES.has(sig.hashAlgorithm) ||
      !(sig.signatureData instanceof Uint8Array)
    ) {
      return undefined;
    }
    const hashed = sig.signatureData;
    const hash = createHash(HASHES.get(sig.hashAlgorithm)!.name);
    await hashFile(file, hash);
    const trailer = Buffer.alloc(6);
    trailer[0] = sig.version;
    trailer[1] = 0xff;
    trailer.writeUInt32BE(hashed.length, 2);
    hash.update(hashed);
    hash.update(trailer);
    const digest = hash.digest();
    sig.signedHashValue = new Uint8Array(digest.subarray(0, 2));
    (sig as WithParams).params = signDigest(digest, sig.hashAlgorithm);
    const out = template.write();
    if (!(out instanceof Uint8Array)) throw new Error('openpgp wrote the signature packet as a stream');
    return out;
  };
}
