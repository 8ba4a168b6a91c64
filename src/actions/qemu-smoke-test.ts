import { splitCommand } from '../build/exec.js';
import { DistroError } from '../errors.js';
import { setOutputs, writeSummary } from '../runner/github.js';
import { actionRun, type ActionBody } from '../runner/run.js';
import { summaryTable } from '../smoke/report.js';
import { SmokeFailedError, smokeStage, type SmokeStageResult } from '../stages/smoke.js';
import { commonOptions } from './shared.js';

function outputs(r: SmokeStageResult): Record<string, string> {
  return {
    manifest: r.manifest,
    artifacts: JSON.stringify(r.artifacts),
    'artifact-name': r.artifactName,
    passed: String(r.passed),
    failed: String(r.failed),
    report: r.report,
  };
}

/** qemu-smoke-test: the smoke stage; outputs and the summary table are written even when a check failed. */
export const qemuSmokeTestAction: ActionBody = async (inputs, rt) => {
  const timeout = inputs.optional('timeout');
  if (timeout !== undefined && !(Number(timeout) > 0))
    throw new DistroError(`input 'timeout' must be a positive number of seconds, got '${timeout}'.`, {
      key: 'input: timeout',
      usage: true,
    });
  let r: SmokeStageResult;
  try {
    r = await smokeStage({
      ...commonOptions(inputs, rt),
      target: inputs.optional('target'),
      command: inputs.optional('command')
        ? splitCommand(inputs.string('command'), 'input: command')
        : undefined,
      expect: inputs.optional('expect'),
      install: inputs.boolean('install'),
      upgradeFrom: inputs.list('upgrade-from'),
      timeout: timeout === undefined ? undefined : Number(timeout),
      uid: process.getuid?.(),
    });
  } catch (e) {
    if (!(e instanceof SmokeFailedError)) throw e;
    setOutputs(outputs(e.result));
    await summarizeSmoke(rt.env, e.result);
    throw e;
  }
  await summarizeSmoke(rt.env, r);
  return outputs(r);
};

async function summarizeSmoke(env: Record<string, string | undefined>, r: SmokeStageResult): Promise<void> {
  await writeSummary(
    env,
    `qemu-smoke-test: ${r.failed ? `❌ ${r.failed} failed` : '✅ all'} of ${r.results.length} checks (${r.targets.join(', ')})`,
    summaryTable(r.results),
    [
      `JUnit report: ${r.report}`,
      `Installed on the runner: ${r.installed.length ? r.installed.join(' ') : 'nothing (all tools present)'}`,
    ],
  );
}

/** Runs the qemu-smoke-test action (the runner protocol; what @github/local-action calls). */
export const run = actionRun('qemu-smoke-test', qemuSmokeTestAction);
