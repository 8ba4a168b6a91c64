/**
 * Every output of the package stage, by the name users write in `formats:`. Adding a format is a
 * folder under src/formats/ and one line in FORMATS (src/formats/README.md); the package stage,
 * the `formats` check and the SBOM readers find it here.
 */
import { DistroError } from '../errors.js';
import type { SpellOptions } from '../config/version.js';
import { archiveFormats } from './archive/format.js';
import { archlinuxFormat } from './archlinux/format.js';
import { debFormat } from './deb/format.js';
import { installerFormat } from './installer/format.js';
import { ociFormat } from './oci/format.js';
import { msiFormat } from './msi/format.js';
import { nsisFormat } from './nsis/format.js';
import { rpmFormat } from './rpm/format.js';
import { sourceFormat } from './source/format.js';
import { homebrewFormat, scoopFormat, wingetFormat } from './release-files/format.js';
import type { ArchiveFormatDef, Format, PackageFormat, ReleaseFormat, TargetFormat } from './types.js';

export const FORMATS: readonly Format[] = [
  ...archiveFormats,
  debFormat,
  rpmFormat,
  archlinuxFormat,
  sourceFormat,
  homebrewFormat,
  scoopFormat,
  wingetFormat,
  installerFormat,
  ociFormat,
  msiFormat,
  nsisFormat,
];

/** Formats another part of distro-actions will write; named here so the error can say so. */
export const PLANNED_FORMATS: readonly string[] = ['apk'];

export function getFormat(name: string): Format | undefined {
  return FORMATS.find((f) => f.name === name);
}

/** The package format `name` (a program error when there is none: callers pass a parsed name). */
export function getPackageFormat(name: string): PackageFormat {
  const f = getFormat(name);
  if (f?.kind !== 'package') throw new Error(`no package format '${name}' in the registry`);
  return f;
}

/** The requested formats by kind, each once, in the order given. */
export interface ParsedFormats {
  archives: ArchiveFormatDef[];
  packages: PackageFormat[];
  targets: TargetFormat[];
  releases: ReleaseFormat[];
  all: Format[];
}

export function parseFormats(list: readonly string[], key: string): ParsedFormats {
  const out: ParsedFormats = { archives: [], packages: [], targets: [], releases: [], all: [] };
  const known = FORMATS.map((f) => f.name);
  for (const raw of list) {
    const name = raw.trim().toLowerCase();
    const f = getFormat(name);
    if (!f && PLANNED_FORMATS.includes(name))
      throw new DistroError(
        `${key}: the '${name}' format is not available in this version of package-format yet; it writes ${known.join(', ')}. Remove '${name}' for now.`,
        { key },
      );
    if (!f)
      throw new DistroError(
        `${key}: unknown format '${raw}'. Known formats: ${[...known, ...PLANNED_FORMATS].join(', ')}.`,
        { key },
      );
    if (out.all.includes(f)) continue;
    out.all.push(f);
    if (f.kind === 'archive') out.archives.push(f);
    else if (f.kind === 'package') out.packages.push(f);
    else if (f.kind === 'target') out.targets.push(f);
    else out.releases.push(f);
  }
  return out;
}

/** Names of every format the registry knows, for messages. */
export function formatNames(): string[] {
  return FORMATS.map((f) => f.name);
}

/** Spells the version for each format; throws the first format's DistroError that cannot. */
export function checkVersionFor(formats: readonly Format[], version: string, opts: SpellOptions): void {
  for (const f of formats) f.spellVersion?.(version, opts);
}

/** The format that lists what a manifest artifact holds (its `format`, else its kind), if any. */
export function readerFor(kind: string, format: string | undefined): Format | undefined {
  const f = getFormat(format ?? kind);
  return f?.contents ? f : undefined;
}

/** Manifest kinds that get an SBOM: those of the formats with a contents reader. */
export function sbomKinds(): Set<string> {
  return new Set(FORMATS.filter((f) => f.contents).map((f) => (f.kind === 'archive' ? 'archive' : f.name)));
}
