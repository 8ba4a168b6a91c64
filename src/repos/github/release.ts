/**
 * Idempotent GitHub Releases: create the release of a tag, or update the one that is there, and
 * make its assets match the given files. A re-run of the same publish changes nothing; a re-run
 * after a failure finishes the job. The release is found by its tag, and, because the tags
 * endpoint never returns drafts, among the drafts too (the classic source of duplicate releases).
 * A new release is created as a draft and published once its assets are complete, so nobody
 * sees (and an immutable release never freezes) a release with half its files.
 *
 * A rolling release (`rolling`, e.g. tag `nightly`) is one prerelease whose tag is moved to the
 * new commit, whose notes are rewritten and whose assets are replaced each run; assets of earlier
 * runs that this run did not build are deleted.
 */
import { readFile } from 'node:fs/promises';
import { DistroError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { prepareAssets, syncAssets, type AssetFile, type AssetSync } from './assets.js';
import { GitHubClient, type Octokit, type RetryOptions } from './client.js';
import { readCommits } from './git.js';
import { renderNotes } from './notes.js';

export type Release = Awaited<ReturnType<Octokit['rest']['repos']['getReleaseByTag']>>['data'];
type UpdateParams = NonNullable<Parameters<Octokit['rest']['repos']['updateRelease']>[0]>;

/** Where the release text comes from. */
export type ReleaseNotes =
  /** Markdown given directly. */
  | { body: string }
  /** A Markdown file. */
  | { file: string }
  /** Generated from the commits since the previous tag in the checkout `dir` (see readCommits). */
  | { generate: { dir: string; repoUrl?: string } };

export interface PublishReleaseOptions {
  owner: string;
  repo: string;
  token: string;
  /** REST API root (GITHUB_API_URL); default https://api.github.com. */
  apiUrl?: string;
  tag: string;
  /** Release title; default the tag (on creation; an existing release keeps its title). */
  name?: string;
  /** Default: a new release gets no text, an existing one keeps its text. */
  notes?: ReleaseNotes;
  draft?: boolean;
  prerelease?: boolean;
  makeLatest?: 'true' | 'false' | 'legacy';
  /** Commit or branch of the release; for a rolling release the commit SHA its tag moves to. */
  targetCommitish?: string;
  assets?: AssetFile[];
  /** One rolling prerelease (nightly): the tag moves, notes and assets are replaced. */
  rolling?: boolean;
  retry?: RetryOptions;
  log?: Logger;
}

export interface PublishReleaseResult extends AssetSync {
  /** The release page (html_url). */
  url: string;
  id: number;
  /** Whether this run created the release (false: it existed, possibly as a draft). */
  created: boolean;
}

const MAKE_LATEST = ['true', 'false', 'legacy'];

async function resolveNotes(o: PublishReleaseOptions): Promise<string | undefined> {
  const n = o.notes;
  if (!n) return undefined;
  if ('body' in n) return n.body;
  if ('file' in n) {
    try {
      return await readFile(n.file, 'utf8');
    } catch (e) {
      throw new DistroError(
        `input 'github-release': cannot read the release notes file ${n.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check its path.`,
        { key: 'input: github-release' },
      );
    }
  }
  // a rolling release's local tag is last run's: its notes run to the commit being released
  const end = o.rolling ? (o.targetCommitish ?? 'HEAD') : undefined;
  const { previousTag, commits } = await readCommits(n.generate.dir, o.tag, { end });
  return renderNotes(commits, { tag: o.tag, previousTag, repoUrl: n.generate.repoUrl });
}

/** The release of `tag`: the published one (tags endpoint), else a draft with that tag (release list). */
export async function findRelease(
  client: GitHubClient,
  tag: string,
  log?: Logger,
): Promise<Release | undefined> {
  const { owner, repo } = client;
  const published = await client.call(
    `get the release of tag ${tag}`,
    () => client.octokit.rest.repos.getReleaseByTag({ owner, repo, tag }),
    { allow404: true },
  );
  if (published) return published.data;
  for (let page = 1; ; page++) {
    const res = await client.call('list releases', () =>
      client.octokit.rest.repos.listReleases({ owner, repo, per_page: 100, page }),
    );
    const drafts = res.data.filter((r) => r.draft && r.tag_name === tag);
    if (drafts.length > 1) {
      log?.warn(
        `${client.slug} has ${drafts.length} draft releases for ${tag} (ids ${drafts.map((d) => d.id).join(', ')}); using ${drafts[0].id}. Delete the others.`,
      );
    }
    if (drafts.length) return drafts[0];
    if (!/rel="next"/.test(res.headers.link ?? '')) return undefined;
  }
}

/**
 * Checks that `tag` exists in the repository; for a rolling release with a commit SHA, creates or
 * moves it there.
 */
async function ensureTag(client: GitHubClient, o: PublishReleaseOptions): Promise<void> {
  const { owner, repo } = client;
  const ref = `tags/${o.tag}`;
  const get = async () =>
    (
      await client.call(`look up tag ${o.tag}`, () => client.octokit.rest.git.getRef({ owner, repo, ref }), {
        allow404: true,
      })
    )?.data;
  const found = await get();
  const sha = o.rolling ? o.targetCommitish : undefined;
  if (sha && !found) {
    await client.call(
      `create tag ${o.tag}`,
      async () => Boolean(await client.octokit.rest.git.createRef({ owner, repo, ref: `refs/${ref}`, sha })),
      { write: true, recover: async () => ((await get())?.object.sha === sha ? true : undefined) },
    );
    o.log?.info(`created tag ${o.tag} at ${sha}`);
  } else if (sha && found && found.object.sha !== sha) {
    await client.call(
      `move tag ${o.tag}`,
      () => client.octokit.rest.git.updateRef({ owner, repo, ref, sha, force: true }),
      { write: true },
    );
    o.log?.info(`moved tag ${o.tag} from ${found.object.sha} to ${sha}`);
  } else if (!found) {
    throw new DistroError(
      `input 'tag': tag '${o.tag}' does not exist in ${client.slug}. Push it first (\`git tag ${o.tag} && git push origin ${o.tag}\`), or run the workflow on a tag push (\`on: push: tags: ['v*']\`).`,
      { key: 'input: tag' },
    );
  }
}

function validate(o: PublishReleaseOptions): void {
  if (!o.tag || /[\s~^:?*[\\]|\.\.|^[-/]|\/$|\.lock$/.test(o.tag)) {
    throw new DistroError(
      `input 'tag': '${o.tag}' is not a valid tag name; give the tag of the release, e.g. v1.2.3 (github.ref_name on a tag push).`,
      { key: 'input: tag' },
    );
  }
  if (o.makeLatest !== undefined && !MAKE_LATEST.includes(o.makeLatest)) {
    throw new DistroError(
      `input 'github-release': make-latest must be true, false or legacy, got '${String(o.makeLatest)}'.`,
      { key: 'input: github-release' },
    );
  }
  if (o.prerelease && o.makeLatest === 'true') {
    throw new DistroError(
      `input 'github-release': a prerelease cannot be the latest release; drop make-latest or prerelease for ${o.tag}.`,
      { key: 'input: github-release' },
    );
  }
  if (o.rolling && o.targetCommitish !== undefined && !/^[0-9a-f]{40}$/.test(o.targetCommitish)) {
    throw new DistroError(
      `input 'tag': the rolling release ${o.tag} moves its tag to a commit, so its target must be a full commit SHA (github.sha), got '${o.targetCommitish}'.`,
      { key: 'input: tag' },
    );
  }
}

/**
 * Creates or updates the release of `tag` and makes its assets match `assets` (see the file
 * comment). Everything that can be checked locally (tag syntax, notes, asset files) is checked
 * before the first request.
 */
export async function publishRelease(o: PublishReleaseOptions): Promise<PublishReleaseResult> {
  return (await prepareRelease(o)).publish();
}

/** A release whose local checks passed; `publish` makes the requests. */
export interface PreparedRelease {
  publish(): Promise<PublishReleaseResult>;
}

/**
 * The local checks of `publishRelease` (tag syntax, notes, asset files), without a request: a
 * caller that also writes repositories runs them before it writes anything.
 */
export async function prepareRelease(o: PublishReleaseOptions): Promise<PreparedRelease> {
  validate(o);
  const body = await resolveNotes(o);
  const prepared = await prepareAssets(o.assets ?? [], o.tag);
  return { publish: () => createOrUpdate(o, body, prepared) };
}

async function createOrUpdate(
  o: PublishReleaseOptions,
  body: string | undefined,
  prepared: Awaited<ReturnType<typeof prepareAssets>>,
): Promise<PublishReleaseResult> {
  const client = new GitHubClient(o);
  const { owner, repo } = client;
  const prerelease = o.rolling ? true : o.prerelease;
  const makeLatest = o.rolling ? 'false' : o.makeLatest;
  const draft = o.draft ?? false;

  await ensureTag(client, o);
  let release = await findRelease(client, o.tag, o.log);
  const created = !release;
  const fields = {
    ...(o.name !== undefined ? { name: o.name } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(prerelease !== undefined ? { prerelease } : {}),
    ...(o.targetCommitish !== undefined ? { target_commitish: o.targetCommitish } : {}),
  };
  const update = (what: string, id: number, patch: Omit<UpdateParams, 'owner' | 'repo' | 'release_id'>) =>
    client.call(
      `${what} release ${o.tag}`,
      async () =>
        (await client.octokit.rest.repos.updateRelease({ owner, repo, release_id: id, ...patch })).data,
      { write: true },
    );
  if (!release) {
    release = await client.call(
      `create release ${o.tag}`,
      async () =>
        (
          await client.octokit.rest.repos.createRelease({
            owner,
            repo,
            tag_name: o.tag,
            name: o.tag,
            ...fields,
            draft: true, // published below, once the assets are complete
          })
        ).data,
      { write: true, recover: () => findRelease(client, o.tag) },
    );
    o.log?.info(`created draft release ${o.tag} (id ${release.id})`);
  } else {
    const publishedNow = release.draft
      ? {}
      : { draft, ...(makeLatest && !draft ? { make_latest: makeLatest } : {}) };
    release = await update('update', release.id, { ...fields, ...publishedNow });
    o.log?.info(`updating release ${o.tag} (id ${release.id}${release.draft ? ', a draft' : ''})`);
  }

  const assets = await syncAssets(client, release, prepared, { prune: o.rolling, log: o.log });

  if (release.draft && !draft) {
    release = await update('publish', release.id, {
      draft: false,
      ...(makeLatest ? { make_latest: makeLatest } : {}),
    });
    o.log?.info(`published release ${o.tag}`);
  }
  return { url: release.html_url, id: release.id, created, ...assets };
}
