/**
 * The apt state key of the installed-files cache: a hash of everything apt's resolution of an
 * install depends on, read from the files themselves (no apt call: on a runner without apt's binary
 * cache every apt-get or apt-cache run rebuilds it, seconds each). apt is deterministic, so in the
 * same state it resolves the same plan, and a snapshot saved under the key of the state it was
 * installed from can be restored without asking apt (install.ts).
 *
 * The state: the requested packages, the OS image (in the key's name), dpkg's native and foreign
 * architectures, the package universe (the content of the Release/InRelease files under apt's lists;
 * the other list files by name and size), the configuration under /etc/apt (sources, preferences,
 * apt.conf.d, keyrings) and every package dpkg has (name, architecture, version, status).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { adminOf, parseStatus, rootOf, snapshotKeyPrefix, type SnapshotPaths } from './snapshot.js';

/** The files of `dir`, recursively, as paths relative to it, sorted; none when it does not exist. */
async function filesUnder(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  const names = (await readdir(path.join(dir, rel)).catch(() => [] as string[])).sort();
  for (const n of names) {
    const r = path.join(rel, n);
    const s = await stat(path.join(dir, r)).catch(() => undefined);
    if (s?.isDirectory()) out.push(...(await filesUnder(dir, r)));
    else if (s?.isFile()) out.push(r);
  }
  return out;
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** The lines of the state text for apt's lists: Release files by content, the rest by size. */
async function listsState(lists: string): Promise<string[]> {
  const out: string[] = [];
  for (const f of await filesUnder(lists)) {
    if (f.startsWith('partial/') || f === 'lock') continue;
    if (/(^|_)(In)?Release$/.test(f)) out.push(`list ${f} ${sha256(await readFile(path.join(lists, f)))}`);
    else out.push(`list ${f} size ${(await stat(path.join(lists, f))).size}`);
  }
  return out;
}

/** The lines of the state text for dpkg: architectures and every package it has (not the purged). */
async function dpkgState(admin: string): Promise<string[]> {
  const stanzas = parseStatus(await readFile(path.join(admin, 'status'), 'utf8'));
  // dpkg's own architecture is the native one (the arch file lists the foreign ones).
  const native = stanzas.find((s) => s.name === 'dpkg')?.arch ?? '';
  const foreign = (await readFile(path.join(admin, 'arch'), 'utf8').catch(() => ''))
    .split(/\s+/)
    .filter(Boolean)
    .sort();
  const have = stanzas
    .filter((s) => s.name && !s.status.endsWith(' not-installed'))
    .map((s) => `pkg ${s.name}:${s.arch}=${s.version} ${s.status}`)
    .sort();
  return [`native ${native}`, `foreign ${foreign.join(' ')}`, ...have];
}

/**
 * The state key of installing `packages` for the set `name` on `image` in the machine's current
 * state (see the file comment); the same prefix as snapshotKey(), so either is found by it.
 */
export async function aptStateKey(
  name: string,
  image: string,
  packages: string[],
  o: Pick<SnapshotPaths, 'admindir' | 'root'>,
): Promise<string> {
  const root = rootOf(o);
  const etc = path.join(root, 'etc/apt');
  const config: string[] = [];
  for (const f of await filesUnder(etc)) config.push(`etc ${f} ${sha256(await readFile(path.join(etc, f)))}`);
  const text = [
    `packages ${[...new Set(packages)].sort().join(' ')}`,
    ...(await dpkgState(adminOf(o))),
    ...(await listsState(path.join(root, 'var/lib/apt/lists'))),
    ...config,
  ].join('\n');
  return snapshotKeyPrefix(name, image) + sha256(text).slice(0, 20);
}
