import { signStage } from '../stages/sign.js';
import type { ActionBody } from '../runner/run.js';
import { commonOptions, stageOutputs, summarize } from './shared.js';

export const signArtifactsAction: ActionBody = async (inputs, rt) => {
  const r = await signStage({
    ...commonOptions(inputs, rt),
    checksums: inputs.given('checksums') ? inputs.list('checksums') : undefined,
    perFile: inputs.given('per-file-checksums') ? inputs.boolean('per-file-checksums') : undefined,
  });
  await summarize(rt, 'sign-artifacts', r.artifacts);
  return { ...stageOutputs(r), 'checksums-file': r.checksumsFile };
};
