/**
 * What is inside a package or archive, for the SBOM. Each format reads its own files
 * (`Format.contents` in src/formats/registry.ts); the shared readers are in src/formats/contents.ts.
 */
import { DistroError } from '../../errors.js';
import { archiveContents, bad, type ArtifactContents } from '../../formats/contents.js';
import { readerFor } from '../../formats/registry.js';

export type { ArtifactContents, ContainedFile } from '../../formats/contents.js';

/**
 * The files (and declared dependencies) inside `file`, an artifact of kind `deb`, `rpm`,
 * `archive` or another format with a reader (an archive's format told by `format`, else by the
 * file name). Sorted by path.
 */
export async function readContents(file: string, kind: string, format?: string): Promise<ArtifactContents> {
  let c: ArtifactContents;
  try {
    const reader = readerFor(kind, format);
    c = reader?.contents ? await reader.contents(file) : await archiveContents(file, format);
  } catch (e) {
    if (e instanceof DistroError) throw e;
    throw bad(file, `cannot read its contents (${(e as Error).message})`);
  }
  c.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return c;
}
