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
import { DistroError } from '../../errors.js';
import type { PackageSpec } from '../pkg/types.js';
import type { FinishContext, PackageFormat } from '../types.js';
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

/**
 * Arch Linux is merged-/usr: /bin, /sbin, /usr/sbin and /lib are symlinks the `filesystem` package
 * owns, and pacman refuses a package with files below them ("/lib exists in filesystem"). Such
 * paths move to where the symlinks point (/usr/bin, /usr/lib), as Arch's packaging guidelines ask.
 */
const MERGED: ReadonlyArray<[RegExp, string]> = [
  [/^\/(usr\/)?s?bin(?=\/|$)/, '/usr/bin'],
  [/^\/lib(?=\/|$)/, '/usr/lib'],
  [/^\/lib64(?=\/|$)/, '/usr/lib'],
];

async function mergedUsr(spec: PackageSpec, ctx: FinishContext): Promise<void> {
  const moved: string[] = [];
  const seen = new Map<string, PackageSpec['files'][number] & { from: string }>();
  for (const f of spec.files) {
    const rule = MERGED.find(([re]) => re.test(f.dst));
    const dst = rule ? f.dst.replace(rule[0], rule[1]) : f.dst;
    if (dst !== f.dst) moved.push(`${f.dst} → ${dst}`);
    const prev = seen.get(dst);
    if (prev && !(prev.type === 'dir' && f.type === 'dir'))
      throw new DistroError(
        `archlinux: ${f.dst} and ${prev.from} are both ${dst} on Arch Linux (/bin, /sbin and /lib are symlinks into /usr there); ship one of them, or limit the other to deb/rpm with \`packager:\`.`,
        ctx.where('contents'),
      );
    if (!prev) seen.set(dst, { ...f, dst, from: f.dst });
  }
  spec.files = [...seen.values()]
    .map(({ from: _from, ...f }) => f)
    .sort((a, b) => (a.dst < b.dst ? -1 : a.dst > b.dst ? 1 : 0));
  if (moved.length)
    ctx.log.info(`archlinux: moved into /usr (Arch Linux is merged-/usr): ${moved.join(', ')}`);
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
  finish: mergedUsr,
  fileName: archFileName,
  packageVersion: archFullVersion,
  write: (out, spec) => writeArchLinux(out, spec),
  contents: archContents,
};
