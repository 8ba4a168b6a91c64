import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  existsSync,
  readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Inputs, splitList, inputEnvName, type ActionSpec } from '../src/runner/inputs.js';
import {
  LocalArtifactStore,
  createArtifactStore,
  globToRegExp,
  selectArtifacts,
  GitHubArtifactStore,
} from '../src/runner/artifacts.js';
import { addPath, exportVariables, maskSecrets, setOutputs, writeSummary } from '../src/runner/github.js';
import * as commands from '../src/runner/commands.js';
import { parseFileCommands } from './helpers/runner.js';

const spec: ActionSpec = {
  name: 'test',
  inputs: {
    'dist-dir': { default: 'dist' },
    target: { required: true },
    upload: { default: 'true' },
    formats: {},
    'gpg-private-key': {},
  },
  outputs: {},
};

describe('inputs', () => {
  it('reads INPUT_ names with hyphens kept, defaults from action.yml', () => {
    expect(inputEnvName('dist-dir')).toBe('INPUT_DIST-DIR');
    expect(inputEnvName('a b')).toBe('INPUT_A_B');
    const i = new Inputs(spec, { 'INPUT_DIST-DIR': ' out ', INPUT_TARGET: 'arm64' });
    expect(i.string('dist-dir')).toBe('out');
    expect(new Inputs(spec, { INPUT_TARGET: 'x' }).string('dist-dir')).toBe('dist');
    expect(i.given('formats')).toBe(false);
    expect(i.optional('formats')).toBeUndefined();
  });
  it('required, boolean and list inputs', () => {
    expect(() => new Inputs(spec, {}).string('target')).toThrow(/input 'target' is required/);
    const i = new Inputs(spec, { INPUT_UPLOAD: 'False', INPUT_FORMATS: 'tar.gz, zip\n tar.xz\n\n' });
    expect(i.boolean('upload')).toBe(false);
    expect(new Inputs(spec, {}).boolean('upload')).toBe(true);
    expect(() => new Inputs(spec, { INPUT_UPLOAD: 'yes' }).boolean('upload')).toThrow(
      /must be true or false, got 'yes'/,
    );
    expect(i.list('formats')).toEqual(['tar.gz', 'zip', 'tar.xz']);
    expect(i.multiline('formats')).toEqual(['tar.gz, zip', 'tar.xz']);
    expect(splitList(' a ,,b\r\nc ')).toEqual(['a', 'b', 'c']);
  });
  it('refuses inputs not declared in action.yml', () => {
    expect(() => new Inputs(spec, {}).string('nope')).toThrow(/not declared/);
  });
  it('without() unsets one input', () => {
    const i = new Inputs(spec, { 'INPUT_DIST-DIR': 'x' }).without('dist-dir');
    expect(i.string('dist-dir')).toBe('dist');
  });
  it('collects secret inputs and masks them line by line', () => {
    const key = '-----BEGIN PGP PRIVATE KEY BLOCK-----\nabcdefSECRET\n-----END PGP PRIVATE KEY BLOCK-----';
    const i = new Inputs(spec, { 'INPUT_GPG-PRIVATE-KEY': key, INPUT_TARGET: 'x' });
    expect(i.secrets()).toEqual([key]);
    const written: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (
      written.push(String(chunk)),
      true
    )) as typeof process.stdout.write;
    try {
      maskSecrets(i.secrets());
    } finally {
      process.stdout.write = orig;
    }
    expect(written.join('')).toContain('::add-mask::abcdefSECRET');
  });
});

describe('artifact stores', () => {
  it('picks GitHub only with a runtime token and results URL', () => {
    expect(
      createArtifactStore({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://x' }),
    ).toBeInstanceOf(GitHubArtifactStore);
    const s = createArtifactStore({ RUNNER_TEMP: '/tmp/rt' }) as LocalArtifactStore;
    expect(s.dir).toBe('/tmp/rt/distro-artifacts');
    expect((createArtifactStore({ DISTRO_ARTIFACTS_DIR: '/tmp/a' }) as LocalArtifactStore).dir).toBe(
      '/tmp/a',
    );
  });
  it('matches names and globs, and says what exists when nothing matches', () => {
    expect(globToRegExp('distro-build-*').test('distro-build-x86_64-unknown-linux-gnu')).toBe(true);
    expect(globToRegExp('distro-build-*').test('distro-package')).toBe(false);
    expect(selectArtifacts(['a-*', 'b'], ['a-1', 'a-2', 'b', 'c'], 's')).toEqual(['a-1', 'a-2', 'b']);
    expect(() => selectArtifacts(['z*'], ['a-1'], 'the store')).toThrow(
      /'z\*' matches no artifact in the store \(artifacts present: a-1\)/,
    );
  });
  it('local store: upload replaces, download restores files at their paths', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'store-'));
    const src = path.join(base, 'src');
    mkdirSync(path.join(src, 'build/x'), { recursive: true });
    writeFileSync(path.join(src, 'build/x/bin'), 'one');
    writeFileSync(path.join(src, 'manifest.json'), '{}');
    const store = new LocalArtifactStore(path.join(base, 'store'));
    await store.upload('distro-build-x', src, ['build/x/bin', 'manifest.json']);
    writeFileSync(path.join(src, 'build/x/bin'), 'two');
    await store.upload('distro-build-x', src, ['build/x/bin']);
    expect(await store.list()).toEqual(['distro-build-x']);
    expect(readdirSync(path.join(base, 'store'))).toEqual(['distro-build-x']);
    const dest = path.join(base, 'dest');
    await store.download('distro-build-x', dest);
    expect(readFileSync(path.join(dest, 'build/x/bin'), 'utf8')).toBe('two');
    expect(existsSync(path.join(dest, 'manifest.json'))).toBe(false);
    await expect(store.upload('../evil', src, [])).rejects.toThrow(/artifact name/);
  });

  it('local store: a file is uploaded by hard link, and a file replaced by rename later stays as uploaded', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'store-'));
    const src = path.join(base, 'src');
    mkdirSync(src, { recursive: true });
    writeFileSync(path.join(src, 'a.deb'), 'first');
    const store = new LocalArtifactStore(path.join(base, 'store'));
    await store.upload('distro-package', src, ['a.deb']);
    const stored = path.join(base, 'store', 'distro-package', 'a.deb');
    expect(statSync(stored).ino).toBe(statSync(path.join(src, 'a.deb')).ino);
    // stages replace a finished file by renaming a new one over it (src/atomic.ts)
    writeFileSync(path.join(src, 'a.deb.tmp'), 'second');
    renameSync(path.join(src, 'a.deb.tmp'), path.join(src, 'a.deb'));
    expect(readFileSync(stored, 'utf8')).toBe('first');
  });
});

describe('file commands', () => {
  it('outputs, exported variables, PATH and the summary go to the runner files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'files-'));
    const files = Object.fromEntries(
      ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map((k) => {
        const f = path.join(dir, k);
        writeFileSync(f, '');
        return [k, f];
      }),
    );
    const saved = { ...process.env };
    Object.assign(process.env, files);
    const origPath = process.env.PATH;
    try {
      setOutputs({ artifacts: '[\n{"a":1}\n]', count: 2 });
      exportVariables({ CC: 'aarch64-linux-gnu-gcc', MULTI: 'a\nb' });
      addPath('/opt/cross/bin');
      await writeSummary(
        process.env,
        'build-target',
        [
          ['artifact', 'kind'],
          ['build/x/hello', 'binary'],
        ],
        ['Install with `apt install ./hello.deb`.'],
      );
    } finally {
      for (const k of Object.keys(files)) delete process.env[k];
      Object.assign(process.env, saved);
      process.env.PATH = origPath;
    }
    expect(parseFileCommands(readFileSync(files.GITHUB_OUTPUT!, 'utf8'))).toEqual({
      artifacts: '[\n{"a":1}\n]',
      count: '2',
    });
    expect(parseFileCommands(readFileSync(files.GITHUB_ENV!, 'utf8'))).toEqual({
      CC: 'aarch64-linux-gnu-gcc',
      MULTI: 'a\nb',
    });
    expect(readFileSync(files.GITHUB_PATH!, 'utf8').trim()).toBe('/opt/cross/bin');
    const summary = readFileSync(files.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(summary).toContain('<h3>build-target</h3>');
    expect(summary).toMatch(/<th>artifact<\/th>.*<td>build\/x\/hello<\/td>/s);
    // a blank line after the table, so the note is Markdown again (its backticks render as code)
    expect(summary).toMatch(/<\/table>\n\nInstall with `apt install \.\/hello\.deb`\.\n$/);
  });
});

describe('workflow commands (src/runner/commands.ts)', () => {
  /** Runs `calls` against `api` with fresh runner files; stdout and the files, delimiters normalised. */
  async function transcript(api: typeof commands): Promise<Record<string, string>> {
    const dir = mkdtempSync(path.join(tmpdir(), 'cmds-'));
    const keys = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'];
    const saved = { ...process.env };
    let out = '';
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => ((out += s), true)) as typeof write;
    try {
      const calls = async (withFiles: boolean) => {
        for (const k of keys) {
          if (withFiles) writeFileSync((process.env[k] = path.join(dir, k)), '');
          else delete process.env[k];
        }
        api.info('plain %0A line: a,b');
        api.debug('50% done\r\nnext');
        api.warning('careful: x, y', { title: 'T: 1,2', file: 'dir/a b.yml', startLine: 3, startColumn: 7 });
        api.error('bad\nworse', { title: 'distro-actions' });
        api.error('no location');
        api.setSecret('s3cr%t');
        await api.group('a group: 1', async () => api.info('inside'));
        api.setOutput('artifacts', '[\n{"a":1}\n]');
        api.setOutput('count', 2);
        api.setOutput('flag', true);
        api.exportVariable('MULTI', 'a\nb');
        api.addPath('/opt/cross/bin');
      };
      await calls(false);
      await calls(true);
    } finally {
      process.stdout.write = write;
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
    const norm = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');
    return Object.fromEntries([
      ['stdout', norm(out)],
      ...keys
        .filter((k) => k !== 'GITHUB_STEP_SUMMARY')
        .map((k) => [k, norm(readFileSync(path.join(dir, k), 'utf8'))]),
    ]);
  }

  it('writes what @actions/core writes, byte for byte', async () => {
    const core = await import('@actions/core');
    const ours = await transcript(commands);
    expect(ours.stdout).toContain(
      '::warning title=T%3A 1%2C2,file=dir/a b.yml,line=3,col=7::careful: x, y\n',
    );
    expect(ours).toEqual(await transcript(core as unknown as typeof commands));
  });

  it('writes the step summary core.summary writes', async () => {
    const core = await import('@actions/core');
    const dir = mkdtempSync(path.join(tmpdir(), 'summary-'));
    const table = [
      ['artifact', 'kind', 'target'],
      ['hello.deb', 'deb', ''],
      ['hello.tar.gz', 'archive', 'x86_64-unknown-linux-gnu'],
    ];
    const notes = ['Install with `apt install ./hello.deb`.', 'second'];
    const saved = process.env.GITHUB_STEP_SUMMARY;
    const to = (name: string) => {
      process.env.GITHUB_STEP_SUMMARY = path.join(dir, name);
      writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
    };
    try {
      to('ours');
      await commands.appendSummary(commands.summaryHtml('package-format', table, notes));
      await commands.appendSummary(commands.summaryHtml('empty', [['artifact']], []));
      to('core');
      const [head, ...rows] = table;
      const s = core.summary.addHeading('package-format', 3);
      s.addTable([head!.map((h) => ({ data: h, header: true })), ...rows]).addEOL();
      for (const n of notes) s.addRaw(n, true);
      await s.write();
      await core.summary.addHeading('empty', 3).write();
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = saved;
    }
    const ours = readFileSync(path.join(dir, 'ours'), 'utf8');
    expect(ours).toContain('<td>deb</td><td></tr>'); // an empty cell is its opening tag, as core writes it
    expect(ours).toBe(readFileSync(path.join(dir, 'core'), 'utf8'));
  });
});
