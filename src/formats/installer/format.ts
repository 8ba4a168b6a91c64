/** The `installer` format: install.sh, once per release from every target's archives (src/formats/installer). */
import path from 'node:path';
import { writeAtomic } from '../../atomic.js';
import { archiveVersion } from '../../config/version.js';
import type { FormatContext, ReleaseFormat } from '../types.js';
import { INSTALLER_FILE, renderInstaller } from './index.js';
import { installerArchives, installerSettings, noArchivesError } from './plan.js';

const settingsOf = (ctx: FormatContext) =>
  installerSettings({
    config: ctx.config,
    loaded: ctx.loaded,
    projectDir: ctx.projectDir,
    version: ctx.version,
    env: ctx.env,
  });

export const installerFormat: ReleaseFormat = {
  name: 'installer',
  kind: 'release',
  // it lists every target's archives: only a job over the whole release writes it
  wholeRelease: true,
  spellVersion: (v, opts) => archiveVersion(v, opts),
  async check(ctx) {
    const s = await settingsOf(ctx);
    if (!s.fingerprint)
      ctx.log.warn(
        'installer: neither installer.fingerprint nor installer.public_key is set, so install.sh checks downloads against SHA256SUMS only, not its signature; set installer.fingerprint to the key sign-artifacts signs with.',
      );
  },
  async write(ctx) {
    const settings = await settingsOf(ctx);
    const archives = installerArchives(settings, [...ctx.artifacts]);
    if (archives.length === 0) throw noArchivesError('formats');
    await ctx.log.group(`Writing ${INSTALLER_FILE} (${archives.length} archive(s))`, () =>
      writeAtomic(path.join(ctx.distDir, INSTALLER_FILE), renderInstaller({ ...settings, archives }), 0o755),
    );
    return [{ path: INSTALLER_FILE, kind: 'installer', from: archives.map((a) => a.source).sort() }];
  },
};
