/** Identity of a package: name, version, architecture and description, spelled by the format. */
import { DistroError } from '../../errors.js';
import type { Resolving } from './context.js';

export interface Identity {
  name: string;
  version: string;
  release: string;
  epoch?: string;
  arch: string;
  summary: string;
  description: string;
}

export function resolveIdentity(r: Resolving): Identity {
  const { c, format, o } = r;
  const name = String(c.name ?? '').trim();
  if (!name) r.fail('name', 'the package needs a name; add `name: <package>` to the config.');
  const bad = format.nameProblem(name);
  if (bad) r.fail(r.keyOf('name'), bad);

  const parts = format.versionParts(o.version, { epoch: c.epoch, release: c.release }, r.loc('version'));
  const arch = format.arch(o.target);
  if (!arch)
    throw new DistroError(
      `target ${o.target?.triple ?? 'noarch'} has no ${format.name} architecture; leave ${format.name} out of formats for this target.`,
      { key: 'formats' },
    );

  const descText = String(c.description ?? '')
    .replace(/\r\n/g, '\n')
    .trim();
  const summary = String(format.summary?.(r.section) ?? descText.split('\n')[0] ?? '').trim() || name;
  return { name, ...parts, arch, summary, description: descText || summary };
}
