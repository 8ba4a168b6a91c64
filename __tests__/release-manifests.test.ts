/**
 * The Homebrew formula, Scoop manifest and winget manifests of a release, made from real archives
 * (written by the archive writer: a host `hello` built here with gcc for Linux and macOS, a
 * mingw-w64 hello.exe for Windows, completions and a man page beside them) and Windows installers.
 * The release files are served on 127.0.0.1 and every URL in every manifest is downloaded and
 * hashed against the sha256 it is paired with. The formula passes `ruby -c`, loads in Ruby with a
 * minimal stand-in for Homebrew's Formula DSL that finds its class by Homebrew's naming rule,
 * installs from the unpacked Linux archive, and its `test do` block runs the installed binary.
 * Scoop and winget manifests are validated against their official schemas with ajv.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../src/config/index.js';
import { formulaClassName } from '../src/formats/homebrew/index.js';
import { DEFAULT_URL_TEMPLATE, renderUrl } from '../src/formats/release-files/index.js';
import { makeReleaseManifests, type ManifestContext } from '../src/formats/release-files/make.js';
import type { ManifestArtifact } from '../src/manifest/index.js';
import { makeReleaseFixture, sh as shIn, sha256 } from './helpers/release-fixture.js';
import { serveDir, type StaticServer } from './helpers/http-server.js';
import { scoopValidator, wingetValidators } from './helpers/manifest-schemas.js';

const base = mkdtempSync(path.join(tmpdir(), 'distro-release-manifests-'));
const dist = path.join(base, 'dist');
const project = path.join(base, 'project');
const STANDIN = path.join(import.meta.dirname, 'helpers', 'formula-standin.rb');
let server: StaticServer;
let artifacts: ManifestArtifact[];

const sh = (argv: string[]) => shIn(argv, base);

async function context(config: string, env: Record<string, string> = {}): Promise<ManifestContext> {
  writeFileSync(path.join(project, 'distro.yml'), config);
  const loaded = await loadConfig({ file: 'distro.yml', cwd: project, env: {}, required: true });
  return {
    config: loaded.config,
    loaded,
    version: '1.2.3',
    artifacts,
    distDir: dist,
    env: { PATH: process.env.PATH, ...env },
  };
}

const CONFIG = (url: string) => `name: hello
description: Says hello.
homepage: https://example.com/hello
license: MIT
vendor: Example Org
smoke: { command: "hello --version", expect: "hello 1.2.3" }
homebrew: { url_template: "${url}/{file}" }
scoop: { url_template: "${url}/{file}" }
winget: { url_template: "${url}/{file}", publisher: Example Org, package_identifier: ExampleOrg.Hello, moniker: hello, tags: [cli, hello] }
`;

beforeAll(async () => {
  artifacts = await makeReleaseFixture(base, dist, project);
  server = await serveDir(dist);
}, 120_000);

afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

/** Downloads `url` from the local server and returns the sha256 of what came back. */
async function remoteSha256(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  return sha256(Buffer.from(await res.arrayBuffer()));
}

describe('Homebrew formula', () => {
  test('ruby -c passes; the stand-in DSL finds the class, every url/sha256 pair matches its download, install and test run', async () => {
    const ctx = await context(CONFIG(server.url));
    const [f] = await makeReleaseManifests(ctx, ['homebrew']);
    expect(f!.path).toBe('hello.rb');
    const rb = path.join(base, 'hello.rb');
    writeFileSync(rb, f!.text);
    expect(sh(['ruby', '-c', rb])).toMatch(/Syntax OK/);

    // the linux x86_64 archive (the host binary) is installed and tested
    const src = path.join(base, 'unpacked');
    mkdirSync(src, { recursive: true });
    sh(['tar', '-xzf', path.join(dist, 'hello-1.2.3-linux-amd64.tar.gz'), '-C', src]);
    const prefix = path.join(base, 'Cellar', 'hello', '1.2.3');
    const out = JSON.parse(
      sh(['ruby', STANDIN, rb, 'hello', 'linux', 'amd64', path.join(src, 'hello-1.2.3-linux-amd64'), prefix]),
    ) as {
      class: string;
      fields: Record<string, string>;
      urls: Array<{ os: string; arch: string; url: string; sha256: string }>;
      installed: string[];
      test: string;
    };
    expect(out.class).toBe('Hello');
    expect(out.fields).toEqual({
      desc: 'Says hello',
      homepage: 'https://example.com/hello',
      version: '1.2.3',
      license: 'MIT',
    });
    expect(out.urls.map((u) => `${u.os}/${u.arch}`).sort()).toEqual([
      'darwin/amd64',
      'darwin/arm64',
      'linux/amd64',
      'linux/arm64',
    ]);
    for (const u of out.urls) {
      const a = artifacts.find((x) => x.os === u.os && x.arch === u.arch)!;
      expect(u.url).toBe(`${server.url}/${a.path}`);
      expect(await remoteSha256(u.url)).toBe(u.sha256);
    }
    expect(out.installed).toEqual([
      'bin/hello',
      'etc/bash_completion.d/hello',
      'share/fish/vendor_completions.d/hello.fish',
      'share/man/man1/hello.1',
      'share/zsh/site-functions/_hello',
    ]);
    expect(out.test).toBe('passed');
  }, 60_000);

  test("class names follow Homebrew's Formulary.class_s, checked against its Ruby code", () => {
    const names = ['hello', 'hello-world', 'foo_bar', 'node@20', 'gtk+3', 'a.b-c', 'python@3.12', 'x264'];
    const rubyCode = `def class_s(name)
  class_name = name.capitalize
  class_name.gsub!(/[-_.\\s]([a-zA-Z0-9])/) { Regexp.last_match(1).upcase }
  class_name.tr!("+", "x")
  class_name.sub!(/(.)@(\\d)/, "\\\\1AT\\\\2")
  class_name
end
ARGV.each { |n| puts class_s(n) }`;
    const r = spawnSync('ruby', ['-e', rubyCode, ...names], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(names.map(formulaClassName)).toEqual(r.stdout.trim().split('\n'));
    expect(formulaClassName('node@20')).toBe('NodeAT20');
  });

  test('a failing smoke expectation makes the test block fail (the block really runs the binary)', async () => {
    const ctx = await context(CONFIG(server.url).replace('expect: "hello 1.2.3"', 'expect: "goodbye"'));
    const [f] = await makeReleaseManifests(ctx, ['homebrew']);
    const rb = path.join(base, 'bad.rb');
    writeFileSync(rb, f!.text);
    const src = path.join(base, 'unpacked2');
    mkdirSync(src, { recursive: true });
    sh(['tar', '-xzf', path.join(dist, 'hello-1.2.3-linux-amd64.tar.gz'), '-C', src]);
    const r = spawnSync(
      'ruby',
      [
        STANDIN,
        rb,
        'hello',
        'linux',
        'amd64',
        path.join(src, 'hello-1.2.3-linux-amd64'),
        path.join(base, 'p2'),
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/assert_match.*goodbye/);
  });
});

describe('hostile config values', () => {
  test('quotes, backslashes and #{...} in the description and smoke command stay text in Ruby', async () => {
    const marker = path.join(base, 'pwned');
    const desc = `Says "hi" #{system("touch pwned")} \\ and 'more'`; // ruby runs in base: pwned = marker
    const cfg = CONFIG(server.url)
      .replace('description: Says hello.', `description: ${JSON.stringify(desc)}`)
      .replace('command: "hello --version"', `command: ["hello", "--name", "#{\`touch pwned\`}", "a'b"]`)
      .replace('expect: "hello 1.2.3"', 'expect: "\\"#{1}"');
    const [f] = await makeReleaseManifests(await context(cfg), ['homebrew']);
    const rb = path.join(base, 'hostile.rb');
    writeFileSync(rb, f!.text);
    expect(sh(['ruby', '-c', rb])).toMatch(/Syntax OK/);
    const out = JSON.parse(sh(['ruby', STANDIN, rb, 'hello'])) as { fields: Record<string, string> };
    expect(out.fields.desc).toBe(desc);
    // the test block's command is one shell-quoted word per argument
    // (Ruby source: `\\#` is a literal #, `\\\\` one backslash, so the shell gets 'a'\''b')
    expect(f!.text).toContain(`shell_output("#{bin}/hello --name '\\#{\`touch pwned\`}' 'a'\\\\''b'")`);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('Scoop manifest', () => {
  test('valid against the official schema; 64bit/arm64 url and hash match the downloads; checkver and autoupdate point at the release', async () => {
    const ctx = await context(CONFIG(server.url));
    const [f] = await makeReleaseManifests(ctx, ['scoop']);
    expect(f!.path).toBe('hello.json');
    const m = JSON.parse(f!.text) as {
      version: string;
      bin: string;
      architecture: Record<string, { url: string; hash: string; extract_dir?: string }>;
      autoupdate: { architecture: Record<string, { url: string }> };
    };
    const validate = scoopValidator();
    expect(validate(m) ? [] : validate.errors).toEqual([]);
    expect(Object.keys(m.architecture).sort()).toEqual(['64bit', 'arm64']);
    for (const a of Object.values(m.architecture)) expect(await remoteSha256(a.url)).toBe(a.hash);
    expect(m.architecture['64bit']!.extract_dir).toBe('hello-1.2.3-windows-amd64');
    expect(m.bin).toBe('hello.exe');
    // the zip really holds bin below extract_dir
    expect(sh(['unzip', '-Z1', path.join(dist, 'hello-1.2.3-windows-amd64.zip')])).toContain(
      'hello-1.2.3-windows-amd64/hello.exe',
    );
    expect(m.autoupdate.architecture['64bit']!.url).toBe(`${server.url}/hello-$version-windows-amd64.zip`);

    // with the default template: the GitHub release of the tag, and checkver on the repository
    const gh = await makeReleaseManifests(
      await context(CONFIG(server.url).replace(/\nscoop: .*\n/, '\n'), {
        GITHUB_REPOSITORY: 'acme/hello',
        GITHUB_REF: 'refs/tags/v1.2.3',
      }),
      ['scoop'],
    );
    const g = JSON.parse(gh[0]!.text) as Record<string, unknown> & {
      architecture: Record<string, { url: string }>;
    };
    expect(validate(g) ? [] : validate.errors).toEqual([]);
    expect(g.architecture['arm64']!.url).toBe(
      'https://github.com/acme/hello/releases/download/v1.2.3/hello-1.2.3-windows-arm64.zip',
    );
    expect(g.checkver).toEqual({ github: 'https://github.com/acme/hello' });
    expect(
      (g.autoupdate as { architecture: Record<string, { url: string }> }).architecture['arm64']!.url,
    ).toBe('https://github.com/acme/hello/releases/download/v$version/hello-$version-windows-arm64.zip');
  });
});

describe('winget manifests', () => {
  test('version, installer and defaultLocale under manifests/e/ExampleOrg/Hello/1.2.3/, valid against schema 1.10.0, every URL and hash matching', async () => {
    const ctx = await context(CONFIG(server.url));
    const files = await makeReleaseManifests(ctx, ['winget']);
    expect(files.map((f) => f.path)).toEqual([
      'winget/manifests/e/ExampleOrg/Hello/1.2.3/ExampleOrg.Hello.yaml',
      'winget/manifests/e/ExampleOrg/Hello/1.2.3/ExampleOrg.Hello.installer.yaml',
      'winget/manifests/e/ExampleOrg/Hello/1.2.3/ExampleOrg.Hello.locale.en-US.yaml',
    ]);
    const v = wingetValidators();
    const docs = files.map((f) => parse(f.text) as Record<string, unknown>);
    for (const d of docs) {
      const validate = v[d.ManifestType as 'version' | 'installer' | 'defaultLocale'];
      expect(validate(d) ? [] : validate.errors).toEqual([]);
      expect(d.PackageVersion).toBe('1.2.3');
    }
    const installers = docs[1]!.Installers as Array<Record<string, unknown>>;
    expect(installers.map((i) => `${String(i.Architecture)} ${String(i.InstallerType)}`)).toEqual([
      'x64 msi',
      'x64 nullsoft',
      'x64 zip',
      'arm64 zip',
    ]);
    expect(installers[2]!.NestedInstallerType).toBe('portable');
    expect(installers[2]!.NestedInstallerFiles).toEqual([
      { RelativeFilePath: 'hello-1.2.3-windows-amd64\\hello.exe', PortableCommandAlias: 'hello' },
    ]);
    for (const i of installers) {
      expect(await remoteSha256(String(i.InstallerUrl))).toBe(String(i.InstallerSha256).toLowerCase());
    }
    expect(docs[2]).toMatchObject({
      Publisher: 'Example Org',
      PackageName: 'hello',
      License: 'MIT',
      Moniker: 'hello',
    });
  });
});

describe('bad input', () => {
  test('a URL template that yields no URL for a file names the key and line', async () => {
    const ctx = await context(CONFIG('https://dl.example.com').replace('{file}"', '"'));
    const err = (await makeReleaseManifests(ctx, ['homebrew']).catch((e: unknown) => e)) as Error & {
      key?: string;
      line?: number;
    };
    expect(err.key).toBe('homebrew.url_template');
    expect(err.line).toBe(7);
    expect(err.message).toMatch(/no \{file\}/);
    const noRepo = await context(CONFIG('x').replace(/\nhomebrew: .*\n/, '\n'));
    const e2 = (await makeReleaseManifests(noRepo, ['homebrew']).catch((e: unknown) => e)) as Error;
    expect(e2.message).toMatch(/\{owner\} has no value.*GITHUB_REPOSITORY/);
  });

  test('an unknown key in homebrew:, scoop: or winget: is a config error', async () => {
    await expect(context(CONFIG('https://x').replace('moniker: hello', 'monikr: hello'))).rejects.toThrow(
      /winget.*monikr|monikr.*moniker/,
    );
    await expect(context(`name: hello\nhomebrew: { tapp: a/b }\n`)).rejects.toThrow(/tapp/);
  });

  test('a release without the platforms a manifest needs is an error naming the format', async () => {
    const ctx = await context(CONFIG(server.url));
    ctx.artifacts = artifacts.filter((a) => a.os === 'linux');
    await expect(makeReleaseManifests(ctx, ['scoop'])).rejects.toThrow(/no Windows zip archive/);
    await expect(makeReleaseManifests(ctx, ['winget'])).rejects.toThrow(/no Windows zip, msi or nsis/);
    ctx.artifacts = artifacts.filter((a) => a.os === 'windows');
    await expect(makeReleaseManifests(ctx, ['homebrew'])).rejects.toThrow(/no macOS or Linux archive/);
  });
});

describe('through package-format (the format registry)', () => {
  test('formats homebrew, scoop, winget in a job without a target write the files and list them in the manifest', async () => {
    const { packageStage } = await import('../src/stages/package.js');
    const { createArtifactStore } = await import('../src/runner/artifacts.js');
    const { memoryLogger } = await import('../src/log.js');
    const { cpSync } = await import('node:fs');
    const ws = path.join(base, 'package-ws');
    cpSync(dist, path.join(ws, 'dist'), { recursive: true });
    writeFileSync(path.join(ws, 'distro.yml'), CONFIG(server.url));
    writeFileSync(
      path.join(ws, 'dist', 'manifest.json'),
      JSON.stringify({ schema: 1, project: { name: 'hello', version: '1.2.3' }, artifacts }),
    );
    const r = await packageStage({
      workspace: ws,
      version: '1.2.3',
      env: { PATH: process.env.PATH },
      log: memoryLogger(),
      store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(base, 'package-artifacts') }),
      upload: false,
      formats: ['homebrew', 'scoop', 'winget'],
      sourceDateEpoch: 1767225600,
    });
    expect(r.artifacts.map((a) => `${a.kind} ${a.path}`)).toEqual([
      'formula hello.rb',
      'scoop hello.json',
      'winget winget/manifests/e/ExampleOrg/Hello/1.2.3/ExampleOrg.Hello.yaml',
      'winget winget/manifests/e/ExampleOrg/Hello/1.2.3/ExampleOrg.Hello.installer.yaml',
      'winget winget/manifests/e/ExampleOrg/Hello/1.2.3/ExampleOrg.Hello.locale.en-US.yaml',
    ]);
    const again = await makeReleaseManifests(await context(CONFIG(server.url)), ['homebrew']);
    expect(readFileSync(path.join(ws, 'dist', 'hello.rb'), 'utf8')).toBe(again[0]!.text);
  }, 60_000);
});

describe('download URLs', () => {
  const f = { file: 'hello-1.0.0~rc1-windows-amd64.zip', os: 'windows', arch: 'amd64' };
  const c = { repository: 'o/r', tag: 'v1.0.0-rc1', version: '1.0.0~rc1', name: 'hello' };
  const where = { key: 'homebrew.url_template' };

  it('name a GitHub release asset as GitHub stores it (its ~ turned into .)', () => {
    expect(renderUrl(DEFAULT_URL_TEMPLATE, f, c, where)).toBe(
      'https://github.com/o/r/releases/download/v1.0.0-rc1/hello-1.0.0.rc1-windows-amd64.zip',
    );
  });

  it('keep the file name for any other server', () => {
    expect(renderUrl('https://dl.example.org/{version}/{file}', f, c, where)).toBe(
      'https://dl.example.org/1.0.0~rc1/hello-1.0.0~rc1-windows-amd64.zip',
    );
  });
});
