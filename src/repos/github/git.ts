/**
 * Reads the commits of a release from a local checkout with the git CLI (argument arrays, no
 * shell): from the previous tag, by version order, to the release's tag (or HEAD when the tag is
 * not in the checkout yet).
 */
import { execFile } from 'node:child_process';
import { DistroError } from '../../errors.js';
import type { CommitRecord } from './notes.js';

export interface CommitRange {
  /** The tag the range starts after; undefined when no earlier version tag exists. */
  previousTag?: string;
  /** The commits, newest first, without merge commits. */
  commits: CommitRecord[];
}

function git(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd: dir, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if ((err as NodeJS.ErrnoException | null)?.code === 'ENOENT') {
        reject(
          new DistroError('git is not installed; install git to generate release notes from the commits.'),
        );
        return;
      }
      resolve({ code: err ? 1 : 0, stdout, stderr });
    });
  });
}

function fail(what: string): never {
  throw new DistroError(`input 'github-release': ${what}`, { key: 'input: github-release' });
}

/** Whether a tag looks like a version (has a digit), so `nightly` or `latest` never start a range. */
const VERSION_TAG = /^[^\d]*\d/;

/**
 * The commits of release `tag` in the checkout at `dir`: `previousTag..tag`, where the previous
 * tag is the one just below `tag` in version order (`v1.10.0` after `v1.9.0`, pre-releases before
 * their release), or the newest version tag reachable from the end when `tag` is not a version
 * (a rolling `nightly`). The range ends at `o.end` when given (the commit a rolling release moves
 * to), else at the tag if the checkout has it, else at HEAD. A shallow checkout is an error: its
 * history would give wrong notes.
 */
export async function readCommits(dir: string, tag: string, o: { end?: string } = {}): Promise<CommitRange> {
  const top = await git(dir, ['rev-parse', '--is-shallow-repository']);
  if (top.code !== 0)
    fail(`${dir} is not a git checkout, so release notes cannot be generated from its commits.`);
  if (top.stdout.trim() === 'true') {
    fail(
      `the checkout at ${dir} is shallow; generated release notes need the history and tags: check out with \`fetch-depth: 0\` (actions/checkout).`,
    );
  }
  const end =
    o.end ??
    ((await git(dir, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`])).code === 0
      ? `refs/tags/${tag}`
      : 'HEAD');
  const tags = await git(dir, [
    '-c',
    'versionsort.suffix=-',
    'tag',
    '--list',
    '--merged',
    end,
    '--sort=-v:refname',
  ]);
  if (tags.code !== 0) fail(`git tag failed in ${dir}: ${tags.stderr.trim()}`);
  const versions = tags.stdout.split('\n').filter((t) => t && VERSION_TAG.test(t));
  const at = versions.indexOf(tag);
  const previousTag = at >= 0 ? versions[at + 1] : versions.find((t) => t !== tag);
  const range = previousTag ? [`refs/tags/${previousTag}..${end}`] : [end];
  const log = await git(dir, [
    '-c',
    'log.showSignature=false',
    'log',
    '--no-merges',
    '--format=%H%x1f%s%x1f%b%x1e',
    ...range,
    '--',
  ]);
  if (log.code !== 0) fail(`git log failed in ${dir}: ${log.stderr.trim()}`);
  const commits = log.stdout
    .split('\x1e')
    .map((r) => r.replace(/^\n/, ''))
    .filter(Boolean)
    .map((r) => {
      const [sha, subject, body] = r.split('\x1f');
      return { sha, subject, body: (body ?? '').trim() };
    });
  return { previousTag, commits };
}
