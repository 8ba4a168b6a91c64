/**
 * The project config (`distro.yml`, DESIGN contract 3). The package section is nfpm-compatible:
 * an nfpm.yaml loads unchanged. Stages add their own sections. `schema/distro.schema.json` lists
 * every key; any other key is an error.
 */
export interface ContentEntry {
  src?: string;
  dst: string;
  /** '' (file), config, config|noreplace, doc, dir, symlink, ghost, tree, license, readme. */
  type?: string;
  /** Only for these packagers (deb, rpm, apk, archlinux), comma separated as in nfpm. */
  packager?: string;
  expand?: boolean;
  file_info?: { mode?: number; mtime?: string; owner?: string; group?: string };
}

export interface ArchivesConfig {
  /** File name template; default `{name}-{version}-{os}-{arch}.{ext}`. */
  name_template?: string;
  /** Put the files under a top-level directory: true (named like the archive), a name, or false (default: archive root). */
  wrap_in_directory?: boolean | string;
  /** Extra files: README, LICENSE, completions, man pages. A string is a path or glob relative to the project. */
  files?: Array<string | { src: string; dst?: string; mode?: number }>;
  /** Per-OS format override, e.g. `{ windows: zip }` (Windows targets get zip whatever is asked). */
  format_overrides?: Record<string, string>;
  /** Compression level where the format has one. */
  level?: number;
}

export interface BuildConfig {
  builder?: 'cargo' | 'go' | 'cmake' | 'make' | 'command';
  /** For `command`: the command line (split into argv, never run through a shell). */
  command?: string | string[];
  /** Names of the binaries to collect (without `.exe`). Default: the project name. */
  binaries?: string[];
  profile?: 'debug' | 'release' | 'performance';
  /** Builder-specific extra arguments (`cargo build …`, `go build …`, `make …`, cmake configure). */
  args?: string[];
  /** Extra environment for the build. */
  env?: Record<string, string>;
  /** Directory of the project to build, relative to the working directory. */
  dir?: string;
  /** Go: the main package (default `.`). */
  main?: string;
  /** Go: `-ldflags` (the version is available as ${VERSION}). */
  ldflags?: string;
  /** Strip the binaries (default true for release/performance). */
  strip?: boolean;
}

/** `smoke:` (qemu-smoke-test). */
export interface SmokeConfig {
  /** The command to run: a command line (split into argv, never a shell) or argv. Default `<binary> --version`. */
  command?: string | string[];
  /** Text the output must contain, or `/regex/flags`. */
  expect?: string;
  /** Seconds one run of the command may take (default 60). */
  timeout?: number;
  /** Seconds one package install or removal may take (default 600). */
  install_timeout?: number;
  /** Debian suite of the root filesystems (default bookworm; trixie for riscv64). */
  suite?: string;
  /** Debian mirror (default http://deb.debian.org/debian). */
  mirror?: string;
  /** Extra packages in the root filesystems (part of their cache key). */
  packages?: string[];
}

/** `homebrew:` — the formula package-format writes and publish-repo pushes to a tap. */
export interface HomebrewConfig {
  /** Formula name (default: the project name, lower case). */
  name?: string;
  /** Download URL template: {owner} {repo} {tag} {version} {name} {file} {os} {arch}. */
  url_template?: string;
  description?: string;
  homepage?: string;
  license?: string;
  /** The tap repository (`owner/homebrew-tap`) publish-repo pushes `Formula/<name>.rb` to. */
  tap?: string;
  /** Branch of the tap (default: its default branch, main). */
  branch?: string;
}

/** `scoop:` — the manifest package-format writes and publish-repo pushes to a bucket. */
export interface ScoopConfig {
  name?: string;
  url_template?: string;
  description?: string;
  homepage?: string;
  license?: string;
  /** The bucket repository (`owner/scoop-bucket`) publish-repo pushes `bucket/<name>.json` to. */
  bucket?: string;
  branch?: string;
}

/** `winget:` — manifests for microsoft/winget-pkgs. */
export interface WingetConfig {
  package_identifier?: string;
  publisher?: string;
  package_name?: string;
  url_template?: string;
  license?: string;
  license_url?: string;
  short_description?: string;
  homepage?: string;
  publisher_url?: string;
  moniker?: string;
  tags?: string[];
  release_notes_url?: string;
  locale?: string;
}

/** `oci:` (format `oci`, and publish-repo's push). */
export interface OciConfig {
  /** `scratch` (default) or an image reference pulled by digest per platform. */
  base?: string;
  /** Where the binaries go in the image (default /usr/local/bin). */
  binary_dir?: string;
  entrypoint?: string | string[];
  cmd?: string | string[];
  env?: Record<string, string>;
  user?: string;
  workdir?: string;
  ports?: string | Array<string | number>;
  labels?: Record<string, string>;
  /** `ghcr.io/owner/name`: where publish-repo pushes (input oci-repository wins). */
  repository?: string;
}

/** `msi:` and `nsis:`: the Windows installers. */
export interface WindowsInstallerConfig {
  vendor?: string;
  install_dir?: string;
  icon?: string;
  license?: string;
  shortcuts?: Array<{ name: string; target: string; args?: string }>;
}

export interface DistroConfig {
  name: string;
  version?: string;
  release?: string;
  epoch?: string;
  prerelease?: string;
  arch?: string;
  platform?: string;
  maintainer?: string;
  description?: string;
  vendor?: string;
  homepage?: string;
  license?: string;
  section?: string;
  priority?: string;
  depends?: string[];
  recommends?: string[];
  suggests?: string[];
  conflicts?: string[];
  replaces?: string[];
  provides?: string[];
  contents?: ContentEntry[];
  scripts?: Record<string, string>;
  overrides?: Record<string, Record<string, unknown>>;
  deb?: Record<string, unknown>;
  rpm?: Record<string, unknown>;
  apk?: Record<string, unknown>;
  archlinux?: Record<string, unknown>;
  /** Windows installers (src/formats/windows/config.ts has the keys). */
  msi?: WindowsInstallerConfig & { upgrade_code?: string };
  nsis?: WindowsInstallerConfig;
  // distro-actions sections
  targets?: string[];
  formats?: string[];
  build?: BuildConfig;
  archives?: ArchivesConfig;
  sign?: {
    checksums?: string[];
    per_file?: boolean;
    /** spdx, cyclonedx, both or none. */
    sbom?: string | string[];
    /** Globs of the artifacts to sign. */
    artifacts?: string | string[];
    signature_format?: 'armor' | 'binary';
    /** Authenticode of .exe and .msi artifacts (the PFX comes from input authenticode-pfx). */
    authenticode?: {
      timestamp_url?: string;
      description?: string;
      url?: string;
      artifacts?: string | string[];
    };
  } & Record<string, unknown>;
  repos?: {
    keep?: number;
    apt?: {
      origin?: string;
      label?: string;
      description?: string;
      codename?: string;
      component?: string;
      architectures?: string[];
      valid_until_days?: number;
    };
    yum?: { compression?: 'gzip' | 'zstd' };
  } & Record<string, unknown>;
  smoke?: SmokeConfig & Record<string, unknown>;
  homebrew?: HomebrewConfig;
  scoop?: ScoopConfig;
  winget?: WingetConfig;
  /** `installer:` (format installer, install.sh): see src/formats/installer/plan.ts. */
  installer?: Record<string, unknown>;
  oci?: OciConfig;
  [key: string]: unknown;
}

export interface LoadedConfig {
  config: DistroConfig;
  /** Absolute path of the file read (undefined when no file exists and defaults were used). */
  file?: string;
  /** Line (1-based) of a dotted key path such as `contents.2.src` or `build.builder`, if present. */
  lineOf(path: string): number | undefined;
}
