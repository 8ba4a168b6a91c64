/** What an rpm holds, for the SBOM: the files of the cpio payload and the Requires. */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import {
  type ArtifactContents,
  bad,
  type ContainedFile,
  decompress,
  hashStream,
  sniff,
  spdxPath,
} from '../contents.js';
import { SENSE } from './deps.js';
import { readRpmHeaders, rpmInfo, type RpmDependency } from './read.js';

const OPS: Record<string, string> = { LT: '<', LE: '<=', EQ: '=', GE: '>=', GT: '>' };

/** The package's Requires as `name [op version]`, without rpmlib() capabilities. */
function rpmRequires(requires: readonly RpmDependency[]): string[] {
  return requires
    .filter((d) => !(d.flags & SENSE.RPMLIB) && !d.name.startsWith('rpmlib('))
    .map((d) => (d.version && d.op ? `${d.name} ${OPS[d.op]} ${d.version}` : d.name));
}

/** Parses a newc cpio stream, hashing each regular file. */
async function cpioFiles(stream: Readable, file: string): Promise<ContainedFile[]> {
  const files: ContainedFile[] = [];
  let buf: Buffer = Buffer.alloc(0);
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let done = false;
  const fill = async (n: number) => {
    while (buf.length < n && !done) {
      const r = await it.next();
      if (r.done) done = true;
      else buf = buf.length ? Buffer.concat([buf, r.value]) : r.value;
    }
    if (buf.length < n) throw bad(file, 'the rpm payload ends in the middle of an entry');
  };
  const pad4 = (n: number) => (4 - (n % 4)) % 4;
  for (;;) {
    await fill(110);
    const h = buf.toString('latin1', 0, 110);
    if (!h.startsWith('070701') && !h.startsWith('070702'))
      throw bad(file, 'the rpm payload is not a newc cpio archive');
    const field = (i: number) => parseInt(h.slice(6 + i * 8, 14 + i * 8), 16);
    const mode = field(1);
    const size = field(6);
    const nameSize = field(11);
    await fill(110 + nameSize + pad4(110 + nameSize));
    const name = buf.toString('utf8', 110, 110 + nameSize - 1);
    buf = buf.subarray(110 + nameSize + pad4(110 + nameSize));
    if (name === 'TRAILER!!!') break;
    let left = size;
    async function* data(): AsyncGenerator<Buffer> {
      while (left > 0) {
        await fill(1);
        const take = buf.subarray(0, Math.min(left, buf.length));
        buf = buf.subarray(take.length);
        left -= take.length;
        yield take;
      }
    }
    const hashed = await hashStream(data());
    if ((mode & 0o170000) === 0o100000) files.push({ path: spdxPath(name), ...hashed });
    await fill(pad4(size));
    buf = buf.subarray(pad4(size));
  }
  stream.destroy();
  return files;
}

export async function rpmContents(file: string): Promise<ArtifactContents> {
  const rpm = await readRpmHeaders(file);
  const depends = rpmRequires(rpmInfo(rpm).requires);
  const fh = await open(file, 'r');
  const head = Buffer.alloc(6);
  try {
    await fh.read(head, 0, 6, rpm.payloadStart);
  } finally {
    await fh.close();
  }
  const payload = await decompress(createReadStream(file, { start: rpm.payloadStart }), sniff(head));
  return { files: await cpioFiles(payload, file), depends };
}
