/** What a deb holds, for the SBOM: the files of data.tar and the Pre-Depends and Depends. */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { type ArtifactContents, bad, compressionOfName, decompress, readAt, tarFiles } from '../contents.js';
import { getField, readDebControl } from './read.js';

export async function debContents(file: string): Promise<ArtifactContents> {
  const { fields } = await readDebControl(file);
  const depends = ['Pre-Depends', 'Depends'].flatMap((f) =>
    (getField(fields, f) ?? '')
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean),
  );
  const fh = await open(file, 'r');
  const out: ArtifactContents = { files: [], depends };
  try {
    const size = (await fh.stat()).size;
    if ((await readAt(fh, 0, 8, file)).toString('latin1') !== '!<arch>\n')
      throw bad(file, 'not a deb (ar) file');
    for (let pos = 8; pos + 60 <= size;) {
      const h = (await readAt(fh, pos, 60, file)).toString('latin1');
      const name = h.slice(0, 16).trim().replace(/\/$/, '');
      const len = Number(h.slice(48, 58).trim());
      if (!Number.isInteger(len) || h.slice(58, 60) !== '`\n')
        throw bad(file, `bad ar header at byte ${pos}`);
      const start = pos + 60;
      const member = () => createReadStream(file, { start, end: start + len - 1 });
      if (name.startsWith('data.tar')) {
        out.files = await tarFiles(await decompress(member(), compressionOfName(name)));
      }
      pos = start + len + (len % 2);
    }
  } finally {
    await fh.close();
  }
  return out;
}
