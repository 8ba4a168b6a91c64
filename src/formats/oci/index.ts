/**
 * Format `oci`: multi-platform OCI images of the built binaries, written without a container
 * daemon (layers written directly, as ko and jib do), an image layout directory and its `.tar`;
 * a small registry client to pull bases and push (see registry.ts).
 */
export { pullBase, type BaseImage } from './base.js';
export {
  buildImages,
  imageConfig,
  type BuildImagesOptions,
  type BuiltImages,
  type ImageSettings,
  type PlatformImage,
} from './image.js';
export { layerEntries, writeLayer, type OciFile, type WrittenLayer } from './layer.js';
export { extractLayoutTar, Layout } from './layout.js';
export * from './media.js';
export { checkTag, formatRef, parseImageRef, TAG_RE, type ImageRef } from './reference.js';
export {
  parseChallenge,
  Registry,
  sha256Digest,
  type RegistryCredentials,
  type RegistryOptions,
} from './registry.js';
export { checkPush, pushLayout, releaseTags, type Pushed, type PushOptions } from './push.js';
export { manifestFor, unpackImage } from './unpack.js';
export {
  attachToImage,
  chooseScheme,
  parseSignedImage,
  cosignAnnotations,
  cosignTag,
  simpleSigningPayload,
  SIGSTORE_BUNDLE,
  SIMPLE_SIGNING,
  SPDX_JSON,
  type Attached,
  type AttachOptions,
  type BundleJson,
} from './attach.js';
