/**
 * A pushed image index signed and described in its registry, as cosign does it: a keyless Sigstore
 * signature over cosign's simple-signing payload, and the SPDX SBOMs. Where the registry has the
 * OCI 1.1 referrers API they are artifact manifests whose `subject` is the index; elsewhere they
 * sit under cosign's tags `sha256-<hex>.sig` and `sha256-<hex>.sbom`, so `cosign verify`,
 * `cosign download sbom` and `oras discover` find them either way.
 */
import { DistroError } from '../../errors.js';
import { MT, type Descriptor, type ImageManifest } from './media.js';
import { formatRef, parseImageRef, type ImageRef } from './reference.js';
import { Registry, sha256Digest, type RegistryCredentials } from './registry.js';

export const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const SIGSTORE_BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const SPDX_JSON = 'application/spdx+json';
/** What `cosign attach sbom --type spdx` calls the layer. */
const COSIGN_SPDX = 'text/spdx+json';

/** The parts of a Sigstore bundle v0.3 (JSON) the cosign annotations are made of. */
export interface BundleJson {
  verificationMaterial?: {
    certificate?: { rawBytes: string };
    tlogEntries?: Array<{
      logIndex: string;
      logId: { keyId: string };
      integratedTime: string;
      inclusionPromise?: { signedEntryTimestamp: string };
      canonicalizedBody: string;
    }>;
  };
  messageSignature?: { signature: string };
}

export interface AttachOptions {
  /** `repo@sha256:…` (publish-repo's output `oci-image`). */
  image: string;
  /** The input errors name. */
  key: string;
  credentials?: RegistryCredentials;
  /** Signs the payload keylessly; returns the Sigstore bundle (JSON) of a message signature. */
  sign: (payload: Buffer) => Promise<BundleJson>;
  /** SPDX JSON documents: file name and bytes. */
  sboms: Array<{ name: string; bytes: Buffer }>;
  stats?: Record<string, number>;
}

export interface Attached {
  scheme: 'referrers' | 'tag';
  /** Reference of the signature manifest (`repo:sha256-….sig` or `repo@sha256:…`). */
  signature: string;
  /** False when the index was signed already (a re-run), so nothing new was signed. */
  signed: boolean;
  sbom?: string;
}

/** cosign's simple-signing payload for `digest` of `repository` (its exact JSON). */
export function simpleSigningPayload(repository: string, digest: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': repository },
        image: { 'docker-manifest-digest': digest },
        type: 'cosign container image signature',
      },
      optional: null,
    }),
  );
}

/** The referrers API when the registry answers it with an index, else cosign's tags. */
export function chooseScheme(referrers: Descriptor[] | undefined): Attached['scheme'] {
  return referrers ? 'referrers' : 'tag';
}

/** cosign's tag for an attachment of `digest`: `sha256-<hex>.sig`. */
export function cosignTag(digest: string, suffix: 'sig' | 'sbom'): string {
  return `${digest.replace(':', '-')}.${suffix}`;
}

function pem(derBase64: string): string {
  const lines = derBase64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** The annotations cosign writes on a signature layer, from the Sigstore bundle. */
export function cosignAnnotations(bundle: BundleJson): Record<string, string> {
  const sig = bundle.messageSignature?.signature;
  const cert = bundle.verificationMaterial?.certificate?.rawBytes;
  if (!sig || !cert) throw new Error('the Sigstore bundle has no message signature or certificate');
  const out: Record<string, string> = {
    'dev.cosignproject.cosign/signature': sig,
    'dev.sigstore.cosign/certificate': pem(cert),
  };
  const t = bundle.verificationMaterial?.tlogEntries?.[0];
  if (t?.inclusionPromise) {
    // cosign's "rekor bundle": the entry and the log's signed promise to include it
    out['dev.sigstore.cosign/bundle'] = JSON.stringify({
      SignedEntryTimestamp: t.inclusionPromise.signedEntryTimestamp,
      Payload: {
        body: t.canonicalizedBody,
        integratedTime: Number(t.integratedTime),
        logIndex: Number(t.logIndex),
        logID: Buffer.from(t.logId.keyId, 'base64').toString('hex'),
      },
    });
  }
  return out;
}

/** A blob pushed (unless there) and its descriptor. */
async function blob(
  reg: Registry,
  mediaType: string,
  bytes: Buffer,
  annotations?: Record<string, string>,
): Promise<Descriptor> {
  const digest = sha256Digest(bytes);
  await reg.pushBlob(digest, async () => bytes);
  return { mediaType, digest, size: bytes.length, ...(annotations ? { annotations } : {}) };
}

/** The config of an attachment: the OCI empty descriptor (referrers), or an image config as cosign's. */
async function config(reg: Registry, referrers: boolean, layers: Descriptor[]): Promise<Descriptor> {
  if (referrers) return blob(reg, MT.empty, Buffer.from('{}'));
  const cfg = {
    architecture: '',
    os: '',
    config: {},
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
  };
  return blob(reg, MT.config, Buffer.from(JSON.stringify(cfg)));
}

/** Puts one attachment manifest: by digest with `subject` (referrers), or under cosign's tag. */
async function putAttachment(
  reg: Registry,
  scheme: Attached['scheme'],
  subject: Descriptor,
  artifactType: string,
  layers: Descriptor[],
  tag: string,
): Promise<string> {
  const referrers = scheme === 'referrers';
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MT.manifest,
    ...(referrers ? { artifactType } : {}),
    config: await config(reg, referrers, layers),
    layers,
    ...(referrers ? { subject } : {}),
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const digest = sha256Digest(bytes);
  await reg.putManifest(referrers ? digest : tag, bytes, MT.manifest);
  const where = formatRef({ ...reg.ref, tag: undefined, digest: undefined });
  return referrers ? `${where}@${digest}` : `${where}:${tag}`;
}

/** `repo@sha256:…`, checked before any work: an image is signed by its digest. */
export function parseSignedImage(image: string, key: string): ImageRef {
  const ref = parseImageRef(image, key);
  if (!ref.digest)
    throw new DistroError(
      `${key}: '${image}' names no digest; pass publish-repo's output oci-image (repo@sha256:…).`,
      { key },
    );
  return ref;
}

/** Signs the image index and attaches its SBOMs; a re-run finds the signature and signs nothing. */
export async function attachToImage(o: AttachOptions): Promise<Attached> {
  const ref = parseSignedImage(o.image, o.key);
  const digest = ref.digest!;
  const reg = new Registry(
    { ...ref, tag: undefined },
    { key: o.key, credentials: o.credentials, stats: o.stats },
  );
  // a push-scoped request first: the token asked for then may also push the attachments
  if ((await reg.hasManifest(digest, true)) === undefined)
    throw new DistroError(
      `${o.key}: registry ${formatRef(ref)}: it has no image ${digest}; push it first (publish-repo) and pass its oci-image output.`,
      { key: o.key },
    );
  const index = await reg.getManifest(digest);
  const subject: Descriptor = { mediaType: index.mediaType, digest, size: index.bytes.length };
  const found = await reg.referrers(digest);
  const scheme = chooseScheme(found);
  const sigTag = cosignTag(digest, 'sig');
  const repoName = formatRef({ ...ref, tag: undefined, digest: undefined });

  let signature: string;
  const existing =
    scheme === 'referrers'
      ? found!.find((d) => d.artifactType === SIGSTORE_BUNDLE)
      : (await reg.hasManifest(sigTag, true)) !== undefined
        ? { digest: sigTag }
        : undefined;
  if (existing) {
    signature = scheme === 'referrers' ? `${repoName}@${existing.digest}` : `${repoName}:${sigTag}`;
  } else {
    const payload = simpleSigningPayload(repoName, digest);
    const bundle = await o.sign(payload);
    const layers =
      scheme === 'referrers'
        ? [
            await blob(reg, SIGSTORE_BUNDLE, Buffer.from(JSON.stringify(bundle))),
            await blob(reg, SIMPLE_SIGNING, payload),
          ]
        : [await blob(reg, SIMPLE_SIGNING, payload, cosignAnnotations(bundle))];
    signature = await putAttachment(reg, scheme, subject, SIGSTORE_BUNDLE, layers, sigTag);
  }

  let sbom: string | undefined;
  if (o.sboms.length) {
    const layers: Descriptor[] = [];
    for (const s of [...o.sboms].sort((a, b) => a.name.localeCompare(b.name)))
      layers.push(
        await blob(reg, scheme === 'referrers' ? SPDX_JSON : COSIGN_SPDX, s.bytes, {
          'org.opencontainers.image.title': s.name,
        }),
      );
    sbom = await putAttachment(reg, scheme, subject, SPDX_JSON, layers, cosignTag(digest, 'sbom'));
  }
  return { scheme, signature, signed: !existing, sbom };
}
