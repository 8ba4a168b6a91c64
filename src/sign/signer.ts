/**
 * What the parts that sign (sign-artifacts, rpm packages, APT and YUM repository metadata) need
 * from an OpenPGP key. `src/sign/openpgp.ts` makes one from the `gpg-private-key` input; nothing
 * else knows how the key is held.
 */
export interface Signer {
  /** Fingerprint of the primary key, upper-case hex without spaces. */
  readonly fingerprint: string;
  /** Key id (16 upper-case hex digits) of the key or subkey that makes the signatures. */
  readonly signingKeyId: string;
  /** Public-key algorithm of that (sub)key: 'rsa', 'eddsa' (Ed25519: v4 EdDSA or v6), 'ecdsa'. */
  readonly algorithm: 'rsa' | 'eddsa' | 'ecdsa';
  /** User ids of the key, e.g. `Hello Team <team@example.com>`. */
  readonly userIds: readonly string[];
  /** The public key (primary, user ids, subkeys; no secrets), ASCII-armored. */
  readonly publicKeyArmored: string;
  /** The same public key, binary: a keyring file for apt's `Signed-By` and `sqv --keyring`. */
  readonly publicKeyBinary: Uint8Array;
  /** A detached signature (binary OpenPGP packets) over bytes held in memory. */
  sign(data: Uint8Array): Promise<Uint8Array>;
  /**
   * A detached signature over a file, streamed (memory does not grow with its size): ASCII armor
   * (a string) with `armor`, else binary packets.
   */
  signFile(file: string, options: { armor: boolean }): Promise<Uint8Array | string>;
  /**
   * A cleartext-signed message (`-----BEGIN PGP SIGNED MESSAGE-----`), as gpg --clearsign writes
   * it (APT's InRelease): the text as given, then the text-mode signature.
   */
  clearSign(text: string): Promise<string>;
  /** ASCII armor of a binary signature made by `sign`. */
  armor(signature: Uint8Array): string;
}
