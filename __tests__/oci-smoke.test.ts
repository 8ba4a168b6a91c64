/**
 * qemu-smoke-test of the `oci` images (issue 17, item 4): static hello binaries for x86_64 and
 * aarch64 (gcc and gcc-aarch64-linux-gnu, cached beside oci.test.ts's), packaged by the package
 * stage with formats: [oci] on a scratch base, then the smoke stage unpacks each platform's image
 * and runs its entrypoint in it — natively in a chroot for x86_64, under qemu-aarch64 -L <root> for
 * aarch64 — and reports an `image` check in the JUnit report (read back with Python's XML parser).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { memoryLogger } from '../src/log.js';
import {
  describe as describeFile,
  emptyManifest,
  readManifest,
  writeManifest,
} from '../src/manifest/index.js';
import { createArtifactStore } from '../src/runner/artifacts.js';
import type { CheckResult } from '../src/smoke/report.js';
import { packageStage } from '../src/stages/package.js';
import { SmokeFailedError, smokeStage, type SmokeStageResult } from '../src/stages/smoke.js';

const CACHE = '/var/cache/distro-actions-tests/oci-hello';
const X86 = 'x86_64-unknown-linux-gnu';
const ARM = 'aarch64-unknown-linux-gnu';
let root: string;
const bins: Record<string, string> = {};

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'oci-smoke-'));
  const src = path.join(root, 'hello.c');
  // the same source as oci.test.ts, so both share the cached static binaries
  writeFileSync(
    src,
    '#include <stdio.h>\nint main(int c, char **v) { printf("hello from %s\\n", c > 1 ? v[1] : "oci"); return 0; }\n',
  );
  const cache = path.join(CACHE, createHash('sha256').update(readFileSync(src)).digest('hex').slice(0, 16));
  mkdirSync(cache, { recursive: true });
  for (const [arch, cc] of [
    ['amd64', 'gcc'],
    ['arm64', 'aarch64-linux-gnu-gcc'],
  ] as const) {
    const cached = path.join(cache, `hello-${arch}`);
    if (!existsSync(cached)) {
      run(cc, ['-static', '-O2', '-o', `${cached}.${process.pid}.tmp`, src]);
      renameSync(`${cached}.${process.pid}.tmp`, cached);
    }
    bins[arch] = cached;
  }
}, 300_000);

/** A project whose dist has the hello binaries of `targets` (as the build stage records them). */
async function project(name: string, targets: Array<[string, string]>): Promise<string> {
  const ws = path.join(root, name);
  const dist = path.join(ws, 'dist');
  const m = emptyManifest({ name: 'hello', version: '1.2.3' });
  for (const [arch, triple] of targets) await addBinary(dist, m, arch, triple);
  await writeManifest(dist, m);
  mkdirSync(path.join(ws, 'temp'));
  writeFileSync(
    path.join(ws, 'distro.yml'),
    'name: hello\nlicense: MIT\ndescription: Says hello.\nformats: [oci]\nsmoke:\n  command: hello image\n  expect: hello from image\n',
  );
  return ws;
}

async function addBinary(
  dist: string,
  m: ReturnType<typeof emptyManifest>,
  arch: string,
  triple: string,
): Promise<void> {
  const rel = `build/${triple}/hello`;
  mkdirSync(path.join(dist, 'build', triple), { recursive: true });
  copyFileSync(bins[arch]!, path.join(dist, rel));
  chmodSync(path.join(dist, rel), 0o755);
  m.artifacts.push(
    await describeFile(dist, rel, {
      kind: 'binary',
      stage: 'build',
      target: triple,
      os: 'linux',
      arch,
      name: 'hello',
    }),
  );
}

function common(ws: string) {
  return {
    workspace: ws,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: path.join(ws, 'temp') },
    log: memoryLogger(),
    store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(ws, 'artifacts') }),
    upload: false,
    version: '1.2.3',
  };
}

async function smoke(ws: string, o: Partial<Parameters<typeof smokeStage>[0]> = {}) {
  try {
    return { result: await smokeStage({ ...common(ws), uid: process.getuid?.(), setup: false, ...o }) };
  } catch (e) {
    if (e instanceof SmokeFailedError) return { result: e.result, error: e };
    throw e;
  }
}

const images = (r: SmokeStageResult): CheckResult[] => r.results.filter((c) => c.check === 'image');

/** Every file left under `dir` (empty directories do not count). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => path.join(e.parentPath, e.name));
}

function junitCases(file: string): string[] {
  const py =
    'import sys, xml.etree.ElementTree as E\n' +
    'for c in E.parse(sys.argv[1]).iter("testcase"):\n' +
    '    print(c.get("name"), "failed" if c.find("failure") is not None else "passed")\n';
  return run('python3', ['-c', py, file]).trim().split('\n');
}

test('the image of each platform is unpacked and its entrypoint runs (aarch64 under qemu)', async () => {
  const ws = await project('pass', [
    ['amd64', X86],
    ['arm64', ARM],
  ]);
  await packageStage({ ...common(ws), sourceDateEpoch: 1700000000 });
  const { result, error } = await smoke(ws);
  expect(error).toBeUndefined();
  const checks = images(result);
  expect(checks.map((c) => `${c.target} ${c.subject} ${c.status}`)).toEqual([
    `${ARM} hello-1.2.3-oci.tar passed`,
    `${X86} hello-1.2.3-oci.tar passed`,
  ]);
  for (const c of checks) {
    expect(c.command).toBe('/usr/local/bin/hello image');
    expect(c.stdout).toBe('hello from image\n');
  }
  // the aarch64 image really ran under qemu: its log shows the emulator's command line
  const armLog = readFileSync(path.join(ws, 'dist', checks[0]!.log!), 'utf8');
  expect(armLog).toMatch(/\$ \S*qemu-aarch64\S* .*-L /);
  // and the x86_64 one natively, in a chroot into its unpacked root
  expect(readFileSync(path.join(ws, 'dist', checks[1]!.log!), 'utf8')).toMatch(
    /\$ env -i .*chroot \S+ \/usr\/local\/bin\/hello image/,
  );
  const cases = junitCases(result.report);
  expect(cases.filter((c) => c.startsWith('image: '))).toHaveLength(2);
  expect(cases.every((c) => c.endsWith('passed'))).toBe(true);
  expect(filesUnder(path.join(ws, 'temp'))).toEqual([]);
}, 300_000);

test('an image whose output does not match expect fails its check', async () => {
  const ws = await project('mismatch', [
    ['amd64', X86],
    ['arm64', ARM],
  ]);
  await packageStage({ ...common(ws), sourceDateEpoch: 1700000000 });
  const { result, error } = await smoke(ws, { expect: 'goodbye' });
  expect(error).toBeInstanceOf(SmokeFailedError);
  const checks = images(result);
  expect(checks.map((c) => c.status)).toEqual(['failed', 'failed']);
  expect(checks[0]!.message).toMatch(/does not match expect/);
  expect(
    junitCases(result.report).filter((c) => c.startsWith('image: ') && c.endsWith('failed')),
  ).toHaveLength(2);
  expect(filesUnder(path.join(ws, 'temp'))).toEqual([]);
}, 300_000);

test("an image without a target's platform is a clear error before any check runs", async () => {
  const ws = await project('missing', [['amd64', X86]]);
  await packageStage({ ...common(ws), sourceDateEpoch: 1700000000 });
  // the aarch64 binary arrives later (another job's artifact): the image was made without it
  const dist = path.join(ws, 'dist');
  const m = (await readManifest(dist))!;
  await addBinary(dist, m, 'arm64', ARM);
  await writeManifest(dist, m);
  const err = await smoke(ws).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DistroError);
  expect(err).not.toBeInstanceOf(SmokeFailedError);
  expect((err as Error).message).toMatch(
    /hello-1\.2\.3-oci\.tar .* has no linux\/arm64 image for aarch64-unknown-linux-gnu \(its platforms: linux\/amd64\)/,
  );
  expect(existsSync(path.join(dist, 'smoke'))).toBe(false);
}, 300_000);

test('a command that is not in the image fails its check; an index the manifest did not record is an error', async () => {
  const ws = await project('other', [['amd64', X86]]);
  await packageStage({ ...common(ws), sourceDateEpoch: 1700000000 });
  const { result, error } = await smoke(ws, { command: ['sh', '-c', 'true'] });
  expect(error).toBeInstanceOf(SmokeFailedError);
  expect(images(result).map((c) => `${c.status} ${c.message}`)).toEqual([
    "failed 'sh' is not a file in the image (give smoke.command, or oci.entrypoint)",
  ]);
  // install: false runs the binaries only
  const binariesOnly = await smoke(ws, { install: false });
  expect(binariesOnly.error).toBeUndefined();
  expect(binariesOnly.result.results.map((c) => c.check)).toEqual(['run']);
  const dist = path.join(ws, 'dist');
  const m = (await readManifest(dist))!;
  const oci = m.artifacts.find((a) => a.kind === 'oci')!;
  oci.digest = `sha256:${'0'.repeat(64)}`;
  await writeManifest(dist, m);
  const err = await smoke(ws).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DistroError);
  expect((err as Error).message).toMatch(
    /hello-1\.2\.3-oci\.tar: its image index is sha256:[0-9a-f]{64}, but the manifest records sha256:0{64}/,
  );
  expect(filesUnder(path.join(ws, 'temp'))).toEqual([]);
}, 300_000);
