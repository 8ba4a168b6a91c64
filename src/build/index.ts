/** build-target: the builders (cargo, go, cmake, make, command) and their helpers. */
export { buildTarget, isRecordedEnv, resolveSourceDateEpoch } from './build.js';
export { BUILDER_FILES, detectBuilder } from './detect.js';
export { splitCommand, which, installHint } from './exec.js';
export { readHeader, type BinaryHeader } from './binary.js';
export {
  BUILDERS,
  PROFILES,
  type BuildOptions,
  type BuildResult,
  type BuiltBinary,
  type BuilderName,
  type Env,
  type Profile,
} from './types.js';
