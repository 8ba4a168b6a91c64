/**
 * `distro rehearse <workflow.yml> [flags]`: flags → the github context, secrets and stand-ins →
 * a Rehearsal; prints one line per job (`job <name> <result> <artifacts>`). Exit 0 when no job
 * failed, 1 when one did, 2 for bad usage or a workflow that cannot run (checked before any job).
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DistroError, errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { git, isGitTree } from './builtins.js';
import { parseFileCommands, Masker } from './process.js';
import { precheck, Rehearsal, type ArtifactBackend, type GithubInfo } from './run.js';
import { findCollectionRoot } from './uses.js';
import { startResultsServer } from '../services/results-server.js';
import { loadWorkflow, type Workflow } from './workflow.js';
import type { Value } from './expr.js';

export const REHEARSE_HELP = `Usage: distro rehearse <workflow.yml> [flags]

Run a GitHub Actions workflow on this machine, without Docker: jobs in 'needs' order, each matrix
leg in a fresh workspace (actions/checkout copies this working tree), run: steps through bash, this
collection's actions through their bundles as the runner starts them, artifacts handed between jobs.
  -C, --working-directory DIR   the repository to rehearse (default: the current one)
      --ref REF                 github.ref (default: the current branch; refs/tags/v1.2.3 for a release)
      --sha SHA                 github.sha (default: the commit of --ref, else HEAD)
      --repository OWNER/NAME   github.repository (default: from the origin remote)
      --event NAME              github.event_name (default: the workflow's first 'on' event)
      --event-path FILE         the event payload (JSON) for github.event
      --run-id N                github.run_id (default: from the clock)
      --actor NAME              github.actor (default: $USER)
      --secret NAME             a secret, read from the environment variable NAME (repeatable)
      --secret-file FILE        secrets as NAME=VALUE lines, or NAME<<EOF … EOF for multi-line values
                                (a secret the workflow names and no flag gives is read from the environment)
      --var NAME=VALUE          vars.NAME (repeatable)
      --input NAME=VALUE        inputs.NAME, for workflow_dispatch (repeatable)
      --env NAME=VALUE          an extra variable for every step (repeatable; e.g. SOURCE_DATE_EPOCH)
      --matrix KEY=VALUE        run only the matrix legs whose KEY is VALUE (repeatable: any of the values)
      --remote DIR              a bare git repository that stands in for the GitHub repository
                                (publish-repo's repo-branch pushes there; made from this one when missing)
      --github-api-url URL      REST API for the GitHub release (a server of your own; default: not made)
      --artifacts-dir DIR       hand artifacts between jobs through this local store directory instead of
                                the local server speaking GitHub's artifact protocol (the default)
      --workdir DIR             keep job workspaces, step files and summaries here (default: a temporary one)
      --keep                    keep the temporary work directory
  -q, --quiet                   only warnings, errors and the result
  -h, --help                    this help

Stood in for: sudo and apt-get in run: steps (packages are checked, never installed), Sigstore and provenance (no OIDC token here: turned off with a warning unless
--env SIGSTORE_ID_TOKEN=… is given), the GitHub release (only with --github-api-url), the
repository's branches (--remote), uses: of other actions (skipped with a warning).`;

const OPTIONS = {
  'working-directory': { type: 'string', short: 'C' },
  ref: { type: 'string' },
  sha: { type: 'string' },
  repository: { type: 'string' },
  event: { type: 'string' },
  'event-path': { type: 'string' },
  'run-id': { type: 'string' },
  actor: { type: 'string' },
  secret: { type: 'string', multiple: true },
  'secret-file': { type: 'string' },
  var: { type: 'string', multiple: true },
  input: { type: 'string', multiple: true },
  env: { type: 'string', multiple: true },
  matrix: { type: 'string', multiple: true },
  remote: { type: 'string' },
  'github-api-url': { type: 'string' },
  'artifacts-dir': { type: 'string' },
  workdir: { type: 'string' },
  keep: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface RehearseIo {
  cwd: string;
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** `NAME=VALUE` flags to a map; `flag` names the flag in the error. */
function pairs(list: string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(item.slice(0, eq)))
      throw new DistroError(`${flag} '${item}': give NAME=VALUE.`, { usage: true, key: flag });
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/**
 * `--secret NAME`: the value from the environment. Never from the command line, where it would
 * show in `ps` and the shell's history.
 */
function secretsFromEnv(
  names: string[] | undefined,
  env: Record<string, string | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names ?? []) {
    if (name.includes('='))
      throw new DistroError(
        `--secret ${name.slice(0, name.indexOf('='))}=…: a secret's value is never taken from the command line (ps and the shell history would show it); export ${name.slice(0, name.indexOf('='))} and give --secret ${name.slice(0, name.indexOf('='))}, or put it in --secret-file.`,
        { usage: true, key: '--secret' },
      );
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new DistroError(`--secret '${name}': give the name of an environment variable.`, {
        usage: true,
        key: '--secret',
      });
    const v = env[name];
    if (v === undefined)
      throw new DistroError(
        `--secret ${name}: the environment has no ${name}; export it, or put it in --secret-file.`,
        {
          usage: true,
          key: '--secret',
        },
      );
    out[name] = v;
  }
  return out;
}

async function readSecretFile(file: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new DistroError(`--secret-file ${file}: cannot read it (${errorMessage(e)}).`, {
      usage: true,
      key: '--secret-file',
    });
  }
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  let inBlock: string | undefined;
  for (const l of lines) {
    if (inBlock !== undefined) {
      kept.push(l);
      if (l === inBlock) inBlock = undefined;
    } else if (l.trim() && !l.trimStart().startsWith('#')) {
      kept.push(l.trim());
      const m = /<<(.+)$/.exec(l.trim());
      if (m && !l.slice(0, l.indexOf('<<')).includes('=')) inBlock = m[1];
    }
  }
  try {
    return parseFileCommands(kept.join('\n'), file);
  } catch (e) {
    throw new DistroError(`--secret-file ${errorMessage(e)}.`, { usage: true, key: '--secret-file' });
  }
}

function matrixFilter(list: string[] | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0)
      throw new DistroError(`--matrix '${item}': give KEY=VALUE.`, { usage: true, key: '--matrix' });
    (out[item.slice(0, eq)] ??= []).push(item.slice(eq + 1));
  }
  return out;
}

/** Secret names the workflow mentions (`secrets.NAME`, `secrets['NAME']`). */
function secretNames(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/secrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*'([^']+)'\s*\])/gi))
    names.add((m[1] ?? m[2])!);
  return [...names];
}

async function defaults(
  tree: string,
  v: Record<string, unknown>,
  wf: Workflow,
  env: Record<string, string | undefined>,
  token: string,
): Promise<GithubInfo> {
  const isGit = await isGitTree(tree);
  const q = (args: string[]) => (isGit ? git(args, tree).catch(() => '') : Promise.resolve(''));
  let ref = v.ref as string | undefined;
  if (!ref) {
    const branch = await q(['symbolic-ref', '-q', '--short', 'HEAD']);
    const tag = branch ? '' : (await q(['tag', '--points-at', 'HEAD'])).split('\n')[0];
    ref = branch ? `refs/heads/${branch}` : tag ? `refs/tags/${tag}` : 'refs/heads/main';
  }
  const sha =
    (v.sha as string | undefined) ||
    (await q(['rev-parse', '-q', '--verify', `${ref}^{commit}`])) ||
    (await q(['rev-parse', 'HEAD'])) ||
    '0'.repeat(40);
  let repository = v.repository as string | undefined;
  if (!repository) {
    const url = await q(['remote', 'get-url', 'origin']);
    const m = /[:/]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
    repository = m ? `${m[1]}/${m[2]}` : `local/${path.basename(tree)}`;
  }
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
    throw new DistroError(`--repository '${repository}': give it as OWNER/NAME.`, {
      usage: true,
      key: '--repository',
    });
  const eventName = (v.event as string | undefined) || wf.events[0] || 'push';
  let event: Record<string, Value>;
  if (v['event-path']) {
    try {
      event = JSON.parse(await readFile(path.resolve(String(v['event-path'])), 'utf8')) as Record<
        string,
        Value
      >;
    } catch (e) {
      throw new DistroError(
        `--event-path ${String(v['event-path'])}: not a JSON event payload (${errorMessage(e)}).`,
        { usage: true, key: '--event-path' },
      );
    }
  } else if (eventName === 'pull_request' || eventName === 'pull_request_target')
    event = {
      number: 1,
      pull_request: {
        number: 1,
        head: { ref: ref.replace(/^refs\/heads\//, ''), sha },
        base: { ref: 'main' },
      },
    };
  else event = eventName === 'push' ? { ref, after: sha } : {};
  const runId = (v['run-id'] as string | undefined) ?? String(Math.floor(Date.now() / 1000));
  if (!/^\d+$/.test(runId))
    throw new DistroError(`--run-id '${runId}': give a number.`, { usage: true, key: '--run-id' });
  return {
    ref,
    sha,
    repository,
    eventName,
    event,
    runId,
    runNumber: '1',
    actor: (v.actor as string | undefined) || env.USER || 'rehearsal',
    serverUrl: 'https://github.com',
    token,
  };
}

const HOST_ENV = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'TERM', 'SHELL'];

export async function rehearseCli(
  args: string[],
  io: RehearseIo,
  makeLog: (quiet: boolean) => Logger,
): Promise<number> {
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true }));
  } catch (e) {
    io.err(`distro rehearse: ${errorMessage(e)}. See 'distro rehearse --help'.`);
    return 2;
  }
  if (values.help) {
    io.out(REHEARSE_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    io.err(
      `distro rehearse: give one workflow file (distro rehearse .github/workflows/release.yml). See 'distro rehearse --help'.`,
    );
    return 2;
  }
  const log = makeLog(!!values.quiet);
  let workdir: string | undefined;
  let temporary = false;
  let stop: (() => Promise<void>) | undefined;
  try {
    const treeArg = path.resolve(io.cwd, String(values['working-directory'] ?? '.'));
    const tree = (await isGitTree(treeArg))
      ? treeArg
      : await git(['rev-parse', '--show-toplevel'], treeArg).catch(() => treeArg);
    const wfFile = path.resolve(io.cwd, positionals[0]!);
    const wf = await loadWorkflow(wfFile, positionals[0]!);
    const collectionRoot = findCollectionRoot(path.dirname(new URL(import.meta.url).pathname));
    const legFilter = matrixFilter(values.matrix as string[] | undefined);
    precheck(wf, collectionRoot, legFilter);
    const explicit = {
      ...(values['secret-file']
        ? await readSecretFile(path.resolve(io.cwd, String(values['secret-file'])))
        : {}),
      ...secretsFromEnv(values.secret as string[] | undefined, io.env),
    };
    const secrets: Record<string, string> = { ...explicit };
    const wfText = await readFile(wfFile, 'utf8');
    for (const n of secretNames(wfText))
      if (!(n in secrets) && n !== 'GITHUB_TOKEN') {
        if (io.env[n] !== undefined) secrets[n] = io.env[n]!;
        else
          log.warn(
            `secrets.${n} is not given (--secret, --secret-file or the environment); it is empty in this rehearsal.`,
          );
      }
    const token = explicit.GITHUB_TOKEN ?? io.env.GITHUB_TOKEN ?? 'rehearsal-token';
    const github = await defaults(tree, values, wf, io.env, token);
    const baseEnv: Record<string, string> = {};
    for (const k of HOST_ENV) if (io.env[k] !== undefined) baseEnv[k] = io.env[k]!;
    Object.assign(baseEnv, pairs(values.env as string[] | undefined, '--env'));
    if (values.workdir) workdir = path.resolve(io.cwd, String(values.workdir));
    else {
      workdir = await mkdtemp(path.join(tmpdir(), 'distro-rehearse-'));
      temporary = !values.keep;
    }
    const artifacts = await artifactBackend(
      values['artifacts-dir'] ? path.resolve(io.cwd, String(values['artifacts-dir'])) : undefined,
      workdir,
      github.runId,
    );
    stop = artifacts.close;
    const remote = await standInRemote(
      tree,
      values.remote ? path.resolve(io.cwd, String(values.remote)) : path.join(workdir, 'remote.git'),
    );
    const masker = new Masker();
    log.info(
      `rehearsing ${wf.shown} (${wf.jobs.length} job(s)) at ${github.ref} ${github.sha.slice(0, 12)} as ${github.repository}, event ${github.eventName}, in ${workdir}`,
    );
    const reports = await new Rehearsal({
      workflow: wf,
      tree,
      collectionRoot,
      github,
      secrets,
      vars: pairs(values.var as string[] | undefined, '--var'),
      inputs: pairs(values.input as string[] | undefined, '--input'),
      baseEnv,
      workdir,
      artifacts,
      remote,
      githubApiUrl: values['github-api-url'] as string | undefined,
      log,
      masker,
      matrixFilter: legFilter,
    }).run();
    for (const r of reports)
      io.out(
        masker.mask(
          `job\t${r.name}\t${r.result}\t${r.artifacts.join(',')}${r.error ? `\t${r.error.split('\n')[0]}` : ''}`,
        ),
      );
    if (remote && values.remote) io.out(`remote\t${remote}`);
    return reports.some((r) => r.result === 'failure') ? 1 : 0;
  } catch (e) {
    if (e instanceof DistroError) {
      io.err(`distro rehearse: error: ${e.message}`);
      return 2;
    }
    io.err(`distro rehearse: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  } finally {
    await stop?.();
    if (temporary && workdir) await rm(workdir, { recursive: true, force: true });
  }
}

/**
 * How jobs hand files to each other: by default a local server speaking GitHub's artifact protocol
 * (one run id for the rehearsal, one token per job leg), so the collection's bundles use the real
 * @actions/artifact client as on GitHub; with --artifacts-dir, the local store of DESIGN contract 2.
 */
async function artifactBackend(localDir: string | undefined, workdir: string, runId: string) {
  if (localDir)
    return {
      envFor: () => ({ DISTRO_ARTIFACTS_DIR: localDir }),
      close: async () => {},
    } satisfies ArtifactBackend & { close(): Promise<void> };
  const server = await startResultsServer({ dir: path.join(workdir, 'results') });
  return {
    envFor: (job: string) => ({
      ACTIONS_RUNTIME_TOKEN: server.token({ runId, job }),
      ACTIONS_RESULTS_URL: `${server.url}/`,
    }),
    close: () => server.close(),
  };
}

/** A bare repository standing in for the GitHub one: made from the working tree when missing. */
async function standInRemote(tree: string, dir: string): Promise<string | undefined> {
  if (!(await isGitTree(tree))) return undefined;
  if (
    await stat(dir).then(
      () => true,
      () => false,
    )
  )
    return dir;
  await git(['clone', '-q', '--bare', '--no-local', tree, dir], tree);
  return dir;
}
