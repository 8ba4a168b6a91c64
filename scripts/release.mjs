#!/usr/bin/env node
// The release workflow's checks (.github/workflows/release.yml), runnable by hand before tagging:
//   node scripts/release.mjs check vX.Y.Z        the tag is package.json's version, CHANGELOG.md has
//                                                 its notes, and the major tag would not go backwards
//   node scripts/release.mjs notes vX.Y.Z        prints the release notes (the CHANGELOG.md section)
//   node scripts/release.mjs move-major vX.Y.Z   points vX at the tag's commit and pushes it (not for
//                                                 pre-releases), refusing to move it backwards
// Tags and versions only ever reach git as argv items, never a shell string.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEMVER = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/;

export class ReleaseError extends Error {}

/** `vX.Y.Z[-pre]` → its parts; anything else is an error saying what a release tag looks like. */
export function parseTag(tag) {
  const m = SEMVER.exec(tag);
  if (!m) throw new ReleaseError(`'${tag}' is not a release tag: push a tag like v1.2.3 or v1.2.3-rc.1`);
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    pre: m[4] ?? '',
    version: tag.slice(1),
  };
}

/** Orders two parsed tags as semver does (a pre-release sorts before its release). */
export function compareTags(a, b) {
  for (const k of ['major', 'minor', 'patch']) if (a[k] !== b[k]) return a[k] - b[k];
  if (a.pre === b.pre) return 0;
  if (!a.pre) return 1;
  if (!b.pre) return -1;
  return a.pre < b.pre ? -1 : 1;
}

/** The tag must spell package.json's version: package.json is the version's one home. */
export function checkVersion(tag, pkgVersion) {
  const t = parseTag(tag);
  if (t.version !== pkgVersion) {
    throw new ReleaseError(
      `tag ${tag} does not match package.json's version ${pkgVersion}: set "version": "${t.version}" in package.json (and move the notes to ## [${t.version}] in CHANGELOG.md), or tag v${pkgVersion}`,
    );
  }
  return t;
}

/** The body of CHANGELOG.md's `## [X.Y.Z]` section (Keep a Changelog); missing or empty is an error. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const head = new RegExp(`^## \\[${version.replace(/[.+]/g, '\\$&')}\\]`);
  const start = lines.findIndex((l) => head.test(l));
  if (start < 0) {
    throw new ReleaseError(
      `CHANGELOG.md has no section '## [${version}] - YYYY-MM-DD': move the Unreleased notes under it before tagging`,
    );
  }
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  const body = lines
    .slice(start + 1, end)
    .filter((l) => !/^\[[^\]]+\]: /.test(l)) // link definitions at the end of the file
    .join('\n')
    .trim();
  if (!body) throw new ReleaseError(`CHANGELOG.md's section [${version}] is empty: say what changed`);
  return body + '\n';
}

function gitIn(cwd) {
  return (...args) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function commitOf(git, ref) {
  try {
    return git('rev-parse', '--verify', '--quiet', `refs/tags/${ref}^{commit}`);
  } catch {
    return '';
  }
}

/**
 * Where the major tag (`v1`) of `tag` goes: the tag's commit, unless that is a pre-release, or would
 * move `v1` backwards — to an older version than a release already made in this major line, or to a
 * commit that does not contain the one `v1` points at now (a user of `@v1` must only ever go forward).
 */
export function majorTagPlan(cwd, tag) {
  const git = gitIn(cwd);
  const t = parseTag(tag);
  const major = `v${t.major}`;
  const commit = commitOf(git, tag);
  if (!commit) throw new ReleaseError(`tag ${tag} does not exist in ${cwd}: fetch the tags (fetch-depth: 0)`);
  if (t.pre)
    return { major, commit, move: false, reason: `${tag} is a pre-release: ${major} stays where it is` };
  const newer = git('tag', '--list', `${major}.*`)
    .split('\n')
    .filter((n) => SEMVER.test(n))
    .map(parseTag)
    .filter((o) => !o.pre && compareTags(o, t) > 0);
  if (newer.length) {
    const latest = newer.sort(compareTags).at(-1);
    throw new ReleaseError(
      `refusing to move ${major} backwards: v${latest.version} is already released and newer than ${tag}. ${major} stays where it is; a fix for an older line gets its own tag only`,
    );
  }
  const current = commitOf(git, major);
  if (current && current !== commit) {
    try {
      git('merge-base', '--is-ancestor', current, commit);
    } catch {
      throw new ReleaseError(
        `refusing to move ${major} backwards: its commit ${current.slice(0, 12)} is not in the history of ${tag} (${commit.slice(0, 12)}). Tag a commit that contains it`,
      );
    }
  }
  return {
    major,
    commit,
    move: current !== commit,
    reason: current === commit ? `${major} is already at ${tag}` : '',
  };
}

/** Points the major tag at the release's commit, here and on `remote`. */
export function moveMajorTag(cwd, tag, remote = 'origin') {
  const plan = majorTagPlan(cwd, tag);
  if (!plan.move) return plan;
  const git = gitIn(cwd);
  git('tag', '--force', '--annotate', '--message', `${plan.major}: ${tag}`, plan.major, plan.commit);
  if (remote) git('push', '--force', remote, `refs/tags/${plan.major}:refs/tags/${plan.major}`);
  return plan;
}

function main(argv) {
  const [command, tag] = argv;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const changelog = () => readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8');
  if (command === 'check') {
    checkVersion(tag, pkg.version);
    releaseNotes(changelog(), pkg.version);
    const plan = majorTagPlan(root, tag);
    console.log(
      `${tag}: version, notes and ${plan.major} check out${plan.reason ? ` (${plan.reason})` : ''}`,
    );
  } else if (command === 'notes') {
    process.stdout.write(releaseNotes(changelog(), checkVersion(tag, pkg.version).version));
  } else if (command === 'move-major') {
    const plan = moveMajorTag(root, tag);
    console.log(plan.move ? `${plan.major} → ${tag} (${plan.commit})` : plan.reason);
  } else {
    throw new ReleaseError('usage: node scripts/release.mjs check|notes|move-major vX.Y.Z');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof ReleaseError)) throw err;
    // escaped as workflow command data, so no text in a message can end the annotation early
    console.error(`::error::${err.message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`);
    process.exit(1);
  }
}
