/**
 * Format `oci` (src/formats/oci): multi-platform images written without a container daemon,
 * checked with the real tools from Debian's packages — skopeo (inspect, copy), umoci (unpack),
 * qemu-user (the unpacked aarch64 binary runs) — and a real registry on 127.0.0.1 (Debian's
 * docker-registry, see helpers/oci-registry.ts) for base images. scripts/deps.sh installs
 * skopeo, umoci, docker-registry, apache2-utils, gcc, gcc-aarch64-linux-gnu and qemu-user.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { memoryLogger } from '../src/log.js';
import { describe as describeFile, emptyManifest, writeManifest } from '../src/manifest/index.js';
import { createArtifactStore } from '../src/runner/artifacts.js';
import { packageStage } from '../src/stages/package.js';
import { publishStage } from '../src/stages/publish.js';
import {
  buildImages,
  type BuildImagesOptions,
  checkPush,
  Layout,
  MT,
  type OciFile,
  unpackImage,
  parsePlatform,
  pushLayout,
  releaseTags,
} from '../src/formats/oci/index.js';
import { freePort, startRegistry, type TestRegistry } from './helpers/oci-registry.js';

const CACHE = '/var/cache/distro-actions-tests/oci-hello';
let root: string;
const bins: Record<string, string> = {};

function run(cmd: string, args: string[], opts: { cwd?: string } = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'oci-test-'));
  const src = path.join(root, 'hello.c');
  writeFileSync(
    src,
    '#include <stdio.h>\nint main(int c, char **v) { printf("hello from %s\\n", c > 1 ? v[1] : "oci"); return 0; }\n',
  );
  // Built once into the shared test cache (keyed by the source): other tests install and purge
  // cross compilers while this one runs.
  const cache = path.join(CACHE, createHash('sha256').update(readFileSync(src)).digest('hex').slice(0, 16));
  mkdirSync(cache, { recursive: true });
  for (const [arch, cc] of [
    ['amd64', 'gcc'],
    ['arm64', 'aarch64-linux-gnu-gcc'],
  ] as const) {
    bins[arch] = path.join(root, `hello-${arch}`);
    const cached = path.join(cache, `hello-${arch}`);
    if (!existsSync(cached)) {
      run(cc, ['-static', '-O2', '-o', `${cached}.tmp`, src]);
      renameSync(`${cached}.tmp`, cached);
    }
    copyFileSync(cached, bins[arch]);
  }
  writeFileSync(path.join(root, 'hello.conf'), 'greeting = hi\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function files(arch: string): OciFile[] {
  return [
    {
      path: '/usr/local/bin/hello',
      type: 'file',
      source: bins[arch],
      size: statSync(bins[arch]!).size,
      mode: 0o755,
    },
    {
      path: '/etc/hello/hello.conf',
      type: 'file',
      source: path.join(root, 'hello.conf'),
      size: 14,
      mode: 0o640,
    },
    { path: '/usr/bin/hi', type: 'symlink', linkname: '/usr/local/bin/hello', mode: 0o777 },
  ];
}

const ANNOTATIONS = {
  'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
  'org.opencontainers.image.licenses': 'MIT',
  'org.opencontainers.image.revision': 'abc123',
  'org.opencontainers.image.source': 'https://github.com/example/hello',
  'org.opencontainers.image.version': '1.2.3',
};

function options(dir: string, extra: Partial<BuildImagesOptions> = {}): BuildImagesOptions {
  return {
    layoutDir: path.join(dir, 'layout'),
    tarFile: path.join(dir, 'hello-1.2.3-oci.tar'),
    images: (['amd64', 'arm64'] as const).map((arch) => ({
      platform: parsePlatform(`linux/${arch}`),
      target: arch,
      files: files(arch),
      settings: {
        entrypoint: ['/usr/local/bin/hello'],
        cmd: ['world'],
        env: ['HELLO_MODE=test'],
        user: '65532:65532',
        workdir: '/etc/hello',
        ports: ['8080', '53/udp'],
      },
    })),
    baseKey: 'oci.base',
    annotations: ANNOTATIONS,
    created: 1700000000,
    refName: '1.2.3',
    ...extra,
  };
}

/** For registries whose token server runs in this process: spawnSync would block its answers. */
async function runAsync(cmd: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  return stdout;
}

async function inspectAsync(ref: string, ...flags: string[]): Promise<Record<string, unknown>> {
  return JSON.parse(await runAsync('skopeo', ['inspect', '--tls-verify=false', ...flags, ref])) as Record<
    string,
    unknown
  >;
}

function inspect(ref: string, ...flags: string[]): Record<string, unknown> {
  return JSON.parse(run('skopeo', ['inspect', '--tls-verify=false', ...flags, ref])) as Record<
    string,
    unknown
  >;
}

test('scratch images: layout read by skopeo, unpacked by umoci, the arm64 binary runs under qemu, same digests twice', async () => {
  const a = path.join(root, 'a');
  const built = await buildImages(options(a));
  const layout = `oci:${built.layoutDir}:1.2.3`;

  const index = inspect(layout, '--raw') as {
    mediaType: string;
    manifests: Array<{ mediaType: string; digest: string; platform: object }>;
    annotations: Record<string, string>;
  };
  expect(index.mediaType).toBe(MT.index);
  expect(index.manifests.map((m) => m.platform)).toEqual([
    { architecture: 'amd64', os: 'linux' },
    { architecture: 'arm64', os: 'linux' },
  ]);
  expect(index.manifests.every((m) => m.mediaType === MT.manifest)).toBe(true);
  expect(index.annotations).toEqual(ANNOTATIONS);

  for (const arch of ['amd64', 'arm64']) {
    const man = inspect(layout, '--raw', '--override-arch', arch) as unknown;
    // skopeo --raw gives the index whatever the arch; read the manifest from the layout itself
    expect((man as { manifests: unknown[] }).manifests).toHaveLength(2);
    const config = inspect(layout, '--config', '--override-arch', arch) as {
      architecture: string;
      created: string;
      config: {
        Entrypoint: string[];
        Cmd: string[];
        Env: string[];
        User: string;
        WorkingDir: string;
        ExposedPorts: object;
        Labels: Record<string, string>;
      };
      rootfs: { diff_ids: string[] };
    };
    expect(config.architecture).toBe(arch);
    expect(config.created).toBe('2023-11-14T22:13:20Z');
    expect(config.config.Entrypoint).toEqual(['/usr/local/bin/hello']);
    expect(config.config.Cmd).toEqual(['world']);
    expect(config.config.Env).toContain('HELLO_MODE=test');
    expect(config.config.User).toBe('65532:65532');
    expect(config.config.WorkingDir).toBe('/etc/hello');
    expect(config.config.ExposedPorts).toEqual({ '53/udp': {}, '8080/tcp': {} });
    expect(config.config.Labels).toEqual(ANNOTATIONS);
    expect(config.rootfs.diff_ids).toHaveLength(1);
  }

  // one platform copied out by skopeo, unpacked by umoci: the files, their modes, the symlink
  const single = path.join(root, 'single');
  run('skopeo', ['copy', '--override-arch', 'arm64', layout, `oci:${single}:arm64`]);
  const bundle = path.join(root, 'bundle');
  run('umoci', ['unpack', '--image', `${single}:arm64`, bundle]);
  const rootfs = path.join(bundle, 'rootfs');
  expect(statSync(path.join(rootfs, 'usr/local/bin/hello')).mode & 0o7777).toBe(0o755);
  expect(statSync(path.join(rootfs, 'etc/hello/hello.conf')).mode & 0o7777).toBe(0o640);
  expect(readlinkSync(path.join(rootfs, 'usr/bin/hi'))).toBe('/usr/local/bin/hello');
  expect(readFileSync(path.join(rootfs, 'usr/local/bin/hello'))).toEqual(readFileSync(bins.arm64!));
  expect(run('file', ['-b', path.join(rootfs, 'usr/local/bin/hello')])).toMatch(/ARM aarch64/);
  expect(run('qemu-aarch64', [path.join(rootfs, 'usr/local/bin/hello'), 'qemu'])).toBe('hello from qemu\n');

  // the .tar is a layout skopeo reads as an oci-archive
  const fromTar = inspect(`oci-archive:${path.join(a, 'hello-1.2.3-oci.tar')}:1.2.3`, '--raw') as {
    manifests: unknown[];
  };
  expect(fromTar).toEqual(index);

  // same inputs, same digests and the same bytes
  const b = path.join(root, 'b');
  const again = await buildImages(options(b));
  expect(again.index.digest).toBe(built.index.digest);
  expect(again.manifests.map((m) => m.descriptor.digest)).toEqual(
    built.manifests.map((m) => m.descriptor.digest),
  );
  expect(readFileSync(path.join(b, 'hello-1.2.3-oci.tar'))).toEqual(
    readFileSync(path.join(a, 'hello-1.2.3-oci.tar')),
  );
  // another epoch, another digest: the epoch really is in the image
  const c = await buildImages(options(path.join(root, 'c'), { created: 1700000001 }));
  expect(c.index.digest).not.toBe(built.index.digest);
}, 120_000);

describe('base images from a registry', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry();
    // a small multi-arch base: our own builder writes it, skopeo pushes it into the registry
    const base = path.join(root, 'base');
    await buildImages({
      ...options(base),
      tarFile: undefined,
      images: (['amd64', 'arm64'] as const).map((arch) => ({
        platform: parsePlatform(`linux/${arch}`),
        target: arch,
        files: [
          {
            path: '/bin/base-tool',
            type: 'file',
            source: bins[arch],
            size: statSync(bins[arch]!).size,
            mode: 0o755,
          },
          {
            path: '/etc/os-release',
            type: 'file',
            source: path.join(root, 'hello.conf'),
            size: 14,
            mode: 0o644,
          },
        ],
        settings: { env: ['BASE_VAR=1', 'HELLO_MODE=base'], cmd: ['/bin/base-tool'] },
      })),
      refName: 'base',
    });
    run('skopeo', [
      'copy',
      '--all',
      '--dest-tls-verify=false',
      `oci:${path.join(base, 'layout')}:base`,
      `docker://${reg.host}/test/base:1`,
    ]);
    // and a single-platform one (amd64 only)
    run('skopeo', [
      'copy',
      '--override-arch',
      'amd64',
      '--dest-tls-verify=false',
      `oci:${path.join(base, 'layout')}:base`,
      `docker://${reg.host}/test/amd64-only:1`,
    ]);
  }, 60_000);
  afterAll(() => reg?.stop());

  test('the base layers come first, our layer last; config merged; annotations name the base', async () => {
    const out = path.join(root, 'on-base');
    const built = await buildImages(options(out, { base: `${reg.host}/test/base:1` }));
    const layout = `oci:${built.layoutDir}:1.2.3`;
    const config = inspect(layout, '--config', '--override-arch', 'arm64') as {
      config: { Env: string[]; Cmd?: string[] };
      rootfs: { diff_ids: string[] };
    };
    expect(config.rootfs.diff_ids).toHaveLength(2);
    expect(config.config.Env).toContain('BASE_VAR=1');
    expect(config.config.Env).toContain('HELLO_MODE=test'); // ours overrides the base's
    expect(config.config.Env).not.toContain('HELLO_MODE=base');
    const baseIndex = JSON.parse(
      run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reg.host}/test/base:1`]),
    ) as { manifests: Array<{ digest: string; platform: { architecture: string } }> };
    const m = JSON.parse(
      readFileSync(
        path.join(built.layoutDir, 'blobs/sha256', built.manifests[1]!.descriptor.digest.slice(7)),
        'utf8',
      ),
    ) as { layers: Array<{ mediaType: string }>; annotations: Record<string, string> };
    expect(m.layers.map((l) => l.mediaType)).toEqual([MT.layerGzip, MT.layerGzip]);
    expect(m.annotations['org.opencontainers.image.base.digest']).toBe(
      baseIndex.manifests.find((d) => d.platform.architecture === 'arm64')!.digest,
    );
    expect(m.annotations['org.opencontainers.image.base.name']).toMatch(
      new RegExp(`^${reg.host}/test/base@sha256:[0-9a-f]{64}$`),
    );

    run('skopeo', ['copy', '--override-arch', 'arm64', layout, `oci:${path.join(out, 'one')}:x`]);
    run('umoci', ['unpack', '--image', `${path.join(out, 'one')}:x`, path.join(out, 'bundle')]);
    const rootfs = path.join(out, 'bundle', 'rootfs');
    expect(existsSync(path.join(rootfs, 'bin/base-tool'))).toBe(true);
    expect(run('qemu-aarch64', [path.join(rootfs, 'usr/local/bin/hello')])).toBe('hello from oci\n');
  }, 60_000);

  test('unpacked by our own code (layers in order, whiteouts) as umoci unpacks it; the arm64 binary runs', async () => {
    const out = path.join(root, 'whiteout');
    mkdirSync(out, { recursive: true });
    const empty = path.join(out, 'empty');
    writeFileSync(empty, '');
    // the base has /etc/os-release and /bin/base-tool; this layer deletes the first (a whiteout)
    const opts = options(out, { base: `${reg.host}/test/base:1`, tarFile: undefined });
    for (const img of opts.images)
      img.files.push({ path: '/etc/.wh.os-release', type: 'file', source: empty, size: 0, mode: 0o644 });
    const built = await buildImages(opts);
    const ours = path.join(out, 'ours');
    await unpackImage(new Layout(built.layoutDir), parsePlatform('linux/arm64'), ours);
    run('skopeo', [
      'copy',
      '--override-arch',
      'arm64',
      `oci:${built.layoutDir}:1.2.3`,
      `oci:${path.join(out, 'one')}:x`,
    ]);
    run('umoci', ['unpack', '--image', `${path.join(out, 'one')}:x`, path.join(out, 'bundle')]);
    const listing = (dir: string) =>
      run('find', [dir, '-mindepth', '1', '-printf', '%P %y %m\n']).split('\n').filter(Boolean).sort();
    expect(listing(ours)).toEqual(listing(path.join(out, 'bundle', 'rootfs')));
    expect(existsSync(path.join(ours, 'etc/os-release'))).toBe(false);
    expect(existsSync(path.join(ours, 'bin/base-tool'))).toBe(true);
    expect(run('qemu-aarch64', [path.join(ours, 'usr/local/bin/hello'), 'unpacked'])).toBe(
      'hello from unpacked\n',
    );
  }, 60_000);

  test('pushed to the registry of its base: the base layers are mounted, not uploaded', async () => {
    const built = await buildImages(
      options(path.join(root, 'mount'), { base: `${reg.host}/test/base:1`, tarFile: undefined }),
    );
    const stats: Record<string, number> = {};
    await pushLayout({
      layout: new Layout(built.layoutDir),
      repository: `${reg.host}/test/app`,
      tags: ['1'],
      key: 'oci-repository',
      stats,
    });
    expect(stats.mount).toBe(2); // one base layer per platform
    expect(stats.upload).toBe(4); // our layer and the config of each platform
    expect(reg.log()).toMatch(
      /"POST \/v2\/test\/app\/blobs\/uploads\/\?mount=sha256%3A[0-9a-f]{64}&from=test%2Fbase HTTP\/1.1" 201/,
    );
  }, 60_000);

  test('a base without a platform, a base that is not there, a registry that is not there', async () => {
    const fails = async (base: string, re: RegExp) => {
      const dir = path.join(root, `bad-${Math.random()}`);
      const err = await buildImages(options(dir, { base })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DistroError);
      expect((err as Error).message).toMatch(re);
      // nothing half-written
      expect(existsSync(dir) ? execFileSync('ls', ['-A', dir]).toString() : '').toBe('');
    };
    await fails(
      `${reg.host}/test/amd64-only:1`,
      /oci\.base: the base image .*amd64-only:1 is linux\/amd64 only and has no linux\/arm64 image/,
    );
    await fails(
      `${reg.host}/test/nope:1`,
      /oci\.base: the base image .*test\/nope:1 cannot be pulled: .*no manifest '1' \(HTTP 404\)/,
    );
    const closed = await freePort();
    await fails(
      `127.0.0.1:${closed}/x:1`,
      new RegExp(
        `oci\\.base: the base image 127\\.0\\.0\\.1:${closed}/x:1 cannot be pulled: .*cannot be reached.*ECONNREFUSED`,
      ),
    );
    await fails('Bad Name', /oci\.base: 'Bad Name' is not an image reference/);
  }, 60_000);
});

describe('push to a registry with token auth (the flow of ghcr.io: a token from the realm, GITHUB_TOKEN as the password)', () => {
  let reg: TestRegistry;
  let built: Awaited<ReturnType<typeof buildImages>>;
  const creds = ['--creds', 'x-access-token:ghs_secret'];
  beforeAll(async () => {
    reg = await startRegistry({ kind: 'token', user: '*', pass: 'ghs_secret' });
    built = await buildImages(options(path.join(root, 'push')));
  }, 60_000);
  afterAll(() => reg?.stop());

  const uploads = () => (reg.log().match(/"PUT \/v2\/owner\/hello\/blobs\/uploads\//g) ?? []).length;

  test('index, manifests and blobs pushed; tags; skopeo reads and copies it; a second push uploads nothing', async () => {
    const stats: Record<string, number> = {};
    const tags = releaseTags('v1.2.3');
    expect(tags).toEqual(['1.2.3', '1.2', '1', 'latest']);
    const layout = new Layout(built.layoutDir);
    const pushed = await pushLayout({
      layout,
      repository: `${reg.host}/owner/hello`,
      tags,
      key: 'oci-repository',
      credentials: { token: 'ghs_secret' },
      stats,
    });
    expect(pushed.reference).toBe(`${reg.host}/owner/hello@${built.index.digest}`);
    expect(stats.upload).toBe(4); // two configs, two layers
    expect(uploads()).toBe(4);
    expect(reg.tokenRequests.every((r) => r.ok)).toBe(true);

    for (const t of tags) {
      const raw = await runAsync('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        ...creds,
        `docker://${reg.host}/owner/hello:${t}`,
      ]);
      expect(raw).toBe(
        readFileSync(path.join(built.layoutDir, 'blobs/sha256', built.index.digest.slice(7)), 'utf8'),
      );
    }
    for (const m of built.manifests) {
      const man = (await inspectAsync(
        `docker://${reg.host}/owner/hello@${m.descriptor.digest}`,
        '--raw',
        ...creds,
      )) as { mediaType: string; layers: Array<{ mediaType: string }>; annotations: Record<string, string> };
      expect(man.mediaType).toBe(MT.manifest);
      expect(man.layers.map((l) => l.mediaType)).toEqual([MT.layerGzip]);
      expect(man.annotations['org.opencontainers.image.version']).toBe('1.2.3');
    }
    // registry → dir → another repository of the registry, all platforms
    const dir = path.join(root, 'copied');
    await runAsync('skopeo', [
      'copy',
      '--all',
      '--src-tls-verify=false',
      '--src-creds',
      'x:ghs_secret',
      `docker://${reg.host}/owner/hello:1.2`,
      `dir:${dir}`,
    ]);
    await runAsync('skopeo', [
      'copy',
      '--all',
      '--dest-tls-verify=false',
      '--dest-creds',
      'x:ghs_secret',
      `dir:${dir}`,
      `docker://${reg.host}/owner/copy:1`,
    ]);
    const copied = (await inspectAsync(`docker://${reg.host}/owner/copy:1`, '--raw', ...creds)) as {
      manifests: Array<{ digest: string }>;
    };
    expect(copied.manifests.map((m) => m.digest)).toEqual(built.manifests.map((m) => m.descriptor.digest));

    const again: Record<string, number> = {};
    await pushLayout({
      layout,
      repository: `${reg.host}/owner/hello`,
      tags,
      key: 'oci-repository',
      credentials: { token: 'ghs_secret' },
      stats: again,
    });
    expect(again.upload ?? 0).toBe(0);
    expect(again.manifest ?? 0).toBe(0);
    expect(uploads()).toBe(4);
  }, 120_000);

  test('a refused token names packages: write; an illegal tag is refused before any request', async () => {
    const layout = new Layout(built.layoutDir);
    const err = await pushLayout({
      layout,
      repository: `${reg.host}/owner/hello`,
      tags: ['1.2.3'],
      key: 'oci-repository',
      credentials: { token: 'wrong' },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as Error).message).toMatch(
      /oci-repository: registry .*owner\/hello: the token service .* refused the credentials \(HTTP 401\); .*`permissions: packages: write`/,
    );
    expect((err as Error).message).not.toContain('wrong');
    const before = reg.tokenRequests.length;
    const bad = await pushLayout({
      layout,
      repository: `${reg.host}/owner/hello`,
      tags: ['1.2.3', '-bad'],
      key: 'oci-repository',
      credentials: { token: 'ghs_secret' },
    }).catch((e: unknown) => e);
    expect((bad as Error).message).toMatch(/oci-repository \(tag\): '-bad' is not a legal OCI tag/);
    expect(reg.tokenRequests.length).toBe(before);
    expect(() => checkPush(`${reg.host}/owner/hello:1`, ['1'], 'oci-repository')).toThrow(
      /give the repository only/,
    );
  }, 60_000);
});

test('release tags: stable, pre-release, nightly channel', () => {
  expect(releaseTags('2.0.1')).toEqual(['2.0.1', '2.0', '2', 'latest']);
  expect(releaseTags('1.2.3-rc.1')).toEqual(['1.2.3-rc.1']);
  expect(releaseTags('1.2.4-dev.4+gabc1234', 'nightly')).toEqual(['1.2.4-dev.4_gabc1234', 'nightly']);
});

describe('the package stage with formats: [oci]', () => {
  async function project(name: string, oci: string): Promise<string> {
    const ws = path.join(root, name);
    const dist = path.join(ws, 'dist');
    const m = emptyManifest({ name: 'hello', version: '1.2.3' });
    for (const [arch, triple] of [
      ['amd64', 'x86_64-unknown-linux-gnu'],
      ['arm64', 'aarch64-unknown-linux-gnu'],
    ] as const) {
      mkdirSync(path.join(dist, 'build', triple), { recursive: true });
      copyFileSync(bins[arch]!, path.join(dist, 'build', triple, 'hello'));
      chmodSync(path.join(dist, 'build', triple, 'hello'), 0o755);
      m.artifacts.push(
        await describeFile(dist, `build/${triple}/hello`, {
          kind: 'binary',
          stage: 'build',
          target: triple,
          os: 'linux',
          arch,
          name: 'hello',
        }),
      );
    }
    await writeManifest(dist, m);
    writeFileSync(path.join(ws, 'hello.conf'), 'greeting = hi\n');
    writeFileSync(
      path.join(ws, 'distro.yml'),
      `name: hello\nlicense: MIT\ndescription: Says hello.\nformats: [oci]\ncontents:\n  - { src: hello.conf, dst: /etc/hello/hello.conf }\n  - { src: hello.conf, dst: /etc/only-deb.conf, packager: deb }\n${oci}`,
    );
    return ws;
  }
  const stage = (ws: string) =>
    packageStage({
      workspace: ws,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_REPOSITORY: 'example/hello',
        GITHUB_SHA: 'f'.repeat(40),
      },
      log: memoryLogger(),
      store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(ws, 'artifacts') }),
      upload: false,
      version: '1.2.3',
      sourceDateEpoch: 1700000000,
    });

  test('one image index over both targets, recorded as kind oci; binaries and contents in the image', async () => {
    const ws = await project('stage', 'oci:\n  env: { HELLO: "1" }\n  ports: [8080]\n  user: "65532"\n');
    const r = await stage(ws);
    expect(r.packages).toEqual(['hello-1.2.3-oci.tar']);
    const art = r.artifacts[0]!;
    expect(art).toMatchObject({
      kind: 'oci',
      format: 'oci',
      stage: 'package',
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    const archive = `oci-archive:${path.join(ws, 'dist', 'hello-1.2.3-oci.tar')}:1.2.3`;
    const index = inspect(archive, '--raw') as {
      manifests: Array<{ digest: string }>;
      annotations: Record<string, string>;
    };
    expect(index.annotations).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/example/hello',
      'org.opencontainers.image.revision': 'f'.repeat(40),
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
    });
    expect((art as { digest?: string }).digest).toMatch(/^sha256:/);
    const config = inspect(archive, '--config', '--override-arch', 'arm64') as {
      config: { Entrypoint: string[]; User: string; Env: string[]; ExposedPorts: object };
    };
    expect(config.config).toMatchObject({
      Entrypoint: ['/usr/local/bin/hello'],
      User: '65532',
      ExposedPorts: { '8080/tcp': {} },
    });
    expect(config.config.Env).toContain('HELLO=1');
    const one = path.join(ws, 'one');
    run('skopeo', ['copy', '--override-arch', 'arm64', archive, `oci:${one}:x`]);
    run('umoci', ['unpack', '--image', `${one}:x`, path.join(ws, 'bundle')]);
    const rootfs = path.join(ws, 'bundle', 'rootfs');
    expect(readFileSync(path.join(rootfs, 'etc/hello/hello.conf'), 'utf8')).toBe('greeting = hi\n');
    expect(existsSync(path.join(rootfs, 'etc/only-deb.conf'))).toBe(false);
    expect(run('qemu-aarch64', [path.join(rootfs, 'usr/local/bin/hello')])).toBe('hello from oci\n');
    // the same project packaged again: the same tar
    const ws2 = await project('stage2', 'oci:\n  env: { HELLO: "1" }\n  ports: [8080]\n  user: "65532"\n');
    const r2 = await stage(ws2);
    expect(r2.artifacts[0]!.sha256).toBe(art.sha256);
  }, 120_000);

  test('an unknown oci key, a bad port: errors naming the key before any file is written', async () => {
    const ws = await project('bad', 'oci:\n  entrypont: [x]\n');
    await expect(stage(ws)).rejects.toThrow(/oci.*unknown key.*did you mean 'entrypoint'/s);
    const ws2 = await project('bad2', 'oci:\n  ports: [http]\n');
    await expect(stage(ws2)).rejects.toThrow(/oci\.ports: 'http' is not a port/);
    expect(existsSync(path.join(ws2, 'dist', 'hello-1.2.3-oci.tar'))).toBe(false);
  }, 60_000);

  test('publish-repo pushes the image to a registry with basic auth (oci-username/oci-password); a re-run uploads nothing', async () => {
    const reg = await startRegistry({ kind: 'htpasswd', user: 'bot', pass: 'hunter2' });
    try {
      const ws = await project('publish', `oci:\n  repository: ${reg.host}/example/hello\n`);
      await stage(ws);
      const publish = () =>
        publishStage({
          workspace: ws,
          env: { PATH: process.env.PATH, HOME: process.env.HOME },
          log: memoryLogger(),
          store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(ws, 'artifacts') }),
          upload: false,
          version: '1.2.3',
          oci: { username: 'bot', password: 'hunter2' },
        });
      const r = await publish();
      expect(r.ociImage).toMatch(new RegExp(`^${reg.host}/example/hello@sha256:[0-9a-f]{64}$`));
      const uploads = () => (reg.log().match(/"PUT \/v2\/example\/hello\/blobs\/uploads\//g) ?? []).length;
      expect(uploads()).toBe(4);
      for (const tag of ['1.2.3', '1.2', '1', 'latest']) {
        const raw = run('skopeo', [
          'inspect',
          '--raw',
          '--tls-verify=false',
          '--creds',
          'bot:hunter2',
          `docker://${reg.host}/example/hello:${tag}`,
        ]);
        expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(r.ociImage.split('@')[1]);
      }
      const again = await publish();
      expect(again.ociImage).toBe(r.ociImage);
      expect(uploads()).toBe(4);
      // wrong password: refused, naming what is needed
      const bad = await publishStage({
        workspace: ws,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
        log: memoryLogger(),
        store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(ws, 'artifacts') }),
        upload: false,
        version: '1.2.3',
        oci: { username: 'bot', password: 'nope' },
      }).catch((e: unknown) => e);
      expect((bad as Error).message).toMatch(
        /oci\.repository: registry .*example\/hello: the registry answered 401.*packages: write/,
      );
    } finally {
      await reg.stop();
    }
  }, 120_000);
});
