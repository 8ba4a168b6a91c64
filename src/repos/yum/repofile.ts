/** The `.repo` file a user drops into /etc/yum.repos.d, and the one-line commands that do it. */
import { formatCommand } from '../../build/exec.js';

export interface RepoFileOptions {
  /** Repository name (the project): the section is `[<name>-<channel>]`. */
  name: string;
  channel: string;
  /** Public URL of the repository root (holding `<channel>/` and the key), no trailing slash. */
  baseUrl: string;
  /** File name of the public key at the root; undefined for an unsigned repository. */
  keyFile?: string;
  /** Package to install in the commands; default `name`. */
  packageName?: string;
}

/** `<name>-<channel>.repo`: distinct per channel, so two channels can be configured side by side. */
export function repoFileName(name: string, channel: string): string {
  return `${name}-${channel}.repo`;
}

/** The `.repo` file: metadata and package signatures checked when a key is given. */
export function repoFile(o: RepoFileOptions): string {
  const signed = o.keyFile !== undefined;
  return [
    `[${o.name}-${o.channel}]`,
    `name=${o.name} (${o.channel})`,
    `baseurl=${o.baseUrl}/${o.channel}`,
    'enabled=1',
    `gpgcheck=${signed ? 1 : 0}`,
    `repo_gpgcheck=${signed ? 1 : 0}`,
    ...(signed ? [`gpgkey=${o.baseUrl}/${o.keyFile}`] : []),
    '',
  ].join('\n');
}

/** One-line install commands: dnf's config-manager (dnf 4 and dnf 5), or curl into yum.repos.d; every word quoted. */
export function installCommands(o: RepoFileOptions): { dnf: string; dnf5: string; curl: string } {
  const file = repoFileName(o.name, o.channel);
  const url = `${o.baseUrl}/${o.channel}/${file}`;
  const install = formatCommand(['sudo', 'dnf', 'install', '-y', o.packageName ?? o.name]);
  return {
    dnf: `${formatCommand(['sudo', 'dnf', 'config-manager', '--add-repo', url])} && ${install}`,
    dnf5: `${formatCommand(['sudo', 'dnf', 'config-manager', 'addrepo', `--from-repofile=${url}`])} && ${install}`,
    curl: `${formatCommand(['sudo', 'curl', '-fsSLo', `/etc/yum.repos.d/${file}`, url])} && ${install}`,
  };
}
