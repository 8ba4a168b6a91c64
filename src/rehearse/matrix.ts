/**
 * `strategy.matrix` expanded as GitHub does: the cartesian product of the list-valued keys, minus
 * the combinations an `exclude` entry matches (on every key it names), then each `include` entry
 * added to every combination whose original values it does not overwrite — or, when there is none,
 * as a combination of its own.
 * https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/running-variations-of-jobs-in-a-workflow
 */
import type { Value } from './expr.js';

export type Combination = Record<string, Value>;

function isObject(v: unknown): v is Record<string, Value> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Loose equality of matrix values (objects compared by content). */
function same(a: Value | undefined, b: Value | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The combinations of `matrix` (already evaluated); throws a plain Error saying what is wrong with
 * its shape, which the caller turns into a DistroError with the file and line.
 */
export function expandMatrix(matrix: unknown): Combination[] {
  if (!isObject(matrix)) throw new Error('must be a map of names to lists (plus include/exclude)');
  const include = matrix.include ?? [];
  const exclude = matrix.exclude ?? [];
  if (!Array.isArray(include) || !include.every(isObject))
    throw new Error("'include' must be a list of maps");
  if (!Array.isArray(exclude) || !exclude.every(isObject))
    throw new Error("'exclude' must be a list of maps");
  let combos: Combination[] = [{}];
  const keys = Object.keys(matrix).filter((k) => k !== 'include' && k !== 'exclude');
  for (const k of keys) {
    const values = matrix[k];
    if (!Array.isArray(values)) throw new Error(`'${k}' must be a list of values`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [k]: v })));
  }
  if (keys.length === 0) combos = [];
  combos = combos.filter(
    (c) => !(exclude as Combination[]).some((e) => Object.entries(e).every(([k, v]) => same(c[k], v))),
  );
  // Only the product's combinations take include entries; an entry added on its own stays as it is.
  const originals = combos.map((c) => ({ ...c }));
  const product = combos.length;
  for (const inc of include as Combination[]) {
    let added = false;
    combos.slice(0, product).forEach((c, i) => {
      const orig = originals[i]!;
      const clashes = Object.entries(inc).some(([k, v]) => k in orig && !same(orig[k], v));
      if (!clashes) {
        Object.assign(c, inc);
        added = true;
      }
    });
    if (!added) combos.push({ ...inc });
  }
  return combos;
}

/** `build (x86_64-unknown-linux-gnu, debug)`: GitHub's name for one leg of a matrix job. */
export function legName(base: string, combo: Combination | undefined): string {
  if (!combo || Object.keys(combo).length === 0) return base;
  const flat = Object.values(combo).map((v) =>
    v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v),
  );
  return `${base} (${flat.join(', ')})`;
}
