/**
 * sign-artifacts for a pushed container image (`oci-image`): the index signed keylessly with the
 * same Sigstore signer as the files, and the run's SPDX SBOMs attached (src/formats/oci/attach.ts).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  attachToImage,
  type Attached,
  type BundleJson,
  type RegistryCredentials,
} from '../formats/oci/index.js';
import { signWithSigstore, type SigstoreSignOptions } from './sigstore.js';

export interface OciSignOptions {
  /** `repo@sha256:…`. */
  image: string;
  credentials?: RegistryCredentials;
  sigstore: SigstoreSignOptions;
  /** Absolute paths of SPDX JSON documents to attach. */
  sboms: string[];
  /** Where the payload is written to be signed (removed after). */
  tempParent: string;
  stats?: Record<string, number>;
}

/** Signs `payload` as a file with the keyless signer; returns its Sigstore bundle. */
async function signBytes(payload: Buffer, o: OciSignOptions): Promise<BundleJson> {
  const dir = await mkdtemp(path.join(o.tempParent, 'oci-sign-'));
  try {
    const file = path.join(dir, 'payload.json');
    await writeFile(file, payload);
    const [bundle] = await signWithSigstore([file], o.sigstore);
    return JSON.parse(await readFile(bundle!, 'utf8')) as BundleJson;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function signOciImage(o: OciSignOptions): Promise<Attached> {
  const sboms = await Promise.all(
    o.sboms.map(async (f) => ({ name: path.basename(f), bytes: await readFile(f) })),
  );
  return attachToImage({
    image: o.image,
    key: 'input: oci-image',
    credentials: o.credentials,
    sign: (payload) => signBytes(payload, o),
    sboms,
    stats: o.stats,
  });
}
