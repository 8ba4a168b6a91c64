/**
 * `${VAR}` is expanded where a key is used: a job that lacks a variable only fails the stage that
 * reads its key. Real stages (package → sign, then build) on one project whose `build.command`
 * needs CC and whose `smoke.expect` needs GREETING, run with neither set; the packages they make
 * are checked with dpkg-deb and rpm.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { memoryLogger } from '../src/log.js';
import { createArtifactStore } from '../src/runner/artifacts.js';
import { buildStage } from '../src/stages/build.js';
import { packageStage } from '../src/stages/package.js';
import { signStage } from '../src/stages/sign.js';

const CONFIG = `name: greet
maintainer: Greet <greet@example.com>
description: Greets.
license: MIT
build:
  builder: command
  command: make CC=\${CC}
  binaries: [greet]
contents:
  - { src: greet.conf, dst: /etc/greet/greet.conf, type: config }
formats: [deb, rpm]
sign: { checksums: [sha256], sbom: none }
smoke: { command: greet --version, expect: "\${GREETING}" }
platform: linux
`;
const CC_LINE = 7;

const root = mkdtempSync(path.join(tmpdir(), 'config-stages-'));
const workspace = path.join(root, 'ws');
const dist = path.join(workspace, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(workspace, { recursive: true });
  writeFileSync(path.join(workspace, 'distro.yml'), CONFIG);
  writeFileSync(path.join(workspace, 'greet.conf'), 'greeting = hello\n');
});

/** What every stage gets: an environment without CC and GREETING, no upload. */
function common(log = memoryLogger()) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  expect(env).not.toHaveProperty('CC');
  return {
    workspace,
    env,
    log,
    store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(root, 'artifacts') }),
    upload: false,
    version: '1.0.0',
  };
}

describe('a config whose build.command needs ${CC}, in jobs without CC', () => {
  it('package-format builds the deb and rpm, and notes the nfpm-only key', async () => {
    const log = memoryLogger();
    const r = await packageStage({ ...common(log), sourceDateEpoch: 1700000000 });
    // no build before it: the packages are for the machine's own architecture, as nfpm's are
    expect(r.packages.sort()).toEqual(['greet-1.0.0-1.x86_64.rpm', 'greet_1.0.0-1_amd64.deb']);
    expect(
      execFileSync('dpkg-deb', ['-c', path.join(dist, 'greet_1.0.0-1_amd64.deb')], { encoding: 'utf8' }),
    ).toMatch(/\.\/etc\/greet\/greet\.conf\n/);
    expect(
      execFileSync('rpm', ['-qpl', path.join(dist, 'greet-1.0.0-1.x86_64.rpm')], { encoding: 'utf8' }),
    ).toMatch(/^\/etc\/greet\/greet\.conf$/m);
    expect(log.lines).toContain(
      'note: distro.yml:14: platform: accepted for nfpm compatibility, not used by distro-actions (the targets decide the platform).',
    );
    expect(log.lines.join('\n')).not.toMatch(/CC|GREETING/);
  });

  it('sign-artifacts writes the checksums of those packages', async () => {
    const r = await signStage(common());
    const sums = readFileSync(r.checksumsFile, 'utf8');
    expect(sums).toMatch(/^[0-9a-f]{64} {2}greet_1\.0\.0-1_amd64\.deb$/m);
    expect(sums).toMatch(/^[0-9a-f]{64} {2}greet-1\.0\.0-1\.x86_64\.rpm$/m);
  });

  it('build-target, which reads build.command, fails on it before any work: file, line, key, fix', async () => {
    const err = await buildStage({ ...common(), target: 'host' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    const e = err as DistroError;
    expect([e.key, e.line, e.file]).toEqual(['build.command', CC_LINE, path.join(workspace, 'distro.yml')]);
    expect(e.message).toBe(
      `distro.yml:${CC_LINE}: build.command: \${CC} is not set; set CC in the environment or give a default with \${CC:-value}.`,
    );
    expect(existsSync(path.join(dist, 'build'))).toBe(false);
  });
});

describe("a stage's own keys with an unset ${VAR}", () => {
  it('sign-artifacts fails before any work, naming the file, line and key', async () => {
    const ws = path.join(root, 'sign-ws');
    mkdirSync(path.join(ws, 'dist'), { recursive: true });
    writeFileSync(
      path.join(ws, 'distro.yml'),
      'name: greet\nmaintainer: Greet <greet@example.com>\ndescription: Greets.\nsign:\n  checksums: [sha256]\n  signature_format: "${SIG_KIND}"\n',
    );
    writeFileSync(path.join(ws, 'dist', 'greet.txt'), 'hello\n');
    const err = await signStage({ ...common(), workspace: ws }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as DistroError).message).toMatch(
      /^distro\.yml:6: sign\.signature_format.*\$\{SIG_KIND\} is not set/,
    );
    expect(readdirSync(path.join(ws, 'dist'))).toEqual(['greet.txt']);
  });
});
