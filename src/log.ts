/**
 * What stage logic may say while it works. The runner implements it with workflow commands (log
 * lines, groups, annotations); the CLI with plain stderr lines; tests with an array.
 */
import type { ErrorLocation } from './errors.js';

export interface Logger {
  info(message: string): void;
  warn(message: string, where?: ErrorLocation): void;
  debug(message: string): void;
  /** A collapsible group on GitHub, a heading with timing in the CLI. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /**
   * A terminal only (the CLI on a TTY): shows `line` as the one live line, redrawn in place; ''
   * clears it. Absent elsewhere, where progress is logged as lines (src/progress.ts).
   */
  live?(line: string): void;
}

/** A logger that records lines (tests, quiet library use). */
export function memoryLogger(lines: string[] = []): Logger & { lines: string[] } {
  return {
    lines,
    info: (m) => void lines.push(m),
    warn: (m) => void lines.push(`warning: ${m}`),
    debug: () => {},
    group: async (title, fn) => {
      lines.push(`## ${title}`);
      return fn();
    },
  };
}

/** A zero-width space: not whitespace to the runner (it trims only whitespace), invisible in the log. */
const BREAK = '\u200b';

/**
 * `text` made safe to print as log lines on a GitHub runner: no line of it can be read as a
 * workflow command. The runner reads a line as one when, after leading whitespace, it starts with
 * `::` (`::error::…`, `::add-mask::…`, `::stop-commands::…`), and, in the legacy form, when it holds
 * `##[` anywhere. Such lines keep their text with a zero-width space breaking the marker. A lone
 * `\r` (which a log viewer may show as a line break) ends a line like `\n` does.
 * Our own commands go through src/runner/commands.ts, which escapes their data; this is for everything
 * else: messages holding inputs, versions, paths, and the output of the tools we run.
 */
export function neutraliseCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*)::/, `$1${BREAK}::`).replace(/##\[/g, `#${BREAK}#[`))
    .join('\n');
}
