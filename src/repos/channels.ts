/**
 * Package-manager channels kept in other git repositories: the Homebrew tap (`Formula/<name>.rb`)
 * and the Scoop bucket (`bucket/<name>.json`). Each push goes through the git storage the APT and
 * YUM branches use (storage.ts): fetch the branch, write the file, commit, push; a push another
 * publisher beat is fetched and applied again, and a re-run with the same release commits nothing.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DistroError } from '../errors.js';
import type { Logger } from '../log.js';
import { withRepository } from './storage.js';

export interface ChannelPush {
  /** What it is, for messages: `Homebrew tap`, `Scoop bucket`. */
  what: string;
  /** `owner/name` of the repository. */
  repository: string;
  /** Its git remote (https URL, or a local path for mirrors and tests). */
  remote: string;
  branch: string;
  token?: string;
  /** Files to write, relative to the repository root. */
  files: Array<{ path: string; text: string }>;
  /** The config key or input naming the repository, and the input of the token, for errors. */
  key: string;
  tokenKey: string;
}

export interface ChannelResult {
  repository: string;
  commit: string;
  changed: boolean;
}

export async function pushToChannel(
  p: ChannelPush,
  o: { message: string; log: Logger; env: Record<string, string | undefined>; tempDir?: string },
): Promise<ChannelResult> {
  for (const f of p.files) {
    const n = path.posix.normalize(f.path);
    if (n.startsWith('../') || path.posix.isAbsolute(n)) {
      throw new DistroError(`${p.key}: ${f.path} leaves the repository.`, { key: p.key });
    }
  }
  const hint =
    `The token (${p.tokenKey}) cannot push to ${p.repository}: it needs write access to that repository's contents — ` +
    `a fine-grained token with "Contents: Read and write" on ${p.repository}, or a classic token with the repo scope. ` +
    `The workflow's GITHUB_TOKEN cannot push to another repository.`;
  const stored = await withRepository(
    {
      kind: 'git',
      remote: p.remote,
      branch: p.branch,
      token: p.token,
      key: p.key,
      permissionHint: hint,
    },
    async ({ dir }) => {
      for (const f of p.files) {
        const abs = path.join(dir, f.path);
        const old = await readFile(abs, 'utf8').catch(() => undefined);
        if (old === f.text) continue;
        await mkdir(path.dirname(abs), { recursive: true });
        await writeFile(abs, f.text);
      }
    },
    o,
  );
  o.log.info(
    stored.changed
      ? `${p.what} ${p.repository}: pushed ${p.files.map((f) => f.path).join(', ')} (${stored.commit.slice(0, 12)})`
      : `${p.what} ${p.repository}: ${p.files.map((f) => f.path).join(', ')} already up to date`,
  );
  return { repository: p.repository, commit: stored.commit, changed: stored.changed };
}
