/**
 * Hostile and careless input (issue 12, items 1–4 and 14): versions that would run code in a
 * Makefile recipe, inputs that would forge workflow commands in the log, URLs that would run code in
 * the install line users paste or add fields to the published `.sources`, a contents `dst` that
 * escapes with `..`, and inputs or config checked only after work was done. The actions run as the
 * GitHub runner starts them (node dist/…/index.js, see helpers/runner.ts); each hostile value must
 * give one clear `::error` naming where it came from, create no file and write nothing.
 * The count of hostile inputs tried, by group, is printed at the end (HOSTILE_COUNT lines).
 * The runner cases start dist/: run `npm run bundle` first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { aptSnippets } from '../src/repos/apt/snippets.js';
import { installCommands } from '../src/repos/yum/repofile.js';
import { checkUrl } from '../src/repos/url.js';
import { neutraliseCommands, memoryLogger } from '../src/log.js';
import { resolveVersion, tagFromRef } from '../src/config/index.js';
import { DistroError } from '../src/errors.js';
import { LocalArtifactStore } from '../src/runner/artifacts.js';
import { packageStage } from '../src/stages/package.js';
import { buildStage } from '../src/stages/build.js';
import { publishStage } from '../src/stages/publish.js';
import { cli } from '../src/cli.js';
import { makeWorkspace, runAction, type ActionRun, type RunnerDirs } from './helpers/runner.js';

/** Hostile inputs tried per group, and how many were refused or made harmless as they should be. */
const tally: Record<string, { tried: number; held: number }> = {};
function count(group: string, held: boolean): void {
  const t = (tally[group] ??= { tried: 0, held: 0 });
  t.tried++;
  if (held) t.held++;
}
afterAll(() => {
  for (const [g, t] of Object.entries(tally)) console.log(`HOSTILE_COUNT ${g}: ${t.held}/${t.tried} held`);
});

/** Lines of stdout the runner would read as workflow commands (leading whitespace trimmed, as it does). */
const commandLines = (out: string) =>
  out.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l) || l.includes('##['));
/** Our own commands: what @actions/core issues, with its escaped data. */
const OURS =
  /^::(error title=distro-actions(,file=[^:]*)?(,line=\d+)?|group|endgroup|debug|add-mask|warning[^:]*)::/;
const errorLines = (r: ActionRun) => r.stdout.split('\n').filter((l) => l.startsWith('::error'));

const MAKEFILE = [
  'VERSION ?= 0.0.0',
  'hello: hello.c',
  '\tcc -DVERSION=\\"$(VERSION)\\" -o hello hello.c',
  '',
].join('\n');
const HELLO_C = '#include <stdio.h>\nint main(void) { puts(VERSION); return 0; }\n';

/** A make project whose recipe passes the version through sh, as most Makefiles do. */
function makeProject(extraConfig = ''): RunnerDirs {
  const dirs = makeWorkspace();
  writeFileSync(path.join(dirs.workspace, 'Makefile'), MAKEFILE);
  writeFileSync(path.join(dirs.workspace, 'hello.c'), HELLO_C);
  writeFileSync(
    path.join(dirs.workspace, 'distro.yml'),
    `name: hello\nbuild: { builder: make, binaries: [hello] }\n${extraConfig}`,
  );
  return dirs;
}

const GREET = 'name: greet\nmaintainer: T <t@example.com>\ndescription: d\narch: all\n';

/** A workspace with greet.conf and distro.yml (GREET, then `rest`), and package-format's options for it. */
function greetProject(rest: string, formats: string[], version?: string) {
  const dirs = makeWorkspace();
  writeFileSync(path.join(dirs.workspace, 'greet.conf'), 'x=1\n');
  writeFileSync(path.join(dirs.workspace, 'distro.yml'), GREET + rest);
  const options = {
    workspace: dirs.workspace,
    version,
    formats,
    sourceDateEpoch: 1700000000,
    upload: false,
    env: { RUNNER_TEMP: dirs.temp },
    log: memoryLogger(),
    store: new LocalArtifactStore(dirs.artifacts),
  };
  return { dirs, options };
}

describe('item 1: the version never reaches a shell', () => {
  const marker = mkdtempSync(path.join(tmpdir(), 'distro-pwn-'));
  const m = (n: string) => path.join(marker, n);

  it('the recipe does run a hostile VERSION through sh (so the cases below would create files)', () => {
    const dirs = makeProject();
    execFileSync('make', [`VERSION=1.0\`touch ${m('proof')}\``], { cwd: dirs.workspace, stdio: 'ignore' });
    expect(existsSync(m('proof'))).toBe(true);
  });

  it('a good version builds and is the one compiled in', () => {
    const dirs = makeProject();
    const r = runAction('build-target', { version: 'v1.2.3-rc.1' }, dirs);
    expect(errorLines(r)).toEqual([]);
    expect(r.status).toBe(0);
    const bin = JSON.parse(r.outputs.binaries!)[0] as string;
    expect(execFileSync(path.join(dirs.workspace, 'dist', bin), { encoding: 'utf8' })).toBe('1.2.3-rc.1\n');
  });

  const inputCases = [
    `1.0\`touch ${m('i1')}\``,
    `1.0;touch ${m('i2')}`,
    '1.0;rm -rf x',
    `1.0$(touch ${m('i3')})`,
    `1.0" && touch ${m('i4')} && echo "`,
    `1.0\ntouch ${m('i5')}`,
    `1.0'$(touch ${m('i6')})'`,
    `v1.0|touch ${m('i7')}`,
    `1.0&touch ${m('i8')}`,
    `1.0>${m('i9')}`,
  ];
  it.each(inputCases)('input version %j is refused before the build', (version) => {
    const dirs = makeProject();
    const r = runAction('build-target', { version }, dirs);
    const errs = errorLines(r);
    const held =
      r.status === 1 &&
      errs.length === 1 &&
      errs[0]!.includes("input 'version'") &&
      errs[0]!.includes('is not a version') &&
      readdirSync(marker).every((f) => f === 'proof') &&
      !existsSync(path.join(dirs.workspace, 'dist')) &&
      !existsSync(path.join(dirs.workspace, 'hello'));
    count('version (input, tag, config, git describe) through build-target', held);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/input 'version': ".*" is not a version: a version starts with a digit/);
    expect(r.status).toBe(1);
    expect(readdirSync(marker).filter((f) => f !== 'proof')).toEqual([]);
    expect(existsSync(path.join(dirs.workspace, 'dist'))).toBe(false);
  });

  const tagCases = [
    'refs/tags/v1.0`touch$IFS/tmp/x`',
    `refs/tags/v1.0\`touch$$IFS${m('t1')}\``,
    `refs/tags/v1.0$(touch$IFS${m('t2')})`,
    `refs/tags/v1.0;touch$IFS${m('t3')}`,
    `refs/tags/v1.0\n::error::forged`,
  ];
  it.each(tagCases)('the tag %j is refused, naming GITHUB_REF', (ref) => {
    const dirs = makeProject();
    const before = existsSync('/tmp/x');
    const r = runAction('build-target', {}, dirs, { GITHUB_REF: ref });
    const errs = errorLines(r);
    const held =
      r.status === 1 &&
      errs.length === 1 &&
      errs[0]!.includes('GITHUB_REF') &&
      readdirSync(marker).every((f) => f === 'proof') &&
      existsSync('/tmp/x') === before &&
      !existsSync(path.join(dirs.workspace, 'dist'));
    count('version (input, tag, config, git describe) through build-target', held);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toContain('GITHUB_REF');
    expect(errs[0]).toMatch(/push a tag named like v1\.2\.3/);
    expect(readdirSync(marker).filter((f) => f !== 'proof')).toEqual([]);
    expect(existsSync('/tmp/x')).toBe(before);
    expect(existsSync(path.join(dirs.workspace, 'dist'))).toBe(false);
    expect(commandLines(r.stdout).every((l) => OURS.test(l))).toBe(true);
  });

  it('a version in distro.yml that is no version is refused with file and line', () => {
    const dirs = makeProject(`version: "1.0$(touch ${m('c1')})"\n`);
    const r = runAction('build-target', {}, dirs);
    const errs = errorLines(r);
    count(
      'version (input, tag, config, git describe) through build-target',
      r.status === 1 && errs.length === 1,
    );
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(
      /^::error title=distro-actions,file=distro\.yml,line=3::distro\.yml:3: version: /,
    );
    expect(existsSync(m('c1'))).toBe(false);
    expect(existsSync(path.join(dirs.workspace, 'dist'))).toBe(false);
  });

  it('a git v-tag that is no version is refused, naming git describe, not built as 0.0.0', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'distro-gittag-'));
    const git = (...a: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', ...a], {
        cwd: repo,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'x');
    git('tag', `v1.0;touch$IFS${m('g1')}`);
    let err: unknown;
    await resolveVersion({ cwd: repo }).catch((e: unknown) => (err = e));
    count('version (input, tag, config, git describe) through build-target', err instanceof DistroError);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as DistroError).key).toBe('git describe');
    expect((err as DistroError).message).toMatch(/the nearest v-tag \(git describe: "v1\.0;touch\$IFS.*"\)/);
  });

  it('a tag git could not have made is refused wherever the ref is read', () => {
    for (const ref of ['refs/tags/v1 .0', 'refs/tags/a..b', 'refs/tags/x\u0007y', 'refs/tags/']) {
      let ok = false;
      try {
        tagFromRef(ref);
      } catch (e) {
        ok = e instanceof DistroError && e.key === 'GITHUB_REF';
      }
      count('version (input, tag, config, git describe) through build-target', ok);
      expect(ok).toBe(true);
    }
    expect(tagFromRef('refs/tags/v1.0`x`')).toBe('v1.0`x`'); // legal to git: checked as a version elsewhere
    expect(tagFromRef('refs/heads/main')).toBeUndefined();
  });
});

describe('item 2: no input forges a workflow command', () => {
  const forge = '\n::error::forged\n##[error]forged too\n::add-mask::x';
  const cases: Array<[string, Record<string, string>, Record<string, string>]> = [
    ['version', { version: `1.0${forge}` }, {}],
    ['version with %0A', { version: '1.0%0A::error::forged' }, {}],
    ['target', { target: `x86_64${forge}` }, {}],
    ['builder', { builder: `make${forge}` }, {}],
    ['profile', { profile: `release${forge}` }, {}],
    ['dist-dir', { 'dist-dir': `../out${forge}` }, {}],
    ['working-directory', { 'working-directory': `nope${forge}` }, {}],
    ['config', { config: `nope${forge}.yml` }, {}],
    ['artifact-prefix', { 'artifact-prefix': `p${forge}` }, {}],
    ['from', { from: `none${forge}` }, {}],
    ['GITHUB_REF', {}, { GITHUB_REF: `refs/tags/v1.0${forge}` }],
  ];
  it.each(cases)('%s', (_name, inputs, env) => {
    const dirs = makeProject();
    const r = runAction('build-target', inputs, dirs, env);
    const cmds = commandLines(r.stdout);
    const foreign = cmds.filter((l) => !OURS.test(l));
    const held = r.status === 1 && foreign.length === 0 && errorLines(r).length === 1;
    count('workflow-command forging through inputs', held);
    expect(foreign).toEqual([]);
    expect(errorLines(r)).toHaveLength(1);
    expect(r.status).toBe(1);
  });

  it('the output of the tools we run cannot issue commands either', () => {
    const dirs = makeProject();
    writeFileSync(
      path.join(dirs.workspace, 'Makefile'),
      MAKEFILE.replace(
        '\tcc',
        "\t@echo '::error::forged by make'\n\t@echo '  ::add-mask::x'\n\t@echo 'a ##[error]b'\n\tcc",
      ),
    );
    const r = runAction('build-target', { version: '1.0' }, dirs);
    const foreign = commandLines(r.stdout).filter((l) => !OURS.test(l));
    count('workflow-command forging through inputs', r.status === 0 && foreign.length === 0);
    expect(r.status).toBe(0);
    expect(foreign).toEqual([]);
    // the lines are still there to read, only no longer commands
    expect(r.stdout).toContain('\u200b::error::forged by make');
  });

  it('the distro CLI, run in a workflow step, prints no command either', async () => {
    const dirs = makeProject();
    const lines: string[] = [];
    const io = {
      cwd: dirs.workspace,
      env: { PATH: process.env.PATH },
      out: (l: string) => lines.push(l),
      err: (l: string) => lines.push(l),
    };
    const code = await cli(['build', '--version', '1.0\n::error::forged', '--no-upload'], io);
    const foreign = commandLines(lines.join('\n'));
    count('workflow-command forging through inputs', code === 1 && foreign.length === 0);
    expect(code).toBe(1);
    expect(foreign).toEqual([]);
    expect(lines.join('\n')).toContain("input 'version'");
  });

  it('neutraliseCommands breaks every marker and keeps the text', () => {
    const text = '::error::a\r::warning::b\r\n  \t::set-output name=x::y\nok: fine\nx ##[error]y';
    const out = neutraliseCommands(text);
    expect(commandLines(out)).toEqual([]);
    expect(out.replace(/\u200b/g, '')).toBe(text.replace(/\r\n|\r/g, '\n'));
  });
});

describe('item 3: URLs are URLs, and what users paste is quoted', () => {
  it('checkUrl refuses what is not a URL and keeps odd but legal ones', () => {
    const bad = [
      'https://example.com/$(touch x)',
      'https://example.com/apt\nSigned-By: /tmp/evil.gpg',
      'https://example.com/apt\rX: y',
      'https://example.com/a b',
      'https://example.com/`id`',
      'https://example.com/"x"',
      'https://example.com/{a}',
      'https://example.com/a\\b',
      'https://user:pw@example.com/',
      'https://example.com/?q=1',
      'https://example.com/#x',
      'ftp://example.com/',
      'javascript:alert(1)',
      'example.com/repo',
      'https://example.com/%zz',
      '',
    ];
    for (const u of bad) {
      let ok = false;
      try {
        checkUrl(u, 'input: base-url', ['http:', 'https:', 'file:']);
      } catch (e) {
        ok =
          e instanceof DistroError &&
          e.key === 'input: base-url' &&
          e.message.startsWith("input 'base-url': ");
      }
      count('URL inputs', ok);
      expect([u, ok]).toEqual([u, true]);
    }
    for (const u of ['https://example.com/a$(id)', "https://example.com/it's;x&y!z", 'file:///srv/repo']) {
      expect(checkUrl(u, 'input: base-url', ['http:', 'https:', 'file:'])).toBe(u);
    }
  });

  it.each([
    ['tag', { githubRelease: { repository: 'o/r', token: '', tag: 'v1.0\n::error::forged' } }, 'input: tag'],
    ['tag with a space', { githubRelease: { repository: 'o/r', token: '', tag: 'v1 0' } }, 'input: tag'],
    [
      'tag like an option',
      { githubRelease: { repository: 'o/r', token: '', tag: '--upload-pack=x' } },
      'input: tag',
    ],
    ['repo-branch', { repoBranch: '--upload-pack=touch x' }, 'input: repo-branch'],
    ['repo-branch with a newline', { repoBranch: 'gh-pages\n::error::forged' }, 'input: repo-branch'],
    ['repository', { repository: 'o/r/../x' }, 'input: repository'],
    ['GITHUB_SHA', { githubRelease: { repository: 'o/r', token: '', sha: 'main;x' } }, 'GITHUB_SHA'],
    [
      'GITHUB_API_URL',
      { githubRelease: { repository: 'o/r', token: '', apiUrl: 'http://x/\n' } },
      'GITHUB_API_URL',
    ],
    ['GITHUB_SERVER_URL', { serverUrl: 'https://github.com/$(id) x' }, 'GITHUB_SERVER_URL'],
  ])('publish refuses a bad %s before it opens the stage', async (_n, over, key) => {
    const dirs = makeWorkspace();
    let err: unknown;
    await publishStage({
      workspace: dirs.workspace,
      env: { RUNNER_TEMP: dirs.temp },
      log: memoryLogger(),
      store: new LocalArtifactStore(dirs.artifacts),
      ...over,
    }).catch((e: unknown) => (err = e));
    const held = err instanceof DistroError && err.key === key;
    count('publish tag, repository and GitHub URLs', held);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as DistroError).key).toBe(key);
    expect(existsSync(path.join(dirs.workspace, 'dist'))).toBe(false);
  });

  /** Runs `line` through bash with sudo, curl, apt-get and dnf replaced by loggers of their argv. */
  function runPasted(line: string): string[][] {
    const bin = mkdtempSync(path.join(tmpdir(), 'distro-paste-'));
    const log = path.join(bin, 'argv.log');
    for (const tool of ['sudo', 'curl', 'apt-get', 'dnf', 'install']) {
      writeFileSync(
        path.join(bin, tool),
        `#!/bin/sh\nfor a in "$@"; do printf '%s\\037' "$a"; done >> '${log}'\necho >> '${log}'\n`,
      );
      chmodSync(path.join(bin, tool), 0o755);
    }
    const r = spawnSync('bash', ['-c', line], { env: { PATH: `${bin}:/usr/bin:/bin` }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    return readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\x1f').slice(0, -1));
  }

  it('the printed install lines, run by bash, run no code a legal URL holds', () => {
    const marker = mkdtempSync(path.join(tmpdir(), 'distro-url-'));
    const odd = [
      `https://example.com/$(touch$IFS${marker}/a)`,
      `https://example.com/x;touch$IFS${marker}/b;`,
      `https://example.com/x&&touch$IFS${marker}/c`,
      `https://example.com/'$(touch$IFS${marker}/d)'`,
      `https://example.com/x!y*[a]`,
    ];
    for (const base of odd) {
      const apt = aptSnippets({
        name: 'hello',
        baseUrl: base,
        suite: 'stable',
        component: 'main',
        signed: true,
        installPackage: 'hello',
        defaultSuite: 'stable',
      });
      const yum = installCommands({ name: 'hello', channel: 'stable', baseUrl: base, keyFile: 'KEY' });
      const ran = [apt.install, yum.dnf, yum.dnf5, yum.curl].map(runPasted);
      const urls = ran
        .flat(2)
        .filter((a) => a.includes('example.com'))
        .map((a) => a.replace(/^--from-repofile=/, ''));
      const held = readdirSync(marker).length === 0 && urls.every((u) => u.startsWith(base));
      count('URL inputs', held);
      expect(readdirSync(marker)).toEqual([]);
      expect(ran[0]!.find((a) => a[0] === 'curl' && a[2] === '/etc/apt/keyrings/hello.gpg')?.[3]).toBe(
        `${base}/hello.gpg`,
      );
      expect(ran[1]!.find((a) => a[0] === 'dnf' && a[1] === 'config-manager')?.[3]).toBe(
        `${base}/stable/hello-stable.repo`,
      );
      expect(apt.sources.split('\n').filter((l) => l.startsWith('Signed-By:'))).toHaveLength(1);
    }
  });

  describe('through publish-repo with only APT', () => {
    let dirs: RunnerDirs;
    beforeAll(async () => {
      // A deb made by package-format (no build: nfpm-style standalone package of one file).
      const p = greetProject(
        'contents:\n  - { src: greet.conf, dst: /etc/greet/greet.conf, type: config }\n',
        ['deb'],
        '1.0.0',
      );
      dirs = p.dirs;
      await packageStage(p.options);
    }, 120_000);
    const publish = (baseUrl: string, repo: string) =>
      runAction(
        'publish-repo',
        {
          version: '1.0.0',
          'repo-dir': repo,
          'base-url': baseUrl,
          unsigned: 'true',
          apt: 'true',
          yum: 'false',
        },
        dirs,
      );

    it.each([
      ['$(touch x)', 'https://example.com/$(touch x)'],
      ['a newline adding Signed-By', 'https://example.com/apt\nSigned-By: /tmp/evil.gpg'],
      ['a newline and a forged command', 'https://example.com/apt\n::error::forged'],
    ])('a base-url with %s is refused before anything is written', (_n, url) => {
      const repo = `repo-${Math.random().toString(36).slice(2)}`;
      const r = publish(url, repo);
      const errs = errorLines(r);
      const held =
        r.status === 1 &&
        errs.length === 1 &&
        errs[0]!.includes("input 'base-url'") &&
        !existsSync(path.join(dirs.workspace, repo)) &&
        !existsSync(path.join(dirs.workspace, 'x')) &&
        commandLines(r.stdout).every((l) => OURS.test(l));
      count('URL inputs', held);
      expect(errs).toHaveLength(1);
      expect(errs[0]).toMatch(/input 'base-url': ".*" is not a usable URL/);
      expect(existsSync(path.join(dirs.workspace, repo))).toBe(false);
      expect(existsSync(path.join(dirs.workspace, 'x'))).toBe(false);
      expect(commandLines(r.stdout).filter((l) => !OURS.test(l))).toEqual([]);
    });

    it('a legal but odd base-url: the apt-install output and the summary run nothing', () => {
      const marker = mkdtempSync(path.join(tmpdir(), 'distro-url-'));
      const url = `https://example.com/$(touch$IFS${marker}/a)`;
      const r = publish(url, 'repo-odd');
      expect(errorLines(r)).toEqual([]);
      expect(r.status).toBe(0);
      const install = r.outputs['apt-install']!;
      const fromSummary = /```sh\n(.*)\n```/.exec(r.summary)?.[1];
      expect(fromSummary).toBe(install);
      const ran = runPasted(install);
      count('URL inputs', readdirSync(marker).length === 0);
      expect(readdirSync(marker)).toEqual([]);
      expect(ran.some((a) => a.includes(`${url}/apt/greet.sources`))).toBe(true);
      const sources = readFileSync(path.join(dirs.workspace, 'repo-odd', 'apt', 'greet.sources'), 'utf8');
      expect(sources).toContain(`URIs: ${url}/apt/\n`);
    });
  });
});

describe("item 4: a contents dst with '..' is refused", () => {
  const cases: Array<[string, string]> = [
    ['contents', '  - { src: greet.conf, dst: /etc/greet/../../../../tmp/evil.conf, type: config }\n'],
    ['contents', '  - { src: greet.conf, dst: /usr/share/greet/.. }\n'],
    [
      'overrides',
      '  - { src: greet.conf, dst: /etc/greet/greet.conf }\noverrides:\n  rpm:\n    contents:\n      - { src: greet.conf, dst: /etc/../tmp/x }\n',
    ],
  ];
  it.each(cases)('%s: %j', async (_kind, contents) => {
    const { dirs, options } = greetProject(`contents:\n${contents}`, ['deb', 'rpm'], '1.0.0');
    let err: unknown;
    await packageStage(options).catch((e: unknown) => (err = e));
    const e = err as DistroError;
    const held = e instanceof DistroError && /\.dst$/.test(e.key ?? '') && !!e.line;
    count("contents dst with '..'", held);
    expect(e).toBeInstanceOf(DistroError);
    expect(e.message).toMatch(
      /^distro\.yml:\d+: (overrides\.rpm\.)?contents\[\d\]\.dst: '.*' has a '\.\.' segment/,
    );
    const expectedLine =
      readFileSync(path.join(dirs.workspace, 'distro.yml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('..')) + 1;
    expect(e.line).toBe(expectedLine);
    const dist = path.join(dirs.workspace, 'dist');
    expect(existsSync(dist) ? readdirSync(dist).filter((f) => /\.(deb|rpm)$/.test(f)) : []).toEqual([]);
  });
});

describe('item 14: inputs and config checked before any work', () => {
  it('an impossible version: in distro.yml names the file and line (package stage)', async () => {
    const conf = 'contents:\n  - { src: greet.conf, dst: /etc/greet.conf }\n';
    const { dirs, options: o } = greetProject(`version: 1.2.3 beta\n${conf}`, ['deb']);
    let err: unknown;
    await packageStage(o).catch((e: unknown) => (err = e));
    const e = err as DistroError;
    count('early checks (config version, artifact-prefix)', e instanceof DistroError && e.line === 5);
    expect(e).toBeInstanceOf(DistroError);
    expect(e.message).toMatch(/^distro\.yml:5: version: "1\.2\.3 beta" is not a version/);
    expect([e.key, e.line]).toEqual(['version', 5]);
    expect(existsSync(path.join(dirs.workspace, 'dist'))).toBe(false);
    // A version that is a version but Debian cannot spell: the error still names distro.yml:5.
    writeFileSync(path.join(dirs.workspace, 'distro.yml'), `${GREET}version: 1.2_3\n${conf}`);
    err = undefined;
    await packageStage(o).catch((x: unknown) => (err = x));
    expect((err as DistroError).message).toMatch(
      /^distro\.yml:5: version '1\.2_3' cannot be written as a Debian version/,
    );
    expect([(err as DistroError).key, (err as DistroError).line]).toEqual(['version', 5]);
    expect(existsSync(path.join(dirs.workspace, 'dist'))).toBe(false);
  });

  it.each(['bad/prefix', '.hidden', 'a b', 'p\n::error::forged', 'ä'])(
    'artifact-prefix %j is refused before the build runs',
    async (prefix) => {
      const dirs = makeProject();
      const store = new LocalArtifactStore(dirs.artifacts);
      let err: unknown;
      await buildStage({
        workspace: dirs.workspace,
        artifactPrefix: prefix,
        version: '1.0',
        env: { PATH: process.env.PATH, RUNNER_TEMP: dirs.temp },
        log: memoryLogger(),
        store,
      }).catch((e: unknown) => (err = e));
      const e = err as DistroError;
      const held =
        e instanceof DistroError &&
        e.key === 'input: artifact-prefix' &&
        !existsSync(path.join(dirs.workspace, 'dist')) &&
        !existsSync(path.join(dirs.workspace, 'hello'));
      count('early checks (config version, artifact-prefix)', held);
      expect(e).toBeInstanceOf(DistroError);
      expect(e.key).toBe('input: artifact-prefix');
      expect(e.message).toMatch(/set input 'artifact-prefix' to a name like distro/);
      expect(existsSync(path.join(dirs.workspace, 'hello'))).toBe(false); // make never ran
      expect(existsSync(path.join(dirs.workspace, 'dist'))).toBe(false);
    },
  );
});
