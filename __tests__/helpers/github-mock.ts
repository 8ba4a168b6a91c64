/**
 * A local HTTP server (127.0.0.1, random ports) speaking GitHub's REST protocol for the endpoints
 * the release publisher uses — releases (create, get, get by tag, list, update), release assets
 * (list, upload, get/download, update, delete) and git refs (get, create, update) — with in-memory
 * state. It is NOT GitHub: it checks every request against GitHub's published OpenAPI description
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

  private checkRepo(params: Record<string, unknown>): void {
    if (params.owner !== this.o.owner || params.repo !== this.o.repo) throw notFound();
  }

  private dispatch(op: Operation, p: Record<string, unknown>, req: http.IncomingMessage, raw: Buffer): Reply {
    this.checkRepo(p);
    const body = (p.body ?? {}) as Json;
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
