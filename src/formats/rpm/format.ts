/**
 * The rpm format's rules for the neutral resolver (src/formats/pkg) and its entry in the registry:
 * RPM package names, Version/Release/Epoch (`~` pre-releases, release default `1`), rpm
 * architecture names, `name >= 1.0` dependencies with `(a or b)` rich alternatives, the summary
 * from `rpm.summary`, pretrans/posttrans scripts, the %systemd_* scriptlets, Group default.
 */
import { rpmVersion } from '../../config/version.js';
import { balanced, parseDep, type SpelledDep } from '../pkg/deps.js';
import type { PackageSpec } from '../pkg/types.js';
import type { PackageFormat } from '../types.js';
import { rpmContents } from './contents.js';
import { rpmFileName, writeRpm } from './index.js';
import { rpmSystemd } from './systemd.js';

/** A dependency in rpm syntax: a rich dependency `( … )` passes through; alternatives become one. */
function rpmDependency(text: string): string {
  const t = text.trim();
  if (t.startsWith('(')) {
    if (!balanced(t)) throw new Error(`unbalanced parentheses in the rich dependency '${t}'`);
    return t;
  }
  const alts = parseDep(t);
  const one = (d: SpelledDep) => (d.op ? `${d.name} ${d.op} ${d.version}` : d.name);
  if (alts.length === 1) return one(alts[0]!);
  return `(${alts.map(one).join(' or ')})`;
}

export const rpmFormat: PackageFormat = {
  name: 'rpm',
  kind: 'package',
  purlType: 'rpm',
  arch: (target) => (target ? target.rpm : 'noarch'),
  nameProblem: (name) =>
    /^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/.test(name)
      ? undefined
      : `'${name}' is not a legal RPM package name: use letters, digits and . _ + - only.`,
  spellVersion(v, opts) {
    const r = rpmVersion(v, opts);
    return `${r.epoch ? `${r.epoch}:` : ''}${r.version}-${r.release}`;
  },
  versionParts: (v, c, where) =>
    rpmVersion(v, { epoch: c.epoch as string | undefined, release: c.release as string | undefined, where }),
  dependency: rpmDependency,
  dependencyHint: "write 'name', 'name >= 1.0' or 'name (>= 1.0)'",
  summary: (section) => (section.summary == null ? undefined : String(section.summary)),
  extraScripts(section) {
    const rs = (section.scripts ?? {}) as Record<string, string>;
    const out: Record<string, string> = {};
    for (const k of ['pretrans', 'posttrans'] as const) if (rs[k]) out[k] = rs[k];
    return out;
  },
  systemd: rpmSystemd,
  // rpmlint counts rpm's 'Unspecified' as no group (E: no-group-tag); default to a real one.
  finish: async (spec: PackageSpec) => {
    spec.group ??= 'Applications/System';
  },
  fileName: rpmFileName,
  packageVersion: (spec) => `${spec.epoch ? `${spec.epoch}:` : ''}${spec.version}-${spec.release}`,
  write: (out, spec, o) => writeRpm(out, spec, o),
  contents: rpmContents,
};
