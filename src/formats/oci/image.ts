/**
 * Building the images: per platform, the base's layers plus one layer of our files, a config
 * (the base's, with our entrypoint, cmd, env, user, workdir, ports and labels on top), a manifest;
 * then one image index over the platforms, written as an OCI image layout directory and a `.tar`
 * of it. Every JSON document is serialised with a fixed key order and `created` is
 * SOURCE_DATE_EPOCH, so the same inputs give the same digests.
 */
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { tempPath } from '../../atomic.js';
import { type BaseImage, pullBase } from './base.js';
import { type OciFile, writeLayer } from './layer.js';
import { Layout } from './layout.js';
import {
  type Descriptor,
  type ImageConfig,
  type ImageManifest,
  MT,
  type Platform,
  platformString,
} from './media.js';
import type { RegistryCredentials } from './registry.js';

export interface ImageSettings {
  entrypoint?: string[];
  cmd?: string[];
  /** `NAME=value` entries, added to (and overriding) the base's. */
  env?: string[];
  user?: string;
  workdir?: string;
  /** `8080/tcp`, `53/udp` (a bare number means tcp). */
  ports?: string[];
  /** Config labels; the index and manifests also carry `annotations`. */
  labels?: Record<string, string>;
}

export interface PlatformImage {
  platform: Platform;
  /** The target it was built for (a manifest annotation, and for messages). */
  target: string;
  files: OciFile[];
  /** Settings of this platform (its entrypoint names its own binary). */
  settings: ImageSettings;
}

export interface BuildImagesOptions {
  /** The layout directory to write (replaced as a whole on success). */
  layoutDir: string;
  /** Where to write the `.tar` of the layout (optional). */
  tarFile?: string;
  images: PlatformImage[];
  /** `scratch` (or undefined) or an image reference. */
  base?: string;
  /** The config key or input that gave the base, for errors. */
  baseKey: string;
  credentials?: RegistryCredentials;
  /** `org.opencontainers.image.*` annotations (and labels) of every image and the index. */
  annotations: Record<string, string>;
  /** SOURCE_DATE_EPOCH. */
  created: number;
  /** The name recorded for the index in the layout's index.json (`org.opencontainers.image.ref.name`). */
  refName: string;
}

export interface BuiltImages {
  index: Descriptor;
  manifests: Array<{ target: string; platform: Platform; descriptor: Descriptor }>;
  layoutDir: string;
}

function portKey(p: string): string {
  return /\//.test(p) ? p : `${p}/tcp`;
}

/** Our settings on top of the base's config (env merged by name; ours wins). */
export function imageConfig(
  base: ImageConfig | undefined,
  platform: Platform,
  s: ImageSettings,
  labels: Record<string, string>,
  created: string,
  diffId: string,
): ImageConfig {
  const bc = base?.config ?? {};
  const env = new Map<string, string>();
  for (const e of [
    ...(bc.Env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']),
    ...(s.env ?? []),
  ])
    env.set(e.split('=')[0]!, e);
  const ports: Record<string, object> = { ...bc.ExposedPorts };
  for (const p of s.ports ?? []) ports[portKey(p)] = {};
  const config: NonNullable<ImageConfig['config']> = {
    ...bc,
    Env: [...env.values()],
    Entrypoint: s.entrypoint ?? bc.Entrypoint ?? null,
    Cmd: s.cmd ?? (s.entrypoint ? null : (bc.Cmd ?? null)),
    ...((s.user ?? bc.User) ? { User: s.user ?? bc.User } : {}),
    ...((s.workdir ?? bc.WorkingDir) ? { WorkingDir: s.workdir ?? bc.WorkingDir } : {}),
    ...(Object.keys(ports).length ? { ExposedPorts: sortKeys(ports) } : {}),
    Labels: sortKeys({ ...bc.Labels, ...labels }),
  };
  if (!config.Entrypoint) delete config.Entrypoint;
  if (!config.Cmd) delete config.Cmd;
  return {
    created,
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    config,
    rootfs: { type: 'layers', diff_ids: [...(base?.rootfs.diff_ids ?? []), diffId] },
    history: [
      ...(base?.history ?? []),
      { created, created_by: 'distro-actions package-format (oci)', comment: 'binaries and contents' },
    ],
  };
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Builds every platform's image and the index into a fresh layout; replaces `layoutDir` at the end. */
export async function buildImages(o: BuildImagesOptions): Promise<BuiltImages> {
  const final = path.resolve(o.layoutDir);
  const tmp = tempPath(final);
  const layout = new Layout(tmp);
  try {
    await layout.init();
    const bases: Array<BaseImage | undefined> =
      o.base && o.base !== 'scratch'
        ? await pullBase(
            o.base,
            o.images.map((i) => i.platform),
            layout,
            o.baseKey,
            o.credentials,
          )
        : o.images.map(() => undefined);
    const created = new Date(o.created * 1000).toISOString().replace('.000Z', 'Z');
    const manifests: BuiltImages['manifests'] = [];
    for (const [i, img] of o.images.entries()) {
      const base = bases[i];
      const layerTmp = path.join(tmp, `layer-${i}.tmp`);
      const layer = await writeLayer(layerTmp, img.files, o.created);
      await layout.adopt(layerTmp, layer.digest);
      const config = imageConfig(
        base?.config,
        img.platform,
        img.settings,
        o.annotations,
        created,
        layer.diffId,
      );
      const configDesc = await layout.putJson(config, MT.config);
      const annotations = sortKeys({
        ...o.annotations,
        ...(base
          ? {
              'org.opencontainers.image.base.digest': base.digest,
              'org.opencontainers.image.base.name': base.name,
            }
          : {}),
      });
      const manifest: ImageManifest = {
        schemaVersion: 2,
        mediaType: MT.manifest,
        config: configDesc,
        layers: [
          ...(base?.layers ?? []),
          { mediaType: MT.layerGzip, digest: layer.digest, size: layer.size },
        ],
        annotations,
      };
      const desc = await layout.putJson(manifest, MT.manifest, { platform: img.platform });
      manifests.push({ target: img.target, platform: img.platform, descriptor: desc });
    }
    const index = await layout.putJson(
      {
        schemaVersion: 2,
        mediaType: MT.index,
        manifests: manifests.map((m) => m.descriptor),
        annotations: sortKeys(o.annotations),
      },
      MT.index,
    );
    const top = { ...index, annotations: { 'org.opencontainers.image.ref.name': o.refName } };
    await layout.writeIndex([top]);
    if (o.tarFile) {
      const tarTmp = tempPath(o.tarFile);
      try {
        await layout.writeTar(tarTmp, o.created);
        await rename(tarTmp, o.tarFile);
      } catch (err) {
        await rm(tarTmp, { force: true });
        throw err;
      }
    }
    await rm(final, { recursive: true, force: true });
    await rename(tmp, final);
    return { index, manifests, layoutDir: final };
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

export { platformString };
