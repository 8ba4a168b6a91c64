/**
 * Pushing an image layout to a registry: every blob (HEAD first; a base layer mounted from its
 * repository when the base lives on the same registry), every platform manifest by digest, then
 * the index by digest and under each tag. What the registry already has is not sent again, so a
 * re-run uploads nothing.
 */
import { mapLimit } from '../../concurrency.js';
import { parseVersion, stripV } from '../../config/version.js';
import { DistroError } from '../../errors.js';
import type { Layout } from './layout.js';
import { type ImageIndex, type ImageManifest, MT } from './media.js';
import { checkTag, formatRef, parseImageRef } from './reference.js';
import { Registry, type RegistryCredentials } from './registry.js';

export interface PushOptions {
  layout: Layout;
  /** `ghcr.io/owner/name` (no tag). */
  repository: string;
  tags: string[];
  /** The input or config key of the repository, for errors. */
  key: string;
  credentials?: RegistryCredentials;
  /** Request counters (uploads, mounts, manifests put). */
  stats?: Record<string, number>;
}

export interface Pushed {
  /** `ghcr.io/owner/name@sha256:…` of the index. */
  reference: string;
  digest: string;
  tags: string[];
}

/**
 * The tags of a release: `1.2.3`, `1.2`, `1`, `latest` for a stable release; the version alone for a
 * pre-release; the version and `nightly` (or the channel's name) for another channel. `+build`
 * becomes `_build` (a tag has no `+`).
 */
export function releaseTags(version: string, channel = 'stable'): string[] {
  const v = stripV(version);
  const tag = v.replace(/\+/g, '_');
  const parts = parseVersion(v);
  if (channel !== 'stable') return [tag, channel];
  if (!parts || parts.pre || parts.build) return [tag];
  const nums = parts.core.split('.');
  const tags = nums.map((_, i) => nums.slice(0, nums.length - i).join('.'));
  return [...tags, 'latest'];
}

/** Checks the repository and the tags; throws before any request. */
export function checkPush(repository: string, tags: readonly string[], key: string): void {
  parseImageRef(repository, key, false);
  if (!tags.length) throw new DistroError(`${key}: no tag to push; give a version or tags.`, { key });
  for (const t of tags) checkTag(t, `${key} (tag)`);
}

export async function pushLayout(o: PushOptions): Promise<Pushed> {
  checkPush(o.repository, o.tags, o.key);
  const ref = parseImageRef(o.repository, o.key, false);
  const top = (await o.layout.readIndex()).manifests[0];
  if (!top || top.mediaType !== MT.index)
    throw new DistroError(
      `${o.layout.dir}: index.json names no image index; write the images with the oci format first.`,
    );
  const index = await o.layout.readJson<ImageIndex>(top.digest);
  const manifests = await Promise.all(index.manifests.map((m) => o.layout.readJson<ImageManifest>(m.digest)));
  const mountFrom = [...new Set(manifests.map((m) => mountSource(m, ref.registry, ref.repository)))];
  const reg = new Registry(ref, {
    key: o.key,
    credentials: o.credentials,
    stats: o.stats,
    mountFrom: mountFrom.filter((f): f is string => !!f),
  });
  for (const [i, m] of index.manifests.entries()) {
    const man = manifests[i]!;
    const from = mountSource(man, ref.registry, ref.repository);
    const blobs = [man.config, ...man.layers];
    await mapLimit(blobs, 4, async (b, j) =>
      reg.pushBlob(b.digest, () => o.layout.blobSource(b.digest), j > 0 ? from : undefined),
    );
    await reg.putManifest(m.digest, await o.layout.readBlob(m.digest), MT.manifest);
  }
  const indexBytes = await o.layout.readBlob(top.digest);
  await reg.putManifest(top.digest, indexBytes, MT.index);
  for (const t of o.tags) await reg.putManifest(t, indexBytes, MT.index);
  return { reference: formatRef({ ...ref, digest: top.digest }), digest: top.digest, tags: o.tags };
}

/** The repository a base image's layers can be mounted from: on the same registry, another repository. */
function mountSource(man: ImageManifest, registry: string, repository: string): string | undefined {
  const base = man.annotations?.['org.opencontainers.image.base.name'];
  if (!base) return undefined;
  try {
    const b = parseImageRef(base, 'base');
    return b.registry === registry && b.repository !== repository ? b.repository : undefined;
  } catch {
    return undefined;
  }
}
