import { DistroError } from '../errors.js';
import { exportVariables, writeSummary } from '../runner/github.js';
import { actionRun, type ActionBody } from '../runner/run.js';
import { createPackageCache, setupToolchain } from '../toolchain/index.js';

export const setupCrossToolchainAction: ActionBody = async (inputs, rt) => {
  const rust = inputs.string('rust') || 'auto';
  if (!['auto', 'true', 'false'].includes(rust)) {
    throw new DistroError(`input 'rust' must be auto, true or false, got '${rust}'.`, {
      key: 'input: rust',
      usage: true,
    });
  }
  const r = await setupToolchain({
    target: inputs.optional('target'),
    rust: rust as 'auto' | 'true' | 'false',
    cargoBuildTarget: inputs.boolean('cargo-build-target'),
    go: inputs.boolean('go'),
    qemu: inputs.boolean('qemu'),
    cache: inputs.boolean('cache'),
    packages: inputs.list('packages'),
    tempDir: rt.env.RUNNER_TEMP || `${rt.workspace}/.distro-temp`,
    env: rt.env,
    log: rt.log,
    packageCache: inputs.boolean('cache') ? createPackageCache(rt.env) : undefined,
  });
  exportVariables(r.env);
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const warm = r.cache === 'hit' && r.offline;
  const cacheLine =
    r.cache === 'not needed' || r.cache === 'disabled'
      ? r.cache
      : `${r.cache}${r.cacheKey ? ` (${r.cacheKey})` : ''}, ${r.cacheDescription ?? ''}` +
        (r.fetched !== undefined ? `; ${r.fetched} .deb downloaded` : '') +
        (r.offline ? '; installed without the network' : '');
  await writeSummary(
    rt.env,
    `setup-cross-toolchain: ${r.target.triple}`,
    [
      ['', ''],
      ['CC', r.outputs.cc ?? ''],
      ['runner', r.outputs.runner || '(native)'],
      ['packages installed', r.installed.join(' ') || '(none)'],
      ['already present', r.present.join(' ') || '(none)'],
      ['package cache', cacheLine],
      ['cache restore time', s(r.restoreMs)],
      [
        `install time (${r.installed.length === 0 ? 'nothing to install' : warm ? 'warm' : 'cold'})`,
        s(r.installMs),
      ],
      ['cache save time', s(r.saveMs)],
      [`total time (${warm ? 'warm' : r.installed.length === 0 ? 'no-op' : 'cold'})`, s(r.totalMs)],
    ],
    [
      `CMake toolchain file: \`${r.outputs['cmake-toolchain-file']}\`, Meson cross file: \`${r.outputs['meson-cross-file']}\``,
    ],
  );
  return r.outputs;
};

/** Runs the setup-cross-toolchain action (the runner protocol; what @github/local-action calls). */
export const run = actionRun('setup-cross-toolchain', setupCrossToolchainAction);
