import { DistroError } from '../errors.js';
import { actionRun, type ActionBody } from '../runner/run.js';
import { parseVersionRefs, publishStage } from '../stages/publish.js';
import { commonOptions, stageOutputs, summarize } from './shared.js';

const MAKE_LATEST = ['true', 'false', 'legacy'] as const;

function optionalBoolean(inputs: Parameters<ActionBody>[0], name: string): boolean | undefined {
  return inputs.given(name) ? inputs.boolean(name) : undefined;
}

export const publishRepoAction: ActionBody = async (inputs, rt) => {
  const env = rt.env;
  const keep = inputs.string('keep') || '0';
  if (!/^\d+$/.test(keep)) {
    throw new DistroError(`input 'keep' must be a whole number of versions (0 keeps all), not '${keep}'.`, {
      key: 'input: keep',
      usage: true,
    });
  }
  const makeLatest = inputs.string('make-latest') || 'legacy';
  if (!(MAKE_LATEST as readonly string[]).includes(makeLatest)) {
    throw new DistroError(`input 'make-latest' must be true, false or legacy, not '${makeLatest}'.`, {
      key: 'input: make-latest',
      usage: true,
    });
  }
  const repository = inputs.optional('repository') ?? env.GITHUB_REPOSITORY ?? '';
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const token = inputs.string('github-token');
  const r = await publishStage({
    ...commonOptions(inputs, rt),
    apt: optionalBoolean(inputs, 'apt'),
    yum: optionalBoolean(inputs, 'yum'),
    archlinux: optionalBoolean(inputs, 'archlinux'),
    repoDir: inputs.optional('repo-dir'),
    repoBranch: inputs.optional('repo-branch'),
    // DISTRO_REPO_REMOTE: another remote for the branch (a mirror, or a local repository in tests).
    repoRemote: env.DISTRO_REPO_REMOTE || undefined,
    token,
    repository,
    serverUrl,
    channel: inputs.string('channel') || 'stable',
    baseUrl: inputs.optional('base-url'),
    gpgPrivateKey: inputs.optional('gpg-private-key'),
    gpgPassphrase: inputs.optional('gpg-passphrase'),
    unsigned: inputs.boolean('unsigned'),
    keep: Number(keep),
    retract: parseVersionRefs(inputs.list('retract'), 'input: retract'),
    promoteFrom: inputs.optional('promote-from'),
    promote: parseVersionRefs(inputs.list('promote'), 'input: promote'),
    homebrewTap: inputs.optional('homebrew-tap'),
    homebrewTapToken: inputs.optional('homebrew-tap-token'),
    scoopBucket: inputs.optional('scoop-bucket'),
    scoopBucketToken: inputs.optional('scoop-bucket-token'),
    winget: inputs.boolean('winget'),
    wingetFork: inputs.optional('winget-fork'),
    wingetToken: inputs.optional('winget-token'),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    // DISTRO_CHANNEL_REMOTE_BASE: where the tap and bucket repositories are (a mirror, local repositories in tests)
    remoteFor: env.DISTRO_CHANNEL_REMOTE_BASE
      ? (repository: string) => `${env.DISTRO_CHANNEL_REMOTE_BASE!.replace(/\/+$/, '')}/${repository}.git`
      : undefined,
    githubRelease: inputs.boolean('github-release')
      ? {
          apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
          // The release belongs to the workflow's repository, whichever one holds the branch.
          repository: env.GITHUB_REPOSITORY ?? '',
          token,
          tag: inputs.optional('tag'),
          draft: inputs.boolean('draft'),
          prerelease: inputs.boolean('prerelease'),
          makeLatest: makeLatest as (typeof MAKE_LATEST)[number],
          notesFile: inputs.optional('release-notes'),
          sha: env.GITHUB_SHA,
        }
      : undefined,
    oci: {
      repository: inputs.optional('oci-repository'),
      username: inputs.optional('oci-username'),
      password: inputs.optional('oci-password'),
    },
  });
  const notes: string[] = [];
  if (r.added.length) notes.push(`Added: ${r.added.join('; ')}`);
  if (r.removed.length) notes.push(`Removed: ${r.removed.join('; ')}`);
  if (r.aptInstall) notes.push(`Install with apt:\n\n\`\`\`sh\n${r.aptInstall}\n\`\`\``);
  if (r.yumInstall) notes.push(`Install with dnf:\n\n\`\`\`sh\n${r.yumInstall}\n\`\`\``);
  if (r.pacmanInstall)
    notes.push(
      `Install with pacman (add this to /etc/pacman.conf first):\n\n\`\`\`ini\n${r.pacmanConf}\`\`\`\n\n\`\`\`sh\n${r.pacmanInstall}\n\`\`\``,
    );
  if (r.releaseUrl) notes.push(`Release: ${r.releaseUrl}`);
  if (r.wingetPr) notes.push(`winget pull request: ${r.wingetPr}`);
  if (r.ociImage) notes.push(`Image: \`${r.ociImage}\``);
  await summarize(rt, 'publish-repo', r.artifacts, notes);
  return {
    ...stageOutputs(r),
    'apt-source': r.aptSource,
    'apt-install': r.aptInstall,
    'yum-repo-file': r.yumRepoFile,
    'yum-install': r.yumInstall,
    'pacman-conf': r.pacmanConf,
    'pacman-install': r.pacmanInstall,
    'release-url': r.releaseUrl,
    'oci-image': r.ociImage,
    commit: r.commit,
    'homebrew-commit': r.homebrewCommit,
    'scoop-commit': r.scoopCommit,
    'winget-dir': r.wingetDir,
    'winget-pr': r.wingetPr,
  };
};

/** Runs the publish-repo action (the runner protocol; what @github/local-action calls). */
export const run = actionRun('publish-repo', publishRepoAction);
