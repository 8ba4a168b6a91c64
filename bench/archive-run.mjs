#!/usr/bin/env node
// One run of our archive writer, for bench/archive.mjs (which measures this process with GNU time).
//   node bench/archive-run.mjs <format> <payload-dir> <out> [level]
// Imports writeArchive from the bundle, ../dist/index.js (or the module named by
// DISTRO_ARCHIVE_MODULE, to measure another build). Prints the result as JSON.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadBundle } from './lib.mjs';

const [format, payload, out, level] = process.argv.slice(2);
if (!format || !payload || !out) {
  console.error('usage: node bench/archive-run.mjs <format> <payload-dir> <out> [level]');
  process.exit(2);
}

const { writeArchive } = await loadBundle('writeArchive');

/** Every file, dir and symlink under `dir`, named `payload/…` inside the archive. */
async function collect(dir) {
  const entries = [];
  const walk = async (abs, rel) => {
    for (const d of await readdir(abs, { withFileTypes: true })) {
      const a = path.join(abs, d.name);
      const r = `${rel}/${d.name}`;
      if (d.isDirectory()) {
        entries.push({ name: r, type: 'dir' });
        await walk(a, r);
      } else if (d.isFile()) {
        entries.push({ name: r, type: 'file', source: a });
      }
    }
  };
  await walk(path.resolve(dir), 'payload');
  return entries;
}

const entries = await collect(payload);
const mtime = Number(process.env.SOURCE_DATE_EPOCH ?? 1700000000);
const result = await writeArchive(path.resolve(out), format, entries, {
  mtime,
  level: level === undefined || level === '' ? undefined : Number(level),
});
console.log(JSON.stringify({ format, entries: entries.length, ...result }));
