/**
 * `distro rehearse` on small workflows of run: steps and the official artifact actions: the job
 * graph, matrix legs in fresh workspaces, the runner's files (GITHUB_OUTPUT/ENV/PATH), outputs
 * between steps and jobs, failures that skip dependents, and the bad-input errors. Artifacts pass
 * between jobs through the local results service (src/services/), as in every rehearsal.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from '../src/cli.js';

interface Result {
  code: number;
  out: string[];
  err: string[];
}

let base: string;
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'rehearse-test-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A git repository holding `files`, one commit, and a tag v1.0.0. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(base, 'repo-'));
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
  git('tag', 'v1.0.0');
  return dir;
}

async function rehearse(dir: string, wf: string, ...args: string[]): Promise<Result> {
  writeFileSync(path.join(dir, 'wf.yml'), wf);
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(['rehearse', 'wf.yml', ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, MY_SECRET: 's3cr3t-value' },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}

/** `job <name> <result> <artifacts>` lines as [name, result, artifacts]. */
const jobs = (r: Result) => r.out.filter((l) => l.startsWith('job\t')).map((l) => l.split('\t').slice(1, 4));

test('needs order, matrix legs, outputs, GITHUB_ENV/PATH, secrets masked, artifacts through the service', async () => {
  const dir = repo({ 'src/hello.txt': 'hello\n' });
  const log = path.join(base, 'order.log');
  const r = await rehearse(
    dir,
    `
name: t
on: push
env: { WF: wf-level }
jobs:
  report:
    needs: [build]
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/download-artifact@v4
        with: { pattern: 'out-*', path: got }
      - run: |
          echo "report ${'${{ needs.build.outputs.greeting }}'}" >> ${log}
          cat got/out-a/hello.txt got/out-b/hello.txt >> ${log}
          test "${'${{ needs.build.result }}'}" = success
  build:
    strategy:
      matrix:
        leg: [a, b]
        include: [{ leg: b, extra: yes }]
    runs-on: ubuntu-24.04
    env: { JOB: "job-${'${{ matrix.leg }}'}" }
    outputs:
      greeting: ${'${{ steps.say.outputs.greeting }}'}
    steps:
      - uses: actions/checkout@v4
      - run: |
          test -f src/hello.txt && ! test -e stray
          touch stray
          echo "FROM_STEP=one" >> "$GITHUB_ENV"
          mkdir -p bin && printf '#!/bin/sh\\necho tool-ran\\n' > bin/tool && chmod +x bin/tool
          echo "$PWD/bin" >> "$GITHUB_PATH"
          echo "the secret is ${'${{ secrets.MY_SECRET }}'}"
      - id: say
        env: { STEP: step-level }
        run: |
          echo "$WF $JOB $STEP $FROM_STEP $(tool) extra=${'${{ matrix.extra }}'}" >> ${log}
          {
            echo 'greeting<<EOF'
            echo "hi from ${'${{ matrix.leg }}'}"
            echo EOF
          } >> "$GITHUB_OUTPUT"
      - run: test "${'${{ steps.say.outputs.greeting }}'}" = "hi from ${'${{ matrix.leg }}'}"
      - uses: actions/upload-artifact@v4
        with: { name: 'out-${'${{ matrix.leg }}'}', path: src/ }
`,
  );
  expect(r.err.join('\n')).not.toContain('s3cr3t-value');
  expect(r.err.join('\n')).toContain('the secret is ***');
  expect(jobs(r)).toEqual([
    ['build (a)', 'success', 'out-a'],
    ['build (b, yes)', 'success', 'out-b'],
    ['report', 'success', ''],
  ]);
  expect(r.code).toBe(0);
  // each leg had a fresh workspace (no `stray` from the other), the env layers and GITHUB_PATH applied
  expect(readFileSync(log, 'utf8')).toBe(
    'wf-level job-a step-level one tool-ran extra=\n' +
      'wf-level job-b step-level one tool-ran extra=yes\n' +
      'report hi from b\nhello\nhello\n',
  );
});

test('a failing step fails its job and skips its dependents; if: always() and failure() still run', async () => {
  const dir = repo({ 'a.txt': 'a' });
  const r = await rehearse(
    dir,
    `
on: push
jobs:
  build:
    steps:
      - run: echo before
      - id: broken
        run: exit 3
      - run: echo never
      - if: failure()
        run: echo "cleanup after ${'${{ steps.broken.outcome }}'}"
  package:
    needs: build
    steps: [{ run: echo packaging }]
  sign:
    needs: package
    steps: [{ run: echo signing }]
  notify:
    needs: [build, sign]
    if: always()
    steps:
      - run: echo "build was ${'${{ needs.build.result }}'}, sign was ${'${{ needs.sign.result }}'}"
  on-failure:
    needs: build
    if: failure()
    steps: [{ run: echo handling }]
`,
  );
  expect(r.code).toBe(1);
  expect(jobs(r)).toEqual([
    ['build', 'failure', ''],
    ['package', 'skipped', ''],
    ['sign', 'skipped', ''],
    ['notify', 'success', ''],
    ['on-failure', 'success', ''],
  ]);
  const log = r.err.join('\n');
  expect(log).toContain('error: process completed with exit code 3');
  expect(log).not.toContain('    never');
  expect(log).toContain('cleanup after failure');
  expect(log).toContain('build was failure, sign was skipped');
  expect(r.out.find((l) => l.startsWith('job\tbuild'))).toContain('jobs.build.steps[1] (broken) failed');
});

test('an expression that cannot be evaluated fails its step, naming it and the step', async () => {
  const dir = repo({ 'a.txt': 'a' });
  const r = await rehearse(
    dir,
    `
on: push
jobs:
  a:
    steps:
      - name: Parse
        run: echo ${"${{ fromJSON('{not json') }}"}
`,
  );
  expect(r.code).toBe(1);
  expect(r.err.join('\n')).toMatch(
    /jobs\.a\.steps\[0\] \(Parse\)\.run: cannot evaluate 'echo \$\{\{ fromJSON\('\{not json'\) \}\}': fromJSON: '\{not json' is not JSON/,
  );
});

describe('bad input: one error before any job runs', () => {
  const bad = async (wf: string): Promise<string> => {
    const dir = repo({ 'a.txt': 'a' });
    const marker = path.join(dir, 'ran');
    const r = await rehearse(dir, wf.replace(/RUN/g, `touch ${marker}`));
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(() => readFileSync(marker)).toThrow(); // nothing ran
    return r.err[0]!;
  };

  test('not valid YAML', async () => {
    expect(await bad('on: push\njobs:\n  a:\n    steps: [{ run: RUN }\n')).toMatch(
      /^distro rehearse: error: wf\.yml:\d+:\d+: not valid YAML: .*; fix the YAML syntax\.$/,
    );
  });
  test('needs naming a missing job', async () => {
    expect(
      await bad(
        'on: push\njobs:\n  a:\n    steps: [{ run: RUN }]\n  b:\n    needs: [a, pakage]\n    steps: [{ run: RUN }]\n',
      ),
    ).toBe(
      "distro rehearse: error: wf.yml:6: jobs.b.needs: 'pakage' is not a job of this workflow (jobs: a, b); fix the name or add the job.",
    );
  });
  test('a matrix that expands to nothing', async () => {
    expect(
      await bad(
        'on: push\njobs:\n  a:\n    steps: [{ run: RUN }]\n  b:\n    strategy:\n      matrix:\n        t: [x]\n        exclude: [{ t: x }]\n    steps: [{ run: RUN }]\n',
      ),
    ).toBe(
      'distro rehearse: error: wf.yml:8: jobs.b.strategy.matrix: expands to no combination (every list empty or every combination excluded); give each key at least one value.',
    );
  });
  test('an input the action does not declare', async () => {
    expect(
      await bad(
        'on: push\njobs:\n  a:\n    steps:\n      - run: RUN\n      - uses: distro-actions/distro-actions/actions/build-target@v1\n        with:\n          target: x86_64-unknown-linux-gnu\n          targt: aarch64\n',
      ),
    ).toMatch(
      /^distro rehearse: error: wf\.yml:9: jobs\.a\.steps\[1\]\.with\.targt: actions\/build-target has no input 'targt'; remove it or use one of: config, dist-dir, .*target/,
    );
  });
  test('--matrix that leaves no leg; a secret value on the command line', async () => {
    const wf = 'on: push\njobs:\n  a:\n    strategy: { matrix: { t: [x, y] } }\n    steps: [{ run: RUN }]\n';
    const dir = repo({ 'a.txt': 'a' });
    const r = await rehearse(dir, wf.replace('RUN', 'true'), '--matrix', 't=z');
    expect([r.code, r.err]).toEqual([
      2,
      ['distro rehearse: error: jobs.a: --matrix t=z leaves none of its 2 leg(s); check the values.'],
    ]);
    const s = await rehearse(dir, wf.replace('RUN', 'true'), '--secret', 'KEY=hunter22');
    expect(s.code).toBe(2);
    expect(s.err.join('\n')).toMatch(/--secret KEY=…: a secret's value is never taken from the command line/);
    expect(s.err.join('\n')).not.toContain('hunter22');
  });
  test('an expression naming an unknown context', async () => {
    expect(
      await bad('on: push\njobs:\n  a:\n    steps:\n      - run: RUN ${{ matrix.t }} ${{ secret.KEY }}\n'),
    ).toMatch(/wf\.yml:5: jobs\.a\.steps\.0\.run: .* names 'secret', which is not available here/);
  });
});
