import { signStage } from '../stages/sign.js';
import { actionRun, type ActionBody } from '../runner/run.js';
import { commonOptions, stageOutputs, summarize } from './shared.js';

export const signArtifactsAction: ActionBody = async (inputs, rt) => {
  const env = rt.env;
  const r = await signStage({
    ...commonOptions(inputs, rt),
    checksums: inputs.given('checksums') ? inputs.list('checksums') : undefined,
    perFile: inputs.given('per-file-checksums') ? inputs.boolean('per-file-checksums') : undefined,
    gpgPrivateKey: inputs.optional('gpg-private-key'),
    gpgPassphrase: inputs.optional('gpg-passphrase'),
    signatures: inputs.list('signatures'),
    signatureFormat: inputs.optional('signature-format'),
    signPackages: inputs.boolean('sign-packages'),
    sbom: inputs.list('sbom'),
    minisignKey: inputs.optional('minisign-key'),
    minisignPassword: inputs.optional('minisign-password'),
    authenticodePfx: inputs.optional('authenticode-pfx'),
    authenticodePassword: inputs.optional('authenticode-password'),
    authenticodeTimestampUrl: inputs.optional('authenticode-timestamp-url'),
    sigstore: inputs.boolean('sigstore')
      ? {
          identityToken: env.SIGSTORE_ID_TOKEN,
          getToken: (await import('../sign/sigstore.js')).githubIdToken({
            url: env.ACTIONS_ID_TOKEN_REQUEST_URL,
            token: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
          }),
        }
      : undefined,
    provenance: inputs.boolean('provenance')
      ? {
          githubToken: inputs.string('github-token'),
          serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
          repository: env.GITHUB_REPOSITORY ?? '',
        }
      : undefined,
    ociImage: inputs.optional('oci-image'),
    ociCredentials: {
      username: inputs.optional('oci-username'),
      password: inputs.optional('oci-password') || inputs.optional('github-token'),
    },
  });
  const notes = r.fingerprint
    ? [`Signed with OpenPGP key \`${r.fingerprint}\` (signing key \`${r.keyId}\`).`]
    : [];
  if (r.ociSignature) notes.push(`Image signature: \`${r.ociSignature}\``);
  if (r.attestationUrl) notes.push(`Build provenance: ${r.attestationUrl}`);
  await summarize(rt, 'sign-artifacts', r.artifacts, notes);
  return {
    ...stageOutputs(r),
    'checksums-file': r.checksumsFile,
    'public-key': r.publicKey,
    fingerprint: r.fingerprint,
    'key-id': r.keyId,
    'attestation-url': r.attestationUrl,
    'oci-signature': r.ociSignature,
  };
};

/** Runs the sign-artifacts action (the runner protocol; what @github/local-action calls). */
export const run = actionRun('sign-artifacts', signArtifactsAction);
