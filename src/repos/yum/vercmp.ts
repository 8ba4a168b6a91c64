/**
 * rpm's version comparison (rpm 4.18 lib/rpmvercmp.c), for retention and for choosing what a
 * promotion or retraction names. Segments of ASCII digits or letters are compared in turn: numbers
 * numerically (leading zeros ignored, a number beats letters), letters by byte order; other
 * characters only separate. `~` sorts before everything (even the end: `1.0~rc1 < 1.0`), `^` after
 * the end but before anything else (`1.0 < 1.0^git1 < 1.0.1`).
 */

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const TILDE = 126;
const CARET = 94;
const END = -1;

/** -1, 0 or 1 as rpmvercmp(a, b). */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  const at = (s: string, k: number) => (k < s.length ? s.charCodeAt(k) : END);
  const skip = (s: string, k: number) => {
    for (
      let c = at(s, k);
      c !== END && !isDigit(c) && !isAlpha(c) && c !== TILDE && c !== CARET;
      c = at(s, ++k)
    );
    return k;
  };
  while (i < a.length || j < b.length) {
    i = skip(a, i);
    j = skip(b, j);
    const x = at(a, i);
    const y = at(b, j);
    if (x === TILDE || y === TILDE) {
      if (x !== TILDE) return 1;
      if (y !== TILDE) return -1;
      i++;
      j++;
      continue;
    }
    if (x === CARET || y === CARET) {
      if (x === END) return -1;
      if (y === END) return 1;
      if (x !== CARET) return 1;
      if (y !== CARET) return -1;
      i++;
      j++;
      continue;
    }
    if (x === END || y === END) break;
    const numeric = isDigit(x);
    const inSegment = numeric ? isDigit : isAlpha;
    let ei = i;
    let ej = j;
    while (ei < a.length && inSegment(a.charCodeAt(ei))) ei++;
    while (ej < b.length && inSegment(b.charCodeAt(ej))) ej++;
    // the segment of `a` is never empty here; an empty one in `b` means the kinds differ
    if (ej === j) return numeric ? 1 : -1;
    let s1 = a.slice(i, ei);
    let s2 = b.slice(j, ej);
    if (numeric) {
      s1 = s1.replace(/^0+/, '');
      s2 = s2.replace(/^0+/, '');
      if (s1.length !== s2.length) return s1.length > s2.length ? 1 : -1;
    }
    if (s1 !== s2) return s1 < s2 ? -1 : 1;
    i = ei;
    j = ej;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

/** An rpm version triple; `epoch` '' or missing means 0. */
export interface Evr {
  epoch?: string;
  version: string;
  release: string;
}

/** Compares epoch (numerically), then version, then release, as rpm orders packages. */
export function compareEvr(a: Evr, b: Evr): number {
  const ea = BigInt(a.epoch || '0');
  const eb = BigInt(b.epoch || '0');
  if (ea !== eb) return ea < eb ? -1 : 1;
  return rpmvercmp(a.version, b.version) || rpmvercmp(a.release, b.release);
}
