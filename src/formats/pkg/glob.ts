/**
 * `contents[].src` globbing, exactly as nfpm does it (internal/glob/glob.go on top of
 * goreleaser/fileglob with MatchDirectoryIncludesContents, gobwas/glob syntax). The one home of
 * contents globbing: resolve.ts calls it for every file entry, glob or plain path.
 *
 * - Syntax (gobwas/glob, separator `/`): `*` any run without `/`, `**` any run, `?` one character
 *   but `/`, `[abc]` `[!abc]` `[a-z]` `[!a-z]` one character, `{a,b}` alternatives (nestable),
 *   `\` escapes. `disable_globbing` quotes all of it.
 * - A match on a directory means every file below it; directories themselves are not matches.
 * - Destinations: `dst` + the path relative to the pattern when the pattern is a plain existing
 *   path, else relative to the directory of the longest common (string) prefix of all matches;
 *   a `dst` ending in `/` gets the file's base name instead.
 * - A matched symlink becomes a symlink entry (its target as written); one to a directory is
 *   dropped, as nfpm drops it.
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import path from 'node:path';

/** One file a glob matched: `src` relative to the root (posix), `dst` in the package. */
export interface GlobMatch {
  src: string;
  abs: string;
  dst: string;
  /** Set when the match is a symlink: its target. */
  link?: string;
}

export type GlobResult =
  | { ok: true; matches: GlobMatch[] }
  | { ok: false; reason: 'missing' | 'no-match' | 'invalid' | 'unreadable'; message?: string };

export interface GlobOptions {
  /** `disable_globbing`: every character is literal. */
  literal?: boolean;
  /** Resolves a path relative to the root and refuses one that leaves it (resolveInside). */
  check: (rel: string) => string;
}

// ---------------------------------------------------------------------------------------------
// gobwas/glob syntax → RegExp

class GlobSyntaxError extends Error {}

interface Parsed {
  re: string;
  /** The literal text when the pattern has no matcher at all. */
  text?: string;
}

const reEscape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const classEscape = (s: string) => s.replace(/[\\\][^-]/g, '\\$&');

/** Parses from `pos`; inside `{…}` stops at an unescaped `,` or `}`. Mirrors gobwas' lexer and parser. */
function parseAt(p: string, pos: { i: number }, inTerms: boolean): Parsed {
  let re = '';
  let text: string | undefined = '';
  while (pos.i < p.length) {
    const c = p[pos.i]!;
    if (inTerms && (c === ',' || c === '}')) break;
    pos.i++;
    if (c === '*') {
      if (p[pos.i] === '*') {
        pos.i++;
        re += '[\\s\\S]*';
      } else re += '[^/]*';
      text = undefined;
    } else if (c === '?') {
      re += '[^/]';
      text = undefined;
    } else if (c === '[') {
      re += parseClass(p, pos);
      text = undefined;
    } else if (c === '{') {
      const alts: string[] = [];
      for (;;) {
        alts.push(parseAt(p, pos, true).re);
        const end = p[pos.i++];
        if (end !== ',') break; // '}' or the end of the pattern (gobwas accepts an unclosed '{')
      }
      re += `(?:${alts.join('|')})`;
      text = undefined;
    } else {
      let ch = c;
      if (c === '\\') {
        if (pos.i >= p.length) break; // a trailing backslash escapes nothing
        ch = p[pos.i++]!;
      }
      re += reEscape(ch);
      if (text !== undefined) text += ch;
    }
  }
  return text === undefined ? { re } : { re, text };
}

/** `[…]` after the `[`: `!`?, then `lo-hi` or a list of characters, then `]`. */
function parseClass(p: string, pos: { i: number }): string {
  const not = p[pos.i] === '!';
  if (not) pos.i++;
  let body: string;
  if (pos.i + 2 < p.length && p[pos.i + 1] === '-') {
    const lo = p[pos.i]!;
    const hi = p[pos.i + 2]!;
    if (hi < lo) throw new GlobSyntaxError(`hi character '${hi}' should be greater than lo '${lo}'`);
    pos.i += 3;
    if (p[pos.i] !== ']') throw new GlobSyntaxError('expected close range character');
    body = `${classEscape(lo)}-${classEscape(hi)}`;
  } else {
    let chars = '';
    while (pos.i < p.length && p[pos.i] !== ']') {
      if (p[pos.i] === '\\' && pos.i + 1 < p.length) pos.i++;
      chars += p[pos.i++];
    }
    if (pos.i >= p.length) throw new GlobSyntaxError('unexpected end of input');
    if (!chars) throw new GlobSyntaxError('could not parse range');
    body = classEscape(chars);
  }
  pos.i++; // ']'
  return `[${not ? '^' : ''}${body}]`;
}

function parse(pattern: string): Parsed {
  return parseAt(pattern, { i: 0 }, false);
}

/** The pattern as a RegExp over whole posix paths (exported for the tests' table). */
export function globRegExp(pattern: string): RegExp {
  return new RegExp(`^${parse(pattern).re}$`, 'u');
}

/** fileglob's staticPrefix: the leading path elements without a matcher ('.' when none). */
function staticPrefix(pattern: string): string {
  const parts: string[] = [];
  for (const part of pattern.split('/')) {
    if (part === '') continue;
    const t = parse(part).text;
    if (t === undefined) break;
    parts.push(t);
  }
  const prefix = parts.join('/');
  if (pattern.startsWith('/') && !prefix.startsWith('/')) return `/${prefix}`;
  return prefix || '.';
}

/** gobwas' QuoteMeta: `disable_globbing` makes every character literal. */
function quoteMeta(s: string): string {
  return s.replace(/[*?\\[\]{}]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// The walk (fileglob.Glob) and the destinations (nfpm's glob.Glob)

async function walkFiles(root: string, rel: string, out: Array<{ rel: string; dirent?: Dirent }>) {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const r = rel === '.' ? e.name : `${rel}/${e.name}`;
    out.push({ rel: r, dirent: e });
    if (e.isDirectory()) await walkFiles(root, r, out);
  }
  return out;
}

/**
 * fileglob with MatchDirectoryIncludesContents: the matching files (and symlinks) under `root`,
 * or 'missing' when a pattern without matchers names nothing.
 */
async function fileglob(
  root: string,
  pattern: string,
  check: GlobOptions['check'],
): Promise<string[] | 'missing'> {
  const re = new RegExp(`^${parse(pattern).re}$`, 'u');
  const prefix = staticPrefix(pattern);
  const prefixAbs = check(prefix);
  const raw = await lstat(path.resolve(root, pattern)).catch(() => undefined);
  if (raw?.isSymbolicLink()) return [pattern];
  const st = await stat(prefixAbs).catch(() => undefined);
  if (!st) return parse(pattern).text !== undefined ? 'missing' : [];
  if (!st.isDirectory()) return re.test(prefix) ? [prefix] : [];
  const out: string[] = [];
  // Pre-order, so the entries below a directory follow it: a matched directory takes them all.
  const all: Array<{ rel: string; dirent?: Dirent }> = [
    { rel: prefix },
    ...(await walkFiles(root, prefix, [])),
  ];
  for (let i = 0; i < all.length; i++) {
    const { rel, dirent } = all[i]!;
    if (!re.test(rel)) continue;
    if (dirent && !dirent.isDirectory()) {
      out.push(rel);
      continue;
    }
    const below = rel === '.' ? '' : `${rel}/`;
    let j = i + 1;
    for (; j < all.length && all[j]!.rel.startsWith(below); j++) {
      if (!all[j]!.dirent!.isDirectory()) out.push(all[j]!.rel);
    }
    i = j - 1;
  }
  return out;
}

export function longestCommonPrefix(strs: string[]): string {
  if (!strs.length) return '';
  let lcp = strs[0]!;
  for (const s of strs) {
    let i = 0;
    while (i < lcp.length && i < s.length && lcp[i] === s[i]) i++;
    lcp = lcp.slice(0, i);
  }
  return lcp;
}

/** Go's filepath.Dir for posix paths. */
function goDir(p: string): string {
  const d = p.slice(0, p.lastIndexOf('/') + 1);
  return path.posix.normalize(d || '.').replace(/(.)\/$/, '$1');
}

/**
 * nfpm's glob.Glob: the files `pattern` (relative to `root`) names, each with its destination
 * under `dst` (normalised, absolute). `dstIsDir`: the config's dst ended in `/`.
 */
export async function globContents(
  root: string,
  pattern: string,
  dst: string,
  dstIsDir: boolean,
  opts: GlobOptions,
): Promise<GlobResult> {
  let p = opts.literal ? quoteMeta(pattern) : pattern;
  p = p.replace(/^\.\//, '').replace(/(.)\/$/, '$1');
  let matches: string[] | 'missing';
  try {
    matches = await fileglob(root, p, opts.check);
  } catch (err) {
    if (err instanceof GlobSyntaxError) return { ok: false, reason: 'invalid', message: err.message };
    const code = (err as NodeJS.ErrnoException).code;
    if (code && typeof code === 'string')
      return { ok: false, reason: 'unreadable', message: (err as Error).message };
    throw err;
  }
  if (matches === 'missing') return { ok: false, reason: 'missing' };
  if (!matches.length) return { ok: false, reason: 'no-match' };
  const plain = opts.literal || parse(p).text !== undefined;
  const exists = await stat(path.resolve(root, pattern)).then(
    () => true,
    () => false,
  );
  const prefix = exists && plain ? path.posix.normalize(pattern) : goDir(longestCommonPrefix(matches));
  const out: GlobMatch[] = [];
  for (const src of matches) {
    const abs = path.resolve(root, src);
    const st = await stat(abs).catch(() => undefined);
    if (st?.isDirectory()) continue; // a symlink to a directory
    const target = dstIsDir
      ? path.posix.join(dst, path.posix.basename(src))
      : path.posix.join(dst, path.posix.relative(prefix, src));
    const link = await readlink(abs).catch(() => undefined);
    out.push({ src, abs, dst: target, ...(link !== undefined ? { link } : {}) });
  }
  return { ok: true, matches: out };
}
