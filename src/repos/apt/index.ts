/** APT repositories: publish into a local directory (see publish.ts). */
export type {
  AptPublishOptions,
  AptPublishResult,
  PackageRef,
  PackageSelector,
  PublishStep,
} from './options.js';
export {
  DEFAULT_ARCHITECTURES,
  INCOMPLETE_MARKER,
  prepareApt,
  publishApt,
  type PreparedApt,
} from './publish.js';
export { type AptSnippets, aptSnippets } from './snippets.js';
export { compareDebVersions } from './version.js';
