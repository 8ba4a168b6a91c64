/** setup-cross-toolchain: plan, apt install, cache, exported environment. */
export { planToolchain, supportedTargets, cargoTripleVar, debPackageTriple } from './plan.js';
export type { HostInfo, PlanOptions, ToolchainPlan } from './plan.js';
export {
  Apt,
  spawnExec,
  type AptExec,
  type ExecResult,
  type AptOptions,
  type AptInstallResult,
  type InstallSource,
} from './apt.js';
export {
  createPackageCache,
  githubCacheAvailable,
  githubPackageCache,
  localPackageCache,
  noCache,
  cacheKey,
  cacheKeyPrefix,
  APT_ARCHIVES,
  type PackageCache,
} from './cache.js';
export { setupToolchain, type SetupOptions, type SetupResult } from './setup.js';
