/**
 * `distro rehearse`: a release workflow run on this machine, job by job in `needs` order, each
 * matrix leg in a fresh workspace, steps as the GitHub runner runs them (see the README).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DistroError, errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { resolveInside } from '../paths.js';
import { createArtifactStore } from '../runner/artifacts.js';
import { inputEnvName } from '../runner/inputs.js';
import { asStep, checkout, downloadArtifact, matchFiles, uploadArtifact } from './builtins.js';
import {
  evaluate,
  evaluateTemplate,
  parseCondition,
  parseTemplate,
  toStr,
  truthy,
  type EvalContext,
  type Value,
} from './expr.js';
import { expandMatrix, legName, type Combination } from './matrix.js';
import { makeFileCommands, Masker, readFileCommands, runProcess, workflowCommand } from './process.js';
import { writeStandIns } from './standins.js';
import { BUILTIN_INPUTS, resolveUses, type ActionYml } from './uses.js';
import type { Job, Step, Workflow } from './workflow.js';

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface GithubInfo {
  ref: string;
  sha: string;
  repository: string;
  eventName: string;
  event: Record<string, Value>;
  runId: string;
  runNumber: string;
  actor: string;
  serverUrl: string;
  token: string;
}

/** Where jobs hand their artifacts to each other: GitHub's protocol on a local server, or the local store. */
export interface ArtifactBackend {
  /** The environment a job leg gets (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL, or DISTRO_ARTIFACTS_DIR). */
  envFor(jobLeg: string): Record<string, string>;
}

export interface RehearseOptions {
  workflow: Workflow;
  /** The working tree being rehearsed (what actions/checkout copies). */
  tree: string;
  collectionRoot: string;
  github: GithubInfo;
  /** Secret values by name, already read from the flags, the env file and the environment. */
  secrets: Record<string, string>;
  vars: Record<string, string>;
  inputs: Record<string, string>;
  /** Host variables every step gets (PATH, HOME, … and --env). */
  baseEnv: Record<string, string>;
  /** The rehearsal's own directory: job workspaces, step files, summaries. */
  workdir: string;
  artifacts: ArtifactBackend;
  /** A bare git repository standing in for the GitHub repository (publish-repo's repo-branch). */
  remote?: string;
  /** GitHub REST API root for the GitHub release; without it the release is not made. */
  githubApiUrl?: string;
  log: Logger;
  masker: Masker;
  /** --matrix KEY=VALUE: keep only the legs whose KEY is one of these values. */
  matrixFilter?: Record<string, string[]>;
}

export interface JobReport {
  id: string;
  name: string;
  result: JobResult;
  artifacts: string[];
  outputs: Record<string, string>;
  /** The first error of a failed leg. */
  error?: string;
}

interface StepState {
  outputs: Record<string, string>;
  outcome: JobResult;
  conclusion: JobResult;
}

interface Leg {
  job: Job;
  name: string;
  matrix: Combination | undefined;
  index: number;
  total: number;
  dir: string;
  workspace: string;
  temp: string;
  contexts: Record<string, Value>;
  /** GITHUB_ENV additions, GITHUB_PATH additions (newest first). */
  fileEnv: Record<string, string>;
  paths: string[];
  steps: Record<string, StepState>;
  status: 'success' | 'failure';
  summary: string[];
  error?: string;
}

/** A label for messages: `jobs.build.steps[2] ('Build')`. */
function stepLabel(job: Job, step: Step): string {
  const n = step.name ?? step.id ?? step.uses ?? (step.run ? step.run.split('\n')[0]!.slice(0, 40) : '');
  return `jobs.${job.id}.steps[${step.index}] (${n})`;
}

function sanitize(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
}

export class Rehearsal {
  private readonly jobs = new Map<string, { result: JobResult; outputs: Record<string, string> }>();
  private legCount = 0;
  private warnedNode = false;

  constructor(private readonly o: RehearseOptions) {
    for (const v of Object.values(o.secrets)) o.masker.add(v);
    o.masker.add(o.github.token);
  }

  private githubContext(extra: Record<string, Value> = {}): Record<string, Value> {
    const g = this.o.github;
    const refName = g.ref.replace(/^refs\/(heads|tags|pull)\//, '');
    return {
      ref: g.ref,
      ref_name: refName,
      ref_type: g.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      sha: g.sha,
      repository: g.repository,
      repository_owner: g.repository.split('/')[0] ?? '',
      event_name: g.eventName,
      event: g.event,
      run_id: g.runId,
      run_number: g.runNumber,
      run_attempt: '1',
      actor: g.actor,
      triggering_actor: g.actor,
      server_url: g.serverUrl,
      api_url: this.o.githubApiUrl ?? 'https://api.github.com',
      graphql_url: `${this.o.githubApiUrl ?? 'https://api.github.com'}/graphql`,
      workflow: this.o.workflow.name,
      token: g.token,
      head_ref: (g.event.pull_request as Record<string, Record<string, Value>> | undefined)?.head?.ref ?? '',
      base_ref: (g.event.pull_request as Record<string, Record<string, Value>> | undefined)?.base?.ref ?? '',
      retention_days: '90',
      ...extra,
    };
  }

  /** Evaluates a template with `contexts`, naming `where` when it cannot. */
  private value(src: string, ctx: EvalContext, where: string): Value {
    try {
      return evaluateTemplate(parseTemplate(src), ctx);
    } catch (e) {
      throw new DistroError(`${where}: cannot evaluate '${src.trim()}': ${errorMessage(e)}.`, { key: where });
    }
  }
  private str(src: string, ctx: EvalContext, where: string): string {
    return toStr(this.value(src, ctx, where));
  }
  private condition(src: string, ctx: EvalContext, where: string): boolean {
    try {
      return truthy(evaluate(parseCondition(src), ctx));
    } catch (e) {
      throw new DistroError(`${where}.if: cannot evaluate '${src.trim()}': ${errorMessage(e)}.`, {
        key: where,
      });
    }
  }

  /** A line an in-process step printed: masks added, debug lines only with DISTRO_DEBUG. */
  private stepLine(l: string, show: (l: string) => void): void {
    const shown = workflowCommand(l, this.o.masker, !!this.o.baseEnv.DISTRO_DEBUG);
    if (shown !== undefined) show(this.o.masker.mask(shown));
  }

  /** Jobs in `needs` order (file order among those ready). */
  private order(): Job[] {
    const done = new Set<string>();
    const out: Job[] = [];
    while (out.length < this.o.workflow.jobs.length) {
      const next = this.o.workflow.jobs.find((j) => !done.has(j.id) && j.needs.every((n) => done.has(n)))!;
      done.add(next.id);
      out.push(next);
    }
    return out;
  }

  /** The status `success()`/`failure()` see in a job's `if`: its ancestors' results. */
  private needsStatus(job: Job): EvalContext['status'] {
    const seen = new Set<string>();
    const ancestors = (id: string): string[] =>
      this.o.workflow.jobs
        .find((j) => j.id === id)!
        .needs.flatMap((n) => (seen.has(n) ? [] : (seen.add(n), [n, ...ancestors(n)])));
    const all = ancestors(job.id).map((id) => this.jobs.get(id)!.result);
    if (all.includes('failure')) return 'failure';
    if (all.includes('cancelled')) return 'cancelled';
    return job.needs.every((n) => this.jobs.get(n)!.result === 'success') ? 'success' : 'skipped';
  }

  private needsContext(job: Job): Record<string, Value> {
    return Object.fromEntries(job.needs.map((n) => [n, { ...this.jobs.get(n)! }]));
  }

  /** Runs every job; one report per job leg (a matrix job has one per combination). */
  async run(): Promise<JobReport[]> {
    const reports: JobReport[] = [];
    for (const job of this.order()) {
      const { result, legs } = await this.runJob(job);
      this.jobs.set(job.id, { result: result.result, outputs: result.outputs });
      reports.push(...legs);
    }
    return reports;
  }

  private async runJob(job: Job): Promise<{ result: JobReport; legs: JobReport[] }> {
    const base: JobReport = {
      id: job.id,
      name: job.name ?? job.id,
      result: 'skipped',
      artifacts: [],
      outputs: {},
    };
    const jobCtx: EvalContext = {
      contexts: {
        github: this.githubContext({ job: job.id }),
        needs: this.needsContext(job),
        vars: this.o.vars,
        inputs: this.o.inputs,
      },
      status: this.needsStatus(job),
    };
    let combos: (Combination | undefined)[] = [undefined];
    try {
      if (!this.condition(job.if ?? 'success()', jobCtx, `jobs.${job.id}`)) {
        this.o.log.info(
          `○ ${job.id}: skipped (${job.if ? `if: ${job.if}` : 'a job it needs did not succeed'})`,
        );
        return { result: base, legs: [base] };
      }
      if (job.matrix !== undefined)
        combos = filterLegs(
          job,
          checkedMatrix(
            this.o.workflow,
            job,
            this.deepEvaluate(job.matrix, jobCtx, `jobs.${job.id}.strategy.matrix`),
          ),
          this.o.matrixFilter,
        );
    } catch (e) {
      this.o.log.info(`✘ ${job.id}: ${errorMessage(e)}`);
      const failed = { ...base, result: 'failure' as const, error: errorMessage(e) };
      return { result: failed, legs: [failed] };
    }
    const legs: JobReport[] = [];
    for (const [i, combo] of combos.entries()) {
      if (job.failFast && legs.some((l) => l.result === 'failure')) {
        const name = legName(job.id, combo);
        legs.push({ ...base, name, result: 'cancelled' });
        this.o.log.info(`○ ${name}: cancelled (fail-fast: another leg failed)`);
        continue;
      }
      const r = await this.runLeg(job, combo, i, combos.length, jobCtx);
      legs.push(r);
      base.artifacts.push(...r.artifacts);
      Object.assign(base.outputs, Object.fromEntries(Object.entries(r.outputs).filter(([, v]) => v !== '')));
      base.error ??= r.error;
    }
    const results = legs.map((l) => l.result);
    base.result = results.includes('failure')
      ? 'failure'
      : results.includes('cancelled')
        ? 'cancelled'
        : 'success';
    if (base.result === 'failure' && this.jobBool(job.continueOnError, jobCtx, job)) base.result = 'success';
    return { result: base, legs };
  }

  private jobBool(v: string | boolean, ctx: EvalContext, job: Job): boolean {
    return typeof v === 'boolean' ? v : truthy(this.value(v, ctx, `jobs.${job.id}.continue-on-error`));
  }

  /** Evaluates every string inside `v` (a matrix, a `with` map). */
  private deepEvaluate(v: unknown, ctx: EvalContext, where: string): Value {
    if (typeof v === 'string') return v.includes('${{') ? this.value(v, ctx, where) : v;
    if (Array.isArray(v)) return v.map((x, i) => this.deepEvaluate(x, ctx, `${where}[${i}]`));
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, this.deepEvaluate(x, ctx, `${where}.${k}`)]),
      );
    return (v ?? null) as Value;
  }

  private async runLeg(
    job: Job,
    combo: Combination | undefined,
    index: number,
    total: number,
    jobCtx: EvalContext,
  ): Promise<JobReport> {
    const name = legName(job.id, combo);
    const dir = path.join(
      this.o.workdir,
      'jobs',
      `${String(++this.legCount).padStart(2, '0')}-${sanitize(name)}`,
    );
    const leg: Leg = {
      job,
      name,
      matrix: combo,
      index,
      total,
      dir,
      workspace: path.join(dir, 'workspace'),
      temp: path.join(dir, 'temp'),
      contexts: {},
      fileEnv: {},
      paths: [],
      steps: {},
      status: 'success',
      summary: [],
    };
    for (const d of [leg.workspace, leg.temp, path.join(dir, 'files'), path.join(dir, 'tool-cache')])
      await mkdir(d, { recursive: true });
    await writeFile(path.join(dir, 'event.json'), JSON.stringify(this.o.github.event));
    const listArtifacts = () =>
      asStep(
        this.artifactEnv(leg),
        (l) => this.stepLine(l, () => {}),
        () => createArtifactStore(this.artifactEnv(leg)).list(),
      );
    const before = new Set(await listArtifacts());
    this.o.log.info(`▶ ${name}`);
    const t0 = Date.now();
    leg.contexts = {
      ...jobCtx.contexts,
      github: this.githubContext({ job: job.id, workspace: leg.workspace }),
      matrix: combo ?? null,
      strategy: { 'fail-fast': job.failFast, 'job-index': index, 'job-total': total, 'max-parallel': 1 },
      secrets: { ...this.o.secrets, GITHUB_TOKEN: this.o.github.token },
      runner: {
        os: 'Linux',
        arch: hostArch(),
        name: 'distro-rehearse',
        temp: leg.temp,
        tool_cache: path.join(dir, 'tool-cache'),
        environment: 'self-hosted',
      },
      job: { status: 'success' },
      steps: leg.steps as unknown as Value,
    };
    let workflowEnv: Record<string, string> = {};
    try {
      const wctx: EvalContext = {
        contexts: {
          github: leg.contexts.github!,
          secrets: leg.contexts.secrets!,
          inputs: this.o.inputs,
          vars: this.o.vars,
        },
        status: 'success',
      };
      for (const [k, v] of Object.entries(this.o.workflow.env))
        workflowEnv[k] = this.str(v, wctx, `env.${k}`);
      const jctx: EvalContext = { contexts: { ...leg.contexts }, status: 'success' };
      for (const [k, v] of Object.entries(job.env))
        workflowEnv[k] = this.str(v, jctx, `jobs.${job.id}.env.${k}`);
    } catch (e) {
      leg.status = 'failure';
      leg.error = errorMessage(e);
      this.o.log.info(`  error: ${leg.error}`);
      workflowEnv = {};
    }
    if (leg.status === 'success') for (const step of job.steps) await this.runStep(leg, step, workflowEnv);
    const outputs: Record<string, string> = {};
    const octx: EvalContext = {
      contexts: { ...leg.contexts, env: { ...workflowEnv, ...leg.fileEnv } },
      status: leg.status,
    };
    for (const [k, v] of Object.entries(job.outputs)) {
      try {
        outputs[k] = this.str(v, octx, `jobs.${job.id}.outputs.${k}`);
      } catch (e) {
        this.o.log.warn(errorMessage(e));
      }
    }
    const after = await listArtifacts();
    const made = after.filter((n) => !before.has(n)).sort();
    if (leg.summary.length) {
      await mkdir(path.join(this.o.workdir, 'summaries'), { recursive: true });
      await writeFile(path.join(this.o.workdir, 'summaries', `${sanitize(name)}.md`), leg.summary.join('\n'));
    }
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    this.o.log.info(`${leg.status === 'success' ? '✔' : '✘'} ${name}: ${leg.status} (${secs} s)`);
    return { id: job.id, name, result: leg.status, artifacts: made, outputs, error: leg.error };
  }

  private artifactEnv(leg: Leg): Record<string, string> {
    return { RUNNER_TEMP: leg.temp, ...this.o.artifacts.envFor(leg.name) };
  }

  /** The process environment of a step (before INPUT_* for actions). */
  private stepEnv(
    leg: Leg,
    envCtx: Record<string, string>,
    files: Awaited<ReturnType<typeof makeFileCommands>>,
    action: string,
  ) {
    const g = leg.contexts.github as Record<string, string>;
    const pathVar = [...leg.paths, this.o.baseEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin'].join(
      path.delimiter,
    );
    const env: Record<string, string> = {
      ...this.o.baseEnv,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: leg.workspace,
      GITHUB_REF: g.ref!,
      GITHUB_REF_NAME: g.ref_name!,
      GITHUB_REF_TYPE: g.ref_type!,
      GITHUB_SHA: g.sha!,
      GITHUB_REPOSITORY: g.repository!,
      GITHUB_REPOSITORY_OWNER: g.repository_owner!,
      GITHUB_RUN_ID: g.run_id!,
      GITHUB_RUN_NUMBER: g.run_number!,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: g.event_name!,
      GITHUB_EVENT_PATH: path.join(leg.dir, 'event.json'),
      GITHUB_JOB: leg.job.id,
      GITHUB_ACTION: action,
      GITHUB_ACTOR: g.actor!,
      GITHUB_TRIGGERING_ACTOR: g.actor!,
      GITHUB_WORKFLOW: this.o.workflow.name,
      GITHUB_SERVER_URL: g.server_url!,
      GITHUB_API_URL: g.api_url!,
      GITHUB_GRAPHQL_URL: g.graphql_url!,
      GITHUB_HEAD_REF: g.head_ref!,
      GITHUB_BASE_REF: g.base_ref!,
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: hostArch(),
      RUNNER_NAME: 'distro-rehearse',
      RUNNER_TEMP: leg.temp,
      RUNNER_TOOL_CACHE: path.join(leg.dir, 'tool-cache'),
      RUNNER_WORKSPACE: path.dirname(leg.workspace),
      ...this.artifactEnv(leg),
      ...(this.o.remote ? { DISTRO_REPO_REMOTE: this.o.remote } : {}),
      ...envCtx,
      PATH: envCtx.PATH ?? pathVar,
    };
    return env;
  }

  private async runStep(leg: Leg, step: Step, workflowEnv: Record<string, string>): Promise<void> {
    const job = leg.job;
    const where = stepLabel(job, step);
    const id = step.id ?? `__step${step.index}`;
    const state: StepState = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
    (leg.contexts.job as Record<string, Value>).status = leg.status;
    const ctx = (env: Record<string, string>): EvalContext => ({
      contexts: { ...leg.contexts, env },
      status: leg.status,
      hashFiles: (patterns) => hashFiles(leg.workspace, patterns),
    });
    const title = step.name ?? (step.uses ? `uses: ${step.uses}` : `run: ${step.run!.split('\n')[0]}`);
    try {
      const baseEnv = { ...workflowEnv, ...leg.fileEnv };
      if (!this.condition(step.if ?? 'success()', ctx(baseEnv), where)) {
        if (step.id) leg.steps[step.id] = state;
        return;
      }
      const env = { ...baseEnv };
      for (const [k, v] of Object.entries(step.env)) env[k] = this.str(v, ctx(baseEnv), `${where}.env.${k}`);
      this.o.log.info(`  ▷ ${this.str(title, ctx(env), `${where}.name`)}`);
      const files = await makeFileCommands(
        path.join(leg.dir, 'files'),
        `${String(step.index).padStart(2, '0')}`,
      );
      const ok = await this.execute(leg, step, ctx(env), env, files, id, where);
      const fc = await readFileCommands(files).catch((e: unknown) => {
        throw new DistroError(`${where}: ${errorMessage(e)}`);
      });
      state.outputs = fc.outputs;
      Object.assign(leg.fileEnv, fc.env);
      leg.paths.unshift(...fc.path.reverse());
      if (fc.summary.trim()) leg.summary.push(fc.summary);
      state.outcome = ok ? 'success' : 'failure';
    } catch (e) {
      // A step's own problem (an expression, a path, a file it wrote wrong) fails the step, not the rehearsal.
      this.o.log.info(`    error: ${this.o.masker.mask(errorMessage(e))}`);
      leg.error ??= `${where}: ${errorMessage(e)}`;
      state.outcome = 'failure';
    }
    state.conclusion = state.outcome;
    if (state.outcome === 'failure') {
      const coe =
        typeof step.continueOnError === 'boolean'
          ? step.continueOnError
          : truthy(this.value(step.continueOnError, ctx({}), `${where}.continue-on-error`));
      if (coe) state.conclusion = 'success';
      else {
        leg.status = 'failure';
        leg.error ??= `${where} failed`;
      }
    }
    if (step.id) leg.steps[step.id] = state;
  }

  /** Runs the step; false when it failed (the reason is in the log). */
  private async execute(
    leg: Leg,
    step: Step,
    ctx: EvalContext,
    envCtx: Record<string, string>,
    files: Awaited<ReturnType<typeof makeFileCommands>>,
    id: string,
    where: string,
  ): Promise<boolean> {
    const env = this.stepEnv(leg, envCtx, files, id);
    const line = (l: string) => this.o.log.info(`    ${l}`);
    const timeoutMs = step.timeoutMinutes ? step.timeoutMinutes * 60_000 : undefined;
    if (step.run !== undefined) {
      const script = this.str(step.run, ctx, `${where}.run`);
      const cwdRel =
        step.workingDirectory ??
        leg.job.defaults.workingDirectory ??
        this.o.workflow.defaults.workingDirectory;
      const cwd = cwdRel
        ? resolveInside(leg.workspace, this.str(cwdRel, ctx, `${where}.working-directory`), {
            key: `${where}.working-directory`,
          })
        : leg.workspace;
      const shell = step.shell ?? leg.job.defaults.shell ?? this.o.workflow.defaults.shell ?? 'bash';
      const file = path.join(leg.temp, `step-${step.index}-${Date.now()}.sh`);
      await writeFile(file, script);
      await chmod(file, 0o700);
      const standIns = await writeStandIns(path.join(leg.dir, 'stand-ins'));
      const code = await runProcess(shellArgv(shell, file, where), {
        cwd,
        env: { ...env, PATH: `${standIns}${path.delimiter}${env.PATH ?? ''}` },
        masker: this.o.masker,
        debug: !!this.o.baseEnv.DISTRO_DEBUG,
        onLine: line,
        timeoutMs,
      });
      await rm(file, { force: true });
      if (code !== 0) line(`error: process completed with exit code ${code}`);
      return code === 0;
    }
    const uses = resolveUses(
      this.str(step.uses!, ctx, `${where}.uses`),
      this.o.collectionRoot,
      leg.workspace,
    );
    const w: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.with)) w[k] = this.str(v, ctx, `${where}.with.${k}`);
    switch (uses.kind) {
      case 'other':
        this.o.log.warn(
          `${where}: uses: ${step.uses} is not rehearsed (not one of this collection's actions, checkout or the artifact actions); skipped.`,
        );
        return true;
      case 'checkout': {
        const depth = Number(w['fetch-depth'] ?? '1');
        if (w.repository && w.repository !== this.o.github.repository) {
          this.o.log.warn(
            `${where}: checkout of another repository (${w.repository}) is not rehearsed; skipped.`,
          );
          return true;
        }
        await checkout({
          tree: this.o.tree,
          sha: this.o.github.sha,
          ref: this.o.github.ref,
          dest: resolveInside(leg.workspace, w.path || '.', { key: `${where}.with.path` }),
          depth: Number.isInteger(depth) && depth >= 0 ? depth : 1,
          fetchTags: w['fetch-tags'] === 'true',
          log: line,
        });
        return true;
      }
      case 'upload-artifact':
        await asStep(
          env,
          (l) => this.stepLine(l, line),
          () => uploadArtifact(w, leg.workspace, env, line),
        );
        return true;
      case 'download-artifact':
        await asStep(
          env,
          (l) => this.stepLine(l, line),
          () => downloadArtifact(w, leg.workspace, env, line),
        );
        return true;
      case 'node':
        return this.runNodeAction(uses.action, w, ctx, env, leg, where, line, timeoutMs);
    }
  }

  private async runNodeAction(
    action: ActionYml,
    w: Record<string, string>,
    ctx: EvalContext,
    env: Record<string, string>,
    leg: Leg,
    where: string,
    line: (l: string) => void,
    timeoutMs?: number,
  ): Promise<boolean> {
    checkWith(action, Object.keys(w), where);
    if (!/^node\d+$/.test(action.using) || !action.main) {
      this.o.log.warn(
        `${where}: ${action.label} runs with '${action.using}', which rehearse does not run (node actions only); skipped.`,
      );
      return true;
    }
    const inputs: Record<string, string> = {};
    for (const [k, spec] of Object.entries(action.inputs)) {
      if (k in w) inputs[k] = w[k]!;
      else if (spec.default !== undefined)
        inputs[k] = this.str(spec.default, ctx, `${action.label} default of ${k}`);
    }
    this.standIns(action, inputs, where);
    for (const [k, v] of Object.entries(inputs)) env[inputEnvName(k)] = v;
    env.GITHUB_ACTION_PATH = action.dir;
    env.GITHUB_ACTION_REPOSITORY = 'distro-actions/distro-actions';
    const want = Number(action.using.slice(4));
    if (Number(process.versions.node.split('.')[0]) < want && !this.warnedNode) {
      this.warnedNode = true;
      this.o.log.warn(
        `${action.label} runs on ${action.using} on GitHub; this rehearsal starts it with Node ${process.versions.node} (run distro with Node ${want} to match).`,
      );
    }
    const main = path.resolve(action.dir, action.main);
    const code = await runProcess([process.execPath, main], {
      cwd: leg.workspace,
      env,
      masker: this.o.masker,
      debug: !!this.o.baseEnv.DISTRO_DEBUG,
      onLine: line,
      timeoutMs,
    });
    if (code !== 0) line(`error: ${action.label} failed (exit ${code})`);
    return code === 0;
  }

  /**
   * What cannot run off GitHub, stood in for: Sigstore and provenance need GitHub's OIDC token
   * (kept when SIGSTORE_ID_TOKEN or ACTIONS_ID_TOKEN_REQUEST_URL is given with --env); the GitHub
   * release needs --github-api-url (a server of your own), never api.github.com by accident.
   */
  private standIns(action: ActionYml, inputs: Record<string, string>, where: string): void {
    const base = this.o.baseEnv;
    const oidc = !!(base.SIGSTORE_ID_TOKEN || base.ACTIONS_ID_TOKEN_REQUEST_URL);
    const off = (k: string, why: string) => {
      if (inputs[k] === 'true') {
        inputs[k] = 'false';
        this.o.log.warn(`${where}: ${k}: true stood in by false in rehearsal: ${why}`);
      }
    };
    if (!oidc) {
      off(
        'sigstore',
        "Sigstore signing needs GitHub's OIDC token (give one with --env SIGSTORE_ID_TOKEN=…).",
      );
      off('provenance', "provenance needs GitHub's OIDC token and attestations API.");
    }
    if (!this.o.githubApiUrl)
      off('github-release', 'no --github-api-url was given, and a rehearsal never writes to api.github.com.');
  }
}

function hostArch(): string {
  return process.arch === 'x64' ? 'X64' : process.arch === 'arm64' ? 'ARM64' : process.arch.toUpperCase();
}

/** The argv of a run step's shell, as the runner builds it. */
function shellArgv(shell: string, file: string, where: string): string[] {
  switch (shell) {
    case 'bash':
      return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', file];
    case 'sh':
      return ['sh', '-e', file];
    case 'python':
      return ['python3', file];
  }
  if (shell.includes('{0}')) return shell.split(/\s+/).map((w) => w.replace('{0}', file));
  throw new DistroError(
    `${where}.shell: '${shell}' is not rehearsed (bash, sh, python, or a command with {0}).`,
    { key: `${where}.shell` },
  );
}

/** hashFiles(): sha256 over the sha256 of each matched file, in path order, as the runner computes it. */
function hashFiles(workspace: string, patterns: string[]): string {
  // As on the runner, only files under the workspace count: '../**' or '/etc/*' match nothing.
  const inside = (f: string) => !path.relative(workspace, f).startsWith('..');
  const all = matchFiles(workspace, patterns).files.filter(inside);
  if (!all.length) return '';
  const outer = createHash('sha256');
  for (const f of all) {
    try {
      outer.update(createHash('sha256').update(readFileSync(f)).digest());
    } catch {
      // directories are skipped, as the runner does
    }
  }
  return outer.digest('hex');
}

/** A `with` key the action does not declare is an error (GitHub only warns; a typo loses the input). */
export function checkWith(
  action: { label: string; inputs: Record<string, unknown> },
  keys: string[],
  where: string,
  lines: Record<string, number> = {},
  file?: { file: string; shown: string },
): void {
  for (const k of keys) {
    if (k in action.inputs) continue;
    const declared = Object.keys(action.inputs);
    const line = lines[k];
    const prefix = file && line ? `${file.shown}:${line}: ` : '';
    throw new DistroError(
      `${prefix}${where}.with.${k}: ${action.label} has no input '${k}'; remove it or use one of: ${declared.join(', ')}.`,
      { key: `${where}.with.${k}`, file: file?.file, line },
    );
  }
}

/** The matrix combinations, or an error naming the file and line when there are none. */
export function checkedMatrix(wf: Workflow, job: Job, m: unknown): Combination[] {
  let combos: Combination[];
  const where = `${wf.shown}:${job.matrixLine}: jobs.${job.id}.strategy.matrix`;
  try {
    combos = expandMatrix(m);
  } catch (e) {
    throw new DistroError(`${where}: ${errorMessage(e)}.`, {
      file: wf.file,
      line: job.matrixLine,
      key: `jobs.${job.id}.strategy.matrix`,
    });
  }
  if (!combos.length)
    throw new DistroError(
      `${where}: expands to no combination (every list empty or every combination excluded); give each key at least one value.`,
      { file: wf.file, line: job.matrixLine, key: `jobs.${job.id}.strategy.matrix` },
    );
  return combos;
}

/** The legs --matrix keeps (a key the leg does not have keeps it); none left is an error. */
export function filterLegs(
  job: Job,
  combos: Combination[],
  filter: Record<string, string[]> = {},
): Combination[] {
  const f = Object.entries(filter);
  const kept = combos.filter((c) => f.every(([k, vs]) => !(k in c) || vs.includes(toStr(c[k]!))));
  if (!kept.length)
    throw new DistroError(
      `jobs.${job.id}: --matrix ${f.map(([k, v]) => `${k}=${v.join('|')}`).join(' ')} leaves none of its ${combos.length} leg(s); check the values.`,
      { usage: true, key: '--matrix' },
    );
  return kept;
}

/**
 * What can be checked before any job runs: static matrices expand to something, and every `uses:`
 * of this collection (or a stand-in) gets only inputs it declares.
 */
export function precheck(
  wf: Workflow,
  collectionRoot: string,
  matrixFilter?: Record<string, string[]>,
): void {
  for (const job of wf.jobs) {
    if (job.matrix !== undefined && !JSON.stringify(job.matrix).includes('${{'))
      filterLegs(job, checkedMatrix(wf, job, job.matrix), matrixFilter);
    for (const step of job.steps) {
      if (!step.uses || step.uses.includes('${{')) continue;
      const where = `jobs.${job.id}.steps[${step.index}]`;
      let u;
      try {
        u = resolveUses(step.uses, collectionRoot);
      } catch (e) {
        throw new DistroError(`${wf.shown}:${step.line}: ${where}.${errorMessage(e)}`, {
          file: wf.file,
          line: step.line,
          key: `${where}.uses`,
        });
      }
      const keys = Object.keys(step.with);
      if (u.kind === 'node' && u.collection) checkWith(u.action, keys, where, step.withLines, wf);
      else if (u.kind !== 'node' && u.kind !== 'other') {
        const inputs = Object.fromEntries(BUILTIN_INPUTS[u.kind]!.map((k) => [k, {}]));
        checkWith({ label: `actions/${u.kind}`, inputs }, keys, where, step.withLines, wf);
      }
    }
  }
}
