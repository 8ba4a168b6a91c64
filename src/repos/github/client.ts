/**
 * The GitHub REST client of the release publisher: @actions/github's Octokit pointed at the API URL
 * the caller gives (GITHUB_API_URL on a runner, so GitHub Enterprise Server works), and one `call`
 * wrapper through which every request goes. It waits out rate limits (Retry-After,
 * x-ratelimit-reset, bounded), retries server errors and network failures with exponential
 * backoff, and turns what is left into one DistroError that says which input to fix. The token is
 * never part of a message.
 */
import { getOctokit } from '@actions/github';
import { DistroError } from '../../errors.js';
import type { Logger } from '../../log.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** How long to wait and how often to try; every field has a default, tests inject `sleep` and `now`. */
export interface RetryOptions {
  /** Attempts for a request that fails with 5xx or a network error (default 5). */
  attempts?: number;
  /** First backoff in ms, doubled on each retry (default 1000). */
  backoffMs?: number;
  /** Longest single wait for a rate limit in ms (default 10 minutes); a longer one fails at once. */
  maxWaitMs?: number;
  /** How many rate-limit waits one request may take (default 3). */
  rateLimitWaits?: number;
  /** Waits `ms` (default setTimeout). */
  sleep?: (ms: number) => Promise<void>;
  /** The current time in ms since the epoch (default Date.now), to read x-ratelimit-reset. */
  now?: () => number;
}

export interface ClientOptions {
  /** `owner/name`-split repository the release belongs to. */
  owner: string;
  repo: string;
  /** GITHUB_TOKEN or a PAT with `contents: write`. */
  token: string;
  /** REST API root: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl?: string;
  retry?: RetryOptions;
  log?: Logger;
  /** The inputs errors name and the permission a write needs (default: the release's). */
  inputs?: ErrorInputs;
}

/** Which inputs an error names, and what a refused write should ask for. */
export interface ErrorInputs {
  token: string;
  repository: string;
  permission: string;
}

const RELEASE_INPUTS: ErrorInputs = {
  token: 'token',
  repository: 'github-release',
  permission:
    "Give the workflow `permissions: contents: write` (a personal access token needs the 'repo' scope, or 'Contents: Read and write' for a fine-grained one).",
};

export interface CallOptions<T> {
  /** A request that changes something: 403/404 then mean a missing permission. */
  write?: boolean;
  /** 404 is an answer (nothing there): resolve to undefined instead of failing. */
  allow404?: boolean;
  /**
   * Retry after a 5xx/network failure. Safe for reads, PATCH and DELETE. A POST is retried only
   * with `recover`, which looks whether the failed attempt took effect after all (its response lost).
   */
  retry?: boolean;
  /** Before a retry: the result of the failed attempt if it was applied, else undefined (try again). */
  recover?: () => Promise<T | undefined>;
}

interface HttpError {
  status: number;
  message: string;
  headers: Record<string, string | undefined>;
}

/** The parts of an Octokit RequestError (or a network failure) that decide what to do next. */
function httpError(err: unknown): HttpError | undefined {
  if (!err || typeof err !== 'object' || !('status' in err)) return undefined;
  const e = err as { status: unknown; message?: unknown; response?: { headers?: Record<string, string> } };
  if (typeof e.status !== 'number') return undefined;
  return { status: e.status, message: String(e.message ?? ''), headers: e.response?.headers ?? {} };
}

/** A 5xx from GitHub, or a request that got no response at all (Octokit reports those as 500). */
function isTransient(e: HttpError): boolean {
  return e.status >= 500 || e.status === 0;
}

/** How long GitHub asks us to wait, in ms; undefined when the error is not a rate limit. */
export function rateLimitWait(e: HttpError, now: number): number | undefined {
  const h = e.headers;
  const limited =
    e.status === 429 ||
    (e.status === 403 &&
      (h['x-ratelimit-remaining'] === '0' ||
        h['retry-after'] !== undefined ||
        /rate limit/i.test(e.message)));
  if (!limited) return undefined;
  const retryAfter = h['retry-after'];
  if (retryAfter !== undefined) {
    const secs = Number(retryAfter);
    if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.max(0, at - now);
  }
  const reset = Number(h['x-ratelimit-reset']);
  if (h['x-ratelimit-remaining'] === '0' && Number.isFinite(reset))
    return Math.max(0, reset * 1000 - now) + 1000;
  return 60_000; // a secondary rate limit without headers: GitHub says to wait at least a minute
}

/** A request against one repository's releases, with the behaviour described in the file comment. */
export class GitHubClient {
  readonly octokit: Octokit;
  readonly owner: string;
  readonly repo: string;
  private readonly token: string;
  private readonly retry: Required<RetryOptions>;
  private readonly log?: Logger;
  private readonly inputs: ErrorInputs;

  constructor(o: ClientOptions) {
    const inputs = (this.inputs = o.inputs ?? RELEASE_INPUTS);
    if (!o.token) {
      throw new DistroError(
        `input '${inputs.token}': no token given; pass \`${inputs.token}: \${{ secrets.… }}\`. ${inputs.permission}`,
        { key: `input: ${inputs.token}` },
      );
    }
    if (!o.owner || !o.repo || /[/\s]/.test(o.owner + o.repo)) {
      throw new DistroError(
        `input '${inputs.repository}': '${o.owner}/${o.repo}' is not a repository; give it as owner/name.`,
        { key: `input: ${inputs.repository}` },
      );
    }
    this.owner = o.owner;
    this.repo = o.repo;
    this.token = o.token;
    this.log = o.log;
    this.octokit = getOctokit(o.token, {
      baseUrl: (o.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
      log: {
        debug: () => {},
        info: () => {},
        warn: (m: string) => o.log?.debug(this.scrub(m)),
        error: () => {},
      },
    });
    this.retry = {
      attempts: o.retry?.attempts ?? 5,
      backoffMs: o.retry?.backoffMs ?? 1000,
      maxWaitMs: o.retry?.maxWaitMs ?? 10 * 60_000,
      rateLimitWaits: o.retry?.rateLimitWaits ?? 3,
      sleep: o.retry?.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      now: o.retry?.now ?? Date.now,
    };
  }

  /** `owner/repo`, for messages. */
  get slug(): string {
    return `${this.owner}/${this.repo}`;
  }

  /** Removes the token from text that came from elsewhere (server messages) before it is shown. */
  scrub(text: string): string {
    return text.split(this.token).join('***');
  }

  /** Runs `fn` (one REST request, `what` describes it) with waits, retries and error translation. */
  async call<T>(
    what: string,
    fn: () => Promise<T>,
    o: CallOptions<T> & { allow404: true },
  ): Promise<T | undefined>;
  async call<T>(what: string, fn: () => Promise<T>, o?: CallOptions<T>): Promise<T>;
  async call<T>(what: string, fn: () => Promise<T>, o: CallOptions<T> = {}): Promise<T | undefined> {
    const retry = o.retry ?? (!o.write || o.recover !== undefined);
    let tries = 0;
    let waits = 0;
    for (;;) {
      let e: HttpError;
      try {
        tries++;
        return await fn();
      } catch (err) {
        const he = httpError(err);
        if (!he) throw err;
        e = he;
      }
      if (e.status === 404 && o.allow404) return undefined;
      const wait = rateLimitWait(e, this.retry.now());
      if (wait !== undefined) {
        tries--; // a rate-limited attempt is not a failed one
        waits++;
        if (wait > this.retry.maxWaitMs || waits > this.retry.rateLimitWaits)
          throw this.rateLimited(what, e, wait);
        this.log?.info(
          `GitHub API rate limit (HTTP ${e.status}) on ${what}: waiting ${Math.ceil(wait / 1000)}s.`,
        );
        await this.retry.sleep(wait);
        continue;
      }
      if (isTransient(e) && retry && tries < this.retry.attempts) {
        const backoff = this.retry.backoffMs * 2 ** (tries - 1);
        this.log?.info(
          `GitHub ${e.status ? `HTTP ${e.status}` : 'network error'} on ${what}; retry ${tries} of ${this.retry.attempts - 1} in ${backoff / 1000}s.`,
        );
        await this.retry.sleep(backoff);
        if (o.recover) {
          const done = await o.recover();
          if (done !== undefined) return done;
        }
        continue;
      }
      throw this.failure(what, e, o.write ?? false, tries);
    }
  }

  private rateLimited(what: string, e: HttpError, wait: number): DistroError {
    const { repository } = this.inputs;
    return new DistroError(
      `input '${repository}': the GitHub API rate limit of the token is exhausted (HTTP ${e.status} on ${what}) and resets in ${Math.ceil(wait / 1000)}s, longer than this job waits. Re-run the job later (it is safe: nothing is published twice), or use a token with a higher limit.`,
      { key: `input: ${repository}` },
    );
  }

  private failure(what: string, e: HttpError, write: boolean, tries: number): DistroError {
    const said = this.scrub(e.message);
    const http = e.status ? `HTTP ${e.status}: ${said}` : said;
    const { token, repository, permission } = this.inputs;
    if (e.status === 401) {
      return new DistroError(
        `input '${token}': GitHub rejected the token (${http}) on ${what}. Check the secret the '${token}' input comes from; a GITHUB_TOKEN is only valid while its job runs.`,
        { key: `input: ${token}` },
      );
    }
    if (write && (e.status === 403 || e.status === 404)) {
      return new DistroError(
        `input '${token}': the token may not ${what} in ${this.slug} (${http}). ${permission}`,
        { key: `input: ${token}` },
      );
    }
    if (e.status === 404 || e.status === 403) {
      return new DistroError(
        `input '${repository}': ${this.slug} is not visible to the token (${http}) on ${what}; check the repository name and that the token can read it.`,
        { key: `input: ${repository}` },
      );
    }
    const after = tries > 1 ? ` after ${tries} attempts` : '';
    return new DistroError(
      `input '${repository}': GitHub failed to ${what} in ${this.slug}${after} (${http}). ${isTransient(e) ? 'Re-run the job; it is safe: nothing is published twice.' : 'Fix the settings this names.'}`,
      { key: `input: ${repository}` },
    );
  }
}
