import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { DistroError } from '../src/errors.js';
import { assertExpanded, expandEnv, KNOWN_FORMATS, loadConfig } from '../src/config/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures', 'config');
const schemaFile = path.join(here, '..', 'schema', 'distro.schema.json');

/** Loads a fixture and returns the DistroError it throws. */
async function failure(file: string, env: Record<string, string | undefined> = {}): Promise<DistroError> {
  try {
    await loadConfig({ file, cwd: fixtures, env, required: true });
  } catch (err) {
    if (err instanceof DistroError) return err;
    throw err;
  }
  throw new Error(`${file} loaded without error`);
}

function tempConfig(text: string, name = 'distro.yml'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'config-'));
  writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('schema', () => {
  it('is a valid JSON Schema that compiles in ajv strict mode', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const ajv = new Ajv({ strict: true, allErrors: true });
    ajv.addKeyword('x-nfpm-only'); // the annotation the loader turns into notes
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(schema.title).toBeTruthy();
  });

  it('is what the loader validates with: src/config/validator.generated.js is compiled from it', () => {
    const check = (root: string) =>
      spawnSync(process.execPath, [path.join(root, 'scripts/config-validator.mjs'), '--check'], {
        encoding: 'utf8',
      });
    const repo = path.join(here, '..');
    const fresh = check(repo);
    expect(fresh.stderr).toBe('');
    expect(fresh.status).toBe(0);
    // a copy whose schema gained a key: the committed validator is stale there
    const copy = mkdtempSync(path.join(tmpdir(), 'validator-'));
    for (const f of [
      'scripts/config-validator.mjs',
      'schema/distro.schema.json',
      'src/config/validator.generated.js',
    ]) {
      mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
      cpSync(path.join(repo, f), path.join(copy, f));
    }
    symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'));
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    schema.properties.name.maxLength = 7;
    writeFileSync(path.join(copy, 'schema/distro.schema.json'), JSON.stringify(schema));
    const stale = check(copy);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/validator\.generated\.js is stale: run npm run bundle/);
  });

  it('describes every property', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const missing: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (!v.description && !v.$ref) missing.push(`${where}.${k}`);
          if (v.$ref && !v.description) {
            const def = schema.definitions[String(v.$ref).split('/').pop()!];
            if (!def?.description) missing.push(`${where}.${k}`);
          }
        }
      }
      for (const [k, v] of Object.entries(n)) visit(v, `${where}.${k}`);
    };
    visit(schema, '');
    expect(missing).toEqual([]);
  });
});

describe('schema is closed, so editors flag typos too', () => {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));

  it('every mapping with known keys refuses others (additionalProperties: false)', () => {
    const open: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && n.additionalProperties !== false) open.push(where || '(root)');
      for (const [k, v] of Object.entries(n)) visit(v, `${where}/${k}`);
    };
    visit(schema, '');
    expect(open).toEqual([]);
  });

  it('a plain JSON Schema validator (what an editor runs) flags a misspelt key', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    for (const doc of [
      { name: 'a', maintaner: 'x' },
      { name: 'a', sign: { chcksums: ['sha256'] } },
      { name: 'a', smoke: { timout: 5 } },
      { name: 'a', repos: { apt: { codenme: 'x' } } },
    ]) {
      expect(validate(doc)).toBe(false);
      expect(validate.errors!.map((e) => e.keyword)).toContain('additionalProperties');
    }
    expect(
      validate({ name: 'a', maintainer: 'x', sign: { checksums: ['sha256'] }, smoke: { timeout: 5 } }),
    ).toBe(true);
  });
});

describe('loadConfig: good files', () => {
  it('loads the DESIGN example', async () => {
    const loaded = await loadConfig({ file: 'design.yml', cwd: fixtures, env: {} });
    const c = loaded.config;
    expect(loaded.file).toBe(path.join(fixtures, 'design.yml'));
    expect(loaded.warnings).toEqual([]);
    expect(c.name).toBe('hello');
    expect(c.targets).toEqual([
      'x86_64-unknown-linux-gnu',
      'aarch64-unknown-linux-gnu',
      'riscv64gc-unknown-linux-gnu',
    ]);
    expect(c.build).toEqual({ builder: 'make', binaries: ['hello'] });
    expect(c.contents).toHaveLength(3);
    expect(c.contents![1]).toEqual({
      src: 'packaging/hello.conf',
      dst: '/etc/hello/hello.conf',
      type: 'config',
    });
    expect(c.overrides).toEqual({ rpm: { depends: ['glibc'] } });
    expect(c.formats).toEqual(['deb', 'rpm', 'apk', 'archlinux', 'tar.gz', 'zip']);
    expect(c.smoke).toEqual({ command: 'hello --version', expect: 'hello' });
    // lineOf: dotted paths with numeric indices, both spellings
    expect(loaded.lineOf('name')).toBe(2);
    expect(loaded.lineOf('build.builder')).toBe(8);
    expect(loaded.lineOf('contents.2.src')).toBe(12);
    expect(loaded.lineOf('contents[2].src')).toBe(12);
    expect(loaded.lineOf('contents[1]')).toBe(11);
    expect(loaded.lineOf('formats[5]')).toBe(16);
    expect(loaded.lineOf('nope')).toBeUndefined();
  });

  it('reads an nfpm.yaml unchanged', async () => {
    const env = { VERSION: 'v1.2.3', DEPENDS_NGINX: 'nginx', REPLACE_BLA: '', GOOS: 'linux' };
    const loaded = await loadConfig({ file: 'nfpm.yaml', cwd: fixtures, env, required: true });
    const c = loaded.config;
    expect(loaded.warnings).toEqual([]);
    // every key nfpm accepts loads; those distro-actions does not use get one note each
    expect(loaded.notes.map((n) => n.message.replace(/ \(.*\)\.$/, ''))).toEqual(
      [
        'nfpm.yaml:4: platform',
        'nfpm.yaml:6: version_schema',
        'nfpm.yaml:21: changelog',
        'nfpm.yaml:23: umask',
        'nfpm.yaml:80: contents[12].expand',
        'nfpm.yaml:95: overrides.apk',
        'nfpm.yaml:103: rpm.arch',
        'nfpm.yaml:109: rpm.packager',
        'nfpm.yaml:111: rpm.signature',
        'nfpm.yaml:115: deb.arch',
        'nfpm.yaml:116: deb.scripts',
        'nfpm.yaml:130: deb.signature',
        'nfpm.yaml:137: apk',
      ].map((m) => `${m}: accepted for nfpm compatibility, not used by distro-actions`),
    );
    expect(loaded.notes[0]).toEqual({
      line: 4,
      message:
        'nfpm.yaml:4: platform: accepted for nfpm compatibility, not used by distro-actions (the targets decide the platform).',
    });
    expect(c).toMatchObject({
      name: 'foo',
      arch: 'amd64',
      platform: 'linux',
      version: 'v1.2.3',
      version_schema: 'semver',
      epoch: '2',
      release: '1',
      prerelease: 'beta1',
      version_metadata: 'git',
      section: 'default',
      priority: 'extra',
      maintainer: 'Carlos Alexandro Becker <root@carlosbecker.com>',
      description: 'Sample package.\nIt does sample things,\non several lines.\n',
      vendor: 'GoReleaser',
      homepage: 'https://nfpm.goreleaser.com',
      license: 'MIT',
      changelog: 'changelog.yaml',
      disable_globbing: false,
      umask: 0o002,
      replaces: ['foobar'], // ${REPLACE_BLA} expanded to nothing: dropped, as nfpm does
      provides: ['bar'],
      depends: ['git', 'nginx'],
      recommends: ['golang'],
      suggests: ['bzr'],
      conflicts: ['mercurial'],
      scripts: {
        preinstall: './scripts/preinstall.sh',
        postinstall: './scripts/postinstall.sh',
        preremove: './scripts/preremove.sh',
        postremove: './scripts/postremove.sh',
      },
    });
    expect(c.contents).toHaveLength(13);
    expect(c.contents![2]).toEqual({ src: 'some/directory/', dst: '/etc', type: 'tree' });
    expect(c.contents![4]).toEqual({ src: 'path/to/local/*.1.gz', dst: '/usr/share/man/man1/' });
    expect(c.contents![5]).toEqual({ src: '/actual/path/to/foo', dst: '/usr/bin/foo', type: 'symlink' });
    expect(c.contents![6]!.type).toBe('config|noreplace');
    expect(c.contents![7]).toEqual({ dst: '/etc/casper.conf', type: 'ghost' });
    expect(c.contents![8]!.packager).toBe('rpm');
    // 0644 is octal, as in nfpm (YAML 1.2 alone would read decimal 644)
    expect(c.contents![10]!.file_info).toEqual({
      mode: 0o644,
      mtime: '2008-01-02T15:04:05Z',
      owner: 'notRoot',
      group: 'notRoot',
    });
    expect(c.contents![11]).toEqual({ dst: '/some/dir', type: 'dir', file_info: { mode: 0o700 } });
    expect(c.contents![12]).toEqual({ src: 'path/to/linux/foo', dst: '/usr/share/linux/foo', expand: true });
    expect(c.overrides!.deb!.depends).toEqual(['baz (>= 1.2.3-0)', 'some-lib-dev']);
    expect(c.overrides!.rpm!.depends).toEqual(['baz >= 1.2.3-0', 'some-lib-devel']);
    expect(c.overrides!.archlinux!.depends).toEqual(['baz', 'some-lib']);
    expect(c.rpm).toMatchObject({
      arch: 'ia64',
      group: 'Unspecified',
      summary: 'Explicit summary for the package',
      compression: 'zstd',
      scripts: { pretrans: './scripts/pretrans.sh', posttrans: './scripts/posttrans.sh' },
    });
    expect(c.deb).toMatchObject({
      compression: 'zstd',
      fields: { Bugs: 'https://github.com/goreleaser/nfpm/issues' },
      triggers: { interest: ['some-trigger-name'], activate: ['another-trigger-name'] },
      breaks: ['some-package'],
      predepends: ['libc6'],
      scripts: { rules: 'foo.sh', templates: 'templates', config: 'config' },
    });
    expect(c.apk).toMatchObject({ arch: 'armhf', scripts: { preupgrade: './scripts/preupgrade.sh' } });
    expect(c.archlinux).toEqual({
      pkgbase: 'bar',
      packager: 'GoReleaser <staff@goreleaser.com>',
      scripts: { preupgrade: './scripts/preupgrade.sh', postupgrade: './scripts/postupgrade.sh' },
    });
    expect(loaded.lineOf('contents[10].file_info.mode')).toBe(70);
    expect(loaded.lineOf('archlinux.pkgbase')).toBe(147);
  });

  it.each(['hello-c', 'hello-go', 'hello-rust'])(
    'examples/%s/distro.yml loads: no error, warning or note',
    async (ex) => {
      const env = { PATH: process.env.PATH };
      const cwd = path.join(here, '..', 'examples', ex);
      const loaded = await loadConfig({ file: 'distro.yml', cwd, env, required: true });
      expect([loaded.warnings, loaded.notes]).toEqual([[], []]);
    },
  );

  it('returns defaults when there is no file and none was named', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'myproj-'));
    const loaded = await loadConfig({ file: 'distro.yml', cwd: dir, env: {} });
    expect(loaded.config).toEqual({ name: path.basename(dir) });
    expect(loaded.file).toBeUndefined();
    expect(loaded.warnings).toEqual([]);
    expect(loaded.lineOf('name')).toBeUndefined();
  });

  it('fails when a named file is missing', async () => {
    const err = await failure('missing.yml');
    expect(err.message).toMatch(/missing\.yml not found/);
    expect(err.file).toBe(path.join(fixtures, 'missing.yml'));
  });

  it('normalises comma-separated lists and keeps version-like numbers as written', async () => {
    const dir = tempConfig(
      [
        'name: hello',
        'version: 1.10',
        'epoch: 1',
        'targets: "x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu"',
        'formats: deb,rpm',
        'depends: libc6, libssl3',
        'overrides: { rpm: { depends: "glibc, openssl-libs" } }',
        'sign: { checksums: "sha256,sha512", per_file: true }',
        'build: { builder: go, binaries: hello, env: { CGO_ENABLED: 0, DEBUG: false } }',
        'archives: { files: [README.md, { src: LICENSE, mode: "0644" }], format_overrides: { windows: zip } }',
        '',
      ].join('\n'),
    );
    const { config: c, warnings } = await loadConfig({ file: 'distro.yml', cwd: dir, env: {} });
    expect(warnings).toEqual([]);
    expect(c.version).toBe('1.10');
    expect(c.epoch).toBe('1');
    expect(c.targets).toEqual(['x86_64-unknown-linux-gnu', 'aarch64-unknown-linux-gnu']);
    expect(c.formats).toEqual(['deb', 'rpm']);
    expect(c.depends).toEqual(['libc6', 'libssl3']);
    expect(c.overrides!.rpm!.depends).toEqual(['glibc', 'openssl-libs']);
    expect(c.sign).toEqual({ checksums: ['sha256', 'sha512'], per_file: true });
    expect(c.build).toEqual({
      builder: 'go',
      binaries: ['hello'],
      env: { CGO_ENABLED: '0', DEBUG: 'false' },
    });
    expect(c.archives!.files).toEqual(['README.md', { src: 'LICENSE', mode: 0o644 }]);
  });

  it('warns about decimal modes', async () => {
    const dir = tempConfig('name: a\ncontents:\n  - { src: a, dst: /a, file_info: { mode: 755 } }\n');
    const { warnings } = await loadConfig({ file: 'distro.yml', cwd: dir, env: {} });
    expect(warnings).toEqual([
      {
        line: 3,
        message: expect.stringMatching(/contents\[0\]\.file_info\.mode: 755 is a decimal number.*write 0755/),
      },
    ]);
  });

  it('expands ${VAR} and ${VAR:-default} everywhere, $${VAR} is literal, $VAR untouched', async () => {
    const dir = tempConfig(
      [
        'name: ${NAME}',
        'description: "${DESC:-no description} costs $$5 and $${HOME} $HOME"',
        'build: { builder: command, command: "make VERSION=${VERSION:-dev}" }',
        'smoke: { command: "sh -c \'echo $${PATH}\'" }',
      ].join('\n'),
    );
    const { config: c } = await loadConfig({
      file: 'distro.yml',
      cwd: dir,
      env: { NAME: 'hello', DESC: '', VERSION: '1.0' },
    });
    expect(c.name).toBe('hello');
    expect(c.description).toBe('no description costs $$5 and ${HOME} $HOME');
    expect(c.build!.command).toBe('make VERSION=1.0');
    expect(c.smoke).toEqual({ command: "sh -c 'echo ${PATH}'" });
  });

  it('expandEnv edge cases', () => {
    expect(expandEnv('${A}${B:-x}${C:-}', { A: '1', B: undefined })).toBe('1x');
    expect(expandEnv('${A:-${B}}', {})).toBe('${B}'); // the default is not expanded again (it ends at the first })
    expect(() => expandEnv('${A', {})).toThrow(/no closing/);
    expect(() => expandEnv('${A-b}', {})).toThrow(/not a supported substitution/);
  });
});

describe('loadConfig: bad files name the key, the file and line, and the fix', () => {
  it('YAML syntax error', async () => {
    // (inline: a broken .yml fixture would break `prettier --check`)
    const dir = tempConfig('name: hello\nbuild:\n  builder: make\n   binaries: [hello]\n', 'bad-syntax.yml');
    const err = await loadConfig({ file: 'bad-syntax.yml', cwd: dir, env: {} }).then(
      () => undefined,
      (e: unknown) => e as DistroError,
    );
    expect(err).toBeInstanceOf(DistroError);
    if (!err) return;
    expect(err.message).toMatch(
      /^bad-syntax\.yml:3:12: Nested mappings are not allowed in compact mappings; fix the YAML syntax\.$/,
    );
    expect(err.file).toBe(path.join(dir, 'bad-syntax.yml'));
    expect(err.line).toBe(3);
    expect(err.col).toBeGreaterThan(0);
  });

  it('unknown format', async () => {
    const err = await failure('bad-format.yml');
    expect(err.key).toBe('formats[1]');
    expect(err.line).toBe(3);
    expect(err.message).toBe(
      `bad-format.yml:3: formats[1]: the string 'exe' is not allowed; expected one of: ${KNOWN_FORMATS.join(', ')}; use one of those values.`,
    );
    expect(err.message).toContain('deb, rpm, apk, archlinux, tar.gz, tar.xz, tar.zst, zip');
  });

  it('wrong type', async () => {
    const err = await failure('bad-depends.yml');
    expect(err.key).toBe('depends');
    expect(err.line).toBe(4);
    expect(err.message).toBe(
      'bad-depends.yml:4: depends: is the number 5, expected a string or a list of strings; write depends as a string or a list of strings.',
    );
  });

  it('bad builder', async () => {
    const err = await failure('bad-builder.yml');
    expect(err.key).toBe('build.builder');
    expect(err.line).toBe(4);
    expect(err.message).toMatch(
      /^bad-builder\.yml:4: build\.builder: the string 'maven' is not allowed; expected one of: cargo, go, cmake, make, command; /,
    );
  });

  it('unset ${VAR}: loads, and the key throws its error (file, line, fix) only when read', async () => {
    const loaded = await loadConfig({ file: 'unset-var.yml', cwd: fixtures, env: {}, required: true });
    expect(loaded.config.homepage).toBe('https://example.com/hello'); // the default applies
    const err = (() => {
      try {
        return loaded.config.maintainer;
      } catch (e) {
        return e;
      }
    })() as DistroError;
    expect(err).toBeInstanceOf(DistroError);
    expect(err.key).toBe('maintainer');
    expect(err.line).toBe(3);
    expect(err.message).toBe(
      'unset-var.yml:3: maintainer: ${MAINTAINER} is not set; set MAINTAINER in the environment or give a default with ${MAINTAINER:-value}.',
    );
    // and with it set, it is just a value
    const ok = await loadConfig({
      file: 'unset-var.yml',
      cwd: fixtures,
      env: { MAINTAINER: 'Me <me@example.com>' },
    });
    expect(ok.config.maintainer).toBe('Me <me@example.com>');
  });

  it('unset ${VAR} in a typed key, a list item or a section: validated by whoever reads it', async () => {
    const dir = tempConfig(
      [
        'name: a',
        'build: { builder: "${BUILDER}", command: "make CC=${CC}" }',
        'smoke: { timeout: "${SMOKE_TIMEOUT}" }',
        'depends: [libc6, "${EXTRA_DEP}"]',
        'sign: { sbom: "${SBOM}" }',
      ].join('\n'),
    );
    const { config: c } = await loadConfig({ file: 'distro.yml', cwd: dir, env: {} });
    expect(c.name).toBe('a');
    expect(c.depends![0]).toBe('libc6');
    expect(() => c.build!.command).toThrow(/^distro\.yml:2: build\.command: \$\{CC\} is not set; /);
    expect(() => c.build!.builder).toThrow(/^distro\.yml:2: build\.builder: \$\{BUILDER\} is not set; /);
    expect(() => c.smoke!.timeout).toThrow(/^distro\.yml:3: smoke\.timeout: \$\{SMOKE_TIMEOUT\} is not set/);
    expect(() => c.depends![1]).toThrow(/^distro\.yml:4: depends\[1\]: \$\{EXTRA_DEP\} is not set/);
    expect(() => assertExpanded(c, ['depends', 'sign'])).toThrow(/^distro\.yml:4: depends\[1\]/);
    expect(() => assertExpanded(c, ['sign', 'depends'])).toThrow(/^distro\.yml:5: sign\.sbom/);
    expect(() => assertExpanded(c, ['name', 'targets'])).not.toThrow();
    expect(() => assertExpanded(c, ['name', 'smoke'])).toThrow(/smoke\.timeout/);
    // set, a typed key is validated as usual
    await expect(
      loadConfig({
        file: 'distro.yml',
        cwd: dir,
        env: { BUILDER: 'maven', CC: 'cc', SMOKE_TIMEOUT: '1', EXTRA_DEP: 'x', SBOM: 'spdx' },
      }),
    ).rejects.toThrow(/^distro\.yml:2: build\.builder: the string 'maven' is not allowed/);
    // a malformed ${…} is an error at load, whoever reads it: it is wrong in every environment
    const bad = tempConfig('name: a\nbuild: { command: "make CC=${CC" }\n');
    await expect(loadConfig({ file: 'distro.yml', cwd: bad, env: {} })).rejects.toThrow(
      /^distro\.yml:2: build\.command: '\$\{CC' has no closing '\}'/,
    );
  });

  it('unknown top-level keys are errors with line and "did you mean"', async () => {
    const err = await failure('unknown-keys.yml');
    expect(err.key).toBe('licence');
    expect(err.line).toBe(2);
    expect(err.message).toMatch(
      /^unknown-keys\.yml:2: licence: unknown key; did you mean 'license'\? Fix the spelling or remove it\. \(1 more problem: x-custom \(line 3\)\)$/,
    );
  });

  // A misspelt key anywhere: one error, its line, and the key it should be.
  const typos: Array<[string, string, string, number]> = [
    ['maintaner: Me <me@example.com>', 'maintaner', 'maintainer', 2],
    ['sign: { chcksums: [sha256] }', 'sign.chcksums', 'checksums', 2],
    ['sign: { sbomm: spdx }', 'sign.sbomm', 'sbom', 2],
    ['sign: { per_fil: true }', 'sign.per_fil', 'per_file', 2],
    ['smoke: { timout: 30 }', 'smoke.timout', 'timeout', 2],
    ['smoke:\n  command: hello\n  instal_timeout: 30', 'smoke.instal_timeout', 'install_timeout', 4],
    ['repo: { keep: 3 }', 'repo', 'repos', 2],
    ['repos: { kep: 3 }', 'repos.kep', 'keep', 2],
    ['repos:\n  apt:\n    codenme: stable', 'repos.apt.codenme', 'codename', 4],
    ['repos: { yum: { compresion: zstd } }', 'repos.yum.compresion', 'compression', 2],
    ['build: { bulder: make }', 'build.bulder', 'builder', 2],
    ['archives: { wrap_in_directry: true }', 'archives.wrap_in_directry', 'wrap_in_directory', 2],
    ['archives: { files: [{ src: README.md, dts: doc/ }] }', 'archives.files[0].dts', 'dst', 2],
    ['deb: { compresion: xz }', 'deb.compresion', 'compression', 2],
    ['deb: { triggers: { intrest: [a] } }', 'deb.triggers.intrest', 'interest', 2],
    ['rpm: { sumary: Greets }', 'rpm.sumary', 'summary', 2],
    ['rpm: { scripts: { pretran: a.sh } }', 'rpm.scripts.pretran', 'pretrans', 2],
    ['apk: { arh: x86_64 }', 'apk.arh', 'arch', 2],
    ['archlinux: { pkgbse: a }', 'archlinux.pkgbse', 'pkgbase', 2],
    ['scripts: { postinstal: a.sh }', 'scripts.postinstal', 'postinstall', 2],
    ['overrides: { deb: { depend: [a] } }', 'overrides.deb.depend', 'depends', 2],
    ['overrides: { rmp: { depends: [a] } }', 'overrides.rmp', 'rpm', 2],
    [
      'contents:\n  - { src: a, dst: /a, file_info: { moed: 0644 } }',
      'contents[0].file_info.moed',
      'mode',
      3,
    ],
    ['contents:\n  - { src: a, dst: /a, packger: deb }', 'contents[0].packger', 'packager', 3],
    ['targts: [aarch64]', 'targts', 'targets', 2],
  ];
  it.each(typos)('%s', async (yaml, key, meant, line) => {
    const dir = tempConfig(`name: a\n${yaml}\n`);
    const err = await loadConfig({ file: 'distro.yml', cwd: dir, env: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    const e = err as DistroError;
    expect([e.key, e.line, e.file]).toEqual([key, line, path.join(dir, 'distro.yml')]);
    expect(e.message).toContain(`distro.yml:${line}: ${key}: unknown key`);
    expect(e.message).toContain(`did you mean '${meant}'?`);
  });

  it('a valid nfpm-only key loads with a note, not an error; the stage logs it', async () => {
    const dir = tempConfig(
      'name: a\nplatform: linux\nrpm: { prefixes: [/opt] }\ncontents:\n  - { src: a, dst: /a, file_info: { lang: de } }\n',
    );
    const loaded = await loadConfig({ file: 'distro.yml', cwd: dir, env: {} });
    expect(loaded.warnings).toEqual([]);
    expect(loaded.notes).toEqual([
      {
        line: 2,
        message: expect.stringMatching(/^distro\.yml:2: platform: accepted for nfpm compatibility, not used/),
      },
      {
        line: 3,
        message: expect.stringMatching(/^distro\.yml:3: rpm\.prefixes: .*packages are not relocatable/),
      },
      {
        line: 5,
        message: expect.stringMatching(/^distro\.yml:5: contents\[0\]\.file_info\.lang: .*no %lang tag/),
      },
    ]);
    expect(loaded.config.platform).toBe('linux');
  });

  it('missing name', async () => {
    const err = await failure('no-name.yml');
    expect(err.key).toBe('name');
    expect(err.line).toBe(2);
    expect(err.message).toBe(
      'no-name.yml:2: name: is missing but required; add `name: <package name>` at the top level.',
    );
  });

  it('unknown key inside a known section points at that key', async () => {
    const err = await failure('bad-contents.yml');
    expect(err.key).toBe('contents[2].dts');
    expect(err.line).toBe(9);
    expect(err.message).toMatch(
      /^bad-contents\.yml:9: contents\[2\]\.dts: unknown key in contents\[2\]; known keys: src, dst, .*did you mean 'dst'\?/,
    );
    expect(err.message).toMatch(/1 more problem: contents\[2\]\.dst \(line 8\)/);
  });

  it('nested wrong type inside a list and a bad type enum', async () => {
    const dir = tempConfig(
      'name: a\ndepends:\n  - libc6\n  - 7\ncontents:\n  - { src: a, dst: /a, type: configg }\n',
    );
    await expect(loadConfig({ file: 'distro.yml', cwd: dir, env: {} })).rejects.toThrow(
      /^distro\.yml:4: depends\[1\]: is the number 7, expected a string; .*\(1 more problem: contents\[0\]\.type \(line 6\)\)$/,
    );
  });

  it('a top level that is not a mapping', async () => {
    const dir = tempConfig('- a\n- b\n');
    await expect(loadConfig({ file: 'distro.yml', cwd: dir, env: {} })).rejects.toThrow(
      /^distro\.yml:1: the top level must be a mapping/,
    );
  });

  it('duplicate keys', async () => {
    const dir = tempConfig('name: a\nlicense: MIT\nname: b\n');
    await expect(loadConfig({ file: 'distro.yml', cwd: dir, env: {} })).rejects.toThrow(
      /^distro\.yml:3:1: Map keys must be unique; fix the YAML syntax\.$/,
    );
  });
});
