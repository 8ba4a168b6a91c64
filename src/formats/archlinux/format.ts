/**
 * The archlinux format's rules for the neutral resolver (src/formats/pkg) and its entry in the
 * registry: pacman package names, pkgver/pkgrel/epoch (archPackageVersion), pacman's architecture
 * names, `name>=1.0` dependencies (no alternatives), archlinux.scripts.preupgrade/postupgrade, and
 * the SBOM reader. No systemd snippets: Arch packages do not enable or start units themselves.
 */
import { createReadStream } from 'node:fs';
import { archPackageVersion } from '../../config/version.js';
import { type ArtifactContents, decompress, tarFiles } from '../contents.js';
import { parseDep } from '../pkg/deps.js';
import type { PackageFormat } from '../types.js';
import { archFileName, archFullVersion, writeArchLinux } from './index.js';
import { readPkgFile } from './read.js';

/** A dependency as pacman writes it: `name`, `name>=1.0`; pacman has no `a | b`. */
export function archDependency(text: string): string {
  // pacman's own spelling, `name>=1.0`, as a PKGBUILD writes it
  const own = /^([A-Za-z0-9@_+][A-Za-z0-9@._+-]*)(<=|>=|=|<|>)([A-Za-z0-9._+:~-]+)$/.exec(text.trim());
  if (own) return `${own[1]}${own[2]}${own[3]}`;
  const alts = parseDep(text.trim());
  if (alts.length > 1)
    throw new Error('pacman has no alternatives (a | b); depend on one package, or on a name both provide');
  const d = alts[0]!;
  return d.op ? `${d.name}${d.op}${d.version}` : d.name;
}

/** The payload's files (not the .PKGINFO/.MTREE… metadata) and the `depend` lines, for the SBOM. */
async function archContents(file: string): Promise<ArtifactContents> {
  const { info } = await readPkgFile(file);
  const files = await tarFiles(await decompress(createReadStream(file), 'zstd'));
  return { files: files.filter((f) => !/^\.\/\./.test(f.path)), depends: info.get('depend') ?? [] };
}

export const archlinuxFormat: PackageFormat = {
  name: 'archlinux',
  kind: 'package',
  purlType: 'alpm',
  arch: (target) => (target ? target.archlinux : 'any'),
  nameProblem: (name) =>
    /^[A-Za-z0-9@_+][A-Za-z0-9@._+-]*$/.test(name)
      ? undefined
      : `'${name}' is not a legal Arch Linux package name: use letters, digits and @ . _ + - only, not starting with - or . (set overrides.archlinux.name to keep another name elsewhere).`,
  spellVersion(v, opts) {
    const a = archPackageVersion(v, opts);
    return `${a.epoch ? `${a.epoch}:` : ''}${a.version}-${a.release}`;
  },
  versionParts: (v, c, where) =>
    archPackageVersion(v, {
      epoch: c.epoch as string | undefined,
      release: c.release as string | undefined,
      where,
    }),
  dependency: archDependency,
  dependencyHint: "write 'name', 'name>=1.0' or 'name (>= 1.0)'",
  extraScripts(section) {
    const rs = (section.scripts ?? {}) as Record<string, string>;
    const out: Record<string, string> = {};
    for (const k of ['preupgrade', 'postupgrade'] as const) if (rs[k]) out[k] = rs[k];
    return out;
  },
  fileName: archFileName,
  packageVersion: archFullVersion,
  write: (out, spec) => writeArchLinux(out, spec),
  contents: archContents,
};
