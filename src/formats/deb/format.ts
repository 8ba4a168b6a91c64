/**
 * The deb format's rules for the neutral resolver (src/formats/pkg) and its entry in the registry:
 * Debian package names, `[epoch:]upstream-revision` versions (revision default `1`, so lintian
 * reads the package as non-native), Debian architecture names, `name (>= 1.0)` relations,
 * dh_installsystemd snippets, generated copyright and changelog, triggers, Priority `optional`.
 */
import { debVersion } from '../../config/version.js';
import { parseDep, RPM_TO_DEB } from '../pkg/deps.js';
import type { PackageSpec } from '../pkg/types.js';
import type { PackageFormat } from '../types.js';
import { debContents } from './contents.js';
import { addGeneratedDocs, debTriggers } from './docs.js';
import { debFileName, debFullVersion, writeDeb } from './index.js';
import { debSystemd } from './systemd.js';

export const debFormat: PackageFormat = {
  name: 'deb',
  kind: 'package',
  purlType: 'deb',
  arch: (target) => (target ? target.debian : 'all'),
  nameProblem: (name) =>
    /^[a-z0-9][a-z0-9+.-]+$/.test(name)
      ? undefined
      : `'${name}' is not a legal Debian package name: use lower-case letters, digits and + - . only, at least two characters, starting with a letter or digit (e.g. ${name.toLowerCase().replace(/[^a-z0-9+.-]/g, '-')}); set overrides.deb.name to keep another name elsewhere.`,
  spellVersion: (v, opts) => debVersion(v, opts),
  versionParts(v, c, where) {
    const release = String(c.release ?? '').trim() || '1';
    const full = debVersion(v, { epoch: c.epoch as string | undefined, release, where });
    const epoch = c.epoch ? String(Number(String(c.epoch).trim())) : undefined;
    const version = full.slice(epoch ? epoch.length + 1 : 0, full.length - release.length - 1);
    return epoch ? { version, release, epoch } : { version, release };
  },
  dependency: (text) =>
    parseDep(text.trim())
      .map((d) => (d.op ? `${d.name} (${RPM_TO_DEB[d.op]} ${d.version})` : d.name))
      .join(' | '),
  dependencyHint: "write 'name', 'name (>= 1.0)' or 'a | b'",
  systemd: debSystemd,
  async finish(spec: PackageSpec, ctx) {
    const triggers = debTriggers(spec.extra.triggers);
    if (triggers) spec.triggers = triggers;
    if (!spec.priority) spec.priority = 'optional';
    if (!spec.maintainer)
      ctx.log.warn(
        'maintainer is not set: the deb has no Maintainer field (lintian: no-maintainer-field); add maintainer: Name <email>.',
        ctx.where('maintainer'),
      );
    await addGeneratedDocs(spec, ctx);
  },
  fileName: debFileName,
  packageVersion: debFullVersion,
  write: writeDeb,
  contents: debContents,
};
