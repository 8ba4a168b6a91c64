/**
 * GitHub Actions expressions (`${{ … }}` and `if:`), as the runner evaluates them: a tokenizer, a
 * recursive-descent parser into a small tree, and an evaluator with GitHub's loose typing.
 *
 * Grammar (precedence low to high): `||`, `&&`, `== !=`, `< <= > >=`, `!`, then primaries —
 * literals (null, true, false, numbers, 'strings' with '' for a quote), named values (contexts),
 * `.name` / `['key']` / `.*` dereferences, `( … )` and function calls.
 * Comparisons are case-insensitive for strings and convert mixed types to numbers; `&&` and `||`
 * return an operand, not a boolean. Reference:
 * https://docs.github.com/actions/reference/workflows-and-actions/expressions
 */

export type Value = null | boolean | number | string | Value[] | { [k: string]: Value };

/** A problem with an expression; the caller adds where it is (the step, the key). */
export class ExpressionError extends Error {}

type Tok =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'id'; v: string }
  | { t: 'op'; v: string }
  | { t: 'end' };

const OPS = ['&&', '||', '==', '!=', '<=', '>=', '<', '>', '!', '(', ')', '[', ']', '.', ',', '*'];

/** Tokens of `src` from `pos`, up to the closing `}}` when `inTemplate` (its offset is returned). */
function tokenize(src: string, pos: number, inTemplate: boolean): { toks: Tok[]; end: number } {
  const toks: Tok[] = [];
  let i = pos;
  for (;;) {
    while (i < src.length && /\s/.test(src[i]!)) i++;
    if (i >= src.length) {
      if (inTemplate) throw new ExpressionError("'${{' is not closed by '}}'");
      return { toks: [...toks, { t: 'end' }], end: i };
    }
    const c = src[i]!;
    if (inTemplate && src.startsWith('}}', i)) return { toks: [...toks, { t: 'end' }], end: i };
    if (c === "'") {
      let v = '';
      for (i++; ; i++) {
        if (i >= src.length) throw new ExpressionError('a string is not closed by a quote');
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            v += "'";
            i++;
            continue;
          }
          break;
        }
        v += src[i];
      }
      i++;
      toks.push({ t: 'str', v });
      continue;
    }
    const num = /^(?:0x[0-9a-fA-F]+|0o[0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(src.slice(i));
    if (num && (/\d/.test(c) || (c === '.' && /\d/.test(src[i + 1] ?? '')))) {
      const prev = toks[toks.length - 1];
      // `a.0` is not a number after a dereference dot
      if (!(prev?.t === 'op' && prev.v === '.')) {
        toks.push({ t: 'num', v: Number(num[0]) });
        i += num[0].length;
        continue;
      }
    }
    if (c === '-' && /[\d.]/.test(src[i + 1] ?? '')) {
      const m = /^-(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i))!;
      toks.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
    if (id) {
      toks.push({ t: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new ExpressionError(`unexpected character '${c}'`);
    toks.push({ t: 'op', v: op });
    i += op.length;
  }
}

export type Node =
  | { k: 'lit'; v: Value }
  | { k: 'ctx'; name: string }
  | { k: 'prop'; obj: Node; key: Node | '*' }
  | { k: 'not'; e: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'call'; fn: string; args: Node[] };

/** Functions: name (lower case) → [min args, max args]. */
const FUNCTIONS: Record<string, [number, number]> = {
  contains: [2, 2],
  startswith: [2, 2],
  endswith: [2, 2],
  format: [1, 255],
  join: [1, 2],
  tojson: [1, 1],
  fromjson: [1, 1],
  hashfiles: [1, 255],
  success: [0, 0],
  always: [0, 0],
  cancelled: [0, 0],
  failure: [0, 0],
};
const STATUS = ['success', 'always', 'cancelled', 'failure'];

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok {
    return this.toks[this.i]!;
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.v === v;
  }
  private expect(v: string): void {
    if (!this.isOp(v)) throw new ExpressionError(`expected '${v}' but found ${describe(this.peek())}`);
    this.i++;
  }

  parse(): Node {
    if (this.peek().t === 'end') throw new ExpressionError('the expression is empty');
    const n = this.or();
    if (this.peek().t !== 'end') throw new ExpressionError(`unexpected ${describe(this.peek())}`);
    return n;
  }
  private or(): Node {
    let a = this.and();
    while (this.isOp('||')) {
      this.i++;
      a = { k: 'bin', op: '||', a, b: this.and() };
    }
    return a;
  }
  private and(): Node {
    let a = this.eq();
    while (this.isOp('&&')) {
      this.i++;
      a = { k: 'bin', op: '&&', a, b: this.eq() };
    }
    return a;
  }
  private eq(): Node {
    let a = this.cmp();
    while (this.isOp('==') || this.isOp('!=')) {
      const op = (this.toks[this.i++] as { v: string }).v;
      a = { k: 'bin', op, a, b: this.cmp() };
    }
    return a;
  }
  private cmp(): Node {
    let a = this.unary();
    while (['<', '<=', '>', '>='].some((o) => this.isOp(o))) {
      const op = (this.toks[this.i++] as { v: string }).v;
      a = { k: 'bin', op, a, b: this.unary() };
    }
    return a;
  }
  private unary(): Node {
    if (this.isOp('!')) {
      this.i++;
      return { k: 'not', e: this.unary() };
    }
    return this.postfix(this.primary());
  }
  private primary(): Node {
    const t = this.peek();
    this.i++;
    if (t.t === 'num' || t.t === 'str') return { k: 'lit', v: t.v };
    if (t.t === 'op' && t.v === '(') {
      const n = this.or();
      this.expect(')');
      return n;
    }
    if (t.t === 'id') {
      if (this.isOp('(')) return this.call(t.v);
      if (t.v === 'true' || t.v === 'false') return { k: 'lit', v: t.v === 'true' };
      if (t.v === 'null') return { k: 'lit', v: null };
      return { k: 'ctx', name: t.v };
    }
    throw new ExpressionError(`unexpected ${describe(t)}`);
  }
  private call(name: string): Node {
    const fn = name.toLowerCase();
    const arity = FUNCTIONS[fn];
    if (!arity) throw new ExpressionError(`unknown function '${name}'`);
    this.expect('(');
    const args: Node[] = [];
    if (!this.isOp(')')) {
      args.push(this.or());
      while (this.isOp(',')) {
        this.i++;
        args.push(this.or());
      }
    }
    this.expect(')');
    if (args.length < arity[0] || args.length > arity[1])
      throw new ExpressionError(
        `${name}() takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} to ${arity[1]}`} argument(s), not ${args.length}`,
      );
    return { k: 'call', fn, args };
  }
  private postfix(n: Node): Node {
    for (;;) {
      if (this.isOp('.')) {
        this.i++;
        const t = this.peek();
        this.i++;
        if (t.t === 'op' && t.v === '*') n = { k: 'prop', obj: n, key: '*' };
        else if (t.t === 'id') n = { k: 'prop', obj: n, key: { k: 'lit', v: t.v } };
        else throw new ExpressionError(`expected a property name after '.' but found ${describe(t)}`);
      } else if (this.isOp('[')) {
        this.i++;
        if (this.isOp('*')) {
          this.i++;
          n = { k: 'prop', obj: n, key: '*' };
        } else n = { k: 'prop', obj: n, key: this.or() };
        this.expect(']');
      } else return n;
    }
  }
}

function describe(t: Tok): string {
  if (t.t === 'end') return 'the end of the expression';
  if (t.t === 'str') return `'${t.v}'`;
  return `'${String(t.v)}'`;
}

/** Parses one expression (the text inside `${{ }}`, or an `if:` condition). */
export function parseExpression(src: string): Node {
  return new Parser(tokenize(src, 0, false).toks).parse();
}

/** A string with `${{ }}` parts: literal text and parsed expressions, in order. */
export type Template = (string | { node: Node; text: string })[];

/** Splits `src` into text and `${{ expr }}` parts, parsing each expression. */
export function parseTemplate(src: string): Template {
  const parts: Template = [];
  let i = 0;
  while (i < src.length) {
    const start = src.indexOf('${{', i);
    if (start < 0) {
      parts.push(src.slice(i));
      break;
    }
    if (start > i) parts.push(src.slice(i, start));
    const { toks, end } = tokenize(src, start + 3, true);
    const text = src.slice(start + 3, end).trim();
    parts.push({ node: new Parser(toks).parse(), text });
    i = end + 2;
  }
  return parts;
}

/** The named values (contexts) and functions an expression uses, for checking it before a run. */
export function usedNames(n: Node, acc = { contexts: new Set<string>(), status: false }) {
  switch (n.k) {
    case 'ctx':
      acc.contexts.add(n.name.toLowerCase());
      break;
    case 'prop':
      usedNames(n.obj, acc);
      if (n.key !== '*') usedNames(n.key, acc);
      break;
    case 'not':
      usedNames(n.e, acc);
      break;
    case 'bin':
      usedNames(n.a, acc);
      usedNames(n.b, acc);
      break;
    case 'call':
      if (STATUS.includes(n.fn)) acc.status = true;
      n.args.forEach((a) => usedNames(a, acc));
      break;
  }
  return acc;
}

export interface EvalContext {
  /** Context objects by lower-case name (github, env, matrix, steps, needs, secrets…). */
  contexts: Record<string, Value>;
  /** The job (or, for a job's `if`, its needs) status, for success()/failure(). */
  status: 'success' | 'failure' | 'cancelled' | 'skipped';
  /** hashFiles(), which reads the workspace. */
  hashFiles?: (patterns: string[]) => string;
}

export function truthy(v: Value): boolean {
  if (v === null || v === false || v === '' || v === 0) return false;
  if (typeof v === 'number' && Number.isNaN(v)) return false;
  return true;
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return 0;
    if (/^0x[0-9a-f]+$/i.test(s) || /^0o[0-7]+$/i.test(s)) return Number(s);
    return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) ? Number(s) : NaN;
  }
  return NaN;
}

/** The string form a value takes in `${{ }}` output and string functions. */
export function toStr(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (typeof v === 'string') return v;
  return JSON.stringify(v, null, 2);
}

function kind(v: Value): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** GitHub's loose equality (and the basis of ordering). */
function compare(a: Value, b: Value): number | 'ne' {
  const ka = kind(a);
  const kb = kind(b);
  if (ka === kb) {
    if (ka === 'string') {
      const x = (a as string).toUpperCase();
      const y = (b as string).toUpperCase();
      return x < y ? -1 : x > y ? 1 : 0;
    }
    if (ka === 'array' || ka === 'object') return a === b ? 0 : 'ne';
    if (ka === 'null') return 0;
  } else if (ka === 'array' || ka === 'object' || kb === 'array' || kb === 'object') return 'ne';
  const x = toNumber(a);
  const y = toNumber(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return 'ne';
  return x < y ? -1 : x > y ? 1 : 0;
}

function index(obj: Value, key: Value): Value {
  if (Array.isArray(obj)) {
    const n = toNumber(key);
    return Number.isInteger(n) && n >= 0 && n < obj.length ? obj[n]! : null;
  }
  if (obj && typeof obj === 'object') {
    const k = toStr(key);
    if (Object.hasOwn(obj, k)) return obj[k]!;
    // Property names are case-insensitive.
    const found = Object.keys(obj).find((x) => x.toLowerCase() === k.toLowerCase());
    return found === undefined ? null : obj[found]!;
  }
  return null;
}

function format(fmt: string, args: Value[]): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c === '{' && fmt[i + 1] === '{') {
      out += '{';
      i++;
    } else if (c === '}' && fmt[i + 1] === '}') {
      out += '}';
      i++;
    } else if (c === '{') {
      const m = /^\{(\d+)\}/.exec(fmt.slice(i));
      if (!m) throw new ExpressionError(`format('${fmt}'): '{' must start {N} or be doubled ('{{')`);
      const n = Number(m[1]);
      if (n >= args.length) throw new ExpressionError(`format('${fmt}'): there is no argument {${n}}`);
      out += toStr(args[n]!);
      i += m[0].length - 1;
    } else if (c === '}') throw new ExpressionError(`format('${fmt}'): a lone '}' must be doubled ('}}')`);
    else out += c;
  }
  return out;
}

/**
 * A dereference chain. After `.*` the value is a list and every later `.name` / `[i]` maps over
 * it, dropping nulls (GitHub's object filter: `steps.*.outputs.version`).
 */
function reference(n: Node, ctx: EvalContext): { v: Value; many: boolean } {
  if (n.k !== 'prop') return { v: evaluate(n, ctx), many: false };
  const { v: obj, many } = reference(n.obj, ctx);
  const star = (x: Value): Value[] =>
    Array.isArray(x) ? x : x && typeof x === 'object' ? Object.values(x) : [];
  if (n.key === '*') return { v: many ? (obj as Value[]).flatMap(star) : star(obj), many: true };
  const key = evaluate(n.key, ctx);
  if (!many) return { v: index(obj, key), many: false };
  return { v: (obj as Value[]).map((x) => index(x, key)).filter((x) => x !== null), many: true };
}

export function evaluate(n: Node, ctx: EvalContext): Value {
  switch (n.k) {
    case 'lit':
      return n.v;
    case 'ctx': {
      const name = n.name.toLowerCase();
      if (!Object.hasOwn(ctx.contexts, name))
        throw new ExpressionError(`unrecognized named-value '${n.name}' (not available here)`);
      return ctx.contexts[name]!;
    }
    case 'prop': {
      const r = reference(n, ctx);
      return r.many ? r.v : (r.v as Value);
    }
    case 'not':
      return !truthy(evaluate(n.e, ctx));
    case 'bin': {
      const a = evaluate(n.a, ctx);
      if (n.op === '&&') return truthy(a) ? evaluate(n.b, ctx) : a;
      if (n.op === '||') return truthy(a) ? a : evaluate(n.b, ctx);
      const c = compare(a, evaluate(n.b, ctx));
      if (n.op === '==') return c === 0;
      if (n.op === '!=') return c !== 0;
      if (c === 'ne') return false;
      return n.op === '<' ? c < 0 : n.op === '<=' ? c <= 0 : n.op === '>' ? c > 0 : c >= 0;
    }
    case 'call':
      return call(n.fn, n.args, ctx);
  }
}

function call(fn: string, argNodes: Node[], ctx: EvalContext): Value {
  switch (fn) {
    case 'success':
      return ctx.status === 'success';
    case 'failure':
      return ctx.status === 'failure';
    case 'cancelled':
      return ctx.status === 'cancelled';
    case 'always':
      return true;
  }
  const args = argNodes.map((a) => evaluate(a, ctx));
  switch (fn) {
    case 'contains': {
      const [hay, needle] = args as [Value, Value];
      if (Array.isArray(hay)) return hay.some((x) => compare(x, needle) === 0);
      return toStr(hay).toLowerCase().includes(toStr(needle).toLowerCase());
    }
    case 'startswith':
      return toStr(args[0]!).toLowerCase().startsWith(toStr(args[1]!).toLowerCase());
    case 'endswith':
      return toStr(args[0]!).toLowerCase().endsWith(toStr(args[1]!).toLowerCase());
    case 'format':
      return format(toStr(args[0]!), args.slice(1));
    case 'join': {
      const sep = args.length > 1 ? toStr(args[1]!) : ',';
      return Array.isArray(args[0]) ? args[0].map(toStr).join(sep) : toStr(args[0]!);
    }
    case 'tojson':
      return JSON.stringify(args[0], null, 2);
    case 'fromjson': {
      const s = toStr(args[0]!);
      try {
        return JSON.parse(s) as Value;
      } catch (e) {
        throw new ExpressionError(`fromJSON: '${s.slice(0, 80)}' is not JSON (${(e as Error).message})`);
      }
    }
    case 'hashfiles':
      if (!ctx.hashFiles) throw new ExpressionError('hashFiles() is only available in steps');
      return ctx.hashFiles(args.map(toStr));
  }
  throw new ExpressionError(`unknown function '${fn}'`);
}

/** Evaluates a template: a lone `${{ x }}` keeps x's type; anything else is a string. */
export function evaluateTemplate(t: Template, ctx: EvalContext): Value {
  if (t.length === 1 && typeof t[0] !== 'string') return evaluate(t[0]!.node, ctx);
  return t.map((p) => (typeof p === 'string' ? p : toStr(evaluate(p.node, ctx)))).join('');
}

/**
 * An `if:` condition as the runner reads it: `${{ }}` around it is optional, and a condition without
 * a status function means `success() && (condition)`.
 */
export function parseCondition(src: string): Node {
  const s = src.trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(s);
  let node: Node;
  if (whole && !whole[1]!.includes('}}')) node = parseExpression(whole[1]!);
  else if (s.includes('${{')) {
    // Text around `${{ }}`: a string, true when not empty (GitHub's behaviour, a common mistake).
    const t = parseTemplate(s);
    node = t.reduce<Node>(
      (acc, p) =>
        ({
          k: 'call',
          fn: 'format',
          args: [{ k: 'lit', v: '{0}{1}' }, acc, typeof p === 'string' ? { k: 'lit', v: p } : p.node],
        }) as Node,
      { k: 'lit', v: '' },
    );
  } else node = parseExpression(s);
  if (usedNames(node).status) return node;
  return { k: 'bin', op: '&&', a: { k: 'call', fn: 'success', args: [] }, b: node };
}
