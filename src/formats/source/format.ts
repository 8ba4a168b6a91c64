/** The `source` format: the release's source tarball, once per release (src/formats/source). */
import path from 'node:path';
import { archiveVersion } from '../../config/version.js';
import { archiveContents } from '../contents.js';
import type { ReleaseFormat } from '../types.js';
import { sourceCommit, writeSource } from './index.js';

export const sourceFormat: ReleaseFormat = {
  name: 'source',
  kind: 'release',
  // only the commit goes in: every job makes the same bytes
  wholeRelease: false,
  spellVersion: (v, opts) => archiveVersion(v, opts),
  check: async (ctx) => {
    await sourceCommit(ctx);
  },
  async write(ctx) {
    const stem = `${ctx.config.name}-${archiveVersion(ctx.version)}`;
    const rel = `${stem}.tar.gz`;
    const { commit } = await ctx.log.group(`Writing ${rel}`, () =>
      writeSource(path.join(ctx.distDir, rel), {
        projectDir: ctx.projectDir,
        stem,
        mtime: ctx.sourceDateEpoch,
        env: ctx.env,
        log: ctx.log,
      }),
    );
    return [{ path: rel, kind: 'source', fields: { commit } }];
  },
  contents: (file) => archiveContents(file, 'tar.gz'),
};
