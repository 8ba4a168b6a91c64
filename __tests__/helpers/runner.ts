/**
 * Starts a bundled action as the GitHub runner does: `node dist/actions/<name>/index.js` with
 * INPUT_* variables, GITHUB_OUTPUT/GITHUB_ENV/GITHUB_PATH/GITHUB_STEP_SUMMARY as files, and a
 * workspace directory. Artifacts go through the local store (no ACTIONS_RUNTIME_TOKEN).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Copies examples/<name> to `dest`: only the files git tracks, so what a local `npm run example`
 * left there (dist/, the in-tree make output) does not leak into a test.
 */
export function copyExample(name: string, dest: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--', `examples/${name}`], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  if (files.length === 0) throw new Error(`examples/${name} has no tracked files`);
  for (const f of files) {
    const to = path.join(dest, path.relative(`examples/${name}`, f));
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(path.join(ROOT, f), to);
  }
}

export interface RunnerDirs {
  base: string;
  workspace: string;
  temp: string;
  artifacts: string;
}

/** A temporary workspace holding a copy of `example` (a directory under examples/). */
export function makeWorkspace(example?: string): RunnerDirs {
  const base = mkdtempSync(path.join(tmpdir(), 'distro-runner-'));
  const workspace = path.join(base, 'workspace');
  if (example) copyExample(example, workspace);
  else mkdirSync(workspace);
  const temp = path.join(base, 'runner-temp');
  mkdirSync(temp);
  return { base, workspace, temp, artifacts: path.join(temp, 'distro-artifacts') };
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  env: string;
  path: string;
  summary: string;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM\nvalue\nDELIM`, or `name=value`). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

interface Prepared {
  entry: string;
  env: Record<string, string>;
  read: (n: string) => string;
  /** The directory of the GITHUB_* files. */
  files: string;
}

function prepare(
  action: string,
  inputs: Record<string, string>,
  dirs: RunnerDirs,
  extraEnv: Record<string, string>,
): Prepared {
  const files = mkdtempSync(path.join(dirs.base, 'files-'));
  const f = (n: string) => {
    const p = path.join(files, n);
    writeFileSync(p, '');
    return p;
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dirs.base,
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_OUTPUT: f('output'),
    GITHUB_ENV: f('env'),
    GITHUB_PATH: f('path'),
    GITHUB_STEP_SUMMARY: f('summary'),
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: path.join(dirs.base, 'tool-cache'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REPOSITORY: 'example/hello',
    GITHUB_RUN_ID: '1',
    SOURCE_DATE_EPOCH: '1700000000',
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  // DISTRO_TEST_BUNDLE: another bundle to run (an older one, to show what a test catches)
  const bundle = process.env.DISTRO_TEST_BUNDLE ?? path.join(ROOT, 'dist');
  const entry = path.join(bundle, 'actions', action, 'index.js');
  return { entry, env, files, read: (n: string) => readFileSync(path.join(files, n), 'utf8') };
}

function collect(p: Prepared, status: number | null, stdout: string, stderr: string): ActionRun {
  return {
    status,
    stdout,
    stderr,
    outputs: parseFileCommands(p.read('output')),
    env: p.read('env'),
    path: p.read('path'),
    summary: p.read('summary'),
  };
}

export function runAction(
  action: string,
  inputs: Record<string, string>,
  dirs: RunnerDirs,
  extraEnv: Record<string, string> = {},
  as: { uid?: number; gid?: number } = {},
): ActionRun {
  const p = prepare(action, inputs, dirs, extraEnv);
  // another user must be able to write the GITHUB_OUTPUT (…) files
  if (as.uid !== undefined) spawnSync('chmod', ['-R', 'a+rwX', p.files]);
  const r = spawnSync(process.execPath, [p.entry], {
    ...as,
    cwd: dirs.workspace,
    env: p.env,
    encoding: 'utf8',
    timeout: 300_000,
  });
  return collect(p, r.status, r.stdout, r.stderr);
}

/** `runAction` without blocking this process: for tests whose servers (a GitHub stand-in) run here. */
export function runActionAsync(
  action: string,
  inputs: Record<string, string>,
  dirs: RunnerDirs,
  extraEnv: Record<string, string> = {},
  o: { killAfterMs?: number; signal?: NodeJS.Signals } = {},
): Promise<ActionRun> {
  const p = prepare(action, inputs, dirs, extraEnv);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [p.entry], { cwd: dirs.workspace, env: p.env });
    // A runner that cancels a job kills the process; so does this, when asked.
    if (o.killAfterMs !== undefined) {
      const timer = setTimeout(() => child.kill(o.signal ?? 'SIGKILL'), o.killAfterMs);
      child.on('close', () => clearTimeout(timer));
    }
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve(collect(p, code, stdout, stderr)));
  });
}

/**
 * Adds `big.bin` (`bytes` random bytes, which do not compress) to the hello-c example in `dirs`:
 * installed by its packages and, with `archives`, put in its archives too.
 */
export function addBigPayload(dirs: RunnerDirs, bytes: number, o: { archives?: boolean } = {}): void {
  writeFileSync(path.join(dirs.workspace, 'big.bin'), randomBytes(bytes));
  const config = path.join(dirs.workspace, 'distro.yml');
  let text = readFileSync(config, 'utf8').replace(
    /^contents:\n/m,
    'contents:\n  - { src: big.bin, dst: /usr/share/hello/big.bin }\n',
  );
  if (o.archives) text = text.replace('files: [README.md, LICENSE]', 'files: [README.md, LICENSE, big.bin]');
  writeFileSync(config, text);
}
