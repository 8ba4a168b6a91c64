/**
 * The one bundle (dist/index.js) behind every action and the CLI. Each action's entry
 * (dist/actions/<name>/index.js) is two lines that call `main` with its name.
 *
 * Everything past the runner is loaded with `import()`, which webpack (inside ncc) turns into
 * chunks of their own (dist/<id>.index.js): an action compiles only its own code and the runner's,
 * not the other actions', the CLI's or the benchmarks' (node spends most of its start-up compiling
 * source); a benchmark calling writeDeb does not load the runner (@actions/core and its HTTP client).
 */
import type { ActionBody } from './runner/run.js';
import { sizeThreadpool } from './runner/threadpool.js';
import type { writeArchive as WriteArchive } from './formats/archive/index.js';
import type { writeDeb as WriteDeb } from './formats/deb/index.js';
import type { writeRpm as WriteRpm } from './formats/rpm/index.js';
import type { publishYum as PublishYum } from './repos/yum/index.js';
import type { publishApt as PublishApt } from './repos/apt/index.js';
import type { loadSigningKey as LoadSigningKey } from './sign/openpgp.js';
import type { cli as Cli } from './cli.js';

sizeThreadpool(); // before anything starts the pool

/** Each action's body, loaded on demand. */
export const ACTIONS: Record<string, () => Promise<ActionBody>> = {
  'build-target': async () => (await import('./actions/build-target.js')).buildTargetAction,
  'package-format': async () => (await import('./actions/package-format.js')).packageFormatAction,
  'setup-cross-toolchain': async () =>
    (await import('./actions/setup-cross-toolchain.js')).setupCrossToolchainAction,
  'sign-artifacts': async () => (await import('./actions/sign-artifacts.js')).signArtifactsAction,
  'qemu-smoke-test': async () => (await import('./actions/qemu-smoke-test.js')).qemuSmokeTestAction,
  'publish-repo': async () => (await import('./actions/publish-repo.js')).publishRepoAction,
  distro: async () => (await import('./actions/all-in-one.js')).allInOneAction,
};

/** Runs action `name`, whose action.yml is `actionYml`. */
export async function main(name: string, actionYml: string): Promise<void> {
  const load = ACTIONS[name];
  if (!load) throw new Error(`internal: no action named ${name}`);
  const { runAction } = await import('./runner/run.js');
  // The action's chunk is read while the runner reads its inputs and prints its first line; a
  // failure to load is reported by runAction like any other (one ::error line, exit code 1).
  const loading = load();
  loading.catch(() => {}); // awaited in the body: not an unhandled rejection in the meantime
  await runAction(actionYml, async (inputs, rt) => (await loading)(inputs, rt));
}

/**
 * `f` of a module loaded on the first call: the benchmarks and bin/distro.js call these as if
 * they were the functions themselves, and pay only for the module they use.
 */
function lazy<F extends (...args: never[]) => Promise<unknown>>(load: () => Promise<F>): F {
  let loaded: Promise<F> | undefined;
  return (async (...args: Parameters<F>) => (await (loaded ??= load()))(...args)) as F;
}

export const cli: typeof Cli = lazy(async () => (await import('./cli.js')).cli);
export const writeArchive: typeof WriteArchive = lazy(
  async () => (await import('./formats/archive/index.js')).writeArchive,
);
export const writeDeb: typeof WriteDeb = lazy(async () => (await import('./formats/deb/index.js')).writeDeb);
export const writeRpm: typeof WriteRpm = lazy(async () => (await import('./formats/rpm/index.js')).writeRpm);
export const publishYum: typeof PublishYum = lazy(
  async () => (await import('./repos/yum/index.js')).publishYum,
);
export const publishApt: typeof PublishApt = lazy(
  async () => (await import('./repos/apt/index.js')).publishApt,
);
export const loadSigningKey: typeof LoadSigningKey = lazy(
  async () => (await import('./sign/openpgp.js')).loadSigningKey,
);
