/** APT repositories: publish into a local directory (see publish.ts). */
export {
  type AptPublishOptions,
  type AptPublishResult,
  DEFAULT_ARCHITECTURES,
  type PackageRef,
  type PackageSelector,
  publishApt,
  type PublishStep,
} from './publish.js';
export { type AptSnippets, aptSnippets } from './snippets.js';
export { compareDebVersions } from './version.js';
