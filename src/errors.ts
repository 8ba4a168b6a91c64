/**
 * One error type for everything a user can get wrong. The message says what was wrong and how to
 * fix it; `key`, `file` and `line` locate it (a config key, an input name, a path) so the runner can
 * print one `::error file=…,line=…::` annotation and the CLI one readable line.
 */
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
