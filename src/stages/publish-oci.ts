/**
 * publish-repo's container images: the `oci` artifact of the manifest (the layout `.tar` the
 * package stage wrote) pushed to `oci-repository` under the release's tags. Checked before any
 * other publishing work (repository, tags, the artifact), pushed after.
 */
import path from 'node:path';
import { makeTempDir } from '../atomic.js';
import { DistroError } from '../errors.js';
import {
  checkPush,
  extractLayoutTar,
  pushLayout,
  releaseTags,
  type RegistryCredentials,
} from '../formats/oci/index.js';
import type { ManifestArtifact } from '../manifest/index.js';
import type { StageContext } from './common.js';
import { rm } from 'node:fs/promises';

export interface OciPublishOptions {
  /** `oci-repository`: `ghcr.io/owner/name` (else the config's `oci.repository`). */
  repository?: string;
  /** `oci-username` / `oci-password`; without a password the `github-token` is used. */
  username?: string;
  password?: string;
}

export interface OciPlan {
  repository: string;
  key: string;
  tags: string[];
  artifact: ManifestArtifact;
  credentials: RegistryCredentials;
}

/** What will be pushed, checked before any work; undefined when no repository is configured. */
export function planOciPush(
  ctx: StageContext,
  o: OciPublishOptions | undefined,
  token: string | undefined,
  channel: string,
): OciPlan | undefined {
  const key = o?.repository ? 'input: oci-repository' : 'oci.repository';
  const repository = o?.repository || ctx.config.oci?.repository;
  if (!repository) return undefined;
  const tags = releaseTags(ctx.version, channel);
  checkPush(repository, tags, key);
  const images = ctx.manifest.artifacts.filter((a) => a.kind === 'oci');
  if (images.length !== 1)
    throw new DistroError(
      `${key}: the manifest has ${images.length} OCI image archives (kind oci); push needs exactly one. Package with formats: oci in one job over every target and download it with 'from'.`,
      { key },
    );
  const password = o?.password || token;
  return {
    repository,
    key,
    tags,
    artifact: images[0]!,
    credentials: { username: o?.username, password },
  };
}

/** Pushes the planned image index; returns its reference with digest. */
export async function pushOci(ctx: StageContext, plan: OciPlan): Promise<string> {
  const dir = await makeTempDir(ctx.env.RUNNER_TEMP || ctx.distDir, 'oci-push');
  try {
    const layout = await extractLayoutTar(path.join(ctx.distDir, plan.artifact.path), dir);
    const stats: Record<string, number> = {};
    const pushed = await ctx.log.group(
      `Pushing ${plan.artifact.path} to ${plan.repository} (${plan.tags.join(', ')})`,
      () =>
        pushLayout({
          layout,
          repository: plan.repository,
          tags: plan.tags,
          key: plan.key,
          credentials: plan.credentials,
          stats,
        }),
    );
    ctx.log.info(
      `${pushed.reference}: ${stats.upload ?? 0} blob(s) uploaded, ${stats.mount ?? 0} mounted, ${stats.manifest ?? 0} manifest(s) put`,
    );
    return pushed.reference;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
