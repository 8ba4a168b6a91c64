/**
 * A Homebrew formula (`<name>.rb`) for the release's macOS and Linux archives (x86_64, arm64):
 * `on_macos`/`on_linux` with `on_intel`/`on_arm` blocks holding each archive's url and sha256,
 * the binaries, shell completions and man pages installed from the archive, and a `test do`
 * block from the smoke command.
 */
import { DistroError, type ErrorLocation } from '../../errors.js';
import type { ReleaseFile } from '../release-files/index.js';

export interface FormulaInput {
  /** Formula name (lower case, as `brew install <name>`). */
  name: string;
  version: string;
  desc: string;
  homepage: string;
  license?: string;
  /** One archive per os (darwin, linux) and arch (amd64, arm64). */
  archives: ReleaseFile[];
  /** Files in the archives (below their top directory), the same in each. */
  files: string[];
  /** Names of the binaries. */
  binaries: string[];
  /** The smoke command as argv (first word: a binary) and the text it must print. */
  smoke?: { argv: string[]; expect?: string };
  where: ErrorLocation;
}

/** Homebrew's formula names: lower case letters, digits, and `-_.+@` inside. */
const NAME = /^[a-z0-9][a-z0-9+_.@-]*$/;

/**
 * The Ruby class Homebrew expects for a formula name (Formulary.class_s): capitalised, each
 * `-`, `_`, `.` or space followed by a letter or digit becomes that character upper-cased,
 * `+` becomes `x`, and `@<digit>` becomes `AT<digit>`.
 */
export function formulaClassName(name: string): string {
  let s = name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
  s = s.replace(/[-_.\s]([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
  s = s.replace(/\+/g, 'x');
  s = s.replace(/(.)@(\d)/, '$1AT$2');
  return s;
}

/** A Ruby double-quoted string literal (no interpolation: `#` is escaped). */
export function rubyString(s: string): string {
  return `"${s.replace(/[\\"#]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"`;
}

/** A word quoted for the POSIX shell that shell_output runs its command in. */
function shQuote(s: string): string {
  return /^[A-Za-z0-9_./=:,+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

const OS_BLOCK: Record<string, string> = { darwin: 'on_macos', linux: 'on_linux' };
const ARCH_BLOCK: Record<string, string> = { amd64: 'on_intel', arm64: 'on_arm' };

/** Homebrew's desc rules (brew audit): no trailing period, at most 80 characters. */
function homebrewDesc(desc: string): string {
  const one = desc.split('\n')[0]!.trim().replace(/\.$/, '');
  return one.length > 80 ? `${one.slice(0, 79)}…` : one;
}

/** Completion and man page install lines for the files of the archive. */
function extraInstalls(files: string[], name: string): string[] {
  const lines: string[] = [];
  for (const f of files) {
    const base = f.split('/').pop()!;
    if (/(^|\/)(completions?|contrib)\//i.test(f) || /completion/i.test(f)) {
      if (/\.(bash)$/.test(base) || /bash/i.test(f)) {
        lines.push(`bash_completion.install ${rubyString(f)} => ${rubyString(name)}`);
      } else if (base.startsWith('_') || /\.zsh$/.test(base) || /zsh/i.test(f)) {
        lines.push(`zsh_completion.install ${rubyString(f)} => ${rubyString(`_${name}`)}`);
      } else if (/\.fish$/.test(base)) {
        lines.push(`fish_completion.install ${rubyString(f)}`);
      }
      continue;
    }
    const man = /\.([1-8])(\.gz)?$/.exec(base);
    if (man) lines.push(`man${man[1]}.install ${rubyString(f)}`);
  }
  return lines;
}

function testBlock(smoke: FormulaInput['smoke'], binaries: string[]): string[] {
  const argv = smoke?.argv.length ? smoke.argv : [binaries[0]!, '--version'];
  const [cmd, ...args] = argv;
  const bin = binaries.includes(cmd!) ? `#{bin}/${cmd}` : shQuote(cmd!);
  // interpolation only for #{bin}: the rest is escaped for Ruby, then the shell
  const command = `"${bin.replace(/"/g, '\\"')}${args.map((a) => ' ' + rubyString(shQuote(a)).slice(1, -1)).join('')}"`;
  const expect = smoke?.expect;
  if (!expect) return [`system ${command}`];
  const re = /^\/(.*)\/([a-z]*)$/s.exec(expect);
  const pattern = re
    ? `Regexp.new(${rubyString(re[1]!)}${re[2]?.includes('i') ? ', Regexp::IGNORECASE' : ''})`
    : rubyString(expect);
  return [`assert_match ${pattern}, shell_output(${command})`];
}

/** The formula's text. */
export function writeFormula(i: FormulaInput): string {
  if (!NAME.test(i.name)) {
    throw new DistroError(
      `${i.where.key}: '${i.name}' is not a Homebrew formula name (lower case letters, digits and - _ . + @); set homebrew.name.`,
      i.where,
    );
  }
  const byOs = new Map<string, ReleaseFile[]>();
  for (const a of i.archives) {
    if (!OS_BLOCK[a.os] || !ARCH_BLOCK[a.arch]) continue;
    byOs.set(a.os, [...(byOs.get(a.os) ?? []), a]);
  }
  if (byOs.size === 0) {
    throw new DistroError(
      `${i.where.key}: the release has no macOS or Linux archive for x86_64 or arm64, so there is nothing for a Homebrew formula to install; add darwin/linux targets and an archive format (tar.gz), or remove homebrew from formats.`,
      i.where,
    );
  }
  const L: string[] = [];
  L.push(`class ${formulaClassName(i.name)} < Formula`);
  L.push(`  desc ${rubyString(homebrewDesc(i.desc))}`);
  L.push(`  homepage ${rubyString(i.homepage)}`);
  L.push(`  version ${rubyString(i.version)}`);
  if (i.license) L.push(`  license ${rubyString(i.license)}`);
  for (const os of ['darwin', 'linux']) {
    const list = byOs.get(os);
    if (!list) continue;
    L.push('', `  ${OS_BLOCK[os]} do`);
    for (const [n, a] of list.entries()) {
      if (n > 0) L.push('');
      L.push(`    ${ARCH_BLOCK[a.arch]} do`);
      L.push(`      url ${rubyString(a.url)}`);
      L.push(`      sha256 ${rubyString(a.sha256)}`);
      L.push('    end');
    }
    L.push('  end');
  }
  L.push('', '  def install');
  for (const b of i.binaries) L.push(`    bin.install ${rubyString(b)}`);
  for (const x of extraInstalls(i.files, i.name)) L.push(`    ${x}`);
  L.push('  end', '', '  test do');
  for (const t of testBlock(i.smoke, i.binaries)) L.push(`    ${t}`);
  L.push('  end', 'end', '');
  return L.join('\n');
}
