// Jest's globalSetup: tests that start the bundled actions (dist/) must test the current sources,
// so rebuild dist/ once before any test runs when a source file is newer than the bundle.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export default function globalSetup() {
  let bundled = 0;
  try {
    bundled = statSync(path.join(root, 'dist', 'index.js')).mtimeMs;
  } catch {
    // no bundle yet
  }
  const sources = Math.max(newest(path.join(root, 'src')), statSync(path.join(root, 'package.json')).mtimeMs);
  if (sources <= bundled) return;
  console.log('\njest: src/ is newer than dist/, rebuilding the bundle (npm run bundle) first');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
}
