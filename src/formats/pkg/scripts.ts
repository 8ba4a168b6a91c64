/**
 * Maintainer scripts: `scripts.*` (and the format's own, e.g. rpm pretrans) read from the
 * project, and for systemd units shipped under /lib/systemd/system, /usr/lib/systemd/system or
 * /etc/systemd/system, the snippets the format gives (dh_installsystemd for deb, the %systemd_*
 * macros for rpm); opt out with `systemd: false` at the top level or in the format's section.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveInside } from '../../paths.js';
import type { Resolving } from './context.js';
import type { FileMap } from './contents.js';
import type { PkgScripts } from './types.js';

const SYSTEMD_DIRS = ['/lib/systemd/system/', '/usr/lib/systemd/system/', '/etc/systemd/system/'];
const SYSTEMD_UNIT = /\.(service|socket|timer)$/;
const SCRIPT_KEYS = ['preinstall', 'postinstall', 'preremove', 'postremove'] as const;

/** The first line of every systemd snippet (so a reader of the script sees where it came from). */
export const SYSTEMD_MARK = '# Added by distro-actions for systemd units';

export async function resolveScripts(r: Resolving, files: FileMap): Promise<PkgScripts> {
  const scripts: PkgScripts = {};
  const own = (r.c.scripts ?? {}) as Record<string, string>;
  const scriptsKey = r.keyOf('scripts');
  for (const k of SCRIPT_KEYS) {
    if (own[k]) scripts[k] = await readScript(r, own[k]!, `${scriptsKey}.${k}`);
  }
  const extra = r.format.extraScripts?.(r.section) ?? {};
  for (const [k, rel] of Object.entries(extra) as Array<[keyof PkgScripts, string]>)
    scripts[k] = await readScript(r, rel, `${r.format.name}.scripts.${k}`);
  addSystemd(r, files, scripts, scriptsKey);
  return scripts;
}

async function readScript(r: Resolving, rel: string, key: string): Promise<string> {
  const abs = resolveInside(r.o.projectDir, rel, r.loc(key));
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch {
    return r.fail(key, `the script file '${rel}' does not exist in ${r.o.projectDir}; fix the path.`);
  }
  return text.startsWith('#!') ? text : `#!/bin/sh\n${text}`;
}

function addSystemd(r: Resolving, files: FileMap, scripts: PkgScripts, scriptsKey: string): void {
  const on = (r.o.config as Record<string, unknown>).systemd !== false && r.section.systemd !== false;
  const units = [...files.values()]
    .filter(
      (f) => f.type !== 'dir' && SYSTEMD_DIRS.some((d) => f.dst.startsWith(d)) && SYSTEMD_UNIT.test(f.dst),
    )
    .map((f) => path.posix.basename(f.dst))
    .filter((u) => !u.includes('@')) // templates are not enabled by name
    .sort();
  if (!on || !units.length || !r.format.systemd) return;
  for (const [k, snippet] of Object.entries(r.format.systemd(units)) as Array<[keyof PkgScripts, string]>) {
    const own = scripts[k];
    if (own && !/^#!\s*\S*\b(sh|bash|dash)\b/.test(own)) {
      r.fail(
        `${scriptsKey}.${k}`,
        `is not a shell script, so the systemd snippet for ${units.join(', ')} cannot be added; write it for /bin/sh or set systemd: false.`,
      );
    }
    scripts[k] = addSnippet(scripts[k], snippet, k === 'preremove' ? 'start' : 'end');
  }
}

/**
 * Adds a snippet to a script: at `#DEBHELPER#` when the script has that token, else after the
 * shebang (`start`) or at the end, before a final `exit 0` (`end`). A new script is
 * `#!/bin/sh` + `set -e` + the snippet.
 */
function addSnippet(script: string | undefined, snippet: string, where: 'start' | 'end'): string {
  if (!script) return `#!/bin/sh\nset -e\n\n${snippet}`;
  if (script.includes('#DEBHELPER#')) return script.replace('#DEBHELPER#', snippet.trimEnd());
  const text = script.endsWith('\n') ? script : `${script}\n`;
  if (where === 'start') {
    const nl = text.indexOf('\n');
    return `${text.slice(0, nl + 1)}${snippet}\n${text.slice(nl + 1)}`;
  }
  const m = /\n[ \t]*exit\s+0[ \t]*\n\s*$/.exec(text);
  if (m) return `${text.slice(0, m.index + 1)}\n${snippet}${text.slice(m.index + 1)}`;
  return `${text}\n${snippet}`;
}
