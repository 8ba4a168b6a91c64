/**
 * The `msi` format: a per-machine Windows Installer package, built on Linux with msitools' wixl
 * from WiX source generated here. wixl 0.101 has no <Environment>, so the PATH entry is added
 * afterwards with msibuild (the Environment table and its two standard actions, as WiX writes
 * them); then the summary information is made reproducible (summary.ts).
 *
 * Codes: the UpgradeCode is stable for the project (spec.ts), the ProductCode is derived from it
 * and the version (a new one per release: each release is a major upgrade of the last), component
 * GUIDs from it and the file's place (stable, as the component rules want), and the PackageCode
 * from a hash of everything that goes in.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir } from '../../atomic.js';
import { run } from '../../build/exec.js';
import type { Env } from '../../build/types.js';
import { DistroError } from '../../errors.js';
import type { Logger } from '../../log.js';
import {
  braced,
  escapeXml,
  INSTALLER_ARCHES,
  stageFiles,
  uuidV5,
  type InstallerSpec,
} from '../windows/spec.js';
import { fixSummary } from './summary.js';

/** `<name>-<version>-<arch>.msi` (arch as in the archives: amd64, 386). */
export function msiFileName(spec: InstallerSpec): string {
  return `${spec.name}-${spec.version}-${spec.target.arch}.msi`;
}

/** wixl's -a value and the Program Files folder of the target. */
function platform(spec: InstallerSpec): { arch: string; programFiles: string; win64: boolean } {
  if (!INSTALLER_ARCHES.msi.includes(spec.target.cpu))
    throw new DistroError(
      `format msi: ${spec.target.triple} is not possible: msitools' wixl builds x86 and x64 packages only (no arm64); the targets that can have msi are x86_64-pc-windows-gnu, x86_64-pc-windows-msvc, i686-pc-windows-gnu. Use nsis or zip for ${spec.target.triple}.`,
      { key: 'formats' },
    );
  return spec.target.cpu === 'x86_64'
    ? { arch: 'x64', programFiles: 'ProgramFiles64Folder', win64: true }
    : { arch: 'x86', programFiles: 'ProgramFilesFolder', win64: false };
}

const guid = (spec: InstallerSpec, what: string) => braced(uuidV5(spec.upgradeCode.slice(1, -1), what));

/** A WiX id for a file or directory (`f_…`, `d_…`) that depends on its path only. */
const idOf = (kind: string, p: string) =>
  `${kind}_${createHash('sha256').update(p).digest('hex').slice(0, 16)}`;

interface Dir {
  id: string;
  name: string;
  dirs: Map<string, Dir>;
  files: Array<{ id: string; dst: string; name: string }>;
}

/** The directory tree below INSTALLDIR, with ids that depend only on paths. */
function tree(spec: InstallerSpec): Dir {
  const root: Dir = { id: 'INSTALLDIR', name: spec.installDir, dirs: new Map(), files: [] };
  for (const f of spec.files) {
    const parts = f.dst.split('/');
    let d = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const sub = parts.slice(0, i + 1).join('/');
      let next = d.dirs.get(parts[i]!);
      if (!next)
        d.dirs.set(parts[i]!, (next = { id: idOf('d', sub), name: parts[i]!, dirs: new Map(), files: [] }));
      d = next;
    }
    d.files.push({ id: idOf('f', f.dst), dst: f.dst, name: parts[parts.length - 1]! });
  }
  return root;
}

/**
 * The WiX source (deterministic: sorted, no generated ids). Paths are relative to the build
 * directory: the files under `files/` (stageFiles), the icon as `product.ico`.
 */
export function msiSource(spec: InstallerSpec): string {
  const p = platform(spec);
  const a = escapeXml;
  const w64 = p.win64 ? ' Win64="yes"' : '';
  const lines: string[] = [];
  const dirXml = (d: Dir, indent: string): void => {
    lines.push(`${indent}<Directory Id="${d.id}" Name="${a(d.name)}">`);
    for (const f of d.files) {
      lines.push(
        `${indent}  <Component Id="c${f.id}" Guid="${guid(spec, `component/${f.dst}`)}"${w64}>`,
        `${indent}    <File Id="${f.id}" Name="${a(f.name)}" Source="${a(`files/${f.dst}`)}" KeyPath="yes"/>`,
        `${indent}  </Component>`,
      );
    }
    for (const [, sub] of [...d.dirs].sort(([x], [y]) => (x < y ? -1 : 1))) dirXml(sub, `${indent}  `);
    lines.push(`${indent}</Directory>`);
  };
  const components = (d: Dir): string[] => [
    ...d.files.map((f) => `c${f.id}`),
    ...[...d.dirs.values()].flatMap(components),
  ];
  const root = tree(spec);
  root.files.sort((x, y) => (x.name < y.name ? -1 : 1));
  lines.push(
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">',
    `  <Product Id="${guid(spec, `product/${spec.numericVersion}/${p.arch}`)}" Name="${a(spec.name)}" Language="1033" Version="${spec.numericVersion}" Manufacturer="${a(spec.vendor)}" UpgradeCode="${spec.upgradeCode}">`,
    `    <Package InstallerVersion="500" Compressed="yes" InstallScope="perMachine" Manufacturer="${a(spec.vendor)}" Description="${a(spec.description)}" Comments="${a(`${spec.name} ${spec.version}`)}"/>`,
    `    <MajorUpgrade DowngradeErrorMessage="A newer version of ${a(spec.name)} is already installed; uninstall it first to install this one."/>`,
    '    <Media Id="1" Cabinet="product.cab" EmbedCab="yes"/>',
  );
  if (spec.homepage) lines.push(`    <Property Id="ARPURLINFOABOUT" Value="${a(spec.homepage)}"/>`);
  if (spec.icon) {
    lines.push(
      `    <Icon Id="product.ico" SourceFile="product.ico"/>`,
      '    <Property Id="ARPPRODUCTICON" Value="product.ico"/>',
    );
  }
  lines.push(
    '    <Directory Id="TARGETDIR" Name="SourceDir">',
    `      <Directory Id="${p.programFiles}">`,
    `        <Directory Id="VENDORDIR" Name="${a(spec.vendor)}">`,
    // Removes the vendor folder on uninstall when nothing else is in it.
    `          <Component Id="cvendor" Guid="${guid(spec, 'component/vendor')}"${w64}>`,
    '            <CreateFolder/>',
    '            <RemoveFolder Id="rmvendor" On="uninstall"/>',
    '          </Component>',
  );
  dirXml(root, '          ');
  lines.push('        </Directory>', '      </Directory>');
  const menu = shortcutsXml(spec, w64);
  lines.push(...menu.dirs, '    </Directory>');
  lines.push(
    `    <Feature Id="Main" Title="${a(spec.name)}" Level="1">`,
    ...['cvendor', ...components(root), ...menu.components].map((c) => `      <ComponentRef Id="${c}"/>`),
    '    </Feature>',
    '  </Product>',
    '</Wix>',
    '',
  );
  return lines.join('\n');
}

/** Start menu folder and shortcuts (per machine, so their component's key path is a folder). */
function shortcutsXml(spec: InstallerSpec, w64: string): { dirs: string[]; components: string[] } {
  if (!spec.shortcuts.length) return { dirs: [], components: [] };
  const a = escapeXml;
  const dirs = [
    '      <Directory Id="ProgramMenuFolder">',
    `        <Directory Id="MENUDIR" Name="${a(spec.name)}">`,
    `          <Component Id="cmenu" Guid="${guid(spec, 'component/menu')}"${w64}>`,
    '            <CreateFolder/>',
    '            <RemoveFolder Id="rmmenu" On="uninstall"/>',
    ...spec.shortcuts.map(
      (s, i) =>
        `            <Shortcut Id="s${i}" Name="${a(s.name)}" Target="[#${idOf('f', s.target)}]" WorkingDirectory="INSTALLDIR"${s.args ? ` Arguments="${a(s.args)}"` : ''}/>`,
    ),
    '          </Component>',
    '        </Directory>',
    '      </Directory>',
  ];
  return { dirs, components: ['cmenu'] };
}

/** msibuild SQL that adds the PATH entry (WiX's Environment Action=set Part=last System=yes). */
function pathQueries(spec: InstallerSpec): string[] {
  const first = [...spec.files]
    .sort((x, y) => (x.dst < y.dst ? -1 : 1))
    .find((f) => f.binary && !f.dst.includes('/'));
  if (!first) return [];
  const component = `c${idOf('f', first.dst)}`;
  return [
    'CREATE TABLE `Environment` (`Environment` CHAR(72) NOT NULL, `Name` CHAR(255) NOT NULL LOCALIZABLE, `Value` CHAR(255) LOCALIZABLE, `Component_` CHAR(72) NOT NULL PRIMARY KEY `Environment`)',
    // `=-*PATH`: set on install, removed on uninstall, system-wide; `[~];` appends to the existing value.
    `INSERT INTO \`Environment\` (\`Environment\`, \`Name\`, \`Value\`, \`Component_\`) VALUES ('PATH', '=-*PATH', '[~];[INSTALLDIR]', '${component}')`,
    "INSERT INTO `InstallExecuteSequence` (`Action`, `Sequence`) VALUES ('RemoveEnvironmentStrings', 3300)",
    "INSERT INTO `InstallExecuteSequence` (`Action`, `Sequence`) VALUES ('WriteEnvironmentStrings', 5200)",
  ];
}

/** sha256 over the WiX source and every file's content: the PackageCode's name. */
async function contentHash(source: string, spec: InstallerSpec): Promise<string> {
  const h = createHash('sha256').update(source);
  for (const f of [...spec.files].sort((x, y) => (x.dst < y.dst ? -1 : 1))) {
    h.update(`\0${f.dst}\0`);
    for await (const chunk of createReadStream(f.source)) h.update(chunk as Buffer);
  }
  if (spec.icon) for await (const chunk of createReadStream(spec.icon)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Writes the .msi of `spec` to `out` (all or nothing). */
export async function writeMsi(
  out: string,
  spec: InstallerSpec,
  o: { env: Env; log: Logger },
): Promise<void> {
  const p = platform(spec);
  const work = await makeTempDir(path.dirname(out), 'msi');
  try {
    await stageFiles(work, spec.files, spec.epoch);
    if (spec.icon) await copyFile(spec.icon, path.join(work, 'product.ico'));
    const source = msiSource(spec);
    const wxs = path.join(work, 'product.wxs');
    await writeFile(wxs, source);
    const built = path.join(work, 'product.msi');
    const ro = { cwd: work, env: o.env, log: o.log, key: 'formats' };
    await run(['wixl', '-a', p.arch, '-o', built, wxs], ro);
    const queries = pathQueries(spec);
    if (queries.length) await run(['msibuild', built, ...queries.flatMap((q) => ['-q', q])], ro);
    const code = braced(uuidV5(spec.upgradeCode.slice(1, -1), `package/${await contentHash(source, spec)}`));
    await fixSummary(built, code, spec.epoch);
    await rename(built, out);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
