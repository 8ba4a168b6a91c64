/**
 * Build provenance (input `provenance: true`): one SLSA v1 provenance attestation over the
 * artifacts — an in-toto statement with each artifact's SHA-256 as a subject, signed keylessly
 * through Sigstore and stored with GitHub's attestations API (`gh attestation verify` finds it) —
 * made by @actions/attest's `attestProvenance`, and written to `<name>.intoto.jsonl` in the dist
 * directory (the Sigstore bundle on one line, as `gh attestation download` writes it).
 *
 * @actions/attest reads the GitHub environment itself, so this runs only inside a GitHub job:
 * ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN (OIDC tokens: audience `nobody` for
 * the claims the provenance predicate is built from, `sigstore` for Fulcio), GITHUB_SERVER_URL,
 * GITHUB_REPOSITORY and GITHUB_API_URL (where the attestation is stored), and GITHUB_EVENT_PATH
 * (the repository's visibility picks the Sigstore instance when `sigstore` is unset). The runner
 * passes its environment to `checkProvenanceEnvironment` first, which names what is missing.
 */
import { attestProvenance, type Subject } from '@actions/attest';
import path from 'node:path';
import { writeAtomic } from '../atomic.js';
import { DistroError, errorMessage } from '../errors.js';
import { hashFile } from '../manifest/index.js';
import { resolveInside, toPosix } from '../paths.js';
import { SIGSTORE_PUBLIC_GOOD } from './sigstore.js';

/** The job permissions provenance needs, as a workflow's `permissions:` block (for the README). */
export const PROVENANCE_PERMISSIONS = {
  'id-token': 'write',
  attestations: 'write',
  contents: 'read',
} as const;

/** Predicate type of the statement (SLSA provenance v1). */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/** Suffix of the file the attestation bundle is written to. */
export const PROVENANCE_SUFFIX = '.intoto.jsonl';

const KEY = 'input: provenance';
const PERMISSIONS_YAML = `permissions: { ${Object.entries(PROVENANCE_PERMISSIONS)
  .map(([k, v]) => `${k}: ${v}`)
  .join(', ')} }`;

/**
 * Checks, before any work, that `env` (the runner's environment) has what @actions/attest reads;
 * throws one DistroError naming the missing variables and the permissions to add.
 */
export function checkProvenanceEnvironment(env: Record<string, string | undefined>): void {
  const missing = [
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'GITHUB_REPOSITORY',
  ].filter((v) => !env[v]);
  if (missing.length === 0) return;
  throw new DistroError(
    `${KEY}: build provenance needs a GitHub Actions job with an OIDC token, and ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set. ` +
      `Add \`${PERMISSIONS_YAML}\` to the job; off GitHub, set 'provenance' to false.`,
    { key: KEY },
  );
}

export interface ProvenanceOptions {
  /** The dist directory: artifacts are relative to it, the bundle is written into it. */
  distDir: string;
  /** Artifacts to attest, relative to `distDir`; each becomes a subject with its SHA-256. */
  artifacts: string[];
  /** Container images to attest too: a subject named by the repository with the index digest (`sha256:…`), as `gh attestation verify oci://…` looks for. */
  images?: Array<{ name: string; digest: string }>;
  /** Base name of the bundle file, `<name>.intoto.jsonl` (e.g. `hello-1.2.3`). */
  name: string;
  /** Token for GitHub's attestations API (input `github-token`); never logged. */
  githubToken: string;
  /** GITHUB_SERVER_URL and GITHUB_REPOSITORY, for the attestation's URL. */
  serverUrl: string;
  repository: string;
  /** Sigstore instance: public-good (public repositories) or GitHub's (private); unset: by visibility. */
  sigstore?: 'public-good' | 'github';
  /** OIDC issuer whose signature the token claims are checked against; default GitHub's. */
  issuer?: string;
}

export interface ProvenanceResult {
  /** The bundle file written, absolute. */
  bundlePath: string;
  /** The statement's subjects: artifact paths relative to the dist directory, with their sha256. */
  subjects: Subject[];
  /** The attestation's id in the repository, and its page. */
  attestationId?: string;
  attestationUrl?: string;
}

/** Where @actions/attest sends its requests, for messages (it fixes the endpoints itself). */
function servicesOf(o: ProvenanceOptions): string {
  if (o.sigstore === 'public-good')
    return `${SIGSTORE_PUBLIC_GOOD.fulcioUrl}, ${SIGSTORE_PUBLIC_GOOD.rekorUrl}`;
  if (o.sigstore === 'github') {
    const host = new URL(o.serverUrl).hostname.replace(/^github\.com$/, 'githubapp.com');
    return `https://fulcio.${host}, https://timestamp.${host}`;
  }
  return 'the Sigstore instance picked by the repository visibility';
}

/** One DistroError for a failure of @actions/attest, naming the service and the fix. */
function attestError(e: unknown, o: ProvenanceOptions): DistroError {
  const msg = errorMessage(e);
  const code = (e as { code?: unknown }).code;
  if (msg.startsWith('Failed to get ID token'))
    return new DistroError(
      `${KEY}: could not get the job's OIDC token (${msg}). Add \`${PERMISSIONS_YAML}\` to the job.`,
      {
        key: KEY,
        cause: e,
      },
    );
  if (msg.startsWith('Failed to persist attestation'))
    return new DistroError(
      `${KEY}: GitHub's attestations API for ${o.repository} refused the attestation (${msg}). ` +
        `The job needs \`${PERMISSIONS_YAML}\` and 'github-token' must be allowed to write attestations.`,
      { key: KEY, cause: e },
    );
  if (typeof code === 'string') {
    const cause = (e as { cause?: { statusCode?: number; message?: string } }).cause;
    return new DistroError(
      `${KEY}: Sigstore (${servicesOf(o)}) failed: ${msg} (${cause?.statusCode ? `HTTP ${cause.statusCode}: ` : ''}${cause?.message ?? code}). Re-run when the service is up.`,
      { key: KEY, cause: e },
    );
  }
  return new DistroError(`${KEY}: attesting build provenance failed: ${msg}`, { key: KEY, cause: e });
}

/**
 * Attests the build provenance of `artifacts` and writes the attestation bundle to
 * `<distDir>/<name>.intoto.jsonl` (temporary name, then renamed). Returns its path, the subjects
 * and the attestation's id and URL.
 */
export async function attestBuildProvenance(o: ProvenanceOptions): Promise<ProvenanceResult> {
  if (o.artifacts.length === 0)
    throw new DistroError(`${KEY}: there are no artifacts to attest; run the stages that make them first.`, {
      key: KEY,
    });
  const subjects: Subject[] = [];
  for (const rel of o.artifacts) {
    const { sha256 } = await hashFile(resolveInside(o.distDir, rel, { key: 'manifest' }));
    subjects.push({ name: toPosix(rel), digest: { sha256 } });
  }
  for (const i of o.images ?? [])
    subjects.push({ name: i.name, digest: { sha256: i.digest.replace(/^sha256:/, '') } });
  let attestation: Awaited<ReturnType<typeof attestProvenance>>;
  try {
    attestation = await attestProvenance({
      subjects,
      token: o.githubToken,
      ...(o.sigstore ? { sigstore: o.sigstore } : {}),
      ...(o.issuer ? { issuer: o.issuer } : {}),
    });
  } catch (e) {
    throw attestError(e, o);
  }
  const bundlePath = path.join(o.distDir, o.name + PROVENANCE_SUFFIX);
  await writeAtomic(bundlePath, JSON.stringify(attestation.bundle) + '\n');
  const id = attestation.attestationID === undefined ? undefined : String(attestation.attestationID);
  return {
    bundlePath,
    subjects,
    ...(id ? { attestationId: id, attestationUrl: `${o.serverUrl}/${o.repository}/attestations/${id}` } : {}),
  };
}
