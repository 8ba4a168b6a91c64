/**
 * Debian version ordering, as dpkg implements it (deb-version(7), lib/dpkg/version.c):
 * `[epoch:]upstream[-revision]`; epochs compare as numbers, then upstream and revision with
 * `verrevcmp`: alternating non-digit runs (letters before non-letters, `~` before everything, even
 * the end of the string) and digit runs (as numbers).
 */

interface DebVersion {
  epoch: number;
  upstream: string;
  revision: string;
}

function parse(v: string): DebVersion {
  const s = v.trim();
  const colon = s.indexOf(':');
  const epoch = colon > 0 ? Number(s.slice(0, colon)) : 0;
  const rest = colon > 0 ? s.slice(colon + 1) : s;
  const dash = rest.lastIndexOf('-');
  return dash >= 0
    ? { epoch, upstream: rest.slice(0, dash), revision: rest.slice(dash + 1) }
    : { epoch, upstream: rest, revision: '' };
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** dpkg's `order()`: the weight of one character of a non-digit run (0 = end of string). */
function order(c: number): number {
  if (Number.isNaN(c) || isDigit(c)) return 0;
  if (isAlpha(c)) return c;
  if (c === 0x7e) return -1; // ~
  return c + 256;
}

function verrevcmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  const at = (s: string, k: number) => (k < s.length ? s.charCodeAt(k) : NaN);
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while ((i < a.length && !isDigit(at(a, i))) || (j < b.length && !isDigit(at(b, j)))) {
      const ac = order(at(a, i));
      const bc = order(at(b, j));
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (at(a, i) === 0x30) i++;
    while (at(b, j) === 0x30) j++;
    while (isDigit(at(a, i)) && isDigit(at(b, j))) {
      if (!firstDiff) firstDiff = at(a, i) - at(b, j);
      i++;
      j++;
    }
    if (isDigit(at(a, i))) return 1;
    if (isDigit(at(b, j))) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

/**
 * Compares two Debian versions as `dpkg --compare-versions` does: negative when `a` is older than
 * `b`, 0 when equal, positive when newer.
 */
export function compareDebVersions(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  if (x.epoch !== y.epoch) return x.epoch - y.epoch;
  return verrevcmp(x.upstream, y.upstream) || verrevcmp(x.revision, y.revision);
}

/**
 * Whether `version` (a package's) is the one a promote/retract selector names. A selector names
 * what it spells out: without a Debian revision (no `-`, e.g. the project's `1.0.0`) it matches
 * every revision of that upstream version (`1.0.0-1`, `1.0.0-2`, a native `1.0.0`); without an
 * epoch (no `:`) it matches any epoch, which is unambiguous because versions that differ only in
 * their epoch share a pool file name and so never coexist in a repository. With an epoch or a
 * revision, that part must be equal (`0:` is the same as none once written). Parts compare as dpkg
 * compares them (`1.0` is `1.00`).
 */
export function versionMatches(version: string, selector: string): boolean {
  const sel = selector.trim();
  const colon = sel.indexOf(':');
  const hasEpoch = colon > 0;
  const hasRevision = sel.slice(colon + 1).includes('-');
  const v = parse(version);
  const s = parse(sel);
  if (hasEpoch && v.epoch !== s.epoch) return false;
  if (verrevcmp(v.upstream, s.upstream) !== 0) return false;
  return !hasRevision || verrevcmp(v.revision, s.revision) === 0;
}
