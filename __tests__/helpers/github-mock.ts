/**
 * A local HTTP server (127.0.0.1, random ports) speaking GitHub's REST protocol for the endpoints
 * the release publisher uses — releases (create, get, get by tag, list, update), release assets
 * (list, upload, get/download, update, delete) and git refs (get, create, update) — with in-memory
 * state. Further repositories (`repos`, e.g. a fork and microsoft/winget-pkgs) share one object
 * store as a fork network does and serve the git data API (branches, blobs, trees, commits, with
 * the SHA-1s git computes) and pull requests (list, create). It is NOT GitHub: it checks every request against GitHub's published OpenAPI description
 * (@octokit/openapi: the operation found by method and path template, path and query parameters
 * and JSON bodies validated with ajv) and validates its own responses against the response
 * schemas; anything that does not conform is recorded in `violations`, which a test expects empty.
 *
 * github.com layout: the API at the root of one server, uploads on a second server (the
 * uploads.github.com host of `upload_url`). GitHub Enterprise Server layout (`ghes: true`): one
 * server, the API under /api/v3 and uploads under /api/uploads, checked against the GHES 3.19
 * description. Failures can be injected (`fail`), writes refused (`readOnly`), responses delayed
 * (`latencyMs`) and asset digests withheld (`digests: false`, as older servers do).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import * as formatsModule from 'ajv-formats';
import { ROOT } from './runner.js';

type Json = Record<string, unknown>;
type Schema = Json;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
  'x-multi-segment'?: boolean;
}

interface Operation {
  method: string;
  template: string;
  operationId: string;
  regex: RegExp;
  pathNames: string[];
  params: Parameter[];
  op: Json;
  literalSegments: number;
}

interface Spec {
  ops: Operation[];
  ajv: Ajv;
  coerce: Ajv;
  compiled: WeakMap<object, ValidateFunction>;
  compiledParams: WeakMap<object, ValidateFunction>;
}

const specs = new Map<string, Spec>();
/** The description's examples (the pull request shapes are filled from them). */
let examples: Record<string, { value: Json }> | undefined;

function addFormats(ajv: Ajv): void {
  const m = formatsModule as unknown as { default: ((a: Ajv) => void) | { default: (a: Ajv) => void } };
  const fn = typeof m.default === 'function' ? m.default : m.default.default;
  fn(ajv);
}

/** Parses a GitHub OpenAPI description once per process and indexes its operations. */
function loadSpec(name: string): Spec {
  const cached = specs.get(name);
  if (cached) return cached;
  const file = path.join(ROOT, 'node_modules/@octokit/openapi/generated', `${name}.json`);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as {
    paths: Record<string, Record<string, Json>>;
    components: { schemas: Json };
  };
  const resolve = <T>(x: unknown): T => {
    let v = x as Json;
    while (v && typeof v.$ref === 'string') {
      const parts = (v.$ref as string).replace(/^#\//, '').split('/');
      let cur: unknown = doc;
      for (const p of parts) cur = (cur as Json)[p.replace(/~1/g, '/').replace(/~0/g, '~')];
      v = cur as Json;
    }
    return v as T;
  };
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
      const params = ((op.parameters as unknown[]) ?? []).map((p) => resolve<Parameter>(p));
      const pathNames: string[] = [];
      const source = template
        .split('/')
        .map((seg) =>
          seg.replace(/\{([^}]+)\}|[^{]+/g, (m, n?: string) => {
            if (!n) return m.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
            pathNames.push(n);
            return params.find((p) => p.name === n)?.['x-multi-segment'] ? '(.+)' : '([^/]+)';
          }),
        )
        .join('/');
      ops.push({
        method: method.toUpperCase(),
        template,
        operationId: op.operationId as string,
        regex: new RegExp(`^${source}$`),
        pathNames,
        params,
        op: Object.fromEntries(
          Object.entries(op).map(([k, v]) => [
            k,
            k === 'requestBody' ? resolve(v) : k === 'responses' ? mapValues(v as Json, resolve) : v,
          ]),
        ),
        literalSegments: template.split('/').filter((s) => s && !s.includes('{')).length,
      });
    }
  }
  ops.sort((a, b) => b.literalSegments - a.literalSegments);
  // the schemas every `$ref` points into, as one document `gh` (OpenAPI `nullable` is an ajv keyword)
  const shared = { $id: 'gh', components: { schemas: doc.components.schemas } };
  const ajv = new Ajv({ strict: false, allErrors: true });
  const coerce = new Ajv({ strict: false, coerceTypes: true });
  for (const a of [ajv, coerce]) {
    addFormats(a);
    a.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/); // GitHub's own format: owner/name
    a.addSchema(shared);
  }
  const spec: Spec = { ops, ajv, coerce, compiled: new WeakMap(), compiledParams: new WeakMap() };
  specs.set(name, spec);
  return spec;
}

function mapValues(o: Json, f: (v: unknown) => unknown): Json {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}

/**
 * Compiles a schema of the description, its `#/components/…` refs pointed at the shared `gh`
 * document. With `coerce`, the schema of one parameter, wrapped as property `v` and compiled with
 * type coercion (parameters arrive as strings).
 */
function validator(spec: Spec, schema: Schema, coerce = false): ValidateFunction {
  const cache = coerce ? spec.compiledParams : spec.compiled;
  const hit = cache.get(schema);
  if (hit) return hit;
  const rewritten = JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"gh#/components/'));
  const v = coerce
    ? spec.coerce.compile({ type: 'object', properties: { v: rewritten } })
    : spec.ajv.compile(rewritten);
  cache.set(schema, v);
  return v;
}

function ajvErrors(v: ValidateFunction): string {
  return (v.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message}`)
    .join('; ');
}

/** A failure to inject: the next `times` requests of `operation` (an operationId) get `status`. */
export interface Fault {
  operation: string;
  status: number;
  times?: number;
  headers?: Record<string, string>;
  message?: string;
  /** For an upload: keep a half-written asset (`open`) or the whole one (`stored`: only the response is lost). */
  leave?: 'open' | 'stored';
}

export interface MockOptions {
  owner?: string;
  repo?: string;
  token: string;
  /** The GitHub Enterprise Server layout (see the file comment). */
  ghes?: boolean;
  /** Assets carry `digest: sha256:…` (default true; false as on older servers). */
  digests?: boolean;
  /** Refuse every write with 403 "Resource not accessible by integration". */
  readOnly?: boolean;
  /** Delay before each response, in ms. */
  latencyMs?: number;
  /** Largest page a list endpoint returns (GitHub: 100). */
  maxPerPage?: number;
  /** Further repositories (owner/name) for the git data and pulls endpoints, in one fork network. */
  repos?: string[];
}

interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
}

export type GitObject =
  | { type: 'blob'; data: Buffer }
  | { type: 'tree'; entries: Map<string, TreeEntry> }
  | { type: 'commit'; tree: string; parents: string[]; message: string; date: string };

export interface MockPull {
  number: number;
  repo: string;
  title: string;
  body: string | null;
  /** `owner:branch`, and the repository that branch is in. */
  head: string;
  headRepo: string;
  base: string;
  state: 'open' | 'closed';
  created_at: string;
}

/** The object id git gives `content` of `type`. */
function gitSha(type: string, content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]))
    .digest('hex');
}

export interface MockAsset {
  id: number;
  name: string;
  label: string | null;
  content_type: string;
  data: Buffer;
  state: 'uploaded' | 'open';
  created_at: string;
  updated_at: string;
}

export interface MockRelease {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  untagged: string;
  assets: MockAsset[];
}

export interface LoggedRequest {
  method: string;
  url: string;
  operation?: string;
  status: number;
  host: 'api' | 'uploads';
}

const USER = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/github-actions%5Bbot%5D',
  html_url: 'https://github.com/apps/github-actions',
  followers_url: 'https://api.github.com/users/github-actions%5Bbot%5D/followers',
  following_url: 'https://api.github.com/users/github-actions%5Bbot%5D/following{/other_user}',
  gists_url: 'https://api.github.com/users/github-actions%5Bbot%5D/gists{/gist_id}',
  starred_url: 'https://api.github.com/users/github-actions%5Bbot%5D/starred{/owner}{/repo}',
  subscriptions_url: 'https://api.github.com/users/github-actions%5Bbot%5D/subscriptions',
  organizations_url: 'https://api.github.com/users/github-actions%5Bbot%5D/orgs',
  repos_url: 'https://api.github.com/users/github-actions%5Bbot%5D/repos',
  events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/events{/privacy}',
  received_events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/received_events',
  type: 'Bot',
  site_admin: false,
};

class Reply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

const notFound = () =>
  new Reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
const invalid = (resource: string, field: string, code: string) =>
  new Reply(422, {
    message: 'Validation Failed',
    errors: [{ resource, code, field }],
    documentation_url: 'https://docs.github.com/rest',
    status: '422',
  });

/** The name GitHub stores for an uploaded file name (other characters become `.`). */
function storedName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}

/** See the file comment. */
export class GitHubMock {
  readonly violations: string[] = [];
  readonly requests: LoggedRequest[] = [];
  /** Tag name → commit SHA. */
  readonly tags = new Map<string, string>();
  readonly releases: MockRelease[] = [];
  /** The fork network's objects (SHA → object), the branches of each repository, pull requests. */
  readonly objects = new Map<string, GitObject>();
  readonly heads = new Map<string, Map<string, string>>();
  readonly pulls: MockPull[] = [];
  readOnly: boolean;
  private faults: Fault[] = [];
  private nextId = 1000;
  private clock = Date.parse('2026-11-22T10:00:00Z');
  private readonly spec: Spec;
  private servers: http.Server[] = [];
  private apiBase = '';
  private uploadBase = '';
  private webBase = '';

  private constructor(private readonly o: MockOptions & { owner: string; repo: string }) {
    this.readOnly = o.readOnly ?? false;
    for (const r of [`${o.owner}/${o.repo}`, ...(o.repos ?? [])]) this.heads.set(r, new Map());
    this.spec = loadSpec(o.ghes ? 'ghes-3.19' : 'api.github.com');
  }

  /** Starts the server(s); `apiUrl` is what a runner would have in GITHUB_API_URL. */
  static async start(o: MockOptions): Promise<GitHubMock> {
    const m = new GitHubMock({ owner: 'octo', repo: 'hello', ...o });
    const listen = async (host: 'api' | 'uploads' | 'both') => {
      const server = http.createServer((req, res) => void m.handle(req, res, host));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      m.servers.push(server);
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    };
    if (o.ghes) {
      const base = await listen('both');
      m.webBase = base;
      m.apiBase = `${base}/api/v3`;
      m.uploadBase = `${base}/api/uploads`;
    } else {
      m.apiBase = m.webBase = await listen('api');
      m.uploadBase = await listen('uploads');
    }
    return m;
  }

  get apiUrl(): string {
    return this.apiBase;
  }

  get owner(): string {
    return this.o.owner;
  }

  get repo(): string {
    return this.o.repo;
  }

  async close(): Promise<void> {
    await Promise.all(this.servers.map((s) => new Promise((r) => s.close(r))));
  }

  /** Injects a failure (see Fault). */
  fail(f: Fault): void {
    this.faults.push({ times: 1, ...f });
  }

  /** Requests (with their response status) that reached operation `operationId`. */
  calls(operationId: string): LoggedRequest[] {
    return this.requests.filter((r) => r.operation === operationId);
  }

  /** A tag pushed to the repository (at a made-up commit unless `sha` is given). */
  addTag(tag: string, sha = createHash('sha1').update(tag).digest('hex')): string {
    this.tags.set(tag, sha);
    return sha;
  }

  /** A release made outside the publisher (another tool, a person): state only, no request. */
  seedRelease(r: Partial<MockRelease> & { tag_name: string }): MockRelease {
    const rel: MockRelease = {
      id: this.nextId++,
      target_commitish: 'main',
      name: r.tag_name,
      body: null,
      draft: false,
      prerelease: false,
      created_at: this.now(),
      published_at: r.draft ? null : this.now(),
      untagged: `untagged-${createHash('sha1').update(String(this.nextId)).digest('hex').slice(0, 20)}`,
      assets: [],
      ...r,
    };
    this.releases.push(rel);
    return rel;
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z');
  }

  private violation(msg: string): void {
    this.violations.push(msg);
  }

  private async handle(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    host: 'api' | 'uploads' | 'both',
  ) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    if (this.o.latencyMs) await new Promise((r) => setTimeout(r, this.o.latencyMs));
    let reply: Reply;
    let operation: Operation | undefined;
    let which: 'api' | 'uploads' = host === 'uploads' ? 'uploads' : 'api';
    try {
      let rest = url.pathname;
      const download = /\/_download\/(\d+)$/.exec(rest);
      if (download) {
        reply = this.serveDownload(Number(download[1]));
      } else {
        if (host === 'both') {
          if (rest.startsWith('/api/uploads/')) which = 'uploads';
          const prefix = which === 'uploads' ? '/api/uploads' : '/api/v3';
          if (!rest.startsWith(prefix + '/')) {
            this.violation(`${method} ${rest}: not under ${prefix} on GitHub Enterprise Server`);
            throw notFound();
          }
          rest = rest.slice(prefix.length);
        }
        operation = this.spec.ops.find((o) => o.method === method && o.regex.test(rest));
        if (!operation) {
          this.violation(`${method} ${rest}: no such operation in GitHub's OpenAPI description`);
          throw notFound();
        }
        const isUpload = operation.operationId === 'repos/upload-release-asset';
        if (isUpload !== (which === 'uploads')) {
          this.violation(`${operation.operationId} sent to the ${which} host (${req.headers.host})`);
          throw notFound();
        }
        const params = this.checkRequest(operation, rest, url, req, body);
        reply =
          this.authorize(req, method) ??
          this.inject(operation, params, req, body) ??
          this.dispatch(operation, params, req, body);
      }
    } catch (e) {
      if (e instanceof Reply) reply = e;
      else {
        this.violation(`${method} ${url.pathname}: the mock failed: ${(e as Error).stack}`);
        reply = new Reply(500, {
          message: 'mock failure',
          documentation_url: 'https://docs.github.com/rest',
        });
      }
    }
    if (operation) this.checkResponse(operation, reply);
    this.requests.push({
      method,
      url: url.pathname + url.search,
      operation: operation?.operationId,
      status: reply.status,
      host: which,
    });
    const headers: Record<string, string> = {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      'x-github-media-type': 'github.v3; format=json',
      ...reply.headers,
    };
    if (Buffer.isBuffer(reply.body)) {
      res.writeHead(reply.status, { 'content-type': 'application/octet-stream', ...headers });
      res.end(reply.body);
    } else if (reply.body !== undefined) {
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(reply.body));
    } else {
      res.writeHead(reply.status, headers);
      res.end();
    }
  }

  /** Path, query and body of a request against the operation's description; returns the path parameters. */
  private checkRequest(
    op: Operation,
    pathname: string,
    url: URL,
    req: http.IncomingMessage,
    body: Buffer,
  ): Record<string, unknown> {
    const where = `${op.method} ${op.template} (${op.operationId})`;
    const match = op.regex.exec(pathname)!;
    const params: Record<string, unknown> = {};
    const check = (p: Parameter, raw: string) => {
      const holder = { v: raw };
      const v = validator(this.spec, p.schema, true);
      if (!v(holder)) this.violation(`${where}: ${p.in} parameter ${p.name}='${raw}': ${ajvErrors(v)}`);
      return holder.v;
    };
    op.pathNames.forEach((n, i) => {
      const p = op.params.find((x) => x.name === n && x.in === 'path');
      const raw = decodeURIComponent(match[i + 1]);
      params[n] = p ? check(p, raw) : raw;
    });
    for (const [k, raw] of url.searchParams) {
      const p = op.params.find((x) => x.name === k && x.in === 'query');
      if (!p) this.violation(`${where}: unknown query parameter '${k}'`);
      else params[k] = check(p, raw);
    }
    for (const p of op.params) {
      if (p.in === 'query' && p.required && !url.searchParams.has(p.name))
        this.violation(`${where}: required query parameter '${p.name}' missing`);
    }
    const rb = op.op.requestBody as
      { required?: boolean; content: Record<string, { schema: Schema }> } | undefined;
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
    if (!rb) {
      if (body.length) this.violation(`${where}: a request body where none is defined`);
    } else if (rb.content['application/json']) {
      if (!body.length) {
        if (rb.required) this.violation(`${where}: the required JSON body is missing`);
      } else if (type !== 'application/json') {
        this.violation(`${where}: body sent as '${type}', expected application/json`);
      } else {
        let data: unknown;
        try {
          data = JSON.parse(body.toString('utf8'));
        } catch {
          this.violation(`${where}: body is not JSON`);
        }
        const v = validator(this.spec, rb.content['application/json'].schema);
        if (data !== undefined && !v(data)) this.violation(`${where}: body ${ajvErrors(v)}`);
        params.body = data;
      }
    } else {
      // an upload: raw bytes; GitHub needs their type and length
      if (!type) this.violation(`${where}: no Content-Type for the uploaded bytes`);
      const len = req.headers['content-length'];
      if (len === undefined) this.violation(`${where}: no Content-Length (GitHub requires it for uploads)`);
      else if (Number(len) !== body.length)
        this.violation(`${where}: Content-Length ${len} but ${body.length} bytes sent`);
      params.body = body;
    }
    return params;
  }

  private checkResponse(op: Operation, reply: Reply): void {
    const responses = op.op.responses as Record<string, { content?: Record<string, { schema: Schema }> }>;
    const doc = responses[String(reply.status)];
    const where = `${op.operationId} → ${reply.status}`;
    if (!doc) {
      if (reply.status < 400) this.violation(`${where}: status not in the description`);
      return;
    }
    const schema = doc.content?.['application/json']?.schema;
    if (!schema || Buffer.isBuffer(reply.body)) return;
    const v = validator(this.spec, schema);
    if (!v(reply.body)) this.violation(`${where}: response does not conform: ${ajvErrors(v)}`);
  }

  private authorize(req: http.IncomingMessage, method: string): Reply | undefined {
    const auth = req.headers.authorization ?? '';
    if (
      auth !== `token ${this.o.token}` &&
      auth !== `bearer ${this.o.token}` &&
      auth !== `Bearer ${this.o.token}`
    ) {
      return new Reply(401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    }
    if (this.readOnly && method !== 'GET') {
      return new Reply(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/releases/releases',
        status: '403',
      });
    }
    return undefined;
  }

  private inject(op: Operation, params: Record<string, unknown>, req: http.IncomingMessage, body: Buffer) {
    const f = this.faults.find((x) => x.operation === op.operationId && (x.times ?? 1) > 0);
    if (!f) return undefined;
    f.times = (f.times ?? 1) - 1;
    if (f.leave) {
      this.dispatch(op, params, req, body);
      if (f.leave === 'open') {
        const rel = this.releaseById(Number(params.release_id));
        const a = rel?.assets.find((x) => x.name === storedName(String(params.name)));
        if (a) {
          a.state = 'open';
          a.data = a.data.subarray(0, a.data.length >> 1);
        }
      }
    }
    return new Reply(
      f.status,
      { message: f.message ?? 'Server Error', documentation_url: 'https://docs.github.com/rest' },
      f.headers,
    );
  }

  private releaseById(id: number): MockRelease | undefined {
    return this.releases.find((r) => r.id === id);
  }

  /** The main repository serves everything; the further ones the git data and pulls endpoints. */
  private checkRepo(params: Record<string, unknown>, op: Operation): void {
    if (params.owner === this.o.owner && params.repo === this.o.repo) return;
    if (!this.heads.has(`${String(params.owner)}/${String(params.repo)}`)) throw notFound();
    if (!/^(git|pulls)\/|^repos\/get-content$/.test(op.operationId)) throw notFound();
  }

  private dispatch(op: Operation, p: Record<string, unknown>, req: http.IncomingMessage, raw: Buffer): Reply {
    this.checkRepo(p, op);
    const body = (p.body ?? {}) as Json;
    const data = this.gitData(op, `${String(p.owner)}/${String(p.repo)}`, p, body);
    if (data) return data;
    const page = <T>(items: T[], map: (x: T) => unknown): Reply => {
      const per = Math.min(Number(p.per_page ?? 30), this.o.maxPerPage ?? 100);
      const n = Number(p.page ?? 1);
      const slice = items.slice((n - 1) * per, n * per);
      const headers: Record<string, string> = {};
      if (n * per < items.length) {
        const u = new URL(
          `${this.apiBase}${op.template.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k]))}`,
        );
        u.searchParams.set('per_page', String(per));
        u.searchParams.set('page', String(n + 1));
        headers.link = `<${u}>; rel="next"`;
      }
      return new Reply(200, slice.map(map), headers);
    };
    const release = () => {
      const r = this.releaseById(Number(p.release_id));
      if (!r) throw notFound();
      return r;
    };
    const asset = () => {
      for (const r of this.releases) {
        const a = r.assets.find((x) => x.id === Number(p.asset_id));
        if (a) return { r, a };
      }
      throw notFound();
    };
    switch (op.operationId) {
      case 'repos/get-release-by-tag': {
        const r = this.releases.find((x) => x.tag_name === p.tag && !x.draft);
        return r ? new Reply(200, this.releaseJson(r)) : notFound();
      }
      case 'repos/list-releases':
        return page([...this.releases].reverse(), (r) => this.releaseJson(r));
      case 'repos/get-release':
        return new Reply(200, this.releaseJson(release()));
      case 'repos/create-release': {
        const tag = String(body.tag_name);
        if (this.releases.some((r) => r.tag_name === tag && !r.draft))
          return invalid('Release', 'tag_name', 'already_exists');
        const r = this.seedRelease({
          tag_name: tag,
          target_commitish: (body.target_commitish as string) ?? 'main',
          name: (body.name as string) ?? tag,
          body: (body.body as string) ?? null,
          draft: Boolean(body.draft),
          prerelease: Boolean(body.prerelease),
        });
        if (!r.draft && !this.tags.has(tag)) this.addTag(tag);
        return new Reply(201, this.releaseJson(r));
      }
      case 'repos/update-release': {
        const r = release();
        for (const k of ['tag_name', 'target_commitish', 'name', 'body', 'prerelease'] as const) {
          if (body[k] !== undefined) (r as unknown as Json)[k] = body[k];
        }
        if (body.draft === false && r.draft) {
          if (this.releases.some((x) => x !== r && x.tag_name === r.tag_name && !x.draft))
            return invalid('Release', 'tag_name', 'already_exists');
          r.draft = false;
          r.published_at = this.now();
          if (!this.tags.has(r.tag_name)) this.addTag(r.tag_name);
        } else if (body.draft === true) r.draft = true;
        return new Reply(200, this.releaseJson(r));
      }
      case 'repos/list-release-assets': {
        const r = release();
        return page(r.assets, (a) => this.assetJson(r, a));
      }
      case 'repos/upload-release-asset': {
        const r = release();
        const name = storedName(String(p.name));
        if (r.assets.some((a) => a.name === name)) return invalid('ReleaseAsset', 'name', 'already_exists');
        const t = this.now();
        const a: MockAsset = {
          id: this.nextId++,
          name,
          label: (p.label as string) ?? null,
          content_type: String(req.headers['content-type']),
          data: Buffer.from(raw),
          state: 'uploaded',
          created_at: t,
          updated_at: t,
        };
        r.assets.push(a);
        return new Reply(201, this.assetJson(r, a));
      }
      case 'repos/get-release-asset': {
        const { r, a } = asset();
        if ((req.headers.accept ?? '').includes('application/octet-stream'))
          return new Reply(302, undefined, { location: `${this.uploadBase}/_download/${a.id}` });
        return new Reply(200, this.assetJson(r, a));
      }
      case 'repos/update-release-asset': {
        const { r, a } = asset();
        if (body.name !== undefined) {
          const name = storedName(String(body.name));
          if (r.assets.some((x) => x !== a && x.name === name))
            return invalid('ReleaseAsset', 'name', 'already_exists');
          a.name = name;
        }
        if (body.label !== undefined) a.label = String(body.label);
        a.updated_at = this.now();
        return new Reply(200, this.assetJson(r, a));
      }
      case 'repos/delete-release-asset': {
        const { r, a } = asset();
        r.assets.splice(r.assets.indexOf(a), 1);
        return new Reply(204);
      }
      case 'git/get-ref': {
        const ref = String(p.ref);
        const sha = ref.startsWith('tags/') ? this.tags.get(ref.slice(5)) : undefined;
        return sha ? new Reply(200, this.refJson(ref.slice(5), sha)) : notFound();
      }
      case 'git/create-ref': {
        const m = /^refs\/tags\/(.+)$/.exec(String(body.ref));
        if (!m) return invalid('Reference', 'ref', 'invalid');
        if (this.tags.has(m[1])) return invalid('Reference', 'ref', 'already_exists');
        this.tags.set(m[1], String(body.sha));
        return new Reply(201, this.refJson(m[1], String(body.sha)), {
          location: `${this.apiBase}/repos/${this.o.owner}/${this.o.repo}/git/refs/tags/${m[1]}`,
        });
      }
      case 'git/update-ref': {
        const ref = String(p.ref);
        if (!ref.startsWith('tags/') || !this.tags.has(ref.slice(5)))
          return invalid('Reference', 'ref', 'missing');
        if (body.force !== true)
          this.violation(`git/update-ref of ${ref} without force: a moved tag is not a fast-forward`);
        this.tags.set(ref.slice(5), String(body.sha));
        return new Reply(200, this.refJson(ref.slice(5), String(body.sha)));
      }
      default:
        this.violation(`${op.operationId}: not implemented by the mock (the publisher should not need it)`);
        return new Reply(501, {
          message: 'Not Implemented',
          documentation_url: 'https://docs.github.com/rest',
        });
    }
  }

  /** Stores an object under the SHA-1 git gives it. */
  private store(o: GitObject): string {
    let content: Buffer;
    if (o.type === 'blob') content = o.data;
    else if (o.type === 'tree') {
      // git's order: names compared as bytes, a tree's name with a trailing '/'
      const key = (n: string, e: TreeEntry) => (e.type === 'tree' ? `${n}/` : n);
      const sorted = [...o.entries].sort(([a, x], [b, y]) => (key(a, x) < key(b, y) ? -1 : 1));
      content = Buffer.concat(
        sorted.flatMap(([n, e]) => [Buffer.from(`${e.mode} ${n}\0`), Buffer.from(e.sha, 'hex')]),
      );
    } else {
      const who = `Mock Author <mock@example.com> ${Date.parse(o.date) / 1000} +0000`;
      content = Buffer.from(
        [
          `tree ${o.tree}`,
          ...o.parents.map((x) => `parent ${x}`),
          `author ${who}`,
          `committer ${who}`,
          '',
          o.message,
        ].join('\n'),
      );
    }
    const sha = gitSha(o.type, content);
    this.objects.set(sha, o);
    return sha;
  }

  private object<T extends GitObject['type']>(
    sha: string,
    type: T,
  ): Extract<GitObject, { type: T }> | undefined {
    const o = this.objects.get(sha);
    return o?.type === type ? (o as Extract<GitObject, { type: T }>) : undefined;
  }

  /** Every file below tree `sha`: path → blob SHA. */
  filesOf(sha: string, prefix = ''): Map<string, string> {
    const out = new Map<string, string>();
    const tree = this.object(sha, 'tree');
    for (const [n, e] of tree?.entries ?? []) {
      if (e.type === 'tree') for (const [k, v] of this.filesOf(e.sha, `${prefix}${n}/`)) out.set(k, v);
      else out.set(`${prefix}${n}`, e.sha);
    }
    return out;
  }

  /** The text of a blob. */
  blobText(sha: string): string {
    return this.object(sha, 'blob')?.data.toString('utf8') ?? '';
  }

  /** The tree a commit points at. */
  treeOf(commit: string): string {
    return this.object(commit, 'commit')?.tree ?? '';
  }

  /** Stores the nested trees of `files` (path → blob SHA) and returns the root's SHA. */
  private buildTree(files: Map<string, string>): string {
    const entries = new Map<string, TreeEntry>();
    const subdirs = new Map<string, Map<string, string>>();
    for (const [p, sha] of files) {
      const i = p.indexOf('/');
      if (i < 0) entries.set(p, { mode: '100644', type: 'blob', sha });
      else {
        const d = p.slice(0, i);
        if (!subdirs.has(d)) subdirs.set(d, new Map());
        subdirs.get(d)!.set(p.slice(i + 1), sha);
      }
    }
    for (const [d, sub] of subdirs)
      entries.set(d, { mode: '040000', type: 'tree', sha: this.buildTree(sub) });
    return this.store({ type: 'tree', entries });
  }

  /** A commit of `files` (path → text) on `branch` of `repository`, made outside the client. */
  seedCommit(repository: string, branch: string, files: Record<string, string>, message = 'seed'): string {
    const heads = this.heads.get(repository)!;
    const parent = heads.get(branch);
    const flat = parent ? this.filesOf(this.treeOf(parent)) : new Map<string, string>();
    for (const [p, text] of Object.entries(files))
      flat.set(p, this.store({ type: 'blob', data: Buffer.from(text) }));
    const sha = this.store({
      type: 'commit',
      tree: this.buildTree(flat),
      parents: parent ? [parent] : [],
      message,
      date: this.now(),
    });
    heads.set(branch, sha);
    return sha;
  }

  private isAncestor(a: string, b: string): boolean {
    const seen = new Set<string>();
    const todo = [b];
    while (todo.length) {
      const c = todo.pop()!;
      if (c === a) return true;
      if (seen.has(c)) continue;
      seen.add(c);
      todo.push(...(this.object(c, 'commit')?.parents ?? []));
    }
    return false;
  }

  /** Branches, git objects and pull requests (see the file comment); undefined: not one of those. */
  private gitData(op: Operation, slug: string, p: Record<string, unknown>, body: Json): Reply | undefined {
    const heads = this.heads.get(slug)!;
    const base = `${this.apiBase}/repos/${slug}`;
    const ref = String(p.ref ?? '');
    switch (op.operationId) {
      case 'git/get-ref': {
        if (!ref.startsWith('heads/')) return undefined;
        const sha = heads.get(ref.slice(6));
        return sha ? new Reply(200, this.headJson(slug, ref.slice(6), sha)) : notFound();
      }
      case 'git/create-ref': {
        const m = /^refs\/heads\/(.+)$/.exec(String(body.ref));
        if (!m) return undefined;
        if (heads.has(m[1]!)) return invalid('Reference', 'ref', 'already_exists');
        if (!this.object(String(body.sha), 'commit')) return invalid('Reference', 'sha', 'invalid');
        heads.set(m[1]!, String(body.sha));
        return new Reply(201, this.headJson(slug, m[1]!, String(body.sha)), {
          location: `${base}/git/refs/heads/${m[1]}`,
        });
      }
      case 'git/update-ref': {
        if (!ref.startsWith('heads/')) return undefined;
        const name = ref.slice(6);
        const old = heads.get(name);
        if (!old) return invalid('Reference', 'ref', 'missing');
        if (body.force !== true && !this.isAncestor(old, String(body.sha)))
          return invalid('Reference', 'sha', 'not a fast forward');
        heads.set(name, String(body.sha));
        return new Reply(200, this.headJson(slug, name, String(body.sha)));
      }
      case 'git/create-blob': {
        const data = Buffer.from(String(body.content), body.encoding === 'base64' ? 'base64' : 'utf8');
        const sha = this.store({ type: 'blob', data });
        return new Reply(
          201,
          { url: `${base}/git/blobs/${sha}`, sha },
          { location: `${base}/git/blobs/${sha}` },
        );
      }
      case 'git/create-tree': {
        const flat = body.base_tree ? this.filesOf(String(body.base_tree)) : new Map<string, string>();
        if (body.base_tree && !this.object(String(body.base_tree), 'tree'))
          return invalid('Tree', 'base_tree', 'invalid');
        for (const e of body.tree as { path: string; sha?: string | null; content?: string }[]) {
          if (e.sha === null) flat.delete(e.path);
          else if (e.content !== undefined)
            flat.set(e.path, this.store({ type: 'blob', data: Buffer.from(e.content) }));
          else if (e.sha && this.object(e.sha, 'blob')) flat.set(e.path, e.sha);
          else return invalid('Tree', 'sha', 'invalid');
        }
        const sha = this.buildTree(flat);
        return new Reply(201, this.treeJson(slug, sha), { location: `${base}/git/trees/${sha}` });
      }
      case 'git/get-commit': {
        const c = this.object(String(p.commit_sha), 'commit');
        return c ? new Reply(200, this.commitJson(slug, String(p.commit_sha))) : notFound();
      }
      case 'git/create-commit': {
        const parents = (body.parents as string[] | undefined) ?? [];
        if (!this.object(String(body.tree), 'tree') || parents.some((x) => !this.object(x, 'commit')))
          return invalid('Commit', 'tree', 'invalid');
        const sha = this.store({
          type: 'commit',
          tree: String(body.tree),
          parents,
          message: String(body.message),
          date: this.now(),
        });
        return new Reply(201, this.commitJson(slug, sha), { location: `${base}/git/commits/${sha}` });
      }
      case 'repos/get-content': {
        // directories only (what the winget publisher reads), at a branch
        const at = heads.get(String(p.ref ?? 'main'));
        let tree = at ? this.treeOf(at) : '';
        for (const part of String(p.path).split('/').filter(Boolean)) {
          const e = this.object(tree, 'tree')?.entries.get(part);
          if (!e) return notFound();
          tree = e.sha;
        }
        const dir = this.object(tree, 'tree');
        if (!dir) {
          this.violation(`repos/get-content of a file: not implemented by the mock`);
          return new Reply(501, {
            message: 'Not Implemented',
            documentation_url: 'https://docs.github.com/rest',
          });
        }
        return new Reply(
          200,
          [...dir.entries].map(([n, e]) => {
            const file = `${String(p.path).replace(/\/+$/, '')}/${n}`;
            const self = `${base}/contents/${file}?ref=${String(p.ref)}`;
            const git = `${base}/git/${e.type}s/${e.sha}`;
            const html = `${this.webBase}/${slug}/${e.type}/${String(p.ref)}/${file}`;
            return {
              type: e.type === 'tree' ? 'dir' : 'file',
              size: e.type === 'blob' ? this.object(e.sha, 'blob')!.data.length : 0,
              name: n,
              path: file,
              sha: e.sha,
              url: self,
              git_url: git,
              html_url: html,
              download_url: e.type === 'blob' ? `${this.webBase}/raw/${slug}/${String(p.ref)}/${file}` : null,
              _links: { self, git, html },
            };
          }),
        );
      }
      case 'pulls/list': {
        const state = String(p.state ?? 'open');
        const found = this.pulls.filter(
          (x) =>
            x.repo === slug &&
            (state === 'all' || x.state === state) &&
            (p.head === undefined || x.head === p.head) &&
            (p.base === undefined || x.base === p.base),
        );
        return new Reply(
          200,
          found.map((x) => this.pullJson(x, 'pull-request-simple')),
        );
      }
      case 'pulls/create': {
        const [owner = '', branch = ''] = String(body.head).split(':');
        const headRepo = [...this.heads.keys()].find(
          (r) => r.startsWith(`${owner}/`) && this.heads.get(r)!.has(branch),
        );
        if (!headRepo) return invalid('PullRequest', 'head', 'invalid');
        if (!heads.has(String(body.base))) return invalid('PullRequest', 'base', 'invalid');
        if (
          this.pulls.some(
            (x) => x.repo === slug && x.state === 'open' && x.head === body.head && x.base === body.base,
          )
        )
          return new Reply(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'PullRequest',
                code: 'custom',
                message: `A pull request already exists for ${String(body.head)}.`,
              },
            ],
            documentation_url: 'https://docs.github.com/rest',
            status: '422',
          });
        const pr: MockPull = {
          number: this.pulls.length + 1,
          repo: slug,
          title: String(body.title),
          body: body.body === undefined ? null : String(body.body),
          head: String(body.head),
          headRepo,
          base: String(body.base),
          state: 'open',
          created_at: this.now(),
        };
        this.pulls.push(pr);
        return new Reply(201, this.pullJson(pr, 'pull-request'), { location: `${base}/pulls/${pr.number}` });
      }
      default:
        return undefined;
    }
  }

  private headJson(slug: string, branch: string, sha: string): Json {
    const base = `${this.apiBase}/repos/${slug}`;
    return {
      ref: `refs/heads/${branch}`,
      node_id: `REF_${Buffer.from(`${slug}:${branch}`).toString('base64')}`,
      url: `${base}/git/refs/heads/${branch}`,
      object: { type: 'commit', sha, url: `${base}/git/commits/${sha}` },
    };
  }

  private treeJson(slug: string, sha: string): Json {
    const base = `${this.apiBase}/repos/${slug}`;
    const tree = this.object(sha, 'tree')!;
    return {
      sha,
      url: `${base}/git/trees/${sha}`,
      truncated: false,
      tree: [...tree.entries].map(([n, e]) => ({
        path: n,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        url: `${base}/git/${e.type}s/${e.sha}`,
        ...(e.type === 'blob' ? { size: this.object(e.sha, 'blob')!.data.length } : {}),
      })),
    };
  }

  private commitJson(slug: string, sha: string): Json {
    const base = `${this.apiBase}/repos/${slug}`;
    const c = this.object(sha, 'commit')!;
    const who = { name: 'Mock Author', email: 'mock@example.com', date: c.date };
    return {
      sha,
      node_id: `C_${sha.slice(0, 12)}`,
      url: `${base}/git/commits/${sha}`,
      html_url: `${this.webBase}/${slug}/commit/${sha}`,
      author: who,
      committer: who,
      message: c.message,
      tree: { sha: c.tree, url: `${base}/git/trees/${c.tree}` },
      parents: c.parents.map((x) => ({
        sha: x,
        url: `${base}/git/commits/${x}`,
        html_url: `${this.webBase}/${slug}/commit/${x}`,
      })),
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    };
  }

  /** A pull request in the shape of the description's example of `example`, with this one's fields. */
  private pullJson(pr: MockPull, example: 'pull-request' | 'pull-request-simple'): Json {
    examples ??= (
      JSON.parse(
        readFileSync(path.join(ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json'), 'utf8'),
      ) as { components: { examples: Record<string, { value: Json }> } }
    ).components.examples;
    const j = structuredClone(examples[example]!.value);
    const api = `${this.apiBase}/repos/${pr.repo}`;
    const web = `${this.webBase}/${pr.repo}/pull/${pr.number}`;
    const branch = pr.head.split(':')[1]!;
    const side = (repo: string, ref: string, label: string) => {
      const s = structuredClone(j.head as Json);
      const r = s.repo as Json;
      const [owner, name] = repo.split('/');
      Object.assign(r, {
        full_name: repo,
        name,
        url: `${this.apiBase}/repos/${repo}`,
        html_url: `${this.webBase}/${repo}`,
      });
      (r.owner as Json).login = owner;
      (s.user as Json).login = owner;
      return Object.assign(s, { label, ref, sha: this.heads.get(repo)!.get(ref) ?? '', repo: r });
    };
    Object.assign(j, {
      url: `${api}/pulls/${pr.number}`,
      id: 9000 + pr.number,
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      issue_url: `${api}/issues/${pr.number}`,
      number: pr.number,
      state: pr.state,
      title: pr.title,
      body: pr.body,
      created_at: pr.created_at,
      updated_at: pr.created_at,
      closed_at: null,
      merged_at: null,
      // a new pull request from the API: nobody assigned or asked to review yet
      labels: [],
      milestone: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: side(pr.headRepo, branch, pr.head),
      base: side(pr.repo, pr.base, `${pr.repo.split('/')[0]}:${pr.base}`),
    });
    return j;
  }

  private serveDownload(id: number): Reply {
    for (const r of this.releases) {
      const a = r.assets.find((x) => x.id === id);
      if (a) return new Reply(200, a.data);
    }
    return notFound();
  }

  private repoUrl(): string {
    return `${this.apiBase}/repos/${this.o.owner}/${this.o.repo}`;
  }

  private releaseJson(r: MockRelease): Json {
    const web = `${this.webBase}/${this.o.owner}/${this.o.repo}`;
    return {
      url: `${this.repoUrl()}/releases/${r.id}`,
      html_url: `${web}/releases/tag/${r.draft ? r.untagged : encodeURIComponent(r.tag_name)}`,
      assets_url: `${this.repoUrl()}/releases/${r.id}/assets`,
      upload_url: `${this.uploadBase}/repos/${this.o.owner}/${this.o.repo}/releases/${r.id}/assets{?name,label}`,
      tarball_url: r.draft ? null : `${this.repoUrl()}/tarball/${encodeURIComponent(r.tag_name)}`,
      zipball_url: r.draft ? null : `${this.repoUrl()}/zipball/${encodeURIComponent(r.tag_name)}`,
      id: r.id,
      node_id: `RE_${Buffer.from(String(r.id)).toString('base64')}`,
      tag_name: r.tag_name,
      target_commitish: r.target_commitish,
      name: r.name,
      body: r.body,
      draft: r.draft,
      prerelease: r.prerelease,
      immutable: false,
      created_at: r.created_at,
      published_at: r.published_at,
      updated_at: r.published_at ?? r.created_at,
      author: USER,
      assets: r.assets.map((a) => this.assetJson(r, a)),
    };
  }

  private assetJson(r: MockRelease, a: MockAsset): Json {
    return {
      url: `${this.repoUrl()}/releases/assets/${a.id}`,
      browser_download_url: `${this.webBase}/${this.o.owner}/${this.o.repo}/releases/download/${encodeURIComponent(r.tag_name)}/${a.name}`,
      id: a.id,
      node_id: `RA_${Buffer.from(String(a.id)).toString('base64')}`,
      name: a.name,
      label: a.label,
      state: a.state,
      content_type: a.content_type,
      size: a.data.length,
      digest: this.o.digests === false ? null : `sha256:${createHash('sha256').update(a.data).digest('hex')}`,
      download_count: 0,
      created_at: a.created_at,
      updated_at: a.updated_at,
      uploader: USER,
    };
  }

  private refJson(tag: string, sha: string): Json {
    return {
      ref: `refs/tags/${tag}`,
      node_id: `REF_${Buffer.from(tag).toString('base64')}`,
      url: `${this.repoUrl()}/git/refs/tags/${encodeURIComponent(tag)}`,
      object: { type: 'commit', sha, url: `${this.repoUrl()}/git/commits/${sha}` },
    };
  }
}
