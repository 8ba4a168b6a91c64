/**
 * The per-package XML of primary.xml, filelists.xml and other.xml, written as createrepo_c 0.17
 * writes it (libxml2's serialisation): two-space indentation, `<package>` at column 0, empty text
 * elements as `<x></x>`, text escaped for `& < >` and CR, attributes also for `"`, TAB, LF and
 * non-ASCII characters (`&#xEB;`). Each chunk ends with a newline; the file headers and footers
 * are here too, so a chunk read back from an existing file can be copied verbatim.
 */
import type { YumDep, YumPackage } from './package.js';

export const NS = {
  common: 'http://linux.duke.edu/metadata/common',
  rpm: 'http://linux.duke.edu/metadata/rpm',
  filelists: 'http://linux.duke.edu/metadata/filelists',
  other: 'http://linux.duke.edu/metadata/other',
  repo: 'http://linux.duke.edu/metadata/repo',
} as const;

export type MetadataType = 'primary' | 'filelists' | 'other';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The opening of a metadata file with `count` packages. */
export function metadataHeader(type: MetadataType, count: number): string {
  switch (type) {
    case 'primary':
      return `${XML_DECL}<metadata xmlns="${NS.common}" xmlns:rpm="${NS.rpm}" packages="${count}">\n`;
    case 'filelists':
      return `${XML_DECL}<filelists xmlns="${NS.filelists}" packages="${count}">\n`;
    case 'other':
      return `${XML_DECL}<otherdata xmlns="${NS.other}" packages="${count}">\n`;
  }
}

/** The closing tag of a metadata file (createrepo_c writes no newline after it). */
export const METADATA_FOOTER: Record<MetadataType, string> = {
  primary: '</metadata>',
  filelists: '</filelists>',
  other: '</otherdata>',
};

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

const TEXT_SPECIAL = /[&<>\r]/;
const TEXT_SPECIALS = /[&<>\r]/g;

/** Escapes element text as libxml2 does. */
export function escapeText(s: string): string {
  return TEXT_SPECIAL.test(s) ? s.replace(TEXT_SPECIALS, (c) => TEXT_ESCAPES[c]!) : s;
}

const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Printable ASCII other than `& < > "`: nothing to escape (most values, e.g. all numbers). */
// eslint-disable-next-line no-control-regex
const ATTR_PLAIN = /^[^&<>"\x00-\x1f\x7f-\uffff]*$/;

/** Escapes an attribute value as libxml2 does without an output encoding (non-ASCII as `&#x…;`). */
export function escapeAttr(s: string): string {
  if (ATTR_PLAIN.test(s)) return s;
  return s.replace(
    /[&<>"\r\n\t]|[^\t-\x7f]/gu,
    (c) => ATTR_ESCAPES[c] ?? `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`,
  );
}

function attrs(list: ReadonlyArray<readonly [string, string | number]>): string {
  let s = '';
  for (const [k, v] of list) s += ` ${k}="${typeof v === 'number' ? v : escapeAttr(v)}"`;
  return s;
}

function textElement(indent: string, name: string, value: string, attributes = ''): string {
  return `${indent}<${name}${attributes}>${escapeText(value)}</${name}>\n`;
}

function versionElement(p: YumPackage): string {
  return `  <version${attrs([
    ['epoch', p.epoch],
    ['ver', p.version],
    ['rel', p.release],
  ])}/>\n`;
}

function depEntry(d: YumDep, requires: boolean): string {
  const list: Array<[string, string]> = [['name', d.name]];
  if (d.flags) {
    list.push(['flags', d.flags]);
    if (d.epoch) list.push(['epoch', d.epoch]);
    if (d.ver) list.push(['ver', d.ver]);
    if (d.rel) list.push(['rel', d.rel]);
  }
  if (requires && d.pre) list.push(['pre', '1']);
  return `      <rpm:entry${attrs(list)}/>\n`;
}

const DEP_KINDS = [
  'provides',
  'requires',
  'conflicts',
  'obsoletes',
  'suggests',
  'enhances',
  'recommends',
  'supplements',
] as const;

/**
 * createrepo_c's rule for the files primary.xml lists (libsolv resolves file dependencies on
 * these without downloading filelists): anything in /etc, anything whose path contains `bin/`,
 * and /usr/lib/sendmail.
 */
export function isPrimaryFile(file: string): boolean {
  return file.startsWith('/etc/') || file.includes('bin/') || file === '/usr/lib/sendmail';
}

function fileElement(indent: string, f: YumPackage['files'][number]): string {
  return textElement(indent, 'file', f.path, f.type ? attrs([['type', f.type]]) : '');
}

/** The `<package>` element of primary.xml. */
export function primaryXml(p: YumPackage): string {
  let s = '<package type="rpm">\n';
  s += textElement('  ', 'name', p.name);
  s += textElement('  ', 'arch', p.arch);
  s += versionElement(p);
  s += textElement(
    '  ',
    'checksum',
    p.pkgid,
    attrs([
      ['type', 'sha256'],
      ['pkgid', 'YES'],
    ]),
  );
  s += textElement('  ', 'summary', p.summary);
  s += textElement('  ', 'description', p.description);
  s += textElement('  ', 'packager', p.packager);
  s += textElement('  ', 'url', p.url);
  s += `  <time${attrs([
    ['file', p.timeFile],
    ['build', p.timeBuild],
  ])}/>\n`;
  s += `  <size${attrs([
    ['package', p.sizePackage],
    ['installed', p.sizeInstalled],
    ['archive', p.sizeArchive],
  ])}/>\n`;
  s += `  <location${attrs([['href', p.href]])}/>\n`;
  s += '  <format>\n';
  s += textElement('    ', 'rpm:license', p.license);
  s += textElement('    ', 'rpm:vendor', p.vendor);
  s += textElement('    ', 'rpm:group', p.group);
  s += textElement('    ', 'rpm:buildhost', p.buildhost);
  s += textElement('    ', 'rpm:sourcerpm', p.sourcerpm);
  s += `    <rpm:header-range${attrs([
    ['start', p.headerStart],
    ['end', p.headerEnd],
  ])}/>\n`;
  for (const kind of DEP_KINDS) {
    const list = p.deps[kind].filter((d) => d.name !== '');
    if (!list.length) continue;
    s += `    <rpm:${kind}>\n`;
    for (const d of list) s += depEntry(d, kind === 'requires');
    s += `    </rpm:${kind}>\n`;
  }
  for (const f of p.files) if (isPrimaryFile(f.path)) s += fileElement('    ', f);
  s += '  </format>\n</package>\n';
  return s;
}

function packageOpen(p: YumPackage): string {
  return `<package${attrs([
    ['pkgid', p.pkgid],
    ['name', p.name],
    ['arch', p.arch],
  ])}>\n${versionElement(p)}`;
}

/** The `<package>` element of filelists.xml: every file, directories and ghosts marked. */
export function filelistsXml(p: YumPackage): string {
  let s = packageOpen(p);
  for (const f of p.files) s += fileElement('  ', f);
  return `${s}</package>\n`;
}

/** The `<package>` element of other.xml: the changelog, oldest entry first. */
export function otherXml(p: YumPackage): string {
  let s = packageOpen(p);
  for (const c of p.changelogs) {
    s += textElement(
      '  ',
      'changelog',
      c.text,
      attrs([
        ['author', c.author],
        ['date', c.date],
      ]),
    );
  }
  return `${s}</package>\n`;
}
