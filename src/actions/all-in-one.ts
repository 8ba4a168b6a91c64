/** The root action: runs a chosen list of stages in one job, for projects that need no matrix. */
import { DistroError } from '../errors.js';
import { actionRun, type ActionBody } from '../runner/run.js';
import type { ManifestArtifact } from '../manifest/index.js';

/** Each stage's action, loaded when the stage runs (its own chunk of the bundle: src/main.ts). */
const STAGES: Record<string, () => Promise<ActionBody>> = {
  build: async () => (await import('./build-target.js')).buildTargetAction,
  package: async () => (await import('./package-format.js')).packageFormatAction,
  sign: async () => (await import('./sign-artifacts.js')).signArtifactsAction,
  publish: async () => (await import('./publish-repo.js')).publishRepoAction,
  smoke: async () => {
    const { qemuSmokeTestAction } = await import('./qemu-smoke-test.js');
    return (inputs, rt) =>
      qemuSmokeTestAction(inputs.renamed({ command: 'smoke-command', timeout: 'smoke-timeout' }), rt);
  },
};
const COMING = ['setup'];
const ORDER = ['setup', 'build', 'package', 'sign', 'smoke', 'publish'];

export const allInOneAction: ActionBody = async (inputs, rt) => {
  const stages = inputs.list('stages');
  for (const s of stages) {
    if (COMING.includes(s)) {
      throw new DistroError(
        `input 'stages': the '${s}' stage is not in this version yet; run ${Object.keys(STAGES).join(', ')}.`,
        {
          key: 'input: stages',
        },
      );
    }
    if (!STAGES[s]) {
      throw new DistroError(
        `input 'stages': unknown stage '${s}'; choose from ${Object.keys(STAGES).join(', ')}.`,
        {
          key: 'input: stages',
        },
      );
    }
  }
  const ordered = [...new Set(stages)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const outputs: Record<string, string> = {};
  const artifacts: ManifestArtifact[] = [];
  const names: string[] = [];
  for (const [i, s] of ordered.entries()) {
    // Only the first stage downloads (`from`); the later ones find its files in the dist directory.
    const stageInputs = i === 0 ? inputs : inputs.without('from');
    const out = await (await STAGES[s]!())(stageInputs, rt);
    Object.assign(outputs, out);
    artifacts.push(...(JSON.parse(out.artifacts ?? '[]') as ManifestArtifact[]));
    if (out['artifact-name']) names.push(out['artifact-name']);
  }
  return { ...outputs, artifacts: JSON.stringify(artifacts), 'artifact-name': names.join('\n') };
};

/** Runs the distro action (the runner protocol; what @github/local-action calls). */
export const run = actionRun('distro', allInOneAction);
