/**
 * A release to make package-manager manifests from: real archives written by the archive writer —
 * a host `hello` built here with gcc for Linux and macOS (it prints `hello 1.2.3` for --version),
 * a mingw-w64 hello.exe for Windows, completions, a man page and LICENSE beside them, each under a
 * top directory — and two Windows installers as the msi/nsis formats list them (their bytes are
 * only downloaded and hashed). Returns the manifest entries of all of them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeArchive, type ArchiveFormat } from '../../src/formats/archive/index.js';
import type { ManifestArtifact } from '../../src/manifest/index.js';

export const RELEASE_TARGETS = [
  { triple: 'x86_64-unknown-linux-gnu', os: 'linux', arch: 'amd64', exe: '' },
  { triple: 'aarch64-unknown-linux-gnu', os: 'linux', arch: 'arm64', exe: '' },
  { triple: 'x86_64-apple-darwin', os: 'darwin', arch: 'amd64', exe: '' },
  { triple: 'aarch64-apple-darwin', os: 'darwin', arch: 'arm64', exe: '' },
  { triple: 'x86_64-pc-windows-gnu', os: 'windows', arch: 'amd64', exe: '.exe' },
  { triple: 'aarch64-pc-windows-msvc', os: 'windows', arch: 'arm64', exe: '.exe' },
];

export function sh(argv: string[], cwd: string): string {
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

export function sha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

function entry(dist: string, file: string, fields: Partial<ManifestArtifact>): ManifestArtifact {
  const bytes = readFileSync(path.join(dist, file));
  return {
    path: file,
    size: bytes.length,
    sha256: sha256(bytes),
    stage: 'package',
    kind: 'archive',
    ...fields,
  };
}

/** Writes the release into `dist` (sources in `project`, builds in `base`); returns its manifest entries. */
export async function makeReleaseFixture(
  base: string,
  dist: string,
  project: string,
): Promise<ManifestArtifact[]> {
  mkdirSync(dist, { recursive: true });
  mkdirSync(path.join(project, 'completions'), { recursive: true });
  mkdirSync(path.join(project, 'man'), { recursive: true });
  writeFileSync(
    path.join(base, 'hello.c'),
    '#include <stdio.h>\n#include <string.h>\nint main(int c, char **v){puts(c > 1 && !strcmp(v[1], "--version") ? "hello 1.2.3" : "hello");return 0;}\n',
  );
  sh(['gcc', '-O2', '-o', path.join(base, 'hello'), 'hello.c'], base);
  sh(['x86_64-w64-mingw32-gcc', '-O2', '-s', '-o', path.join(base, 'hello.exe'), 'hello.c'], base);
  writeFileSync(path.join(project, 'completions', 'hello.bash'), 'complete -W "--version" hello\n');
  writeFileSync(path.join(project, 'completions', '_hello'), '#compdef hello\n_arguments --version\n');
  writeFileSync(path.join(project, 'completions', 'hello.fish'), 'complete -c hello -l version\n');
  writeFileSync(path.join(project, 'man', 'hello.1'), '.TH HELLO 1\n.SH NAME\nhello\n');
  writeFileSync(path.join(project, 'LICENSE'), 'MIT\n');
  const extra = [
    'completions/hello.bash',
    'completions/_hello',
    'completions/hello.fish',
    'man/hello.1',
    'LICENSE',
  ];
  const artifacts: ManifestArtifact[] = [];
  for (const t of RELEASE_TARGETS) {
    const format: ArchiveFormat = t.os === 'windows' ? 'zip' : 'tar.gz';
    const stem = `hello-1.2.3-${t.os}-${t.arch}`;
    const bin = `hello${t.exe}`;
    await writeArchive(
      path.join(dist, `${stem}.${format}`),
      format,
      [
        { name: `${stem}/${bin}`, type: 'file', source: path.join(base, bin), mode: 0o755 },
        ...extra.map((e) => ({ name: `${stem}/${e}`, type: 'file' as const, source: path.join(project, e) })),
      ],
      { mtime: 1767225600 },
    );
    artifacts.push(
      entry(dist, `${stem}.${format}`, {
        format,
        target: t.triple,
        os: t.os,
        arch: t.arch,
        from: [`build/${t.triple}/${bin}`, ...extra],
      }),
    );
  }
  for (const [kind, file] of [
    ['msi', 'hello-1.2.3-x64.msi'],
    ['nsis', 'hello-1.2.3-amd64-setup.exe'],
  ] as const) {
    writeFileSync(path.join(dist, file), `${kind} installer bytes`);
    artifacts.push(
      entry(dist, file, {
        kind,
        format: kind,
        target: 'x86_64-pc-windows-gnu',
        os: 'windows',
        arch: 'amd64',
      }),
    );
  }
  return artifacts;
}
