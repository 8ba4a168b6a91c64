/**
 * Dependencies for rpm headers: name, flags, version. Accepts rpm syntax (`glibc >= 2.28`), deb
 * syntax (`libc6 (>= 2.28)`, `>>`/`<<`), deb alternatives (`a | b (>= 1)` → rich `(a or b >= 1)`)
 * and rpm rich dependencies given as is (`(a or b)`).
 */
import { DistroError } from '../../errors.js';
import { balanced, parseDep as parseSpelled, type SpelledDep } from '../pkg/deps.js';

export const SENSE = {
  ANY: 0,
  LESS: 2,
  GREATER: 4,
  EQUAL: 8,
  POSTTRANS: 1 << 5,
  PREREQ: 1 << 6,
  PRETRANS: 1 << 7,
  INTERP: 1 << 8,
  SCRIPT_PRE: 1 << 9,
  SCRIPT_POST: 1 << 10,
  SCRIPT_PREUN: 1 << 11,
  SCRIPT_POSTUN: 1 << 12,
  CONFIG: 1 << 28,
  RPMLIB: 1 << 24,
} as const;

export interface Dep {
  name: string;
  flags: number;
  version: string;
}

/** The rpm sense flags of each operator (operators as pkg/deps spells them for rpm). */
const FLAGS: Record<NonNullable<SpelledDep['op']>, number> = {
  '<': SENSE.LESS,
  '<=': SENSE.LESS | SENSE.EQUAL,
  '=': SENSE.EQUAL,
  '>=': SENSE.GREATER | SENSE.EQUAL,
  '>': SENSE.GREATER,
};

function bad(field: string, raw: string, why: string): never {
  throw new DistroError(
    `${field}: '${raw}' is not a valid rpm dependency (${why}); write 'name', 'name >= 1.2' or 'name (>= 1.2)'.`,
    { key: field },
  );
}

/**
 * Parses one dependency in either spelling (the syntax of pkg/deps.ts) into rpm's name, sense
 * flags and version; alternatives and `( … )` become a rich dependency. `field` names the key.
 */
export function parseDep(raw: string, field: string): Dep {
  if (typeof raw !== 'string' || !raw.trim()) bad(field, String(raw), 'it is empty');
  const s = raw.trim();
  if (s.startsWith('(')) {
    if (!balanced(s) || !s.endsWith(')')) bad(field, raw, 'unbalanced parentheses');
    return { name: s, flags: SENSE.ANY, version: '' };
  }
  if (s.includes(',')) bad(field, raw, 'one dependency per list item, no commas');
  let alts: SpelledDep[] = [];
  try {
    alts = parseSpelled(s);
  } catch (e) {
    bad(field, raw, (e as Error).message);
  }
  if (alts.length > 1) {
    const text = alts.map((d) => (d.op ? `${d.name} ${d.op} ${d.version}` : d.name));
    return { name: `(${text.join(' or ')})`, flags: SENSE.ANY, version: '' };
  }
  const d = alts[0]!;
  return d.op
    ? { name: d.name, flags: FLAGS[d.op], version: d.version! }
    : { name: d.name, flags: SENSE.ANY, version: '' };
}

/** `a` before `b`: by name, then version, then flags (byte order, reproducible). */
export function compareDeps(a: Dep, b: Dep): number {
  const n = Buffer.compare(Buffer.from(a.name), Buffer.from(b.name));
  if (n) return n;
  const v = Buffer.compare(Buffer.from(a.version), Buffer.from(b.version));
  return v || a.flags - b.flags;
}

/** Sorted, with exact duplicates removed and the flags of same name+version requirements merged. */
export function normaliseDeps(deps: Dep[], mergeFlags = false): Dep[] {
  const out: Dep[] = [];
  for (const d of [...deps].sort(compareDeps)) {
    const prev = out[out.length - 1];
    if (prev && prev.name === d.name && prev.version === d.version) {
      if (prev.flags === d.flags) continue;
      // same requirement from scripts and user: keep one, with the union of the context bits
      const sense = SENSE.LESS | SENSE.GREATER | SENSE.EQUAL;
      if (mergeFlags && (prev.flags & sense) === (d.flags & sense)) {
        prev.flags |= d.flags;
        continue;
      }
    }
    out.push({ ...d });
  }
  return out;
}
