/** The `nsis` format: a setup.exe per Windows target, made with makensis (src/formats/nsis). */
import path from 'node:path';
import { extraFiles } from '../archive/files.js';
import type { TargetFormat } from '../types.js';
import { installerSpec } from '../windows/config.js';
import { INSTALLER_ARCHES, windowsVersion } from '../windows/spec.js';
import { nsisFileName, writeNsis } from './index.js';

export const nsisFormat: TargetFormat = {
  name: 'nsis',
  kind: 'target',
  appliesTo: (t) => t.os === 'windows' && INSTALLER_ARCHES.nsis.includes(t.cpu),
  spellVersion: (v, opts) => windowsVersion(v, opts.where ?? {}).numeric,
  async write(ctx) {
    const spec = installerSpec('nsis', ctx, await extraFiles(ctx));
    const rel = nsisFileName(spec);
    await ctx.log.group(`Writing ${rel}`, () => writeNsis(path.join(ctx.distDir, rel), spec, ctx));
    return [
      {
        path: rel,
        kind: 'nsis',
        from: [
          ...ctx.binaries.map((b) => b.path),
          ...spec.files.filter((f) => !f.binary).map((f) => path.relative(ctx.projectDir, f.source)),
        ],
        fields: { package: spec.name, package_version: spec.version },
      },
    ];
  },
};
