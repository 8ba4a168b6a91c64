/**
 * Large OCI blobs are streamed, never held whole in memory: a blob much bigger than the memory
 * the process may grow by is pushed to and pulled from a real registry (Debian's docker-registry,
 * see helpers/oci-registry.ts, behind htpasswd basic auth), a layout tar holding it is unpacked,
 * and a big layer is applied; the peak growth of the process's memory is sampled while each runs.
 * A blob whose bytes do not match its digest (the registry's storage tampered with) leaves nothing
 * under blobs/; an upload refused with 401 is sent again from a freshly opened file.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  createReadStream,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DistroError } from '../src/errors.js';
import {
  extractLayoutTar,
  Layout,
  MT,
  parseImageRef,
  parsePlatform,
  pullBase,
  pushLayout,
  Registry,
  unpackImage,
} from '../src/formats/oci/index.js';
import { startRegistry, type TestRegistry } from './helpers/oci-registry.js';

const MiB = 1024 * 1024;
/** The big blob; while it is moved, buffers may grow by a quarter of it, rss by half, at most. */
const BIG = 128 * MiB;
const LIMIT = { buffers: BIG / 4, rss: BIG / 2 };
const credentials = { username: 'bot', password: 'hunter2' };
const amd64 = parsePlatform('linux/amd64');

let root: string;
let reg: TestRegistry;
let big: { file: string; digest: string };

// a young-generation collection before each sample (cheap, unlike a full one in jest's big heap):
// what is measured is memory in use, not the streamed chunks already written that V8 would let
// pile up to tens of MiB before it collects them
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (o?: { type: 'minor' | 'major' }) => void;

/** Runs `fn`, sampling the process's memory; the peak growth of rss and of ArrayBuffer memory. */
async function peakGrowth<T>(fn: () => Promise<T>): Promise<{ value: T; rss: number; buffers: number }> {
  gc();
  const base = process.memoryUsage();
  const peak = { rss: 0, buffers: 0 };
  const sample = () => {
    gc({ type: 'minor' });
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss - base.rss);
    peak.buffers = Math.max(peak.buffers, m.arrayBuffers - base.arrayBuffers);
  };
  const timer = setInterval(sample, 5);
  try {
    const value = await fn();
    sample();
    return { value, ...peak };
  } finally {
    clearInterval(timer);
  }
}

async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const c of createReadStream(file)) h.update(c as Buffer);
  return `sha256:${h.digest('hex')}`;
}

/** A layout of one linux/amd64 image whose only layer is `layerFile` (moved into the layout). */
async function layoutWith(
  dir: string,
  layerFile: string,
  mediaType: string,
  diffId?: string,
): Promise<Layout> {
  const layout = new Layout(dir);
  await layout.init();
  const digest = await sha256File(layerFile);
  const { size } = statSync(layerFile);
  await layout.adopt(layerFile, digest);
  const config = await layout.putJson(
    {
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [diffId ?? digest] },
    },
    MT.config,
  );
  const man = await layout.putJson(
    { schemaVersion: 2, mediaType: MT.manifest, config, layers: [{ mediaType, digest, size }] },
    MT.manifest,
    { platform: { architecture: 'amd64', os: 'linux' } },
  );
  const index = await layout.putJson({ schemaVersion: 2, mediaType: MT.index, manifests: [man] }, MT.index);
  await layout.writeIndex([index]);
  return layout;
}

const blobNames = (layout: Layout) => readdirSync(path.join(layout.dir, 'blobs', 'sha256')).sort();

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'oci-stream-'));
  reg = await startRegistry({ kind: 'htpasswd', user: 'bot', pass: 'hunter2' });
  // random bytes (a registry stores what it is given; nothing reads this layer as a tar)
  const file = path.join(root, 'big.bin');
  const h = createHash('sha256');
  for (let n = 0; n < BIG; n += 4 * MiB) {
    const chunk = randomBytes(4 * MiB);
    h.update(chunk);
    await appendFile(file, chunk);
  }
  big = { file, digest: `sha256:${h.digest('hex')}` };
}, 60_000);

afterAll(async () => {
  await reg?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a 128 MiB blob through a real registry', () => {
  let pushed: Layout;
  const bytes = Buffer.from('a blob sent twice\n');
  const small = { bytes, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };

  test('pushed, pulled, its layout tar unpacked: memory grows by far less than the blob', async () => {
    const layerFile = path.join(root, 'layer.bin');
    execFileSync('cp', [big.file, layerFile]);
    pushed = await layoutWith(path.join(root, 'push'), layerFile, MT.layerTar);
    const stats: Record<string, number> = {};
    const push = await peakGrowth(() =>
      pushLayout({
        layout: pushed,
        repository: `${reg.host}/test/big`,
        tags: ['1'],
        key: 'oci.repository',
        credentials,
        stats,
      }),
    );
    expect(stats.upload).toBe(2); // the big layer and the config
    expect(reg.log()).toMatch(
      /"PUT \/v2\/test\/big\/blobs\/uploads\/[^"]*digest=sha256%3A[0-9a-f]{64} HTTP\/1.1" 201/,
    );

    const pulled = new Layout(path.join(root, 'pull'));
    await pulled.init();
    const pull = await peakGrowth(() =>
      pullBase(`${reg.host}/test/big:1`, [amd64], pulled, 'oci.base', credentials),
    );
    expect(pull.value[0]!.layers.map((l) => l.digest)).toEqual([big.digest]);
    expect(await sha256File(pulled.blobPath(big.digest))).toBe(big.digest);
    // the layer only (the config is read, not stored, by pullBase); no temporary left
    expect(blobNames(pulled)).toEqual([big.digest.slice(7)]);

    const tarFile = path.join(root, 'layout.tar');
    await pushed.writeTar(tarFile, 0);
    const extracted = await peakGrowth(() => extractLayoutTar(tarFile, path.join(root, 'extracted')));
    expect(await sha256File(extracted.value.blobPath(big.digest))).toBe(big.digest);
    expect(blobNames(extracted.value)).toEqual(blobNames(pushed));

    const mib = (n: number) => `${(n / MiB).toFixed(1)} MiB`;
    const figures = { push, pull, extracted };
    console.log(
      Object.entries(figures)
        .map(([k, v]) => `${k}: rss +${mib(v.rss)}, array buffers +${mib(v.buffers)}`)
        .join('\n'),
    );
    for (const v of Object.values(figures)) {
      expect(v.buffers).toBeLessThan(LIMIT.buffers);
      expect(v.rss).toBeLessThan(LIMIT.rss);
    }
  }, 60_000);

  test('an upload refused with 401 is sent again from a freshly opened file', async () => {
    // the upload session is started by an authenticated client; a new client (no credentials sent
    // yet) PUTs the blob, is refused with 401, authenticates and sends it again
    const { bytes, digest } = small;
    const file = path.join(root, 'small.bin');
    await writeFile(file, bytes);
    const ref = parseImageRef(`${reg.host}/test/twice`, 'oci.repository', false);
    const first = new Registry(ref, { key: 'oci.repository', credentials });
    const start = await first.request('POST', '/v2/test/twice/blobs/uploads/', { push: true });
    await start.body?.cancel();
    expect(start.status).toBe(202);
    const url = new URL(start.headers.get('location')!, first.base);
    url.searchParams.set('digest', digest);
    let opened = 0;
    const second = new Registry(ref, { key: 'oci.repository', credentials });
    const put = await second.request('PUT', url.toString(), {
      headers: { 'content-type': 'application/octet-stream' },
      body: { size: bytes.length, open: () => (opened++, createReadStream(file)) },
      push: true,
    });
    await put.body?.cancel();
    expect(put.status).toBe(201);
    expect(opened).toBe(2);
    expect(await second.hasBlob(digest)).toBe(true);
  }, 30_000);

  test('a blob whose bytes are not its digest (or are more than its size) leaves nothing under blobs/', async () => {
    const hex = big.digest.slice(7);
    const stored = path.join(
      reg.dir,
      'data',
      'docker',
      'registry',
      'v2',
      'blobs',
      'sha256',
      hex.slice(0, 2),
      hex,
      'data',
    );
    const fd = openSync(stored, 'r+');
    writeSync(fd, Buffer.from('tampered'), 0, 8, BIG - 8); // same size, other last bytes
    closeSync(fd);
    const fails = async (re: RegExp) => {
      const layout = new Layout(path.join(root, `bad-${Math.random()}`));
      await layout.init();
      const err = await pullBase(`${reg.host}/test/big:1`, [amd64], layout, 'oci.base', credentials).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DistroError);
      expect((err as Error).message).toMatch(re);
      expect(blobNames(layout)).toEqual([]);
    };
    await fails(new RegExp(`oci\\.base: registry .*test/big: blob ${big.digest} came back with other bytes`));

    // more bytes than the descriptor gives: refused as they come, not once a disk is full
    const ref = parseImageRef(`${reg.host}/test/twice`, 'oci.base');
    const layout = new Layout(path.join(root, 'longer'));
    await layout.init();
    const err = await new Registry(ref, { key: 'oci.base', credentials })
      .downloadBlob(small.digest, layout.blobPath(small.digest), small.bytes.length - 1)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as Error).message).toMatch(
      `blob ${small.digest} is longer than the ${small.bytes.length - 1} bytes its descriptor gives`,
    );
    expect(blobNames(layout)).toEqual([]);
  }, 60_000);
});

test('a layer with a 128 MiB file is applied with memory growing by far less than the file', async () => {
  const dir = path.join(root, 'zeros');
  execFileSync('mkdir', ['-p', path.join(dir, 'src', 'opt')]);
  execFileSync('truncate', ['-s', String(BIG), path.join(dir, 'src', 'opt', 'big')]);
  const layerFile = path.join(dir, 'layer.tar.gz');
  execFileSync('tar', ['-czf', layerFile, '-C', path.join(dir, 'src'), 'opt']);
  const layout = await layoutWith(path.join(dir, 'layout'), layerFile, MT.layerGzip);
  const rootfs = path.join(dir, 'rootfs');
  const applied = await peakGrowth(() => unpackImage(layout, amd64, rootfs));
  console.log(
    `applied: rss +${(applied.rss / MiB).toFixed(1)} MiB, array buffers +${(applied.buffers / MiB).toFixed(1)} MiB`,
  );
  expect(await sha256File(path.join(rootfs, 'opt', 'big'))).toBe(
    `sha256:${createHash('sha256').update(Buffer.alloc(BIG)).digest('hex')}`,
  );
  expect(applied.buffers).toBeLessThan(LIMIT.buffers);
  expect(applied.rss).toBeLessThan(LIMIT.rss);
}, 60_000);
