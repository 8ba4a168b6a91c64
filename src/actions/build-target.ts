import { splitCommand } from '../build/index.js';
import { buildStage } from '../stages/build.js';
import { actionRun, type ActionBody } from '../runner/run.js';
import { commonOptions, stageOutputs, summarize } from './shared.js';

export const buildTargetAction: ActionBody = async (inputs, rt) => {
  const r = await buildStage({
    ...commonOptions(inputs, rt),
    target: inputs.optional('target'),
    builder: inputs.optional('builder'),
    command: inputs.optional('command')
      ? splitCommand(inputs.string('command'), 'input: command')
      : undefined,
    binaries: inputs.list('binaries'),
    profile: inputs.optional('profile'),
  });
  await summarize(rt, `build-target: ${r.target}`, r.artifacts);
  return { ...stageOutputs(r), target: r.target, binaries: JSON.stringify(r.binaries) };
};

/** Runs the build-target action (the runner protocol; what @github/local-action calls). */
export const run = actionRun('build-target', buildTargetAction);
