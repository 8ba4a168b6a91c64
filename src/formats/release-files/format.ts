/**
 * The package-manager manifests as formats of the package stage (src/formats/README.md): made once
 * per release, in a package-format job without a target, from every target's archives and
 * installers it downloaded (`from: distro-package-*`).
 */
import path from 'node:path';
import { writeAllAtomic } from '../../atomic.js';
import { mkdir } from 'node:fs/promises';
import type { ReleaseContext, ReleaseFormat, WrittenFile } from '../types.js';
import { makeReleaseManifests, type ManifestFormat } from './make.js';

function releaseFormat(name: ManifestFormat): ReleaseFormat {
  return {
    name,
    kind: 'release',
    wholeRelease: true,
    async write(ctx: ReleaseContext): Promise<WrittenFile[]> {
      const made = await makeReleaseManifests(ctx, [name]);
      const files = made.map((m) => [path.join(ctx.distDir, m.path), m.text] as const);
      for (const [abs] of files) await mkdir(path.dirname(abs), { recursive: true });
      await writeAllAtomic(files);
      return made.map((m) => ({
        path: m.path,
        kind: m.kind,
        from: m.from,
        ...(m.wingetDir ? { fields: { winget_dir: m.wingetDir } } : {}),
      }));
    },
  };
}

export const homebrewFormat = releaseFormat('homebrew');
export const scoopFormat = releaseFormat('scoop');
export const wingetFormat = releaseFormat('winget');
