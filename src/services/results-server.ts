/**
 * A local stand-in for GitHub's "results" service, so the real @actions/artifact (and
 * @actions/cache) clients can run off GitHub: `distro rehearse` passes files between jobs through
 * it, and the tests drive the bundles through it.
 *
 * What it speaks, on 127.0.0.1:
 * - Twirp JSON services at `<url>/twirp/<package.Service>/<Method>` (the clients take only the
 *   origin of ACTIONS_RESULTS_URL), authenticated by the runtime token's HMAC-signed JWT. The
 *   token's `scp` claim carries `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`,
 *   which is where the clients read the ids they send; a request naming another run is refused.
 * - The Azure Blob REST calls the clients send to the signed URLs the services hand out
 *   (`<url>/blobs/<container>/<blob>?se=…&sp=…&sig=…`): Put Blob, Put Block, Put Block List,
 *   Get Blob (with Range / x-ms-range) and Get Blob Properties (HEAD). The signature is an HMAC
 *   over permission, expiry, container and blob; expired or altered URLs get 403.
 *
 * Use:
 * ```ts
 * const server = await startResultsServer({ dir });          // dir holds the blobs
 * const job = { runId: '7', job: 'build' };
 * env.ACTIONS_RESULTS_URL = server.url + '/';
 * env.ACTIONS_RUNTIME_TOKEN = server.token(job);              // one token per job of a run
 * server.artifacts.list(server.ids(job).runBackendId);        // what the run uploaded
 * await server.close();
 * ```
 * A service is a name plus method handlers (`TwirpService`), built by a `ServiceFactory` from
 * the shared host (blob store, URL signing); add one to `DEFAULT_SERVICES` or pass `services`.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { ArtifactService } from './artifact-service.js';
import { BlobError, BlobStore } from './blob-store.js';

/** Twirp error codes and the HTTP status each is sent with (twirp spec v7). */
const TWIRP_STATUS = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500,
  unimplemented: 501,
} as const;
export type TwirpCode = keyof typeof TWIRP_STATUS;

export class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    message: string,
  ) {
    super(message);
  }
}

/** The run and job a request's token was issued for (the backend ids of the JWT scope). */
export interface JobClaims {
  runBackendId: string;
  jobBackendId: string;
}

export type TwirpHandler = (req: Record<string, unknown>, claims: JobClaims) => unknown;

export interface TwirpService {
  /** Fully qualified, e.g. `github.actions.results.api.v1.ArtifactService`. */
  readonly name: string;
  readonly methods: Record<string, TwirpHandler>;
}

/** What every service shares: one blob store, one URL signer. */
export interface ServiceHost {
  readonly blobs: BlobStore;
  /** A URL the blob endpoint accepts until `ttlSeconds` from now: `r` read, `w` write. */
  signUrl(container: string, blob: string, permission: 'r' | 'w', ttlSeconds?: number): string;
}

export type ServiceFactory = (host: ServiceHost) => TwirpService;

/** A job of a run, as the caller names it; the backend ids are derived from it. */
export interface JobIdentity {
  runId: string;
  job: string;
}

export interface ResultsServer {
  /** `http://127.0.0.1:<port>`, for ACTIONS_RESULTS_URL. */
  readonly url: string;
  readonly blobs: BlobStore;
  /** The artifact service, for inspection (what a run holds). */
  readonly artifacts: ArtifactService;
  /** Every request answered: method, path without query, status. */
  readonly log: { method: string; path: string; status: number }[];
  /** An ACTIONS_RUNTIME_TOKEN for one job of one run (valid one day). */
  token(job: JobIdentity): string;
  /** The backend ids the token of `job` carries. */
  ids(job: JobIdentity): JobClaims;
  /** Signs a blob URL, as the services do (tests and callers that hand out their own URLs). */
  signUrl: ServiceHost['signUrl'];
  /** Hosts one more Twirp service on this server. */
  addService(factory: ServiceFactory): TwirpService;
  close(): Promise<void>;
}

export interface ResultsServerOptions {
  /** Where blobs are kept (created if missing). */
  dir: string;
  /** Extra services beside the artifact service. */
  services?: ServiceFactory[];
  /** Default 0: any free port. */
  port?: number;
}

const MAX_TWIRP_BODY = 4 * 1024 * 1024;

export async function startResultsServer(opts: ResultsServerOptions): Promise<ResultsServer> {
  await mkdir(opts.dir, { recursive: true });
  const secret = randomBytes(32);
  const blobs = new BlobStore(opts.dir);
  const services = new Map<string, TwirpService>();
  const log: ResultsServer['log'] = [];
  let origin = '';

  const host: ServiceHost = {
    blobs,
    signUrl(container, blob, permission, ttlSeconds = 6 * 3600) {
      const se = new Date(Date.now() + ttlSeconds * 1000).toISOString();
      const sig = sign(secret, `${permission}\n${se}\n${container}\n${blob}`);
      const q = new URLSearchParams({ sv: '2023-11-03', se, sp: permission, sig });
      return `${origin}/blobs/${encodeURIComponent(container)}/${blob.split('/').map(encodeURIComponent).join('/')}?${q}`;
    },
  };
  const addService = (factory: ServiceFactory): TwirpService => {
    const svc = factory(host);
    services.set(svc.name, svc);
    return svc;
  };
  const artifacts = new ArtifactService(host);
  services.set(artifacts.name, artifacts);
  (opts.services ?? []).forEach(addService);

  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    res.on('finish', () => log.push({ method: req.method ?? '', path: urlPath, status: res.statusCode }));
    const handle = urlPath.startsWith('/twirp/')
      ? handleTwirp(req, res, urlPath, services, secret)
      : urlPath.startsWith('/blobs/')
        ? handleBlob(req, res, secret, blobs)
        : Promise.resolve(void res.writeHead(404).end());
    handle.catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const ids = (job: JobIdentity): JobClaims => ({
    runBackendId: uuidFrom(`run\0${job.runId}`),
    jobBackendId: uuidFrom(`job\0${job.runId}\0${job.job}`),
  });
  return {
    url: origin,
    blobs,
    artifacts,
    log,
    ids,
    addService,
    signUrl: host.signUrl,
    token(job) {
      const { runBackendId, jobBackendId } = ids(job);
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        scp: `Actions.GenericRead:${runBackendId} Actions.Results:${runBackendId}:${jobBackendId}`,
        iat: now,
        exp: now + 86400,
      };
      const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
      const body = b64url(JSON.stringify(claims));
      return `${head}.${body}.${sign(secret, `${head}.${body}`)}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function b64url(s: string | Buffer): string {
  return Buffer.from(s).toString('base64url');
}

function sign(secret: Buffer, data: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

function sameSig(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A stable UUID-shaped id (GitHub's backend ids are UUIDs; the client splits the scope on ':'). */
function uuidFrom(s: string): string {
  const h = createHash('sha256').update(s).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The job a bearer token was issued for, or a Twirp `unauthenticated` error. */
function verifyToken(auth: string | undefined, secret: Buffer): JobClaims {
  const m = /^Bearer (.+)\.(.+)\.(.+)$/.exec(auth ?? '');
  if (!m || !sameSig(m[3], sign(secret, `${m[1]}.${m[2]}`))) {
    throw new TwirpError('unauthenticated', 'missing or invalid runtime token');
  }
  const claims = JSON.parse(Buffer.from(m[2], 'base64url').toString()) as { scp?: string; exp?: number };
  if (!claims.exp || claims.exp * 1000 < Date.now())
    throw new TwirpError('unauthenticated', 'runtime token expired');
  const scope = (claims.scp ?? '').split(' ').find((s) => s.startsWith('Actions.Results:'));
  const [, runBackendId, jobBackendId] = (scope ?? '').split(':');
  if (!runBackendId || !jobBackendId)
    throw new TwirpError('unauthenticated', 'token has no Actions.Results scope');
  return { runBackendId, jobBackendId };
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > limit) throw new TwirpError('invalid_argument', 'request body too large');
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}

function sendTwirpError(res: ServerResponse, code: TwirpCode, msg: string): void {
  res.writeHead(TWIRP_STATUS[code], { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code, msg }));
}

async function handleTwirp(
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
  services: Map<string, TwirpService>,
  secret: Buffer,
): Promise<void> {
  const [, , serviceName, method] = urlPath.split('/');
  const handler = services.get(serviceName)?.methods[method];
  try {
    if (req.method !== 'POST' || !handler)
      throw new TwirpError('bad_route', `no handler for ${req.method} ${urlPath}`);
    if (!/^application\/json/.test(req.headers['content-type'] ?? '')) {
      throw new TwirpError(
        'bad_route',
        'this server speaks Twirp JSON only (Content-Type: application/json)',
      );
    }
    const claims = verifyToken(req.headers.authorization, secret);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse((await readBody(req, MAX_TWIRP_BODY)).toString('utf8') || '{}') as Record<
        string,
        unknown
      >;
    } catch (e) {
      if (e instanceof TwirpError) throw e;
      throw new TwirpError('malformed', 'request body is not JSON');
    }
    const out = await handler(body, claims);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(out));
  } catch (e) {
    if (e instanceof TwirpError) sendTwirpError(res, e.code, e.message);
    else sendTwirpError(res, 'internal', e instanceof Error ? e.message : String(e));
  }
}

function azureHeaders(extra: Record<string, string | number> = {}): Record<string, string | number> {
  return {
    'x-ms-request-id': randomBytes(16).toString('hex'),
    'x-ms-version': '2023-11-03',
    date: new Date().toUTCString(),
    ...extra,
  };
}

function sendBlobError(res: ServerResponse, status: number, code: string, message: string): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`;
  res.writeHead(status, azureHeaders({ 'content-type': 'application/xml', 'x-ms-error-code': code }));
  res.end(xml);
}

function escapeXml(s: string): string {
  return s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c);
}

/** The container and blob of a signed URL, once its signature, expiry and permission check out. */
function authorizeBlob(url: URL, method: string, secret: Buffer): { container: string; blob: string } {
  const parts = url.pathname.split('/').slice(2).map(decodeURIComponent);
  const container = parts[0] ?? '';
  const blob = parts.slice(1).join('/');
  const q = url.searchParams;
  const perm = q.get('sp') ?? '';
  const se = q.get('se') ?? '';
  const ok =
    !!container &&
    !!blob &&
    sameSig(q.get('sig') ?? '', sign(secret, `${perm}\n${se}\n${container}\n${blob}`));
  if (!ok) throw new BlobError(403, 'AuthenticationFailed', 'signature does not match');
  if (!(Date.parse(se) > Date.now())) throw new BlobError(403, 'AuthenticationFailed', 'signed URL expired');
  const need = method === 'PUT' ? 'w' : 'r';
  if (!perm.includes(need))
    throw new BlobError(403, 'AuthorizationPermissionMismatch', `URL does not allow ${method}`);
  return { container, blob };
}

async function handleBlob(
  req: IncomingMessage,
  res: ServerResponse,
  secret: Buffer,
  blobs: BlobStore,
): Promise<void> {
  try {
    const url = new URL(req.url ?? '/', 'http://x');
    const { container, blob } = authorizeBlob(url, req.method ?? '', secret);
    const comp = url.searchParams.get('comp');
    const contentType = req.headers['x-ms-blob-content-type'] as string | undefined;
    if (req.method === 'PUT' && comp === 'block') {
      await blobs.stageBlock(container, blob, url.searchParams.get('blockid') ?? '', req);
      res.writeHead(201, azureHeaders({ 'x-ms-request-server-encrypted': 'true' })).end();
    } else if (req.method === 'PUT' && comp === 'blocklist') {
      const xml = (await readBody(req, MAX_TWIRP_BODY)).toString('utf8');
      const ids = [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2]);
      const info = await blobs.commitBlocks(container, blob, ids, contentType);
      res
        .writeHead(201, azureHeaders({ etag: info.etag, 'last-modified': info.lastModified.toUTCString() }))
        .end();
    } else if (req.method === 'PUT' && !comp) {
      const info = await blobs.put(container, blob, req, contentType);
      res
        .writeHead(201, azureHeaders({ etag: info.etag, 'last-modified': info.lastModified.toUTCString() }))
        .end();
    } else if ((req.method === 'GET' || req.method === 'HEAD') && !comp) {
      await sendBlob(req, res, blobs, container, blob);
    } else {
      throw new BlobError(
        400,
        'UnsupportedHttpVerb',
        `${req.method} comp=${comp ?? ''} is not supported here`,
      );
    }
  } catch (e) {
    if (e instanceof BlobError) sendBlobError(res, e.status, e.code, e.message);
    else throw e;
  }
}

async function sendBlob(
  req: IncomingMessage,
  res: ServerResponse,
  blobs: BlobStore,
  container: string,
  blob: string,
): Promise<void> {
  const info = await blobs.info(container, blob);
  const base = azureHeaders({
    etag: info.etag,
    'last-modified': info.lastModified.toUTCString(),
    'content-type': info.contentType,
    'accept-ranges': 'bytes',
    'x-ms-blob-type': 'BlockBlob',
    'content-disposition': `attachment; filename="${blob.split('/').pop()}"`,
  });
  const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
  let start = 0;
  let end = info.size - 1;
  let status = 200;
  if (range) {
    start = Number(range[1]);
    end = range[2] ? Math.min(Number(range[2]), info.size - 1) : info.size - 1;
    if (start >= info.size && info.size > 0)
      throw new BlobError(416, 'InvalidRange', 'range not satisfiable');
    status = 206;
    base['content-range'] = `bytes ${start}-${end}/${info.size}`;
  }
  const length = Math.max(0, end - start + 1);
  res.writeHead(status, { ...base, 'content-length': length });
  if (req.method === 'HEAD' || length === 0) {
    res.end();
    return;
  }
  await pipeline(blobs.read(container, blob, start, end), res);
}
