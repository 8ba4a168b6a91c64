/**
 * Opens the pull request that submits winget manifests to microsoft/winget-pkgs, from the user's
 * fork, through the REST API only (no clone of that very large repository): the files become blobs
 * and a tree on top of the upstream default branch in the fork, a commit, the branch
 * `<PackageIdentifier>-<version>`, then the pull request. Every step can be repeated: a re-run
 * finds the branch and reuses it (removing files an earlier run left there that this one does not
 * write), commits only when the files differ from what it holds, and
 * reuses an open pull request of that branch, so an interrupted run is finished by the next one.
 */
import type { Logger } from '../../log.js';
import { GitHubClient, type ErrorInputs, type RetryOptions } from './client.js';

export const WINGET_UPSTREAM = 'microsoft/winget-pkgs';

export interface WingetPrOptions {
  /** owner/name of the user's fork of microsoft/winget-pkgs (`winget-fork`). */
  fork: string;
  /** A token that can push to the fork and open pull requests (`winget-token`). */
  token: string;
  apiUrl?: string;
  identifier: string;
  version: string;
  /** `manifests/<letter>/<Publisher>/<Name>/<version>`. */
  dir: string;
  files: { name: string; text: string }[];
  /** The repository and branch the pull request goes to (default microsoft/winget-pkgs, master). */
  upstream?: string;
  base?: string;
  log?: Logger;
  retry?: RetryOptions;
}

export interface WingetPrResult {
  /** The pull request's web URL. */
  url: string;
  /** The commit pushed to the fork's branch ('' when it already held these files). */
  commit: string;
  /** Whether this run opened the pull request (false: an open one was reused). */
  opened: boolean;
}

const FORK_INPUTS: ErrorInputs = {
  token: 'winget-token',
  repository: 'winget-fork',
  permission:
    "The 'winget-token' needs to push to the fork named by 'winget-fork' (fine-grained: 'Contents: Read and write' on the fork; classic: the 'public_repo' scope); check too that 'winget-fork' names your fork of microsoft/winget-pkgs.",
};

const UPSTREAM_INPUTS: ErrorInputs = {
  token: 'winget-token',
  repository: 'winget-fork',
  permission:
    "Opening a pull request from a fork needs a token that can push to the fork and create pull requests on public repositories: a classic token with the 'public_repo' scope, or a fine-grained one with public-repository access and 'Pull requests: Read and write'.",
};

function split(slug: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = slug.split('/');
  return { owner, repo };
}

/** See the file comment. */
export async function openWingetPr(o: WingetPrOptions): Promise<WingetPrResult> {
  const common = { token: o.token, apiUrl: o.apiUrl, log: o.log, retry: o.retry };
  const fork = new GitHubClient({ ...split(o.fork), ...common, inputs: FORK_INPUTS });
  const up = new GitHubClient({
    ...split(o.upstream ?? WINGET_UPSTREAM),
    ...common,
    inputs: UPSTREAM_INPUTS,
  });
  const base = o.base ?? 'master';
  const branch = `${o.identifier}-${o.version}`;
  const title = `New version: ${o.identifier} version ${o.version}`;
  const f = { owner: fork.owner, repo: fork.repo };
  const u = { owner: up.owner, repo: up.repo };
  const gk = fork.octokit.rest.git;

  // the branch as an earlier run left it, else the upstream default branch
  const existing = await fork.call(
    `read branch ${branch}`,
    () => gk.getRef({ ...f, ref: `heads/${branch}` }),
    {
      allow404: true,
    },
  );
  const parent =
    existing?.data.object.sha ??
    (await up.call(`read branch ${base}`, () => up.octokit.rest.git.getRef({ ...u, ref: `heads/${base}` })))
      .data.object.sha;
  const parentTree = (
    await fork.call(`read commit ${parent}`, () => gk.getCommit({ ...f, commit_sha: parent }))
  ).data.tree.sha;

  const entries: { path: string; mode: '100644'; type: 'blob'; sha: string | null }[] = [];
  if (existing) {
    // files an earlier run left in the directory that this one does not write (a renamed locale)
    const listed = await fork.call(
      `list ${o.dir} on ${branch}`,
      () => fork.octokit.rest.repos.getContent({ ...f, path: o.dir, ref: branch }),
      { allow404: true },
    );
    const names = new Set(o.files.map((x) => x.name));
    for (const e of Array.isArray(listed?.data) ? listed.data : []) {
      if (e.type === 'file' && !names.has(e.name))
        entries.push({ path: `${o.dir}/${e.name}`, mode: '100644', type: 'blob', sha: null });
    }
  }
  for (const file of o.files) {
    const blob = await fork.call(
      `create a blob for ${file.name}`,
      () => gk.createBlob({ ...f, content: file.text, encoding: 'utf-8' }),
      { write: true, retry: true }, // content-addressed: a repeat makes the same blob
    );
    entries.push({
      path: `${o.dir}/${file.name}`,
      mode: '100644' as const,
      type: 'blob' as const,
      sha: blob.data.sha,
    });
  }
  const tree = (
    await fork.call('create a tree', () => gk.createTree({ ...f, base_tree: parentTree, tree: entries }), {
      write: true,
      retry: true,
    })
  ).data.sha;

  let commit = '';
  if (!existing || tree !== parentTree) {
    commit = (
      await fork.call(
        'create a commit',
        () => gk.createCommit({ ...f, message: title, tree, parents: [parent] }),
        {
          write: true,
          retry: true, // an unreferenced commit left by a lost response is harmless
        },
      )
    ).data.sha;
    if (existing) {
      await fork.call(
        `update branch ${branch}`,
        () => gk.updateRef({ ...f, ref: `heads/${branch}`, sha: commit, force: false }),
        { write: true },
      );
    } else {
      await fork.call(
        `create branch ${branch}`,
        () => gk.createRef({ ...f, ref: `refs/heads/${branch}`, sha: commit }),
        {
          write: true,
        },
      );
    }
    o.log?.info(`winget: ${o.fork} branch ${branch} at ${commit}`);
  }

  const head = `${fork.owner}:${branch}`;
  const findOpen = async () =>
    (
      await up.call('list pull requests', () =>
        up.octokit.rest.pulls.list({ ...u, head, base, state: 'open' }),
      )
    ).data[0];
  const open = await findOpen();
  if (open) {
    o.log?.info(`winget: pull request ${open.html_url} is open for ${head}${commit ? ' (updated)' : ''}.`);
    return { url: open.html_url, commit, opened: false };
  }
  const body = `Submitted by distro-actions publish-repo: ${o.files.map((x) => `\`${x.name}\``).join(', ')} in \`${o.dir}\`.`;
  const url = await up.call(
    'open a pull request',
    async () => (await up.octokit.rest.pulls.create({ ...u, title, head, base, body })).data.html_url,
    { write: true, recover: async () => (await findOpen())?.html_url },
  );
  o.log?.info(`winget: opened ${url}`);
  return { url, commit, opened: true };
}
