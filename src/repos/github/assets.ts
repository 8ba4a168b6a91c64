/**
 * Release assets, idempotently. Each file is compared with the asset of the same name already on
 * the release: same content (GitHub's `digest`, or size plus a streamed download where the server
 * gives no digest) is left alone; other content is replaced by uploading under a temporary name,
 * deleting the old asset and renaming the new one, so the old file stays downloadable until its
 * replacement is complete and nothing is ever uploaded twice under one name (no `422
 * already_exists`). Uploads go to the release's `upload_url` (uploads.github.com, or `/api/uploads`
 * on GitHub Enterprise Server), streamed from disk, and are retried: after a failed attempt the
 * asset list is read again, so an upload whose response was lost counts as done and a half-written
 * one is removed first.
 */
import { randomBytes, createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DistroError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { hashFile } from '../../manifest/index.js';
import type { GitHubClient, Octokit } from './client.js';

export type Asset = Awaited<ReturnType<Octokit['rest']['repos']['listReleaseAssets']>>['data'][number];

/** What the asset code needs of a release. */
export interface ReleaseRef {
  id: number;
  upload_url: string;
  immutable?: boolean;
  tag_name: string;
}

/** A file to attach to the release. */
export interface AssetFile {
  /** The file on disk. */
  path: string;
  /** The asset name; default the file's base name. */
  name?: string;
  /** MIME type; default from the name (see `contentTypeFor`). */
  contentType?: string;
  /** Text GitHub shows instead of the name. */
  label?: string;
}

/** What happened to the assets, by asset name (in the order the files were given). */
export interface AssetSync {
  uploaded: string[];
  replaced: string[];
  unchanged: string[];
  /** Assets removed: left-over temporary uploads, and on a rolling release those no longer built. */
  deleted: string[];
}

const TEMP_PREFIX = 'distro-tmp-';
const TEMP_NAME = /^distro-tmp-[0-9a-f]{8}-/;

/**
 * The name GitHub stores for an uploaded file: it replaces characters other than letters, digits
 * and `-_.+` with `.` (`hello_1.0~rc1_amd64.deb` → `hello_1.0.rc1_amd64.deb`), and the asset list
 * shows that name, so matching on re-runs must use it.
 */
export function githubAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}

const TYPES: [RegExp, string][] = [
  [/\.deb$/, 'application/vnd.debian.binary-package'],
  [/\.rpm$/, 'application/x-rpm'],
  [/\.apk$/, 'application/vnd.android.package-archive'],
  [/\.pkg\.tar\.zst$|\.zst$/, 'application/zstd'],
  [/\.(tar\.gz|tgz|gz)$/, 'application/gzip'],
  [/\.(tar\.xz|txz|xz)$/, 'application/x-xz'],
  [/\.(tar\.bz2|bz2)$/, 'application/x-bzip2'],
  [/\.tar$/, 'application/x-tar'],
  [/\.zip$/, 'application/zip'],
  [/\.msi$/, 'application/x-msi'],
  [/\.(asc|sig|gpg)$/, 'application/pgp-signature'],
  [/\.(json|intoto\.jsonl|sigstore)$/, 'application/json'],
  [/\.(txt|sha256|sha512|md5)$|sums$|SUMS$/, 'text/plain'],
  [/\.(ya?ml|sources|list|repo)$/, 'text/plain'],
  [/\.(rb)$/, 'text/x-ruby'],
];

/** The MIME type of an asset, from its name; application/octet-stream when unknown. */
export function contentTypeFor(name: string): string {
  return TYPES.find(([re]) => re.test(name))?.[1] ?? 'application/octet-stream';
}

/** All assets of a release (following pagination). */
export async function listAssets(client: GitHubClient, releaseId: number): Promise<Asset[]> {
  const out: Asset[] = [];
  for (let page = 1; ; page++) {
    const res = await client.call('list release assets', () =>
      client.octokit.rest.repos.listReleaseAssets({
        owner: client.owner,
        repo: client.repo,
        release_id: releaseId,
        per_page: 100,
        page,
      }),
    );
    out.push(...res.data);
    if (!/rel="next"/.test(res.headers.link ?? '')) return out;
  }
}

/** A file ready to upload: the name GitHub will store, its type, size and SHA-256. */
export interface PreparedAsset {
  file: string;
  name: string;
  contentType: string;
  label?: string;
  size: number;
  sha256: string;
}

/** Whether `asset` holds exactly the bytes of `local`: its digest, else its size and a streamed download. */
async function sameContent(client: GitHubClient, asset: Asset, local: PreparedAsset): Promise<boolean> {
  if (asset.state !== 'uploaded' || asset.size !== local.size) return false;
  const digest = asset.digest ?? '';
  if (digest.startsWith('sha256:')) return digest.slice(7).toLowerCase() === local.sha256;
  const res = await client.call(`download asset ${asset.name}`, () =>
    client.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner: client.owner,
      repo: client.repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
      request: { parseSuccessResponseBody: false },
    }),
  );
  const h = createHash('sha256');
  for await (const chunk of res.data as unknown as AsyncIterable<Uint8Array>) h.update(chunk);
  return h.digest('hex') === local.sha256;
}

async function deleteAsset(client: GitHubClient, asset: Asset): Promise<void> {
  await client.call(
    `delete asset ${asset.name}`,
    () =>
      client.octokit.rest.repos.deleteReleaseAsset({
        owner: client.owner,
        repo: client.repo,
        asset_id: asset.id,
      }),
    { write: true, retry: true, allow404: true }, // 404 on a retry: the first attempt deleted it
  );
}

/** Uploads `local` as `name`, streamed, retried; a failed attempt's leftovers are inspected first. */
async function upload(
  client: GitHubClient,
  release: ReleaseRef,
  local: PreparedAsset,
  name: string,
): Promise<Asset> {
  const recover = async (): Promise<Asset | undefined> => {
    const there = (await listAssets(client, release.id)).find((a) => a.name === name);
    if (!there) return undefined;
    if (await sameContent(client, there, local)) return there;
    await deleteAsset(client, there); // a partial upload ('open'), which would make the retry fail with 422
    return undefined;
  };
  return client.call(
    `upload asset ${name}`,
    async () => {
      const res = await client.octokit.request({
        method: 'POST',
        url: release.upload_url, // …/assets{?name,label}: the template takes name and label
        name,
        ...(local.label ? { label: local.label } : {}),
        headers: { 'content-type': local.contentType, 'content-length': local.size },
        data: createReadStream(local.file),
      });
      return res.data as Asset;
    },
    { write: true, recover },
  );
}

async function rename(client: GitHubClient, asset: Asset, name: string, label?: string): Promise<void> {
  await client.call(
    `rename asset ${asset.name} to ${name}`,
    () =>
      client.octokit.rest.repos.updateReleaseAsset({
        owner: client.owner,
        repo: client.repo,
        asset_id: asset.id,
        name,
        ...(label ? { label } : {}),
      }),
    { write: true },
  );
}

/**
 * Checks and hashes the files before anything is published: each exists, and no two become the
 * same asset name on release `tag`.
 */
export async function prepareAssets(files: AssetFile[], tag: string): Promise<PreparedAsset[]> {
  const seen = new Map<string, string>();
  const out: PreparedAsset[] = [];
  for (const f of files) {
    const given = f.name ?? path.basename(f.path);
    const name = githubAssetName(given);
    const other = seen.get(name);
    if (other !== undefined) {
      throw new DistroError(
        `input 'github-release': ${other} and ${f.path} would both be the asset '${name}' of release ${tag}; give the artifacts distinct names.`,
        { key: 'input: github-release' },
      );
    }
    seen.set(name, f.path);
    const st = await stat(f.path).catch(() => undefined);
    if (!st?.isFile()) {
      throw new DistroError(
        `input 'github-release': asset file ${f.path} does not exist; run the stages that make it first (or download their artifacts with 'from').`,
        { key: 'input: github-release' },
      );
    }
    const { size, sha256 } = await hashFile(f.path);
    const label = f.label ?? (given !== name ? given : undefined);
    out.push({
      file: f.path,
      name,
      contentType: f.contentType ?? contentTypeFor(given),
      label,
      size,
      sha256,
    });
  }
  return out;
}

/**
 * Makes the release's assets match `locals` (from `prepareAssets`): uploads new ones, replaces
 * changed ones, leaves equal ones. With `prune` (a rolling release), deletes the assets that are
 * not among them, after the uploads. Left-over temporary uploads of an interrupted run are removed.
 */
export async function syncAssets(
  client: GitHubClient,
  release: ReleaseRef,
  locals: PreparedAsset[],
  options: { prune?: boolean; log?: Logger } = {},
): Promise<AssetSync> {
  const existing = await listAssets(client, release.id);
  const result: AssetSync = { uploaded: [], replaced: [], unchanged: [], deleted: [] };
  const plan: { local: PreparedAsset; old?: Asset }[] = [];
  for (const local of locals) {
    const old = existing.find((a) => a.name === local.name);
    if (old && (await sameContent(client, old, local))) result.unchanged.push(local.name);
    else plan.push({ local, old });
  }
  if (plan.length && release.immutable) {
    throw new DistroError(
      `input 'tag': release ${release.tag_name} is immutable, so its assets cannot change (${plan.map((p) => p.local.name).join(', ')} differ). Publish a new version under a new tag.`,
      { key: 'input: tag' },
    );
  }
  for (const a of existing.filter((x) => TEMP_NAME.test(x.name))) {
    await deleteAsset(client, a);
    result.deleted.push(a.name);
  }
  for (const { local, old } of plan) {
    if (!old) {
      await upload(client, release, local, local.name);
      options.log?.info(`uploaded ${local.name} (${local.size} bytes)`);
      result.uploaded.push(local.name);
      continue;
    }
    const temp = await upload(
      client,
      release,
      local,
      `${TEMP_PREFIX}${randomBytes(4).toString('hex')}-${local.name}`,
    );
    await deleteAsset(client, old);
    await rename(client, temp, local.name, local.label);
    options.log?.info(`replaced ${local.name} (${local.size} bytes; the old one differed)`);
    result.replaced.push(local.name);
  }
  if (options.prune) {
    const keep = new Set(locals.map((l) => l.name));
    for (const a of existing.filter((x) => !keep.has(x.name) && !TEMP_NAME.test(x.name))) {
      await deleteAsset(client, a);
      result.deleted.push(a.name);
    }
  }
  return result;
}
