/**
 * What stage logic may say while it works. The runner implements it with @actions/core (log
 * lines, groups, annotations); the CLI with plain stderr lines; tests with an array.
 */
import type { ErrorLocation } from './errors.js';

export interface Logger {
  info(message: string): void;
  warn(message: string, where?: ErrorLocation): void;
  debug(message: string): void;
  /** A collapsible group on GitHub, a heading with timing in the CLI. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
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
