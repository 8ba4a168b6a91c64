/**
 * GitHub's own @github/local-action runs package-format from the sources through its exported
 * `run()` (`local-action run actions/package-format ../../src/actions/package-format.ts .env`), with
 * no shim; its outputs and files must be what the runner-protocol run of the bundle gives for the
 * same inputs (`node dist/actions/package-format/index.js`, __tests__/helpers/runner.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, makeWorkspace, parseFileCommands, runAction, type RunnerDirs } from './helpers/runner.js';

const NFPM = [
  'name: tool',
  'arch: all',
  'version: 2.1.0',
  'maintainer: Tool Team <tool@example.com>',
  'description: A shell tool.',
  'license: MIT',
  'contents:',
  '  - { src: tool.sh, dst: /usr/bin/tool, file_info: { mode: 0755 } }',
  '',
].join('\n');
const INPUTS = { config: 'nfpm.yaml', formats: 'deb, rpm' };

function project(): RunnerDirs {
  const dirs = makeWorkspace();
  writeFileSync(path.join(dirs.workspace, 'tool.sh'), '#!/bin/sh\necho tool\n', { mode: 0o755 });
  writeFileSync(path.join(dirs.workspace, 'nfpm.yaml'), NFPM);
  return dirs;
}

/** Runs package-format through local-action; outputs from its `::set-output` log or GITHUB_OUTPUT. */
function viaLocalAction(dirs: RunnerDirs) {
  const output = path.join(dirs.base, 'output');
  writeFileSync(output, '');
  writeFileSync(path.join(dirs.base, 'summary'), '');
  mkdirSync(dirs.temp, { recursive: true });
  const dotenv = path.join(dirs.base, '.env');
  const vars: Record<string, string> = {
    INPUT_CONFIG: INPUTS.config,
    INPUT_FORMATS: INPUTS.formats,
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: path.join(dirs.base, 'summary'),
    RUNNER_TEMP: dirs.temp,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REPOSITORY: 'example/hello',
    GITHUB_RUN_ID: '1',
    SOURCE_DATE_EPOCH: '1700000000',
  };
  writeFileSync(
    dotenv,
    Object.entries(vars)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  const bin = path.join(ROOT, 'node_modules/.bin/local-action');
  const r = spawnSync(bin, ['run', 'actions/package-format', '../../src/actions/package-format.ts', dotenv], {
    cwd: ROOT,
    encoding: 'utf8',
    // Node 24 first: local-action starts `tsx` and the action with the `node` on PATH
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`, NODE_OPTIONS: '' },
    timeout: 600000,
  });
  // eslint-disable-next-line no-control-regex
  const log = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const outputs: Record<string, string> = parseFileCommands(readFileSync(output, 'utf8'));
  // with @actions/core stubbed (a plain node_modules), outputs go to its log instead of the file
  for (const m of log.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) outputs[m[1]!] = m[2]!;
  return { status: r.status, log, stderr: r.stderr, outputs };
}

const files = (dirs: RunnerDirs, names: string[]) =>
  names.map((n) =>
    execFileSync('sha256sum', [n], { cwd: path.join(dirs.workspace, 'dist'), encoding: 'utf8' }),
  );

describe('@github/local-action', () => {
  const bases: string[] = [];
  afterAll(() => bases.forEach((b) => rmSync(b, { recursive: true, force: true })));

  it('runs package-format from its run() export, with the outputs of the runner-protocol run', () => {
    const local = project();
    const runner = project();
    bases.push(local.base, runner.base);
    const l = viaLocalAction(local);
    expect(l.stderr).not.toMatch(/does not export a run\(\) function|Error/);
    expect(l.log.split('\n').filter((x) => x.startsWith('::error'))).toEqual([]);
    expect(l.status).toBe(0);
    expect(l.log).toMatch(
      /Running Action[\s\S]*distro-actions \d+\.\d+\.\d+: distro-actions: package-format/,
    );
    expect(l.log).toContain(`'formats'`); // local-action read actions/package-format/action.yml's inputs

    const g = runAction('package-format', INPUTS, runner);
    expect(g.status).toBe(0);

    const packages = JSON.parse(l.outputs.packages!) as string[];
    expect(packages.sort()).toEqual(['tool-2.1.0-1.noarch.rpm', 'tool_2.1.0-1_all.deb'].sort());
    for (const k of ['packages', 'artifacts', 'artifact-name']) expect(l.outputs[k]).toBe(g.outputs[k]);
    expect(l.outputs.manifest).toBe(path.join(local.workspace, 'dist/manifest.json'));
    expect(g.outputs.manifest).toBe(path.join(runner.workspace, 'dist/manifest.json'));
    // same bytes both ways (SOURCE_DATE_EPOCH): the sources and the bundle are the same action
    expect(files(local, packages)).toEqual(files(runner, packages));
    expect(
      execFileSync(
        'dpkg-deb',
        ['--field', path.join(local.workspace, 'dist/tool_2.1.0-1_all.deb'), 'Package'],
        { encoding: 'utf8' },
      ),
    ).toBe('tool\n');
  });
});
