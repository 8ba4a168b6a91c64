import { packageStage } from '../stages/package.js';
import { actionRun, type ActionBody } from '../runner/run.js';
import { commonOptions, stageOutputs, summarize } from './shared.js';

export const packageFormatAction: ActionBody = async (inputs, rt) => {
  const r = await packageStage({
    ...commonOptions(inputs, rt),
    target: inputs.optional('target'),
    formats: inputs.list('formats'),
  });
  await summarize(rt, 'package-format', r.artifacts);
  return { ...stageOutputs(r), packages: JSON.stringify(r.packages) };
};

/** Runs the package-format action (the runner protocol; what @github/local-action calls). */
export const run = actionRun('package-format', packageFormatAction);
