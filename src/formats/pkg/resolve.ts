/**
 * From the nfpm-compatible config to a PackageSpec for one package format and one target. This is
 * the format-neutral part; what differs between formats (names, versions, architectures,
 * dependency syntax, defaults, generated files) comes from the format's rules (PackageFormat in
 * src/formats/types.ts, implemented in src/formats/<name>/format.ts). By concern:
 *
 * - context.ts: the config as the format sees it (`overrides.<format>` replaces top-level fields;
 *   the `deb:` / `rpm:` section) and error locations;
 * - identity.ts: name, version, architecture, summary and description;
 * - dependencies.ts: depends, recommends, … in the format's syntax;
 * - contents.ts: `contents` → files;
 * - scripts.ts: maintainer scripts and the systemd snippets.
 *
 * A format's `finish` may write generated files under a temporary directory in distDir, recorded
 * in `spec.tempDir`: call `cleanupPackage(spec)` once the package is written.
 */
import { rm } from 'node:fs/promises';
import { getPackageFormat } from '../registry.js';
import { resolving, type ResolveOptions, type Resolving } from './context.js';
import { resolveContents } from './contents.js';
import { resolveRelations } from './dependencies.js';
import { resolveIdentity } from './identity.js';
import { resolveScripts } from './scripts.js';
import type { PackageSpec } from './types.js';

export type { ResolveOptions } from './context.js';
export { checkContentsDst } from './contents.js';

/** Deletes the generated files of `spec` (see spec.tempDir). */
export async function cleanupPackage(spec: PackageSpec): Promise<void> {
  if (spec.tempDir) await rm(spec.tempDir, { recursive: true, force: true });
}

export async function resolvePackage(o: ResolveOptions): Promise<PackageSpec> {
  const format = getPackageFormat(o.packager);
  const r = resolving(o, format);
  const id = resolveIdentity(r);
  const relations = resolveRelations(r);
  const files = await resolveContents(r);
  const scripts = await resolveScripts(r, files);
  const compression = resolveCompression(r);

  const { c, section } = r;
  const maintainer = c.maintainer ? String(c.maintainer) : undefined;
  const author = maintainer ?? (c.vendor ? String(c.vendor) : `${id.name} maintainers`);
  const fullVersion = `${id.epoch ? `${id.epoch}:` : ''}${id.version}-${id.release}`;
  const spec: PackageSpec = {
    packager: o.packager,
    ...id,
    ...relations,
    files: [...files.values()]
      .map(({ key: _key, ...f }) => f)
      .sort((a, b) => (a.dst < b.dst ? -1 : a.dst > b.dst ? 1 : 0)),
    scripts,
    changelog: [{ version: fullVersion, date: o.sourceDateEpoch, author, text: `Release ${o.version}.` }],
    compression,
    buildTime: o.sourceDateEpoch,
    extra: section,
  };
  if (!id.epoch) delete spec.epoch;
  if (maintainer) spec.maintainer = maintainer;
  if (c.vendor) spec.vendor = String(c.vendor);
  if (c.homepage) spec.homepage = String(c.homepage);
  if (c.license) spec.license = String(c.license);
  const sec = section.section ?? c.section;
  if (sec) spec.section = String(sec);
  const prio = section.priority ?? c.priority;
  if (prio) spec.priority = String(prio);
  if (section.group) spec.group = String(section.group);
  await format.finish?.(spec, {
    config: c,
    projectDir: o.projectDir,
    distDir: o.distDir,
    upstreamVersion: o.version,
    licenseFile: [...files.values()].find((f) => f.license && f.source)?.source,
    author,
    log: o.log,
    where: (key) => r.loc(key),
  });
  return spec;
}

/** `<format>.compression`: gzip (default), xz (also `lzma`), zstd or none; a `:level` suffix is ignored. */
function resolveCompression(r: Resolving): PackageSpec['compression'] {
  const raw = String(r.section.compression ?? 'gzip')
    .split(':')[0]!
    .trim();
  const compression = (raw === 'lzma' ? 'xz' : raw) as PackageSpec['compression'];
  if (!['gzip', 'xz', 'zstd', 'none'].includes(compression)) {
    r.fail(
      `${r.format.name}.compression`,
      `'${raw}' is not a compression ${r.format.name} supports; use gzip, xz, zstd or none.`,
    );
  }
  return compression;
}
