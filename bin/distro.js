#!/usr/bin/env node
// The `distro` command: the same stages as the actions, off GitHub.
// Plain JavaScript that any Node runs: an older Node is told which version it needs here, before the
// bundle (which uses Node 24 APIs such as fs.glob) is loaded and fails somewhere inside.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const need = Number(/\d+/.exec(pkg.engines.node)[0]);
if (Number(process.versions.node.split('.')[0]) < need) {
  process.stderr.write(
    `distro: needs Node.js ${need} or later, but this is Node.js ${process.versions.node} (${process.execPath}).\n` +
      `Install Node.js ${need} (for example \`nvm install ${need}\`, or https://nodejs.org/) and run distro with it.\n`,
  );
  process.exit(2);
}
const { cli } = await import('../dist/index.js');
process.exitCode = await cli(process.argv.slice(2));
