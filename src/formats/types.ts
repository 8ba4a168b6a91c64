/**
 * The format seam: what every output of the package stage implements, so the stage, the SBOM
 * writer and the readers look a format up by name in src/formats/registry.ts instead of branching
 * on it. Four kinds, by when the stage runs a format and from what (src/formats/README.md):
 *
 * - `archive`: tar.gz, tar.xz, tar.zst, zip of each target's binaries (src/formats/archive);
 * - `package`: a Linux package built from the nfpm-style config through one PackageSpec per
 *   target (deb, rpm, archlinux…) — the neutral resolver in src/formats/pkg asks the format for
 *   its rules (names, versions, architectures, dependency syntax, defaults);
 * - `target`: anything else made once per target from its binaries and the config (msi, nsis, oci);
 * - `release`: made once per release from the config, the source tree or the release's other
 *   artifacts (source tarball, install.sh, Homebrew/Scoop/winget manifests).
 */
import type { DistroConfig, LoadedConfig } from '../config/types.js';
import type { SpellOptions } from '../config/version.js';
import type { ErrorLocation } from '../errors.js';
import type { Logger } from '../log.js';
import type { ProgressSink } from '../progress.js';
import type { ArtifactKind, ManifestArtifact } from '../manifest/index.js';
import type { Target } from '../targets/types.js';
import type { ArtifactContents } from './contents.js';
import type { PackageSpec, PkgScripts } from './pkg/types.js';

export type FormatKind = 'archive' | 'package' | 'target' | 'release';

interface FormatBase {
  /** The name users write in `formats:` (lower case). */
  readonly name: string;
  readonly kind: FormatKind;
  /**
   * The release version as this format spells it; throws the DistroError (naming `opts.where`) when
   * it cannot be spelled. Run for every requested format before any file is written.
   */
  spellVersion?(version: string, opts: SpellOptions): string;
  /** Checks the inputs only this format reads, before any file is written (throws a DistroError). */
  check?(ctx: FormatContext): Promise<void> | void;
  /** Lists what is inside a file of this format (SBOM); formats without it get no SBOM. */
  contents?(file: string): Promise<ArtifactContents>;
}

/** What every format's write gets: the project, its config and where to write. */
export interface FormatContext {
  config: DistroConfig;
  loaded: LoadedConfig;
  projectDir: string;
  distDir: string;
  /** The release version as resolved (a leading `v` possible): spell it with the format's rules. */
  version: string;
  versionWhere: ErrorLocation;
  sourceDateEpoch: number;
  /** The process environment of the stage (tools' environment); never read process.env. */
  env: Record<string, string | undefined>;
  log: Logger;
}

/** A built binary of one target. */
export interface TargetBinary {
  /** The binary's name (as `contents[].src` and archives call it). */
  name: string;
  /** Absolute path. */
  file: string;
  /** Path relative to the dist directory (the manifest's). */
  path: string;
}

export interface TargetContext extends FormatContext {
  target: Target;
  binaries: TargetBinary[];
}

export interface ReleaseContext extends FormatContext {
  /** Every artifact of the release known to this job: the manifest's and those written so far. */
  artifacts: readonly ManifestArtifact[];
  /** The targets this job packaged. */
  targets: readonly Target[];
}

/** A file a format wrote (atomically) into the dist directory; the stage records it in the manifest. */
export interface WrittenFile {
  /** Path relative to the dist directory. */
  path: string;
  kind: ArtifactKind;
  target?: Target;
  /** Inputs, relative to the dist directory or the project (the manifest's `from`). */
  from?: string[];
  /** More manifest fields (`package`, `package_version`, `os`, `arch`…). */
  fields?: Record<string, unknown>;
}

export interface ArchiveFormatDef extends FormatBase {
  readonly kind: 'archive';
  /** The file extension the default name template gives (`tar.gz`). */
  readonly extension: string;
}

/**
 * A Linux package format in the spirit of nfpm's `Packager`: its rules for the neutral resolver
 * (src/formats/pkg/resolve.ts), its file name, and a writer from PackageSpec to a file.
 */
export interface PackageFormat extends FormatBase {
  readonly kind: 'package';
  readonly name: PackageSpec['packager'];
  /** The purl type of its packages (`deb`, `rpm`, `alpm`…), for the SBOM. */
  readonly purlType: string;
  /** Which targets it packages (default: Linux targets). */
  appliesTo?(target: Target): boolean;
  /** Its architecture name for `target`; without a target, the architecture-independent one. */
  arch(target: Target | undefined): string | undefined;
  /** Why `name` is not a legal package name (with the fix), or undefined. */
  nameProblem(name: string): string | undefined;
  /** The release version split into this format's version, release and epoch. */
  versionParts(
    version: string,
    c: { epoch?: unknown; release?: unknown },
    where: ErrorLocation,
  ): { version: string; release: string; epoch?: string };
  /** One dependency (either spelling) in this format's syntax; throws an Error with the reason. */
  dependency(text: string): string;
  /** How a dependency is written, for the error on a malformed one. */
  readonly dependencyHint: string;
  /** The summary from its section (`rpm.summary`), when it has one. */
  summary?(section: Record<string, unknown>): string | undefined;
  /** Scripts only this format has (rpm pretrans/posttrans), as paths from its section. */
  extraScripts?(section: Record<string, unknown>): Partial<Record<keyof PkgScripts, string>>;
  /** The scripts that enable, restart and stop shipped systemd units. */
  systemd?(units: string[]): Partial<Record<keyof PkgScripts, string>>;
  /** Last touches on a resolved spec: defaults and generated files (may set spec.tempDir). */
  finish?(spec: PackageSpec, ctx: FinishContext): Promise<void>;
  /** The conventional file name (`hello_1.0-1_amd64.deb`). */
  fileName(spec: PackageSpec): string;
  /** The manifest's `package_version`: the full version as the package manager shows it. */
  packageVersion(spec: PackageSpec): string;
  /**
   * Writes the package to `out` atomically (nothing at `out` on failure), telling `progress` the
   * bytes read (src/progress.ts). A `{ size, sha256 }` result saves the manifest a read of the file.
   */
  write(out: string, spec: PackageSpec, o?: { progress?: ProgressSink }): Promise<unknown>;
}

/** What `PackageFormat.finish` may read besides the spec. */
export interface FinishContext {
  config: DistroConfig;
  projectDir: string;
  distDir: string;
  /** The release version as given (before spelling). */
  upstreamVersion: string;
  /** The first file of type `license` in the contents, if any. */
  licenseFile?: string;
  /** The author of generated documents (maintainer, vendor, or `<name> maintainers`). */
  author: string;
  log: Logger;
  where(key: string): ErrorLocation;
}

export interface TargetFormat extends FormatBase {
  readonly kind: 'target';
  appliesTo(target: Target): boolean;
  write(ctx: TargetContext): Promise<WrittenFile[]>;
  /** Once after every target, with all this job wrote (an OCI index over the per-target images). */
  finish?(ctx: ReleaseContext): Promise<WrittenFile[]>;
}

export interface ReleaseFormat extends FormatBase {
  readonly kind: 'release';
  /**
   * True when it reads every target's artifacts (install.sh, Homebrew formula): it runs only in a
   * job not limited to one target. False when it only reads the project (source tarball): every job
   * makes the same bytes, and the copies merge to one manifest entry.
   */
  readonly wholeRelease: boolean;
  write(ctx: ReleaseContext): Promise<WrittenFile[]>;
}

export type Format = ArchiveFormatDef | PackageFormat | TargetFormat | ReleaseFormat;
