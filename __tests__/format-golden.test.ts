/**
 * Golden hashes of the package stage's deb, rpm and tar.gz: the format seam (src/formats/registry.ts)
 * moved the deb and rpm rules into their folders; the bytes must not change. The constants were
 * computed by this very test run on the code before that refactoring (main at d67aee6). The fixture
 * exercises every field the resolver reads: contents of each type, a built binary, scripts, a
 * systemd unit, dependencies in both spellings, the deb and rpm sections and an override per format.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memoryLogger } from '../src/log.js';
import { describe as describeFile, emptyManifest, writeManifest } from '../src/manifest/index.js';
import { createArtifactStore } from '../src/runner/artifacts.js';
import { packageStage } from '../src/stages/package.js';

const CONFIG = `name: golden
maintainer: Golden <golden@example.com>
vendor: Golden Inc.
homepage: https://example.com/golden
description: |
  Golden test package.
  Second line of the description.
license: MIT
depends: [libc6, "zlib1g (>= 1.2)"]
recommends: [ca-certificates]
conflicts: [golden-old]
provides: [golden-tool]
contents:
  - { src: golden, dst: /usr/bin/golden }
  - { src: golden.conf, dst: /etc/golden/golden.conf, type: config|noreplace }
  - { src: golden.service, dst: /usr/lib/systemd/system/golden.service }
  - { src: docs/, dst: /usr/share/doc/golden/extra/, type: tree }
  - { dst: /var/lib/golden, type: dir, file_info: { mode: 0750 } }
  - { src: /usr/bin/golden, dst: /usr/bin/gold, type: symlink }
  - { src: README.md, dst: /usr/share/doc/golden/README.md, type: doc }
  - { dst: /var/log/golden.log, type: ghost }
scripts:
  postinstall: scripts/postinst.sh
  preremove: scripts/prerm.sh
deb:
  predepends: [dpkg]
  compression: xz
  triggers: { interest: [/usr/share/golden] }
rpm:
  summary: Golden summary
  group: Applications/Text
  compression: zstd
overrides:
  deb:
    depends: [libc6]
  rpm:
    depends: ["glibc >= 2.28"]
formats: [tar.gz, deb, rpm]
`;

/** sha256 of each file the package stage writes, from the code before the seam. */
const GOLDEN: Record<string, string> = {
  'golden-1.2.3-linux-amd64.tar.gz': '7d2bbbc9e87259be4ed66d68335f91eee48d10592762f9308b9aff1f8ab3b1a0',
  'golden_1.2.3-1_amd64.deb': '63e98f6373107cc99b36ecc24b186351afbc75c3f594adbc396e74b2fd9a1fc4',
  // changed once since, on purpose: the rpm's zstd payload is now one frame per 4 MiB block
  // compressed in one call (src/formats/archive/parallel.ts), which records the content size in the
  // frame header; the deb (xz) and tar.gz (gzip) of this small fixture kept their bytes
  'golden-1.2.3-1.x86_64.rpm': '8670d89711581fcb10c779c8ce6c9875b335570a3d7e0ab5f7aefbca3782783d',
};

const root = mkdtempSync(path.join(tmpdir(), 'format-golden-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function project(name: string): Promise<string> {
  const ws = path.join(root, name);
  const dist = path.join(ws, 'dist');
  mkdirSync(path.join(dist, 'build', 'x86_64-unknown-linux-gnu'), { recursive: true });
  mkdirSync(path.join(ws, 'docs', 'sub'), { recursive: true });
  mkdirSync(path.join(ws, 'scripts'), { recursive: true });
  writeFileSync(path.join(ws, 'distro.yml'), CONFIG);
  writeFileSync(path.join(ws, 'golden.conf'), 'answer = 42\n');
  writeFileSync(path.join(ws, 'golden.service'), '[Service]\nExecStart=/usr/bin/golden\n');
  writeFileSync(path.join(ws, 'README.md'), '# golden\n');
  writeFileSync(path.join(ws, 'LICENSE'), 'MIT License\n\nPermission is hereby granted.\n');
  writeFileSync(path.join(ws, 'docs', 'a.txt'), 'a\n');
  writeFileSync(path.join(ws, 'docs', 'sub', 'b.txt'), 'b\n');
  writeFileSync(path.join(ws, 'scripts', 'postinst.sh'), '#!/bin/sh\nset -e\necho installed\n');
  writeFileSync(path.join(ws, 'scripts', 'prerm.sh'), 'echo removing\n');
  const bin = path.join(dist, 'build', 'x86_64-unknown-linux-gnu', 'golden');
  writeFileSync(bin, '#!/bin/sh\necho golden\n');
  chmodSync(bin, 0o755);
  const m = emptyManifest({ name: 'golden', version: '1.2.3' });
  m.artifacts.push(
    await describeFile(dist, 'build/x86_64-unknown-linux-gnu/golden', {
      kind: 'binary',
      stage: 'build',
      target: 'x86_64-unknown-linux-gnu',
      os: 'linux',
      arch: 'amd64',
      name: 'golden',
    }),
  );
  await writeManifest(dist, m);
  return ws;
}

/** Runs the package stage in `ws` at a fixed time: the sha256 of each file it wrote. */
async function packageHashes(ws: string, name: string): Promise<Record<string, string>> {
  const r = await packageStage({
    workspace: ws,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    log: memoryLogger(),
    store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(root, `${name}-artifacts`) }),
    upload: false,
    version: '1.2.3',
    sourceDateEpoch: 1700000000,
  });
  const out: Record<string, string> = {};
  for (const p of r.packages)
    out[p] = createHash('sha256')
      .update(readFileSync(path.join(ws, 'dist', p)))
      .digest('hex');
  return out;
}

async function build(name: string): Promise<Record<string, string>> {
  const ws = await project(name);
  return packageHashes(ws, name);
}

/** An architecture-independent package with no build (nfpm style): epoch, release, rpm pretrans, a license file. */
const NOARCH = `name: golden-data
arch: all
epoch: 2
release: 3
maintainer: Golden <golden@example.com>
description: Golden data.
license: LicenseRef-Golden
contents:
  - { src: data/, dst: /usr/share/golden-data/ }
  - { src: COPYING.golden, dst: /usr/share/licenses/golden-data/COPYING, type: license }
  - { src: golden.timer, dst: /lib/systemd/system/golden.timer }
scripts:
  preremove: scripts/prerm.sh
rpm:
  scripts: { pretrans: scripts/pretrans.lua }
formats: [deb, rpm]
`;

const NOARCH_GOLDEN: Record<string, string> = {
  'golden-data_1.2.3-3_all.deb': 'e35f3278d1869ecbdac41ddead76ed9a605495b4beb788652237e2f9fe191433',
  'golden-data-1.2.3-3.noarch.rpm': '6e2c8e94a9df124aec206c506e1b2c47e9e6645568e58ecac1cf5a1d7916994a',
};

async function buildNoarch(name: string): Promise<Record<string, string>> {
  const ws = path.join(root, name);
  mkdirSync(path.join(ws, 'data', 'sub'), { recursive: true });
  mkdirSync(path.join(ws, 'scripts'), { recursive: true });
  writeFileSync(path.join(ws, 'distro.yml'), NOARCH);
  writeFileSync(path.join(ws, 'data', 'one.txt'), 'one\n');
  writeFileSync(path.join(ws, 'data', 'sub', 'two.txt'), 'two\n');
  writeFileSync(path.join(ws, 'COPYING.golden'), 'Golden licence text.\n\nSecond paragraph.\n');
  writeFileSync(path.join(ws, 'golden.timer'), '[Timer]\nOnCalendar=daily\n');
  writeFileSync(path.join(ws, 'scripts', 'prerm.sh'), '#!/bin/sh\necho bye\nexit 0\n');
  writeFileSync(path.join(ws, 'scripts', 'pretrans.lua'), '#!<lua>\nprint("hi")\n');
  return packageHashes(ws, name);
}

describe('golden hashes of the package stage', () => {
  it('writes the noarch deb and rpm (no build) byte for byte as before the format seam', async () => {
    const first = await buildNoarch('noarch-one');
    expect(first).toEqual(NOARCH_GOLDEN);
    expect(await buildNoarch('noarch-two')).toEqual(first);
  });

  it('writes the deb, rpm and tar.gz byte for byte as before the format seam', async () => {
    const first = await build('one');
    expect(first).toEqual(GOLDEN);
    // and twice the same
    expect(await build('two')).toEqual(first);
  });
});
