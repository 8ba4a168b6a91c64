/**
 * The sign stage: rpm packages signed in place, SBOMs, checksum files, detached OpenPGP signatures
 * with a clearsigned SHA256SUMS, minisign signatures, Sigstore bundles and build provenance — in
 * that order, so each later step covers what the earlier ones wrote. Keys are read and checked
 * before anything is written; on any failure every file this run wrote is removed again (or, where
 * an earlier run had written it, put back as it was) and the rpm packages are left unsigned (they are signed as copies and renamed over the originals last).
 */
import { assertExpanded } from '../config/index.js';
import { copyFile, link, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeTempDir, restoreSwapped, swapIn, writeAtomic } from '../atomic.js';
import { resolveSourceDateEpoch } from '../build/index.js';
import { DistroError } from '../errors.js';
import {
  DOWNLOAD_KINDS,
  describe,
  hashFile,
  type ArtifactKind,
  type ManifestArtifact,
} from '../manifest/index.js';
import { globToRegExp } from '../runner/artifacts.js';
import { parseAlgorithms, writeChecksums, SUMS_FILE, type ChecksumAlgorithm } from '../sign/checksums.js';
import { loadMinisignKey, minisignFile } from '../sign/minisign.js';
import type { OpenPgpSigner } from '../sign/openpgp.js';
import { signRpm } from '../sign/rpm.js';
import {
  disposeAuthenticodeKey,
  isAuthenticodeTarget,
  loadAuthenticodeKey,
  signAuthenticode,
  type AuthenticodeKey,
} from '../sign/authenticode.js';
import { parseSignedImage } from '../formats/oci/attach.js';
import { formatRef } from '../formats/oci/reference.js';
import { sbomKinds } from '../formats/registry.js';
import { writeSboms } from '../sign/sbom.js';
import { closeStage, openStage, type CommonOptions, type StageContext, type StageResult } from './common.js';

export type SbomFormat = 'spdx' | 'cyclonedx';

export interface SigstoreOptions {
  /** An OIDC identity token, or a way to get one (the runner's OIDC endpoint). */
  identityToken?: string;
  getToken?: () => Promise<string>;
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
}

export interface ProvenanceStageOptions {
  githubToken: string;
  serverUrl: string;
  repository: string;
}

export interface SignStageOptions extends CommonOptions {
  /** `checksums`: algorithms (sha256, sha512, none). Unset: `sign.checksums` of the config, else both. */
  checksums?: string[];
  /** Also write `<file>.sha256` beside each artifact. Unset: `sign.per_file` of the config. */
  perFile?: boolean;
  /** `gpg-private-key`: armored (or base64 of armored or binary) OpenPGP private key. */
  gpgPrivateKey?: string;
  /** `gpg-passphrase`. */
  gpgPassphrase?: string;
  /** `signatures`: globs over artifact paths to sign; unset: `sign.artifacts` of the config, else every release file. */
  signatures?: string[];
  /** `signature-format`: `armor` (`.asc`, default) or `binary` (`.sig`). */
  signatureFormat?: string;
  /** `sign-packages`: sign rpm packages in place (default true when a key is given). */
  signPackages?: boolean;
  /** `minisign-key` (the secret key file's text) and `minisign-password`. */
  minisignKey?: string;
  minisignPassword?: string;
  /** `sbom`: spdx, cyclonedx or none. Unset: `sign.sbom` of the config, else both. */
  sbom?: string[];
  /** Keyless Sigstore bundles per artifact (`sigstore: true`). */
  sigstore?: SigstoreOptions;
  /** Build provenance through GitHub's attestations API (`provenance: true`). */
  provenance?: ProvenanceStageOptions;
  /** `oci-image`: a pushed index (`repo@sha256:…`) to sign with Sigstore and attach the SPDX SBOMs to. */
  ociImage?: string;
  /** `oci-username` / `oci-password` for its registry; without a password the `github-token`. */
  ociCredentials?: { username?: string; password?: string };
  /** `authenticode-pfx`: code-signing certificate and key, PFX (PKCS#12) in base64. */
  authenticodePfx?: string;
  /** `authenticode-password`: the PFX's password. */
  authenticodePassword?: string;
  /** `authenticode-timestamp-url`: RFC 3161 server. Unset: `sign.authenticode.timestamp_url`. */
  authenticodeTimestampUrl?: string;
}

export interface SignStageResult extends StageResult {
  /** Absolute path of SHA256SUMS (or the first checksum file), '' when none. */
  checksumsFile: string;
  /** Absolute path of KEY.asc when an OpenPGP key signed, else ''. */
  publicKey: string;
  /** Fingerprint and signing key id of the OpenPGP key, when one signed. */
  fingerprint: string;
  keyId: string;
  /** Attestation URL when provenance was attested. */
  attestationUrl: string;
  /** The image's signature manifest (`repo:sha256-….sig` or `repo@sha256:…`) when oci-image was signed. */
  ociSignature: string;
}

/** Kinds that get signatures by default: what a user downloads, the bare binaries and the SBOMs. */
const SIGNED_KINDS: ReadonlySet<ArtifactKind> = new Set<ArtifactKind>([...DOWNLOAD_KINDS, 'binary', 'sbom']);

function parseSbom(list: string[], key: string): SbomFormat[] {
  const out = new Set<SbomFormat>();
  for (const raw of list) {
    const v = raw.trim().toLowerCase();
    if (v === 'none' || v === 'false') return [];
    if (v === 'spdx' || v === 'cyclonedx') out.add(v);
    else if (v === 'both' || v === 'true') {
      out.add('spdx');
      out.add('cyclonedx');
    } else
      throw new DistroError(`${key}: unknown SBOM format '${raw}'; use spdx, cyclonedx, both or none.`, {
        key,
      });
  }
  return [...out];
}

/** Signature time: SOURCE_DATE_EPOCH when set (reproducible signatures), else the current time. */
function signingTime(env: Record<string, string | undefined>): Date | undefined {
  const s = env.SOURCE_DATE_EPOCH?.trim();
  if (!s) return undefined;
  if (!/^\d+$/.test(s)) {
    throw new DistroError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '${s}'.`, {
      key: 'SOURCE_DATE_EPOCH',
    });
  }
  return new Date(Number(s) * 1000);
}

/**
 * Tracks what a run writes so a failure can take it all back. A re-run overwrites the files an
 * earlier successful run wrote (and its manifest still lists): those are kept as hard links in the
 * staging directory first, and a failure puts them back instead of leaving them removed.
 */
class Written {
  readonly files: string[] = [];
  private readonly kept = new Map<string, string>();
  add(abs: string): void {
    this.files.push(abs);
  }
  /** Keeps what is at each of `paths` now (those that exist) under `dir`, for undo. */
  async keep(paths: string[], dir: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    for (const [i, abs] of paths.entries()) {
      const copy = path.join(dir, String(i));
      try {
        await link(abs, copy);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') continue;
        if (code !== 'EPERM' && code !== 'EXDEV' && code !== 'EMLINK') throw e;
        await copyFile(abs, copy); // a filesystem without hard links
      }
      this.kept.set(abs, copy);
    }
  }
  async undo(): Promise<void> {
    for (const f of this.files.reverse()) {
      const before = this.kept.get(f);
      if (before) await rename(before, f).catch(() => rm(f, { force: true }));
      else await rm(f, { force: true });
    }
  }
}

async function writeNew(w: Written, abs: string, data: string | Uint8Array): Promise<void> {
  await writeAtomic(abs, data);
  w.add(abs);
}

export async function signStage(o: SignStageOptions): Promise<SignStageResult> {
  const ctx = await openStage(o, { stage: 'sign' });
  assertExpanded(ctx.config, ['sign']); // an unset ${VAR} in its own keys fails before any work
  const cfg = ctx.config.sign ?? {};
  const algorithms: ChecksumAlgorithm[] =
    o.checksums && o.checksums.length > 0
      ? parseAlgorithms(o.checksums, 'input: checksums')
      : parseAlgorithms(cfg.checksums ?? ['sha256', 'sha512'], 'sign.checksums');
  const perFile = o.perFile ?? cfg.per_file ?? false;
  const sbomFormats =
    o.sbom && o.sbom.length > 0
      ? parseSbom(o.sbom, 'input: sbom')
      : parseSbom(cfg.sbom === undefined ? ['both'] : [cfg.sbom].flat(), 'sign.sbom');
  const armor = (o.signatureFormat || cfg.signature_format || 'armor') !== 'binary';
  if (o.signatureFormat && !['armor', 'binary'].includes(o.signatureFormat)) {
    throw new DistroError(`input 'signature-format': '${o.signatureFormat}' is not armor or binary.`, {
      key: 'input: signature-format',
    });
  }
  const patterns = o.signatures?.length
    ? o.signatures
    : cfg.artifacts
      ? [cfg.artifacts].flat().map(String)
      : [];
  const now = signingTime(ctx.env);

  if (o.ociImage) checkOciImage(o.ociImage, !!o.sigstore);
  if (ctx.manifest.artifacts.length === 0) {
    throw new DistroError(
      `there is nothing to checksum or sign: ${path.join(ctx.distDir, 'manifest.json')} lists no artifacts; run build and package first, or download their artifacts with 'from'.`,
      { key: 'from' },
    );
  }

  // Keys first: a wrong passphrase or an expired key fails before anything is written.
  // openpgp, like the Sigstore and attestation libraries below, loads only when used.
  const gpg: OpenPgpSigner | undefined = o.gpgPrivateKey
    ? await (
        await import('../sign/openpgp.js')
      ).loadSigningKey(o.gpgPrivateKey, o.gpgPassphrase || undefined, { now, notBeforeKey: true })
    : undefined;
  if (!gpg && o.gpgPassphrase) {
    ctx.log.warn(
      "input 'gpg-passphrase' is set but 'gpg-private-key' is empty; nothing is signed with OpenPGP.",
    );
  }
  for (const w of gpg?.warnings ?? []) ctx.log.warn(w);
  const minisign = o.minisignKey
    ? loadMinisignKey(o.minisignKey, o.minisignPassword || undefined)
    : undefined;
  const authenticode = o.authenticodePfx
    ? await loadAuthenticodeKey({
        pfxBase64: o.authenticodePfx,
        password: o.authenticodePassword ?? '',
        tempParent: ctx.env.RUNNER_TEMP || tmpdir(),
        key: 'input: authenticode-pfx',
        passwordKey: 'input: authenticode-password',
        env: ctx.env,
        log: ctx.log,
      })
    : undefined;
  if (authenticode) ctx.log.info(`Authenticode certificate: ${authenticode.subject}`);
  else if (o.authenticodePassword) {
    ctx.log.warn(
      "input 'authenticode-password' is set but 'authenticode-pfx' is empty; nothing is signed with Authenticode.",
    );
  }
  if (o.provenance) {
    const { checkProvenanceEnvironment } = await import('../sign/attest.js');
    checkProvenanceEnvironment(ctx.env);
  }

  const written = new Written();
  // the signed rpms are made here, then swapped in (src/atomic.ts: the unsigned originals stay
  // here until the run succeeds; a killed run's are put back by the next stage, see openStage)
  const stagingDir = await makeTempDir(ctx.distDir, 'sign');
  try {
    // an earlier run's signatures, sums and SBOMs, which this run rewrites
    await written.keep(
      ctx.manifest.artifacts.filter((a) => a.stage === 'sign').map((a) => path.join(ctx.distDir, a.path)),
      path.join(stagingDir, 'before'),
    );
    const added = await signAll(ctx, o, {
      algorithms,
      perFile,
      sbomFormats,
      armor,
      patterns,
      now,
      gpg,
      minisign,
      authenticode,
      timestampUrl: o.authenticodeTimestampUrl || cfg.authenticode?.timestamp_url || undefined,
      written,
      stagingDir,
    });
    // last, once every file is signed: the registry is the one thing a failed run cannot take back
    const ociSignature = o.ociImage ? await signImage(ctx, o, added.entries) : '';
    const res = await closeStage(ctx, 'sign', undefined, added.entries);
    const first = algorithms[0] ? SUMS_FILE[algorithms[0]] : '';
    return {
      ...res,
      checksumsFile: first ? path.join(ctx.distDir, first) : '',
      publicKey: added.publicKey,
      fingerprint: gpg?.fingerprint ?? '',
      keyId: gpg?.signingKeyId ?? '',
      attestationUrl: added.attestationUrl,
      ociSignature,
    };
  } catch (e) {
    await written.undo();
    // The unsigned rpms go back where they were.
    await restoreSwapped(stagingDir);
    throw e;
  } finally {
    await rm(stagingDir, { recursive: true, force: true });
    await disposeAuthenticodeKey(authenticode);
  }
}

/** `oci-image` is checked before any work: a digest reference, and Sigstore to sign it with. */
function checkOciImage(image: string, sigstore: boolean): void {
  const key = 'input: oci-image';
  parseSignedImage(image, key);
  if (!sigstore)
    throw new DistroError(
      `${key}: an image is signed keylessly with Sigstore; set 'sigstore: true' (and give the job \`permissions: id-token: write\`).`,
      { key },
    );
}

/** The provenance subject of a pushed image: its repository (as `oci://` names it) and index digest. */
function ociSubject(image: string): { name: string; digest: string } {
  const ref = parseSignedImage(image, 'input: oci-image');
  return { name: formatRef({ ...ref, tag: undefined, digest: undefined }), digest: ref.digest! };
}

/** Signs the pushed image index and attaches this run's SPDX SBOMs to it; returns the signature's reference. */
async function signImage(
  ctx: StageContext,
  o: SignStageOptions,
  entries: ManifestArtifact[],
): Promise<string> {
  const { signOciImage } = await import('../sign/oci.js');
  const sboms = entries.filter((e) => e.kind === 'sbom' && e.format === 'spdx-2.3');
  return ctx.log.group(`Signing ${o.ociImage} and attaching ${sboms.length} SBOM(s)`, async () => {
    const r = await signOciImage({
      image: o.ociImage!,
      credentials: o.ociCredentials,
      sigstore: o.sigstore!,
      sboms: sboms.map((e) => path.join(ctx.distDir, e.path)),
      tempParent: ctx.env.RUNNER_TEMP || tmpdir(),
    });
    ctx.log.info(
      `${r.signature}: ${r.signed ? 'signed' : 'already signed, left as it is'} (${r.scheme === 'tag' ? "cosign's tags: the registry has no referrers API" : 'OCI referrers'})${r.sbom ? `; SBOMs at ${r.sbom}` : ''}`,
    );
    return r.signature;
  });
}

interface Plan {
  algorithms: ChecksumAlgorithm[];
  perFile: boolean;
  sbomFormats: SbomFormat[];
  armor: boolean;
  patterns: string[];
  now?: Date;
  gpg?: OpenPgpSigner;
  minisign?: ReturnType<typeof loadMinisignKey>;
  authenticode?: AuthenticodeKey;
  timestampUrl?: string;
  written: Written;
  stagingDir: string;
}

async function signAll(
  ctx: StageContext,
  o: SignStageOptions,
  p: Plan,
): Promise<{ entries: ManifestArtifact[]; publicKey: string; attestationUrl: string }> {
  const entries: ManifestArtifact[] = [];
  const record = async (
    rel: string,
    kind: ArtifactKind,
    from: string[],
    extra: Record<string, unknown> = {},
  ) => {
    entries.push(await describe(ctx.distDir, rel, { kind, stage: 'sign', from, ...extra }));
  };
  // Entries this stage writes are not signed again on a re-run; those it replaced (signed rpms,
  // signed Windows files: they carry `replaces`) are still release files.
  const own = new Set(
    ctx.manifest.artifacts.filter((a) => a.stage === 'sign' && a.replaces === undefined).map((a) => a.path),
  );
  let release = ctx.manifest.artifacts.filter((a) => !own.has(a.path));
  // Signed copies of release files, swapped in for the originals at once (the originals are kept
  // aside and put back if any later step fails).
  const swaps: Array<{ target: string; replacement: string }> = [];
  const replaceEntry = (a: ManifestArtifact, signed: { size: number; sha256: string }, extra: object) => {
    const replaces = typeof a.replaces === 'string' ? a.replaces : a.sha256;
    const entry: ManifestArtifact = { ...a, ...signed, stage: 'sign', replaces, ...extra };
    entries.push(entry);
    release = release.map((x) => (x.path === a.path ? entry : x));
  };

  // 1. Windows executables and installers: Authenticode.
  if (p.authenticode) {
    await signWindowsFiles(ctx, p, p.authenticode, release, swaps, replaceEntry);
  }

  // 2. rpm packages, signed as copies.
  const rpms = release.filter((a) => a.kind === 'rpm');
  if (p.gpg && (o.signPackages ?? true) && rpms.length) {
    await ctx.log.group(`Signing ${rpms.length} rpm package(s) with key ${p.gpg.signingKeyId}`, async () => {
      for (const a of rpms) {
        const target = path.join(ctx.distDir, a.path);
        const copy = path.join(p.stagingDir, `${swaps.length}-${path.basename(a.path)}`);
        await copyFile(target, copy);
        const signed = await signRpm(copy, p.gpg!);
        swaps.push({ target, replacement: copy });
        replaceEntry(a, signed, { signed: p.gpg!.signingKeyId });
        ctx.log.info(`${a.path}: signed`);
      }
    });
  }
  if (swaps.length) await swapIn(p.stagingDir, swaps);

  // 3. SBOMs of packages and archives (of the signed rpms).
  if (p.sbomFormats.length) {
    const sbomSource = release.filter((a) => sbomKinds().has(a.kind));
    if (sbomSource.length) {
      const now = await resolveSourceDateEpoch({ env: ctx.env, projectDir: ctx.projectDir, log: ctx.log });
      await ctx.log.group(
        `SBOMs (${p.sbomFormats.join(', ')}) for ${sbomSource.length} artifact(s)`,
        async () => {
          const files = await writeSboms({
            project: {
              name: ctx.config.name,
              version: ctx.version,
              vendor: ctx.config.vendor,
              license: ctx.config.license,
              homepage: ctx.config.homepage,
            },
            distDir: ctx.distDir,
            artifacts: sbomSource,
            projectDir: ctx.projectDir,
            now,
            formats: p.sbomFormats,
          });
          for (const f of files) {
            p.written.add(path.join(ctx.distDir, f.path));
            await record(f.path, 'sbom', [f.artifact], {
              format: f.format === 'spdx' ? 'spdx-2.3' : 'cyclonedx-1.6',
            });
          }
        },
      );
    }
  }
  const sboms = entries.filter((e) => e.kind === 'sbom');
  const toSign = selectForSigning([...release, ...sboms], p.patterns);

  // 4. Checksums over every release file (signed rpms: their new bytes) and the SBOMs.
  const summed = [...release, ...sboms].filter((a) => a.kind !== 'checksums' && a.kind !== 'signature');
  const sums = await ctx.log.group(
    `Checksums (${p.algorithms.join(', ') || 'none'}) over ${summed.length} artifact(s)`,
    async () => {
      return await writeChecksums(ctx.distDir, summed, p.algorithms, { perFile: p.perFile });
    },
  );
  for (const rel of sums.files) p.written.add(path.join(ctx.distDir, rel));
  const sumsFiles = (Object.values(SUMS_FILE) as string[]).filter((f) => sums.files.includes(f));
  for (const rel of sums.files) {
    const isSums = sumsFiles.includes(rel);
    await record(rel, 'checksums', isSums ? summed.map((a) => a.path) : [rel.replace(/\.sha256$/, '')]);
  }

  // 5. OpenPGP: detached signatures, clearsigned checksum files, the public key.
  let publicKey = '';
  if (p.gpg) {
    const gpg = p.gpg;
    const ext = p.armor ? '.asc' : '.sig';
    await ctx.log.group(
      `OpenPGP signatures (${gpg.algorithm}, key ${gpg.signingKeyId}) over ${toSign.length} artifact(s)`,
      async () => {
        for (const a of toSign) {
          const sig = await gpg.signFile(path.join(ctx.distDir, a.path), { armor: p.armor });
          await writeNew(p.written, path.join(ctx.distDir, a.path + ext), sig);
          await record(a.path + ext, 'signature', [a.path], { format: 'openpgp', key: gpg.signingKeyId });
        }
        for (const f of sumsFiles) {
          const text = await readFile(path.join(ctx.distDir, f), 'utf8');
          await writeNew(p.written, path.join(ctx.distDir, `${f}.asc`), await gpg.clearSign(text));
          await record(`${f}.asc`, 'signature', [f], {
            format: 'openpgp-clearsigned',
            key: gpg.signingKeyId,
          });
        }
        const { writeKeyFiles } = await import('../sign/openpgp.js');
        const keys = await writeKeyFiles(ctx.distDir, gpg);
        p.written.add(keys.asc);
        p.written.add(keys.gpg);
        await record('KEY.asc', 'signature', [], {
          format: 'openpgp-public-key',
          fingerprint: gpg.fingerprint,
        });
        await record('KEY.gpg', 'signature', [], { format: 'openpgp-keyring', fingerprint: gpg.fingerprint });
        publicKey = keys.asc;
        ctx.log.info(
          `Key ${gpg.fingerprint} (${gpg.userIds.join(', ')}), signing (sub)key ${gpg.signingKeyId}`,
        );
      },
    );
  }

  // 6. minisign.
  if (p.minisign) {
    const key = p.minisign;
    const time = p.now ? Math.floor(p.now.getTime() / 1000) : undefined;
    await ctx.log.group(
      `minisign signatures (key ${key.keyId}) over ${toSign.length} artifact(s)`,
      async () => {
        for (const a of toSign) {
          const text = await minisignFile(key, path.join(ctx.distDir, a.path), { time });
          await writeNew(p.written, path.join(ctx.distDir, `${a.path}.minisig`), text);
          await record(`${a.path}.minisig`, 'signature', [a.path], { format: 'minisign', key: key.keyId });
        }
        await writeNew(p.written, path.join(ctx.distDir, 'minisign.pub'), key.publicKeyFile);
        await record('minisign.pub', 'signature', [], { format: 'minisign-public-key', key: key.keyId });
      },
    );
  }

  // 7. Sigstore bundles (keyless, on GitHub).
  if (o.sigstore) {
    const { signWithSigstore, SIGSTORE_BUNDLE_SUFFIX } = await import('../sign/sigstore.js');
    await ctx.log.group(`Sigstore bundles for ${toSign.length} artifact(s)`, async () => {
      const files = await signWithSigstore(
        toSign.map((a) => path.join(ctx.distDir, a.path)),
        o.sigstore!,
      );
      for (const f of files) p.written.add(f);
      for (const a of toSign) {
        await record(a.path + SIGSTORE_BUNDLE_SUFFIX, 'signature', [a.path], { format: 'sigstore-bundle' });
      }
    });
  }

  // 8. Build provenance (GitHub attestations).
  let attestationUrl = '';
  if (o.provenance) {
    const { attestBuildProvenance } = await import('../sign/attest.js');
    const subjects = [...release, ...sboms].filter((a) => SIGNED_KINDS.has(a.kind)).map((a) => a.path);
    await ctx.log.group(`Build provenance for ${subjects.length} artifact(s)`, async () => {
      const r = await attestBuildProvenance({
        distDir: ctx.distDir,
        artifacts: subjects,
        images: o.ociImage ? [ociSubject(o.ociImage)] : [],
        name: `${ctx.config.name}-${ctx.version}`,
        ...o.provenance!,
      });
      p.written.add(r.bundlePath);
      attestationUrl = r.attestationUrl ?? '';
      await record(path.relative(ctx.distDir, r.bundlePath), 'attestation', subjects, {
        format: 'slsa-provenance-v1',
        ...(r.attestationUrl ? { url: r.attestationUrl } : {}),
      });
    });
  }
  return { entries, publicKey, attestationUrl };
}

/** The release files to sign: those matching `patterns`, else every downloadable kind. */
function selectForSigning(artifacts: ManifestArtifact[], patterns: string[]): ManifestArtifact[] {
  if (patterns.length === 0) return artifacts.filter((a) => SIGNED_KINDS.has(a.kind));
  const res = patterns.map((g) => globToRegExp(g));
  return artifacts.filter(
    (a) => a.kind !== 'checksums' && a.kind !== 'signature' && res.some((r) => r.test(a.path)),
  );
}

/**
 * Signs the release's `.exe` and `.msi` files (or those `sign.authenticode.artifacts` selects) as
 * copies in the staging directory; files a previous run already signed are left as they are.
 */
async function signWindowsFiles(
  ctx: StageContext,
  p: Plan,
  key: AuthenticodeKey,
  release: ManifestArtifact[],
  swaps: Array<{ target: string; replacement: string }>,
  replaceEntry: (a: ManifestArtifact, signed: { size: number; sha256: string }, extra: object) => void,
): Promise<void> {
  const cfg = ctx.config.sign?.authenticode ?? {};
  const globs = cfg.artifacts ? [cfg.artifacts].flat().map((g) => globToRegExp(g)) : undefined;
  const files = release.filter(
    (a) =>
      a.kind !== 'signature' &&
      a.kind !== 'checksums' &&
      (globs ? globs.some((r) => r.test(a.path)) : isAuthenticodeTarget(a.path)) &&
      !(a.stage === 'sign' && a.authenticode === key.fingerprint),
  );
  if (!files.length) return;
  const time = p.now ? Math.floor(p.now.getTime() / 1000) : undefined;
  await ctx.log.group(`Authenticode signatures over ${files.length} Windows file(s)`, async () => {
    for (const a of files) {
      const target = path.join(ctx.distDir, a.path);
      const copy = path.join(p.stagingDir, `${swaps.length}-${path.basename(a.path)}`);
      await signAuthenticode(key, target, copy, {
        timestampUrl: p.timestampUrl,
        time,
        description: cfg.description ?? (ctx.config.description || ctx.config.name),
        url: cfg.url ?? ctx.config.homepage,
        env: ctx.env,
        log: ctx.log,
        cwd: ctx.distDir,
      });
      swaps.push({ target, replacement: copy });
      const { size, sha256 } = await hashFile(copy);
      replaceEntry(a, { size, sha256 }, { authenticode: key.fingerprint });
      ctx.log.info(`${a.path}: Authenticode-signed${p.timestampUrl ? ' and timestamped' : ''}`);
    }
  });
}
