/**
 * The sigstore project's own mock services (`@sigstore/mock`: a Fulcio CA with a CT log, a Rekor
 * transparency log and an RFC 3161 timestamp authority) served over HTTP on 127.0.0.1, with what a
 * GitHub runner adds around them:
 *
 * - an OIDC issuer (discovery document, JWKS) that signs real ES256 tokens with GitHub's claims,
 *   and the runner's token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN, `?audience=`);
 * - GitHub's `POST /repos/{owner}/{repo}/attestations`, checking each request body against the
 *   OpenAPI description in @octokit/openapi;
 * - `trustedRoot`: a Sigstore trusted_root.json for the mock CA, logs and TSA;
 * - `interceptPublicGood()`: the same mock Fulcio and Rekor at https://fulcio.sigstore.dev and
 *   https://rekor.sigstore.dev (through @sigstore/mock's own nock adapter), for @actions/attest,
 *   whose Sigstore endpoints are fixed.
 */
import { createHash, generateKeyPairSync, sign as cryptoSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';
import type { Handler } from '@sigstore/mock/dist/shared.types.js';
import { mock as nockMock } from '@sigstore/mock/dist/mock.js';
import { Ajv } from 'ajv';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const PUBLIC_GOOD = { fulcio: 'https://fulcio.sigstore.dev', rekor: 'https://rekor.sigstore.dev' };
/** The paths of the mock services, for `failNext`. */
export const MOCK_PATHS = {
  fulcio: '/api/v2/signingCert',
  rekor: '/api/v1/log/entries',
  tsa: '/api/v1/timestamp',
};
/** Start of validity of every authority in the trusted root. */
const VALID_FROM = '2020-01-01T00:00:00Z';

/** One request the server answered. */
export interface MockRequest {
  method: string;
  path: string;
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A stored attestation: the request body GitHub's API received. */
export interface StoredAttestation {
  owner: string;
  repo: string;
  id: number;
  body: { bundle: Record<string, unknown> };
}

export interface SigstoreMock {
  /** Base URL of the server; also the base URL of its Fulcio, Rekor and TSA. */
  url: string;
  /** The OIDC issuer URL (`iss` of its tokens). */
  issuer: string;
  /** The runner's token endpoint, as ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN would give it. */
  idTokenRequest: { url: string; token: string };
  /** trusted_root.json for the mock CA, CT log, transparency logs and TSA. */
  trustedRoot: Record<string, unknown>;
  /** A signed OIDC token with GitHub's claims (overridable); audience `sigstore` by default. */
  token(claims?: Record<string, unknown>, audience?: string): string;
  /** The claims of `token()` before overrides. */
  claims: Record<string, unknown>;
  /** Every request so far. */
  requests: MockRequest[];
  /** Attestations stored through the GitHub API. */
  attestations: StoredAttestation[];
  /** The next request to `path` is answered with `status` and `body`. */
  failNext(path: string, status: number, body: string): void;
  /** Routes https://fulcio.sigstore.dev and https://rekor.sigstore.dev to the mocks (one request each). */
  interceptPublicGood(): void;
  close(): Promise<void>;
}

const b64 = (b: ArrayBufferView) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/** GitHub's claims for a release workflow of octo-org/hello on tag v1.2.3. */
function githubClaims(issuer: string): Record<string, unknown> {
  const repository = 'octo-org/hello';
  const workflow = `${repository}/.github/workflows/release.yml@refs/tags/v1.2.3`;
  return {
    iss: issuer,
    // Fulcio puts the subject into the certificate's SAN; the real one derives it from job_workflow_ref
    sub: `https://github.com/${workflow}`,
    ref: 'refs/tags/v1.2.3',
    sha: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
    repository,
    repository_id: '123456',
    repository_owner: 'octo-org',
    repository_owner_id: '654321',
    repository_visibility: 'public',
    event_name: 'push',
    workflow: 'release',
    workflow_ref: workflow,
    workflow_sha: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
    job_workflow_ref: workflow,
    job_workflow_sha: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
    runner_environment: 'github-hosted',
    run_id: '42',
    run_attempt: '1',
  };
}

/** The JSON schema of the request body of `POST /repos/{owner}/{repo}/attestations`. */
function attestationRequestSchema(): object {
  const api = JSON.parse(
    readFileSync(path.join(ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json'), 'utf8'),
  ) as {
    paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: object }> } }>>;
  };
  return api.paths['/repos/{owner}/{repo}/attestations']!.post!.requestBody.content['application/json']!
    .schema;
}

/**
 * Rekor stores a `dsse` entry in a canonical form (the envelope's and payload's SHA-256 and the
 * signatures with their verifiers), not as proposed; @sigstore/mock's log keeps the proposed entry,
 * which verifiers reject, so the proposal is canonicalized first, as Rekor's dsse v0.0.1 type does.
 */
function canonicalRekor(handler: Handler): Handler {
  const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
  return {
    path: handler.path,
    fn: (body) => {
      const entry = JSON.parse(body) as {
        kind: string;
        spec: { proposedContent?: { envelope: string; verifiers: string[] } };
      };
      const proposed = entry.spec.proposedContent;
      if (entry.kind !== 'dsse' || !proposed) return handler.fn(body);
      const envelope = JSON.parse(proposed.envelope) as {
        payload: string;
        signatures: Array<{ sig: string }>;
      };
      const spec = {
        envelopeHash: { algorithm: 'sha256', value: sha256(proposed.envelope) },
        payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
        signatures: envelope.signatures.map((s, i) => ({
          signature: s.sig,
          verifier: proposed.verifiers[i],
        })),
      };
      return handler.fn(JSON.stringify({ ...entry, spec }));
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the mock services on 127.0.0.1 (random port). */
export async function startSigstoreMock(): Promise<SigstoreMock> {
  const keys = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const ctlog = await initializeCTLog(keys());
  const ca = await initializeCA(keys(), ctlog);
  // @sigstore/core reads a timestamp's fraction of a second only as 3 digits, the mock TSA (asn1js)
  // writes 1 to 3 (.12 for 120 ms): its clock is set to the current whole second before each stamp
  const tsaClock = new Date();
  const tsa = await initializeTSA(keys(), tsaClock);
  const tlogKeys = keys();
  const oidcKeys = keys();
  const validateRequest = new Ajv({ strict: false }).compile(attestationRequestSchema());

  const requests: MockRequest[] = [];
  const attestations: StoredAttestation[] = [];
  const failures = new Map<string, { status: number; body: string }>();
  let url = '';
  const handlers = new Map<string, HandlerFn>();

  const token = (overrides: Record<string, unknown> = {}, audience = 'sigstore'): string => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      ...githubClaims(url),
      aud: audience,
      iat: now,
      nbf: now - 5,
      exp: now + 600,
      ...overrides,
    };
    const signingInput = `${b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: 'mock' }))}.${b64url(JSON.stringify(claims))}`;
    const sig = cryptoSign('sha256', Buffer.from(signingInput), {
      key: oidcKeys.privateKey,
      dsaEncoding: 'ieee-p1363',
    });
    return `${signingInput}.${b64url(sig)}`;
  };

  const route = async (
    req: IncomingMessage,
    body: string,
  ): Promise<[number, string | Uint8Array, string]> => {
    const u = new URL(req.url ?? '/', url);
    const json = (status: number, v: unknown): [number, string, string] => [
      status,
      JSON.stringify(v),
      'application/json',
    ];
    const failure = failures.get(u.pathname);
    if (failure) {
      failures.delete(u.pathname);
      return [failure.status, failure.body, 'text/plain'];
    }
    const handler = req.method === 'POST' ? handlers.get(u.pathname) : undefined;
    if (handler) {
      const r = await handler(body);
      return [r.statusCode, r.response as string | Uint8Array, r.contentType ?? 'text/plain'];
    }
    if (req.method === 'GET' && u.pathname === '/token') {
      if (req.headers.authorization !== 'Bearer runner-request-token')
        return json(401, { message: 'bad token' });
      return json(200, { value: token({}, u.searchParams.get('audience') ?? url) });
    }
    if (req.method === 'GET' && u.pathname === '/.well-known/openid-configuration')
      return json(200, { issuer: url, jwks_uri: `${url}/jwks` });
    if (req.method === 'GET' && u.pathname === '/jwks')
      return json(200, {
        keys: [{ ...oidcKeys.publicKey.export({ format: 'jwk' }), kid: 'mock', alg: 'ES256', use: 'sig' }],
      });
    const m = /^\/repos\/([^/]+)\/([^/]+)\/attestations$/.exec(u.pathname);
    if (req.method === 'POST' && m) {
      if (!/^(token|Bearer) gh-token$/.test(req.headers.authorization ?? ''))
        return json(401, { message: 'Bad credentials' });
      const parsed = JSON.parse(body) as StoredAttestation['body'];
      if (!validateRequest(parsed))
        return json(422, { message: 'Validation Failed', errors: validateRequest.errors });
      const id = attestations.length + 1001;
      attestations.push({ owner: m[1]!, repo: m[2]!, id, body: parsed });
      return json(201, { id });
    }
    return json(404, { message: 'Not Found' });
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void readBody(req)
      .then(async (body) => {
        const [status, payload, type] = await route(req, body);
        requests.push({ method: req.method ?? '', path: req.url ?? '', status, headers: req.headers, body });
        res.writeHead(status, { 'Content-Type': type });
        res.end(payload);
      })
      .catch((e: unknown) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(e));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const localTlog = await initializeTLog(url, tlogKeys);
  const publicTlog = await initializeTLog(PUBLIC_GOOD.rekor, tlogKeys);
  const fulcio = fulcioHandler(ca);
  handlers.set(fulcio.path, fulcio.fn);
  const rekor = canonicalRekor(rekorHandler(localTlog));
  handlers.set(rekor.path, rekor.fn);
  const timestamp = tsaHandler(tsa);
  handlers.set(timestamp.path, (body) => {
    const now = Date.now();
    tsaClock.setTime(now - (now % 1000));
    return timestamp.fn(body);
  });

  const tlogKeyDer = tlogKeys.publicKey.export({ format: 'der', type: 'spki' });
  const tlog = (baseUrl: string) => ({
    baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: {
      rawBytes: b64(tlogKeyDer),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor: { start: VALID_FROM },
    },
    logId: { keyId: b64(createHash('sha256').update(tlogKeyDer).digest()) },
  });
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [tlog(url), tlog(PUBLIC_GOOD.rekor)],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: url,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start: VALID_FROM },
      },
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctfe.sigstore.mock',
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: b64(ctlog.publicKey),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: { start: VALID_FROM },
        },
        logId: { keyId: b64(ctlog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: url,
        certChain: {
          certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }],
        },
        validFor: { start: VALID_FROM },
      },
    ],
  };

  return {
    url,
    issuer: url,
    idTokenRequest: { url: `${url}/token?api-version=2.0`, token: 'runner-request-token' },
    trustedRoot,
    token,
    claims: githubClaims(url),
    requests,
    attestations,
    failNext: (p, status, body) => failures.set(p, { status, body }),
    interceptPublicGood: () => {
      nockMock(PUBLIC_GOOD.fulcio, fulcio);
      nockMock(PUBLIC_GOOD.rekor, canonicalRekor(rekorHandler(publicTlog)));
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
