/** The relations of a package (depends, recommends… and the section's predepends, breaks). */
import { DistroError, locationPrefix } from '../../errors.js';
import type { Resolving } from './context.js';
import type { PackageSpec } from './types.js';

type Relations = Pick<
  PackageSpec,
  'depends' | 'recommends' | 'suggests' | 'conflicts' | 'replaces' | 'provides' | 'predepends' | 'breaks'
>;

/** One list of dependencies (a list, or a comma-separated string) in the format's syntax. */
function depList(r: Resolving, field: string, from: 'top' | 'section'): string[] {
  const raw = from === 'top' ? (r.c as Record<string, unknown>)[field] : r.section[field];
  const key = from === 'top' ? r.keyOf(field) : `${r.format.name}.${field}`;
  if (raw === undefined || raw === null) return [];
  const list = typeof raw === 'string' ? raw.split(',').filter((s) => s.trim()) : raw;
  if (!Array.isArray(list)) r.fail(key, 'must be a list of package names, e.g. [libc6, "libssl3 (>= 3.0)"].');
  return (list as unknown[]).map((d, i) => {
    try {
      return r.format.dependency(String(d));
    } catch (err) {
      const k = `${key}[${i}]`;
      const where = r.loc(k, key);
      throw new DistroError(
        `${locationPrefix(where)}${k}: malformed dependency '${String(d)}': ${(err as Error).message}; ${r.format.dependencyHint}.`,
        where,
      );
    }
  });
}

export function resolveRelations(r: Resolving): Relations {
  return {
    depends: depList(r, 'depends', 'top'),
    recommends: depList(r, 'recommends', 'top'),
    suggests: depList(r, 'suggests', 'top'),
    conflicts: depList(r, 'conflicts', 'top'),
    replaces: depList(r, 'replaces', 'top'),
    provides: depList(r, 'provides', 'top'),
    predepends: depList(r, 'predepends', 'section'),
    breaks: depList(r, 'breaks', 'section'),
  };
}
