/**
 * Checks of what a repository holds against the publishing key, as its clients check it: a
 * detached signature (repomd.xml.asc, Release.gpg) over bytes, and a cleartext-signed InRelease.
 * A publish runs them on every run, so a signature a killed run left out of step with its file is
 * noticed and written again instead of being taken as published.
 */
import type { Key } from 'openpgp';

/** openpgp (about 1 MB) is loaded when a signature is checked: an unsigned publish never loads it. */
const openpgp = () => import('openpgp');

const keys = new Map<string, Promise<Key>>();
const key = (armored: string) => {
  let k = keys.get(armored);
  if (!k) keys.set(armored, (k = openpgp().then(({ readKey }) => readKey({ armoredKey: armored }))));
  return k;
};

/** Whether every signature of `result` (at least one) is good: apt's gpgv and librepo accept no less. */
async function allGood(result: Awaited<ReturnType<typeof import('openpgp').verify>>): Promise<boolean> {
  if (result.signatures.length === 0) return false;
  for (const s of result.signatures) {
    if (!(await s.verified.catch(() => false))) return false;
  }
  return true;
}

/** Whether `armoredSignature` is a good detached signature of `data` by the key `publicKeyArmored`. */
export async function verifiesDetached(
  publicKeyArmored: string,
  data: Uint8Array,
  armoredSignature: string,
): Promise<boolean> {
  const { createMessage, readSignature, verify } = await openpgp();
  try {
    const signature = await readSignature({ armoredSignature });
    const message = await createMessage({ binary: data });
    return await allGood(await verify({ message, signature, verificationKeys: await key(publicKeyArmored) }));
  } catch {
    return false;
  }
}

/** Whether `armored` is a good cleartext-signed message by the key `publicKeyArmored`. */
export async function verifiesCleartext(publicKeyArmored: string, armored: string): Promise<boolean> {
  const { readCleartextMessage, verify } = await openpgp();
  try {
    const message = await readCleartextMessage({ cleartextMessage: armored });
    return await allGood(await verify({ message, verificationKeys: await key(publicKeyArmored) }));
  } catch {
    return false;
  }
}
