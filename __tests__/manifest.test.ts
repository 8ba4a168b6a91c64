import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  addArtifact,
  describe as describeArtifact,
  emptyManifest,
  hashFile,
  mergeManifests,
  readManifest,
  writeManifest,
  type ManifestArtifact,
} from '../src/manifest/index.js';

const art = (p: string, sha: string, stage: ManifestArtifact['stage'] = 'build'): ManifestArtifact => ({
  path: p,
  kind: 'binary',
  size: 1,
  sha256: sha,
  stage,
});

describe('manifest', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));

  it('hashes files by streaming: size, sha256 and sha512', async () => {
    const f = path.join(dir, 'data');
    const data = Buffer.alloc(3 * 1024 * 1024 + 7, 'x');
    writeFileSync(f, data);
    const h = await hashFile(f, { sha512: true });
    expect(h.size).toBe(data.length);
    expect(h.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    expect(h.sha512).toBe(createHash('sha512').update(data).digest('hex'));
  });

  it('writes sorted, reads back, and is absent before the first write', async () => {
    const d = path.join(dir, 'dist');
    expect(await readManifest(d)).toBeUndefined();
    const m = emptyManifest({ name: 'hello', version: '1.2.3' });
    addArtifact(m, art('b', '1'));
    addArtifact(m, art('a', '2'));
    addArtifact(m, art('b', '3'));
    await writeManifest(d, m);
    const back = await readManifest(d);
    expect(back!.artifacts.map((a) => [a.path, a.sha256])).toEqual([
      ['a', '2'],
      ['b', '3'],
    ]);
    expect(JSON.parse(readFileSync(path.join(d, 'manifest.json'), 'utf8')).schema).toBe(1);
  });

  it('merges: same file once, other content under one name is an error naming the path', () => {
    const a = emptyManifest({ name: 'hello', version: '1' });
    a.artifacts.push(art('x', '1'), art('y', '2'));
    const b = emptyManifest({ name: 'hello', version: '1' });
    b.artifacts.push(art('y', '2'), art('z', '3', 'package'));
    expect(mergeManifests(a, b).artifacts.map((x) => x.path)).toEqual(['x', 'y', 'z']);
    const c = emptyManifest({ name: 'hello', version: '1' });
    c.artifacts.push(art('y', 'other', 'package'));
    expect(() => mergeManifests(a, c, "artifact 'distro-package'")).toThrow(
      /^y comes from artifact 'distro-package'/,
    );
    expect(() => mergeManifests(a, emptyManifest({ name: 'other', version: '1' }))).toThrow(
      /project 'other'/,
    );
  });

  it('keeps a package signed in place over the unsigned one, in either download order', () => {
    const unsigned = emptyManifest({ name: 'hello', version: '1' });
    unsigned.artifacts.push({ ...art('hello.rpm', 'u', 'package'), kind: 'rpm' });
    const signed = emptyManifest({ name: 'hello', version: '1' });
    signed.artifacts.push({ ...art('hello.rpm', 's', 'sign'), kind: 'rpm', replaces: 'u' });
    expect(mergeManifests(unsigned, signed).artifacts.map((a) => a.sha256)).toEqual(['s']);
    expect(mergeManifests(signed, unsigned).artifacts.map((a) => a.sha256)).toEqual(['s']);
    const stranger = emptyManifest({ name: 'hello', version: '1' });
    stranger.artifacts.push({ ...art('hello.rpm', 'x', 'sign'), kind: 'rpm', replaces: 'other' });
    expect(() => mergeManifests(unsigned, stranger)).toThrow(/other content/);
  });

  it('rejects manifests that are not ours, or whose paths leave the dist dir', async () => {
    const d = path.join(dir, 'bad');
    mkdirSync(d);
    writeFileSync(path.join(d, 'manifest.json'), '{"schema":2}');
    await expect(readManifest(d)).rejects.toThrow(/"schema" is 2, expected 1/);
    writeFileSync(
      path.join(d, 'manifest.json'),
      JSON.stringify({
        schema: 1,
        project: { name: 'a', version: '1' },
        artifacts: [{ path: '../x', kind: 'binary', sha256: '' }],
      }),
    );
    await expect(readManifest(d)).rejects.toThrow(/must be relative/);
    writeFileSync(path.join(d, 'manifest.json'), '{');
    await expect(readManifest(d)).rejects.toThrow(/not valid JSON/);
  });

  it('describes a file with its size and hash', async () => {
    writeFileSync(path.join(dir, 'f'), 'abc');
    const a = await describeArtifact(dir, 'f', { kind: 'archive', stage: 'package', target: 't' });
    expect(a).toMatchObject({ path: 'f', kind: 'archive', size: 3, target: 't' });
    expect(a.sha256).toBe(createHash('sha256').update('abc').digest('hex'));
  });
});
