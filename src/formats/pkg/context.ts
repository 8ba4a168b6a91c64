/**
 * What every part of the resolver reads: the options, the format's rules, the config as the
 * format sees it (`overrides.<format>` over the top level) and its section (`deb:`, `rpm:`), and
 * how to name a config key with its file and line in an error.
 */
import type { Logger } from '../../log.js';
import type { DistroConfig, LoadedConfig } from '../../config/types.js';
import { DistroError, type ErrorLocation, locationPrefix } from '../../errors.js';
import type { Target } from '../../targets/types.js';
import type { PackageFormat } from '../types.js';
import type { Packager } from './types.js';

export interface ResolveOptions {
  packager: Packager;
  config: DistroConfig;
  loaded: LoadedConfig;
  projectDir: string;
  distDir: string;
  /** undefined → architecture-independent (deb `all`, rpm `noarch`). */
  target?: Target;
  /** Built binaries of this target (absolute paths); a contents `src` naming one uses it. */
  binaries: Array<{ name: string; file: string }>;
  /** The release version (semver-ish, no `v`); spelled here for the packager. */
  version: string;
  sourceDateEpoch: number;
  log: Logger;
}

export interface Resolving {
  o: ResolveOptions;
  format: PackageFormat;
  /** The config with `overrides.<format>` applied. */
  c: DistroConfig;
  /** The format's own section (`deb:`, `rpm:`). */
  section: Record<string, unknown>;
  /** The config path of a field: `overrides.deb.depends` when the override gave it. */
  keyOf(field: string): string;
  /** The file and line of a key (or of `fallback`, or of its nearest ancestor with a line). */
  loc(key: string, fallback?: string): ErrorLocation;
  /** Throws the DistroError `<file>:<line>: <key>: <message>`. */
  fail(key: string, message: string, cause?: unknown): never;
}

export function resolving(o: ResolveOptions, format: PackageFormat): Resolving {
  const base = o.config;
  const override = (base.overrides?.[o.packager] ?? {}) as Partial<DistroConfig>;
  const section = ((base as Record<string, unknown>)[o.packager] ?? {}) as Record<string, unknown>;
  // Copied as property descriptors: a key waiting for an unset ${VAR} throws only when read.
  const c = Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(base), ...Object.getOwnPropertyDescriptors(override) },
  ) as DistroConfig;
  const loc = (key: string, fallback?: string): ErrorLocation => {
    const norm = key.replace(/\[(\d+)\]/g, '.$1');
    let line = o.loaded.lineOf(norm);
    if (line === undefined && fallback) line = o.loaded.lineOf(fallback);
    const parts = norm.split('.');
    for (let n = parts.length - 1; n > 0 && line === undefined; n--)
      line = o.loaded.lineOf(parts.slice(0, n).join('.'));
    return { key, file: o.loaded.file, line };
  };
  return {
    o,
    format,
    c,
    section,
    keyOf: (field) => (field in override ? `overrides.${o.packager}.${field}` : field),
    loc,
    fail: (key, message, cause) => {
      const where = loc(key);
      throw new DistroError(`${locationPrefix(where)}${key}: ${message}`, { ...where, cause });
    },
  };
}
