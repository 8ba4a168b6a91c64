/**
 * Format `source`: the release's source tarball, made by the package stage from a real git
 * repository with git archive, checked with tar, gzip and git's own archive.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { DistroError } from '../src/errors.js';
import { memoryLogger } from '../src/log.js';
import { readManifest } from '../src/manifest/index.js';
import { createArtifactStore } from '../src/runner/artifacts.js';
import { packageStage } from '../src/stages/package.js';
import { sbomValidators } from './helpers/sbom-schemas.js';
import { writeSboms } from '../src/sign/sbom.js';
import { releaseAssets } from '../src/stages/publish.js';
import { signStage } from '../src/stages/sign.js';

const root = mkdtempSync(path.join(tmpdir(), 'source-format-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const COMMIT_TIME = 1700000000;
const gitEnv = {
  PATH: process.env.PATH,
  HOME: root,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_AUTHOR_DATE: `@${COMMIT_TIME} +0000`,
  GIT_COMMITTER_DATE: `@${COMMIT_TIME} +0000`,
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();

const CONFIG = `name: demo
formats: [source]
sign: { checksums: [sha256], sbom: none }
`;

/** A repository with files to ship and files marked export-ignore, committed and tagged. */
function repo(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  mkdirSync(path.join(dir, 'tests'), { recursive: true });
  writeFileSync(path.join(dir, 'distro.yml'), CONFIG);
  writeFileSync(path.join(dir, 'README.md'), '# demo\n');
  writeFileSync(path.join(dir, 'src', 'main.c'), 'int main(void) { return 0; }\n');
  writeFileSync(path.join(dir, 'secret.txt'), 'not for release\n');
  writeFileSync(path.join(dir, 'tests', 't.sh'), 'exit 0\n');
  writeFileSync(path.join(dir, '.gitattributes'), 'secret.txt export-ignore\ntests/ export-ignore\n');
  writeFileSync(path.join(dir, '.gitignore'), 'dist/\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'release');
  git(dir, 'tag', 'v1.2.0');
  return dir;
}

function stage(ws: string, extra: { sourceDateEpoch?: number; log?: ReturnType<typeof memoryLogger> } = {}) {
  return packageStage({
    workspace: ws,
    env: { ...gitEnv },
    log: extra.log ?? memoryLogger(),
    store: createArtifactStore({
      DISTRO_ARTIFACTS_DIR: path.join(ws, '..', `${path.basename(ws)}-artifacts`),
    }),
    upload: false,
    version: '1.2.0',
    sourceDateEpoch: extra.sourceDateEpoch ?? COMMIT_TIME,
  });
}

const tarball = (ws: string) => path.join(ws, 'dist', 'demo-1.2.0.tar.gz');

describe('format source', () => {
  let ws: string;
  beforeAll(async () => {
    ws = repo('one');
    await stage(ws);
  });

  it('writes <name>-<version>.tar.gz once, recorded as kind source with its commit', async () => {
    const m = await readManifest(path.join(ws, 'dist'));
    const entries = m!.artifacts.filter((a) => a.kind === 'source');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      path: 'demo-1.2.0.tar.gz',
      format: 'source',
      stage: 'package',
      commit: git(ws, 'rev-parse', 'HEAD'),
    });
    expect(entries[0]!.target).toBeUndefined();
  });

  it('lists every path under demo-1.2.0/, without the export-ignore files; gzip -t passes', () => {
    const list = execFileSync('tar', ['-tzf', tarball(ws)], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(list.every((p) => p.startsWith('demo-1.2.0/'))).toBe(true);
    expect(list).toEqual(
      expect.arrayContaining(['demo-1.2.0/README.md', 'demo-1.2.0/src/main.c', 'demo-1.2.0/distro.yml']),
    );
    expect(list.filter((p) => /secret\.txt|tests\//.test(p))).toEqual([]);
    execFileSync('gzip', ['-t', tarball(ws)]);
    const gz = readFileSync(tarball(ws));
    expect(gz.readUInt32LE(4)).toBe(0); // no time
    expect(gz[3]! & 0x08).toBe(0); // no file name
  });

  it('is the tar git archive writes, byte for byte, when SOURCE_DATE_EPOCH is the commit time', () => {
    const ours = zlib.gunzipSync(readFileSync(tarball(ws)));
    const theirs = execFileSync('git', ['archive', '--format=tar', '--prefix=demo-1.2.0/', 'HEAD'], {
      cwd: ws,
      env: gitEnv,
      maxBuffer: 1 << 26,
    });
    expect(ours.equals(theirs)).toBe(true);
  });

  it('is byte-identical from another clone, and with another SOURCE_DATE_EPOCH holds the same files at that time', async () => {
    const other = path.join(root, 'clone');
    execFileSync('git', ['clone', '-q', ws, other], { env: gitEnv });
    await stage(other);
    expect(readFileSync(tarball(other)).equals(readFileSync(tarball(ws)))).toBe(true);

    const later = path.join(root, 'later');
    execFileSync('git', ['clone', '-q', ws, later], { env: gitEnv });
    await stage(later, { sourceDateEpoch: COMMIT_TIME + 86400 });
    const a = path.join(root, 'x-ours');
    const b = path.join(root, 'x-git');
    mkdirSync(a);
    mkdirSync(b);
    execFileSync('tar', ['-xzf', tarball(later), '-C', a]);
    const archived = path.join(root, 'git.tar');
    execFileSync('git', ['archive', '--format=tar', `--output=${archived}`, '--prefix=demo-1.2.0/', 'HEAD'], {
      cwd: ws,
      env: gitEnv,
    });
    execFileSync('tar', ['-xf', archived, '-C', b]);
    execFileSync('diff', ['-r', a, b]); // same files, same contents
    const verbose = execFileSync('tar', ['--full-time', '-tvzf', tarball(later)], { encoding: 'utf8' });
    expect(verbose).toMatch(/2023-11-15 22:13:20 demo-1\.2\.0\/README\.md/);
    expect(verbose).not.toMatch(/2023-11-14/);
  });

  it('is checksummed by sign-artifacts and attached to the GitHub release', async () => {
    const r = await signStage({
      workspace: ws,
      env: { ...gitEnv },
      log: memoryLogger(),
      store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(root, 'sign-artifacts') }),
      upload: false,
      version: '1.2.0',
    });
    const sum = execFileSync('sha256sum', [tarball(ws)], { encoding: 'utf8' }).split(' ')[0];
    expect(readFileSync(r.checksumsFile, 'utf8')).toContain(`${sum}  demo-1.2.0.tar.gz\n`);
    // and publish-repo's GitHub release attaches it with the checksums
    const m = await readManifest(path.join(ws, 'dist'));
    expect(releaseAssets(m!.artifacts).map((a) => a.path)).toEqual(
      expect.arrayContaining(['demo-1.2.0.tar.gz', 'SHA256SUMS']),
    );
  });

  it('gets an SBOM (valid SPDX 2.3 and CycloneDX) listing its files, as a source package', async () => {
    const m = await readManifest(path.join(ws, 'dist'));
    const sboms = path.join(root, 'sboms');
    mkdirSync(sboms);
    execFileSync('cp', [tarball(ws), sboms]);
    const written = await writeSboms({
      project: { name: 'demo', version: '1.2.0' },
      distDir: sboms,
      artifacts: m!.artifacts.filter((a) => a.kind === 'source'),
      now: COMMIT_TIME,
    });
    expect(written.map((w) => w.path).sort()).toEqual([
      'demo-1.2.0.tar.gz.cdx.json',
      'demo-1.2.0.tar.gz.spdx.json',
    ]);
    const { spdx, cyclonedx } = sbomValidators();
    const doc = JSON.parse(readFileSync(path.join(sboms, 'demo-1.2.0.tar.gz.spdx.json'), 'utf8')) as {
      packages: Array<{ primaryPackagePurpose?: string }>;
      files?: Array<{ fileName: string }>;
    };
    expect(spdx(doc)).toBe(true);
    expect(cyclonedx(JSON.parse(readFileSync(path.join(sboms, 'demo-1.2.0.tar.gz.cdx.json'), 'utf8')))).toBe(
      true,
    );
    expect(doc.packages[0]!.primaryPackagePurpose).toBe('SOURCE');
    expect((doc.files ?? []).map((f) => f.fileName)).toContain('./demo-1.2.0/src/main.c');
  });

  it('warns about uncommitted changes and archives the commit without them', async () => {
    const dirty = path.join(root, 'dirty');
    execFileSync('git', ['clone', '-q', ws, dirty], { env: gitEnv });
    writeFileSync(path.join(dirty, 'README.md'), '# changed\n');
    const log = memoryLogger();
    await stage(dirty, { log });
    expect(log.lines.join('\n')).toMatch(
      /uncommitted changes; the source tarball holds commit [0-9a-f]{12} without them/,
    );
    expect(readFileSync(tarball(dirty)).equals(readFileSync(tarball(ws)))).toBe(true);
  });

  it('outside a git checkout: one error naming formats: source and the fix, nothing written', async () => {
    const plain = path.join(root, 'plain');
    mkdirSync(plain);
    writeFileSync(path.join(plain, 'distro.yml'), CONFIG);
    const err = await stage(plain).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as DistroError).key).toBe('formats');
    expect((err as DistroError).message).toBe(
      `formats: source: ${plain} is not in a git checkout, and the source tarball is \`git archive\` of the checked-out commit; check the repository out with git first (actions/checkout), or remove source from formats.`,
    );
    const dist = path.join(plain, 'dist');
    expect(existsSync(dist) ? readdirSync(dist).filter((f) => f !== 'manifest.json') : []).toEqual([]);
  });
});
