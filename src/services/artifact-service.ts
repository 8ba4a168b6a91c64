/**
 * github.actions.results.api.v1.ArtifactService — the Twirp service behind @actions/artifact v2+
 * ("v4 artifacts"), as the client in node_modules/@actions/artifact calls it: CreateArtifact hands
 * out a signed upload URL, the client uploads a zip there with Put Block / Put Block List, and
 * FinalizeArtifact makes it visible (checked against the size and sha256 the client reports).
 * ListArtifacts, GetSignedArtifactURL and DeleteArtifact serve get/list/download/delete.
 *
 * As on GitHub, artifacts belong to one workflow run (every job of the run sees them, no other run
 * does) and are immutable: creating a name that already exists in the run is `already_exists`
 * (HTTP 409) until it is deleted. Messages are JSON with the proto field names, as the generated
 * client sends them (int64 as strings, wrapper types as bare values).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { JobClaims, ServiceHost, TwirpHandler, TwirpService } from './results-server.js';
import { TwirpError } from './results-server.js';

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  size: number;
  digest?: string;
  createdAt: Date;
  finalized: boolean;
  /** The blob holding the zip, in the `artifacts` container. */
  blob: string;
}

const CONTAINER = 'artifacts';

export class ArtifactService implements TwirpService {
  readonly name = 'github.actions.results.api.v1.ArtifactService';
  readonly methods: Record<string, TwirpHandler>;
  private readonly artifacts: StoredArtifact[] = [];
  private nextId = 1;

  constructor(private readonly host: ServiceHost) {
    this.methods = {
      CreateArtifact: (req, c) => this.create(req, c),
      FinalizeArtifact: (req, c) => this.finalize(req, c),
      ListArtifacts: (req, c) => this.listMethod(req, c),
      GetSignedArtifactURL: (req, c) => this.signedUrl(req, c),
      DeleteArtifact: (req, c) => this.delete(req, c),
    };
  }

  /** The finalized artifacts of a run, oldest first. */
  list(runBackendId: string): StoredArtifact[] {
    return this.artifacts.filter((a) => a.runBackendId === runBackendId && a.finalized);
  }

  /** The file holding an artifact's zip, for tests that tamper with data at rest. */
  zipPath(a: StoredArtifact): string {
    return this.host.blobs.pathOf(CONTAINER, a.blob);
  }

  private find(runBackendId: string, name: string, finalized = true): StoredArtifact | undefined {
    return this.artifacts.find(
      (a) => a.runBackendId === runBackendId && a.name === name && a.finalized === finalized,
    );
  }

  private create(req: Record<string, unknown>, claims: JobClaims): unknown {
    const name = requireName(req);
    checkScope(req, claims);
    if (this.find(claims.runBackendId, name)) {
      throw new TwirpError(
        'already_exists',
        `an artifact named '${name}' already exists in this workflow run`,
      );
    }
    const pending = this.find(claims.runBackendId, name, false);
    if (pending && pending.jobBackendId !== claims.jobBackendId) {
      throw new TwirpError(
        'already_exists',
        `another job is uploading an artifact named '${name}' in this workflow run`,
      );
    }
    if (pending) this.artifacts.splice(this.artifacts.indexOf(pending), 1);
    const id = this.nextId++;
    const art: StoredArtifact = {
      id,
      name,
      runBackendId: claims.runBackendId,
      jobBackendId: claims.jobBackendId,
      size: 0,
      createdAt: new Date(),
      finalized: false,
      blob: `${claims.runBackendId}/${id}/${name}.zip`,
    };
    this.artifacts.push(art);
    return { ok: true, signed_upload_url: this.host.signUrl(CONTAINER, art.blob, 'w') };
  }

  private async finalize(req: Record<string, unknown>, claims: JobClaims): Promise<unknown> {
    const name = requireName(req);
    checkScope(req, claims);
    const art = this.find(claims.runBackendId, name, false);
    if (!art || art.jobBackendId !== claims.jobBackendId) {
      throw new TwirpError('not_found', `no upload of '${name}' was started by this job`);
    }
    const info = await this.host.blobs.info(CONTAINER, art.blob).catch(() => {
      throw new TwirpError('failed_precondition', `nothing was uploaded for artifact '${name}'`);
    });
    if (req.size !== undefined && Number(req.size) !== info.size) {
      throw new TwirpError(
        'invalid_argument',
        `artifact '${name}': size ${String(req.size)} reported, ${info.size} stored`,
      );
    }
    const digest = `sha256:${await sha256File(this.zipPath(art))}`;
    if (typeof req.hash === 'string' && req.hash !== digest) {
      throw new TwirpError(
        'invalid_argument',
        `artifact '${name}': digest ${req.hash} reported, ${digest} stored`,
      );
    }
    this.host.blobs.seal(CONTAINER, art.blob);
    Object.assign(art, { finalized: true, size: info.size, digest });
    return { ok: true, artifact_id: String(art.id) };
  }

  private listMethod(req: Record<string, unknown>, claims: JobClaims): unknown {
    checkScope(req, claims);
    const nameFilter = typeof req.name_filter === 'string' ? req.name_filter : undefined;
    const idFilter = req.id_filter !== undefined ? Number(req.id_filter) : undefined;
    const hits = this.list(claims.runBackendId).filter(
      (a) =>
        (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || a.id === idFilter),
    );
    return {
      artifacts: hits.map((a) => ({
        workflow_run_backend_id: a.runBackendId,
        workflow_job_run_backend_id: a.jobBackendId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.size),
        created_at: a.createdAt.toISOString(),
        digest: a.digest,
      })),
    };
  }

  private signedUrl(req: Record<string, unknown>, claims: JobClaims): unknown {
    const name = requireName(req);
    checkScope(req, claims, false);
    const art = this.find(claims.runBackendId, name);
    if (!art) throw new TwirpError('not_found', `no artifact named '${name}' in this workflow run`);
    return { signed_url: this.host.signUrl(CONTAINER, art.blob, 'r', 3600) };
  }

  private async delete(req: Record<string, unknown>, claims: JobClaims): Promise<unknown> {
    const name = requireName(req);
    checkScope(req, claims, false);
    const art = this.find(claims.runBackendId, name);
    if (!art) throw new TwirpError('not_found', `no artifact named '${name}' in this workflow run`);
    this.artifacts.splice(this.artifacts.indexOf(art), 1);
    await this.host.blobs.delete(CONTAINER, art.blob);
    return { ok: true, artifact_id: String(art.id) };
  }
}

function requireName(req: Record<string, unknown>): string {
  if (typeof req.name !== 'string' || !req.name) throw new TwirpError('invalid_argument', 'name is required');
  return req.name;
}

/**
 * A job may act only inside its own run (and create/finalize only as itself). GetSignedArtifactURL
 * names the producing job, which may be any job of the run.
 */
function checkScope(req: Record<string, unknown>, claims: JobClaims, ownJob = true): void {
  if (req.workflow_run_backend_id !== claims.runBackendId) {
    throw new TwirpError('permission_denied', 'workflow_run_backend_id is not the run of this token');
  }
  if (ownJob && req.workflow_job_run_backend_id !== claims.jobBackendId) {
    throw new TwirpError('permission_denied', 'workflow_job_run_backend_id is not the job of this token');
  }
}

async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const c of createReadStream(file)) h.update(c as Buffer);
  return h.digest('hex');
}
