/**
 * Parallel compression (src/formats/archive/parallel.ts): the same bytes on 1, 2 and 4 worker
 * threads, read back by the real gzip, zstd and xz tools (scripts/deps.sh installs them), and the
 * deb, rpm and tar writers on an input of many blocks read by dpkg-deb, rpm and tar.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import { writeArchive } from '../src/formats/archive/index.js';
import { blockSize, type BlockCodec } from '../src/formats/archive/blocks.js';
import { BlockCompressor } from '../src/formats/archive/parallel.js';
import { writeDeb } from '../src/formats/deb/index.js';
import type { PackageSpec, PkgFile } from '../src/formats/pkg/types.js';
import { writeRpm } from '../src/formats/rpm/index.js';

const root = mkdtempSync(path.join(tmpdir(), 'parallel-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Words repeated in a pseudo-random order: compressible text. */
const TEXT = (() => {
  const words = ['alpha ', 'beta ', 'gamma ', 'delta\n', 'epsilon ', 'zeta ', 'eta\n', 'theta '];
  let x = 12345;
  let t = '';
  while (t.length < 256 * 1024) t += words[(x = (x * 1103515245 + 12345) % 2 ** 31) % words.length];
  return Buffer.from(t);
})();

/** Text-like stretches (matches reach across block boundaries) mixed with random ones. */
function sample(size: number, seed: number): Buffer {
  const out = Buffer.alloc(size);
  let x = seed >>> 0;
  const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0);
  for (let off = 0; off < size;) {
    const n = Math.min(size - off, 1024 + (next() % 8192));
    if (next() % 5 === 0) for (let i = 0; i < n; i++) out[off + i] = next() >>> 24;
    else TEXT.copy(out, off, next() % (TEXT.length - n), TEXT.length);
    off += n;
  }
  return out;
}

async function compress(codec: BlockCodec, level: number, data: Buffer, threads: number): Promise<Buffer> {
  const c = new BlockCompressor(codec, level, threads);
  // odd-sized writes, so block boundaries fall inside chunks
  const chunks = (function* () {
    for (let off = 0; off < data.length; off += 100_003) yield data.subarray(off, off + 100_003);
  })();
  const parts: Buffer[] = [];
  const reading = (async () => {
    for await (const p of c as AsyncIterable<Buffer>) parts.push(p);
  })();
  await new Promise<void>((resolve, reject) => {
    Readable.from(chunks).pipe(c).on('error', reject);
    c.on('end', resolve);
  });
  await reading;
  return Buffer.concat(parts);
}

const TOOLS: Record<BlockCodec, { tool: string; ext: string }> = {
  gzip: { tool: 'gzip', ext: 'gz' },
  zstd: { tool: 'zstd', ext: 'zst' },
  xz: { tool: 'xz', ext: 'xz' },
};

/** Tests the file with `<tool> -t` and returns what `<tool> -dc` gives back. */
function roundTrip(codec: BlockCodec, bytes: Buffer, name: string): Buffer {
  const { tool, ext } = TOOLS[codec];
  const file = path.join(root, `${name}.${ext}`);
  writeFileSync(file, bytes);
  execFileSync(tool, ['-t', file]);
  return execFileSync(tool, ['-dc', file], { maxBuffer: 1 << 28 });
}

describe('BlockCompressor', () => {
  // xz level 0 has 1 MiB blocks: several blocks without minutes of WebAssembly
  const cases: Array<[BlockCodec, number]> = [
    ['gzip', 6],
    ['gzip', 1],
    ['gzip', 9],
    ['gzip', 0],
    ['zstd', 3],
    ['xz', 0],
  ];
  it.each(cases)(
    '%s level %d: the same bytes on 1, 2 and 4 threads, read by the real tool',
    async (codec, level) => {
      const data = sample(Math.floor(blockSize(codec, level) * 3.5), 7);
      const one = await compress(codec, level, data, 1);
      const two = await compress(codec, level, data, 2);
      const four = await compress(codec, level, data, 4);
      expect(two.equals(one)).toBe(true);
      expect(four.equals(one)).toBe(true);
      expect(roundTrip(codec, one, `${codec}-${level}`).equals(data)).toBe(true);
      if (level > 0) expect(one.length).toBeLessThan(data.length);
    },
  );

  it.each(['gzip', 'zstd', 'xz'] as BlockCodec[])('%s: empty input and exactly one block', async (codec) => {
    const empty = await compress(codec, 1, Buffer.alloc(0), 2);
    expect(roundTrip(codec, empty, `${codec}-empty`).length).toBe(0);
    const exact = sample(blockSize(codec, 1), 3);
    const out = await compress(codec, 1, exact, 2);
    expect(roundTrip(codec, out, `${codec}-exact`).equals(exact)).toBe(true);
  });

  it('gzip keeps the header of zlib: MTIME 0, OS 3 (unix), XFL by level', async () => {
    const fast = await compress('gzip', 1, Buffer.from('x'), 1);
    const best = await compress('gzip', 9, Buffer.from('x'), 1);
    expect([...fast.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 3]);
    expect(best[8]).toBe(2);
  });
});

describe('the bytes of one-shot zlib calls', () => {
  // what every block was before the threadpool: zlib's synchronous calls with their default chunk
  const oneShot = (codec: BlockCodec, level: number, block: Buffer, dict: Buffer, last: boolean) =>
    codec === 'zstd'
      ? zlib.zstdCompressSync(block, {
          params: {
            [zlib.constants.ZSTD_c_compressionLevel]: level,
            [zlib.constants.ZSTD_c_checksumFlag]: 1,
          },
        })
      : zlib.deflateRawSync(block, {
          level,
          ...(dict.length ? { dictionary: dict } : {}),
          finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
        });
  it.each([
    ['zstd', 3],
    ['gzip', 6],
    ['gzip', 0],
  ] as Array<[BlockCodec, number]>)(
    '%s level %d: every block as zlib alone writes it',
    async (codec, level) => {
      const size = blockSize(codec, level);
      const data = sample(Math.floor(size * 2.5), 11);
      const parts: Buffer[] = [];
      for (let off = 0; off < data.length; off += size) {
        const dict = data.subarray(Math.max(0, off - 32 * 1024), off);
        const block = data.subarray(off, off + size);
        parts.push(
          oneShot(codec, level, block, codec === 'gzip' ? dict : Buffer.alloc(0), off + size >= data.length),
        );
      }
      const body = Buffer.concat(parts);
      const out = await compress(codec, level, data, 2);
      if (codec === 'zstd') expect(out.equals(body)).toBe(true);
      else expect(out.subarray(10, out.length - 8).equals(body)).toBe(true);
    },
  );
});

describe('threads', () => {
  it('gzip and zstd start no worker thread (libuv threadpool); a Worker would be seen', async () => {
    let started = 0;
    const seen = () => started++;
    diagnostics.subscribe('worker_threads', seen);
    try {
      for (const codec of ['gzip', 'zstd'] as BlockCodec[]) {
        const data = sample(blockSize(codec, 3) * 3 + 12345, 5);
        const out = await compress(codec, 3, data, 4);
        expect(roundTrip(codec, out, `${codec}-noworker`).equals(data)).toBe(true);
      }
      expect(started).toBe(0);
      // the channel does see a thread being started
      const w = new Worker('0', { eval: true });
      await new Promise((resolve) => w.on('exit', resolve));
      expect(started).toBe(1);
    } finally {
      diagnostics.unsubscribe('worker_threads', seen);
    }
  });
});

describe('writers on a payload of many blocks', () => {
  const src = path.join(root, 'src');
  const files: PkgFile[] = [];
  beforeAll(() => {
    mkdirSync(src, { recursive: true });
    for (let i = 0; i < 6; i++) {
      const file = path.join(src, `f${i}.dat`);
      const data = sample(700_000 + i * 333_333, i + 1);
      writeFileSync(file, data);
      files.push({
        dst: `/usr/share/big/f${i}.dat`,
        type: 'file',
        source: file,
        mode: 0o644,
        owner: 'root',
        group: 'root',
        mtime: 1700000000,
        size: data.length,
      } as PkgFile);
    }
  });
  const spec = (packager: 'deb' | 'rpm', compression: PackageSpec['compression']): PackageSpec =>
    ({
      packager,
      name: 'big',
      version: '1.0',
      release: '1',
      arch: packager === 'deb' ? 'all' : 'noarch',
      maintainer: 'T <t@example.org>',
      summary: 'big',
      description: 'big\nmany blocks.',
      license: 'MIT',
      section: 'misc',
      priority: 'optional',
      group: 'Unspecified',
      depends: [],
      predepends: [],
      recommends: [],
      suggests: [],
      conflicts: [],
      breaks: [],
      replaces: [],
      provides: [],
      files,
      scripts: {},
      changelog: [],
      compression,
      buildTime: 1700000000,
      extra: {},
    }) as unknown as PackageSpec;
  const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

  it.each(['gzip', 'zstd'] as const)(
    'deb (%s): same bytes on 1, 2, 4 threads; dpkg-deb extracts it',
    async (c) => {
      const outs = [1, 2, 4].map((t) => path.join(root, `deb-${c}-${t}`, 'big.deb'));
      const results = [];
      for (const [i, t] of [1, 2, 4].entries())
        results.push(await writeDeb(outs[i]!, spec('deb', c), { threads: t }));
      expect(new Set(outs.map(sha)).size).toBe(1);
      expect(results[0]!.sha256).toBe(sha(outs[0]!));
      const x = path.join(root, `deb-${c}-x`);
      execFileSync('dpkg-deb', ['-x', outs[0]!, x]);
      for (let i = 0; i < 6; i++)
        expect(
          readFileSync(path.join(x, `usr/share/big/f${i}.dat`)).equals(readFileSync(files[i]!.source!)),
        ).toBe(true);
    },
  );

  it.each(['gzip', 'zstd'] as const)(
    'rpm (%s): same bytes on 1, 2, 4 threads; rpm verifies it',
    async (c) => {
      const outs = [1, 2, 4].map((t) => path.join(root, `rpm-${c}-${t}`, 'big.rpm'));
      for (const [i, t] of [1, 2, 4].entries()) await writeRpm(outs[i]!, spec('rpm', c), { threads: t });
      expect(new Set(outs.map(sha)).size).toBe(1);
      // -K checks the header and payload digests; --dump lists every file's digest from the payload
      execFileSync('rpm', ['-K', '--nosignature', outs[0]!]);
      const listed = execFileSync('rpm', ['-qpl', '--nosignature', outs[0]!], { encoding: 'utf8' });
      expect(listed).toContain('/usr/share/big/f5.dat');
      const x = path.join(root, `rpm-${c}-x`);
      mkdirSync(x);
      execFileSync('sh', ['-c', 'rpm2cpio "$1" | cpio -idm --quiet', 'sh', path.resolve(outs[0]!)], {
        cwd: x,
      });
      expect(readFileSync(path.join(x, 'usr/share/big/f5.dat')).equals(readFileSync(files[5]!.source!))).toBe(
        true,
      );
    },
  );

  it.each(['tar.gz', 'tar.zst', 'tar.xz'] as const)(
    '%s: same bytes on 1 and 2 threads; tar reads it',
    async (f) => {
      const entries = files.map((x) => ({
        name: path.basename(x.source!),
        type: 'file' as const,
        source: x.source!,
      }));
      const level = f === 'tar.xz' ? 0 : undefined;
      const a = path.join(root, `one.${f}`);
      const b = path.join(root, `two.${f}`);
      await writeArchive(a, f, entries, { mtime: 1700000000, level, threads: 1 });
      await writeArchive(b, f, entries, { mtime: 1700000000, level, threads: 2 });
      expect(sha(a)).toBe(sha(b));
      const flag = f === 'tar.gz' ? '-z' : f === 'tar.xz' ? '-J' : '--zstd';
      const x = path.join(root, `x-${f}`);
      mkdirSync(x);
      execFileSync('tar', [flag, '-xf', a, '-C', x]);
      expect(readFileSync(path.join(x, 'f3.dat')).equals(readFileSync(files[3]!.source!))).toBe(true);
    },
  );
});
