/**
 * The one bundle (dist/index.js) behind every action and the CLI. Each action's entry
 * (dist/actions/<name>/index.js) is two lines that call `main` with its name.
 */
import { allInOneAction } from './actions/all-in-one.js';
import { buildTargetAction } from './actions/build-target.js';
import { packageFormatAction } from './actions/package-format.js';
import { publishRepoAction } from './actions/publish-repo.js';
import { qemuSmokeTestAction } from './actions/qemu-smoke-test.js';
import { setupCrossToolchainAction } from './actions/setup-cross-toolchain.js';
import { signArtifactsAction } from './actions/sign-artifacts.js';
import { availableParallelism } from 'node:os';
import { runAction, type ActionBody } from './runner/run.js';

// libuv's threadpool compresses gzip and zstd blocks (formats/archive/parallel.ts) beside every fs
// call. It starts with its first job, at the size UV_THREADPOOL_SIZE then says (4 if unset): one
// thread per core to compress, and one for file reads, which nothing here has started yet.
process.env.UV_THREADPOOL_SIZE ??= String(Math.max(4, Math.min(availableParallelism(), 16) + 1));

export const ACTIONS: Record<string, ActionBody> = {
  'build-target': buildTargetAction,
  'package-format': packageFormatAction,
  'setup-cross-toolchain': setupCrossToolchainAction,
  'sign-artifacts': signArtifactsAction,
  'qemu-smoke-test': qemuSmokeTestAction,
  'publish-repo': publishRepoAction,
  distro: allInOneAction,
};

/** Runs action `name`, whose action.yml is `actionYml`. */
export async function main(name: string, actionYml: string): Promise<void> {
  const body = ACTIONS[name];
  if (!body) throw new Error(`internal: no action named ${name}`);
  await runAction(actionYml, body);
}

export { cli } from './cli.js';
export { writeArchive } from './formats/archive/index.js';
export { writeDeb } from './formats/deb/index.js';
export { writeRpm } from './formats/rpm/index.js';
export { publishYum } from './repos/yum/index.js';
export { publishApt } from './repos/apt/index.js';
