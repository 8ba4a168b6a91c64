/**
 * One error type for everything a user can get wrong. The message says what was wrong and how to
 * fix it; `key`, `file` and `line` locate it (a config key, an input name, a path) so the runner can
 * print one `::error file=…,line=…::` annotation and the CLI one readable line.
 */
import { accessSync, constants, existsSync, statSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { destinationName } from './atomic.js';

export interface ErrorLocation {
  /** The config key (dotted path, e.g. `contents[2].src`) or the input name (`input: dist-dir`). */
  key?: string;
  /** The file the problem is in (config file, manifest). */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  /** 1-based column in `file`. */
  col?: number;
  /** How to show `file` in a message (the path as the user gave it); default its base name. */
  shown?: string;
}

/** `distro.yml:5: ` for a location with a file and line, else ''. */
export function locationPrefix(where: ErrorLocation): string {
  if (!where.file || !where.line) return '';
  const shown = where.shown ?? where.file.split(/[\\/]/).pop();
  return `${shown}:${where.line}: `;
}

export class DistroError extends Error {
  readonly key?: string;
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  /** Bad usage (unknown flag, missing required input): the CLI exits 2 instead of 1. */
  readonly usage: boolean;

  constructor(message: string, where: ErrorLocation & { usage?: boolean; cause?: unknown } = {}) {
    super(message, where.cause === undefined ? undefined : { cause: where.cause });
    this.name = 'DistroError';
    this.key = where.key;
    this.file = where.file;
    this.line = where.line;
    this.col = where.col;
    this.usage = where.usage ?? false;
  }
}

/** `err` as a message, without a stack for our own errors. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** A file-system error (`code`, and the path it is about when node knows it). */
type FsError = Error & { code?: string; path?: string; dest?: string; syscall?: string; written?: number };

/**
 * Records on a file-system error the file it is about, when node did not (a failed `write` names
 * no path), and how many bytes were already written to it: what the central mapping below needs
 * to name the directory and the space. Returns `err`.
 */
export function withPath(err: unknown, file: string, written?: number): unknown {
  if (err instanceof Error && typeof (err as FsError).code === 'string') {
    const e = err as FsError;
    e.path ??= file;
    if (written !== undefined) e.written ??= written;
  }
  return err;
}

function mib(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}

/** `dir`'s free space, its owner and mode, as far as they can be read. */
function describeDir(dir: string): { free?: number; owner?: string } {
  const out: { free?: number; owner?: string } = {};
  try {
    const s = statfsSync(dir);
    out.free = s.bavail * s.bsize;
  } catch {
    // gone or unreadable: say less
  }
  try {
    const st = statSync(dir);
    out.owner = `owned by uid ${st.uid}, mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}`;
  } catch {
    // idem
  }
  return out;
}

/** The file a failed call was writing: a copy's or a link's destination, else its path. */
function fileOf(e: FsError): string {
  return path.resolve(e.dest ?? e.path!);
}

/**
 * A recursive mkdir on a read-only or unwritable directory fails with ENOENT (node's mkdir -p hides
 * the first error): ask the nearest existing ancestor why it cannot be written instead.
 */
function hiddenCause(e: FsError): FsError {
  if (e.code !== 'ENOENT' || e.syscall !== 'mkdir' || !e.path) return e;
  let dir = path.resolve(e.path);
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return e;
  } catch (why) {
    const code = (why as FsError).code;
    return Object.assign(new Error(e.message), {
      code,
      path: path.join(dir, path.relative(dir, e.path).split(path.sep)[0]!),
    });
  }
}

/**
 * The one place where a full disk, an exhausted quota, a read-only file system or missing write
 * permission becomes what it is — the user's to fix — instead of an internal error: a DistroError
 * naming the directory, the space where known, and what to do. Undefined for any other error.
 */
export function fsUserError(err: unknown): DistroError | undefined {
  if (!(err instanceof Error)) return undefined;
  const e = hiddenCause(err as FsError);
  if (!e.code || !e.path || !['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS'].includes(e.code)) {
    return undefined;
  }
  const dir = path.dirname(fileOf(e));
  const file = destinationName(path.basename(fileOf(e)));
  const { free, owner } = describeDir(dir);
  let message: string;
  if (e.code === 'ENOSPC' || e.code === 'EDQUOT') {
    const what = e.code === 'ENOSPC' ? 'no space left on the device' : 'the disk quota is used up';
    const need = e.written ? `it needs more than the ${mib(e.written)} written before that` : '';
    const room = free === undefined ? '' : `${mib(free)} free there now, the partial file removed`;
    const known = [need, room].filter(Boolean).join('; ');
    message =
      `${what} while writing ${file} in ${dir}${known ? ` (${known})` : ''}. ` +
      `Free space on that file system, or choose a directory on one with more room, and run again.`;
  } else if (e.code === 'EROFS') {
    message = `cannot write ${file} in ${dir}: it is on a read-only file system. Choose a directory on a writable file system, or remount it read-write.`;
  } else {
    const who = typeof process.getuid === 'function' ? `uid ${process.getuid()}` : 'this user';
    message = `permission denied writing ${file} in ${dir}${owner ? ` (${owner}; this runs as ${who})` : ''}. Make the directory writable for ${who}, or choose another directory.`;
  }
  return new DistroError(message, { cause: err });
}

/** `err` itself when it is a DistroError, the user error it stands for (fsUserError), else `err`. */
export function asUserError(err: unknown): unknown {
  if (err instanceof DistroError) return err;
  return fsUserError(err) ?? err;
}
