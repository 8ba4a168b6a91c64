import { formatCommand } from '../../build/exec.js';
import { checkUrl } from '../url.js';

/**
 * What a user pastes to use the repository: a deb822 `.sources` file with `Signed-By`, the
 * one-line `.list` equivalent, and a one-line install command (key, sources, update, install).
 */

export interface AptSnippets {
  /** deb822 source (`/etc/apt/sources.list.d/<file>.sources`). */
  sources: string;
  /** One-line-style source (`/etc/apt/sources.list.d/<file>.list`). */
  list: string;
  /** Where the key is to be installed (`/etc/apt/keyrings/<name>.gpg`); undefined when unsigned. */
  keyring?: string;
  /** A shell one-liner: install the key and the sources, apt-get update, apt-get install. */
  install: string;
  /** Base name of the snippet files at the repository root (`<name>` or `<name>-<suite>`). */
  fileBase: string;
}

export interface SnippetOptions {
  /** Repository name: key and snippet file names. */
  name: string;
  /** Base URL of the repository root, e.g. `https://example.github.io/hello`. */
  baseUrl: string;
  suite: string;
  component: string;
  /** Whether the repository is signed (else the sources say `Trusted: yes`). */
  signed: boolean;
  /** Package to install in the one-liner. */
  installPackage: string;
  /** Suite whose snippets are `<name>.sources`/`.list`; others get `<name>-<suite>.*`. */
  defaultSuite: string;
}

/** The snippets for one suite of the repository. */
export function aptSnippets(o: SnippetOptions): AptSnippets {
  // A newline in the URL would add fields (a second Signed-By) to the .sources file users install.
  const base = checkUrl(o.baseUrl, 'input: base-url', ['http:', 'https:', 'file:']).replace(/\/+$/, '');
  const fileBase = o.suite === o.defaultSuite ? o.name : `${o.name}-${o.suite}`;
  const keyring = o.signed ? `/etc/apt/keyrings/${o.name}.gpg` : undefined;
  const sources = [
    'Types: deb',
    `URIs: ${base}/`,
    `Suites: ${o.suite}`,
    `Components: ${o.component}`,
    keyring ? `Signed-By: ${keyring}` : 'Trusted: yes',
    '',
  ].join('\n');
  const opt = keyring ? `[signed-by=${keyring}]` : '[trusted=yes]';
  const list = `deb ${opt} ${base}/ ${o.suite} ${o.component}\n`;
  const steps = [
    ...(keyring
      ? [
          ['sudo', 'install', '-d', '-m', '0755', '/etc/apt/keyrings'],
          ['sudo', 'curl', '-fsSLo', keyring, `${base}/${o.name}.gpg`],
        ]
      : []),
    ['sudo', 'curl', '-fsSLo', `/etc/apt/sources.list.d/${fileBase}.sources`, `${base}/${fileBase}.sources`],
    ['sudo', 'apt-get', 'update'],
    ['sudo', 'apt-get', 'install', '-y', o.installPackage],
  ];
  return { sources, list, keyring, install: steps.map(formatCommand).join(' && '), fileBase };
}
