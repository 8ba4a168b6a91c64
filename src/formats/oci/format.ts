/**
 * The `oci` format: one image per Linux target (its binaries at `oci.binary_dir`, default
 * /usr/local/bin, and the `contents` entries meant for it) on `oci.base`, and one image index
 * over them, written once every target is known (`finish`) as `<name>-<version>-oci/` (an OCI
 * image layout) and `<name>-<version>-oci.tar` (the manifest artifact, kind `oci`).
 */
import path from 'node:path';
import { archiveVersion } from '../../config/version.js';
import type { OciConfig } from '../../config/types.js';
import { splitCommand } from '../../build/exec.js';
import { DistroError } from '../../errors.js';
import { resolveTarget, type Target } from '../../targets/index.js';
import { debFormat } from '../deb/format.js';
import { resolveContents } from '../pkg/contents.js';
import { resolving } from '../pkg/context.js';
import type { Packager } from '../pkg/types.js';
import type { FormatContext, PackageFormat, ReleaseContext, TargetFormat, WrittenFile } from '../types.js';
import { buildImages, type ImageSettings, type PlatformImage } from './image.js';
import type { OciFile } from './layer.js';
import { parsePlatform, platformString } from './media.js';
import { parseImageRef } from './reference.js';

function argv(v: string | string[] | undefined, key: string): string[] | undefined {
  if (v === undefined) return undefined;
  return Array.isArray(v) ? v.map(String) : splitCommand(v, key);
}

function list(v: string | Array<string | number> | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : v.split(/[,\n]/)).map((s) => String(s).trim()).filter(Boolean);
}

/** The `org.opencontainers.image.*` annotations (and labels) from the project and the run. */
export function ociAnnotations(ctx: FormatContext): Record<string, string> {
  const { env, config } = ctx;
  const out: Record<string, string> = {
    'org.opencontainers.image.created': new Date(ctx.sourceDateEpoch * 1000)
      .toISOString()
      .replace('.000Z', 'Z'),
    'org.opencontainers.image.title': config.name,
    'org.opencontainers.image.version': archiveVersion(ctx.version),
  };
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const source = env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : config.homepage;
  if (source) out['org.opencontainers.image.source'] = source;
  if (env.GITHUB_SHA) out['org.opencontainers.image.revision'] = env.GITHUB_SHA;
  if (config.license) out['org.opencontainers.image.licenses'] = config.license;
  if (config.description)
    out['org.opencontainers.image.description'] = config.description.split('\n')[0]!.trim();
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function checkOci(o: OciConfig): void {
  if (o.base && o.base !== 'scratch') parseImageRef(o.base, 'oci.base');
  argv(o.entrypoint, 'oci.entrypoint');
  argv(o.cmd, 'oci.cmd');
  for (const p of list(o.ports))
    if (!/^\d{1,5}(\/(tcp|udp|sctp))?$/.test(p))
      throw new DistroError(`oci.ports: '${p}' is not a port; write 8080, 8080/tcp or 53/udp.`, {
        key: 'oci.ports',
      });
  if (o.repository) parseImageRef(o.repository, 'oci.repository', false);
}

/** The files of `target`'s image: its binaries under binary_dir, then the contents entries for `oci`. */
async function imageFiles(
  ctx: ReleaseContext,
  target: Target,
  bins: Array<{ name: string; file: string }>,
): Promise<OciFile[]> {
  const dir = ctx.config.oci?.binary_dir ?? '/usr/local/bin';
  const files = new Map<string, OciFile>();
  if (ctx.config.contents?.length) {
    // contents as the packages resolve them; entries limited by `packager:` need to name oci
    const format = { ...debFormat, name: 'oci' as Packager } as PackageFormat;
    const r = resolving({ ...ctx, packager: format.name, target, binaries: bins }, format);
    for (const f of (await resolveContents(r)).values()) {
      if (f.ghost) continue;
      files.set(f.dst, {
        path: f.dst,
        type: f.type,
        source: f.source,
        size: f.size,
        mode: f.mode,
        linkname: f.linkname,
      });
    }
  }
  const placed = new Set([...files.values()].map((f) => f.source));
  for (const b of bins) {
    if (placed.has(b.file)) continue; // contents put it somewhere already
    const dst = path.posix.join(dir, b.name);
    files.set(dst, { path: dst, type: 'file', source: b.file, mode: 0o755, size: undefined });
  }
  return [...files.values()];
}

function settings(o: OciConfig, firstBinary: string | undefined): ImageSettings {
  return {
    entrypoint: argv(o.entrypoint, 'oci.entrypoint') ?? (firstBinary ? [firstBinary] : undefined),
    cmd: argv(o.cmd, 'oci.cmd'),
    env: Object.entries(o.env ?? {}).map(([k, v]) => `${k}=${v}`),
    user: o.user,
    workdir: o.workdir,
    ports: list(o.ports),
    labels: o.labels,
  };
}

export const ociFormat: TargetFormat = {
  name: 'oci',
  kind: 'target',
  spellVersion: (v, opts) => archiveVersion(v, opts),
  check: (ctx) => checkOci(ctx.config.oci ?? {}),
  appliesTo: (t) => t.os === 'linux',
  // every target's image goes into one index: all of it happens in finish
  write: async () => [],
  async finish(ctx) {
    const oci = ctx.config.oci ?? {};
    const bins = ctx.artifacts.filter((a) => a.kind === 'binary' && a.target);
    // ordered by platform (linux/amd64 first), whatever order the jobs gave the targets in
    const targets = ctx.targets
      .filter((t) => t.os === 'linux' && bins.some((b) => b.target === t.triple))
      .sort((a, b) => (a.docker < b.docker ? -1 : a.docker > b.docker ? 1 : 0));
    if (!targets.length) return [];
    const images: PlatformImage[] = [];
    const seen = new Map<string, string>();
    for (const target of targets) {
      const platform = parsePlatform(target.docker);
      const other = seen.get(platformString(platform));
      if (other)
        throw new DistroError(
          `formats: oci: ${other} and ${target.triple} are both ${platformString(platform)}; an image index holds one image per platform. Package one of them in a job without oci (input target).`,
          { key: 'formats' },
        );
      seen.set(platformString(platform), target.triple);
      const mine = bins
        .filter((b) => b.target === target.triple)
        .map((b) => ({
          name: typeof b.name === 'string' ? b.name : path.posix.basename(b.path),
          file: path.join(ctx.distDir, b.path),
        }));
      const files = await imageFiles(ctx, resolveTarget(target.triple, 'manifest'), mine);
      const first = files.find((f) => f.source === mine[0]?.file)?.path;
      images.push({ platform, target: target.triple, files, settings: settings(oci, first) });
    }
    const stem = `${ctx.config.name}-${archiveVersion(ctx.version)}-oci`;
    const rel = `${stem}.tar`;
    const built = await ctx.log.group(
      `Writing ${rel} (${images.map((i) => platformString(i.platform)).join(', ')})`,
      () =>
        buildImages({
          layoutDir: path.join(ctx.distDir, stem),
          tarFile: path.join(ctx.distDir, rel),
          images,
          base: oci.base,
          baseKey: 'oci.base',
          annotations: ociAnnotations(ctx),
          created: ctx.sourceDateEpoch,
          refName: archiveVersion(ctx.version),
        }),
    );
    const file: WrittenFile = {
      path: rel,
      kind: 'oci',
      from: bins.filter((b) => targets.some((t) => t.triple === b.target)).map((b) => b.path),
      fields: {
        os: 'linux',
        digest: built.index.digest,
        platforms: built.manifests.map((m) => platformString(m.platform)),
      },
    };
    return [file];
  },
};
