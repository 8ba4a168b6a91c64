/**
 * Reading a GitHub Actions workflow file for `distro rehearse`: YAML with line numbers, the keys a
 * workflow, a job and a step may have (anything else is an error naming it, as GitHub's own check
 * does), `needs` resolved to jobs that exist, and every `${{ }}` parsed up front so a typo is found
 * before the first job runs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { DistroError, errorMessage } from '../errors.js';
import { parseCondition, parseTemplate, usedNames, type Node } from './expr.js';

export type Scalar = string | number | boolean | null;

export interface Step {
  /** 0-based position in the job. */
  index: number;
  id?: string;
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  with: Record<string, string>;
  /** Line of each `with` key. */
  withLines: Record<string, number>;
  env: Record<string, string>;
  shell?: string;
  workingDirectory?: string;
  continueOnError: string | boolean;
  timeoutMinutes?: number;
  line: number;
}

export interface Job {
  id: string;
  name?: string;
  needs: string[];
  if?: string;
  /** `strategy.matrix` as written (an object, or an expression string). */
  matrix?: unknown;
  failFast: boolean;
  /** Line of `strategy.matrix`. */
  matrixLine: number;
  env: Record<string, string>;
  outputs: Record<string, string>;
  defaults: { shell?: string; workingDirectory?: string };
  continueOnError: string | boolean;
  steps: Step[];
  line: number;
}

export interface Workflow {
  file: string;
  /** The file as the user named it, for messages. */
  shown: string;
  name: string;
  events: string[];
  env: Record<string, string>;
  defaults: { shell?: string; workingDirectory?: string };
  jobs: Job[];
}

const WORKFLOW_KEYS = [
  'name',
  'run-name',
  'on',
  'true',
  'permissions',
  'env',
  'defaults',
  'concurrency',
  'jobs',
];
const JOB_KEYS = [
  'name',
  'needs',
  'if',
  'runs-on',
  'permissions',
  'environment',
  'concurrency',
  'outputs',
  'env',
  'defaults',
  'steps',
  'timeout-minutes',
  'strategy',
  'continue-on-error',
  'container',
  'services',
];
const STEP_KEYS = [
  'id',
  'name',
  'if',
  'uses',
  'run',
  'with',
  'env',
  'shell',
  'working-directory',
  'continue-on-error',
  'timeout-minutes',
];

/** The contexts GitHub makes available at each place of a workflow. */
const CONTEXTS = {
  workflowEnv: ['github', 'secrets', 'inputs', 'vars'],
  jobIf: ['github', 'needs', 'vars', 'inputs'],
  strategy: ['github', 'needs', 'vars', 'inputs'],
  job: ['github', 'needs', 'strategy', 'matrix', 'secrets', 'vars', 'inputs'],
  jobOutputs: [
    'github',
    'needs',
    'strategy',
    'matrix',
    'job',
    'runner',
    'env',
    'vars',
    'secrets',
    'steps',
    'inputs',
  ],
  step: [
    'github',
    'needs',
    'strategy',
    'matrix',
    'job',
    'runner',
    'env',
    'vars',
    'secrets',
    'steps',
    'inputs',
  ],
};

class Reader {
  readonly lc = new LineCounter();
  doc!: Document.Parsed;
  constructor(
    readonly file: string,
    readonly shown: string,
  ) {}

  lineOf(node: YamlNode | null | undefined): number {
    return node?.range ? this.lc.linePos(node.range[0]).line : 1;
  }
  /** The line of the value (or key) at `p`. */
  lineAt(p: (string | number)[]): number {
    for (let n = p.length; n > 0; n--) {
      const node = this.doc.getIn(p.slice(0, n), true) as YamlNode | undefined;
      if (node && typeof node === 'object' && 'range' in node) return this.lineOf(node);
    }
    return 1;
  }
  fail(p: (string | number)[], message: string): never {
    const line = this.lineAt(p);
    throw new DistroError(`${this.shown}:${line}: ${p.join('.')}: ${message}`, {
      file: this.file,
      line,
      key: p.join('.'),
    });
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function checkKeys(r: Reader, p: (string | number)[], obj: Record<string, unknown>, allowed: string[]): void {
  for (const k of Object.keys(obj))
    if (!allowed.includes(k))
      r.fail(
        [...p, k],
        `unknown key '${k}' (a ${p.length ? 'job or step' : 'workflow'} has: ${allowed.join(', ')}).`,
      );
}

/** A map of scalars (env, with, outputs) as strings, the way the runner passes them. */
function stringMap(r: Reader, p: (string | number)[], v: unknown): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) r.fail(p, 'must be a map of names to values.');
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x !== null && typeof x === 'object') r.fail([...p, k], 'must be a string, number or boolean.');
    out[k] = x === null ? '' : String(x);
  }
  return out;
}

function optString(r: Reader, p: (string | number)[], v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'object') r.fail(p, 'must be a string.');
  return String(v);
}

function readDefaults(r: Reader, p: (string | number)[], v: unknown) {
  if (v === undefined) return {};
  if (!isObject(v) || (v.run !== undefined && !isObject(v.run))) r.fail(p, "must be a map with 'run'.");
  const run = (v.run ?? {}) as Record<string, unknown>;
  checkKeys(r, [...p, 'run'], run, ['shell', 'working-directory']);
  return {
    shell: optString(r, [...p, 'run', 'shell'], run.shell),
    workingDirectory: optString(r, [...p, 'run', 'working-directory'], run['working-directory']),
  };
}

function readEvents(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (isObject(on)) return Object.keys(on);
  return [];
}

function readStep(r: Reader, p: (string | number)[], v: unknown, index: number): Step {
  if (!isObject(v)) r.fail(p, "a step must be a map with 'run' or 'uses'.");
  checkKeys(r, p, v, STEP_KEYS);
  if ((v.run === undefined) === (v.uses === undefined))
    r.fail(p, "a step must have exactly one of 'run' and 'uses'.");
  if (v.with !== undefined && v.uses === undefined)
    r.fail([...p, 'with'], "only a 'uses' step takes 'with'.");
  const coe = v['continue-on-error'];
  return {
    index,
    id: optString(r, [...p, 'id'], v.id),
    name: optString(r, [...p, 'name'], v.name),
    if: v.if === undefined ? undefined : String(v.if),
    run: optString(r, [...p, 'run'], v.run),
    uses: optString(r, [...p, 'uses'], v.uses),
    with: stringMap(r, [...p, 'with'], v.with),
    withLines: Object.fromEntries(
      Object.keys(isObject(v.with) ? v.with : {}).map((k) => [k, r.lineAt([...p, 'with', k])]),
    ),
    env: stringMap(r, [...p, 'env'], v.env),
    shell: optString(r, [...p, 'shell'], v.shell),
    workingDirectory: optString(r, [...p, 'working-directory'], v['working-directory']),
    continueOnError: typeof coe === 'boolean' ? coe : coe === undefined ? false : String(coe),
    timeoutMinutes: typeof v['timeout-minutes'] === 'number' ? v['timeout-minutes'] : undefined,
    line: r.lineAt(p),
  };
}

function readJob(r: Reader, id: string, v: unknown): Job {
  const p = ['jobs', id];
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(id))
    r.fail(p, "a job id must start with a letter or '_' and hold only letters, digits, '-' and '_'.");
  if (!isObject(v)) r.fail(p, 'a job must be a map.');
  checkKeys(r, p, v, JOB_KEYS);
  if (isObject(v) && typeof v.uses === 'string')
    r.fail([...p, 'uses'], 'reusable workflows are not rehearsed.');
  if (v.container !== undefined || v.services !== undefined)
    r.fail(
      [...p, v.container !== undefined ? 'container' : 'services'],
      'rehearse runs jobs without Docker, so it cannot start containers; remove it for the rehearsal.',
    );
  const needs = v.needs === undefined ? [] : Array.isArray(v.needs) ? v.needs.map(String) : [String(v.needs)];
  if (!Array.isArray(v.steps) || v.steps.length === 0)
    r.fail([...p, 'steps'], 'a job needs a list of steps.');
  const strategy = v.strategy;
  if (strategy !== undefined && !isObject(strategy)) r.fail([...p, 'strategy'], 'must be a map.');
  if (isObject(strategy)) checkKeys(r, [...p, 'strategy'], strategy, ['matrix', 'fail-fast', 'max-parallel']);
  const coe = v['continue-on-error'];
  return {
    id,
    name: optString(r, [...p, 'name'], v.name),
    needs,
    if: v.if === undefined ? undefined : String(v.if),
    matrix: isObject(strategy) ? strategy.matrix : undefined,
    failFast: isObject(strategy) ? strategy['fail-fast'] !== false : true,
    matrixLine: r.lineAt([...p, 'strategy', 'matrix']),
    env: stringMap(r, [...p, 'env'], v.env),
    outputs: stringMap(r, [...p, 'outputs'], v.outputs),
    defaults: readDefaults(r, [...p, 'defaults'], v.defaults),
    continueOnError: typeof coe === 'boolean' ? coe : coe === undefined ? false : String(coe),
    steps: (v.steps as unknown[]).map((s, i) => readStep(r, [...p, 'steps', i], s, i)),
    line: r.lineAt(p),
  };
}

/** Parses every `${{ }}` of `value` (and nested values) and checks the contexts it names. */
function checkExpressions(
  r: Reader,
  p: (string | number)[],
  value: unknown,
  allowed: string[],
  condition = false,
): void {
  if (typeof value === 'string') {
    let node: Node[];
    try {
      node = condition
        ? [parseCondition(value)]
        : parseTemplate(value).flatMap((x) => (typeof x === 'string' ? [] : [x.node]));
    } catch (e) {
      r.fail(p, `cannot parse the expression in '${value.trim()}': ${errorMessage(e)}.`);
    }
    for (const n of node) {
      for (const c of usedNames(n).contexts)
        if (!allowed.includes(c))
          r.fail(
            p,
            `'${value.trim()}' names '${c}', which is not available here (available: ${allowed.join(', ')}).`,
          );
    }
  } else if (Array.isArray(value)) value.forEach((x, i) => checkExpressions(r, [...p, i], x, allowed));
  else if (isObject(value))
    for (const [k, x] of Object.entries(value)) checkExpressions(r, [...p, k], x, allowed);
}

function checkJobExpressions(r: Reader, raw: Record<string, unknown>, job: Job): void {
  const p = ['jobs', job.id];
  if (job.if !== undefined) checkExpressions(r, [...p, 'if'], job.if, CONTEXTS.jobIf, true);
  checkExpressions(r, [...p, 'strategy'], raw.strategy, CONTEXTS.strategy);
  for (const k of ['name', 'env', 'runs-on', 'continue-on-error', 'defaults'])
    checkExpressions(r, [...p, k], raw[k], CONTEXTS.job);
  checkExpressions(r, [...p, 'outputs'], raw.outputs, CONTEXTS.jobOutputs);
  for (const s of job.steps) {
    const sp = [...p, 'steps', s.index];
    const rawStep = (raw.steps as Record<string, unknown>[])[s.index]!;
    for (const [k, x] of Object.entries(rawStep))
      if (k === 'if') checkExpressions(r, [...sp, k], String(x), CONTEXTS.step, true);
      else if (k !== 'uses' && k !== 'id') checkExpressions(r, [...sp, k], x, CONTEXTS.step);
  }
}

/** `needs` naming jobs that exist, without cycles. */
function checkNeeds(r: Reader, jobs: Job[]): void {
  const ids = new Set(jobs.map((j) => j.id));
  for (const j of jobs)
    j.needs.forEach((n, i) => {
      if (!ids.has(n)) {
        const p = ['jobs', j.id, 'needs'];
        const line = r.lineAt(isSeq(r.doc.getIn(p, true)) ? [...p, i] : p);
        throw new DistroError(
          `${r.shown}:${line}: jobs.${j.id}.needs: '${n}' is not a job of this workflow (jobs: ${[...ids].join(', ')}); fix the name or add the job.`,
          { file: r.file, line, key: `jobs.${j.id}.needs` },
        );
      }
    });
  const state = new Map<string, 'visiting' | 'done'>();
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const visit = (id: string, chain: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting')
      r.fail(['jobs', id, 'needs'], `the jobs need each other in a cycle: ${[...chain, id].join(' → ')}.`);
    state.set(id, 'visiting');
    for (const n of byId.get(id)!.needs) visit(n, [...chain, id]);
    state.set(id, 'done');
  };
  jobs.forEach((j) => visit(j.id, []));
}

/** Parses and checks the workflow text. */
export function parseWorkflow(text: string, file: string, shown = path.basename(file)): Workflow {
  const r = new Reader(file, shown);
  r.doc = parseDocument(text, { lineCounter: r.lc, uniqueKeys: true, prettyErrors: true });
  if (r.doc.errors.length) {
    const e = r.doc.errors[0]!;
    const pos = e.linePos?.[0] ?? r.lc.linePos(e.pos[0]);
    const msg = e.message.split(/ at line \d+, column \d+/)[0]!.trim();
    throw new DistroError(`${shown}:${pos.line}:${pos.col}: not valid YAML: ${msg}; fix the YAML syntax.`, {
      file,
      line: pos.line,
      col: pos.col,
    });
  }
  const raw = r.doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (!isObject(raw))
    throw new DistroError(`${shown}:1: a workflow must be a map with 'on' and 'jobs'.`, { file, line: 1 });
  checkKeys(r, [], raw, WORKFLOW_KEYS);
  const rawJobs = raw.jobs;
  if (!isObject(rawJobs) || Object.keys(rawJobs).length === 0)
    r.fail(['jobs'], 'a workflow needs at least one job.');
  const jobs = Object.entries(rawJobs as Record<string, unknown>).map(([id, v]) => readJob(r, id, v));
  checkNeeds(r, jobs);
  checkExpressions(r, ['env'], raw.env, CONTEXTS.workflowEnv);
  for (const j of jobs)
    checkJobExpressions(r, (raw.jobs as Record<string, Record<string, unknown>>)[j.id]!, j);
  // `on: …` parses as the key true in YAML 1.1 readers; this one reads 1.2, where it stays 'on'.
  return {
    file,
    shown,
    name: optString(r, ['name'], raw.name) ?? shown,
    events: readEvents(raw.on ?? raw.true),
    env: stringMap(r, ['env'], raw.env),
    defaults: readDefaults(r, ['defaults'], raw.defaults),
    jobs,
  };
}

export async function loadWorkflow(file: string, shown: string): Promise<Workflow> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new DistroError(`${shown}: cannot read the workflow (${errorMessage(e)}).`, { file, usage: true });
  }
  return parseWorkflow(text, file, shown);
}
