/**
 * A small client of the OCI distribution API (what `docker pull/push`, skopeo and crane speak):
 * manifests, blobs, monolithic uploads, cross-repository mounts, the referrers API, and the
 * registry token flow (a 401 with `WWW-Authenticate: Bearer realm=…,service=…,scope=…` is answered
 * by asking the realm for a token, anonymously or with basic credentials, as Docker Hub, ghcr.io
 * and the distribution registry's token auth expect). Basic auth challenges are answered directly.
 *
 * `localhost`, `127.0.0.1` and `[::1]` registries are spoken to over plain http (as Docker does);
 * every other registry over https.
 *
 * Blobs are streamed both ways (memory does not grow with a layer's size): a download goes to a
 * temporary file beside its place, hashed on the way, and is renamed there only when the digest
 * matches; an upload is read from its file. Uploads go through node:http(s), not fetch: undici's
 * fetch keeps every chunk of a streamed request body until the request ends (nodejs/undici#4058).
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadable } from 'node:stream/web';
import { tempPath } from '../../atomic.js';
import { DistroError, withPath } from '../../errors.js';
import { MANIFEST_ACCEPT, type Descriptor, type ImageIndex } from './media.js';
import { formatRef, type ImageRef } from './reference.js';

export interface RegistryCredentials {
  username?: string;
  password?: string;
  /** A token used as the password of a basic auth request to the token endpoint (GITHUB_TOKEN for ghcr.io). */
  token?: string;
}

export interface RegistryOptions {
  credentials?: RegistryCredentials;
  /** The input or config key errors name. */
  key: string;
  /** Repositories of the same registry blobs may be mounted from: pull scope asked for with the token. */
  mountFrom?: string[];
  /** Counts requests by kind (tests and the summary): `upload`, `mount`, `head`, … */
  stats?: Record<string, number>;
}

/** A blob to upload: its bytes, or a file of `size` bytes opened afresh for every attempt. */
export type BlobBody = Buffer | { size: number; open: () => Readable };

export interface Fetched {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

const LOCAL_HOSTS = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Parses `Bearer realm="…",service="…",scope="…"` into its scheme and parameters. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const m = /^(\w+)\s*(.*)$/s.exec(header.trim());
  const params: Record<string, string> = {};
  for (const p of (m?.[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) params[p[1]!.toLowerCase()] = p[2]!;
  return { scheme: (m?.[1] ?? '').toLowerCase(), params };
}

export class Registry {
  readonly base: string;
  private authHeader: string | undefined;
  /** The one answer to a challenge: requests running at once wait for it instead of each asking. */
  private authing: Promise<boolean> | undefined;

  constructor(
    readonly ref: ImageRef,
    private readonly o: RegistryOptions,
  ) {
    this.base = `${LOCAL_HOSTS.test(ref.registry) ? 'http' : 'https'}://${ref.registry}`;
  }

  private count(kind: string): void {
    if (this.o.stats) this.o.stats[kind] = (this.o.stats[kind] ?? 0) + 1;
  }

  private where(): string {
    return formatRef({ ...this.ref, tag: undefined, digest: undefined });
  }

  private basic(): string | undefined {
    const c = this.o.credentials;
    const pass = c?.token ?? c?.password;
    if (!pass) return undefined;
    // ghcr.io takes any user name with a GITHUB_TOKEN as the password
    return `Basic ${Buffer.from(`${c?.username || 'distro-actions'}:${pass}`).toString('base64')}`;
  }

  /** Answers a 401 challenge: fetches a bearer token, or uses basic credentials. */
  private async authenticate(challenge: string | null, push: boolean, from?: string): Promise<boolean> {
    if (!challenge) return false;
    const { scheme, params } = parseChallenge(challenge);
    if (scheme === 'basic') {
      this.authHeader = this.basic();
      return !!this.authHeader;
    }
    if (scheme !== 'bearer' || !params.realm) return false;
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set('service', params.service);
    const scopes = new Set<string>([`repository:${this.ref.repository}:${push ? 'pull,push' : 'pull'}`]);
    if (params.scope) for (const s of params.scope.split(' ')) scopes.add(s);
    for (const f of [...(this.o.mountFrom ?? []), ...(from ? [from] : [])])
      scopes.add(`repository:${f}:pull`);
    for (const s of scopes) url.searchParams.append('scope', s);
    const basic = this.basic();
    let res: Response;
    try {
      res = await fetch(url, { headers: basic ? { authorization: basic } : {} });
    } catch (err) {
      throw this.fail(`its token service ${url.origin} cannot be reached (${errText(err)})`, err);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw this.denied(res.status, push, `the token service ${url.origin} refused the credentials`);
    }
    const body = (await res.json().catch(() => ({}))) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw this.fail(`its token service ${url.origin} gave no token`);
    this.authHeader = `Bearer ${token}`;
    return true;
  }

  /** Whether a request refused with 401 may be retried: credentials (new since it was sent) exist. */
  private async reauthenticate(
    res: Response,
    sentWith: string | undefined,
    init: { push?: boolean; from?: string },
  ): Promise<boolean> {
    if (this.authHeader !== sentWith) return true; // another request authenticated meanwhile
    if (sentWith) return false; // these credentials were refused
    this.authing ??= this.authenticate(res.headers.get('www-authenticate'), !!init.push, init.from);
    return (await this.authing) && this.authHeader !== sentWith;
  }

  private fail(why: string, cause?: unknown): DistroError {
    return new DistroError(`${this.o.key}: registry ${this.where()}: ${why}.`, { key: this.o.key, cause });
  }

  /** A refused request: names what is needed to pull or push. */
  denied(status: number, push: boolean, why = `the registry answered ${status}`): DistroError {
    const need = push
      ? `credentials that may push to ${this.where()} (for ghcr.io with GITHUB_TOKEN, give the job \`permissions: packages: write\`)`
      : `credentials that may pull ${this.where()}, or a public image`;
    return this.fail(`${why} (HTTP ${status}); it needs ${need}`);
  }

  /** One request with authentication; `push` asks for a push scope. */
  async request(
    method: string,
    path: string,
    init: { headers?: Record<string, string>; body?: BlobBody; push?: boolean; from?: string } = {},
  ): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.base}${path}`;
    const body = init.body;
    for (;;) {
      const headers: Record<string, string> = { ...init.headers };
      const sentWith = this.authHeader;
      if (sentWith) headers.authorization = sentWith;
      let res: Response;
      try {
        res =
          body && !Buffer.isBuffer(body)
            ? await sendStream(method, url, { ...headers, 'content-length': String(body.size) }, body.open)
            : await fetch(url, {
                method,
                headers,
                body: body ? new Uint8Array(body) : undefined,
                redirect: 'follow',
              });
      } catch (err) {
        if (isFsError(err)) throw err; // the file being sent: a local problem, not the registry's
        throw this.fail(`cannot be reached at ${this.base} (${errText(err)})`, err);
      }
      if (res.status === 401 && (await this.reauthenticate(res, sentWith, init))) {
        await res.body?.cancel();
        continue;
      }
      if (res.status === 401 || res.status === 403) {
        await res.body?.cancel();
        throw this.denied(res.status, !!init.push);
      }
      return res;
    }
  }

  private async expectOk(res: Response, what: string): Promise<Response> {
    if (res.ok) return res;
    const text = (await res.text().catch(() => '')).slice(0, 300);
    throw this.fail(`${what} failed (HTTP ${res.status}${text ? `: ${text.trim()}` : ''})`);
  }

  /** A manifest or index by tag or digest, checked against the digest when one was asked for. */
  async getManifest(reference: string): Promise<Fetched> {
    const res = await this.request('GET', `/v2/${this.ref.repository}/manifests/${reference}`, {
      headers: { accept: MANIFEST_ACCEPT },
    });
    if (res.status === 404) {
      await res.body?.cancel();
      throw this.fail(`it has no manifest '${reference}' (HTTP 404); check the image name and tag`);
    }
    await this.expectOk(res, `fetching manifest '${reference}'`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const digest = sha256Digest(bytes);
    if (reference.startsWith('sha256:') && digest !== reference)
      throw this.fail(`manifest ${reference} came back with digest ${digest}`);
    const mediaType =
      (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ??
      res.headers.get('content-type') ??
      '';
    return { bytes, mediaType, digest };
  }

  /** A small blob (a config) in memory; layers go to a file with downloadBlob. */
  async getBlob(digest: string): Promise<Buffer> {
    const res = await this.request('GET', `/v2/${this.ref.repository}/blobs/${digest}`);
    await this.expectOk(res, `fetching blob ${digest}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    if (sha256Digest(bytes) !== digest) throw this.fail(`blob ${digest} came back with other bytes`);
    return bytes;
  }

  /**
   * Streams blob `digest` into `file`, through a temporary file beside it that is hashed on the way
   * and renamed to `file` only when the bytes match the digest (and are no more than `size`, when
   * given): `file` is never a partial or a wrong blob, and no temporary stays behind.
   */
  async downloadBlob(digest: string, file: string, size?: number): Promise<void> {
    const res = await this.request('GET', `/v2/${this.ref.repository}/blobs/${digest}`);
    await this.expectOk(res, `fetching blob ${digest}`);
    if (!res.body) throw this.fail(`fetching blob ${digest} gave no body`);
    const tmp = tempPath(file);
    const hash = createHash('sha256');
    let got = 0;
    const fail = (why: string) => this.fail(`blob ${digest} ${why}`);
    try {
      await pipeline(
        Readable.fromWeb(res.body as WebReadable<Uint8Array>),
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const c of chunks) {
            got += c.length;
            if (size !== undefined && got > size)
              throw fail(`is longer than the ${size} bytes its descriptor gives`);
            hash.update(c);
            yield c;
          }
        },
        local(createWriteStream(tmp, { flags: 'wx' })),
      );
      const have = `sha256:${hash.digest('hex')}`;
      if (have !== digest) throw fail(`came back with other bytes (${have})`);
      await rename(tmp, file);
    } catch (err) {
      await rm(tmp, { force: true });
      if (err instanceof DistroError) throw err;
      if (isFsError(err)) throw withPath(err, file);
      throw fail(`could not be read to its end (${errText(err)})`);
    }
  }

  async hasBlob(digest: string, push = false): Promise<boolean> {
    this.count('head');
    const res = await this.request('HEAD', `/v2/${this.ref.repository}/blobs/${digest}`, { push });
    await res.body?.cancel();
    if (res.status === 404) return false;
    await this.expectOk(res, `checking blob ${digest}`);
    return true;
  }

  async hasManifest(reference: string, push = false): Promise<string | undefined> {
    const res = await this.request('HEAD', `/v2/${this.ref.repository}/manifests/${reference}`, {
      headers: { accept: MANIFEST_ACCEPT },
      push,
    });
    await res.body?.cancel();
    if (res.status === 404) return undefined;
    await this.expectOk(res, `checking manifest ${reference}`);
    return res.headers.get('docker-content-digest') ?? '';
  }

  /**
   * Uploads a blob unless the repository has it; `from` names a repository of the same registry
   * to mount it from (a base image's layers). Returns what was done.
   */
  async pushBlob(
    digest: string,
    blob: () => Promise<BlobBody>,
    from?: string,
  ): Promise<'exists' | 'mounted' | 'uploaded'> {
    if (await this.hasBlob(digest, true)) return 'exists';
    const q = from ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}` : '';
    const start = await this.request('POST', `/v2/${this.ref.repository}/blobs/uploads/${q}`, {
      push: true,
      from,
    });
    await start.body?.cancel();
    if (start.status === 201) {
      this.count('mount');
      return 'mounted';
    }
    if (start.status !== 202) await this.expectOk(start, `starting the upload of ${digest}`);
    const location = start.headers.get('location');
    if (!location) throw this.fail(`starting the upload of ${digest} gave no Location`);
    const url = new URL(location, this.base);
    url.searchParams.set('digest', digest);
    const body = await blob();
    const put = await this.request('PUT', url.toString(), {
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(Buffer.isBuffer(body) ? body.length : body.size),
      },
      body,
      push: true,
    });
    await this.expectOk(put, `uploading blob ${digest}`);
    await put.body?.cancel();
    this.count('upload');
    return 'uploaded';
  }

  /** Puts a manifest under a tag or its digest; skipped when the registry already has it there. */
  async putManifest(reference: string, bytes: Buffer, mediaType: string): Promise<boolean> {
    const digest = sha256Digest(bytes);
    if ((await this.hasManifest(reference, true)) === digest) return false;
    const res = await this.request('PUT', `/v2/${this.ref.repository}/manifests/${reference}`, {
      headers: { 'content-type': mediaType },
      body: bytes,
      push: true,
    });
    await this.expectOk(res, `putting manifest ${reference}`);
    await res.body?.cancel();
    this.count('manifest');
    return true;
  }

  /** The referrers of `digest` (OCI 1.1), or undefined when the registry has no referrers API. */
  async referrers(digest: string): Promise<Descriptor[] | undefined> {
    const res = await this.request('GET', `/v2/${this.ref.repository}/referrers/${digest}`, {
      headers: { accept: 'application/vnd.oci.image.index.v1+json' },
    });
    const type = res.headers.get('content-type') ?? '';
    if (res.status !== 200 || !type.includes('application/vnd.oci.image.index.v1+json')) {
      await res.body?.cancel();
      return undefined;
    }
    return ((await res.json()) as ImageIndex).manifests ?? [];
  }
}

/** Errors of local files (the blob being sent, or written): a user's problem, not the registry's. */
const localErrors = new WeakSet<object>();

function isFsError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && localErrors.has(err);
}

function local<T extends NodeJS.EventEmitter>(stream: T): T {
  stream.on('error', (err: unknown) => {
    if (typeof err === 'object' && err !== null) localErrors.add(err);
  });
  return stream;
}

/**
 * One request whose body is streamed from `open()`, over node:http(s) (see the file comment); the
 * answer as a fetch Response. No redirect is followed: a registry answers an upload itself.
 */
function sendStream(
  method: string,
  url: string,
  headers: Record<string, string>,
  open: () => Readable,
): Promise<Response> {
  const u = new URL(url);
  const send = u.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const body = local(open());
    let answered = false;
    const req = send(u, { method, headers }, (res) => {
      answered = true;
      const status = res.statusCode ?? 0;
      const empty = method === 'HEAD' || [101, 204, 205, 304].includes(status);
      if (empty) res.resume();
      const out = new Headers();
      for (const [k, v] of Object.entries(res.headers))
        for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) out.append(k, one);
      resolve(
        new Response(empty ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>), {
          status,
          statusText: res.statusMessage,
          headers: out,
        }),
      );
      body.destroy(); // answered (a 401 may come before the whole body was read): close the file
    });
    pipeline(body, req).catch((err: unknown) => {
      if (answered) return; // the body was cut short by the answer (closed above)
      body.destroy();
      reject(err);
    });
  });
}

function errText(err: unknown): string {
  const e = err as { message?: string; cause?: { code?: string; message?: string } };
  return [e.message, e.cause?.code ?? e.cause?.message].filter(Boolean).join(': ');
}
