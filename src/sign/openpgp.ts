/**
 * OpenPGP signing without gpg: a `Signer` (src/sign/signer.ts) made from the `gpg-private-key` input
 * with openpgp.js. The key is read the way people store it in a secret (ASCII armor, the armor
 * base64-encoded, or a binary export base64-encoded), checked at the signing time (not revoked, not
 * expired, something able to sign) and the signing (sub)key chosen as gpg does: the newest valid
 * signing subkey, else the primary key. Only that (sub)key's secret is decrypted.
 *
 * Signatures are v4 (v6 for v6 keys) with SHA-512, no random salt notation, so the same key, data and
 * signing time give the same bytes for RSA and Ed25519 (ECDSA and v6 signatures are randomised).
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { writeAllAtomic } from '../atomic.js';
import {
  armor as armorPackets,
  config as defaultConfig,
  createMessage,
  enums,
  readKey,
  readPrivateKeys,
  sign,
  SignaturePacket,
  type Config,
  type Key,
  type MaybeStream,
  type PartialConfig,
  type PrivateKey,
  type SecretKeyPacket,
  type SecretSubkeyPacket,
  type Subkey,
} from 'openpgp';
import { DistroError } from '../errors.js';
import { streamSigner } from './openpgp-stream.js';
import type { Signer } from './signer.js';

/** Where a key comes from when it is not the sign-artifacts input (e.g. `input: gpg-private-key`). */
export interface LoadSigningKeyOptions {
  /**
   * Signature creation time, also the time the key must be valid at (SOURCE_DATE_EPOCH for
   * reproducible signatures). Unset: the current time at each signature.
   */
  now?: Date;
  /**
   * When `now` is before the key (or one of its subkeys) was created, sign at that creation time
   * instead of failing: for SOURCE_DATE_EPOCH, which is usually the commit time.
   */
  notBeforeKey?: boolean;
  /** The input or config key that held the private key, named in errors. Default `input: gpg-private-key`. */
  key?: string;
  /** The input or config key that held the passphrase, named in errors. Default `input: gpg-passphrase`. */
  passphraseKey?: string;
}

/** A `Signer` with what a stage may want to log about the key. */
export interface OpenPgpSigner extends Signer {
  /** Fingerprint of the (sub)key that signs, upper-case hex. */
  readonly signingFingerprint: string;
  /** When the primary key expires, if it does. */
  readonly expires?: Date;
  /** Things worth a warning (e.g. the key expires soon, a passphrase given for an unprotected key). */
  readonly warnings: readonly string[];
}

/** Signatures use SHA-512; SHA-1 and MD5 are never produced, the salt notation is left out (reproducible). */
const CONFIG: PartialConfig = {
  preferredHashAlgorithm: enums.hash.sha512,
  nonDeterministicSignaturesViaNotation: false,
  minRSABits: 1024, // so that a weak key gets our own error naming the input, checked below
};
/** openpgp's defaults with ours on top (the methods of keys want a full Config). */
function fullConfig(): Config {
  return { ...defaultConfig, ...CONFIG };
}
/**
 * Files up to this size are read whole and signed from memory: openpgp signs a stream's hash with
 * its pure-JS RSA (about 80 ms for RSA 3072) but bytes with Node's crypto (3 ms). Larger files are
 * streamed, READ_CHUNK at a time, where the hashing dwarfs that.
 */
export const SIGN_IN_MEMORY_MAX = 8 * 1024 * 1024;
const READ_CHUNK = 256 * 1024;
/** RSA keys below this many bits are refused. */
const MIN_RSA_BITS = 2048;
/** A key that expires within this many days gets a warning. */
const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;
/** How to export a key in the form the input takes. */
const EXPORT_HINT = 'gpg --export-secret-keys --armor <fingerprint> | base64 -w0';

/** `input: gpg-private-key` → `input 'gpg-private-key'`; other keys as they are. */
function shown(key: string): string {
  const m = /^input: (.+)$/.exec(key);
  return m ? `input '${m[1]}'` : key;
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function when(d: Date): string {
  return d.toISOString().replace('.000Z', 'Z');
}

type KeyText = { armored: string; blocks: number } | { binary: Uint8Array };

const PRIVATE_BLOCK = /-----BEGIN PGP PRIVATE KEY BLOCK-----[\s\S]*?-----END PGP PRIVATE KEY BLOCK-----/g;

/** Armored text: its private key block (when a public one is pasted too) and how many there are. */
function armored(text: string): KeyText {
  const blocks = text.match(PRIVATE_BLOCK) ?? [];
  return { armored: blocks[0] ?? text, blocks: blocks.length };
}

/**
 * The key's bytes or armor: armor as is, else base64 of armor or of a binary export. Undefined when
 * it is none of these.
 */
function decodeInput(input: string): KeyText | undefined {
  const text = input.trim();
  if (text.includes('-----BEGIN PGP ')) return armored(text);
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact)) return undefined;
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length === 0) return undefined;
  if (bytes.toString('latin1').includes('-----BEGIN PGP ')) return armored(bytes.toString('utf8'));
  // A binary key starts with a packet header: its first bit is always set.
  return (bytes[0] & 0x80) !== 0 ? { binary: new Uint8Array(bytes) } : undefined;
}

/** The one private key in `input`, with errors for a public key, garbage or several keys. */
async function readPrivateKey(input: string, key: string): Promise<PrivateKey> {
  const name = shown(key);
  if (input.trim() === '') {
    throw new DistroError(
      `${name} is empty; set it to your signing key, e.g. a repository secret holding \`${EXPORT_HINT}\`.`,
      { key },
    );
  }
  const decoded = decodeInput(input);
  if (!decoded) {
    throw new DistroError(
      `${name} is not an OpenPGP private key (neither ASCII armor nor base64); set it to \`gpg --export-secret-keys --armor <fingerprint>\` or \`${EXPORT_HINT}\`.`,
      { key },
    );
  }
  const blocks = 'armored' in decoded ? decoded.blocks : 1;
  if (blocks > 1) {
    throw new DistroError(
      `${name} holds ${blocks} private key blocks; export only the signing key: \`${EXPORT_HINT}\`.`,
      { key },
    );
  }
  let keys: PrivateKey[];
  try {
    keys =
      'armored' in decoded
        ? await readPrivateKeys({ armoredKeys: decoded.armored, config: CONFIG })
        : await readPrivateKeys({ binaryKeys: decoded.binary, config: CONFIG });
  } catch (cause) {
    const pub: Key | undefined = await (
      'armored' in decoded
        ? readKey({ armoredKey: decoded.armored, config: CONFIG })
        : readKey({ binaryKey: decoded.binary, config: CONFIG })
    ).catch(() => undefined);
    if (pub && !pub.isPrivate()) {
      throw new DistroError(
        `${name} holds a PUBLIC key (${fpr(pub)}), not the private key; export the secret key with \`${EXPORT_HINT}\`.`,
        { key },
      );
    }
    const what =
      'armored' in decoded
        ? 'its ASCII armor could not be read (a line changed or cut off?): paste the whole block, BEGIN and END lines included'
        : 'its bytes are not OpenPGP key packets';
    throw new DistroError(
      `${name} is not a readable OpenPGP private key: ${what}. Export it again with \`${EXPORT_HINT}\`.`,
      { key, cause },
    );
  }
  if (keys.length > 1) {
    throw new DistroError(
      `${name} holds ${keys.length} private keys (${keys.map(fpr).join(', ')}); export only the signing key: \`${EXPORT_HINT}\`.`,
      { key },
    );
  }
  return keys[0];
}

function fpr(k: Key | Subkey): string {
  return k.getFingerprint().toUpperCase();
}

/** The signature algorithm of a key packet, or an error for one we do not sign with. */
function algorithmOf(k: Key | Subkey, name: string, key: string): Signer['algorithm'] {
  const info = k.getAlgorithmInfo();
  switch (info.algorithm) {
    case 'rsaEncryptSign':
    case 'rsaSign':
      if ((info.bits ?? 0) < MIN_RSA_BITS) {
        throw new DistroError(
          `${name}: the signing key ${fpr(k)} is RSA ${info.bits}, too weak (apt and rpm refuse it); make a new key (RSA 3072 or more, or Ed25519): gpg --quick-gen-key '<name> <email>' ed25519 sign 2y.`,
          { key },
        );
      }
      return 'rsa';
    case 'eddsaLegacy':
    case 'ed25519':
      return 'eddsa';
    case 'ecdsa':
      return 'ecdsa';
    default:
      throw new DistroError(
        `${name}: the signing key ${fpr(k)} is ${info.algorithm}, which is not supported; use an RSA (3072 bits or more), Ed25519 or ECDSA (NIST P-256/384/521) key.`,
        { key },
      );
  }
}

/** Checks that the key is usable at `date` and returns the (sub)key gpg would sign with. */
async function signingKeyAt(
  pk: PrivateKey,
  date: Date,
  name: string,
  key: string,
): Promise<PrivateKey | Subkey> {
  const primary = fpr(pk);
  const created = pk.getCreationTime();
  if (date < created) {
    throw new DistroError(
      `${name}: the signature time ${when(date)} is before key ${primary} was created (${when(created)}); set SOURCE_DATE_EPOCH to a later time (or unset it), or sign with an older key.`,
      { key },
    );
  }
  if (await pk.isRevoked(undefined, undefined, date, fullConfig())) {
    throw new DistroError(
      `${name}: key ${primary} is revoked; make a new signing key (gpg --quick-gen-key '<name> <email>' ed25519 sign 2y), publish its public key and set the secret to it.`,
      { key },
    );
  }
  const expires = await pk.getExpirationTime();
  if (expires instanceof Date && expires <= date) {
    throw new DistroError(
      `${name}: key ${primary} expired on ${day(expires)}; extend it (gpg --quick-set-expire ${primary} 2y, and gpg --quick-set-expire ${primary} 2y '*' for its subkeys), export it again and publish the updated public key.`,
      { key },
    );
  }
  try {
    return await pk.getSigningKey(undefined, date, undefined, fullConfig());
  } catch (cause) {
    throw new DistroError(
      `${name}: key ${primary} has no key or subkey that can sign at ${when(date)} (none has the sign capability, or those that have are expired or revoked); add a signing subkey (gpg --quick-add-key ${primary} ed25519 sign 2y) and export the key again.`,
      { key, cause },
    );
  }
}

/** The bytes of a (web) stream or byte array, or with `keep` false just reads it to the end. */
async function collect(data: MaybeStream<Uint8Array> | null, keep: boolean): Promise<Uint8Array> {
  if (data === null || data instanceof Uint8Array) return data ?? new Uint8Array();
  // getReader, not for-await: openpgp redirects a cloned stream's methods, not its async iterator.
  const reader = (data as ReadableStream<Uint8Array>).getReader();
  const parts: Uint8Array[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) if (keep) parts.push(r.value);
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * Decrypts a secret key packet with `passphrase`, or else with it minus a final line end (a secret
 * set from a file often keeps one).
 */
async function decryptWith(packet: SecretKeyPacket | SecretSubkeyPacket, passphrase: string): Promise<void> {
  const trimmed = passphrase.replace(/\r?\n$/, '');
  try {
    await packet.decrypt(passphrase);
  } catch (e) {
    if (trimmed === passphrase) throw e;
    await packet.decrypt(trimmed);
  }
  await packet.validate(); // a wrong passphrase can pass the weak (16-bit) checksum of old keys
}

/**
 * Reads the private key in `input` (ASCII armor, base64 of armor, or base64 of a binary export),
 * decrypts its signing (sub)key with `passphrase` and returns a `Signer`. Every problem (not a key,
 * a public key, wrong or missing passphrase, expired, revoked, nothing able to sign, weak RSA, a
 * signing time before the key existed) is one DistroError naming the input; messages may show
 * fingerprints, never key material or the passphrase.
 */
export async function loadSigningKey(
  input: string,
  passphrase: string | undefined,
  options: LoadSigningKeyOptions = {},
): Promise<OpenPgpSigner> {
  const key = options.key ?? 'input: gpg-private-key';
  const passKey = options.passphraseKey ?? 'input: gpg-passphrase';
  const name = shown(key);
  const pk = await readPrivateKey(input, key);
  let now = options.now;
  if (now && options.notBeforeKey) {
    // SOURCE_DATE_EPOCH (the commit time) may predate a key made later: sign at the key's birth,
    // which is as reproducible and still valid.
    const born = Math.max(
      pk.getCreationTime().getTime(),
      ...pk.getSubkeys().map((k) => k.getCreationTime().getTime()),
    );
    if (now.getTime() < born) now = new Date(born);
  }
  const checkDate = now ?? new Date();
  const signingKey = await signingKeyAt(pk, checkDate, name, key);
  const algorithm = algorithmOf(signingKey, name, key);
  const packet = signingKey.keyPacket;
  const warnings: string[] = [];
  if (!('isDummy' in packet) || packet.isDummy()) {
    throw new DistroError(
      `${name}: the export of key ${fpr(pk)} lacks the secret of its signing key ${fpr(signingKey)} (a stub: kept on a smartcard or left out by --export-secret-subkeys); export a key whose signing (sub)key secret is present.`,
      { key },
    );
  }
  if (!packet.isDecrypted()) {
    if (passphrase === undefined || passphrase === '') {
      throw new DistroError(
        `${shown(passKey)} is not set but key ${fpr(pk)} is protected by a passphrase; set ${shown(passKey)} to it (a repository secret).`,
        { key: passKey },
      );
    }
    try {
      await decryptWith(packet, passphrase);
    } catch (cause) {
      throw new DistroError(
        `${shown(passKey)} is not the passphrase of key ${fpr(pk)}; check the secret (no stray spaces) or export the key again.`,
        { key: passKey, cause },
      );
    }
  } else if (passphrase) {
    warnings.push(`${name}: key ${fpr(pk)} is not protected by a passphrase; ${shown(passKey)} is ignored.`);
  }
  const expiry = await pk.getExpirationTime();
  const expires = expiry instanceof Date ? expiry : undefined;
  if (expires && expires.getTime() - checkDate.getTime() < EXPIRY_WARNING_DAYS * DAY_MS) {
    warnings.push(`${name}: key ${fpr(pk)} expires on ${day(expires)}; extend it (gpg --quick-set-expire).`);
  }

  const publicKey = pk.toPublic();
  const signingKeyIDs = [signingKey.getKeyID()];
  const v4 = packet.version !== 6;
  // RSA and Ed25519 v4 keys: large files hashed by Node's native hash rather than openpgp's streams.
  const fast = streamSigner(packet);
  const signOptions = () => ({
    signingKeys: pk,
    signingKeyIDs,
    date: now ?? new Date(),
    config: CONFIG,
  });
  const signer: OpenPgpSigner = {
    fingerprint: fpr(pk),
    signingKeyId: signingKey.getKeyID().toHex().toUpperCase(),
    signingFingerprint: fpr(signingKey),
    algorithm,
    userIds: pk.getUserIDs(),
    publicKeyArmored: publicKey.armor(fullConfig()),
    publicKeyBinary: publicKey.write(),
    expires,
    warnings,
    async sign(data) {
      const message = await createMessage({ binary: data });
      return sign({ ...signOptions(), message, detached: true, format: 'binary' });
    },
    async signFile(file, { armor }) {
      if ((await stat(file)).size <= SIGN_IN_MEMORY_MAX) {
        const signature = await signer.sign(await readFile(file));
        return armor ? signer.armor(signature) : signature;
      }
      if (fast) {
        // openpgp's own signature over no data gives the packet, hashed subpackets and all; the
        // file is hashed and the digest signed natively (src/sign/openpgp-stream.ts).
        const template = await sign({
          ...signOptions(),
          message: await createMessage({ binary: new Uint8Array() }),
          detached: true,
          format: 'object',
        });
        const packets = await fast(file, template);
        if (packets) return armor ? signer.armor(packets) : packets;
      }
      const data = Readable.toWeb(createReadStream(file, { highWaterMark: READ_CHUNK }));
      const message = await createMessage({ binary: data as ReadableStream<Uint8Array> });
      const signature = await sign({ ...signOptions(), message, detached: true, format: 'object' });
      // The hash reads a passive copy of the data, fed as the data itself is read: read it here and
      // drop it (openpgp's own binary or armored output would first buffer the whole message).
      const [, packets] = await Promise.all([
        collect(message.getLiteralData(), false),
        collect(signature.write(), true),
      ]);
      return armor ? signer.armor(packets) : packets;
    },
    async clearSign(text) {
      // As gpg: the text as given (LF line ends, trailing blanks kept), its last line end not signed.
      // The signature is a text-mode one over the lines without trailing blanks (RFC 9580 7.2);
      // openpgp's own cleartext armor would turn every line end into CRLF.
      const body = text.endsWith('\n') ? text.slice(0, -1) : text;
      const message = await createMessage({ text: body.replace(/[ \t]+$/gm, '') });
      const signature = await sign({ ...signOptions(), message, detached: true, format: 'object' });
      const hashes = signature.packets
        .filter((p) => p instanceof SignaturePacket)
        .map((p) => enums.read(enums.hash, p.hashAlgorithm!).toUpperCase());
      const armored = {
        hash: v4 ? [...new Set(hashes)].join(',') : null,
        text: body,
        data: signature.write(),
      };
      return armorPackets(enums.armor.signed, armored, undefined, undefined, undefined, v4, fullConfig());
    },
    armor(signature) {
      return armorPackets(
        enums.armor.signature,
        signature,
        undefined,
        undefined,
        undefined,
        v4,
        fullConfig(),
      );
    },
  };
  return signer;
}

/** The paths `writeKeyFiles` wrote. */
export interface KeyFiles {
  /** `KEY.asc`: the public key, ASCII-armored (for `rpm --import`, `gpg --import`, download). */
  asc: string;
  /** `KEY.gpg`: the public key, binary (apt's `Signed-By`, `sqv --keyring`). */
  gpg: string;
}

/**
 * Writes the signer's public key into `dir` as `KEY.asc` and `KEY.gpg`, each under a temporary name
 * first and renamed into place, so a failure leaves no half-written key file.
 */
export async function writeKeyFiles(dir: string, signer: Signer): Promise<KeyFiles> {
  await mkdir(dir, { recursive: true });
  const files: KeyFiles = { asc: path.join(dir, 'KEY.asc'), gpg: path.join(dir, 'KEY.gpg') };
  const content: Array<[string, string | Uint8Array]> = [
    [files.asc, signer.publicKeyArmored],
    [files.gpg, signer.publicKeyBinary],
  ];
  await writeAllAtomic(content);
  return files;
}
