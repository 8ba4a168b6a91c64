/** What the action entries share: the common inputs of every stage, outputs and the summary table. */
import { writeSummary } from '../runner/github.js';
import type { Inputs } from '../runner/inputs.js';
import type { Runtime } from '../runner/run.js';
import type { ManifestArtifact } from '../manifest/index.js';
import type { CommonOptions, StageResult } from '../stages/common.js';

/** The inputs every stage has (DESIGN contract 5). */
export function commonOptions(inputs: Inputs, rt: Runtime): CommonOptions {
  return {
    workspace: rt.workspace,
    workingDirectory: inputs.string('working-directory') || '.',
    config: inputs.given('config') ? inputs.string('config') : undefined,
    distDir: inputs.string('dist-dir') || 'dist',
    from: inputs.list('from'),
    artifactPrefix: inputs.string('artifact-prefix') || 'distro',
    version: inputs.optional('version'),
    env: rt.env,
    log: rt.log,
    store: rt.store,
  };
}

export function stageOutputs(r: StageResult): Record<string, string> {
  return { manifest: r.manifest, artifacts: JSON.stringify(r.artifacts), 'artifact-name': r.artifactName };
}

function size(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export async function summarize(
  rt: Runtime,
  heading: string,
  added: ManifestArtifact[],
  notes: string[] = [],
): Promise<void> {
  const rows = added.map((a) => [a.path, a.kind, a.target ?? '', size(a.size), a.sha256.slice(0, 16)]);
  await writeSummary(rt.env, heading, [['artifact', 'kind', 'target', 'size', 'sha256'], ...rows], notes);
}
