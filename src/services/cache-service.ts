/**
 * github.actions.results.api.v1.CacheService — the Twirp service behind @actions/cache with
 * ACTIONS_CACHE_SERVICE_V2 (the cache service github.com runs), as the client in
 * node_modules/@actions/cache calls it: CreateCacheEntry reserves a key and hands out a signed
 * upload URL, the client uploads its tar there (Put Blob, or Put Block / Put Block List above
 * 128 MiB), FinalizeCacheEntryUpload commits it, and GetCacheEntryDownloadURL finds an entry for a
 * key and restore keys and hands out a signed download URL the client GETs.
 *
 * Semantics as GitHub documents them:
 * - An entry is (scope, key, version); `version` is the client's hash of the paths and compression,
 *   and a lookup matches only its own version.
 * - Scopes are git refs, carried by the runtime token (the `ac` claim, as GitHub's tokens carry
 *   them): a job reads its own ref's entries and then those of the default branch, and writes into
 *   its own ref. A branch never sees another branch's entries, the default branch never sees a
 *   feature branch's.
 * - Lookup, scope by scope: the key exactly, then entries whose key starts with the key, then each
 *   restore key (exactly, then as a prefix); among prefix matches the newest wins.
 * - A committed entry is immutable: creating the same (scope, key, version) again is refused with
 *   `already_exists` (the client reports "another job may be creating this cache" and goes on), as
 *   is creating one another job has reserved and not finalized yet.
 * Entries are not tied to a run: a later run of the repository restores what an earlier one saved,
 * also after a restart of the server on the same directory (the committed entries are listed in
 * `<dir>/cache-entries.json`, written beside and renamed in).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempPath } from '../atomic.js';
import type { JobClaims, ServiceHost, TwirpHandler, TwirpService } from './results-server.js';
import { TwirpError } from './results-server.js';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** The ref it was saved from (refs/heads/main). */
  scope: string;
  size: number;
  createdAt: Date;
  committed: boolean;
  /** Blob name in the `cache` container. */
  blob: string;
  /** The job that reserved it. */
  jobBackendId: string;
}

/** A cache scope of a runtime token: `Permission` 1 read, 2 write, 3 both (GitHub's `ac` claim). */
export interface CacheScope {
  Scope: string;
  Permission: number;
}

const CONTAINER = 'cache';
/** GitHub's limit on key length; the client refuses commas itself. */
const MAX_KEY = 512;
/** A reservation nobody finalized is given up after this long (the job died). */
const RESERVATION_MS = 10 * 60_000;

export class CacheService implements TwirpService {
  readonly name = 'github.actions.results.api.v1.CacheService';
  readonly methods: Record<string, TwirpHandler>;
  private readonly entries: CacheEntry[] = [];
  private nextId = 1;

  private readonly index: string;

  constructor(private readonly host: ServiceHost) {
    this.index = path.join(host.blobs.dir, 'cache-entries.json');
    for (const e of this.load()) {
      this.entries.push(e);
      host.blobs.seal(CONTAINER, e.blob);
      this.nextId = Math.max(this.nextId, e.id + 1);
    }
    this.methods = {
      CreateCacheEntry: (req, c) => this.create(req, c),
      FinalizeCacheEntryUpload: (req, c) => this.finalize(req, c),
      GetCacheEntryDownloadURL: (req, c) => this.lookup(req, c),
    };
  }

  /** The committed entries (of `scope`, or all), oldest first. */
  list(scope?: string): CacheEntry[] {
    return this.entries.filter((e) => e.committed && (scope === undefined || e.scope === scope));
  }

  private load(): CacheEntry[] {
    let text: string;
    try {
      text = readFileSync(this.index, 'utf8');
    } catch {
      return [];
    }
    const list = JSON.parse(text) as Array<CacheEntry & { createdAt: string }>;
    return list.map((e) => ({ ...e, createdAt: new Date(e.createdAt) }));
  }

  private persist(): void {
    const tmp = tempPath(this.index); // a name stage starts and staleTemporaries recognise
    writeFileSync(tmp, JSON.stringify(this.list(), null, 1));
    renameSync(tmp, this.index);
  }

  /** The file holding an entry's archive. */
  archivePath(e: CacheEntry): string {
    return this.host.blobs.pathOf(CONTAINER, e.blob);
  }

  private create(req: Record<string, unknown>, claims: JobClaims): unknown {
    const key = requireKey(req.key, 'key');
    const version = requireVersion(req);
    const scope = writeScope(claims);
    // As GitHub answers a read-only token: not an error but ok: false with this prefix, which the
    // client turns into CacheWriteDeniedError.
    if (!scope)
      return {
        ok: false,
        signed_upload_url: '',
        message: `cache write denied: ${key}: the token has no writable cache scope`,
      };
    const same = (e: CacheEntry) => e.scope === scope && e.key === key && e.version === version;
    if (this.entries.some((e) => same(e) && e.committed)) {
      throw new TwirpError(
        'already_exists',
        `cache entry with the same key, version, and scope already exists: ${key} (${scope})`,
      );
    }
    const pending = this.entries.find((e) => same(e) && !e.committed);
    if (pending && Date.now() - pending.createdAt.getTime() < RESERVATION_MS) {
      throw new TwirpError('already_exists', `cache entry ${key} (${scope}) is being created by another job`);
    }
    if (pending) this.entries.splice(this.entries.indexOf(pending), 1);
    const id = this.nextId++;
    const entry: CacheEntry = {
      id,
      key,
      version,
      scope,
      size: 0,
      createdAt: new Date(),
      committed: false,
      blob: `${id}/cache.tzst`,
      jobBackendId: claims.jobBackendId,
    };
    this.entries.push(entry);
    return { ok: true, signed_upload_url: this.host.signUrl(CONTAINER, entry.blob, 'w') };
  }

  private async finalize(req: Record<string, unknown>, claims: JobClaims): Promise<unknown> {
    const key = requireKey(req.key, 'key');
    const version = requireVersion(req);
    const scope = writeScope(claims);
    const entry = this.entries.find(
      (e) => !e.committed && e.scope === scope && e.key === key && e.version === version,
    );
    if (!scope || !entry || entry.jobBackendId !== claims.jobBackendId) {
      throw new TwirpError('not_found', `no reservation of cache entry ${key} (${scope}) by this job`);
    }
    const info = await this.host.blobs.info(CONTAINER, entry.blob).catch(() => {
      throw new TwirpError('failed_precondition', `nothing was uploaded for cache entry ${key}`);
    });
    if (req.size_bytes !== undefined && Number(req.size_bytes) !== info.size) {
      return {
        ok: false,
        entry_id: '0',
        message: `cache entry ${key}: size ${String(req.size_bytes)} reported, ${info.size} uploaded`,
      };
    }
    this.host.blobs.seal(CONTAINER, entry.blob);
    Object.assign(entry, { committed: true, size: info.size, createdAt: new Date() });
    this.persist();
    return { ok: true, entry_id: String(entry.id) };
  }

  private lookup(req: Record<string, unknown>, claims: JobClaims): unknown {
    const key = requireKey(req.key, 'key');
    const restoreKeys = Array.isArray(req.restore_keys)
      ? req.restore_keys.map((k, i) => requireKey(k, `restore_keys[${i}]`))
      : [];
    const version = requireVersion(req);
    const scopes = (claims.cacheScopes ?? []).filter((s) => s.Permission & 1).map((s) => s.Scope);
    if (scopes.length === 0)
      throw new TwirpError('permission_denied', 'cache read denied: the token has no readable cache scope');
    for (const scope of scopes) {
      const found = this.match(scope, version, key, restoreKeys);
      if (found) {
        return {
          ok: true,
          signed_download_url: this.host.signUrl(CONTAINER, found.blob, 'r', 3600),
          matched_key: found.key,
        };
      }
    }
    return { ok: false, signed_download_url: '', matched_key: '' };
  }

  /** The entry of one scope for the key and restore keys, in GitHub's order. */
  private match(scope: string, version: string, key: string, restoreKeys: string[]): CacheEntry | undefined {
    const mine = this.list(scope).filter((e) => e.version === version);
    const newest = (prefix: string) =>
      mine
        .filter((e) => e.key.startsWith(prefix))
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)[0];
    const exact = (k: string) => mine.find((e) => e.key === k);
    for (const k of [key, ...restoreKeys]) {
      const hit = exact(k) ?? newest(k);
      if (hit) return hit;
    }
    return undefined;
  }
}

function requireKey(v: unknown, field: string): string {
  if (typeof v !== 'string' || !v) throw new TwirpError('invalid_argument', `${field} is required`);
  if (v.length > MAX_KEY || v.includes(','))
    throw new TwirpError(
      'invalid_argument',
      `${field}: keys are at most ${MAX_KEY} characters, without commas`,
    );
  return v;
}

function requireVersion(req: Record<string, unknown>): string {
  if (typeof req.version !== 'string' || !req.version)
    throw new TwirpError('invalid_argument', 'version is required');
  return req.version;
}

/** The scope a job writes into: the first of its token's scopes with write permission. */
function writeScope(claims: JobClaims): string | undefined {
  return (claims.cacheScopes ?? []).find((x) => x.Permission & 2)?.Scope;
}
