/**
 * The `.MTREE` of an Arch Linux package: what makepkg writes with
 *   bsdtar --format=mtree --options='!all,use-set,type,uid,gid,mode,time,size,md5,sha256,link'
 * then `gzip -n`. pacman checks installed files against it (`pacman -Qkk`).
 *
 * libarchive's `use-set` writes one `/set type=file uid=… gid=… mode=…` with the values most regular
 * files have (a tie goes to the value that reached the count first), and each line names only the
 * keys that differ from it, in the order time, mode, gid, uid, type, size, md5digest,
 * sha256digest, link. Names are `./path`, with bytes outside printable ASCII (and space, `#`, `=`,
 * `\`) as `\ooo`.
 */
import zlib from 'node:zlib';
import type { TarEntry } from '../archive/index.js';

export interface MtreeEntry {
  entry: TarEntry;
  /** Regular files: lower-case hex digests of the content. */
  md5?: string;
  sha256?: string;
}

/** The value most regular files have, ties to the one that got there first (libarchive's counter). */
function mostCommon(values: number[], fallback: number): number {
  const counts = new Map<number, number>();
  let best = fallback;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/** libarchive's mtree quoting. */
export function mtreeQuote(name: string): string {
  let out = '';
  for (const byte of Buffer.from(name, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += byte <= 0x20 || byte >= 0x7f || '#=\\'.includes(c) ? `\\${byte.toString(8).padStart(3, '0')}` : c;
  }
  return out;
}

/** The mtree text for `entries` (tar order; names without `./` and, for directories, with a trailing `/`). */
export function mtreeText(entries: readonly MtreeEntry[]): string {
  const files = entries.filter((e) => e.entry.type === 'file').map((e) => e.entry);
  const set = {
    uid: mostCommon(
      files.map((f) => f.uid),
      0,
    ),
    gid: mostCommon(
      files.map((f) => f.gid),
      0,
    ),
    mode: mostCommon(
      files.map((f) => f.mode),
      0o644,
    ),
  };
  const lines = ['#mtree', `/set type=file uid=${set.uid} gid=${set.gid} mode=${set.mode.toString(8)}`];
  for (const { entry: e, md5, sha256 } of entries) {
    const keys = [`./${mtreeQuote(e.name.replace(/\/$/, ''))}`, `time=${e.mtime}.0`];
    if (e.mode !== set.mode) keys.push(`mode=${e.mode.toString(8)}`);
    if (e.gid !== set.gid) keys.push(`gid=${e.gid}`);
    if (e.uid !== set.uid) keys.push(`uid=${e.uid}`);
    if (e.type === 'dir') keys.push('type=dir');
    else if (e.type === 'symlink') keys.push('type=link');
    else keys.push(`size=${e.data ? e.data.length : e.size}`);
    if (md5) keys.push(`md5digest=${md5}`);
    if (sha256) keys.push(`sha256digest=${sha256}`);
    if (e.type === 'symlink') keys.push(`link=${mtreeQuote(e.linkname ?? '')}`);
    lines.push(keys.join(' '));
  }
  return `${lines.join('\n')}\n`;
}

/** gzip as `gzip -n` writes it: no name, MTIME 0, OS byte "unix". */
export function gzipN(text: string): Buffer {
  const gz = zlib.gzipSync(Buffer.from(text), { level: 6 });
  gz[9] = 3;
  return gz;
}
