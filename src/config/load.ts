/**
 * Loads `distro.yml` (DESIGN contract 3): YAML with line numbers, `${VAR}` expansion from the given
 * environment, validation against `schema/distro.schema.json` (closed: an unknown key is an
 * error; keys nfpm accepts that this project does not use load with a note), and normalisation of
 * the list fields. Every error is one DistroError naming the key, the file and line, and how to fix it.
 *
 * An unset `${VAR}` is an error only where its key is read: the value becomes a property that
 * throws that error when read, so `build.command: make CC=${CC}` fails the build stage of a job
 * without CC, never package-format or sign-artifacts, which do not read it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, Scalar } from 'yaml';
import schema from '../../schema/distro.schema.json' with { type: 'json' };
import { DistroError } from '../errors.js';
import { validate } from './validator.generated.js';
import type { DistroConfig, LoadedConfig } from './types.js';

export interface ConfigWarning {
  message: string;
  line?: number;
}

export type LoadedConfigWithWarnings = LoadedConfig & {
  warnings: ConfigWarning[];
  /** Keys nfpm accepts that distro-actions does not use: loaded, and worth a note. */
  notes: ConfigWarning[];
};

export interface LoadConfigOptions {
  /** Path of the config file, relative to `cwd` (callers pass `distro.yml` by default). */
  file: string;
  /** Directory the file is relative to (the working directory). */
  cwd: string;
  /** Environment for `${VAR}` expansion. */
  env: Record<string, string | undefined>;
  /** The user named the file explicitly: a missing file is an error instead of defaults. */
  required?: boolean;
}

/** Top-level keys the schema knows; others are errors. */
export const KNOWN_TOP_LEVEL_KEYS: readonly string[] = Object.keys(schema.properties);

/** Package formats `formats:` accepts. */
export const KNOWN_FORMATS: readonly string[] = schema.definitions.format.enum;

/** List fields that may be written as one comma-separated string (top level and in overrides.<format>). */
const LIST_FIELDS = ['depends', 'recommends', 'suggests', 'conflicts', 'replaces', 'provides'];
/** Top-level string fields whose YAML source text is kept when YAML reads a number (`version: 1.10`). */
const STRINGY_TOP_LEVEL = new Set(['name', 'version', 'release', 'epoch', 'prerelease', 'version_metadata']);
/** Keys holding file modes: a plain `0644` is octal, as in nfpm (YAML 1.2 would read decimal 644). */
const MODE_KEYS = new Set(['mode', 'umask']);

// ---------------------------------------------------------------------------------------------
// Paths

type Seg = string | number;

/** `contents[2].src` / `contents.2.src` → `contents.2.src` (the lineOf key form). */
function normPath(p: string): string {
  return p
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '')
    .replace(/\.{2,}/g, '.');
}

/** Segments → `contents[2].src` (the message form). */
export function displayPath(segs: readonly Seg[]): string {
  let out = '';
  for (const s of segs) {
    if (typeof s === 'number' || /^\d+$/.test(s)) out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// ${VAR} expansion

class ExpandError extends Error {}
/** `${VAR}` with VAR unset (and no default): an error for whoever reads the key, not at load. */
class UnsetError extends ExpandError {}

/**
 * Expands `${VAR}` and `${VAR:-default}` from `env`; `$${` is a literal `${`. Other `$` are left alone
 * (so `$HOME` in a command stays for the program to see).
 */
export function expandEnv(value: string, env: Record<string, string | undefined>): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (c === '$' && value.startsWith('$${', i)) {
      out += '${';
      i += 3;
      continue;
    }
    if (c === '$' && value[i + 1] === '{') {
      const end = value.indexOf('}', i + 2);
      if (end < 0) {
        throw new ExpandError(
          `'${value.slice(i)}' has no closing '}'; write \${VAR} or \${VAR:-default}, or $\${ for a literal \${`,
        );
      }
      const body = value.slice(i + 2, end);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?::-([\s\S]*))?$/.exec(body);
      if (!m) {
        throw new ExpandError(
          `'\${${body}}' is not a supported substitution; write \${VAR} or \${VAR:-default}, or $\${${body}} for a literal text`,
        );
      }
      const name = m[1]!;
      const dflt = m[2];
      const val = env[name];
      if (dflt !== undefined) out += val === undefined || val === '' ? dflt : val;
      else if (val === undefined) {
        throw new UnsetError(
          `\${${name}} is not set; set ${name} in the environment or give a default with \${${name}:-value}`,
        );
      } else out += val;
      i = end + 1;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Loading

function defaults(cwd: string): LoadedConfigWithWarnings {
  return {
    config: { name: path.basename(path.resolve(cwd)) },
    file: undefined,
    lineOf: () => undefined,
    warnings: [],
    notes: [],
  };
}

/** Reads, expands, validates and normalises the config. See the module comment. */
export async function loadConfig(opts: LoadConfigOptions): Promise<LoadedConfigWithWarnings> {
  const abs = path.resolve(opts.cwd, opts.file);
  const shown = path.isAbsolute(opts.file) ? opts.file : path.normalize(opts.file);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if ((code === 'ENOENT' || code === 'ENOTDIR') && !opts.required) return defaults(opts.cwd);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new DistroError(
        `config file ${shown} not found (looked for ${abs}); create it, or fix the config path you gave.`,
        { key: 'config', file: abs, cause: err },
      );
    }
    throw new DistroError(
      `cannot read config file ${shown}: ${(err as Error).message}; check the path and its permissions.`,
      {
        key: 'config',
        file: abs,
        cause: err,
      },
    );
  }
  return parseConfig(text, { ...opts, abs, shown });
}

interface ParseContext {
  abs: string;
  shown: string;
  env: Record<string, string | undefined>;
}

/** Loads config text (exported for tests and for callers that already hold the text). */
export function parseConfig(text: string, ctx: ParseContext): LoadedConfigWithWarnings {
  const { abs, shown } = ctx;
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, merge: true, prettyErrors: true, uniqueKeys: true });
  const warnings: ConfigWarning[] = [];

  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
    const msg = e.message.split(/ at line \d+, column \d+/)[0]!.trim();
    throw new DistroError(`${shown}:${pos.line}:${pos.col}: ${msg}; fix the YAML syntax.`, {
      file: abs,
      line: pos.line,
      col: pos.col,
    });
  }
  for (const w of doc.warnings) {
    const pos = w.linePos?.[0] ?? lc.linePos(w.pos[0]);
    warnings.push({
      message: `${shown}:${pos.line}: ${w.message.split(/ at line \d+, column \d+/)[0]!.trim()}`,
      line: pos.line,
    });
  }

  const lines = new Map<string, number>();
  const lineOfOffset = (off: number | undefined) => (off === undefined ? undefined : lc.linePos(off).line);
  const root = doc.contents;
  const firstLine = (root ? lineOfOffset(root.range?.[0]) : undefined) ?? 1;
  const lineOf = (p: string): number | undefined => lines.get(normPath(p));
  /** The line of `segs`, or of its nearest ancestor that has one. */
  const nearestLine = (segs: readonly Seg[]): number | undefined => {
    for (let n = segs.length; n > 0; n--) {
      const l = lines.get(segs.slice(0, n).join('.'));
      if (l !== undefined) return l;
    }
    return firstLine;
  };
  const where = (segs: readonly Seg[], line?: number) => ({
    key: displayPath(segs),
    file: abs,
    line: line ?? nearestLine(segs),
  });
  const prefix = (line: number | undefined) => (line === undefined ? `${shown}:` : `${shown}:${line}:`);

  if (root !== null && !isMap(root)) {
    throw new DistroError(
      `${prefix(firstLine)} the top level must be a mapping of keys (name: …, contents: …), not a ${isSeq(root) ? 'list' : 'value'}; rewrite it as key: value lines.`,
      { file: abs, line: firstLine },
    );
  }

  /** The errors of unset variables; their values are `${UNSET}<index>` until validated. */
  const unset: DistroError[] = [];
  // Walk the document: record lines, expand ${VAR}, read octal modes and keep number-looking strings.
  const walk = (node: Node | null | undefined, segs: Seg[]): void => {
    if (!node || isAlias(node)) return;
    if (isScalar(node)) {
      scalar(node, segs);
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key;
        const isMerge = isScalar(k) && (typeof k.value === 'symbol' || k.source === '<<');
        if (isMerge) {
          walk(pair.value as Node | null, segs); // `<<: {…}` / `<<: *anchor`: keys belong to this map
          continue;
        }
        const name = isScalar(k) ? String(k.value) : undefined;
        if (name === undefined) continue;
        const child = [...segs, name];
        const keyPath = child.join('.');
        const l = lineOfOffset((k as Node).range?.[0]);
        if (l !== undefined && !lines.has(keyPath)) lines.set(keyPath, l);
        walk(pair.value as Node | null, child);
      }
      return;
    }
    if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = [...segs, i];
        const l = lineOfOffset((item as Node | null)?.range?.[0]);
        if (l !== undefined) lines.set(child.join('.'), l);
        walk(item as Node | null, child);
      });
    }
  };
  const scalar = (node: Scalar, segs: Seg[]): void => {
    const last = segs[segs.length - 1];
    const valueLine = lineOfOffset(node.range?.[0]);
    if (typeof node.value === 'string') {
      try {
        node.value = expandEnv(node.value, ctx.env);
      } catch (err) {
        if (!(err instanceof ExpandError)) throw err;
        const w = where(segs, valueLine);
        const e = new DistroError(`${prefix(w.line)} ${w.key}: ${err.message}.`, w);
        if (!(err instanceof UnsetError)) throw e;
        node.value = `${UNSET}${unset.length}`;
        unset.push(e);
      }
    }
    if (typeof last === 'string' && MODE_KEYS.has(last)) {
      const src = node.type === Scalar.PLAIN ? node.source : undefined;
      if (typeof src === 'string' && /^0[0-7]+$/.test(src)) node.value = parseInt(src, 8);
      else if (typeof node.value === 'string' && /^(0o?)?[0-7]{1,4}$/.test(node.value)) {
        node.value = parseInt(node.value.replace(/^0o/, ''), 8);
      } else if (
        typeof node.value === 'number' &&
        /^[1-7][0-7]{2}$/.test(String(node.value)) &&
        src !== undefined &&
        !/^0o/i.test(src)
      ) {
        const w = where(segs, valueLine);
        warnings.push({
          message: `${prefix(w.line)} ${w.key}: ${src} is a decimal number (octal ${node.value.toString(8)}); write 0${src} for the file mode ${src}.`,
          line: w.line,
        });
      }
    } else if (segs.length === 1 && typeof last === 'string' && STRINGY_TOP_LEVEL.has(last)) {
      if (typeof node.value === 'number' && typeof node.source === 'string' && node.type === Scalar.PLAIN) {
        node.value = node.source; // `version: 1.10` means "1.10", not 1.1
      }
    }
  };
  walk(root, []);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 }) ?? {};
  } catch (err) {
    throw new DistroError(
      `${prefix(firstLine)} ${(err as Error).message}; simplify the YAML anchors and aliases.`,
      {
        file: abs,
        line: firstLine,
      },
    );
  }
  const config = data as Record<string, unknown>;

  normalise(config);

  const unusedSeen: Array<{ path: string; reason: string }> = [];
  // A value that waits for an unset variable is checked by the stage that reads it, not here.
  const errors = validate.call(unusedSeen, config)
    ? []
    : (validate.errors ?? []).filter((e) => !isUnset(e.data));
  if (errors.length) {
    throw toDistroError(errors, {
      shown,
      abs,
      lineOf: (segs) => nearestLine(segs),
      exact: (segs) => lines.get(segs.join('.')),
    });
  }
  const notes = unusedNotes(unusedSeen, shown, nearestLine);
  throwOnRead(config, unset);

  return { config: config as DistroConfig, file: abs, lineOf, warnings, notes };
}

// ---------------------------------------------------------------------------------------------
// Unset variables: values that throw when read

/** Marks a value whose `${VAR}` is unset (NUL cannot come from YAML text, so no value collides). */
const UNSET = '\u0000distro-unset:';
const isUnset = (v: unknown): v is string => typeof v === 'string' && v.startsWith(UNSET);

/**
 * Replaces every marked value in `node` by a property that throws its error when read: the key
 * is an error for the stage that reads it, and only for that one.
 */
function throwOnRead(node: unknown, unset: readonly DistroError[]): void {
  if (typeof node !== 'object' || node === null) return;
  for (const [k, v] of Object.entries(node)) {
    if (!isUnset(v)) {
      throwOnRead(v, unset);
      continue;
    }
    const err = unset[Number(v.slice(UNSET.length))]!;
    Object.defineProperty(node, k, {
      enumerable: true,
      configurable: true,
      get() {
        throw err;
      },
    });
  }
}

/**
 * Throws the first unset-variable error under the top-level config `keys`: a stage calls it for
 * the keys it reads, so it fails before any work rather than when it reaches the key.
 */
export function assertExpanded(config: object, keys: readonly string[]): void {
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const k of Object.keys(node)) visit((node as Record<string, unknown>)[k]); // reading throws
  };
  for (const k of keys) visit((config as Record<string, unknown>)[k]);
}

// ---------------------------------------------------------------------------------------------
// Keys nfpm accepts that this project does not use (`x-nfpm-only` in the schema)

function unusedNotes(
  seen: Array<{ path: string; reason: string }>,
  shown: string,
  lineOf: (segs: Seg[]) => number | undefined,
): ConfigWarning[] {
  const paths = seen.map((s) => s.path);
  const notes: ConfigWarning[] = [];
  for (const [i, { path: p, reason }] of seen.entries()) {
    // one note for a whole nfpm-only section, none for the keys inside it; one per place
    if (paths.some((q, j) => p.startsWith(`${q}/`) || (q === p && j < i))) continue;
    const segs = segsOf(p);
    const line = lineOf(segs);
    notes.push({
      message: `${shown}:${line === undefined ? '' : `${line}:`} ${displayPath(segs)}: accepted for nfpm compatibility, not used by distro-actions (${reason}).`,
      ...(line !== undefined ? { line } : {}),
    });
  }
  return notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

// ---------------------------------------------------------------------------------------------
// Normalisation (before validation, so list items validate one by one)

function splitList(s: string): string[] {
  return s
    .split(/[,\n]/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

function listify(obj: Record<string, unknown>, key: string, dropEmpty: boolean): void {
  const v = obj[key];
  if (typeof v === 'string') obj[key] = splitList(v);
  else if (Array.isArray(v) && dropEmpty)
    obj[key] = v.filter((x) => !(typeof x === 'string' && x.trim() === ''));
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function normalise(c: Record<string, unknown>): void {
  // nfpm drops entries that expanded to nothing (`- ${OPTIONAL_DEP}`); so do we.
  for (const k of LIST_FIELDS) listify(c, k, true);
  listify(c, 'targets', true);
  listify(c, 'formats', true);
  if (isObj(c.overrides)) {
    for (const o of Object.values(c.overrides))
      if (isObj(o)) for (const k of LIST_FIELDS) listify(o, k, true);
  }
  if (isObj(c.deb)) for (const k of ['predepends', 'breaks']) listify(c.deb, k, true);
  if (isObj(c.sign)) listify(c.sign, 'checksums', true);
  if (isObj(c.build)) {
    listify(c.build, 'binaries', true);
    const env = c.build.env;
    if (isObj(env)) {
      for (const [k, v] of Object.entries(env))
        if (typeof v === 'number' || typeof v === 'boolean') env[k] = String(v);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Validation errors → one DistroError

// The validator is compiled from the schema ahead of time (scripts/config-validator.mjs): compiling
// it here took ~0.35 s of CPU on every run.

/** The JSON Schema of distro.yml (schema/distro.schema.json). */
export function configSchema(): object {
  return schema;
}

interface Problem {
  segs: Seg[];
  keyword: string;
  text: string;
  fix: string;
}

function segsOf(instancePath: string): Seg[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string '${v}'`;
  return `${typeof v === 'number' ? 'the number' : 'the boolean'} ${String(v)}`;
}

type SchemaLike = {
  type?: string | string[];
  enum?: unknown[];
  items?: SchemaLike;
  $ref?: string;
  anyOf?: SchemaLike[];
};

function describeSchema(s: SchemaLike | undefined): string {
  if (!s) return 'something else';
  if (s.$ref) return describeSchema(resolveRef(s.$ref));
  if (s.anyOf) return s.anyOf.map(describeSchema).join(' or ');
  if (s.enum) return `one of ${s.enum.map((e) => (e === '' ? "''" : String(e))).join(', ')}`;
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  return types
    .map((t) => {
      if (t === 'array') return s.items ? `a list of ${plural(describeSchema(s.items))}` : 'a list';
      if (t === 'object') return 'a mapping (key: value)';
      if (t === 'integer') return 'a whole number';
      if (t === 'number') return 'a number';
      if (t === 'boolean') return 'true or false';
      if (t === 'string') return 'a string';
      return t;
    })
    .join(' or ');
}

function plural(d: string): string {
  return d.replace(/^an? (\w+)/, '$1s').replace(/^one of/, 'values from');
}

function resolveRef(ref: string): SchemaLike | undefined {
  const m = /^#\/definitions\/(\w+)$/.exec(ref);
  return m ? ((schema.definitions as Record<string, unknown>)[m[1]!] as SchemaLike) : undefined;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** Edit distance counting a swap of two neighbours as one edit (dts → dst). */
function levenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function explain(e: ErrorObject): Problem {
  return { keyword: e.keyword, ...explainText(e) };
}

function explainText(e: ErrorObject): Omit<Problem, 'keyword'> {
  const segs = segsOf(e.instancePath);
  const key = displayPath(segs) || 'the file';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((x) => (x === '' ? "''" : String(x)));
      return {
        segs,
        text: `${describeValue(e.data)} is not allowed; expected one of: ${allowed.join(', ')}`,
        fix: `use one of those values`,
      };
    }
    case 'type':
      return {
        segs,
        text: `is ${describeValue(e.data)}, expected ${describeSchema(e.parentSchema as SchemaLike)}`,
        fix: `write ${key} as ${describeSchema(e.parentSchema as SchemaLike)}`,
      };
    case 'additionalProperties': {
      const prop = String(p.additionalProperty);
      const props = Object.keys(((e.parentSchema as { properties?: object }).properties ?? {}) as object);
      const guess = closest(prop, props);
      return {
        segs: [...segs, prop],
        text: `unknown key${segs.length ? ` in ${key}` : ''}${props.length && props.length <= 16 ? `; known keys: ${props.join(', ')}` : ''}`,
        fix: guess
          ? `did you mean '${guess}'? Fix the spelling or remove it`
          : `remove it or fix its spelling${props.length > 16 ? ' (schema/distro.schema.json lists every key)' : ''}`,
      };
    }
    case 'required': {
      const missing = String(p.missingProperty);
      return {
        segs: [...segs, missing],
        text: `is missing${segs.length ? ` from ${key}` : ''} but required`,
        fix:
          missing === 'name' && !segs.length
            ? 'add `name: <package name>` at the top level'
            : `add \`${missing}: …\``,
      };
    }
    case 'pattern':
      return {
        segs,
        text: `${describeValue(e.data)} does not match ${String(p.pattern)}`,
        fix: `write it in that form`,
      };
    case 'minLength':
      return { segs, text: 'is empty', fix: 'give it a value or remove the key' };
    case 'minimum':
    case 'maximum':
      return { segs, text: `${describeValue(e.data)} ${e.message}`, fix: 'give a value in range' };
    default:
      return {
        segs,
        text: `${describeValue(e.data)}: ${e.message ?? 'is not valid'}`,
        fix: 'see schema/distro.schema.json for what it takes',
      };
  }
}

/** Collapses anyOf branches: keep the errors from inside a branch that matched the type, else one "expected A or B". */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  let rest = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  for (const a of anyOfs) {
    // The branches' own errors at the same place, and anything deeper (our anyOf schemas have no
    // sibling keywords, so deeper errors come from a branch, possibly through a $ref).
    const inBranch = rest.filter(
      (e) =>
        (e.instancePath === a.instancePath && e.schemaPath.startsWith(`${a.schemaPath}/`)) ||
        e.instancePath.startsWith(`${a.instancePath}/`),
    );
    const deeper = inBranch.filter((e) => e.instancePath !== a.instancePath);
    rest = rest.filter((e) => !inBranch.includes(e));
    if (deeper.length) {
      rest.push(...deeper);
      continue;
    }
    const nonType = inBranch.filter((e) => e.keyword !== 'type');
    if (nonType.length) {
      rest.push(...nonType); // e.g. a pattern or enum inside the branch of the right type
      continue;
    }
    rest.push({ ...a, keyword: 'type', params: {}, parentSchema: { anyOf: a.schema as SchemaLike[] } });
  }
  return rest;
}

function toDistroError(
  errors: ErrorObject[],
  ctx: {
    shown: string;
    abs: string;
    lineOf: (segs: Seg[]) => number | undefined;
    exact: (segs: Seg[]) => number | undefined;
  },
): DistroError {
  const problems = simplify(errors).map(explain);
  // The first problem in file order; ties keep ajv's order.
  const withLines = problems.map((p, i) => ({ p, i, line: ctx.lineOf(p.segs) ?? 0 }));
  withLines.sort((a, b) => a.line - b.line || a.i - b.i);
  // A misspelt key (`dts:`) also makes the right one (`dst`) missing: report the misspelling.
  const parent = (p: Problem) => displayPath(p.segs.slice(0, -1));
  let firstAt = 0;
  if (withLines[0]!.p.keyword === 'required') {
    const typo = withLines.findIndex(
      (w) => w.p.keyword === 'additionalProperties' && parent(w.p) === parent(withLines[0]!.p),
    );
    if (typo > 0) firstAt = typo;
  }
  const [first] = withLines.splice(firstAt, 1) as [(typeof withLines)[number]];
  withLines.unshift(first);
  const key = displayPath(first.p.segs);
  const line = first.line || undefined;
  const others = withLines
    .slice(1)
    .map((w) => `${displayPath(w.p.segs)}${w.line ? ` (line ${w.line})` : ''}`)
    .filter((s, i, all) => all.indexOf(s) === i && !s.startsWith(`${key} `) && s !== key);
  const more = others.length
    ? ` (${others.length} more problem${others.length > 1 ? 's' : ''}: ${others.join(', ')})`
    : '';
  const loc = line === undefined ? `${ctx.shown}:` : `${ctx.shown}:${line}:`;
  return new DistroError(`${loc} ${key}: ${first.p.text}; ${first.p.fix}.${more}`, {
    key,
    file: ctx.abs,
    line,
  });
}
