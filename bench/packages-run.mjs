#!/usr/bin/env node
// One run of our deb or rpm writer, for bench/packages.mjs (which measures this process with GNU time).
//   node bench/packages-run.mjs <deb|rpm> <package-root> <out> <gzip|xz|zstd|none> [level]
// Packages everything under <package-root>/usr/share/benchdata (the directories and the files, sorted,
// modes from stat, owner root, mtime SOURCE_DATE_EPOCH) like bench/packages.mjs's native builds.
// Imports writeDeb/writeRpm from the bundle, ../dist/index.js (or the module named by
// DISTRO_ARCHIVE_MODULE, to measure another build). Prints the result as JSON.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadBundle } from './lib.mjs';

const [packager, root, out, compression, level] = process.argv.slice(2);
if (!['deb', 'rpm'].includes(packager) || !root || !out || !compression) {
  console.error('usage: node bench/packages-run.mjs <deb|rpm> <package-root> <out> <compression> [level]');
  process.exit(2);
}

const name = packager === 'deb' ? 'writeDeb' : 'writeRpm';
const write = (await loadBundle(name))[name];

const mtime = Number(process.env.SOURCE_DATE_EPOCH ?? 1700000000);
const TOP = '/usr/share/benchdata';

/** The directories and regular files under root + TOP (TOP itself included), with stat modes. */
async function collect() {
  const files = [];
  const add = async (abs, dst, type) => {
    const st = await stat(abs);
    files.push({
      dst,
      type,
      ...(type === 'file' ? { source: abs } : {}),
      mode: st.mode & 0o7777,
      owner: 'root',
      group: 'root',
      mtime,
      size: type === 'file' ? st.size : 0,
    });
  };
  const walk = async (abs, dst) => {
    await add(abs, dst, 'dir');
    for (const d of await readdir(abs, { withFileTypes: true })) {
      const a = path.join(abs, d.name);
      if (d.isDirectory()) await walk(a, `${dst}/${d.name}`);
      else if (d.isFile()) await add(a, `${dst}/${d.name}`, 'file');
    }
  };
  await walk(path.join(path.resolve(root), TOP), TOP);
  return files.sort((a, b) => (a.dst < b.dst ? -1 : a.dst > b.dst ? 1 : 0));
}

const files = await collect();
const spec = {
  packager,
  name: 'benchdata',
  version: '1.0',
  release: '1',
  arch: packager === 'deb' ? 'all' : 'noarch',
  maintainer: 'Bench <bench@example.org>',
  summary: 'benchmark payload',
  description: 'benchmark payload\nGenerated data for bench/packages.mjs.',
  license: 'MIT',
  section: 'misc',
  priority: 'optional',
  group: 'Unspecified',
  depends: [],
  predepends: [],
  recommends: [],
  suggests: [],
  conflicts: [],
  breaks: [],
  replaces: [],
  provides: [],
  files,
  scripts: {},
  changelog: [],
  compression,
  buildTime: mtime,
  extra: {},
};
const result =
  packager === 'deb'
    ? await write(path.resolve(out), spec)
    : await write(path.resolve(out), spec, {
        level: level === undefined || level === '' ? undefined : Number(level),
      });
console.log(JSON.stringify({ packager, compression, entries: files.length, ...result }));
