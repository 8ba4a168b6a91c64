/** OCI and Docker media types, and the small JSON shapes of the image spec this folder writes. */
export const MT = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  layerTar: 'application/vnd.oci.image.layer.v1.tar',
  empty: 'application/vnd.oci.empty.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

/** What a registry is asked for when a manifest is fetched: any image or index, OCI or Docker. */
export const MANIFEST_ACCEPT = [MT.index, MT.manifest, MT.dockerList, MT.dockerManifest].join(', ');

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
  artifactType?: string;
}

export interface Platform {
  architecture: string;
  os: string;
  variant?: string;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

/** The image config (the parts this project reads or writes; others are kept as they are). */
export interface ImageConfig {
  created?: string;
  architecture: string;
  os: string;
  variant?: string;
  config?: {
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    Env?: string[] | null;
    User?: string;
    WorkingDir?: string;
    ExposedPorts?: Record<string, object>;
    Labels?: Record<string, string>;
    [k: string]: unknown;
  };
  rootfs: { type: 'layers'; diff_ids: string[] };
  history?: Array<Record<string, unknown>>;
  [k: string]: unknown;
}

export function isIndex(mediaType: string | undefined): boolean {
  return mediaType === MT.index || mediaType === MT.dockerList;
}

/** A Docker layer or config media type spelled the OCI way (same bytes, same digest). */
export function ociMediaType(mediaType: string): string {
  if (mediaType === MT.dockerLayer) return MT.layerGzip;
  if (mediaType === MT.dockerConfig) return MT.config;
  if (mediaType === MT.dockerManifest) return MT.manifest;
  if (mediaType === MT.dockerList) return MT.index;
  return mediaType;
}

/** The OCI platform of a Docker-style platform string (`linux/arm/v7`, `linux/arm64`). */
export function parsePlatform(docker: string): Platform {
  const [os = '', architecture = '', variant] = docker.split('/');
  const p: Platform = { architecture, os };
  if (variant) p.variant = variant;
  return p;
}

export function platformString(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/**
 * Whether a base image's platform serves ours: same os and architecture, and the same variant
 * where both name one (arm64's `v8` is its only variant, so a missing one matches it).
 */
export function platformMatches(base: Platform | undefined, want: Platform): boolean {
  if (!base || base.os !== want.os || base.architecture !== want.architecture) return false;
  const norm = (v: string | undefined) => (want.architecture === 'arm64' && v === 'v8' ? undefined : v);
  const [a, b] = [norm(base.variant), norm(want.variant)];
  return !a || !b || a === b;
}
