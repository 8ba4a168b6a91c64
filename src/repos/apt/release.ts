/**
 * `Release` files: the suite's (what InRelease and Release.gpg sign: metadata plus the size and
 * digests of every index) and the small per-component, per-architecture ones; and reading the
 * index list back from an existing suite Release.
 */
import { formatStanza, getField, type Stanza } from '../../formats/deb/read.js';
import { type Digests, RELEASE_HASHES } from './hash.js';

export interface SuiteMeta {
  origin: string;
  label: string;
  suite: string;
  codename: string;
  description?: string;
  date: Date;
  validUntil?: Date;
  architectures: string[];
  components: string[];
}

/** One file the Release lists: its path relative to `dists/<suite>/`. */
export interface IndexFile {
  path: string;
  digests: Digests;
}

/** A date as Debian's archive tools write it: `Sun, 22 Nov 2026 00:00:00 UTC`. */
export function releaseDate(d: Date): string {
  return d.toUTCString().replace(/GMT$/, 'UTC');
}

/** The suite's Release text: metadata fields, `Acquire-By-Hash: yes`, then each digest list. */
export function suiteReleaseText(meta: SuiteMeta, files: readonly IndexFile[]): string {
  const s: Stanza = new Map();
  s.set('Origin', meta.origin);
  s.set('Label', meta.label);
  s.set('Suite', meta.suite);
  s.set('Codename', meta.codename);
  s.set('Date', releaseDate(meta.date));
  if (meta.validUntil) s.set('Valid-Until', releaseDate(meta.validUntil));
  s.set('Architectures', meta.architectures.join(' '));
  s.set('Components', meta.components.join(' '));
  if (meta.description) s.set('Description', meta.description);
  s.set('Acquire-By-Hash', 'yes');
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const width = Math.max(0, ...sorted.map((f) => String(f.digests.size).length));
  for (const { field, key } of RELEASE_HASHES) {
    s.set(
      field,
      sorted.map((f) => `\n ${f.digests[key]} ${String(f.digests.size).padStart(width)} ${f.path}`).join(''),
    );
  }
  return formatStanza(s);
}

/** `dists/<suite>/<component>/binary-<arch>/Release`. */
export function archReleaseText(meta: SuiteMeta, component: string, arch: string): string {
  const s: Stanza = new Map([
    ['Archive', meta.suite],
    ['Origin', meta.origin],
    ['Label', meta.label],
    ['Component', component],
    ['Architecture', arch],
  ]);
  if (meta.codename !== meta.suite) s.set('Codename', meta.codename);
  return formatStanza(s);
}

/** The files a Release lists, by path, with the digests it gives for them. */
export function releaseIndex(release: Stanza): Map<string, Digests> {
  const out = new Map<string, Digests>();
  for (const { field, key } of RELEASE_HASHES) {
    for (const line of (getField(release, field) ?? '').split('\n')) {
      const [hash, size, file] = line.trim().split(/\s+/);
      if (!hash || !size || !file) continue;
      const d = out.get(file) ?? { size: Number(size), md5: '', sha1: '', sha256: '', sha512: '' };
      d[key] = hash;
      out.set(file, d);
    }
  }
  return out;
}

/** The Release text without its Date and Valid-Until lines: what decides whether a suite changed. */
export function releaseBody(text: string): string {
  return text.replace(/^(Date|Valid-Until):.*\n/gm, '');
}
