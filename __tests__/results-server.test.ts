/**
 * The local results service (src/services/results-server.ts) driven by GitHub's real clients:
 * @actions/artifact (the version in package.json) for the artifact Twirp service and the blob
 * upload/download it sends to the signed URLs, and @azure/storage-blob for the single-shot
 * Put Blob, Get Blob Properties and ranged Get Blob that the cache client uses. The server stands in
 * for GitHub's results service (api.v1.ArtifactService) and for Azure blob storage; nothing else is.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startResultsServer, type ResultsServer } from '../src/services/results-server.js';
import { resultsEnv, runClient } from './helpers/results-service.js';

let server: ResultsServer;
let base: string;

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'results-server-'));
  server = await startResultsServer({ dir: path.join(base, 'store') });
});
afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

const UPLOAD = `
const files = args.files.map((f) => args.root + '/' + f);
try {
  const r = await artifact.uploadArtifact(args.name, files, args.root, {});
  out({ ok: true, id: r.id, size: r.size });
} catch (e) { out({ ok: false, error: String(e.message) }); }`;

const DOWNLOAD = `
const { artifact: a } = await artifact.getArtifact(args.name);
await artifact.downloadArtifact(a.id, { path: args.dest });
const { artifacts } = await artifact.listArtifacts({ latest: true });
out(artifacts.map((x) => x.name).sort());`;

function makeFiles(dir: string, files: Record<string, string | Buffer>): string[] {
  for (const [f, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), data);
  }
  return Object.keys(files);
}

test('an artifact uploaded by one job downloads byte for byte in another job of the run', async () => {
  const root = path.join(base, 'up1');
  const big = Buffer.alloc(9 * 1024 * 1024 + 17, 7); // over the client's 8 MiB block size: two blocks
  big[12345] = 1;
  const files = makeFiles(root, { 'a.txt': 'hello\n', 'sub/b.bin': big });
  const up = await runClient(UPLOAD, resultsEnv(server, { runId: '100', job: 'build' }), {
    name: 'one',
    root,
    files,
  });
  expect(up.result).toMatchObject({ ok: true });
  // The client staged blocks and committed a block list, as against Azure.
  expect(server.log.some((l) => l.method === 'PUT' && l.path.startsWith('/blobs/artifacts/'))).toBe(true);
  const dest = path.join(base, 'down1');
  const down = await runClient(DOWNLOAD, resultsEnv(server, { runId: '100', job: 'package' }), {
    name: 'one',
    dest,
  });
  expect(down.result).toEqual(['one']);
  expect(readFileSync(path.join(dest, 'a.txt'), 'utf8')).toBe('hello\n');
  expect(readFileSync(path.join(dest, 'sub/b.bin')).equals(big)).toBe(true);
  const stored = server.artifacts.list(server.ids({ runId: '100', job: 'x' }).runBackendId);
  expect(stored.map((a) => a.name)).toEqual(['one']);
  expect(stored[0]!.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
});

test('artifacts are immutable in a run (409) and invisible to other runs', async () => {
  const root = path.join(base, 'up2');
  const files = makeFiles(root, { 'x.txt': 'x' });
  const env = resultsEnv(server, { runId: '200', job: 'a' });
  expect((await runClient(UPLOAD, env, { name: 'dup', root, files })).result).toMatchObject({ ok: true });
  const again = await runClient(UPLOAD, resultsEnv(server, { runId: '200', job: 'b' }), {
    name: 'dup',
    root,
    files,
  });
  expect(again.result).toMatchObject({ ok: false });
  expect((again.result as { error: string }).error).toMatch(/409/);
  const other = await runClient(
    `out((await artifact.listArtifacts()).artifacts.map((a) => a.name));`,
    resultsEnv(server, { runId: '201', job: 'a' }),
  );
  expect(other.result).toEqual([]);
  // Deleting frees the name, as on GitHub.
  const del = await runClient(`await artifact.deleteArtifact('dup'); out('deleted');`, env);
  expect(del.result).toBe('deleted');
  expect((await runClient(UPLOAD, env, { name: 'dup', root, files })).result).toMatchObject({ ok: true });
});

test('a token of another server, or an altered signed URL, is refused', async () => {
  const forged = await runClient(
    `try { await artifact.listArtifacts(); out('listed'); } catch (e) { out(e.message); }`,
    {
      ...resultsEnv(server, { runId: '300', job: 'a' }),
      ACTIONS_RUNTIME_TOKEN:
        'eyJhbGciOiJIUzI1NiJ9.' +
        Buffer.from(JSON.stringify({ scp: 'Actions.Results:a:b', exp: 9e9 })).toString('base64url') +
        '.bad',
    },
  );
  expect(String(forged.result)).toMatch(/401|Unauthorized/);
  const url = server.signUrl('cache', 'k/blob.bin', 'r');
  expect((await fetch(url.replace(/sig=[^&]+/, 'sig=AAAA'))).status).toBe(403);
  expect((await fetch(url.replace('sp=r', 'sp=w'))).status).toBe(403);
  expect((await fetch(server.signUrl('cache', 'k/blob.bin', 'r', -1))).status).toBe(403);
  const put = await fetch(url, { method: 'PUT', body: 'x', headers: { 'x-ms-blob-type': 'BlockBlob' } });
  expect(put.status).toBe(403);
});

test('Put Blob, Get Blob Properties and ranged Get Blob, as @azure/storage-blob sends them', async () => {
  const data = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
  const args = {
    w: server.signUrl('cache', 'entries/one.tzst', 'w'),
    r: server.signUrl('cache', 'entries/one.tzst', 'r'),
  };
  const r = await runClient(
    `
const data = Buffer.from(Array.from({ length: 300000 }, (_, i) => i % 251));
await new azure.BlockBlobClient(args.w).uploadData(data);
const blob = new azure.BlobClient(args.r);
const props = await blob.getProperties();
const part = await blob.downloadToBuffer(1000, 5000, { blockSize: 1024 });
const whole = await blob.downloadToBuffer(0, undefined, { blockSize: 65536, concurrency: 3 });
out({ size: props.contentLength, part: part.toString('base64'), same: whole.equals(data) });`,
    {},
    args,
  );
  expect(r.stderr).toBe('');
  expect(r.result).toEqual({
    size: data.length,
    part: data.subarray(1000, 6000).toString('base64'),
    same: true,
  });
  const puts = server.log.filter((l) => l.method === 'PUT' && l.path === '/blobs/cache/entries/one.tzst');
  expect(puts).toHaveLength(1); // one Put Blob, no blocks
  expect(server.log.some((l) => l.method === 'HEAD' && l.path === '/blobs/cache/entries/one.tzst')).toBe(
    true,
  );
});
