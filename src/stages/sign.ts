/** The sign stage: checksum files over every artifact of the manifest (signatures come with OpenPGP support). */
import path from 'node:path';
import { parseAlgorithms, writeChecksums, SUMS_FILE, type ChecksumAlgorithm } from '../sign/checksums.js';
import { describe, type ManifestArtifact } from '../manifest/index.js';
import { closeStage, openStage, type CommonOptions, type StageResult } from './common.js';

export interface SignStageOptions extends CommonOptions {
  /** `checksums`: algorithms (sha256, sha512, none). Unset: `sign.checksums` of the config, else both. */
  checksums?: string[];
  /** Also write `<file>.sha256` beside each artifact. Unset: `sign.per_file` of the config. */
  perFile?: boolean;
}

export interface SignStageResult extends StageResult {
  /** Path of SHA256SUMS (or the first checksum file), relative to the workspace's dist dir: absolute. */
  checksumsFile: string;
}

export async function signStage(o: SignStageOptions): Promise<SignStageResult> {
  const ctx = await openStage(o);
  const fromInput = o.checksums && o.checksums.length > 0;
  const algorithms: ChecksumAlgorithm[] = fromInput
    ? parseAlgorithms(o.checksums!, 'input: checksums')
    : parseAlgorithms(ctx.config.sign?.checksums ?? ['sha256', 'sha512'], 'sign.checksums');
  const perFile = o.perFile ?? ctx.config.sign?.per_file ?? false;
  const summed = ctx.manifest.artifacts;
  const result = await ctx.log.group(
    `Checksums (${algorithms.join(', ') || 'none'}) over ${summed.length} artifact(s)`,
    () => writeChecksums(ctx.distDir, summed, algorithms, { perFile }),
  );
  const added: ManifestArtifact[] = [];
  for (const rel of result.files) {
    const isSums = (Object.values(SUMS_FILE) as string[]).includes(rel);
    const from = isSums
      ? summed.filter((a) => a.kind !== 'checksums').map((a) => a.path)
      : [rel.replace(/\.sha256$/, '')];
    added.push(await describe(ctx.distDir, rel, { kind: 'checksums', stage: 'sign', from }));
  }
  const res = await closeStage(ctx, 'sign', undefined, added);
  const first = algorithms[0] ? SUMS_FILE[algorithms[0]] : '';
  return { ...res, checksumsFile: first ? path.join(ctx.distDir, first) : '' };
}
