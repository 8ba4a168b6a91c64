/**
 * The `msi:` and `nsis:` config sections → an InstallerSpec for one Windows target: the target's
 * binaries at the top of the install folder (on PATH), the files of `archives.files` (README,
 * LICENSE… as in the zip) below it, vendor, icon, license, shortcuts and codes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DistroError, locationPrefix, type ErrorLocation } from '../../errors.js';
import { resolveInside } from '../../paths.js';
import { TARGETS } from '../../targets/index.js';
import type { TargetContext } from '../types.js';
import {
  checkWindowsName,
  defaultUpgradeCode,
  INSTALLER_ARCHES,
  parseGuid,
  personName,
  windowsVersion,
  type InstallerFile,
  type InstallerSpec,
  type Shortcut,
} from './spec.js';

/** The keys of `msi:` / `nsis:` (schema/distro.schema.json has the same). */
export interface InstallerSection {
  vendor?: string;
  install_dir?: string;
  icon?: string;
  license?: string;
  upgrade_code?: string;
  shortcuts?: Array<{ name: string; target: string; args?: string }>;
}

export type InstallerFormat = 'msi' | 'nsis';

/** The targets that can have `format`, for messages. */
export function installerTargets(format: InstallerFormat): string[] {
  return TARGETS.filter((t) => t.os === 'windows' && INSTALLER_ARCHES[format].includes(t.cpu)).map(
    (t) => t.triple,
  );
}

/** `archives.files` resolved: what the zip would hold beside the binaries. */
export type ExtraFiles = Array<{ source: string; dst: string }>;

export function installerSpec(format: InstallerFormat, ctx: TargetContext, extra: ExtraFiles): InstallerSpec {
  const c = ctx.config;
  const section = ((c as Record<string, unknown>)[format] ?? {}) as InstallerSection;
  const where = (key: string): ErrorLocation & { key: string } => {
    const file = ctx.loaded.file;
    return { key, file, line: ctx.loaded.lineOf(key), shown: file && path.relative(ctx.projectDir, file) };
  };
  const fail = (key: string, text: string): never => {
    const w = where(key);
    throw new DistroError(`${locationPrefix(w)}${key}: ${text}`, w);
  };
  const vendor = checkWindowsName(
    section.vendor ?? c.vendor ?? personName(c.maintainer) ?? c.name,
    where(section.vendor ? `${format}.vendor` : 'vendor'),
  );
  const installDir = checkWindowsName(section.install_dir ?? c.name, where(`${format}.install_dir`));
  const v = windowsVersion(ctx.version, ctx.versionWhere);
  if (v.dropped)
    ctx.log.warn(
      `${format}: Windows compares numeric versions only, so ${ctx.version} installs as ${v.numeric} (without '${v.dropped}')`,
    );
  const files: InstallerFile[] = ctx.binaries.map((b) => ({
    source: b.file,
    dst: path.basename(b.file),
    binary: true,
  }));
  for (const e of extra)
    if (!files.some((f) => f.dst === e.dst)) files.push({ source: e.source, dst: e.dst });
  const projectFile = (key: string, rel: string | undefined): string | undefined => {
    if (rel === undefined) return undefined;
    const abs = resolveInside(ctx.projectDir, rel, where(key));
    if (!existsSync(abs))
      fail(key, `'${rel}' does not exist in ${ctx.projectDir}; fix the path or remove it.`);
    return abs;
  };
  let licenseFile = files.find((f) => /^(licen[cs]e|copying)/i.test(path.posix.basename(f.dst)))?.dst;
  const license = projectFile(`${format}.license`, section.license);
  if (license) {
    licenseFile = path.basename(license);
    if (!files.some((f) => f.dst === licenseFile)) files.push({ source: license, dst: licenseFile });
  }
  const icon = projectFile(`${format}.icon`, section.icon);
  if (icon && !icon.toLowerCase().endsWith('.ico'))
    fail(`${format}.icon`, `'${section.icon}' is not a .ico file; give a Windows icon (.ico).`);
  const shortcuts: Shortcut[] = (section.shortcuts ?? []).map((s, i) => {
    const key = `${format}.shortcuts[${i}].target`;
    const exe = ctx.target.exe;
    const target = files.find((f) => f.dst === s.target || (f.binary && f.dst === `${s.target}${exe}`));
    if (!target)
      fail(
        key,
        `'${s.target}' is neither a binary of ${ctx.target.triple} nor a file of archives.files (${files.map((f) => f.dst).join(', ')}); name one of them.`,
      );
    return {
      name: checkWindowsName(s.name, where(`${format}.shortcuts[${i}].name`)),
      target: target!.dst,
      ...(s.args ? { args: s.args } : {}),
    };
  });
  return {
    name: c.name,
    version: ctx.version.replace(/^v/, ''),
    numericVersion: v.numeric,
    vendor,
    description: c.description?.split('\n')[0]?.trim() || c.name,
    homepage: c.homepage,
    license: c.license,
    target: ctx.target,
    installDir,
    files,
    licenseFile,
    icon,
    shortcuts,
    upgradeCode: section.upgrade_code
      ? parseGuid(section.upgrade_code, where(`${format}.upgrade_code`))
      : defaultUpgradeCode(vendor, c.name),
    epoch: ctx.sourceDateEpoch,
  };
}
