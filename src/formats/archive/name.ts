import { DistroError } from '../../errors.js';
import type { Target } from '../../targets/index.js';

/** The placeholders every archive name template may use (plus any key the caller passes). */
export const NAME_PLACEHOLDERS = [
  'name',
  'version',
  'os',
  'arch',
  'ext',
  'format',
  'target',
  'platform',
  'variant',
] as const;

export const DEFAULT_NAME_TEMPLATE = '{name}-{version}-{os}-{arch}.{ext}';

/** The placeholder values of the archive of `target` in `format` (`version` as archives spell it). */
export function archiveNameVars(
  name: string,
  version: string,
  target: Target,
  format: string,
): Record<string, string> {
  return {
    name,
    version,
    os: target.os,
    arch: target.arch,
    ext: format,
    format,
    target: target.triple,
    platform: `${target.os}-${target.arch}`,
    variant: target.abi || 'none',
  };
}

/**
 * Fills `{placeholder}`s in an archive file name template. Known placeholders are
 * NAME_PLACEHOLDERS and the keys of `vars`; anything else, a known placeholder without a value, or
 * a result that is empty, `.`/`..` or contains `/` or `\` is a DistroError naming `key`.
 */
export function renderName(
  template: string,
  vars: Record<string, string>,
  key = 'archives.name_template',
): string {
  const known = [...new Set<string>([...NAME_PLACEHOLDERS, ...Object.keys(vars)])];
  const list = known.map((k) => `{${k}}`).join(', ');
  const result = template.replace(/\{([^{}]*)\}/g, (_m, ph: string) => {
    const value = Object.prototype.hasOwnProperty.call(vars, ph) ? vars[ph] : undefined;
    if (value === undefined || value === null) {
      if (known.includes(ph)) {
        throw new DistroError(
          `${key}: placeholder {${ph}} has no value here (template '${template}'); known placeholders: ${list}`,
          { key },
        );
      }
      throw new DistroError(
        `${key}: unknown placeholder {${ph}} in '${template}'; known placeholders: ${list}`,
        { key },
      );
    }
    return String(value);
  });
  if (result.trim() === '')
    throw new DistroError(`${key}: the template '${template}' gives an empty file name`, { key });
  if (result === '.' || result === '..')
    throw new DistroError(`${key}: the template '${template}' gives the file name '${result}'`, { key });
  if (/[/\\]/.test(result)) {
    throw new DistroError(
      `${key}: the file name '${result}' (from '${template}') must not contain '/' or '\\'`,
      { key },
    );
  }
  if (result.includes('\0'))
    throw new DistroError(`${key}: the file name from '${template}' contains a NUL byte`, { key });
  return result;
}
