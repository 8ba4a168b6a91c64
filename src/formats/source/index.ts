/**
 * The source tarball: `<name>-<version>.tar.gz` of the checked-out commit as `git archive` makes
 * it (files marked `export-ignore` in the commit's .gitattributes left out, `export-subst`
 * applied), every path under `<name>-<version>/`. Reproducible: git archive stamps every entry
 * with the commit time; here each header's mtime becomes SOURCE_DATE_EPOCH (the same time unless
 * it was set otherwise), and gzip writes no time and no name (and OS byte 3 on every platform).
 *
 * The commit, not the work tree: uncommitted changes are not in it (as goreleaser), with a warning.
 * In a subdirectory of the repository (`working-directory`), git archives that subdirectory.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { tempPath } from '../../atomic.js';
import { notInstalled, query, runPiped, which } from '../../build/exec.js';
import { DistroError, withPath } from '../../errors.js';
import type { Logger } from '../../log.js';
import { gzipOsByteFix } from '../archive/tar.js';

export interface SourceOptions {
  projectDir: string;
  /** `<name>-<version>`: the file name without `.tar.gz` and the top directory. */
  stem: string;
  /** Seconds since the epoch stamped on every entry. */
  mtime: number;
  env: Record<string, string | undefined>;
  log: Logger;
}

/** The commit to archive; throws the DistroError for a directory outside a git checkout. */
export async function sourceCommit(o: Pick<SourceOptions, 'projectDir' | 'env'>): Promise<string> {
  if (!which('git', o.env, o.projectDir)) throw notInstalled('git', o.env, 'formats');
  const inside = await query(['git', 'rev-parse', '--is-inside-work-tree'], o.projectDir, o.env);
  if (inside !== 'true')
    throw new DistroError(
      `formats: source: ${o.projectDir} is not in a git checkout, and the source tarball is \`git archive\` of the checked-out commit; check the repository out with git first (actions/checkout), or remove source from formats.`,
      { key: 'formats' },
    );
  const sha = await query(['git', 'rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], o.projectDir, o.env);
  if (!sha || !/^[0-9a-f]{40,64}$/.test(sha))
    throw new DistroError(
      `formats: source: the git repository at ${o.projectDir} has no commit checked out; commit (and tag) the release first, or remove source from formats.`,
      { key: 'formats' },
    );
  return sha;
}

/** Writes `<out>` (atomically) and returns the commit it holds. */
export async function writeSource(out: string, o: SourceOptions): Promise<{ commit: string }> {
  const commit = await sourceCommit(o);
  const dirty = await query(['git', 'status', '--porcelain', '--untracked-files=no'], o.projectDir, o.env);
  if (dirty)
    o.log.warn(
      `${path.basename(out)}: the work tree has uncommitted changes; the source tarball holds commit ${commit.slice(0, 12)} without them.`,
    );
  await mkdir(path.dirname(out), { recursive: true });
  const tmp = tempPath(out);
  const git = runPiped(['git', 'archive', '--format=tar', `--prefix=${o.stem}/`, commit], {
    cwd: o.projectDir,
    env: o.env,
    log: o.log,
    key: 'formats',
  });
  try {
    const written = pipeline(
      git.stdout,
      tarMtime(o.mtime),
      zlib.createGzip({ level: 9 }),
      gzipOsByteFix(),
      createWriteStream(tmp, { mode: 0o644 }),
    ).catch((e: unknown) => {
      throw e instanceof DistroError ? e : withPath(e, tmp);
    });
    await Promise.all([git.done, written]);
    await rename(tmp, out).catch((e: unknown) => {
      throw withPath(e, out);
    });
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return { commit };
}

/**
 * Sets the mtime of every header of a tar stream (ustar and pax headers alike) and its checksum,
 * as git writes them (`%011o`, `%07o`); data blocks pass unchanged.
 */
export function tarMtime(mtime: number): Transform {
  const field = Buffer.from(`${mtime.toString(8).padStart(11, '0')}\0`, 'latin1');
  let pending: Buffer = Buffer.alloc(0);
  let dataBlocks = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      const whole = pending.length - (pending.length % 512);
      const out = Buffer.from(pending.subarray(0, whole));
      pending = pending.subarray(whole);
      for (let at = 0; at < out.length; at += 512) {
        if (dataBlocks > 0) {
          dataBlocks--;
          continue;
        }
        const h = out.subarray(at, at + 512);
        if (h.every((b) => b === 0)) continue; // end-of-archive blocks
        const size = parseInt(h.toString('latin1', 124, 136).replace(/\0.*$/, '').trim() || '0', 8);
        if (!Number.isFinite(size) || field.length !== 12 || mtime >= 8 ** 11)
          return cb(new Error('git archive wrote a tar header this reader does not know'));
        dataBlocks = Math.ceil(size / 512);
        field.copy(h, 136);
        h.fill(0x20, 148, 156);
        const sum = h.reduce((a, b) => a + b, 0);
        Buffer.from(`${sum.toString(8).padStart(7, '0')}\0`, 'latin1').copy(h, 148);
      }
      cb(null, out);
    },
    flush(cb) {
      cb(pending.length ? new Error('git archive ended in the middle of a tar block') : null, pending);
    },
  });
}
