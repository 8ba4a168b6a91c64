/**
 * The package model shared by the deb and rpm writers (and later apk/archlinux): what to install,
 * where, with which metadata and scripts. `resolvePackage` (src/formats/pkg/resolve.ts) builds it
 * from the nfpm-compatible config for one packager and one target; the writers turn it into bytes.
 */
export type Packager = 'deb' | 'rpm' | 'apk' | 'archlinux';

export interface PkgFile {
  /** Absolute install path, normalised (`/usr/bin/hello`). */
  dst: string;
  type: 'file' | 'dir' | 'symlink';
  /** Regular files: absolute path of the content on disk (streamed, never read whole). */
  source?: string;
  /** Symlinks: the link target. */
  linkname?: string;
  /** Permission bits incl. setuid/setgid/sticky (e.g. 0o4755); no file-type bits. */
  mode: number;
  owner: string;
  group: string;
  /** Seconds since the epoch (SOURCE_DATE_EPOCH unless file_info.mtime). */
  mtime: number;
  /** Regular files: size in bytes (from stat). */
  size: number;
  /** nfpm content types that matter to the formats. */
  config?: boolean;
  noreplace?: boolean;
  /** rpm %config(missingok) (`type: config|missingok`). */
  missingok?: boolean;
  doc?: boolean;
  license?: boolean;
  ghost?: boolean;
}

export interface PkgScripts {
  preinstall?: string; // script text (not a path), starting with #!
  postinstall?: string;
  preremove?: string;
  postremove?: string;
  pretrans?: string; // rpm only
  posttrans?: string; // rpm only
  preupgrade?: string; // archlinux only (archlinux.scripts)
  postupgrade?: string; // archlinux only
}

export interface PackageSpec {
  packager: Packager;
  name: string;
  /** Already spelled for the packager (debVersion / rpmVersion …). */
  version: string;
  release: string;
  epoch?: string;
  /** The packager's architecture name (deb: arm64, all; rpm: aarch64, noarch). */
  arch: string;
  maintainer?: string;
  summary: string;
  description: string;
  vendor?: string;
  homepage?: string;
  license?: string;
  section?: string;
  priority?: string;
  group?: string;
  depends: string[];
  predepends: string[];
  recommends: string[];
  suggests: string[];
  conflicts: string[];
  breaks: string[];
  replaces: string[];
  provides: string[];
  /** Everything in the payload, sorted by dst; parent directories the package owns are listed as `dir`. */
  files: PkgFile[];
  scripts: PkgScripts;
  /** deb triggers file content (interest/activate lines), if any. */
  triggers?: string;
  /** Changelog entries, newest first. */
  changelog: Array<{ version: string; date: number; author: string; text: string }>;
  /** Compression of the payload. */
  compression: 'gzip' | 'xz' | 'zstd' | 'none';
  /** SOURCE_DATE_EPOCH: build time recorded in the package. */
  buildTime: number;
  /** Extra format-specific fields from the `deb:` / `rpm:` sections. */
  extra: Record<string, unknown>;
  /**
   * A directory of files generated for this package (deb: copyright, changelog.Debian.gz), which
   * `files` refer to; delete it with `cleanupPackage(spec)` (resolve.ts) once the package is written.
   */
  tempDir?: string;
}
