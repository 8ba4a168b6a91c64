/**
 * What a `uses:` step means in a rehearsal: this collection's actions (`./actions/<name>`, `./`,
 * `<owner>/distro-actions[/actions/<name>]@<ref>`) and other local node actions run from their
 * action.yml exactly as the runner starts them; actions/checkout, upload-artifact and
 * download-artifact have local stand-ins; anything else is skipped with a warning.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DistroError } from '../errors.js';

export interface ActionYml {
  /** `actions/build-target` (collection) or `./x` (local): for messages. */
  label: string;
  dir: string;
  inputs: Record<string, { default?: string; required?: boolean }>;
  using: string;
  main?: string;
}

export type Uses =
  | { kind: 'node'; action: ActionYml; collection: boolean }
  | { kind: 'checkout' | 'upload-artifact' | 'download-artifact' }
  | { kind: 'other'; ref: string };

/** The directory holding action.yml and actions/ of this collection, found from `start` upwards. */
export function findCollectionRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (
      existsSync(path.join(dir, 'actions', 'build-target', 'action.yml')) &&
      existsSync(path.join(dir, 'action.yml'))
    )
      return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`internal: the distro-actions collection is not above ${start}`);
    dir = up;
  }
}

export function readActionYml(file: string, label: string): ActionYml {
  const doc = parse(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, { default?: unknown; required?: boolean }>;
    runs?: { using?: string; main?: string };
  };
  const inputs: ActionYml['inputs'] = {};
  for (const [k, v] of Object.entries(doc.inputs ?? {}))
    inputs[k] = {
      default: v?.default === undefined ? undefined : String(v.default),
      required: !!v?.required,
    };
  return { label, dir: path.dirname(file), inputs, using: doc.runs?.using ?? '', main: doc.runs?.main };
}

function actionFile(dir: string): string | undefined {
  for (const n of ['action.yml', 'action.yaml']) if (existsSync(path.join(dir, n))) return path.join(dir, n);
  return undefined;
}

/** `actions/build-target` of the collection for `rel` ('' is the root action), when it has one. */
function collectionAction(root: string, rel: string): ActionYml | undefined {
  const norm = path.posix.normalize(rel || '.').replace(/\/$/, '');
  if (norm.startsWith('..')) return undefined;
  const file = actionFile(path.join(root, norm));
  return file ? readActionYml(file, norm === '.' ? 'distro-actions (root action)' : norm) : undefined;
}

/**
 * Resolves a `uses:` value. `workspace` is where `./` actions are looked for first (the job's
 * checkout); when undefined (the check before the run), only the collection is consulted.
 */
export function resolveUses(uses: string, collectionRoot: string, workspace?: string): Uses {
  const u = uses.trim();
  if (u.startsWith('./')) {
    const rel = u.slice(2);
    if (workspace) {
      const file = actionFile(path.resolve(workspace, rel));
      if (file && path.relative(workspace, file).startsWith('..') === false)
        return { kind: 'node', action: readActionYml(file, u), collection: false };
    }
    const a = collectionAction(collectionRoot, rel);
    if (a) return { kind: 'node', action: a, collection: true };
    return { kind: 'other', ref: u };
  }
  const m = /^([^/@\s]+)\/([^/@\s]+)((?:\/[^@\s]+)?)@(\S+)$/.exec(u);
  if (!m) return { kind: 'other', ref: u };
  const [, owner, repo, sub] = m as unknown as [string, string, string, string];
  if (owner.toLowerCase() === 'actions' && !sub) {
    if (repo === 'checkout') return { kind: 'checkout' };
    if (repo === 'upload-artifact') return { kind: 'upload-artifact' };
    if (repo === 'download-artifact') return { kind: 'download-artifact' };
  }
  if (repo.toLowerCase() === 'distro-actions') {
    const a = collectionAction(collectionRoot, sub.replace(/^\//, ''));
    if (a) return { kind: 'node', action: a, collection: true };
    throw new DistroError(
      `uses: ${u}: distro-actions has no action at '${sub.replace(/^\//, '') || '.'}' (it has the root action and actions/<name>).`,
      { key: 'uses' },
    );
  }
  return { kind: 'other', ref: u };
}

/** Built-in stand-ins: the inputs they take (others are errors, as for the collection's actions). */
export const BUILTIN_INPUTS: Record<string, string[]> = {
  checkout: [
    'repository',
    'ref',
    'token',
    'ssh-key',
    'ssh-known-hosts',
    'ssh-strict',
    'ssh-user',
    'persist-credentials',
    'path',
    'clean',
    'filter',
    'sparse-checkout',
    'sparse-checkout-cone-mode',
    'fetch-depth',
    'fetch-tags',
    'show-progress',
    'lfs',
    'submodules',
    'set-safe-directory',
    'github-server-url',
  ],
  'upload-artifact': [
    'name',
    'path',
    'if-no-files-found',
    'retention-days',
    'compression-level',
    'overwrite',
    'include-hidden-files',
  ],
  'download-artifact': [
    'name',
    'path',
    'pattern',
    'merge-multiple',
    'github-token',
    'repository',
    'run-id',
    'artifact-ids',
  ],
};
