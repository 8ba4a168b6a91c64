/**
 * The files that go beside the binaries in an archive (`archives.files`, default README, LICENSE,
 * CHANGELOG…), resolved inside the project; the Windows installers install the same.
 */
import { glob, stat } from 'node:fs/promises';
import path from 'node:path';
import { DistroError, locationPrefix } from '../../errors.js';
import { resolveInside } from '../../paths.js';
import type { FormatContext } from '../types.js';

/** What goes into an archive beside the binaries when `archives.files` is not set (as goreleaser). */
const DEFAULT_FILES = [
  'README*',
  'readme*',
  'LICENSE*',
  'LICENCE*',
  'license*',
  'CHANGELOG*',
  'changelog*',
  'COPYING*',
];

export interface ExtraFile {
  source: string;
  dst: string;
  mode?: number;
}

/** Resolves `archives.files` (paths and globs inside the project) to files and their place in the archive. */
export async function extraFiles(
  ctx: Pick<FormatContext, 'config' | 'loaded' | 'projectDir'>,
): Promise<ExtraFile[]> {
  const configured = ctx.config.archives?.files;
  const specs = configured ?? DEFAULT_FILES;
  const out: ExtraFile[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i]!;
    const key = `archives.files[${i}]`;
    const file = ctx.loaded.file;
    const where = {
      key,
      file,
      line: ctx.loaded.lineOf(`archives.files.${i}`),
      shown: file && path.relative(ctx.projectDir, file),
    };
    const at = locationPrefix(where);
    const src = typeof spec === 'string' ? spec : spec.src;
    const dst = typeof spec === 'string' ? undefined : spec.dst;
    const mode = typeof spec === 'string' ? undefined : spec.mode;
    resolveInside(ctx.projectDir, src.replace(/[*?[].*$/, '') || '.', where);
    const matches: string[] = [];
    if (/[*?[]/.test(src)) {
      for await (const m of glob(src, { cwd: ctx.projectDir })) matches.push(m);
      matches.sort();
    } else matches.push(src);
    if (matches.length === 0 && configured) {
      throw new DistroError(
        `${at}${key}: '${src}' matches no file in ${ctx.projectDir}; fix the path or remove it.`,
        where,
      );
    }
    for (const m of matches) {
      const abs = resolveInside(ctx.projectDir, m, where);
      const st = await stat(abs).catch(() => undefined);
      if (!st)
        throw new DistroError(
          `${at}${key}: '${m}' does not exist in ${ctx.projectDir}; fix the path or remove it.`,
          where,
        );
      if (st.isDirectory()) continue;
      const base = path.basename(m);
      // dst ending in '/' (or a glob's dst) is a directory; otherwise the file's name in the archive.
      const inArchive = !dst
        ? base
        : dst.endsWith('/') || matches.length > 1
          ? path.posix.join(dst, base)
          : dst;
      const clean = path.posix.normalize(inArchive).replace(/^\/+/, '');
      if (clean.startsWith('..'))
        throw new DistroError(`${at}${key}: dst '${dst}' leaves the archive; use a relative path.`, where);
      if (seen.has(clean)) continue;
      seen.add(clean);
      out.push({ source: abs, dst: clean, mode });
    }
  }
  return out;
}
