/**
 * The `.MTREE` of an Arch Linux package: what makepkg writes with
 *   bsdtar --format=mtree --options='!all,use-set,type,uid,gid,mode,time,size,md5,sha256,link'
 * then `gzip -n`. pacman checks installed files against it (`pacman -Qkk`).
 *
 * libarchive's `use-set` (write_mtree_entry_tree): before each directory, a `/set` with the uid, gid
 * and mode most of its children have (after the first, only a value that changed and that two or
 * more children share); each line names only the keys that differ from the set, in the order time,
 * mode, gid, uid, type, link, size, md5digest, sha256digest. Names are `./path`, with bytes outside
 * printable ASCII (and space, `#`, `=`, `\`) as `\ooo`.
 */
import zlib from 'node:zlib';
import type { TarEntry } from '../archive/index.js';

export interface MtreeEntry {
  entry: TarEntry;
  /** Regular files: lower-case hex digests of the content. */
  md5?: string;
  sha256?: string;
}

/** The value most entries have; a tie goes to the value that reached the count first (libarchive's counter). */
function mostCommon(values: number[]): { value: number; count: number } | undefined {
  const counts = new Map<number, number>();
  let best: { value: number; count: number } | undefined;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (!best || n > best.count) best = { value: v, count: n };
    else if (best.value === v) best.count = n;
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

interface Node {
  item?: MtreeEntry;
  /** Base name (byte order sorts siblings, as libarchive's red-black tree does). */
  base: string;
  children: Node[];
}

/** The entries as a tree under a virtual root `.`. */
function buildTree(entries: readonly MtreeEntry[]): Node {
  const root: Node = { base: '.', children: [] };
  const dirs = new Map<string, Node>([['', root]]);
  const nodeOf = (dir: string): Node => {
    let n = dirs.get(dir);
    if (!n) {
      const i = dir.lastIndexOf('/');
      n = { base: dir.slice(i + 1), children: [] };
      nodeOf(i < 0 ? '' : dir.slice(0, i)).children.push(n);
      dirs.set(dir, n);
    }
    return n;
  };
  for (const item of entries) {
    const name = item.entry.name.replace(/\/$/, '');
    if (item.entry.type === 'dir') nodeOf(name).item = item;
    else {
      const i = name.lastIndexOf('/');
      nodeOf(i < 0 ? '' : name.slice(0, i)).children.push({ item, base: name.slice(i + 1), children: [] });
    }
  }
  const sort = (n: Node) => {
    n.children.sort((a, b) => Buffer.compare(Buffer.from(a.base), Buffer.from(b.base)));
    n.children.forEach(sort);
  };
  sort(root);
  return root;
}

/** The `/set` state: type=file, and the uid, gid and mode most entries of a directory have. */
interface SetState {
  started: boolean;
  uid: number;
  gid: number;
  mode: number;
}

/** libarchive's write_global: the first /set names all; later ones only what changed, by 2+ entries. */
function globalSet(set: SetState, children: readonly Node[]): string | undefined {
  const es = children.filter((c) => c.item).map((c) => c.item!.entry);
  if (!es.length) return undefined;
  const top = {
    uid: mostCommon(es.map((e) => e.uid))!,
    gid: mostCommon(es.map((e) => e.gid))!,
    mode: mostCommon(es.map((e) => e.mode))!,
  };
  const parts: string[] = [];
  if (!set.started) parts.push('type=file');
  for (const k of ['uid', 'gid', 'mode'] as const) {
    const t = top[k];
    if (set.started && (t.count < 2 || set[k] === t.value)) continue;
    set[k] = t.value;
    parts.push(`${k}=${k === 'mode' ? t.value.toString(8) : t.value}`);
  }
  set.started = true;
  return parts.length ? `/set ${parts.join(' ')}` : undefined;
}

function line(path: string, { entry: e, md5, sha256 }: MtreeEntry, set: SetState): string {
  const keys = [mtreeQuote(path), `time=${e.mtime}.0`];
  if (e.mode !== set.mode) keys.push(`mode=${e.mode.toString(8)}`);
  if (e.gid !== set.gid) keys.push(`gid=${e.gid}`);
  if (e.uid !== set.uid) keys.push(`uid=${e.uid}`);
  if (e.type === 'dir') keys.push('type=dir');
  else if (e.type === 'symlink') keys.push('type=link', `link=${mtreeQuote(e.linkname ?? '')}`);
  else keys.push(`size=${e.data ? e.data.length : e.size}`);
  if (md5) keys.push(`md5digest=${md5}`);
  if (sha256) keys.push(`sha256digest=${sha256}`);
  return keys.join(' ');
}

/**
 * The mtree text for `entries` (names without `./`, directories with a trailing `/`), in
 * libarchive's order: a directory (after the `/set` its children call for), its other entries,
 * then its subdirectories, each level sorted by name.
 */
export function mtreeText(entries: readonly MtreeEntry[]): string {
  const lines = ['#mtree'];
  const set: SetState = { started: false, uid: 0, gid: 0, mode: 0 };
  const walk = (n: Node, path: string) => {
    const g = globalSet(set, n.children);
    if (g) lines.push(g);
    if (n.item) lines.push(line(path, n.item, set));
    const sub = n.children.filter((c) => c.item?.entry.type !== 'file' && c.item?.entry.type !== 'symlink');
    for (const c of n.children) if (!sub.includes(c)) lines.push(line(`${path}/${c.base}`, c.item!, set));
    for (const c of sub) walk(c, `${path}/${c.base}`);
  };
  walk(buildTree(entries), '.');
  return `${lines.join('\n')}\n`;
}

/** gzip as `gzip -n` writes it: no name, MTIME 0, OS byte "unix". */
export function gzipN(text: string): Buffer {
  const gz = zlib.gzipSync(Buffer.from(text), { level: 6 });
  gz[9] = 3;
  return gz;
}
