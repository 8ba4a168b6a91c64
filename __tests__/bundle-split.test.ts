/**
 * The bundle is split (src/main.ts, scripts/bundle.mjs): dist/index.js holds only loaders, and an
 * action, a CLI command or a library export loads the chunks of its own code (dist/<id>.index.js).
 * Before the split every action compiled 4 MB (openpgp, the HTTP client undici, ajv, every stage):
 * about 0.5 s of CPU before any work. These tests start dist/ (jest rebuilds it when src/ is newer);
 * DISTRO_TEST_BUNDLE=<older dist> shows what they catch.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, makeWorkspace, runAction, type RunnerDirs } from './helpers/runner.js';

const DIST = process.env.DISTRO_TEST_BUNDLE ?? path.join(ROOT, 'dist');
const HOOK = path.join(ROOT, '__tests__/helpers/loaded-files.mjs');
/** Strings only the chunk of that library holds. */
const MARKERS = { openpgp: 'OpenPGP.js', undici: 'undici:request:create', ajv: 'strictSchema' };
const chunksOf = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /^\d+\.index\.js$/.test(f))
    .map((f) => path.join(dir, f));

/** What each loaded file of the bundle holds, of MARKERS. */
function librariesIn(files: string[]): string[] {
  const found = new Set<string>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const [lib, marker] of Object.entries(MARKERS)) if (text.includes(marker)) found.add(lib);
  }
  return [...found].sort();
}

describe('the split bundle', () => {
  const bases: string[] = [];
  afterAll(() => bases.forEach((b) => rmSync(b, { recursive: true, force: true })));

  it('dist/index.js holds the loaders; the code is in chunks beside it', () => {
    expect(statSync(path.join(DIST, 'index.js')).size).toBeLessThan(64 * 1024);
    const chunks = chunksOf(DIST);
    expect(chunks.length).toBeGreaterThan(20);
    // the markers name real chunks: openpgp and undici are in dist/ (signing, the artifact client);
    // ajv is not: the config validator is compiled ahead of time (scripts/config-validator.mjs)
    expect(librariesIn(chunks)).toEqual(['openpgp', 'undici']);
  });

  it('package-format runs from its entry and loads neither openpgp, undici nor ajv', () => {
    const dirs: RunnerDirs = makeWorkspace();
    bases.push(dirs.base);
    writeFileSync(path.join(dirs.workspace, 'tool.sh'), '#!/bin/sh\necho tool\n', { mode: 0o755 });
    writeFileSync(
      path.join(dirs.workspace, 'nfpm.yaml'),
      'name: tool\narch: all\nversion: 2.1.0\nmaintainer: Tool Team <tool@example.com>\n' +
        'description: A shell tool.\nlicense: MIT\n' +
        'contents:\n  - { src: tool.sh, dst: /usr/bin/tool, file_info: { mode: 0755 } }\n' +
        'platform: linux\n', // an nfpm-only key: the precompiled validator still notes it
    );
    const list = path.join(dirs.base, 'loaded');
    const r = runAction('package-format', { config: 'nfpm.yaml', formats: 'deb' }, dirs, {
      NODE_OPTIONS: `--import=${HOOK}`,
      DISTRO_TEST_LOADED: list,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/platform: accepted for nfpm compatibility, not used by distro-actions/);
    expect(JSON.parse(r.outputs.packages!)).toEqual(['tool_2.1.0-1_all.deb']);
    const deb = path.join(dirs.workspace, 'dist/tool_2.1.0-1_all.deb');
    expect(spawnSync('dpkg-deb', ['--field', deb, 'Package'], { encoding: 'utf8' }).stdout).toBe('tool\n');

    const loaded = readFileSync(list, 'utf8').trim().split('\n');
    const chunks = loaded.filter(
      (f) => path.dirname(f) === DIST && /^\d+\.index\.js$/.test(path.basename(f)),
    );
    expect(chunks.length).toBeGreaterThan(0); // found beside dist/index.js from dist/actions/<name>/
    expect(librariesIn(loaded)).toEqual([]);
  });

  it('a library export loads its module on first call: loadSigningKey, publishYum', () => {
    const list = path.join(makeWorkspace().base, 'loaded');
    bases.push(path.dirname(list));
    const script = `
      const m = await import(${JSON.stringify(path.join(DIST, 'index.js'))});
      const err = await m.loadSigningKey('not a key', undefined, { key: 'input: gpg-private-key' }).catch((e) => e);
      console.log(err.message);
      console.log(typeof m.publishYum, typeof m.writeDeb, typeof m.cli);`;
    const r = spawnSync(process.execPath, ['--import', HOOK, '--input-type=module', '-e', script], {
      env: { ...process.env, DISTRO_TEST_LOADED: list },
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    const [message, types] = r.stdout.trim().split('\n');
    expect(message).toMatch(/^input 'gpg-private-key' is not a readable OpenPGP private key/);
    expect(types).toBe('function function function');
    // openpgp came with loadSigningKey; nothing of the runner's HTTP client
    expect(librariesIn(readFileSync(list, 'utf8').trim().split('\n'))).toEqual(['openpgp']);
  });
});
