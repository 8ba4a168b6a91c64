/**
 * The cache service of the local results server (src/services/cache-service.ts) driven by the real
 * @actions/cache client (the version in package.json, in a child process with the environment a
 * GitHub job has: ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2). Every
 * request is the client's own: the Twirp calls CreateCacheEntry, FinalizeCacheEntryUpload and
 * GetCacheEntryDownloadURL, the Put Blob of the archive to the signed upload URL (through
 * @azure/storage-blob) and the GET of the signed download URL. The server stands in for GitHub's
 * results service and for Azure blob storage; nothing else is stood in for (tar and zstd are real).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startResultsServer, type JobIdentity, type ResultsServer } from '../src/services/results-server.js';
import { ROOT } from './helpers/runner.js';

let server: ResultsServer;
let base: string;

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'cache-service-'));
  server = await startResultsServer({ dir: path.join(base, 'store') });
});
afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

interface CacheRun {
  result: unknown;
  stdout: string;
  stderr: string;
}

/**
 * Runs `saveCache` or `restoreCache` of @actions/cache as a job of `job` would, in the workspace
 * `ws` (a fixed path: the client versions entries by their paths, as on GitHub's fixed runner paths).
 */
function client(
  job: JobIdentity,
  ws: string,
  call: { save: string } | { restore: string; restoreKeys?: string[] },
  paths: string[] = ['data'],
  srv: ResultsServer = server,
): Promise<CacheRun> {
  // The client globs relative paths from its working directory, which is the repository here.
  const abs = paths.map((p) => path.join(ws, p));
  const code = `
import * as cache from '@actions/cache';
const a = JSON.parse(process.env.CLIENT_ARGS);
const r = a.save !== undefined
  ? await cache.saveCache(a.paths, a.save)
  : await cache.restoreCache(a.paths, a.restore, a.restoreKeys ?? []);
console.log('RESULT ' + JSON.stringify(r ?? null));`;
  const temp = path.join(ws, '..', 'temp');
  mkdirSync(temp, { recursive: true });
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ACTIONS_RUNTIME_TOKEN: srv.token(job),
    ACTIONS_RESULTS_URL: `${srv.url}/`,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: temp,
    CLIENT_ARGS: JSON.stringify({ ...call, paths: abs }),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', () => {
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      resolve({ result: line ? JSON.parse(line.slice(7)) : undefined, stdout, stderr });
    });
  });
}

/** A fresh workspace at the same path (a new runner), holding `data/file.txt` with `text` if given. */
function workspace(name: string, text?: string): string {
  const ws = path.join(base, name, 'ws');
  rmSync(path.join(base, name), { recursive: true, force: true });
  mkdirSync(path.join(ws, 'data'), { recursive: true });
  if (text !== undefined) writeFileSync(path.join(ws, 'data', 'file.txt'), text);
  return ws;
}

const read = (ws: string) => readFileSync(path.join(ws, 'data', 'file.txt'), 'utf8');
const main: JobIdentity = { runId: '1', job: 'a' };

test('a job saves an entry; a job of a later run restores it byte for byte in a fresh workspace', async () => {
  const ws = workspace('one', 'first\n'.repeat(1000));
  const saved = await client(main, ws, { save: 'k-one-1' });
  expect(saved.result).toBeGreaterThan(0);
  const entries = server.cache.list('refs/heads/main').filter((e) => e.key === 'k-one-1');
  expect(entries).toHaveLength(1);
  expect(entries[0]!.size).toBeGreaterThan(0);
  // The archive the client uploaded (Put Blob to the signed URL) is a zstd tar.
  expect(readFileSync(server.cache.archivePath(entries[0]!)).subarray(0, 4).toString('hex')).toBe('28b52ffd');
  const calls = server.log.map(
    (l) => `${l.method} ${l.path.replace(/\/blobs\/cache\/.*/, '/blobs/cache/…')} ${l.status}`,
  );
  expect(calls).toEqual(
    expect.arrayContaining([
      'POST /twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry 200',
      'PUT /blobs/cache/… 201',
      'POST /twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload 200',
    ]),
  );

  const fresh = workspace('one');
  const restored = await client({ runId: '2', job: 'b' }, fresh, { restore: 'k-one-1' });
  expect(restored.result).toBe('k-one-1');
  expect(read(fresh)).toBe('first\n'.repeat(1000));
  expect(
    server.log.some((l) => l.method === 'GET' && l.path.startsWith('/blobs/cache/') && l.status === 200),
  ).toBe(true);
});

test('a committed key is immutable: a second save is refused and the first content stays', async () => {
  const ws = workspace('imm', 'original');
  expect((await client(main, ws, { save: 'k-imm' })).result).toBeGreaterThan(0);
  writeFileSync(path.join(ws, 'data', 'file.txt'), 'changed');
  const again = await client({ runId: '3', job: 'c' }, ws, { save: 'k-imm' });
  // The client's ReserveCacheError path: -1 and an informational line, not a failure.
  expect(again.result).toBe(-1);
  expect(again.stdout).toMatch(
    /Failed to save: Unable to reserve cache with key k-imm, another job may be creating this cache/,
  );
  expect(server.cache.list().filter((e) => e.key === 'k-imm')).toHaveLength(1);
  const fresh = workspace('imm');
  expect((await client(main, fresh, { restore: 'k-imm' })).result).toBe('k-imm');
  expect(read(fresh)).toBe('original');
});

test('restore keys match by prefix, newest first; another version (other paths) never matches', async () => {
  const ws = workspace('rk', 'old');
  expect((await client(main, ws, { save: 'rk-linux-1' })).result).toBeGreaterThan(0);
  writeFileSync(path.join(ws, 'data', 'file.txt'), 'new');
  expect((await client(main, ws, { save: 'rk-linux-2' })).result).toBeGreaterThan(0);

  const fresh = workspace('rk');
  const r = await client(main, fresh, { restore: 'rk-linux-3', restoreKeys: ['nothing-', 'rk-linux-'] });
  expect(r.result).toBe('rk-linux-2');
  expect(read(fresh)).toBe('new');
  // The exact key wins over a newer prefix match.
  expect((await client(main, workspace('rk'), { restore: 'rk-linux-1', restoreKeys: ['rk-'] })).result).toBe(
    'rk-linux-1',
  );
  const other = workspace('rk');
  mkdirSync(path.join(other, 'elsewhere'));
  expect((await client(main, other, { restore: 'rk-linux-2' }, ['elsewhere'])).result).toBeNull();
  expect(
    (await client(main, workspace('rk'), { restore: 'rk-none', restoreKeys: ['zz-'] })).result,
  ).toBeNull();
});

test("scoped by ref: a branch reads its own and the default branch's entries; the default branch never sees a branch's", async () => {
  const feature: JobIdentity = { runId: '10', job: 'f', ref: 'refs/heads/feature' };
  const other: JobIdentity = { runId: '11', job: 'o', ref: 'refs/heads/other' };
  expect((await client(main, workspace('sc', 'from main'), { save: 'sc-1' })).result).toBeGreaterThan(0);
  expect((await client(feature, workspace('sc', 'from feature'), { save: 'sc-2' })).result).toBeGreaterThan(
    0,
  );
  // The same key in the feature branch is a new entry there, not a clash with main's.
  expect((await client(feature, workspace('sc', 'feature sc-1'), { save: 'sc-1' })).result).toBeGreaterThan(
    0,
  );
  expect(server.cache.list('refs/heads/feature').map((e) => e.key)).toEqual(['sc-2', 'sc-1']);

  let ws = workspace('sc');
  expect((await client(main, ws, { restore: 'sc-2', restoreKeys: ['sc-'] })).result).toBe('sc-1');
  expect(read(ws)).toBe('from main');
  ws = workspace('sc');
  expect((await client(feature, ws, { restore: 'sc-1' })).result).toBe('sc-1');
  expect(read(ws)).toBe('feature sc-1');
  ws = workspace('sc');
  expect((await client(other, ws, { restore: 'sc-2', restoreKeys: ['sc-'] })).result).toBe('sc-1');
  expect(read(ws)).toBe('from main');
});

test('entries outlive the server: restarted on the same directory, it restores them and keeps them immutable', async () => {
  const dir = path.join(base, 'restart-store');
  const first = await startResultsServer({ dir });
  const ws = workspace('restart', 'kept');
  const job = { runId: '20', job: 'x' };
  try {
    expect((await client(job, ws, { save: 'rs-1' }, ['data'], first)).result).toBeGreaterThan(0);
  } finally {
    await first.close();
  }
  const second = await startResultsServer({ dir });
  try {
    expect(second.cache.list().map((e) => e.key)).toEqual(['rs-1']);
    const fresh = workspace('restart');
    expect((await client(job, fresh, { restore: 'rs-1' }, ['data'], second)).result).toBe('rs-1');
    expect(read(fresh)).toBe('kept');
    writeFileSync(path.join(fresh, 'data', 'file.txt'), 'other');
    expect((await client(job, fresh, { save: 'rs-1' }, ['data'], second)).result).toBe(-1);
  } finally {
    await second.close();
  }
});
