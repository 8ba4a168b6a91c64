/**
 * sign-artifacts `oci-image` (src/formats/oci/attach.ts, src/sign/oci.ts): a pushed image index
 * signed keylessly and its SPDX SBOMs attached. The fallback (cosign's tags) runs against a real
 * registry — Debian's docker-registry (distribution 2.8, which has no referrers API) behind token
 * auth as ghcr.io, see helpers/oci-registry.ts — read back with skopeo; the signatures come from
 * @sigstore/mock's Fulcio, Rekor and TSA (helpers/sigstore-mock.ts) and are checked against the
 * mock's CA with node's crypto. The OCI 1.1 referrers path runs against a small registry served
 * here (no registry in Debian bookworm speaks the referrers API), speaking that part of the
 * distribution spec; its bundle is verified with @sigstore/verify.
 */
import { execFile } from 'node:child_process';
import { createHash, createPublicKey, verify, X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { DistroError } from '../src/errors.js';
import {
  buildImages,
  chooseScheme,
  cosignTag,
  Layout,
  parsePlatform,
  pushLayout,
  SIGSTORE_BUNDLE,
  SIMPLE_SIGNING,
  SPDX_JSON,
  type ImageManifest,
} from '../src/formats/oci/index.js';
import { memoryLogger } from '../src/log.js';
import { describe as describeFile, emptyManifest, writeManifest } from '../src/manifest/index.js';
import { createArtifactStore } from '../src/runner/artifacts.js';
import { signOciImage } from '../src/sign/oci.js';
import { signStage } from '../src/stages/sign.js';
import { sbomValidators } from './helpers/sbom-schemas.js';
import { makeWorkspace, runAction } from './helpers/runner.js';
import { freePort, startRegistry, type TestRegistry } from './helpers/oci-registry.js';
import { startSigstoreMock, type SigstoreMock } from './helpers/sigstore-mock.js';

let root: string;
let mock: SigstoreMock;

/** For registries whose token server runs in this process: spawnSync would block its answers. */
async function runAsync(cmd: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  return stdout;
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const sigstore = () => ({
  identityToken: mock.token(),
  fulcioUrl: mock.url,
  rekorUrl: mock.url,
  tsaUrl: mock.url,
});

/** A one-platform image index, built and pushed; returns `repo@digest`. */
async function pushImage(repository: string, credentials: { token: string } | undefined): Promise<string> {
  const dir = mkdtempSync(path.join(root, 'image-'));
  writeFileSync(path.join(dir, 'hello'), '#!/bin/sh\necho hello\n');
  const built = await buildImages({
    layoutDir: path.join(dir, 'layout'),
    images: [
      {
        platform: parsePlatform('linux/amd64'),
        target: 'x86_64-unknown-linux-gnu',
        files: [
          {
            path: '/usr/local/bin/hello',
            type: 'file',
            source: path.join(dir, 'hello'),
            size: 21,
            mode: 0o755,
          },
        ],
        settings: { entrypoint: ['/usr/local/bin/hello'] },
      },
    ],
    baseKey: 'oci.base',
    annotations: {},
    created: 1700000000,
    refName: '1.2.3',
  });
  const pushed = await pushLayout({
    layout: new Layout(built.layoutDir),
    repository,
    tags: ['1.2.3'],
    key: 'oci-repository',
    credentials,
  });
  return pushed.reference;
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'oci-sign-test-'));
  mock = await startSigstoreMock();
});
afterAll(async () => {
  await mock?.close();
  rmSync(root, { recursive: true, force: true });
});

/** A project whose dist holds one packaged archive (as package-format leaves it). */
async function workspace(name: string): Promise<string> {
  const ws = path.join(root, name);
  const dist = path.join(ws, 'dist');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src', 'hello'), '#!/bin/sh\necho hello\n');
  mkdirSync(dist, { recursive: true });
  await runAsync('tar', [
    '-czf',
    path.join(dist, 'hello-1.2.3-linux-amd64.tar.gz'),
    '-C',
    path.join(ws, 'src'),
    'hello',
  ]);
  const m = emptyManifest({ name: 'hello', version: '1.2.3' });
  m.artifacts.push(
    await describeFile(dist, 'hello-1.2.3-linux-amd64.tar.gz', {
      kind: 'archive',
      stage: 'package',
      os: 'linux',
      arch: 'amd64',
    }),
  );
  await writeManifest(dist, m);
  writeFileSync(path.join(ws, 'distro.yml'), 'name: hello\nlicense: MIT\ndescription: Says hello.\n');
  return ws;
}

/** The mock Fulcio's root: the CA the signing certificates must chain to. */
function fulcioRoot(): X509Certificate {
  const ca = (
    mock.trustedRoot.certificateAuthorities as Array<{
      certChain: { certificates: Array<{ rawBytes: string }> };
    }>
  )[0]!;
  return new X509Certificate(Buffer.from(ca.certChain.certificates.at(-1)!.rawBytes, 'base64'));
}

describe("sign-artifacts oci-image on a registry without the referrers API: cosign's tags", () => {
  let reg: TestRegistry;
  let ws: string;
  const creds = ['--creds', 'x-access-token:ghs_secret'];
  beforeAll(async () => {
    reg = await startRegistry({ kind: 'token', user: '*', pass: 'ghs_secret' });
    ws = await workspace('ws');
  }, 60_000);
  afterAll(() => reg?.stop());

  const sign = (image: string, password: string, extra: object = {}, at = ws) =>
    signStage({
      workspace: at,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, SOURCE_DATE_EPOCH: '1700000000' },
      log: memoryLogger(),
      store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(ws, 'artifacts') }),
      upload: false,
      version: '1.2.3',
      checksums: ['sha256'],
      sbom: ['spdx'],
      sigstore: sigstore(),
      ociImage: image,
      ociCredentials: { password },
      ...extra,
    });
  /** `skopeo copy` of a tag to a directory: its manifest and blobs by hex digest. */
  async function copyOut(
    ref: string,
    name: string,
  ): Promise<{ manifest: ImageManifest; raw: string; blob(d: string): Buffer }> {
    const out = path.join(root, name);
    rmSync(out, { recursive: true, force: true });
    await runAsync('skopeo', [
      'copy',
      '--src-tls-verify=false',
      ...creds.map((c, i) => (i === 0 ? '--src-creds' : c)),
      `docker://${ref}`,
      `dir:${out}`,
    ]);
    const raw = await runAsync('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      ...creds,
      `docker://${ref}`,
    ]);
    return {
      manifest: JSON.parse(raw) as ImageManifest,
      raw,
      blob: (d) => readFileSync(path.join(out, d.replace('sha256:', ''))),
    };
  }

  test('the signature under sha256-<hex>.sig names the index and verifies against its certificate; the SPDX SBOM under .sbom; a re-run changes nothing', async () => {
    const image = await pushImage(`${reg.host}/owner/hello`, { token: 'ghs_secret' });
    const digest = image.split('@')[1]!;
    const r = await sign(image, 'ghs_secret');
    const sigRef = `${reg.host}/owner/hello:${cosignTag(digest, 'sig')}`;
    expect(r.ociSignature).toBe(sigRef);
    expect(cosignTag(digest, 'sig')).toBe(`sha256-${digest.slice(7)}.sig`);

    const sig = await copyOut(sigRef, 'sig');
    expect(sig.manifest.layers).toHaveLength(1);
    const layer = sig.manifest.layers[0]!;
    expect(layer.mediaType).toBe(SIMPLE_SIGNING);
    const payload = sig.blob(layer.digest);
    const doc = JSON.parse(payload.toString()) as { critical: Record<string, Record<string, string>> };
    expect(doc.critical.image!['docker-manifest-digest']).toBe(digest);
    expect(doc.critical.identity!['docker-reference']).toBe(`${reg.host}/owner/hello`);
    expect(doc.critical.type).toBe('cosign container image signature');
    // the signature over the payload verifies with the certificate's key; the certificate is the
    // mock Fulcio's, for the workflow's identity
    const a = layer.annotations!;
    const cert = new X509Certificate(a['dev.sigstore.cosign/certificate']!);
    expect(cert.verify(fulcioRoot().publicKey)).toBe(true);
    expect(cert.subjectAltName).toContain(mock.claims.sub as string);
    const signature = Buffer.from(a['dev.cosignproject.cosign/signature']!, 'base64');
    expect(
      verify(
        'sha256',
        payload,
        createPublicKey(cert.publicKey.export({ format: 'pem', type: 'spki' })),
        signature,
      ),
    ).toBe(true);
    expect(verify('sha256', Buffer.concat([payload, Buffer.from(' ')]), cert.publicKey, signature)).toBe(
      false,
    );
    // cosign's rekor bundle: the logged entry is of this payload's hash and this signature
    const rekor = JSON.parse(a['dev.sigstore.cosign/bundle']!) as {
      Payload: { body: string; logIndex: number };
    };
    const body = JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString()) as {
      spec: { data: { hash: { value: string } }; signature: { content: string } };
    };
    expect(body.spec.data.hash.value).toBe(sha256(payload));
    expect(Buffer.from(body.spec.signature.content, 'base64')).toEqual(signature);
    expect(typeof rekor.Payload.logIndex).toBe('number');

    // the SBOM: the SPDX document this run wrote, byte for byte, valid against the SPDX schema
    const sbom = await copyOut(`${reg.host}/owner/hello:${cosignTag(digest, 'sbom')}`, 'sbom');
    expect(sbom.manifest.layers.map((l) => l.mediaType)).toEqual(['text/spdx+json']);
    const spdx = sbom.blob(sbom.manifest.layers[0]!.digest);
    expect(spdx).toEqual(readFileSync(path.join(ws, 'dist', 'hello-1.2.3-linux-amd64.tar.gz.spdx.json')));
    const validate = sbomValidators().spdx;
    expect({ ok: validate(JSON.parse(spdx.toString())), errors: validate.errors }).toEqual({
      ok: true,
      errors: null,
    });

    // a re-run: the signature is found and left as it is; the SBOM manifest is the same bytes
    const again = await sign(image, 'ghs_secret');
    expect(again.ociSignature).toBe(sigRef);
    expect((await copyOut(sigRef, 'sig2')).raw).toBe(sig.raw);
    expect((await copyOut(`${reg.host}/owner/hello:${cosignTag(digest, 'sbom')}`, 'sbom2')).raw).toBe(
      sbom.raw,
    );
  }, 120_000);

  test('a refused token names packages: write and leaves dist as it was; bad oci-image input fails before any work', async () => {
    const image = await pushImage(`${reg.host}/owner/other`, { token: 'ghs_secret' });
    const fresh = await workspace('refused');
    const dist = path.join(fresh, 'dist');
    const before = readdirSync(dist).sort();
    const manifest = readFileSync(path.join(dist, 'manifest.json'));
    const err = await sign(image, 'wrong', {}, fresh).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as Error).message).toMatch(
      /input: oci-image: registry .*owner\/other: .*\(HTTP 401\).*`permissions: packages: write`/,
    );
    expect((err as Error).message).not.toContain('wrong');
    expect(readdirSync(dist).sort()).toEqual(before);
    expect(readFileSync(path.join(dist, 'manifest.json'))).toEqual(manifest);

    const fulcioBefore = mock.requests.length;
    const noDigest = await sign(`${reg.host}/owner/other:1.2.3`, 'ghs_secret', {}, fresh).catch(
      (e: unknown) => e,
    );
    expect(String(noDigest)).toMatch(
      /input: oci-image: .* names no digest; pass publish-repo's output oci-image/,
    );
    const noSigstore = await sign(image, 'ghs_secret', { sigstore: undefined }, fresh).catch(
      (e: unknown) => e,
    );
    expect(String(noSigstore)).toMatch(/input: oci-image: .*set 'sigstore: true'/);
    expect(mock.requests.length).toBe(fulcioBefore);
    expect(readdirSync(dist).sort()).toEqual(before);
  }, 120_000);
});

/**
 * The part of the distribution spec a registry with the referrers API speaks (OCI 1.1): blobs,
 * manifests by tag and digest, and `GET /v2/<name>/referrers/<digest>` listing manifests whose
 * `subject` is that digest. In memory; the requests are recorded.
 */
async function referrersRegistry(): Promise<{
  host: string;
  server: Server;
  manifests: Map<string, Buffer>;
  blobs: Map<string, Buffer>;
}> {
  const blobs = new Map<string, Buffer>();
  const manifests = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const body = Buffer.concat(chunks);
      const m = /^\/v2\/(.+?)\/(blobs|manifests|referrers)\/(.+)$/.exec(url.pathname);
      if (url.pathname.endsWith('/blobs/uploads/') && req.method === 'POST')
        return res.writeHead(202, { location: '/upload/1' }).end();
      if (url.pathname === '/upload/1' && req.method === 'PUT') {
        blobs.set(url.searchParams.get('digest')!, body);
        return res.writeHead(201).end();
      }
      if (!m) return res.writeHead(404).end();
      const [, , kind, ref] = m;
      if (kind === 'referrers') {
        const list = [...new Set(manifests.values())]
          .map((b) => ({ b, j: JSON.parse(b.toString()) as ImageManifest }))
          .filter((x) => x.j.subject?.digest === ref)
          .map((x) => ({
            mediaType: x.j.mediaType,
            digest: `sha256:${sha256(x.b)}`,
            size: x.b.length,
            artifactType: x.j.artifactType,
          }));
        const index = JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: list,
        });
        return res.writeHead(200, { 'content-type': 'application/vnd.oci.image.index.v1+json' }).end(index);
      }
      const store = kind === 'blobs' ? blobs : manifests;
      if (req.method === 'PUT') {
        store.set(ref!, body);
        store.set(`sha256:${sha256(body)}`, body);
        return res.writeHead(201).end();
      }
      const have = store.get(ref!);
      if (!have) return res.writeHead(404).end();
      const type =
        kind === 'manifests'
          ? (JSON.parse(have.toString()) as { mediaType: string }).mediaType
          : 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'docker-content-digest': `sha256:${sha256(have)}`,
        'content-length': have.length,
      });
      res.end(req.method === 'HEAD' ? undefined : have);
    });
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { host: `127.0.0.1:${port}`, server, manifests, blobs };
}

describe('a registry with the referrers API (OCI 1.1)', () => {
  test('the referrers path is taken only when the registry answers with an index', () => {
    expect(chooseScheme([])).toBe('referrers');
    expect(chooseScheme(undefined)).toBe('tag');
  });

  test('signature and SBOM are manifests whose subject is the index; the bundle verifies with @sigstore/verify; a re-run signs nothing', async () => {
    const reg = await referrersRegistry();
    try {
      const image = await pushImage(`${reg.host}/owner/hello`, undefined);
      const digest = image.split('@')[1]!;
      const spdxFile = path.join(root, 'image.spdx.json');
      writeFileSync(spdxFile, '{"spdxVersion":"SPDX-2.3"}');
      const o = { image, sigstore: sigstore(), sboms: [spdxFile], tempParent: root };
      const r = await signOciImage(o);
      expect(r.scheme).toBe('referrers');
      expect(r.signed).toBe(true);
      const index = reg.manifests.get(digest)!;
      const sig = JSON.parse(reg.manifests.get(r.signature.split('@')[1]!)!.toString()) as ImageManifest;
      expect(sig.artifactType).toBe(SIGSTORE_BUNDLE);
      expect(sig.subject).toEqual({
        mediaType: 'application/vnd.oci.image.index.v1+json',
        digest,
        size: index.length,
      });
      expect(sig.config.mediaType).toBe('application/vnd.oci.empty.v1+json');
      expect(sig.layers.map((l) => l.mediaType)).toEqual([SIGSTORE_BUNDLE, SIMPLE_SIGNING]);
      const payload = reg.blobs.get(sig.layers[1]!.digest)!;
      expect(JSON.parse(payload.toString()).critical.image['docker-manifest-digest']).toBe(digest);
      const bundle = JSON.parse(reg.blobs.get(sig.layers[0]!.digest)!.toString()) as SerializedBundle;
      const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(mock.trustedRoot)));
      const policy = {
        subjectAlternativeName: mock.claims.sub as string,
        extensions: { issuer: mock.issuer },
      };
      expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle), payload), policy)).not.toThrow();
      expect(() =>
        verifier.verify(toSignedEntity(bundleFromJSON(bundle), Buffer.from('{}')), policy),
      ).toThrow();
      const sbom = JSON.parse(reg.manifests.get(r.sbom!.split('@')[1]!)!.toString()) as ImageManifest;
      expect(sbom.artifactType).toBe(SPDX_JSON);
      expect(sbom.subject?.digest).toBe(digest);
      expect(reg.blobs.get(sbom.layers[0]!.digest)!.toString()).toBe('{"spdxVersion":"SPDX-2.3"}');

      const count = reg.manifests.size;
      const again = await signOciImage({ ...o, sigstore: sigstore() });
      expect(again).toEqual({ ...r, signed: false });
      expect(reg.manifests.size).toBe(count);
    } finally {
      await new Promise((res) => reg.server.close(res));
    }
  }, 60_000);
});

test('the bundled sign-artifacts and root actions read oci-image (runner protocol): a reference without digest is one error naming it', () => {
  const dirs = makeWorkspace('hello-c');
  for (const action of ['sign-artifacts', 'distro']) {
    const r = runAction(
      action,
      { 'oci-image': 'ghcr.io/owner/hello:1.2.3', sigstore: 'true', stages: 'sign' },
      dirs,
    );
    expect(r.status).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/input: oci-image: 'ghcr.io\/owner\/hello:1.2.3' names no digest/);
  }
}, 300_000);
