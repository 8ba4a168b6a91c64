/**
 * The publish stage: the deb, rpm and Arch Linux packages of the manifest into signed APT, YUM and
 * pacman repositories kept in a directory or a git branch (gh-pages), channels with promotion, retention
 * and retraction, and the release files onto the GitHub release of the tag. A re-run is safe: the
 * repositories take the same packages as no change, the release replaces nothing that is equal.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { refNameProblem, showValue, tagFromRef, assertExpanded } from '../config/index.js';
import { DistroError } from '../errors.js';
import { DOWNLOAD_KINDS, describe, type ManifestArtifact } from '../manifest/index.js';
import { resolveInside } from '../paths.js';
import type { Signer } from '../sign/signer.js';
import type { PreparedRelease } from '../repos/github/index.js';
import { withRepository, type RepoStorage } from '../repos/storage.js';
import { checkUrl } from '../repos/url.js';
import { closeStage, openStage, type CommonOptions, type StageContext, type StageResult } from './common.js';
import type { DistroConfig } from '../config/types.js';
import { plainVersion } from '../formats/release-files/index.js';
import { makeReleaseManifests, type MadeFile, type ManifestFormat } from '../formats/release-files/make.js';
import { pushToChannel } from '../repos/channels.js';
import { writeAllAtomic } from '../atomic.js';
import { type OciPublishOptions, planOciPush, pushOci } from './publish-oci.js';

/** `name=version` (or `name@version`) as the retract and promote inputs take them. */
export interface VersionRef {
  name: string;
  version: string;
}

export interface GitHubReleaseOptions {
  apiUrl?: string;
  repository: string;
  token: string;
  tag?: string;
  draft?: boolean;
  prerelease?: boolean;
  makeLatest?: 'true' | 'false' | 'legacy';
  /** Release notes file, relative to the working directory; unset: generated from the commits. */
  notesFile?: string;
  /** The commit the release (and a rolling tag) points at (GITHUB_SHA). */
  sha?: string;
}

export interface PublishStageOptions extends CommonOptions {
  /** Publish an APT / YUM repository: true, false, or unset (when the manifest has debs / rpms). */
  apt?: boolean;
  yum?: boolean;
  /** Publish a pacman repository (archlinux/): true, false, or unset (when the manifest has Arch packages). */
  archlinux?: boolean;
  /** `repo-dir`, relative to the workspace. */
  repoDir?: string;
  /** `repo-branch` (e.g. gh-pages) of `repoRemote`. */
  repoBranch?: string;
  /** The git remote of the branch (default: this repository on GITHUB_SERVER_URL). */
  repoRemote?: string;
  /** Token for pushing the branch. */
  token?: string;
  /** owner/name of the repository the branch belongs to, and its server: the default base URL (GitHub Pages). */
  repository?: string;
  serverUrl?: string;
  /** `channel`: stable (default), beta, nightly, or any name. */
  channel?: string;
  /** `base-url`: where the repository is served. */
  baseUrl?: string;
  gpgPrivateKey?: string;
  gpgPassphrase?: string;
  /** `unsigned`: publish repositories without signatures (explicit opt-in). */
  unsigned?: boolean;
  /** `keep`: versions of each package retained per channel (0: all). */
  keep?: number;
  /** `retract`: versions to remove from the channel. */
  retract?: VersionRef[];
  /** `promote-from`: copy versions from this channel (the project version, or `promote`). */
  promoteFrom?: string;
  promote?: VersionRef[];
  /** GitHub release; unset: none. */
  githubRelease?: GitHubReleaseOptions;
  /** The current time (repository dates). */
  now?: Date;
  /** `homebrew-tap` (owner/name; unset: `homebrew.tap`) and `homebrew-tap-token`. */
  homebrewTap?: string;
  homebrewTapToken?: string;
  /** `scoop-bucket` (owner/name; unset: `scoop.bucket`) and `scoop-bucket-token`. */
  scoopBucket?: string;
  scoopBucketToken?: string;
  /** `winget`: write the winget manifest directory. */
  winget?: boolean;
  /** `winget-fork` (owner/name of a fork of microsoft/winget-pkgs) and `winget-token`: open a pull request. */
  wingetFork?: string;
  wingetToken?: string;
  /** REST API root for the winget pull request (GITHUB_API_URL; default https://api.github.com). */
  apiUrl?: string;
  /** The git remote of another repository (tap, bucket); default `<serverUrl>/<owner/name>.git`. */
  remoteFor?: (repository: string) => string;
  /** Container images: push the manifest's `oci` artifact (publish-oci.ts). */
  oci?: OciPublishOptions;
}

export interface PublishStageResult extends StageResult {
  aptSource: string;
  aptList: string;
  aptInstall: string;
  yumRepoFile: string;
  yumInstall: string;
  /** The pacman.conf section, and the commands that set it up and install. */
  pacmanConf: string;
  pacmanInstall: string;
  releaseUrl: string;
  /** `registry/repository@sha256:…` of the pushed image index ('' when none). */
  ociImage: string;
  /** Commit pushed to the repository branch ('' for a directory or when nothing changed). */
  commit: string;
  /** What changed, for the summary. */
  added: string[];
  removed: string[];
  /** Commits pushed to the Homebrew tap and the Scoop bucket ('' when nothing changed or none). */
  homebrewCommit: string;
  scoopCommit: string;
  /** The winget manifest directory (absolute; '' when winget is off). */
  wingetDir: string;
  /** The pull request against microsoft/winget-pkgs ('' without `winget-fork`). */
  wingetPr: string;
}

const CHANNEL = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Parses `name=version` / `name@version` items of a list input. */
export function parseVersionRefs(items: string[], key: string): VersionRef[] {
  return items.map((item) => {
    const m = /^([^=@\s]+)[=@](\S+)$/.exec(item.trim());
    if (!m) {
      throw new DistroError(`${key}: '${item}' is not name=version (e.g. hello=1.2.3).`, { key });
    }
    return { name: m[1]!, version: m[2]! };
  });
}

function githubPagesUrl(repository: string, serverUrl: string): string | undefined {
  const [owner, repo] = repository.split('/');
  if (!owner || !repo || new URL(serverUrl).hostname !== 'github.com') return undefined;
  return repo.toLowerCase() === `${owner.toLowerCase()}.github.io`
    ? `https://${owner.toLowerCase()}.github.io`
    : `https://${owner.toLowerCase()}.github.io/${repo}`;
}

/** Release assets: the downloads, the checksums, and the signatures, SBOMs and attestations of those. */
const RELEASE_KINDS: ReadonlySet<string> = new Set([
  ...DOWNLOAD_KINDS,
  'checksums',
  'signature',
  'sbom',
  'attestation',
]);

/**
 * The inputs that end up in URLs, files users install and log lines, checked before any work:
 * every URL parses as one (see checkUrl), the release tag is a tag name git accepts.
 */
function checkPublishInputs(o: PublishStageOptions): void {
  if (o.baseUrl !== undefined) checkUrl(o.baseUrl, 'input: base-url', ['http:', 'https:', 'file:']);
  if (o.serverUrl !== undefined) checkUrl(o.serverUrl, 'GITHUB_SERVER_URL', ['http:', 'https:']);
  if (o.githubRelease?.apiUrl !== undefined)
    checkUrl(o.githubRelease.apiUrl, 'GITHUB_API_URL', ['http:', 'https:']);
  if (o.repository && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(o.repository)) {
    throw new DistroError(
      `input 'repository': ${showValue(o.repository)} is not owner/name (letters, digits, . _ -); give it like octo/hello.`,
      { key: 'input: repository' },
    );
  }
  const sha = o.githubRelease?.sha;
  if (sha && !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
    throw new DistroError(`GITHUB_SHA ${showValue(sha)} is not a commit id (40 or 64 hex digits).`, {
      key: 'GITHUB_SHA',
    });
  }
  const refs: Array<[string, string | undefined, string]> = [
    ['tag', o.githubRelease?.tag, 'give the tag like v1.2.3'],
    ['repo-branch', o.repoBranch, 'give the branch like gh-pages'],
  ];
  for (const [name, value, fix] of refs) {
    const why = value !== undefined ? refNameProblem(value) : undefined;
    if (why) {
      throw new DistroError(
        `input '${name}': ${showValue(value!)} is not a name git accepts (${why}); ${fix}.`,
        {
          key: `input: ${name}`,
        },
      );
    }
  }
}

export async function publishStage(o: PublishStageOptions): Promise<PublishStageResult> {
  checkPublishInputs(o);
  const ctx = await openStage(o, { stage: 'publish' });
  assertExpanded(ctx.config, ['repos', 'oci']); // an unset ${VAR} in its own keys fails before any work
  const channel = o.channel || 'stable';
  if (!CHANNEL.test(channel)) {
    throw new DistroError(`input 'channel': '${channel}' is not a channel name (letters, digits, . _ -).`, {
      key: 'input: channel',
    });
  }
  const debs = ctx.manifest.artifacts.filter((a) => a.kind === 'deb');
  const rpms = ctx.manifest.artifacts.filter((a) => a.kind === 'rpm');
  const arch = ctx.manifest.artifacts.filter((a) => a.kind === 'archlinux');
  const promoting = !!o.promoteFrom;
  const retracting = (o.retract ?? []).length > 0;
  const wantApt = o.apt ?? (debs.length > 0 || ((promoting || retracting) && !!(o.repoDir || o.repoBranch)));
  const wantYum = o.yum ?? (rpms.length > 0 || ((promoting || retracting) && !!(o.repoDir || o.repoBranch)));
  const wantPacman =
    o.archlinux ?? (arch.length > 0 || ((promoting || retracting) && !!(o.repoDir || o.repoBranch)));
  const repos = wantApt || wantYum || wantPacman;
  if (repos && !o.repoDir && !o.repoBranch) {
    throw new DistroError(
      `the manifest has ${debs.length} deb, ${rpms.length} rpm and ${arch.length} Arch Linux package(s) to publish but no repository is given: set 'repo-branch' (e.g. gh-pages) or 'repo-dir', or set 'apt', 'yum' and 'archlinux' to false.`,
      { key: 'input: repo-branch' },
    );
  }
  if (o.repoDir && o.repoBranch) {
    throw new DistroError(`set one of 'repo-dir' and 'repo-branch', not both.`, { key: 'input: repo-dir' });
  }
  const channels = channelPlan(o, ctx.config);
  const ociPlan = planOciPush(ctx, o.oci, o.token, channel);
  if (!repos && !o.githubRelease && !channels.any && !ociPlan) {
    throw new DistroError(
      `nothing to publish: the manifest has no deb, rpm or Arch Linux packages, 'github-release' is false and no Homebrew tap, Scoop bucket or winget and no 'oci-repository' is given. Download the packages with 'from', or turn on 'github-release'.`,
      { key: 'from' },
    );
  }

  let signer: Signer | undefined;
  if (repos && o.gpgPrivateKey) {
    const { loadSigningKey } = await import('../sign/openpgp.js');
    signer = await loadSigningKey(o.gpgPrivateKey, o.gpgPassphrase || undefined);
  } else if (repos && !o.unsigned) {
    throw new DistroError(
      `input 'gpg-private-key': APT, YUM and pacman repositories are signed, and no key is given. Pass the key (secrets.GPG_PRIVATE_KEY), or set 'unsigned: true' to publish a repository clients must trust blindly.`,
      { key: 'input: gpg-private-key' },
    );
  }

  const repoName = ctx.config.name;
  const serverUrl = o.serverUrl ?? 'https://github.com';
  let baseUrl = o.baseUrl?.replace(/\/+$/, '');
  if (repos && !baseUrl && o.repoBranch && o.repository) baseUrl = githubPagesUrl(o.repository, serverUrl);
  if (repos && !baseUrl) {
    throw new DistroError(
      `input 'base-url': the URL the repository will be served from is needed for the .sources and .repo files (e.g. https://<owner>.github.io/<repo>).`,
      { key: 'input: base-url' },
    );
  }

  const out: PublishStageResult = {
    manifest: '',
    artifacts: [],
    artifactName: '',
    aptSource: '',
    aptList: '',
    aptInstall: '',
    yumRepoFile: '',
    yumInstall: '',
    pacmanConf: '',
    pacmanInstall: '',
    releaseUrl: '',
    ociImage: '',
    commit: '',
    added: [],
    removed: [],
    homebrewCommit: '',
    scoopCommit: '',
    wingetDir: '',
    wingetPr: '',
  };
  // The manifests are made again from this manifest (the Windows files may be signed since
  // package-format wrote them) before anything is published, so a bad one stops the run early.
  const made = channels.formats.length
    ? await makeReleaseManifests(
        {
          config: ctx.config,
          loaded: ctx.loaded,
          version: ctx.version,
          artifacts: ctx.manifest.artifacts,
          distDir: ctx.distDir,
          env: { ...ctx.env, GITHUB_REPOSITORY: ctx.env.GITHUB_REPOSITORY || o.repository },
        },
        channels.formats,
      )
    : [];
  const projectVersion = ctx.version;
  const keep = o.keep || ctx.config.repos?.keep || 0;
  // Promotion copies the given versions, else this release's packages (as the manifest names them).
  const promoteRefs = (pkgs: ManifestArtifact[]): VersionRef[] =>
    o.promote?.length
      ? o.promote
      : pkgs.length
        ? [
            ...new Map(
              pkgs.map((a) => [
                `${a.package}=${a.package_version}`,
                { name: String(a.package), version: String(a.package_version) },
              ]),
            ).values(),
          ]
        : [{ name: repoName, version: projectVersion }];

  // Everything is checked before anything is written: the release's local checks, then (in
  // withRepository) every package of both repositories, then the writes.
  const release = o.githubRelease
    ? await prepareGitHubRelease(ctx, o.githubRelease, channel, serverUrl)
    : undefined;
  if (repos) {
    const storage: RepoStorage = o.repoDir
      ? { kind: 'dir', dir: resolveInside(ctx.workspace, o.repoDir, { key: 'input: repo-dir' }) }
      : {
          kind: 'git',
          remote: o.repoRemote ?? `${serverUrl}/${o.repository ?? ''}.git`,
          branch: o.repoBranch!,
          token: o.token,
        };
    const debFiles = debs.map((a) => path.join(ctx.distDir, a.path));
    const rpmFiles = rpms.map((a) => path.join(ctx.distDir, a.path));
    const archFiles = arch.map((a) => path.join(ctx.distDir, a.path));
    const what = [
      debs.length && `${debs.length} deb`,
      rpms.length && `${rpms.length} rpm`,
      arch.length && `${arch.length} Arch Linux`,
    ]
      .filter(Boolean)
      .join(', ');
    const stored = await ctx.log.group(
      `Publishing ${what || 'changes'} to channel '${channel}' of ${storage.kind === 'dir' ? storage.dir : `branch ${storage.branch}`}`,
      () =>
        withRepository(
          storage,
          async ({ dir }) => {
            const added: string[] = [];
            const removed: string[] = [];
            const cfg = ctx.config.repos?.apt ?? {};
            const { prepareApt } = await import('../repos/apt/index.js');
            const { prepareYum } = await import('../repos/yum/index.js');
            const { preparePacman } = await import('../repos/pacman/index.js');
            const apt = wantApt
              ? await prepareApt({
                  root: path.join(dir, 'apt'),
                  name: repoName,
                  suite: channel,
                  origin: cfg.origin,
                  label: cfg.label,
                  description: cfg.description,
                  codename: cfg.codename,
                  component: cfg.component,
                  architectures: cfg.architectures,
                  validUntilDays: cfg.valid_until_days,
                  debs: debFiles,
                  signer,
                  unsigned: o.unsigned && !signer,
                  keep: keep || undefined,
                  retract: o.retract,
                  promote: promoting
                    ? promoteRefs(debs).map((p) => ({ ...p, from: o.promoteFrom! }))
                    : undefined,
                  baseUrl: `${baseUrl}/apt`,
                  now: o.now,
                  log: ctx.log,
                })
              : undefined;
            const yum = wantYum
              ? await prepareYum({
                  root: path.join(dir, 'yum'),
                  name: repoName,
                  baseUrl: `${baseUrl}/yum`,
                  channel,
                  rpms: rpmFiles,
                  signer,
                  unsigned: o.unsigned && !signer,
                  keep: keep || undefined,
                  retract: o.retract,
                  compression: ctx.config.repos?.yum?.compression,
                  promote: promoting ? { from: o.promoteFrom!, packages: promoteRefs(rpms) } : undefined,
                  now: o.now ? Math.floor(o.now.getTime() / 1000) : undefined,
                })
              : undefined;
            // promote/retract alone touch a pacman repository only where there is one (or when asked)
            const pacmanHere =
              o.archlinux === true || arch.length > 0 || existsSync(path.join(dir, 'archlinux'));
            const pacman =
              wantPacman && pacmanHere
                ? await preparePacman({
                    root: path.join(dir, 'archlinux'),
                    name: repoName,
                    baseUrl: `${baseUrl}/archlinux`,
                    channel,
                    packages: archFiles,
                    signer,
                    unsigned: o.unsigned && !signer,
                    keep: keep || undefined,
                    retract: o.retract,
                    promote: promoting ? { from: o.promoteFrom!, packages: promoteRefs(arch) } : undefined,
                    now: o.now ? Math.floor(o.now.getTime() / 1000) : undefined,
                  })
                : undefined;
            if (apt) {
              const r = await apt.commit();
              for (const w of r.warnings) ctx.log.warn(w);
              added.push(...r.added.map((p) => `apt ${channel}: ${p.name} ${p.version} ${p.arch}`));
              removed.push(...r.removed.map((p) => `apt ${channel}: ${p.name} ${p.version} ${p.arch}`));
              out.aptSource = r.snippets?.sources ?? '';
              out.aptList = r.snippets?.list ?? '';
              out.aptInstall = r.snippets?.install ?? '';
            }
            if (yum) {
              const r = await yum.commit();
              added.push(...r.added.map((n) => `yum ${channel}: ${n}`));
              removed.push(...r.removed.map((n) => `yum ${channel}: ${n}`));
              out.yumRepoFile = r.repoFile;
              out.yumInstall = r.installCommands.dnf;
            }
            if (pacman) {
              const r = await pacman.commit();
              added.push(...r.added.map((n) => `archlinux ${channel}: ${n}`));
              removed.push(...r.removed.map((n) => `archlinux ${channel}: ${n}`));
              out.pacmanConf = r.pacmanConf;
              out.pacmanInstall = r.install;
            }
            return { added, removed };
          },
          {
            message: `Publish ${repoName} ${projectVersion} to ${channel}`,
            log: ctx.log,
            env: ctx.env,
            tempDir: ctx.env.RUNNER_TEMP,
          },
        ),
    );
    out.added = stored.value.added;
    out.removed = stored.value.removed;
    out.commit = stored.commit;
    for (const l of out.added) ctx.log.info(`added: ${l}`);
    for (const l of out.removed) ctx.log.info(`removed: ${l}`);
    if (stored.createdBranch) ctx.log.info(`Created branch '${o.repoBranch}'.`);
  }

  if (ociPlan) out.ociImage = await pushOci(ctx, ociPlan);

  if (release) {
    const r = await ctx.log.group(
      `GitHub release ${release.tag} of ${release.repository} (${release.assets} asset(s))`,
      () => release.prepared.publish(),
    );
    out.releaseUrl = r.url;
    ctx.log.info(
      `${r.url}: ${r.uploaded.length} uploaded, ${r.replaced.length} replaced, ${r.unchanged.length} unchanged`,
    );
  }

  const added: ManifestArtifact[] = [];
  if (made.length) await publishChannels(ctx, o, channels, made, serverUrl, out, added);

  // The snippets users copy are kept with the run's artifacts.
  const snippetDir = path.join(ctx.distDir, 'publish');
  const snippets: Array<[string, string]> = [
    [`${repoName}.sources`, out.aptSource],
    [`${repoName}.list`, out.aptList],
    [`${repoName}-${channel}.repo`, out.yumRepoFile],
    [`${repoName}-${channel}.pacman.conf`, out.pacmanConf],
  ];
  for (const [file, text] of snippets) {
    if (!text) continue;
    await mkdir(snippetDir, { recursive: true });
    await writeFile(path.join(snippetDir, file), text);
    added.push(await describe(ctx.distDir, `publish/${file}`, { kind: 'repo', stage: 'publish', channel }));
  }
  const res = await closeStage(ctx, 'publish', undefined, added);
  return { ...out, ...res };
}

/** The release's local checks (tag, repository, asset names and files, notes), before any write. */
async function prepareGitHubRelease(
  ctx: Awaited<ReturnType<typeof openStage>>,
  gh: GitHubReleaseOptions,
  channel: string,
  serverUrl: string,
): Promise<{ prepared: PreparedRelease; tag: string; repository: string; assets: number }> {
  const tag = gh.tag || tagFromRef(ctx.env.GITHUB_REF) || '';
  const rolling = channel === 'nightly';
  const releaseTag = tag || (rolling ? 'nightly' : '');
  if (!releaseTag) {
    throw new DistroError(
      `input 'tag': no tag to release; run on a pushed tag (on: push: tags: ['v*']), or set 'tag'.`,
      { key: 'input: tag' },
    );
  }
  const [owner, repo] = gh.repository.split('/');
  if (!owner || !repo) {
    throw new DistroError(`GITHUB_REPOSITORY '${gh.repository}' is not owner/name.`, {
      key: 'GITHUB_REPOSITORY',
    });
  }
  const assets = releaseAssets(ctx.manifest.artifacts).map((a) => ({
    path: path.join(ctx.distDir, a.path),
  }));
  const { prepareRelease } = await import('../repos/github/index.js');
  const prepared = await prepareRelease({
    owner,
    repo,
    token: gh.token,
    apiUrl: gh.apiUrl,
    tag: releaseTag,
    draft: gh.draft,
    prerelease: rolling || gh.prerelease,
    makeLatest: gh.makeLatest,
    notes: gh.notesFile
      ? { file: path.resolve(ctx.projectDir, gh.notesFile) }
      : { generate: { dir: ctx.projectDir, repoUrl: `${serverUrl}/${gh.repository}` } },
    targetCommitish: gh.sha,
    assets,
    rolling,
    log: ctx.log,
  });
  return { prepared, tag: releaseTag, repository: gh.repository, assets: assets.length };
}

/** The manifest's release files, with one error when two share a base name (one asset name). */
export function releaseAssets(artifacts: readonly ManifestArtifact[]): ManifestArtifact[] {
  // Signatures, SBOMs and attestations go along with what they are about (not a bare binary's).
  const derived = new Set(['signature', 'sbom', 'attestation']);
  const released = new Set(
    artifacts.filter((a) => RELEASE_KINDS.has(a.kind) && !derived.has(a.kind)).map((a) => a.path),
  );
  for (const a of artifacts.filter((x) => x.kind === 'sbom'))
    if (a.from?.every((f) => released.has(f))) released.add(a.path);
  const chosen = artifacts.filter(
    (a) =>
      released.has(a.path) ||
      // a provenance attestation also names the bare binaries; it goes along when it covers any asset
      (a.kind === 'attestation' && (a.from ?? []).some((f) => released.has(f))) ||
      (derived.has(a.kind) && (a.from ?? []).every((f) => released.has(f))),
  );
  const byName = new Map<string, ManifestArtifact>();
  for (const a of chosen) {
    const name = path.posix.basename(a.path);
    const other = byName.get(name);
    if (other) {
      throw new DistroError(
        `${a.path} and ${other.path} would both be the release asset '${name}'; give them distinct names (archives.name_template).`,
        { key: 'github-release' },
      );
    }
    byName.set(name, a);
  }
  return chosen;
}

interface ChannelPlan {
  tap?: { repository: string; key: string };
  bucket?: { repository: string; key: string };
  winget: boolean;
  wingetFork?: { repository: string; key: string };
  formats: ManifestFormat[];
  any: boolean;
}

const OWNER_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** Which package-manager channels this run publishes to, from the inputs and the config. */
function channelPlan(o: PublishStageOptions, config: DistroConfig): ChannelPlan {
  const pick = (input: string | undefined, inputKey: string, cfg: string | undefined, cfgKey: string) => {
    const repository = input || cfg;
    if (!repository) return undefined;
    const key = input ? `input: ${inputKey}` : cfgKey;
    if (!OWNER_NAME.test(repository)) {
      throw new DistroError(`${key}: ${showValue(repository)} is not owner/name (e.g. acme/homebrew-tap).`, {
        key,
      });
    }
    return { repository, key };
  };
  const tap = pick(o.homebrewTap, 'homebrew-tap', config.homebrew?.tap, 'homebrew.tap');
  const bucket = pick(o.scoopBucket, 'scoop-bucket', config.scoop?.bucket, 'scoop.bucket');
  const wingetFork = pick(o.wingetFork, 'winget-fork', config.winget?.fork, 'winget.fork');
  const winget = !!o.winget || !!wingetFork;
  const formats: ManifestFormat[] = [
    ...(tap ? (['homebrew'] as const) : []),
    ...(bucket ? (['scoop'] as const) : []),
    ...(winget ? (['winget'] as const) : []),
  ];
  for (const [c, tokenKey] of [
    [tap, 'homebrew-tap-token'],
    [bucket, 'scoop-bucket-token'],
  ] as const) {
    if (c && !(tokenKey === 'homebrew-tap-token' ? o.homebrewTapToken : o.scoopBucketToken) && !o.remoteFor) {
      throw new DistroError(
        `input '${tokenKey}': pushing to ${c.repository} (${c.key}) needs a token that can push there — the workflow's GITHUB_TOKEN cannot push to another repository; pass a token with "Contents: Read and write" on it as a secret.`,
        { key: `input: ${tokenKey}` },
      );
    }
  }
  if (wingetFork && !o.wingetToken) {
    throw new DistroError(
      `input 'winget-token': opening a pull request from ${wingetFork.repository} (input: winget-fork) needs a token that can push to that fork and open pull requests — the workflow's GITHUB_TOKEN cannot; pass a token with the 'public_repo' scope (or a fine-grained one with 'Contents: Read and write' on the fork) as a secret.`,
      { key: 'input: winget-token' },
    );
  }
  return { tap, bucket, winget, wingetFork, formats, any: formats.length > 0 };
}

/** Pushes the formula and the Scoop manifest, and writes the winget directory. */
async function publishChannels(
  ctx: StageContext,
  o: PublishStageOptions,
  plan: ChannelPlan,
  made: MadeFile[],
  serverUrl: string,
  out: PublishStageResult,
  added: ManifestArtifact[],
): Promise<void> {
  const remote = (repository: string) => o.remoteFor?.(repository) ?? `${serverUrl}/${repository}.git`;
  const push = { log: ctx.log, env: ctx.env, tempDir: ctx.env.RUNNER_TEMP };
  const version = plainVersion(ctx.version);
  // each repository's own commit message style (brew bump-formula-pr, Scoop's excavator)
  const targets = [
    {
      format: 'homebrew',
      what: 'Homebrew tap',
      repo: plan.tap,
      dir: 'Formula',
      branch: ctx.config.homebrew?.branch,
      token: o.homebrewTapToken,
      tokenKey: "input 'homebrew-tap-token'",
      message: (n: string) => `${n}: update to ${version}`,
      done: (c: string) => (out.homebrewCommit = c),
    },
    {
      format: 'scoop',
      what: 'Scoop bucket',
      repo: plan.bucket,
      dir: 'bucket',
      branch: ctx.config.scoop?.branch,
      token: o.scoopBucketToken,
      tokenKey: "input 'scoop-bucket-token'",
      message: (n: string) => `${n}: Update to version ${version}`,
      done: (c: string) => (out.scoopCommit = c),
    },
  ];
  for (const t of targets) {
    const file = made.find((m) => m.format === t.format);
    if (!t.repo || !file) continue;
    const repo = t.repo;
    const r = await ctx.log.group(`${t.what} ${repo.repository}`, () =>
      pushToChannel(
        {
          what: t.what,
          repository: repo.repository,
          remote: remote(repo.repository),
          branch: t.branch ?? 'main',
          token: t.token,
          files: [{ path: `${t.dir}/${file.path}`, text: file.text }],
          key: repo.key,
          tokenKey: t.tokenKey,
        },
        { ...push, message: t.message(file.path.replace(/\.(rb|json)$/, '')) },
      ),
    );
    t.done(r.commit);
  }
  const winget = made.filter((m) => m.format === 'winget');
  if (plan.winget && winget.length) {
    for (const m of winget) await mkdir(path.dirname(path.join(ctx.distDir, m.path)), { recursive: true });
    await writeAllAtomic(winget.map((m) => [path.join(ctx.distDir, m.path), m.text] as const));
    for (const m of winget) {
      added.push(
        await describe(ctx.distDir, m.path, { kind: 'winget', stage: 'publish', format: 'winget-1.10.0' }),
      );
    }
    out.wingetDir = path.join(ctx.distDir, 'winget', winget[0]!.wingetDir!);
    ctx.log.info(`winget manifests: ${out.wingetDir}`);
    if (plan.wingetFork) out.wingetPr = await wingetPullRequest(ctx, o, plan.wingetFork.repository, winget);
  }
}

/** Opens (or finds) the pull request of the winget manifests against microsoft/winget-pkgs. */
async function wingetPullRequest(
  ctx: StageContext,
  o: PublishStageOptions,
  fork: string,
  files: MadeFile[],
): Promise<string> {
  const { openWingetPr } = await import('../repos/github/winget-pr.js');
  const dir = files[0]!.wingetDir!;
  const version = path.posix.basename(dir);
  const identifier = path.posix.basename(
    files.find((m) => m.path.endsWith('.installer.yaml'))!.path,
    '.installer.yaml',
  );
  const r = await ctx.log.group(`winget pull request from ${fork}`, () =>
    openWingetPr({
      fork,
      token: o.wingetToken!,
      apiUrl: o.apiUrl,
      identifier,
      version,
      dir,
      files: files.map((m) => ({ name: path.posix.basename(m.path), text: m.text })),
      log: ctx.log,
    }),
  );
  return r.url;
}
