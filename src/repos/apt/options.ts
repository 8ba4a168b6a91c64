/** The options and result of `publishApt`, and checking the options. */
import { DistroError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { Signer } from '../../sign/signer.js';
import { checkSegment } from './layout.js';
import type { AptSnippets } from './snippets.js';

/** The points of a publish, in order, at which `onStep` is called (tests stop a publish there). */
export type PublishStep =
  'pool' | 'by-hash' | 'indices' | 'release' | 'release-gpg' | 'inrelease' | 'cleanup';

/**
 * A package version to retract or promote; no `arch`: every architecture of that version. A
 * `version` without a Debian revision (`1.0.0`) names every revision of it (`1.0.0-1`, …), one
 * without an epoch any epoch (see versionMatches in version.ts).
 */
export interface PackageSelector {
  name: string;
  version: string;
  arch?: string;
}

export interface AptPublishOptions {
  /** The repository's root directory (created when missing). */
  root: string;
  /** Repository name: `<name>.asc`/`<name>.gpg` keys and `<name>.sources`/`.list` snippets. */
  name: string;
  /** The suite (the channel: stable, beta, nightly or any name). */
  suite: string;
  /** Codename; default: the existing one, else the suite. */
  codename?: string;
  /** Component of the added and promoted packages (default `main`). */
  component?: string;
  /** .deb files to add to the suite. */
  debs?: string[];
  /** Release `Origin` and `Label` (default: the existing ones, else `name`). */
  origin?: string;
  label?: string;
  /** Release `Description`. */
  description?: string;
  /** Architectures to list besides those of the packages (e.g. for an empty suite). */
  architectures?: string[];
  /** `Valid-Until` this many days after `now`; a suite is re-signed once half of it has passed. */
  validUntilDays?: number;
  /** Signs `InRelease` and `Release.gpg`; the public key is written at the root. */
  signer?: Signer;
  /** Publish without signatures (only without a signer; clients then need `Trusted: yes`). */
  unsigned?: boolean;
  /** Keep only the last N versions of each package (per component) in the suite. */
  keep?: number;
  /** Versions to remove from the suite. */
  retract?: PackageSelector[];
  /** Versions to copy from another suite into this one (the pool file is shared, not rebuilt). */
  promote?: Array<PackageSelector & { from: string }>;
  /** Base URL of the repository root: with it, the `.sources`/`.list` snippets are written. */
  baseUrl?: string;
  /** Package named in the install one-liner (default: the first added package, else `name`). */
  installPackage?: string;
  /** Suite whose snippets are `<name>.sources`/`.list` (default `stable`); others get `<name>-<suite>.*`. */
  defaultSuite?: string;
  /** The time written into `Date` (default: now). */
  now?: Date;
  log?: Logger;
  /** Called after each step (tests inject failures here). */
  onStep?: (step: PublishStep) => void | Promise<void>;
}

/** A package version in a suite. */
export interface PackageRef {
  suite: string;
  component: string;
  name: string;
  version: string;
  arch: string;
  /** Pool path relative to the repository root. */
  path: string;
}

export interface AptPublishResult {
  /** Whether any file changed. */
  changed: boolean;
  /** Suites whose indices and Release were rewritten. */
  suites: string[];
  /** Package versions that entered the target suite (added or promoted). */
  added: PackageRef[];
  /** Package versions that left it (retracted or beyond `keep`). */
  removed: PackageRef[];
  /** Pool files deleted because no suite lists them any more. */
  poolRemoved: string[];
  /** Files read in full to hash them: only the given .debs, never the pool. */
  hashed: string[];
  /** Snippets for the target suite (when `baseUrl` was given). */
  snippets?: AptSnippets;
  /** Things that were asked for but had no effect (e.g. retracting a version not there). */
  warnings: string[];
}

/** Keys the errors name (the inputs and config keys of publish-repo). */
export const KEY = {
  suite: "input 'channel'",
  key: "input 'gpg-private-key'",
  component: 'repos.apt.component',
  codename: 'repos.apt.codename',
  archs: 'repos.apt.architectures',
  keep: 'repos.apt.keep',
  validUntil: 'repos.apt.valid-until',
  promote: 'repos.apt.promote',
  name: 'repos.apt.name',
};

/** Checks the options that need no file system; throws one DistroError naming the key. */
export function checkOptions(o: AptPublishOptions): void {
  checkSegment(o.name, KEY.name, 'repository name');
  checkSegment(o.suite, KEY.suite, 'suite (channel) name');
  if (o.codename !== undefined) checkSegment(o.codename, KEY.codename, 'codename');
  if (o.component !== undefined) checkSegment(o.component, KEY.component, 'component');
  for (const a of o.architectures ?? []) checkSegment(a, KEY.archs, 'architecture');
  if (o.keep !== undefined && (!Number.isInteger(o.keep) || o.keep < 1))
    throw new DistroError(`${KEY.keep}: must be a whole number of versions, 1 or more; got ${o.keep}.`, {
      key: KEY.keep,
    });
  if (o.validUntilDays !== undefined && !(o.validUntilDays > 0))
    throw new DistroError(`${KEY.validUntil}: must be a number of days above 0; got ${o.validUntilDays}.`, {
      key: KEY.validUntil,
    });
  if (!o.signer && !o.unsigned)
    throw new DistroError(
      `${KEY.key}: an APT repository is signed, and no key was given. Pass the armored private key in 'gpg-private-key' (and 'gpg-passphrase'), or opt into an unsigned repository with input 'unsigned' set to true (clients must then trust it blindly with 'Trusted: yes').`,
      { key: KEY.key },
    );
}
