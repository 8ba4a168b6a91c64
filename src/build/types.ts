/** The public types of the build-target stage. */
import type { BuildConfig } from '../config/types.js';
import type { Logger } from '../log.js';
import type { Target } from '../targets/types.js';

export type BuilderName = 'cargo' | 'go' | 'cmake' | 'make' | 'command';
export type Profile = 'debug' | 'release' | 'performance';

export const BUILDERS: readonly BuilderName[] = ['cargo', 'go', 'cmake', 'make', 'command'];
export const PROFILES: readonly Profile[] = ['debug', 'release', 'performance'];

/** The process environment as the stage receives it (never `process.env` directly). */
export type Env = Record<string, string | undefined>;

export interface BuildOptions {
  /** Absolute directory of the project (workspace + working-directory [+ build.dir]). */
  projectDir: string;
  /** Absolute directory to collect binaries into, `<dist-dir>/build/<target>/`; created here. */
  outDir: string;
  target: Target;
  /** The machine's own target. */
  host: Target;
  /** The `build` section of distro.yml (may be `{}`); the explicit options below win over it. */
  build: BuildConfig;
  builder?: BuilderName;
  /** For the `command` builder: argv, or a command line split on whitespace with simple quoting (no shell). */
  command?: string | string[];
  /** Binaries to collect, without `.exe`; default `[name]`. A name with a `/` is a path relative to the project. */
  binaries?: string[];
  profile?: Profile;
  /** Project name: the default binary name. */
  name: string;
  version: string;
  /** The process environment, passed in. */
  env: Env;
  /** SOURCE_DATE_EPOCH; default: env SOURCE_DATE_EPOCH, else the commit time of HEAD, else 0 with a warning. */
  sourceDateEpoch?: number;
  /**
   * Scratch directory for out-of-tree build directories (cmake build dir, CARGO_TARGET_DIR, Go
   * caches when HOME is unset). Default: `<RUNNER_TEMP or TMPDIR>/distro-build/<hash of projectDir>`,
   * stable so that repeated local builds are incremental; never inside the project or the dist dir.
   */
  workDir?: string;
  log: Logger;
}

export interface BuiltBinary {
  name: string;
  /** Absolute path in outDir. */
  file: string;
}

export interface BuildResult {
  builder: BuilderName;
  profile: Profile;
  binaries: BuiltBinary[];
  /** Absolute path of `build-info.json` in outDir. */
  buildInfo: string;
  sourceDateEpoch: number;
}
