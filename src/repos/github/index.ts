/**
 * GitHub Releases for publish-repo: a library of plain-value functions (no environment, no
 * @actions/core). `publishRelease` creates or updates a release idempotently; `readCommits` and
 * `renderNotes` make its notes from a checkout.
 */
export { prepareRelease, publishRelease, findRelease } from './release.js';
export type {
  PreparedRelease,
  PublishReleaseOptions,
  PublishReleaseResult,
  ReleaseNotes,
  Release,
} from './release.js';
export { contentTypeFor, githubAssetName } from './assets.js';
export type { AssetFile, AssetSync } from './assets.js';
export { GitHubClient, rateLimitWait } from './client.js';
export type { ClientOptions, RetryOptions } from './client.js';
export { readCommits } from './git.js';
export type { CommitRange } from './git.js';
export { parseCommit, renderNotes, SECTIONS } from './notes.js';
export type { CommitRecord, NotesOptions, ParsedCommit } from './notes.js';
