/**
 * Keyless Sigstore signatures: for each artifact a `<artifact>.sigstore.json` bundle (Sigstore
 * bundle v0.3, a message signature over the artifact's SHA-256 digest) signed by an ephemeral
 * P-256 key that Fulcio certifies for the workflow's OIDC identity, logged in Rekor and, when a
 * timestamp authority is set, counter-signed by it. `cosign verify-blob --bundle`, `sigstore-python`
 * and `verifySigstoreBundle` below check such a bundle.
 *
 * The pieces come from `@sigstore/sign` (Fulcio, Rekor, TSA clients) and `@sigstore/bundle`; the
 * artifact itself is signed here, streamed, because the library's bundle builders want the whole
 * artifact in memory.
 */
import {
  createHash,
  createPublicKey,
  createSign,
  createVerify,
  generateKeyPairSync,
  X509Certificate,
} from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAllAtomic } from '../atomic.js';
import {
  bundleFromJSON,
  bundleToJSON,
  toMessageSignatureBundle,
  type Bundle,
  type SerializedBundle,
} from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  FulcioSigner,
  InternalError,
  RekorWitness,
  TSAWitness,
  type Signature,
  type Signer as SigstoreKeySigner,
  type Witness,
} from '@sigstore/sign';
import { toSignedEntity, toTrustMaterial, Verifier, type SignedEntity } from '@sigstore/verify';
import { DistroError, errorMessage } from '../errors.js';
import { hashFile } from '../manifest/index.js';

/** The public-good Sigstore instance (sigstore.dev). */
export const SIGSTORE_PUBLIC_GOOD = {
  fulcioUrl: 'https://fulcio.sigstore.dev',
  rekorUrl: 'https://rekor.sigstore.dev',
  tsaUrl: 'https://timestamp.sigstore.dev',
} as const;

/** Suffix of the bundle written beside each artifact. */
export const SIGSTORE_BUNDLE_SUFFIX = '.sigstore.json';

/** The audience Fulcio expects in the OIDC identity token. */
export const SIGSTORE_AUDIENCE = 'sigstore';

const KEY = 'input: sigstore';
const PERMISSION_HINT =
  'On GitHub Actions add `permissions: id-token: write` to the job (or workflow) so the runner can issue one; elsewhere pass a token (SIGSTORE_ID_TOKEN)';

/**
 * A Fulcio certificate lives 10 minutes; one younger than this is reused for the next artifact
 * (its Rekor entry and timestamp are made within seconds), an older one is replaced.
 */
const CERTIFICATE_REUSE_MS = 5 * 60 * 1000;

export interface SigstoreSignOptions {
  /** An OIDC identity token (a JWT with audience `sigstore`). */
  identityToken?: string;
  /** Called for a fresh token whenever a certificate is needed; used when `identityToken` is unset. */
  getToken?: () => Promise<string>;
  /** Fulcio base URL; default the public-good instance. */
  fulcioUrl?: string;
  /** Rekor base URL; default the public-good instance. */
  rekorUrl?: string;
  /** RFC 3161 timestamp authority base URL; default the public-good one, '' for none. */
  tsaUrl?: string;
  /** Per-request timeout in milliseconds (default 10 s); each request is retried 3 times. */
  timeoutMs?: number;
}

/** What an HTTP failure inside `@sigstore/sign` was about, for the message. */
const SERVICE: Record<string, 'fulcio' | 'rekor' | 'tsa' | undefined> = {
  CA_CREATE_SIGNING_CERTIFICATE_ERROR: 'fulcio',
  TLOG_CREATE_ENTRY_ERROR: 'rekor',
  TLOG_FETCH_ENTRY_ERROR: 'rekor',
  TSA_CREATE_TIMESTAMP_ERROR: 'tsa',
};
const SERVICE_NAME = { fulcio: 'Fulcio', rekor: 'Rekor', tsa: 'the timestamp authority' };

/** A DistroError about the identity token, with how to get one. */
function tokenError(why: string, cause?: unknown): DistroError {
  return new DistroError(`${KEY}: ${why}. ${PERMISSION_HINT}.`, {
    key: KEY,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Turns an error of `@sigstore/sign` into one DistroError naming the service and its URL. */
function sigstoreError(e: unknown, urls: { fulcio: string; rekor: string; tsa: string }): DistroError {
  if (e instanceof DistroError) return e;
  if (e instanceof InternalError) {
    if (e.cause instanceof DistroError) return e.cause; // from identityToken, through FulcioSigner
    // the library's message quotes the token: leave it (and the cause) out
    if (e.code === 'IDENTITY_TOKEN_PARSE_ERROR')
      return tokenError("the OIDC identity token is not a JWT with a 'sub' claim");
    const service = SERVICE[e.code];
    if (service) {
      const cause = e.cause as { statusCode?: number; message?: string } | undefined;
      const status = cause?.statusCode ? `HTTP ${cause.statusCode}: ` : '';
      return new DistroError(
        `${KEY}: ${SERVICE_NAME[service]} at ${urls[service]} failed (${e.message}: ${status}${cause?.message ?? 'no response'}). ` +
          `Check that the URL is right and the service is up, then re-run.`,
        { key: KEY, cause: e },
      );
    }
  }
  return new DistroError(`${KEY}: Sigstore signing failed: ${errorMessage(e)}`, { key: KEY, cause: e });
}

/** The identity token from the options, with the fix in the error when there is none. */
async function identityToken(o: SigstoreSignOptions): Promise<string> {
  if (o.identityToken) return o.identityToken;
  if (!o.getToken) throw tokenError('keyless signing needs an OIDC identity token and none is available');
  let token: string;
  try {
    token = await o.getToken();
  } catch (e) {
    throw tokenError(`could not get an OIDC identity token (${errorMessage(e)})`, e);
  }
  if (!token) throw tokenError('the OIDC identity token is empty');
  return token;
}

/**
 * A `getToken` for the GitHub runner's OIDC endpoint: `request` is ACTIONS_ID_TOKEN_REQUEST_URL and
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN (set only when the job has `permissions: id-token: write`), passed
 * in by the caller; undefined when they are missing, which `signWithSigstore` reports.
 */
export function githubIdToken(
  request: { url?: string; token?: string },
  audience = SIGSTORE_AUDIENCE,
): (() => Promise<string>) | undefined {
  const { url, token } = request;
  if (!url || !token) return undefined;
  return async () => {
    const u = new URL(url);
    u.searchParams.set('audience', audience);
    const res = await fetch(u, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`the runner's token endpoint answered HTTP ${res.status}`);
    const body = (await res.json()) as { value?: unknown };
    if (typeof body.value !== 'string') throw new Error("the runner's token endpoint sent no 'value'");
    return body.value;
  };
}

/** An ephemeral P-256 key: the key holder Fulcio certifies, and the signer of the artifacts. */
class EphemeralKey implements SigstoreKeySigner {
  private readonly keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  private readonly publicKeyPem = this.keys.publicKey.export({ format: 'pem', type: 'spki' }).toString();

  /** Signs bytes in memory (Fulcio's proof of possession over the token's subject). */
  async sign(data: Buffer): Promise<Signature> {
    const s = createSign('sha256');
    s.update(data);
    return {
      signature: s.sign(this.keys.privateKey),
      key: { $case: 'publicKey', publicKey: this.publicKeyPem },
    };
  }

  /** SHA-256 digest and ECDSA signature of a file, in one streamed read. */
  async signFile(file: string): Promise<{ digest: Buffer; signature: Buffer }> {
    const hash = createHash('sha256');
    const signer = createSign('sha256');
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      signer.update(chunk);
    }
    return { digest: hash.digest(), signature: signer.sign(this.keys.privateKey) };
  }
}

/**
 * Signs each file keylessly and writes `<file>.sigstore.json` beside it. Returns the paths written,
 * in the order of `files`. Nothing is written unless every file was signed: the bundles are
 * written under temporary names and renamed at the end.
 */
export async function signWithSigstore(files: string[], o: SigstoreSignOptions): Promise<string[]> {
  const urls = {
    fulcio: o.fulcioUrl || SIGSTORE_PUBLIC_GOOD.fulcioUrl,
    rekor: o.rekorUrl || SIGSTORE_PUBLIC_GOOD.rekorUrl,
    tsa: o.tsaUrl ?? SIGSTORE_PUBLIC_GOOD.tsaUrl,
  };
  const fetchOptions = { timeout: o.timeoutMs ?? 10_000, retry: 3 };
  // fail before reading any file when there is no token; the first certificate uses this one
  let firstToken: string | undefined = await identityToken(o);
  const nextToken = async () => {
    const token = firstToken ?? (await identityToken(o));
    firstToken = undefined;
    return token;
  };
  const key = new EphemeralKey();
  const fulcio = new FulcioSigner({
    identityProvider: { getToken: nextToken },
    keyHolder: key,
    fulcioBaseURL: urls.fulcio,
    ...fetchOptions,
  });
  const witnesses: Witness[] = [
    new RekorWitness({ rekorBaseURL: urls.rekor, fetchOnConflict: true, ...fetchOptions }),
  ];
  if (urls.tsa) witnesses.push(new TSAWitness({ tsaBaseURL: urls.tsa, ...fetchOptions }));

  let certificate: { pem: string; at: number } | undefined;
  const pending: Array<{ out: string; json: string }> = [];
  try {
    for (const file of files) {
      const { digest, signature } = await key.signFile(file).catch((e: NodeJS.ErrnoException) => {
        throw new DistroError(`${KEY}: cannot read ${file} to sign it (${e.code ?? e.message}).`, {
          key: KEY,
        });
      });
      if (!certificate || Date.now() - certificate.at > CERTIFICATE_REUSE_MS) {
        // FulcioSigner proves possession of the key and returns its certificate; the signature
        // it also makes over its argument is not needed
        const issued = await fulcio.sign(Buffer.alloc(0));
        if (issued.key.$case !== 'x509Certificate') throw new Error('Fulcio returned no certificate');
        certificate = { pem: issued.key.certificate, at: Date.now() };
      }
      const bundle = toMessageSignatureBundle({
        digest,
        signature,
        certificate: Buffer.from(new X509Certificate(certificate.pem).raw),
        certificateChain: false,
      });
      const material = await Promise.all(witnesses.map((w) => w.testify(bundle.content, certificate!.pem)));
      bundle.verificationMaterial.tlogEntries = material.flatMap((m) => m.tlogEntries ?? []);
      bundle.verificationMaterial.timestampVerificationData = {
        rfc3161Timestamps: material.flatMap((m) => m.rfc3161Timestamps ?? []),
      };
      pending.push({ out: file + SIGSTORE_BUNDLE_SUFFIX, json: JSON.stringify(bundleToJSON(bundle)) });
    }
  } catch (e) {
    throw sigstoreError(e, urls);
  }
  await writeAllAtomic(pending.map((p) => [p.out, p.json] as const));
  return pending.map((p) => p.out);
}

export interface SigstoreVerifyOptions {
  /** The Sigstore trusted root (`trusted_root.json`): its path, or its parsed JSON. */
  trustedRoot: string | object;
  /** Who must have signed: the certificate's SAN (exact, or a pattern) and OIDC issuer. */
  identity: { subjectAlternativeName: string | RegExp; issuer: string };
}

/** What a verified bundle says about its signer. */
export interface SigstoreVerified {
  subjectAlternativeName?: string;
  issuer?: string;
  /** For an attestation (DSSE bundle): its in-toto statement. */
  statement?: InTotoStatement;
}

/** DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** The parts of an in-toto v1 statement this project reads. */
export interface InTotoStatement {
  _type: string;
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicateType: string;
  predicate: Record<string, unknown>;
}

/**
 * A message signature checked against a file without holding it in memory: the digest and the
 * signature under the certificate's key are computed in one streamed read before the verifier
 * asks, and it only ever asks with that key.
 */
async function streamedSignatureContent(
  file: string,
  bundle: Bundle,
  entity: SignedEntity,
): Promise<SignedEntity['signature']> {
  if (bundle.content.$case !== 'messageSignature' || entity.key.$case !== 'certificate')
    return entity.signature;
  const expected = Buffer.from(bundle.content.messageSignature.messageDigest.digest);
  const signature = Buffer.from(bundle.content.messageSignature.signature);
  const certKey = createPublicKey({ key: entity.key.certificate.publicKey, format: 'der', type: 'spki' });
  const hash = createHash('sha256');
  const verify = createVerify('sha256');
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    verify.update(chunk);
  }
  const digest = hash.digest();
  const valid = digest.equals(expected) && verify.verify(certKey, signature);
  return {
    signature,
    compareSignature: (s) => s.equals(signature),
    compareDigest: (d) => d.equals(expected) && d.equals(digest),
    compareSignedDigest: (d) => d.equals(expected) && d.equals(digest),
    verifySignature: (k) => valid && k.equals(certKey),
  };
}

/**
 * Verifies a Sigstore bundle for `file` against a trusted root and an expected identity: the
 * certificate chains to the root's CA, the transparency-log entry and timestamps check out, the
 * signer is `identity`, and the signature covers `file` — for a message signature its bytes
 * (streamed), for an attestation (DSSE) an in-toto statement that names `file`'s SHA-256 as a
 * subject. Throws one DistroError saying what failed.
 */
export async function verifySigstoreBundle(
  file: string,
  bundlePath: string,
  o: SigstoreVerifyOptions,
): Promise<SigstoreVerified> {
  const fail = (why: string, cause?: unknown): never => {
    const message = `${bundlePath}: the Sigstore bundle does not verify ${path.basename(file)}: ${why}`;
    throw new DistroError(message, { file: bundlePath, cause });
  };
  let bundle: Bundle;
  let root: TrustedRoot;
  try {
    bundle = bundleFromJSON(JSON.parse(await readFile(bundlePath, 'utf8')) as SerializedBundle);
    const rootJson: unknown =
      typeof o.trustedRoot === 'string' ? JSON.parse(await readFile(o.trustedRoot, 'utf8')) : o.trustedRoot;
    root = TrustedRoot.fromJSON(rootJson);
  } catch (e) {
    return fail(`it or the trusted root cannot be read (${errorMessage(e)})`, e);
  }
  const entity = toSignedEntity(bundle);
  let statement: InTotoStatement | undefined;
  try {
    if (bundle.content.$case === 'dsseEnvelope') {
      const { payloadType, payload } = bundle.content.dsseEnvelope;
      if (payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return fail(`it signs a ${payloadType}, not an in-toto statement`);
      statement = JSON.parse(Buffer.from(payload).toString('utf8')) as InTotoStatement;
      const { sha256 } = await hashFile(file);
      if (!statement.subject?.some((s) => s.digest?.sha256 === sha256))
        return fail(`its in-toto statement has no subject with the file's sha256 ${sha256}`);
    } else {
      entity.signature = await streamedSignatureContent(file, bundle, entity);
    }
  } catch (e) {
    if (e instanceof DistroError) throw e;
    return fail(`cannot read the file or the statement (${errorMessage(e)})`, e);
  }
  try {
    const signer = new Verifier(toTrustMaterial(root)).verify(entity, {
      subjectAlternativeName: o.identity.subjectAlternativeName,
      extensions: { issuer: o.identity.issuer },
    });
    return {
      subjectAlternativeName: signer.identity?.subjectAlternativeName,
      issuer: signer.identity?.extensions?.issuer,
      ...(statement ? { statement } : {}),
    };
  } catch (e) {
    const code = (e as { code?: string }).code;
    return fail(`${code ? `${code}: ` : ''}${errorMessage(e)}`, e);
  }
}
