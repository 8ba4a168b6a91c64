/**
 * What a deb carries beside its contents: `/usr/share/doc/<name>/copyright` (DEP-5) and
 * `changelog.Debian.gz`, generated unless the contents ship those paths, and the `triggers` file
 * from nfpm's `deb.triggers`. Generated files are written under a temporary directory in distDir
 * (src/atomic.ts), recorded in `spec.tempDir` (cleanupPackage removes it).
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { makeTempDir } from '../../atomic.js';
import type { DistroConfig } from '../../config/types.js';
import { withPath } from '../../errors.js';
import type { PackageSpec } from '../pkg/types.js';
import type { FinishContext } from '../types.js';

/** Adds copyright and changelog.Debian.gz to `spec.files` unless the contents ship them. */
export async function addGeneratedDocs(spec: PackageSpec, ctx: FinishContext): Promise<void> {
  const { name } = spec;
  const has = new Set(spec.files.map((f) => f.dst));
  const docDir = `/usr/share/doc/${name}`;
  const want: Array<{ dst: string; data: Buffer }> = [];
  if (!has.has(`${docDir}/copyright`)) {
    const licFile = ctx.licenseFile ?? findLicense(ctx.projectDir);
    const licText = licFile ? await readFile(licFile, 'utf8').catch(() => undefined) : undefined;
    want.push({ dst: `${docDir}/copyright`, data: Buffer.from(dep5(name, ctx.config, ctx.author, licText)) });
  }
  if (!has.has(`${docDir}/changelog.Debian.gz`) && !has.has(`${docDir}/changelog.gz`)) {
    const full = `${spec.epoch ? `${spec.epoch}:` : ''}${spec.version}-${spec.release}`;
    const text = debChangelog(name, full, ctx.author, spec.buildTime, ctx.upstreamVersion);
    const gz = zlib.gzipSync(Buffer.from(text), { level: 9 });
    gz[9] = 3; // OS: unix, whatever the build platform
    want.push({ dst: `${docDir}/changelog.Debian.gz`, data: gz });
  }
  if (!want.length) return;
  const tempDir = await makeTempDir(ctx.distDir, `pkg-${name}-${spec.arch}`);
  spec.tempDir = tempDir;
  for (const [i, w] of want.entries()) {
    const abs = path.join(tempDir, `${i}-${path.posix.basename(w.dst)}`);
    await writeFile(abs, w.data).catch(async (e: unknown) => {
      await rm(tempDir, { recursive: true, force: true });
      throw withPath(e, abs);
    });
    const mtime = spec.buildTime;
    spec.files.push({
      dst: w.dst,
      type: 'file',
      source: abs,
      mode: 0o644,
      owner: 'root',
      group: 'root',
      mtime,
      size: w.data.length,
      doc: true,
    });
  }
  spec.files.sort((a, b) => (a.dst < b.dst ? -1 : a.dst > b.dst ? 1 : 0));
}

function findLicense(projectDir: string): string | undefined {
  for (const n of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'COPYING', 'COPYING.md']) {
    const p = path.join(projectDir, n);
    if (existsSync(p)) return p;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Generated documents

/** Lines as a deb control / DEP-5 continuation: one leading space, empty lines as ` .`. */
export function foldLines(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/\s+$/, '')
    .split('\n')
    .map((l) => (l.trim() === '' ? ' .' : ` ${l.replace(/\s+$/, '')}`))
    .join('\n');
}

/** Licenses Debian ships in /usr/share/common-licenses (SPDX → file). */
const COMMON_LICENSES: Record<string, string> = {
  'Apache-2.0': 'Apache-2.0',
  'Artistic-1.0': 'Artistic',
  'BSD-3-Clause': 'BSD',
  'CC0-1.0': 'CC0-1.0',
  'GFDL-1.3': 'GFDL-1.3',
  'GPL-2.0': 'GPL-2',
  'GPL-2.0-only': 'GPL-2',
  'GPL-2.0-or-later': 'GPL-2',
  'GPL-3.0': 'GPL-3',
  'GPL-3.0-only': 'GPL-3',
  'GPL-3.0-or-later': 'GPL-3',
  'LGPL-2.1': 'LGPL-2.1',
  'LGPL-2.1-only': 'LGPL-2.1',
  'LGPL-2.1-or-later': 'LGPL-2.1',
  'LGPL-3.0': 'LGPL-3',
  'LGPL-3.0-only': 'LGPL-3',
  'LGPL-3.0-or-later': 'LGPL-3',
  'MPL-2.0': 'MPL-2.0',
};

function dep5(name: string, c: DistroConfig, holder: string, licText: string | undefined): string {
  const license = c.license ? String(c.license) : 'unknown';
  const lines = [
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
    `Upstream-Name: ${name}`,
  ];
  if (c.homepage) lines.push(`Source: ${String(c.homepage)}`);
  lines.push('', 'Files: *', `Copyright: ${c.vendor ? String(c.vendor) : holder}`, `License: ${license}`);
  const common = COMMON_LICENSES[license];
  if (common)
    lines.push(
      ` On Debian systems, the full text of the license can be found in`,
      ` /usr/share/common-licenses/${common}.`,
    );
  else if (licText) lines.push(foldLines(licText));
  return `${lines.join('\n')}\n`;
}

/** RFC 2822 date as Debian changelogs write it: `Tue, 14 Nov 2023 22:13:20 +0000`. */
export function rfc2822(epoch: number): string {
  const d = new Date(epoch * 1000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

function debChangelog(
  name: string,
  version: string,
  author: string,
  epoch: number,
  upstream: string,
): string {
  return `${name} (${version}) unstable; urgency=medium\n\n  * Release ${upstream}.\n\n -- ${author}  ${rfc2822(epoch)}\n`;
}

/** nfpm's deb.triggers section → the control `triggers` file. */
export function debTriggers(raw: unknown): string | undefined {
  if (!raw || typeof raw !== 'object')
    return typeof raw === 'string' && raw.trim() ? `${raw.trim()}\n` : undefined;
  const t = raw as Record<string, unknown>;
  const lines: string[] = [];
  for (const k of [
    'interest',
    'interest_await',
    'interest_noawait',
    'activate',
    'activate_await',
    'activate_noawait',
  ]) {
    const v = t[k];
    const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    for (const item of list) lines.push(`${k.replace('_', '-')} ${String(item)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : undefined;
}
