/**
 * Base images: a reference resolved once to its digest, then the manifest, config and layers of
 * each platform pulled by digest from its registry, verified, into the layout being written.
 * `scratch` is no base at all (an empty root file system).
 */
import { DistroError } from '../../errors.js';
import type { Layout } from './layout.js';
import {
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  isIndex,
  ociMediaType,
  type Platform,
  platformMatches,
  platformString,
} from './media.js';
import { formatRef, parseImageRef, type ImageRef } from './reference.js';
import { Registry, type RegistryCredentials } from './registry.js';

export interface BaseImage {
  /** `docker.io/library/debian@sha256:…`: the reference pinned to the digest it resolved to. */
  name: string;
  /** The base's own manifest digest for this platform (org.opencontainers.image.base.digest). */
  digest: string;
  config: ImageConfig;
  /** Its layers, spelled with OCI media types, in order; their blobs are in the layout. */
  layers: Descriptor[];
  /** Where the blobs came from, for a cross-repository mount when pushing to the same registry. */
  ref: ImageRef;
}

/** Pulls `reference` for every platform in `platforms`; the layers land in `layout`. */
export async function pullBase(
  reference: string,
  platforms: readonly Platform[],
  layout: Layout,
  key: string,
  credentials?: RegistryCredentials,
): Promise<BaseImage[]> {
  const ref = parseImageRef(reference, key);
  const shown = formatRef(ref);
  const reg = new Registry(ref, { key, credentials });
  let top;
  try {
    top = await reg.getManifest(ref.digest ?? ref.tag ?? 'latest');
  } catch (err) {
    if (err instanceof DistroError)
      throw new DistroError(
        `${key}: the base image ${shown} cannot be pulled: ${err.message.replace(`${key}: `, '')}`,
        {
          key,
          cause: err,
        },
      );
    throw err;
  }
  const pinned = formatRef({ ...ref, tag: undefined, digest: top.digest });
  const doc = JSON.parse(top.bytes.toString('utf8')) as ImageIndex & ImageManifest;
  const out: BaseImage[] = [];
  for (const want of platforms) {
    let desc: { digest: string; bytes?: Buffer } | undefined;
    if (isIndex(top.mediaType)) {
      const d = doc.manifests.find((m) => platformMatches(m.platform, want));
      if (!d) {
        const has = doc.manifests.map((m) => (m.platform ? platformString(m.platform) : '?'));
        throw new DistroError(
          `${key}: the base image ${shown} has no ${platformString(want)} image (it has ${[...new Set(has)].join(', ')}); choose a base that has every target's platform, or leave the target out.`,
          { key },
        );
      }
      desc = { digest: d.digest };
    } else desc = { digest: top.digest, bytes: top.bytes };
    const man = desc.bytes
      ? doc
      : (JSON.parse((await reg.getManifest(desc.digest)).bytes.toString('utf8')) as ImageManifest);
    const config = JSON.parse((await reg.getBlob(man.config.digest)).toString('utf8')) as ImageConfig;
    const have = { os: config.os, architecture: config.architecture, variant: config.variant };
    if (!platformMatches(have, want))
      throw new DistroError(
        `${key}: the base image ${shown} is ${platformString(have)} only and has no ${platformString(want)} image; use a multi-platform base, or leave the target out.`,
        { key },
      );
    const layers: Descriptor[] = [];
    for (const l of man.layers) {
      if (!(await layout.has(l.digest))) await reg.downloadBlob(l.digest, layout.blobPath(l.digest), l.size);
      layers.push({ mediaType: ociMediaType(l.mediaType), digest: l.digest, size: l.size });
    }
    out.push({ name: pinned, digest: desc.digest, config, layers, ref });
  }
  return out;
}
