/**
 * Local stand-ins for the official actions a release workflow uses: actions/checkout (a fresh
 * clone of the working tree at the rehearsed commit, full history with `fetch-depth: 0`, then the
 * tree's uncommitted changes on top) and actions/upload-artifact / download-artifact through the
 * same artifact store the collection's actions use in this rehearsal.
 */
import { execFile } from 'node:child_process';
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { DistroError } from '../errors.js';
import { resolveInside, toPosix } from '../paths.js';
import { createArtifactStore, globToRegExp } from '../runner/artifacts.js';
import { splitList } from '../runner/inputs.js';

const execFileP = promisify(execFile);

export async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await execFileP('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout.trim();
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new DistroError(`git ${args.join(' ')} failed in ${cwd}: ${(err.stderr || err.message).trim()}`);
  }
}

export async function isGitTree(dir: string): Promise<boolean> {
  return git(['rev-parse', '--show-toplevel'], dir).then(
    (top) => path.resolve(top) === path.resolve(dir),
    () => false,
  );
}

export interface CheckoutOptions {
  tree: string;
  sha: string;
  ref: string;
  dest: string;
  /** 0: all history, branches and tags. */
  depth: number;
  fetchTags: boolean;
  log: (line: string) => void;
}

/** Copies the modified and untracked (not ignored) files of `tree` into `dest`, and removes deleted ones. */
async function overlayChanges(tree: string, dest: string, log: (l: string) => void): Promise<void> {
  const ls = async (flags: string[]) =>
    (await git(['ls-files', '-z', ...flags], tree)).split('\0').filter(Boolean);
  const changed = await ls(['-m', '-o', '--exclude-standard']);
  const deleted = new Set(await ls(['-d']));
  for (const f of deleted) await rm(path.join(dest, f), { force: true });
  for (const f of changed.filter((x) => !deleted.has(x))) {
    await mkdir(path.dirname(path.join(dest, f)), { recursive: true });
    await cp(path.join(tree, f), path.join(dest, f), { verbatimSymlinks: true, preserveTimestamps: true });
  }
  if (changed.length || deleted.size)
    log(`checkout: the working tree's ${changed.length + deleted.size} uncommitted change(s) copied on top`);
}

/** actions/checkout: what it fetches from GitHub, fetched from the working tree. */
export async function checkout(o: CheckoutOptions): Promise<void> {
  await mkdir(o.dest, { recursive: true });
  if (!(await isGitTree(o.tree))) {
    await cp(o.tree, o.dest, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    o.log(`checkout: ${o.tree} is not a git repository; copied as it is`);
    return;
  }
  if ((await readdir(o.dest)).length)
    await rm(o.dest, { recursive: true, force: true }).then(() => mkdir(o.dest));
  await git(['init', '-q', o.dest], o.dest);
  await git(['remote', 'add', 'origin', `file://${o.tree}`], o.dest);
  // The working tree is the "server": let it hand out the commit by id, as GitHub does.
  const fetch = [
    '-c',
    'protocol.version=2',
    'fetch',
    '-q',
    '--upload-pack',
    'git -c uploadpack.allowAnySHA1InWant=true upload-pack',
  ];
  if (o.depth === 0)
    await git(
      [...fetch, '--prune', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*'],
      o.dest,
    );
  else {
    const local = o.ref.startsWith('refs/heads/')
      ? `refs/remotes/origin/${o.ref.slice(11)}`
      : o.ref || 'refs/rehearse/head';
    await git(
      [...fetch, o.fetchTags ? '--tags' : '--no-tags', `--depth=${o.depth}`, 'origin', `+${o.sha}:${local}`],
      o.dest,
    );
  }
  await git(['-c', 'advice.detachedHead=false', 'checkout', '-q', '--detach', o.sha], o.dest);
  await overlayChanges(o.tree, o.dest, o.log);
  o.log(
    `checkout: ${o.sha.slice(0, 12)} (${o.depth === 0 ? 'full history and tags' : `depth ${o.depth}`}) into ${o.dest}`,
  );
}

/** A path glob as the runner's globber reads it: `**` crosses directories, `*` and `?` do not. */
export function pathGlob(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (pattern.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Every file below `dir` (not following symlinks to directories), as absolute paths. */
export function walkFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string): void => {
    let ents: Dirent[];
    try {
      ents = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of ents) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) visit(full);
      else out.push(full);
    }
  };
  visit(dir);
  return out;
}

/** Files of `workspace` that `patterns` (relative paths or globs) select; a directory selects what is below it. */
export function matchFiles(workspace: string, patterns: string[]): { files: string[]; roots: string[] } {
  const files = new Set<string>();
  const roots: string[] = [];
  for (const pattern of patterns) {
    const abs = path.resolve(workspace, pattern);
    if (!/[*?]/.test(pattern)) {
      const st = statSync(abs, { throwIfNoEntry: false });
      roots.push(st?.isDirectory() ? abs : path.dirname(abs));
      if (st?.isDirectory()) walkFiles(abs).forEach((f) => files.add(f));
      else if (st) files.add(abs);
      continue;
    }
    // The search root is the directory before the first glob character, as upload-artifact computes it.
    const root = path.dirname(abs.split(/[*?]/)[0]! + 'x');
    roots.push(root);
    const re = pathGlob(toPosix(abs));
    for (const f of walkFiles(root)) {
      const posix = toPosix(f);
      if (re.test(posix) || [...ancestors(posix, toPosix(root))].some((d) => re.test(d))) files.add(f);
    }
  }
  return { files: [...files].sort(), roots };
}

function* ancestors(file: string, stop: string): Generator<string> {
  for (let d = path.posix.dirname(file); d.length > stop.length; d = path.posix.dirname(d)) yield d;
}

/** Files selected by upload-artifact's `path` lines (globs, directories, `!` exclusions). */
function selectFiles(workspace: string, lines: string[], hidden: boolean): { root: string; files: string[] } {
  const include = lines.filter((l) => !l.startsWith('!'));
  for (const l of include) resolveInside(workspace, l, { key: 'with.path' });
  const exclude = lines
    .filter((l) => l.startsWith('!'))
    .map((l) => pathGlob(toPosix(path.resolve(workspace, l.slice(1)))));
  const { files: found, roots } = matchFiles(workspace, include);
  const files = found.filter(
    (f) =>
      !exclude.some((re) => re.test(toPosix(f))) &&
      (hidden ||
        !toPosix(path.relative(workspace, f))
          .split('/')
          .some((s) => s.startsWith('.'))),
  );
  // The artifact's root: the deepest directory holding every search root.
  let root = roots[0] ?? workspace;
  for (const r of roots) while (path.relative(root, r).startsWith('..')) root = path.dirname(root);
  return { root, files: files.map((f) => path.relative(root, f)) };
}

const ARTIFACT_ENV = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'DISTRO_ARTIFACTS_DIR', 'RUNNER_TEMP'];

/**
 * Runs `fn` as a step of its own would: the artifact variables of `env` in process.env
 * (@actions/artifact reads its token and service URL from there; the rehearsal runs one job at a
 * time) and what the client prints through @actions/core (log lines, `::add-mask::`, `::debug::`)
 * sent to `onLine` like a step's output instead of this process's stdout.
 */
export async function asStep<T>(
  env: Record<string, string>,
  onLine: (line: string) => void,
  fn: () => Promise<T>,
): Promise<T> {
  const saved = ARTIFACT_ENV.map((k) => [k, process.env[k]] as const);
  for (const k of ARTIFACT_ENV) {
    if (env[k] === undefined) delete process.env[k];
    else process.env[k] = env[k];
  }
  const write = process.stdout.write;
  let pending = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop()!;
    lines.forEach(onLine);
    return true;
  }) as typeof process.stdout.write;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
    if (pending) onLine(pending);
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export async function uploadArtifact(
  w: Record<string, string>,
  workspace: string,
  env: Record<string, string>,
  log: (l: string) => void,
): Promise<void> {
  const name = w.name || 'artifact';
  const lines = (w.path ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length)
    throw new DistroError("actions/upload-artifact: input 'path' is required.", { key: 'with.path' });
  const { root, files } = selectFiles(workspace, lines, w['include-hidden-files'] === 'true');
  if (!files.length) {
    const mode = w['if-no-files-found'] || 'warn';
    const msg = `actions/upload-artifact: no files were found with the provided path: ${lines.join(', ')}. No artifacts will be uploaded.`;
    if (mode === 'error') throw new DistroError(msg, { key: 'with.path' });
    if (mode === 'warn') log(`warning: ${msg}`);
    return;
  }
  const store = createArtifactStore(env);
  if (w.overwrite !== 'true' && (await store.list()).includes(name))
    throw new DistroError(
      `actions/upload-artifact: an artifact named '${name}' already exists in this run; give another name or overwrite: true.`,
      { key: 'with.name' },
    );
  await store.upload(name, root, files, { replace: w.overwrite === 'true' });
  log(`upload-artifact: ${name} (${files.length} file(s) from ${path.relative(workspace, root) || '.'})`);
}

export async function downloadArtifact(
  w: Record<string, string>,
  workspace: string,
  env: Record<string, string>,
  log: (l: string) => void,
): Promise<void> {
  const dest = resolveInside(workspace, w.path || '.', { key: 'with.path' });
  const store = createArtifactStore(env);
  if (w.name) {
    for (const name of splitList(w.name)) {
      if (!(await store.list()).includes(name))
        throw new DistroError(`actions/download-artifact: no artifact named '${name}' in this run.`, {
          key: 'with.name',
        });
      await store.download(name, dest);
      log(`download-artifact: ${name} into ${path.relative(workspace, dest) || '.'}`);
    }
    return;
  }
  const re = globToRegExp(w.pattern || '*');
  for (const name of (await store.list()).filter((n) => re.test(n)).sort()) {
    const to = w['merge-multiple'] === 'true' ? dest : path.join(dest, name);
    await store.download(name, to);
    log(`download-artifact: ${name} into ${path.relative(workspace, to) || '.'}`);
  }
}
