/** The pieces of `distro rehearse` that need no processes: expressions, matrices, the workflow reader. */
import {
  evaluate,
  evaluateTemplate,
  parseCondition,
  parseExpression,
  parseTemplate,
  type EvalContext,
  type Value,
} from '../src/rehearse/expr.js';
import { expandMatrix, legName } from '../src/rehearse/matrix.js';
import { parseWorkflow } from '../src/rehearse/workflow.js';
import { DistroError } from '../src/errors.js';
import { pathGlob } from '../src/rehearse/builtins.js';

const ctx = (
  contexts: Record<string, Value> = {},
  status: EvalContext['status'] = 'success',
): EvalContext => ({
  contexts: {
    github: { ref: 'refs/tags/v1.2.3', event_name: 'push', event: { number: 7 } },
    matrix: { target: 'aarch64-unknown-linux-gnu', n: 2 },
    steps: { build: { outputs: { version: '1.2.3', json: '{"a":[1,2]}' } } },
    env: { EMPTY: '' },
    ...contexts,
  },
  status,
});
const ev = (src: string, c = ctx()) => evaluate(parseExpression(src), c);
const tpl = (src: string, c = ctx()) => evaluateTemplate(parseTemplate(src), c);

describe('expressions', () => {
  test('literals, precedence and loose comparison as GitHub defines them', () => {
    expect(ev("'it''s'")).toBe("it's");
    expect(ev('0x10 == 16')).toBe(true);
    expect(ev('1 == 1.0 && !false')).toBe(true);
    expect(ev("'ABC' == 'abc'")).toBe(true); // strings compare case-insensitively
    expect(ev("'3' == 3")).toBe(true); // mixed types compare as numbers
    expect(ev("null == 0 && '' == 0 && true == 1")).toBe(true);
    expect(ev("'x' == 0")).toBe(false); // NaN is equal to nothing
    expect(ev('1 < 2 == true')).toBe(true); // comparisons bind tighter than ==
    expect(ev("false || 0 || '' || null")).toBe(null); // || returns the last operand
    expect(ev("'a' && 'b'")).toBe('b');
    expect(ev('!(1 == 2) && (2 >= 2)')).toBe(true);
    expect(ev('-1.5 < 0')).toBe(true);
  });

  test('contexts: dereference, index, case-insensitive names, missing is null, * filter', () => {
    expect(ev('github.ref')).toBe('refs/tags/v1.2.3');
    expect(ev("GitHub['REF']")).toBe('refs/tags/v1.2.3');
    expect(ev('github.event.number')).toBe(7);
    expect(ev('matrix.nope')).toBe(null);
    expect(ev('steps.build.outputs.version')).toBe('1.2.3');
    expect(ev('steps.missing.outputs.version')).toBe(null);
    expect(ev('steps.*.outputs.version')).toEqual(['1.2.3']);
    expect(() => ev('nosuch.thing')).toThrow(/unrecognized named-value 'nosuch'/);
  });

  test('functions', () => {
    expect(ev("contains('Hello World', 'WORLD')")).toBe(true);
    expect(ev('contains(fromJSON(\'["a","b"]\'), \'B\')')).toBe(true);
    expect(ev("startsWith(github.ref, 'refs/tags/v')")).toBe(true);
    expect(ev("endsWith(matrix.target, '-GNU')")).toBe(true);
    expect(ev("format('{0}-{1} {{x}}', 'a', matrix.n)")).toBe('a-2 {x}');
    expect(ev("join(fromJSON(steps.build.outputs.json).a, '+')")).toBe('1+2');
    expect(ev('fromJSON(steps.build.outputs.json).a[1]')).toBe(2);
    expect(JSON.parse(ev('toJSON(matrix)') as string)).toEqual({ target: 'aarch64-unknown-linux-gnu', n: 2 });
    expect(() => ev("fromJSON('{nope')")).toThrow(/is not JSON/);
    expect(() => parseExpression("format('{0}')x")).toThrow(/unexpected 'x'/);
    expect(() => parseExpression('nosuch(1)')).toThrow(/unknown function 'nosuch'/);
    expect(() => parseExpression('contains(1)')).toThrow(/takes 2 argument/);
    expect(() => ev("format('{1}', 'a')")).toThrow(/no argument \{1\}/);
  });

  test('templates: a lone expression keeps its type; text makes a string', () => {
    expect(tpl('${{ matrix.n }}')).toBe(2);
    expect(tpl('n=${{ matrix.n }} t=${{ matrix.target }}!')).toBe('n=2 t=aarch64-unknown-linux-gnu!');
    expect(tpl("${{ '}}' }}")).toBe('}}'); // a closing brace inside a string does not end the expression
    expect(tpl('${{ true }}/${{ null }}')).toBe('true/');
    expect(() => parseTemplate('${{ matrix.n ')).toThrow(/not closed/);
  });

  test('conditions: status functions, implicit success(), ${{ }} optional', () => {
    const cond = (s: string, status: EvalContext['status']) => evaluate(parseCondition(s), ctx({}, status));
    expect(cond("github.event_name == 'push'", 'success')).toBe(true);
    expect(cond("github.event_name == 'push'", 'failure')).toBe(false); // success() && …
    expect(cond("always() && github.event_name == 'push'", 'failure')).toBe(true);
    expect(cond('failure()', 'failure')).toBe(true);
    expect(cond('${{ failure() }}', 'success')).toBe(false);
    expect(cond('cancelled()', 'success')).toBe(false);
    expect(cond("${{ startsWith(github.ref, 'refs/tags/') }}", 'success')).toBe(true);
    expect(cond('success()', 'skipped')).toBe(false);
  });
});

describe('matrix', () => {
  test('product, exclude on partial match, include extends or adds', () => {
    const m = expandMatrix({
      os: ['linux', 'windows'],
      arch: ['x64', 'arm64'],
      exclude: [{ os: 'windows', arch: 'arm64' }],
      include: [
        { os: 'linux', cc: 'gcc' },
        { os: 'freebsd', arch: 'x64' },
        { arch: 'x64', extra: true },
      ],
    });
    expect(m).toEqual([
      { os: 'linux', arch: 'x64', cc: 'gcc', extra: true },
      { os: 'linux', arch: 'arm64', cc: 'gcc' },
      { os: 'windows', arch: 'x64', extra: true },
      { os: 'freebsd', arch: 'x64' },
    ]);
    expect(legName('build', m[0])).toBe('build (linux, x64, gcc, true)');
  });
  test('nothing left, and bad shapes', () => {
    expect(expandMatrix({ t: ['a'], exclude: [{ t: 'a' }] })).toEqual([]);
    expect(expandMatrix({ t: [] })).toEqual([]);
    expect(expandMatrix({ include: [{ t: 'a' }] })).toEqual([{ t: 'a' }]);
    expect(() => expandMatrix({ t: 'a' })).toThrow(/'t' must be a list/);
  });
});

describe('workflow reader', () => {
  const wf = (text: string) => parseWorkflow(text, '/x/release.yml', 'release.yml');
  const err = (text: string) => {
    try {
      wf(text);
    } catch (e) {
      expect(e).toBeInstanceOf(DistroError);
      return (e as DistroError).message;
    }
    throw new Error('no error');
  };

  test('reads jobs, needs, steps, env and lines', () => {
    const w = wf(
      'on: push\nenv: { A: 1 }\njobs:\n  a:\n    runs-on: x\n    steps: [{ run: echo }]\n  b:\n    needs: a\n    steps:\n      - uses: actions/checkout@v4\n        with: { fetch-depth: 0 }\n',
    );
    expect(w.events).toEqual(['push']);
    expect(w.env).toEqual({ A: '1' });
    expect(w.jobs.map((j) => [j.id, j.needs])).toEqual([
      ['a', []],
      ['b', ['a']],
    ]);
    expect(w.jobs[1]!.steps[0]).toMatchObject({
      uses: 'actions/checkout@v4',
      with: { 'fetch-depth': '0' },
      line: 10,
    });
  });

  test('not YAML: file, line and column', () => {
    expect(err('on: push\njobs:\n  a: [\n')).toMatch(
      /^release\.yml:\d+:\d+: not valid YAML: .*fix the YAML syntax/,
    );
  });
  test('needs naming a missing job: file and line of the entry', () => {
    expect(
      err(
        'on: push\njobs:\n  a:\n    steps: [{ run: x }]\n  b:\n    needs: [a, biuld]\n    steps: [{ run: x }]\n',
      ),
    ).toBe(
      "release.yml:6: jobs.b.needs: 'biuld' is not a job of this workflow (jobs: a, b); fix the name or add the job.",
    );
  });
  test('a cycle, unknown keys, a step with both run and uses', () => {
    expect(
      err(
        'on: push\njobs:\n  a:\n    needs: b\n    steps: [{ run: x }]\n  b:\n    needs: a\n    steps: [{ run: x }]\n',
      ),
    ).toMatch(/cycle: a → b → a/);
    expect(err('on: push\njobs:\n  a:\n    step: []\n')).toMatch(
      /release\.yml:4: jobs\.a\.step: unknown key 'step'/,
    );
    expect(err('on: push\njobs:\n  a:\n    steps: [{ run: x, uses: y@v1 }]\n')).toMatch(
      /exactly one of 'run' and 'uses'/,
    );
  });
  test('expressions are checked before the run: syntax and contexts', () => {
    expect(err('on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ matrix.x ==  }}\n')).toMatch(
      /^release\.yml:5: jobs\.a\.steps\.0\.run: cannot parse the expression in .*unexpected the end of the expression/,
    );
    expect(err('on: push\njobs:\n  a:\n    if: steps.x.outputs.y\n    steps: [{ run: x }]\n')).toMatch(
      /jobs\.a\.if: 'steps\.x\.outputs\.y' names 'steps', which is not available here/,
    );
    expect(err('on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ secret.X }}\n')).toMatch(
      /names 'secret'/,
    );
  });
});

test('path globs as the runner reads them', () => {
  expect(pathGlob('dist/**/*.deb').test('dist/a.deb')).toBe(true);
  expect(pathGlob('dist/**/*.deb').test('dist/x/y/a.deb')).toBe(true);
  expect(pathGlob('dist/*.deb').test('dist/x/a.deb')).toBe(false);
  expect(pathGlob('a?.txt').test('ab.txt')).toBe(true);
  expect(pathGlob('a.txt').test('aXtxt')).toBe(false);
});
