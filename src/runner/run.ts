/**
 * Runs one action as the GitHub runner starts it: inputs from INPUT_* (defaults from its
 * action.yml), secrets masked first, outputs and summary written, and a failure reported as one
 * `::error` annotation with exit code 1. This and src/cli.ts are the only places that read
 * process.env.
 */
import { info } from './commands.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import { removeOnSignals } from '../atomic.js';
import { neutraliseCommands, type Logger } from '../log.js';
import { createArtifactStore, type ArtifactStore } from './artifacts.js';
import { githubLogger, maskSecrets, reportFailure, setOutputs } from './github.js';
import { Inputs, readActionSpec } from './inputs.js';

/** The release version: package.json is its one home (the release workflow checks the tag against it). */
export const VERSION: string = pkg.version;

/** What an action entry gets besides its inputs. */
export interface Runtime {
  env: Record<string, string | undefined>;
  workspace: string;
  log: Logger;
  store: ArtifactStore;
}

export type ActionBody = (inputs: Inputs, rt: Runtime) => Promise<Record<string, string>>;

export async function runAction(
  actionYml: string,
  body: ActionBody,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  if (env === process.env) removeOnSignals(); // a cancelled job leaves no temporary file
  try {
    const spec = readActionSpec(actionYml);
    const inputs = new Inputs(spec, env);
    maskSecrets(inputs.secrets());
    info(neutraliseCommands(`distro-actions ${VERSION}: ${spec.name}`));
    const rt: Runtime = { env, workspace, log: githubLogger(workspace), store: createArtifactStore(env) };
    setOutputs(await body(inputs, rt));
  } catch (err) {
    reportFailure(err, workspace);
  }
}

/**
 * An action's `run()`, as actions/typescript-action exports it from src/main.ts, so that GitHub's
 * @github/local-action (`local-action run actions/<name> src/actions/<name>.ts .env`) runs it from
 * the sources. `actionYml` defaults to actions/<name>/action.yml (the root action.yml for `distro`)
 * beside src/; the bundle's entries pass their own path.
 */
export function actionRun(name: string, body: ActionBody): (actionYml?: string) => Promise<void> {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const own =
    name === 'distro' ? path.join(root, 'action.yml') : path.join(root, 'actions', name, 'action.yml');
  return (actionYml = own) => runAction(actionYml, body);
}
