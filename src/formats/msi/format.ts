/** The `msi` format: a Windows Installer package per Windows x86/x64 target (src/formats/msi). */
import path from 'node:path';
import { extraFiles } from '../archive/files.js';
import type { TargetFormat } from '../types.js';
import { installerSpec } from '../windows/config.js';
import { INSTALLER_ARCHES, windowsVersion } from '../windows/spec.js';
import { msiFileName, writeMsi } from './index.js';

export const msiFormat: TargetFormat = {
  name: 'msi',
  kind: 'target',
  appliesTo: (t) => t.os === 'windows' && INSTALLER_ARCHES.msi.includes(t.cpu),
  spellVersion: (v, opts) => windowsVersion(v, opts.where ?? {}).numeric,
  async write(ctx) {
    const spec = installerSpec('msi', ctx, await extraFiles(ctx));
    const rel = msiFileName(spec);
    await ctx.log.group(`Writing ${rel}`, () => writeMsi(path.join(ctx.distDir, rel), spec, ctx));
    return [
      {
        path: rel,
        kind: 'msi',
        from: [
          ...ctx.binaries.map((b) => b.path),
          ...spec.files.filter((f) => !f.binary).map((f) => path.relative(ctx.projectDir, f.source)),
        ],
        fields: { package: spec.name, package_version: spec.numericVersion, upgrade_code: spec.upgradeCode },
      },
    ];
  },
};
