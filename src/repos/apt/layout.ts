/**
 * Where things live in an APT repository, as Debian lays out its archive:
 * `pool/<component>/<prefix>/<source>/<name>_<version>_<arch>.deb` (prefix: the first letter, or
 * `libx` for `lib*`), `dists/<suite>/<component>/binary-<arch>/Packages{,.gz,.xz}` beside a small
 * `Release`, and `by-hash/<Algo>/<hex>` copies beside every index.
 */
import { DistroError } from '../../errors.js';

/** Suite, codename, component and architecture names: what Debian allows in a path segment. */
const SEGMENT = /^[a-z0-9][a-z0-9.+_-]*$/i;
/** Package names (Debian policy 5.6.1). */
const PACKAGE = /^[a-z0-9][a-z0-9.+-]+$/;

/** Checks a suite/component/architecture name; `key` names the input or config key in the error. */
export function checkSegment(value: string, key: string, what: string): string {
  if (typeof value !== 'string' || !SEGMENT.test(value) || value.length > 100) {
    throw new DistroError(
      `${key}: '${String(value)}' is not a valid ${what}; use letters, digits and . + _ - (e.g. stable, main, amd64).`,
      { key },
    );
  }
  return value;
}

/** Whether `name` is a valid Debian package name. */
export function isPackageName(name: string): boolean {
  return PACKAGE.test(name);
}

/** The pool directory name of a source package: `h` for hello, `libf` for libfoo. */
export function poolPrefix(source: string): string {
  return source.startsWith('lib') && source.length > 3 ? source.slice(0, 4) : source.slice(0, 1);
}

/**
 * The pool path of a package, relative to the repository root. `source` is the control file's
 * `Source` field (`foo` or `foo (1.0-1)`), when there is one.
 */
export function poolPath(
  component: string,
  pkg: { name: string; version: string; arch: string; source?: string },
): string {
  const source = pkg.source?.trim().split(/\s+/)[0] || pkg.name;
  const version = pkg.version.replace(/^\d+:/, '');
  return `pool/${component}/${poolPrefix(source)}/${source}/${pkg.name}_${version}_${pkg.arch}.deb`;
}

/** `<component>/binary-<arch>`, relative to `dists/<suite>/`. */
export function binaryDir(component: string, arch: string): string {
  return `${component}/binary-${arch}`;
}
