import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { BufferPool, readChunks, SourceReader } from '../src/formats/archive/io.js';
import {
  ARCHIVE_FORMATS,
  type ArchiveEntry,
  type ArchiveFormat,
  compareNames,
  dosDateTime,
  renderName,
  writeArchive,
} from '../src/formats/archive/index.js';

const MTIME = 1700000000; // 2023-11-14T22:13:20Z
const root = mkdtempSync(path.join(tmpdir(), 'archive-test-'));
const src = path.join(root, 'src');
const LONG_DIR = `share/${'d'.repeat(60)}/${'e'.repeat(60)}`; // > 100 bytes with the file: ustar prefix
const LONG_FILE = `${'f'.repeat(120)}.txt`; // one component > 100 bytes: needs a pax header
const UNICODE = 'données/été.txt';

afterAll(() => rmSync(root, { recursive: true, force: true }));

function sh(cmd: string, args: string[], opts: { cwd?: string; input?: Buffer } = {}): string {
  return execFileSync(cmd, args, { cwd: opts.cwd, input: opts.input, encoding: 'utf8', maxBuffer: 64 << 20 });
}

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Deterministic pseudo-random bytes (xorshift32). */
function prng(size: number, seed: number): Buffer {
  const buf = Buffer.alloc(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i += 4) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    buf.writeUInt32LE(x, i);
  }
  return buf;
}

function write(rel: string, content: string | Buffer, mode: number): string {
  const file = path.join(src, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  chmodSync(file, mode);
  return file;
}

const files = {
  hello: write('hello', '#!/bin/sh\necho hello\n', 0o755),
  readme: write('README.md', '# Hello\n', 0o600),
  conf: write('hello.conf', 'greeting=hi\n', 0o664),
  empty: write('empty-file', '', 0o644),
  long: write('long.txt', 'long name\n', 0o644),
  unicode: write('unicode.txt', 'unicode\n', 0o644),
  binary: write('data.bin', prng(300_000, 7), 0o644),
};

/** Entries in a scrambled order with parents missing; the writer sorts and completes them. */
const entries: ArchiveEntry[] = [
  { name: 'hello-1.2.3/README.md', type: 'file', source: files.readme },
  { name: 'hello-1.2.3/bin/hello', type: 'file', source: files.hello },
  { name: `hello-1.2.3/${LONG_DIR}/${LONG_FILE}`, type: 'file', source: files.long },
  { name: `hello-1.2.3/${UNICODE}`, type: 'file', source: files.unicode },
  { name: 'hello-1.2.3/bin/hi', type: 'symlink', linkname: 'hello' },
  { name: 'hello-1.2.3/etc/hello.conf', type: 'file', source: files.conf },
  { name: 'hello-1.2.3/etc/hello.conf.exec', type: 'file', source: files.conf, mode: 0o700 },
  { name: './hello-1.2.3/empty-dir/', type: 'dir' },
  { name: 'hello-1.2.3/empty-file', type: 'file', source: files.empty },
  { name: 'hello-1.2.3/data.bin', type: 'file', source: files.binary },
];

/** name → expected [type, mode, content or link target]. */
const expected: Record<string, ['file' | 'dir' | 'symlink', number, string?]> = {
  'hello-1.2.3': ['dir', 0o755],
  'hello-1.2.3/README.md': ['file', 0o644, files.readme],
  'hello-1.2.3/bin': ['dir', 0o755],
  'hello-1.2.3/bin/hello': ['file', 0o755, files.hello],
  'hello-1.2.3/bin/hi': ['symlink', 0o777, 'hello'],
  'hello-1.2.3/data.bin': ['file', 0o644, files.binary],
  'hello-1.2.3/donn\u00e9es': ['dir', 0o755],
  [`hello-1.2.3/${UNICODE}`]: ['file', 0o644, files.unicode],
  'hello-1.2.3/empty-dir': ['dir', 0o755],
  'hello-1.2.3/empty-file': ['file', 0o644, files.empty],
  'hello-1.2.3/etc': ['dir', 0o755],
  'hello-1.2.3/etc/hello.conf': ['file', 0o644, files.conf],
  'hello-1.2.3/etc/hello.conf.exec': ['file', 0o755, files.conf],
  'hello-1.2.3/share': ['dir', 0o755],
  [`hello-1.2.3/share/${'d'.repeat(60)}`]: ['dir', 0o755],
  [`hello-1.2.3/${LONG_DIR}`]: ['dir', 0o755],
  [`hello-1.2.3/${LONG_DIR}/${LONG_FILE}`]: ['file', 0o644, files.long],
};
const sortedNames = Object.keys(expected).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));

/** GNU tar arguments to read each tar format. */
const gnuTarFlags: Record<Exclude<ArchiveFormat, 'zip'>, string[]> = {
  'tar.gz': ['-z'],
  'tar.xz': ['-J'],
  'tar.zst': ['--zstd'],
};

function outFile(dir: string, format: ArchiveFormat): string {
  return path.join(root, dir, `hello-1.2.3.${format}`);
}

/** Compares an extracted tree with the expectations: bytes, exec bits, symlinks. */
function checkTree(dir: string): void {
  for (const [name, [type, mode, content]] of Object.entries(expected)) {
    const p = path.join(dir, name);
    const st = lstatSync(p);
    if (type === 'dir') {
      expect(st.isDirectory()).toBe(true);
    } else if (type === 'symlink') {
      expect(st.isSymbolicLink()).toBe(true);
      expect(readlinkSync(p)).toBe(content);
    } else {
      expect(st.isFile()).toBe(true);
      expect(sha(p)).toBe(sha(content!));
      expect((st.mode & 0o111) !== 0).toBe((mode & 0o111) !== 0);
    }
  }
}

/** Strips `./` and a trailing `/` from listed names. */
const clean = (n: string) => n.replace(/^\.\//, '').replace(/\/$/, '');

describe('writeArchive', () => {
  const results: Partial<Record<ArchiveFormat, { size: number; sha256: string }>> = {};
  const prevTz = process.env.TZ;

  beforeAll(async () => {
    // A time zone with an offset: the zip DOS time must still be UTC.
    process.env.TZ = 'America/New_York';
    for (const format of ARCHIVE_FORMATS) {
      results[format] = await writeArchive(outFile('a', format), format, entries, { mtime: MTIME });
    }
  });
  afterAll(() => {
    if (prevTz === undefined) delete process.env.TZ;
    else process.env.TZ = prevTz;
  });

  it.each(ARCHIVE_FORMATS)('%s: reports the size and sha256 of the file it wrote', (format) => {
    const file = outFile('a', format);
    expect(results[format]).toEqual({ size: statSync(file).size, sha256: sha(file) });
    expect(readdirSync(path.dirname(file)).filter((f) => /tmp/.test(f))).toEqual([]);
  });

  it.each(['tar.gz', 'tar.xz', 'tar.zst'] as const)(
    '%s: GNU tar lists sorted entries, root/root, modes and mtime',
    (format) => {
      const listing = sh('tar', [
        ...gnuTarFlags[format],
        '-tvf',
        outFile('a', format),
        '--utc',
        '--quoting-style=literal',
      ]);
      const lines = listing.trim().split('\n');
      const names = lines.map((l) =>
        clean(
          l
            .split(/\s+/)
            .slice(5)
            .join(' ')
            .replace(/ -> .*$/, ''),
        ),
      );
      expect(names).toEqual(sortedNames);
      for (const line of lines) {
        expect(line).toMatch(/ root\/root /);
        expect(line).toContain('2023-11-14 22:13');
      }
      expect(lines.find((l) => l.endsWith(' hello-1.2.3/bin/hello'))?.startsWith('-rwxr-xr-x')).toBe(true);
      expect(lines.find((l) => l.endsWith('README.md'))?.startsWith('-rw-r--r--')).toBe(true);
      expect(lines.find((l) => l.endsWith('hello.conf.exec'))?.startsWith('-rwxr-xr-x')).toBe(true);
      expect(lines.find((l) => l.includes('bin/hi '))).toMatch(/^lrwxrwxrwx .* -> hello$/);
      expect(lines.find((l) => l.endsWith('empty-dir/'))?.startsWith('drwxr-xr-x')).toBe(true);
    },
  );

  it('tar.zst also reads through a zstd -dc | tar pipe', async () => {
    const zstd = spawn('zstd', ['-dc', outFile('a', 'tar.zst')], { stdio: ['ignore', 'pipe', 'inherit'] });
    const tarProc = spawn('tar', ['-tf', '-'], { stdio: ['pipe', 'pipe', 'inherit'] });
    zstd.stdout.pipe(tarProc.stdin);
    let out = '';
    tarProc.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    const codes = await Promise.all(
      [zstd, tarProc].map((p) => new Promise<number | null>((resolve) => p.on('close', resolve))),
    );
    expect(codes).toEqual([0, 0]);
    expect(out.trim().split('\n').map(clean)).toEqual(sortedNames);
  });

  it.each(ARCHIVE_FORMATS)('%s: bsdtar lists and extracts it', (format) => {
    const file = outFile('a', format);
    const names = sh('bsdtar', ['-tf', file]).trim().split('\n').map(clean);
    expect(names).toEqual(sortedNames);
    const verbose = sh('bsdtar', ['-tvf', file]);
    expect(verbose).toMatch(/^lrwxrwxrwx .* hello-1\.2\.3\/bin\/hi -> hello$/m);
    const dir = mkdtempSync(path.join(root, `bsdtar-${format}-`));
    sh('bsdtar', ['-xpf', file, '-C', dir]);
    checkTree(dir);
  });

  it.each(['tar.gz', 'tar.xz', 'tar.zst'] as const)(
    '%s: GNU tar extracts the same bytes, exec bits and symlinks',
    (format) => {
      const dir = mkdtempSync(path.join(root, `gnutar-${format}-`));
      sh('tar', [...gnuTarFlags[format], '-xpf', outFile('a', format), '-C', dir]);
      checkTree(dir);
      expect(statSync(path.join(dir, 'hello-1.2.3/bin/hello')).mtimeMs).toBe(MTIME * 1000);
    },
  );

  it('the compressed streams pass gzip -t, xz -t and zstd -t', () => {
    sh('gzip', ['-t', outFile('a', 'tar.gz')]);
    sh('xz', ['-t', outFile('a', 'tar.xz')]);
    sh('zstd', ['-q', '-t', outFile('a', 'tar.zst')]);
  });

  it('gzip: MTIME 0 and the unix OS byte, whatever the platform', () => {
    const head = readFileSync(outFile('a', 'tar.gz')).subarray(0, 10);
    expect([...head.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
    expect(head.readUInt32LE(4)).toBe(0);
    expect(head[9]).toBe(3);
  });

  it('tar: ustar headers (pax only where a name does not fit)', () => {
    const tarBytes = execFileSync('gzip', ['-dc', outFile('a', 'tar.gz')]);
    const kinds: string[] = [];
    for (let off = 0; off + 512 <= tarBytes.length;) {
      const h = tarBytes.subarray(off, off + 512);
      if (h.every((b) => b === 0)) break;
      expect(h.subarray(257, 265).toString('latin1')).toBe('ustar\u000000');
      kinds.push(String.fromCharCode(h[156]));
      const size = parseInt(h.subarray(124, 136).toString('latin1').replace(/\0.*$/, '').trim() || '0', 8);
      off += 512 + Math.ceil(size / 512) * 512;
    }
    // one pax header for the over-long file name, one for the non-ASCII directory and file names
    expect(kinds.filter((k) => k === 'x')).toHaveLength(3);
    expect(kinds.filter((k) => k !== 'x')).toHaveLength(sortedNames.length);
  });

  it('zip: unzip -l / -Z show the entries, unix modes and symlink; unzip extracts exec bits and symlinks', () => {
    const file = outFile('a', 'zip');
    const list = sh('unzip', ['-l', file]);
    for (const name of sortedNames) expect(list).toContain(name);
    const info = sh('unzip', ['-Z', file]);
    expect(info).toMatch(/^-rwxr-xr-x .* hello-1\.2\.3\/bin\/hello$/m);
    expect(info).toMatch(/^-rw-r--r-- .* hello-1\.2\.3\/README\.md$/m);
    expect(info).toMatch(/^lrwxrwxrwx .* hello-1\.2\.3\/bin\/hi$/m);
    expect(info).toMatch(/^drwxr-xr-x .* hello-1\.2\.3\/empty-dir\/$/m);
    expect(info).toMatch(/^-rw-r--r-- .* defN .* hello-1\.2\.3\/data\.bin$/m);
    sh('unzip', ['-tq', file]);
    const dir = mkdtempSync(path.join(root, 'unzip-'));
    execFileSync('unzip', ['-q', file, '-d', dir], { env: { ...process.env, TZ: 'UTC' } });
    checkTree(dir);
    // no extra fields: readers take the DOS time, as local time
    expect(statSync(path.join(dir, 'hello-1.2.3/bin/hello')).mtimeMs).toBe(MTIME * 1000);
    const verbose = sh('zipinfo', ['-v', file]);
    expect(verbose).not.toMatch(/extra field contains|0x5455|length of extra field: +[1-9]/);
    // zipinfo order is the archive order
    const names = sh('unzip', ['-Z1', file]).trim().split('\n').map(clean);
    expect(names).toEqual(sortedNames);
  });

  it('zip: the DOS time is opts.mtime in UTC, independent of TZ', () => {
    const buf = readFileSync(outFile('a', 'zip'));
    expect(buf.readUInt32LE(0)).toBe(0x04034b50);
    const time = buf.readUInt16LE(10);
    const date = buf.readUInt16LE(12);
    expect(dosDateTime(MTIME)).toEqual({ time, date });
    expect({
      y: (date >> 9) + 1980,
      mo: (date >> 5) & 15,
      d: date & 31,
      h: time >> 11,
      mi: (time >> 5) & 63,
      s: (time & 31) * 2,
    }).toEqual({
      y: 2023,
      mo: 11,
      d: 14,
      h: 22,
      mi: 13,
      s: 20,
    });
  });

  it.each(ARCHIVE_FORMATS)(
    '%s: a rebuild is byte-identical, even after the sources mtimes, modes and owners change',
    async (format) => {
      const saved = Object.values(files).map((f) => [f, statSync(f)] as const);
      try {
        for (const [f, st] of saved) {
          utimesSync(f, new Date(), new Date(Date.now() - 86_400_000));
          chmodSync(f, st.mode & 0o111 ? 0o700 : 0o600);
          if (process.getuid?.() === 0) chownSync(f, 1234, 5678);
        }
        process.env.TZ = 'Asia/Kolkata';
        const again = await writeArchive(outFile('b', format), format, [...entries].reverse(), {
          mtime: MTIME,
        });
        expect(again).toEqual(results[format]);
        expect(readFileSync(outFile('b', format)).equals(readFileSync(outFile('a', format)))).toBe(true);
      } finally {
        process.env.TZ = 'America/New_York';
        for (const [f, st] of saved) {
          chmodSync(f, st.mode & 0o7777);
          if (process.getuid?.() === 0) chownSync(f, st.uid, st.gid);
        }
      }
    },
  );

  it('a different mtime or level changes the bytes', async () => {
    const other = await writeArchive(path.join(root, 'c', 'x.tar.gz'), 'tar.gz', entries, {
      mtime: MTIME + 2,
    });
    expect(other.sha256).not.toBe(results['tar.gz']!.sha256);
    const stored = await writeArchive(path.join(root, 'c', 'x.zip'), 'zip', entries, {
      mtime: MTIME,
      level: 0,
    });
    expect(stored.sha256).not.toBe(results.zip!.sha256);
    sh('unzip', ['-tq', path.join(root, 'c', 'x.zip')]);
    expect(sh('unzip', ['-Z', path.join(root, 'c', 'x.zip')])).not.toContain('defN');
    const dir = mkdtempSync(path.join(root, 'stored-'));
    sh('bsdtar', ['-xf', path.join(root, 'c', 'x.zip'), '-C', dir]);
    checkTree(dir);
  });

  it('zip: ZIP64 records (forced) are read by unzip, zipinfo and bsdtar', async () => {
    const file = path.join(root, 'c', 'x64.zip');
    await writeArchive(file, 'zip', entries, { mtime: MTIME, forceZip64: true });
    sh('unzip', ['-tq', file]);
    expect(sh('zipinfo', ['-v', file])).toMatch(/ID 0x0001 \(PKWARE 64-bit sizes\)/);
    expect(sh('unzip', ['-Z1', file]).trim().split('\n').map(clean)).toEqual(sortedNames);
    const dir = mkdtempSync(path.join(root, 'zip64-'));
    sh('bsdtar', ['-xf', file, '-C', dir]);
    checkTree(dir);
    const dir2 = mkdtempSync(path.join(root, 'zip64u-'));
    sh('unzip', ['-q', file, '-d', dir2]);
    checkTree(dir2);
  });
});

describe('writeArchive streaming', () => {
  const big = path.join(root, 'big.bin');
  const SIZE = 20 * 1024 * 1024;

  beforeAll(() => {
    // 20 MiB, half incompressible, written in pieces (the test itself never holds it whole)
    const fd = openSync(big, 'w');
    for (let i = 0; i < 20; i++)
      writeSync(fd, i % 2 ? prng(1 << 20, i + 1) : Buffer.alloc(1 << 20, `line ${i}\n`));
    closeSync(fd);
  });

  it.each(['tar.gz', 'tar.zst', 'zip'] as const)('%s: a 20 MiB file streams through', async (format) => {
    const out = path.join(root, 'big', `big.${format}`);
    const res = await writeArchive(out, format, [{ name: 'big/big.bin', type: 'file', source: big }], {
      mtime: MTIME,
      level: 1,
    });
    expect(res.size).toBe(statSync(out).size);
    expect(res.size).toBeGreaterThan(SIZE / 2);
    expect(res.size).toBeLessThan(SIZE);
    const dir = mkdtempSync(path.join(root, 'big-x-'));
    sh('bsdtar', ['-xf', out, '-C', dir]);
    expect(sha(path.join(dir, 'big/big.bin'))).toBe(sha(big));
  });

  it('zip (stored): a 20 MiB file streams through', async () => {
    const out = path.join(root, 'big', 'big-stored.zip');
    const res = await writeArchive(out, 'zip', [{ name: 'big.bin', type: 'file', source: big }], {
      mtime: MTIME,
      level: 0,
    });
    expect(res.size).toBe(statSync(out).size);
    expect(res.size).toBeGreaterThan(SIZE);
    const digest = createHash('sha256')
      .update(execFileSync('unzip', ['-p', out, 'big.bin'], { maxBuffer: 64 << 20 }))
      .digest('hex');
    expect(digest).toBe(sha(big));
  });

  it('tar.xz: a 20 MiB file streams through', async () => {
    const out = path.join(root, 'big', 'big.tar.xz');
    const res = await writeArchive(out, 'tar.xz', [{ name: 'big.bin', type: 'file', source: big }], {
      mtime: MTIME,
      level: 0,
    });
    expect(res.size).toBe(statSync(out).size);
    const digest = createHash('sha256')
      .update(execFileSync('tar', ['-xJOf', out, 'big.bin'], { maxBuffer: 64 << 20 }))
      .digest('hex');
    expect(digest).toBe(sha(big));
  });
});

describe('writeArchive tar.xz', () => {
  it('several archives at once share the WebAssembly encoder (one at a time)', async () => {
    const outs = [0, 1, 2, 3].map((i) => path.join(root, 'xz', `c${i}.tar.xz`));
    const results = await Promise.all(outs.map((o) => writeArchive(o, 'tar.xz', entries, { mtime: MTIME })));
    for (const [i, o] of outs.entries()) {
      sh('xz', ['-t', o]);
      expect(results[i].sha256).toBe(results[0].sha256);
    }
  });

  it('presets 8 and 9 are refused (no room in the WebAssembly heap); 7 works', async () => {
    await expect(
      writeArchive(path.join(root, 'xz', 'x.tar.xz'), 'tar.xz', entries, { mtime: MTIME, level: 8 }),
    ).rejects.toThrow(/tar\.xz compression level must be a whole number from 0 to 7, got 8/);
    await writeArchive(path.join(root, 'xz', 'x7.tar.xz'), 'tar.xz', entries, { mtime: MTIME, level: 7 });
    sh('xz', ['-t', path.join(root, 'xz', 'x7.tar.xz')]);
  });
});

describe('writeArchive failures', () => {
  const dir = path.join(root, 'fail');
  mkdirSync(dir, { recursive: true });
  const leftovers = () => readdirSync(dir);

  it.each(ARCHIVE_FORMATS)(
    '%s: a missing source is a DistroError naming it, and leaves nothing behind',
    async (format) => {
      const missing = path.join(root, 'no-such-file');
      const out = path.join(dir, `x.${format}`);
      const p = writeArchive(
        out,
        format,
        [...entries, { name: 'x/missing', type: 'file', source: missing }],
        { mtime: MTIME },
      );
      await expect(p).rejects.toThrow(DistroError);
      await expect(p).rejects.toThrow(missing);
      expect(leftovers()).toEqual([]);
    },
  );

  it.each(ARCHIVE_FORMATS)(
    '%s: a source that fails while streaming leaves no partial archive and no temp file',
    async (format) => {
      // /proc files stat as 0 bytes but have content: the writer notices mid-stream.
      const out = path.join(dir, `y.${format}`);
      const p = writeArchive(
        out,
        format,
        [...entries, { name: 'zz/status', type: 'file', source: '/proc/self/status' }],
        { mtime: MTIME },
      );
      await expect(p).rejects.toThrow(/\/proc\/self\/status.*changed size/);
      await expect(p).rejects.toBeInstanceOf(DistroError);
      expect(leftovers()).toEqual([]);
    },
  );

  it('an existing archive at out is untouched when the rebuild fails', async () => {
    const out = path.join(dir, 'keep.zip');
    writeFileSync(out, 'previous');
    await expect(
      writeArchive(out, 'zip', [{ name: 'a', type: 'file', source: path.join(root, 'nope') }], {
        mtime: MTIME,
      }),
    ).rejects.toThrow(DistroError);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(leftovers()).toEqual(['keep.zip']);
  });

  it('a rename failure (out is a directory) removes the temp file', async () => {
    const out = path.join(dir, 'is-a-dir.tar.gz');
    mkdirSync(path.join(out, 'child'), { recursive: true });
    await expect(writeArchive(out, 'tar.gz', entries, { mtime: MTIME })).rejects.toThrow();
    expect(leftovers().filter((f) => /tmp/.test(f))).toEqual([]);
  });

  it('rejects bad entries, levels, mtimes and formats', async () => {
    const out = path.join(dir, 'bad.tar.gz');
    const bad = (e: ArchiveEntry[], opts = { mtime: MTIME }, format: ArchiveFormat = 'tar.gz') =>
      writeArchive(out, format, e, opts);
    await expect(bad([{ name: '/abs', type: 'dir' }])).rejects.toThrow(/relative/);
    await expect(bad([{ name: 'a/../b', type: 'dir' }])).rejects.toThrow(/'\.\.'/);
    await expect(bad([{ name: 'a\\b', type: 'dir' }])).rejects.toThrow(/separator/);
    await expect(bad([{ name: 'l', type: 'symlink' }])).rejects.toThrow(/linkname/);
    await expect(bad([{ name: 'f', type: 'file' }])).rejects.toThrow(/source/);
    await expect(bad([{ name: 'f', type: 'file', source: root }])).rejects.toThrow(/not a regular file/);
    await expect(
      bad([
        { name: 'a', type: 'file', source: files.readme },
        { name: 'a', type: 'file', source: files.conf },
      ]),
    ).rejects.toThrow(/twice/);
    await expect(
      bad([
        { name: 'a', type: 'file', source: files.readme },
        { name: 'a/b', type: 'file', source: files.conf },
      ]),
    ).rejects.toThrow(/not a directory/);
    await expect(bad(entries, { mtime: -1 })).rejects.toThrow(/mtime/);
    await expect(bad(entries, { mtime: 1.5 })).rejects.toThrow(/mtime/);
    await expect(writeArchive(out, 'tar.zst', entries, { mtime: MTIME, level: 0 })).rejects.toThrow(
      /level .* 1 to 22/,
    );
    await expect(writeArchive(out, 'zip', entries, { mtime: MTIME, level: 10 })).rejects.toThrow(/level/);
    await expect(writeArchive(out, 'rar' as ArchiveFormat, entries, { mtime: MTIME })).rejects.toThrow(
      /unknown archive format 'rar'/,
    );
    expect(leftovers().filter((f) => f.startsWith('bad'))).toEqual([]);
  });
});

describe('renderName', () => {
  const vars = {
    name: 'hello',
    version: '1.2.3',
    os: 'linux',
    arch: 'arm64',
    ext: 'tar.gz',
    format: 'tar.gz',
    target: 'aarch64-unknown-linux-gnu',
    platform: 'linux-arm64',
    variant: 'musl',
  };

  it('fills the standard placeholders and extra keys', () => {
    expect(renderName('{name}-{version}-{os}-{arch}.{ext}', vars)).toBe('hello-1.2.3-linux-arm64.tar.gz');
    expect(renderName('{name}-{version}-{platform}-{variant}.{format}', vars)).toBe(
      'hello-1.2.3-linux-arm64-musl.tar.gz',
    );
    expect(renderName('{name}_{target}_{commit}.zip', { ...vars, commit: 'abc123' })).toBe(
      'hello_aarch64-unknown-linux-gnu_abc123.zip',
    );
    expect(renderName('{name}{name}', { name: 'x' })).toBe('xx');
    expect(renderName('plain.tar.gz', {})).toBe('plain.tar.gz');
  });

  it('an unknown placeholder names it, the key and the known ones', () => {
    expect(() => renderName('{name}-{bogus}.zip', vars)).toThrow(DistroError);
    expect(() => renderName('{name}-{bogus}.zip', vars)).toThrow(
      /archives\.name_template: unknown placeholder \{bogus\}.*\{name\}, \{version\}/,
    );
    expect(() => renderName('{nope}', {}, 'archives[1].name_template')).toThrow(
      /^archives\[1\]\.name_template: .*\{nope\}.*\{platform\}, \{variant\}/,
    );
    try {
      renderName('{x}', {}, 'k');
    } catch (err) {
      expect((err as DistroError).key).toBe('k');
    }
  });

  it('a known placeholder without a value is an error', () => {
    expect(() => renderName('{name}-{variant}', { name: 'a' })).toThrow(/\{variant\} has no value/);
  });

  it('rejects empty names and path separators', () => {
    expect(() => renderName('{variant}', { variant: '' })).toThrow(/empty/);
    expect(() => renderName('', {})).toThrow(/empty/);
    expect(() => renderName('{name}/{version}', vars)).toThrow(/must not contain/);
    expect(() => renderName('{name}-{platform}', { name: 'a', platform: 'linux/arm64' })).toThrow(
      /'a-linux\/arm64'.*must not contain/,
    );
    expect(() => renderName('{name}\\x', vars)).toThrow(/must not contain/);
    expect(() => renderName('..', {})).toThrow(DistroError);
  });
});

describe('compareNames', () => {
  it('is the byte order of the UTF-8 names', () => {
    const names = [
      'a',
      'a/b',
      'a-b',
      'B',
      'é',
      'z',
      '\u{1F600}',
      '\uFFFD',
      '\uE000x',
      'a\u{10000}',
      'a\uFFFF',
      '',
    ];
    const bytes = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect([...names].sort(compareNames)).toEqual(bytes);
  });
});

describe('SourceReader', () => {
  const dir = path.join(root, 'reader');
  mkdirSync(dir, { recursive: true });
  const make = (name: string, content: Buffer) => {
    writeFileSync(path.join(dir, name), content);
    return { source: path.join(dir, name), size: content.length, name };
  };
  const list = [
    make('empty', Buffer.alloc(0)),
    make('small', Buffer.from('small\n')),
    make('exact', prng(128 * 1024, 3)),
    make('large', prng(1_000_000, 4)),
    ...Array.from({ length: 20 }, (_, i) => make(`f${i}`, Buffer.from(`file ${i}\n`))),
  ];
  const collect = async (chunks: AsyncIterable<Buffer>) => {
    const parts: Buffer[] = [];
    for await (const c of chunks) parts.push(Buffer.from(c)); // copy: the chunk's buffer is recycled
    return Buffer.concat(parts);
  };

  it('reads files in order with read-ahead, giving their exact bytes', async () => {
    const reader = new SourceReader(list, new BufferPool(), 4);
    for (let i = 0; i < list.length; i++) {
      expect((await collect(reader.chunks(i))).equals(readFileSync(list[i].source))).toBe(true);
    }
    await reader.close();
  });

  it('a missing file or a size that changed is a DistroError naming it; close() releases read-ahead', async () => {
    const pool = new BufferPool();
    await expect(
      collect(readChunks({ source: path.join(dir, 'gone'), size: 1, name: 'x' }, pool)),
    ).rejects.toThrow(/gone \(archive entry 'x'\) does not exist/);
    await expect(collect(readChunks({ ...list[1], size: 3 }, pool))).rejects.toThrow(/small.*changed size/);
    await expect(collect(readChunks({ ...list[3], size: 2_000_000 }, pool))).rejects.toThrow(DistroError);
    const fds = () => readdirSync('/proc/self/fd').length;
    const before = fds();
    const reader = new SourceReader([list[3], list[3], list[3]], pool, 2);
    const first = reader.chunks(0);
    await first.next();
    await first.return(undefined);
    await reader.close();
    expect(fds()).toBe(before);
  });
});
