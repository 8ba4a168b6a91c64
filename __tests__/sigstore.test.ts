/**
 * Keyless Sigstore bundles (src/sign/sigstore.ts) and build provenance (src/sign/attest.ts) against
 * the sigstore project's own mock services — @sigstore/mock's Fulcio (with CT log), Rekor and
 * timestamp authority — served on 127.0.0.1 by helpers/sigstore-mock.ts, which also stands in for
 * the GitHub runner's OIDC token endpoint and GitHub's attestations API (request bodies checked
 * against @octokit/openapi's description). Bundles are checked with @sigstore/verify against the
 * mock's trusted root, digests with sha256sum, certificates and timestamps with openssl.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { DistroError } from '../src/errors.js';
import { githubIdToken, signWithSigstore, verifySigstoreBundle } from '../src/sign/sigstore.js';
import { MOCK_PATHS, startSigstoreMock, type SigstoreMock } from './helpers/sigstore-mock.js';

for (const tool of ['sha256sum', 'openssl'])
  if (spawnSync(tool, ['--version']).error)
    throw new Error(`sigstore tests need ${tool} (see scripts/deps.sh)`);

let mock: SigstoreMock;
const root = mkdtempSync(path.join(tmpdir(), 'sigstore-test-'));
let n = 0;
/** A fresh directory with a 3 MiB binary and a small text artifact. */
function artifacts(): { dir: string; files: string[] } {
  const dir = path.join(root, `case-${++n}`);
  execFileSync('mkdir', ['-p', dir]);
  const bin = path.join(dir, 'hello_1.2.3_amd64.deb');
  const txt = path.join(dir, 'hello-1.2.3.tar.gz');
  writeFileSync(bin, randomBytes(3 * 1024 * 1024));
  writeFileSync(txt, `hello ${n}\n`);
  return { dir, files: [bin, txt] };
}

const sha256sum = (file: string) => execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]!;
const readBundle = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as SerializedBundle;
/** @sigstore/verify as a user of it would call it: the artifact in memory, the mock's trusted root. */
function libraryVerify(
  bundleFile: string,
  artifact?: Buffer,
  identity = mock.claims.sub as string,
  issuer = mock.issuer,
) {
  const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(mock.trustedRoot)));
  return verifier.verify(toSignedEntity(bundleFromJSON(readBundle(bundleFile)), artifact), {
    subjectAlternativeName: identity,
    extensions: { issuer },
  });
}
const endpoints = () => ({ fulcioUrl: mock.url, rekorUrl: mock.url, tsaUrl: mock.url });
const countRequests = (p: string) => mock.requests.filter((r) => r.path.startsWith(p)).length;

beforeAll(async () => {
  mock = await startSigstoreMock();
});
afterAll(async () => {
  await mock.close();
  rmSync(root, { recursive: true, force: true });
});

describe('signWithSigstore', () => {
  let dir: string;
  let files: string[];
  let bundles: string[];
  const before = { fulcio: 0, rekor: 0, tsa: 0 };

  beforeAll(async () => {
    ({ dir, files } = artifacts());
    before.fulcio = countRequests(MOCK_PATHS.fulcio);
    before.rekor = countRequests(MOCK_PATHS.rekor);
    before.tsa = countRequests(MOCK_PATHS.tsa);
    bundles = await signWithSigstore(files, { identityToken: mock.token(), ...endpoints() });
  });

  test('writes <artifact>.sigstore.json for each artifact, one certificate for the run', () => {
    expect(bundles).toEqual(files.map((f) => f + '.sigstore.json'));
    expect(readdirSync(dir).sort()).toEqual([
      'hello-1.2.3.tar.gz',
      'hello-1.2.3.tar.gz.sigstore.json',
      'hello_1.2.3_amd64.deb',
      'hello_1.2.3_amd64.deb.sigstore.json',
    ]);
    expect(countRequests(MOCK_PATHS.fulcio) - before.fulcio).toBe(1);
    expect(countRequests(MOCK_PATHS.rekor) - before.rekor).toBe(2);
    expect(countRequests(MOCK_PATHS.tsa) - before.tsa).toBe(2);
  });

  test('@sigstore/verify accepts each bundle for the workflow identity and issuer', async () => {
    for (const [i, file] of files.entries()) {
      const signer = libraryVerify(bundles[i]!, readFileSync(file));
      expect(signer.identity?.subjectAlternativeName).toBe(mock.claims.sub);
      expect(signer.identity?.extensions?.issuer).toBe(mock.issuer);
      const ours = await verifySigstoreBundle(file, bundles[i]!, {
        trustedRoot: mock.trustedRoot,
        identity: {
          subjectAlternativeName: /^https:\/\/github\.com\/octo-org\/hello\//,
          issuer: mock.issuer,
        },
      });
      expect(ours).toEqual({ subjectAlternativeName: mock.claims.sub, issuer: mock.issuer });
    }
  });

  test('the bundle JSON has the media type and fields of the v0.3 spec', () => {
    const file = files[0]!;
    const b = readBundle(bundles[0]!) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(b.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(Object.keys(b).sort()).toEqual(['mediaType', 'messageSignature', 'verificationMaterial']);
    const hex = sha256sum(file);
    expect(b.messageSignature.messageDigest).toEqual({
      algorithm: 'SHA2_256',
      digest: Buffer.from(hex, 'hex').toString('base64'),
    });
    // v0.3: one leaf certificate, not a chain
    expect(Object.keys(b.verificationMaterial).sort()).toEqual([
      'certificate',
      'timestampVerificationData',
      'tlogEntries',
    ]);
    const pem = path.join(dir, 'leaf.pem');
    writeFileSync(
      pem,
      `-----BEGIN CERTIFICATE-----\n${b.verificationMaterial.certificate.rawBytes}\n-----END CERTIFICATE-----\n`,
    );
    const text = execFileSync('openssl', ['x509', '-in', pem, '-noout', '-text'], { encoding: 'utf8' });
    expect(text).toContain(`URI:${String(mock.claims.sub)}`);
    expect(text).toMatch(/Code Signing/);
    expect(text).toContain(mock.issuer); // Fulcio's OIDC issuer extension
    // the Rekor entry: a hashedrekord over the same digest
    expect(b.verificationMaterial.tlogEntries).toHaveLength(1);
    const entry = b.verificationMaterial.tlogEntries[0];
    expect(entry.kindVersion).toEqual({ kind: 'hashedrekord', version: '0.0.1' });
    expect(entry.inclusionPromise.signedEntryTimestamp).toBeTruthy();
    expect(entry.inclusionProof.checkpoint.envelope).toContain('127.0.0.1');
    const body = JSON.parse(Buffer.from(entry.canonicalizedBody, 'base64').toString('utf8'));
    expect(body.spec.data.hash).toEqual({ algorithm: 'sha256', value: hex });
    expect(body.spec.signature.content).toBe(b.messageSignature.signature);
    // the RFC 3161 timestamp covers the signature: openssl checks it against the mock TSA's chain
    const stamps = b.verificationMaterial.timestampVerificationData.rfc3161Timestamps;
    expect(stamps).toHaveLength(1);
    const tsa = (mock.trustedRoot.timestampAuthorities as any[])[0].certChain.certificates; // eslint-disable-line @typescript-eslint/no-explicit-any
    const toPem = (raw: string) => `-----BEGIN CERTIFICATE-----\n${raw}\n-----END CERTIFICATE-----\n`;
    writeFileSync(path.join(dir, 'tsa-int.pem'), toPem(tsa[0].rawBytes));
    writeFileSync(path.join(dir, 'tsa-root.pem'), toPem(tsa[1].rawBytes));
    writeFileSync(path.join(dir, 'reply.der'), Buffer.from(stamps[0].signedTimestamp, 'base64')); // a TimeStampResp
    writeFileSync(path.join(dir, 'sig.bin'), Buffer.from(b.messageSignature.signature, 'base64'));
    const tsArgs = (data: string) => [
      'ts', '-verify', '-in', path.join(dir, 'reply.der'), '-data', data,
      '-CAfile', path.join(dir, 'tsa-root.pem'), '-untrusted', path.join(dir, 'tsa-int.pem'),
    ]; // prettier-ignore
    const ok = spawnSync('openssl', tsArgs(path.join(dir, 'sig.bin')), { encoding: 'utf8' });
    expect(ok.stdout + ok.stderr).toContain('Verification: OK');
    const other = spawnSync('openssl', tsArgs(pem), { encoding: 'utf8' });
    expect(other.status).not.toBe(0);
  });

  test('a flipped byte in the artifact fails verification', async () => {
    const file = files[0]!;
    const tampered = path.join(dir, 'tampered.deb');
    copyFileSync(file, tampered);
    const bytes = readFileSync(tampered);
    bytes[bytes.length >> 1]! ^= 0x01;
    writeFileSync(tampered, bytes);
    expect(() => libraryVerify(bundles[0]!, bytes)).toThrow(/signature/i);
    await expect(
      verifySigstoreBundle(tampered, bundles[0]!, {
        trustedRoot: mock.trustedRoot,
        identity: { subjectAlternativeName: mock.claims.sub as string, issuer: mock.issuer },
      }),
    ).rejects.toThrow(/does not verify tampered\.deb/);
  });

  test('a tampered bundle or another identity fails verification', async () => {
    const b = readBundle(bundles[1]!) as unknown as { messageSignature: { signature: string } };
    const sig = Buffer.from(b.messageSignature.signature, 'base64');
    sig[sig.length - 2]! ^= 0x01;
    b.messageSignature.signature = sig.toString('base64');
    const bad = path.join(dir, 'bad.sigstore.json');
    writeFileSync(bad, JSON.stringify(b));
    expect(() => libraryVerify(bad, readFileSync(files[1]!))).toThrow();
    const identity = { subjectAlternativeName: mock.claims.sub as string, issuer: mock.issuer };
    await expect(
      verifySigstoreBundle(files[1]!, bad, { trustedRoot: mock.trustedRoot, identity }),
    ).rejects.toThrow(DistroError);
    const other = 'https://github.com/evil/hello/.github/workflows/release.yml@refs/tags/v1.2.3';
    expect(() => libraryVerify(bundles[1]!, readFileSync(files[1]!), other)).toThrow(/identity|subject|SAN/i);
    await expect(
      verifySigstoreBundle(files[1]!, bundles[1]!, {
        trustedRoot: mock.trustedRoot,
        identity: { ...identity, issuer: 'https://accounts.example.com' },
      }),
    ).rejects.toThrow(/does not verify/);
  });

  test("gets one token from the runner's OIDC endpoint (audience sigstore); no TSA when tsaUrl is ''", async () => {
    const { files: more } = artifacts();
    const getToken = githubIdToken(mock.idTokenRequest);
    expect(getToken).toBeDefined();
    const tokensBefore = countRequests('/token');
    const tsaBefore = countRequests(MOCK_PATHS.tsa);
    const written = await signWithSigstore(more, { getToken, ...endpoints(), tsaUrl: '' });
    expect(countRequests('/token') - tokensBefore).toBe(1);
    const tokenRequest = mock.requests.filter((r) => r.path.startsWith('/token')).at(-1)!;
    expect(new URL(tokenRequest.path, mock.url).searchParams.get('audience')).toBe('sigstore');
    expect(countRequests(MOCK_PATHS.tsa)).toBe(tsaBefore);
    for (const [i, bundle] of written.entries()) {
      // protobuf JSON leaves an empty list out
      expect(
        readBundle(bundle).verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [],
      ).toEqual([]);
      // the Rekor entry's integrated time is the one timestamp
      expect(libraryVerify(bundle, readFileSync(more[i]!)).identity?.subjectAlternativeName).toBe(
        mock.claims.sub,
      );
    }
  });
});

describe('signWithSigstore errors', () => {
  const expectError = async (p: Promise<unknown>, ...parts: (string | RegExp)[]) => {
    const e = await p.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(DistroError);
    for (const part of parts) expect((e as Error).message).toMatch(part);
    return e as DistroError;
  };

  test('no token (not on GitHub, or no id-token permission): one error naming the input and the permission', async () => {
    const { dir, files } = artifacts();
    expect(githubIdToken({ url: undefined, token: undefined })).toBeUndefined();
    const fulcioBefore = countRequests(MOCK_PATHS.fulcio);
    const e = await expectError(
      signWithSigstore(files, { getToken: githubIdToken({}), ...endpoints() }),
      'input: sigstore',
      'id-token: write',
    );
    expect(e.key).toBe('input: sigstore');
    expect(countRequests(MOCK_PATHS.fulcio)).toBe(fulcioBefore);
    expect(readdirSync(dir).filter((f) => f.endsWith('.sigstore.json'))).toEqual([]);
  });

  test('the runner refusing a token names the permission', async () => {
    const { files } = artifacts();
    const getToken = githubIdToken({ url: mock.idTokenRequest.url, token: 'wrong' });
    await expectError(signWithSigstore(files, { getToken, ...endpoints() }), 'HTTP 401', 'id-token: write');
  });

  test('a token that is not a JWT is reported without quoting it', async () => {
    const { files } = artifacts();
    const e = await expectError(
      signWithSigstore(files, { identityToken: 'not-a-jwt-s3cret', ...endpoints() }),
      'not a JWT',
    );
    expect(e.message).not.toContain('s3cret');
  });

  test.each([
    ['Fulcio', MOCK_PATHS.fulcio],
    ['Rekor', MOCK_PATHS.rekor],
    ['the timestamp authority', MOCK_PATHS.tsa],
  ])('%s failing: the error names it and its URL, and no bundle is left behind', async (name, p) => {
    const { dir, files } = artifacts();
    mock.failNext(p, 400, `mock ${name} refuses`);
    const e = await expectError(
      signWithSigstore(files, { identityToken: mock.token(), ...endpoints() }),
      `${name} at ${mock.url} failed`,
      'HTTP 400',
    );
    expect(e.key).toBe('input: sigstore');
    expect(readdirSync(dir).filter((f) => f.includes('.sigstore.json'))).toEqual([]);
  });
});

describe('attestBuildProvenance', () => {
  const saved = { ...process.env };
  const options = (distDir: string) => ({
    distDir,
    artifacts: ['hello_1.2.3_amd64.deb', 'hello-1.2.3.tar.gz'],
    name: 'hello-1.2.3',
    githubToken: 'gh-token',
    serverUrl: 'https://github.com',
    repository: 'octo-org/hello',
    sigstore: 'public-good' as const,
    issuer: mock.issuer,
  });

  let attest: typeof import('../src/sign/attest.js');

  beforeAll(async () => {
    // what the runner gives a job with `permissions: id-token: write`
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = mock.idTokenRequest.url;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = mock.idTokenRequest.token;
    process.env.GITHUB_SERVER_URL = 'https://github.com';
    process.env.GITHUB_REPOSITORY = 'octo-org/hello';
    process.env.GITHUB_API_URL = mock.url;
    // @actions/github reads GITHUB_API_URL when it is loaded: load it (through attest.ts) now
    attest = await import('../src/sign/attest.js');
  });
  afterAll(() => {
    process.env = saved;
  });

  test('stores the attestation through the API and writes a bundle that verifies', async () => {
    const { dir, files } = artifacts();
    mock.interceptPublicGood();
    const res = await attest.attestBuildProvenance(options(dir));
    expect(res.bundlePath).toBe(path.join(dir, 'hello-1.2.3.intoto.jsonl'));
    expect(mock.attestations).toHaveLength(1);
    const stored = mock.attestations[0]!;
    expect([stored.owner, stored.repo]).toEqual(['octo-org', 'hello']);
    expect(res.attestationId).toBe(String(stored.id));
    expect(res.attestationUrl).toBe(`https://github.com/octo-org/hello/attestations/${stored.id}`);
    const lines = readFileSync(res.bundlePath, 'utf8').split('\n');
    expect(lines).toHaveLength(2); // one bundle, one line
    expect(JSON.parse(lines[0]!)).toEqual(stored.body.bundle);

    const signer = libraryVerify(res.bundlePath);
    expect(signer.identity?.subjectAlternativeName).toBe(mock.claims.sub);
    const b = readBundle(res.bundlePath) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(b.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(b.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    const statement = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8'));
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.predicateType).toBe(attest.SLSA_PROVENANCE_V1);
    expect(statement.subject).toEqual([
      { name: 'hello_1.2.3_amd64.deb', digest: { sha256: sha256sum(files[0]!) } },
      { name: 'hello-1.2.3.tar.gz', digest: { sha256: sha256sum(files[1]!) } },
    ]);
    const claims = mock.claims;
    expect(statement.predicate.buildDefinition.buildType).toBe(
      'https://actions.github.io/buildtypes/workflow/v1',
    );
    expect(statement.predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: claims.ref,
      repository: `https://github.com/${String(claims.repository)}`,
      path: '.github/workflows/release.yml',
    });
    expect(statement.predicate.buildDefinition.resolvedDependencies[0].digest).toEqual({
      gitCommit: claims.sha,
    });
    expect(statement.predicate.runDetails.builder.id).toBe(
      `https://github.com/${String(claims.job_workflow_ref)}`,
    );

    // our verifier: the bundle attests the .deb, and not a file that is not a subject
    const identity = { subjectAlternativeName: mock.claims.sub as string, issuer: mock.issuer };
    const ours = await verifySigstoreBundle(files[0]!, res.bundlePath, {
      trustedRoot: mock.trustedRoot,
      identity,
    });
    expect(ours.statement?.predicateType).toBe(attest.SLSA_PROVENANCE_V1);
    const stranger = path.join(dir, 'stranger.bin');
    writeFileSync(stranger, 'not attested\n');
    await expect(
      verifySigstoreBundle(stranger, res.bundlePath, { trustedRoot: mock.trustedRoot, identity }),
    ).rejects.toThrow(/no subject with the file's sha256/);
    // a changed statement (another digest) breaks the DSSE signature
    const forged = {
      ...statement,
      subject: [{ name: 'stranger.bin', digest: { sha256: sha256sum(stranger) } }],
    };
    b.dsseEnvelope.payload = Buffer.from(JSON.stringify(forged)).toString('base64');
    const forgedPath = path.join(dir, 'forged.intoto.jsonl');
    writeFileSync(forgedPath, JSON.stringify(b) + '\n');
    expect(() => libraryVerify(forgedPath)).toThrow();
    await expect(
      verifySigstoreBundle(stranger, forgedPath, { trustedRoot: mock.trustedRoot, identity }),
    ).rejects.toThrow(/does not verify/);
  });

  test('the permissions it needs, and the error when the job lacks them', async () => {
    expect(attest.PROVENANCE_PERMISSIONS).toEqual({
      'id-token': 'write',
      attestations: 'write',
      contents: 'read',
    });
    expect(() => attest.checkProvenanceEnvironment({ GITHUB_REPOSITORY: 'octo-org/hello' })).toThrow(
      /input: provenance: .*ACTIONS_ID_TOKEN_REQUEST_URL, ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set.*id-token: write, attestations: write, contents: read/,
    );
    expect(() => attest.checkProvenanceEnvironment(process.env)).not.toThrow();
    const { dir } = artifacts();
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    try {
      await expect(attest.attestBuildProvenance(options(dir))).rejects.toThrow(
        /input: provenance: could not get the job's OIDC token.*id-token: write/,
      );
    } finally {
      process.env.ACTIONS_ID_TOKEN_REQUEST_URL = mock.idTokenRequest.url;
    }
    expect(existsSync(path.join(dir, 'hello-1.2.3.intoto.jsonl'))).toBe(false);
  });

  test('a pushed container image is a subject too: its repository and index digest', async () => {
    const { dir, files } = artifacts();
    mock.interceptPublicGood();
    const digest = `sha256:${'ab'.repeat(32)}`;
    const res = await attest.attestBuildProvenance({
      ...options(dir),
      images: [{ name: 'ghcr.io/octo-org/hello', digest }],
    });
    expect(res.subjects.at(-1)).toEqual({
      name: 'ghcr.io/octo-org/hello',
      digest: { sha256: 'ab'.repeat(32) },
    });
    const b = readBundle(res.bundlePath) as unknown as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8')) as {
      subject: unknown[];
    };
    expect(statement.subject).toEqual([
      { name: 'hello_1.2.3_amd64.deb', digest: { sha256: sha256sum(files[0]!) } },
      { name: 'hello-1.2.3.tar.gz', digest: { sha256: sha256sum(files[1]!) } },
      { name: 'ghcr.io/octo-org/hello', digest: { sha256: 'ab'.repeat(32) } },
    ]);
    expect(libraryVerify(res.bundlePath).identity?.subjectAlternativeName).toBe(mock.claims.sub);
  });

  test('the attestations API refusing the token: a clear error and no bundle file', async () => {
    const { dir } = artifacts();
    mock.interceptPublicGood();
    const stored = mock.attestations.length;
    await expect(
      attest.attestBuildProvenance({ ...options(dir), githubToken: 'wrong-token' }),
    ).rejects.toThrow(
      /attestations API for octo-org\/hello refused the attestation.*Bad credentials.*attestations: write/,
    );
    expect(mock.attestations).toHaveLength(stored);
    expect(readdirSync(dir).filter((f) => f.includes('intoto'))).toEqual([]);
  });
});
