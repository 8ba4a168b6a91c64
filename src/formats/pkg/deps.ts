/** Dependency syntax shared by the package formats: both spellings read into one model. */

/**
 * Dependency strings in both spellings. nfpm users write `libc6 (>= 2.28)` for deb and
 * `glibc >= 2.28` for rpm; either is accepted for either format and converted:
 *   deb: `name[:arch] [(op version)]`, op in << <= = >= >>, alternatives joined by ` | `
 *   rpm: `name [op version]`, op in < <= = >= >; alternatives become a rich dependency
 *        `(a or b)` (rpm ≥ 4.13); a rich dependency given as `( … )` is passed through.
 */

export interface SpelledDep {
  name: string;
  /** Normalised to the rpm operator set: < <= = >= > */
  op?: '<' | '<=' | '=' | '>=' | '>';
  version?: string;
}

const DEB_TO_RPM: Record<string, SpelledDep['op']> = {
  '<<': '<',
  '<=': '<=',
  '=': '=',
  '>=': '>=',
  '>>': '>',
};
const RPM_OPS: Record<string, SpelledDep['op']> = {
  '<': '<',
  '<=': '<=',
  '=': '=',
  '==': '=',
  '>=': '>=',
  '>': '>',
};
/** Debian's spelling of each operator. */
export const RPM_TO_DEB: Record<NonNullable<SpelledDep['op']>, string> = {
  '<': '<<',
  '<=': '<=',
  '=': '=',
  '>=': '>=',
  '>': '>>',
};

const NAME = /^[A-Za-z0-9_/][A-Za-z0-9_.+:/()-]*$/;
const VERSION = /^[A-Za-z0-9.+~:_^-]+$/;

/** Parses one alternative; returns a reason string when malformed. */
function parseOne(text: string): SpelledDep | string {
  const t = text.trim();
  if (!t) return 'an empty alternative';
  // deb: name (op version)
  let m = /^(\S+?)\s*\(\s*([<>=]+)\s*([^\s()]+)\s*\)$/.exec(t);
  if (m) {
    const op = DEB_TO_RPM[m[2]!];
    if (!op) return `'${m[2]}' is not a Debian relation (use <<, <=, =, >= or >>; a bare < or > is obsolete)`;
    if (!NAME.test(m[1]!)) return `'${m[1]}' is not a package name`;
    if (!VERSION.test(m[3]!)) return `'${m[3]}' is not a version`;
    return { name: m[1]!, op, version: m[3]! };
  }
  // rpm: name op version
  m = /^(\S+)\s+([<>=]+)\s+(\S+)$/.exec(t);
  if (m) {
    const op = RPM_OPS[m[2]!] ?? DEB_TO_RPM[m[2]!];
    if (!op) return `'${m[2]}' is not a version relation (use <, <=, =, >=, >)`;
    if (!NAME.test(m[1]!)) return `'${m[1]}' is not a package name`;
    if (!VERSION.test(m[3]!)) return `'${m[3]}' is not a version`;
    return { name: m[1]!, op, version: m[3]! };
  }
  if (/\s/.test(t) || /[()<>=]/.test(t.replace(/\([^()\s]*\)/g, ''))) return `cannot read '${t}'`;
  if (!NAME.test(t)) return `'${t}' is not a package name`;
  return { name: t };
}

/**
 * Parses a dependency with `|` alternatives. Throws a plain Error with the reason when it is
 * malformed (the caller wraps it with the config key and line).
 */
export function parseDep(text: string): SpelledDep[] {
  if (typeof text !== 'string' || !text.trim()) throw new Error('the dependency is empty');
  const alts = text.split('|').map(parseOne);
  const bad = alts.find((a): a is string => typeof a === 'string');
  if (bad !== undefined) throw new Error(bad);
  return alts as SpelledDep[];
}

/** Whether the parentheses of `t` balance (rich dependencies). */
export function balanced(t: string): boolean {
  let depth = 0;
  for (const c of t) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
