/**
 * Paths that come from users (config `src`, inputs) must stay inside the workspace: no `..` that
 * climbs out, no absolute path, no symlink that points outside.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { DistroError, locationPrefix, type ErrorLocation } from './errors.js';

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Resolves `rel` against `root` and checks it stays inside, following symlinks of whatever exists.
 * `where.key` names the config key or input in the error.
 */
export function resolveInside(root: string, rel: string, where: ErrorLocation = {}): string {
  const what = `${locationPrefix(where)}${where.key ? `${where.key}: ` : ''}`;
  if (path.isAbsolute(rel) || path.win32.isAbsolute(rel)) {
    throw new DistroError(
      `${what}'${rel}' is an absolute path; give a path relative to the workspace (${root}).`,
      where,
    );
  }
  const full = path.resolve(root, rel);
  if (!isInside(root, full)) {
    throw new DistroError(`${what}'${rel}' escapes the workspace (${root}); keep paths inside it.`, where);
  }
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    return full; // does not exist (yet): nothing to follow
  }
  const realRoot = realpathSync(root);
  if (!isInside(realRoot, real)) {
    throw new DistroError(
      `${what}'${rel}' is a symlink that points outside the workspace (to ${real}); copy the file into the workspace instead.`,
      where,
    );
  }
  return full;
}

/** A path with forward slashes, for archives, manifests and messages. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
