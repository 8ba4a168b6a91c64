/**
 * Where a published repository lives: a plain directory, or a branch of a git repository (gh-pages
 * of this repository, or of another one reached with a token). `withRepository` gives the
 * repository's files as a local directory to a function that updates them, then stores the result.
 * A directory is locked (lock.ts) while one publisher reads and writes it; the next one waits.
 * For a branch that is: fetch the branch's tip, apply, commit, push; when the push is rejected
 * because another job pushed meanwhile, fetch again, apply again on the new tip, and retry, so
 * concurrent publishers lose nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../errors.js';
import type { Logger } from '../log.js';
import { withDirLock } from './lock.js';

export type RepoStorage =
  | {
      kind: 'dir';
      dir: string;
      /** How long to wait for another publisher's lock on the directory (default 10 minutes). */
      lockTimeoutMs?: number;
    }
  | {
      kind: 'git';
      /** The git remote: a URL (https://github.com/o/r.git) or a local path (tests, mirrors). */
      remote: string;
      branch: string;
      /** An https token (GITHUB_TOKEN or a PAT for another repository); never put in argv or a URL. */
      token?: string;
      /** Author and committer of the publish commits. */
      author?: { name: string; email: string };
      /** Pushes to try before giving up (default 8). */
      attempts?: number;
      /** The input or config key errors name (default `input: repo-branch`). */
      key?: string;
      /** What a refused push tells the user to fix (default: the workflow's contents: write). */
      permissionHint?: string;
    };

export interface ApplyContext {
  /** The repository's files: a working tree, or the directory itself. */
  dir: string;
  /** 1 on the first try, 2… after another publisher's push was fetched. */
  attempt: number;
}

export interface StoredResult<T> {
  value: T;
  /** The commit pushed (git), or '' (directory, or nothing changed). */
  commit: string;
  /** Whether anything changed. */
  changed: boolean;
  /** The branch did not exist and was created. */
  createdBranch: boolean;
  attempts: number;
}

interface GitOut {
  code: number;
  stdout: string;
  stderr: string;
}

/** Environment that gives git the token as an https Authorization header, the way actions/checkout does, without argv or files. */
function gitEnv(s: Extract<RepoStorage, { kind: 'git' }>, base: Record<string, string | undefined>) {
  const env: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT', 'LANG']) if (base[k]) env[k] = base[k]!;
  env.GIT_TERMINAL_PROMPT = '0';
  env.LC_ALL = 'C';
  const author = s.author ?? { name: 'distro-actions', email: 'distro-actions@users.noreply.github.com' };
  env.GIT_AUTHOR_NAME = env.GIT_COMMITTER_NAME = author.name;
  env.GIT_AUTHOR_EMAIL = env.GIT_COMMITTER_EMAIL = author.email;
  if (s.token) {
    const basic = Buffer.from(`x-access-token:${s.token}`).toString('base64');
    env.GIT_CONFIG_COUNT = '1';
    env.GIT_CONFIG_KEY_0 = 'http.extraheader';
    env.GIT_CONFIG_VALUE_0 = `AUTHORIZATION: basic ${basic}`;
  }
  return env;
}

function git(args: string[], cwd: string, env: Record<string, string>): Promise<GitOut> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(
          new DistroError('git is not installed; install git to publish to a branch (input repo-branch).'),
        );
        return;
      }
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

type GitStorage = Extract<RepoStorage, { kind: 'git' }>;

/** The key errors name, and how a message spells it (`input 'repo-branch'`, `homebrew.tap`). */
function keyOf(s: GitStorage): { key: string; label: string } {
  const key = s.key ?? 'input: repo-branch';
  return { key, label: key.startsWith('input: ') ? `input '${key.slice(7)}'` : key };
}

/** Removes the token, if it slipped into git's output, before anything is shown. */
function scrub(text: string, token?: string): string {
  return token ? text.split(token).join('***') : text;
}

async function mustGit(
  args: string[],
  cwd: string,
  env: Record<string, string>,
  s: GitStorage,
  what: string,
): Promise<string> {
  const r = await git(args, cwd, env);
  if (r.code !== 0) {
    const { key, label } = keyOf(s);
    throw new DistroError(
      `${label}: ${what} failed for branch '${s.branch}' of ${s.remote}: ${scrub(r.stderr.trim(), s.token)}`,
      { key },
    );
  }
  return r.stdout.trim();
}

/** Whether a push failed because the remote branch moved (another publisher), not for another reason. */
function isRaceRejection(stderr: string): boolean {
  return /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info/i.test(
    stderr,
  );
}

/**
 * Runs `apply` on the repository's files and stores the result. `apply` must be safe to run more
 * than once (on a git branch it runs again on top of another publisher's push).
 */
export async function withRepository<T>(
  storage: RepoStorage,
  apply: (ctx: ApplyContext) => Promise<T>,
  o: { message: string; log: Logger; env: Record<string, string | undefined>; tempDir?: string },
): Promise<StoredResult<T>> {
  if (storage.kind === 'dir') {
    // one publisher at a time: the next one reads what this one wrote
    const value = await withDirLock(storage.dir, () => apply({ dir: storage.dir, attempt: 1 }), {
      purpose: o.message,
      log: o.log,
      timeoutMs: storage.lockTimeoutMs,
    });
    return { value, commit: '', changed: true, createdBranch: false, attempts: 1 };
  }
  const s = storage;
  const { key, label } = keyOf(s);
  const env = gitEnv(s, o.env);
  const work = await mkdtemp(path.join(o.tempDir ?? tmpdir(), 'distro-repo-'));
  try {
    await mustGit(['init', '--quiet', work], work, env, s, 'git init');
    await mustGit(['remote', 'add', 'origin', s.remote], work, env, s, 'git remote add');
    const ref = `refs/heads/${s.branch}`;
    const check = await git(['check-ref-format', ref], work, env);
    if (check.code !== 0) {
      throw new DistroError(`${label}: '${s.branch}' is not a valid branch name.`, { key });
    }
    let createdBranch = false;
    const attempts = s.attempts ?? 8;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const listed = await mustGit(['ls-remote', '--heads', 'origin', ref], work, env, s, 'git ls-remote');
      const exists = listed.length > 0;
      if (exists) {
        await mustGit(
          ['fetch', '--quiet', '--depth=1', 'origin', `+${ref}:refs/remotes/origin/${s.branch}`],
          work,
          env,
          s,
          'git fetch',
        );
        await mustGit(
          ['checkout', '--quiet', '--force', '-B', s.branch, `refs/remotes/origin/${s.branch}`],
          work,
          env,
          s,
          'git checkout',
        );
        await mustGit(['clean', '-fdxq'], work, env, s, 'git clean');
      } else {
        if (attempt === 1) o.log.info(`Branch '${s.branch}' does not exist in ${s.remote}; creating it.`);
        createdBranch = true;
        await mustGit(['checkout', '--quiet', '--orphan', s.branch], work, env, s, 'git checkout --orphan');
        await git(['rm', '-rfq', '--ignore-unmatch', '.'], work, env);
        await mustGit(['clean', '-fdxq'], work, env, s, 'git clean');
      }
      const value = await apply({ dir: work, attempt });
      await mustGit(['add', '--all', '.'], work, env, s, 'git add');
      const status = await mustGit(['status', '--porcelain'], work, env, s, 'git status');
      if (!status) {
        o.log.info(`Nothing changed on '${s.branch}'.`);
        return { value, commit: '', changed: false, createdBranch: false, attempts: attempt };
      }
      await mustGit(['commit', '--quiet', '--no-verify', '-m', o.message], work, env, s, 'git commit');
      const commit = await mustGit(['rev-parse', 'HEAD'], work, env, s, 'git rev-parse');
      const pushed = await git(['push', '--quiet', '--porcelain', 'origin', `HEAD:${ref}`], work, env);
      if (pushed.code === 0) {
        return { value, commit, changed: true, createdBranch, attempts: attempt };
      }
      const why = scrub(`${pushed.stdout}\n${pushed.stderr}`.trim(), s.token);
      if (/403|permission|denied|not allowed/i.test(why) && !isRaceRejection(why)) {
        throw new DistroError(
          `${label}: pushing to '${s.branch}' of ${s.remote} was refused: ${why}\n${s.permissionHint ?? 'The token needs write access: give the workflow `permissions: contents: write` (or a token for the other repository).'}`,
          { key },
        );
      }
      if (!isRaceRejection(why)) {
        throw new DistroError(`${label}: git push to '${s.branch}' of ${s.remote} failed: ${why}`, { key });
      }
      o.log.info(
        `Another job pushed to '${s.branch}' meanwhile; fetching it and publishing again (attempt ${attempt + 1}).`,
      );
      await new Promise((r) =>
        setTimeout(r, Math.min(2000, 100 * attempt + Math.floor(Math.random() * 200))),
      );
    }
    throw new DistroError(
      `${label}: gave up after ${attempts} attempts to push to '${s.branch}' of ${s.remote}: other jobs kept pushing first. Serialize the publish jobs with a \`concurrency:\` group.`,
      { key },
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
