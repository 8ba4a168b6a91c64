/**
 * sign-artifacts as the runner starts it, over what build-target and package-format made for
 * examples/hello-c: every signature checked by the tools users run (gpg, sqv, rpm -K, minisign,
 * sha256sum), SBOMs by the official schemas, and the secrets looked for in everything printed.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  cpSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeKey, homeWithKey, gpgVerify, sqvVerify, cleanupGpg, run } from './helpers/gpg.js';
import { makeWorkspace, runAction, type RunnerDirs } from './helpers/runner.js';
import { hostTarget } from '../src/targets/index.js';
import { sbomValidators } from './helpers/sbom-schemas.js';
import { startSigstoreMock } from './helpers/sigstore-mock.js';
import { signStage } from '../src/stages/sign.js';
import { verifySigstoreBundle } from '../src/sign/sigstore.js';
import { memoryLogger } from '../src/log.js';
import { createArtifactStore } from '../src/runner/artifacts.js';

const host = hostTarget().triple;
let dirs: RunnerDirs;
let dist: string;
let packaged: string; // a copy of dist after package-format, to start each case from

function errorLines(out: string): string[] {
  return out.split('\n').filter((l) => l.startsWith('::error'));
}

/** Files under `d` (not directories), sorted. */
function listDist(d: string): string[] {
  return readdirSync(d, { recursive: true })
    .map(String)
    .filter((f) => !f.startsWith('.') && statSync(path.join(d, f)).isFile())
    .sort();
}

function resetDist(): void {
  rmSync(dist, { recursive: true, force: true });
  cpSync(packaged, dist, { recursive: true });
}

function minisignKey(): { key: string; pub: string } {
  const d = mkdtempSync(path.join(tmpdir(), 'distro-minisign-'));
  const key = path.join(d, 'k.key');
  const pub = path.join(d, 'k.pub');
  const r = spawnSync('minisign', ['-G', '-f', '-W', '-p', pub, '-s', key], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return { key: readFileSync(key, 'utf8'), pub };
}

beforeAll(() => {
  dirs = makeWorkspace('hello-c');
  dist = path.join(dirs.workspace, 'dist');
  const b = runAction('build-target', { target: host }, dirs);
  expect(errorLines(b.stdout)).toEqual([]);
  const p = runAction('package-format', { formats: 'deb,rpm,tar.gz' }, dirs);
  expect(errorLines(p.stdout)).toEqual([]);
  packaged = path.join(dirs.base, 'packaged');
  cpSync(dist, packaged, { recursive: true });
}, 300_000);

afterAll(() => cleanupGpg());

describe('sign-artifacts with an OpenPGP key, minisign and SBOMs', () => {
  let out: ReturnType<typeof runAction>;
  const key = () => makeKey('rsa');
  let mini: { key: string; pub: string };

  beforeAll(() => {
    resetDist();
    mini = minisignKey();
    out = runAction(
      'sign-artifacts',
      {
        'gpg-private-key': key().armoredSecret,
        'gpg-passphrase': key().passphrase!,
        'minisign-key': mini.key,
      },
      dirs, // SOURCE_DATE_EPOCH (2023) predates the key: signatures are made at the key's creation
    );
  }, 300_000);

  it('succeeds with the key in its outputs and summary', () => {
    expect(errorLines(out.stdout)).toEqual([]);
    expect(out.status).toBe(0);
    expect(out.outputs.fingerprint).toBe(key().fingerprint);
    expect(out.outputs['public-key']).toBe(path.join(dist, 'KEY.asc'));
    expect(out.summary).toContain(key().fingerprint);
    expect(out.outputs['artifact-name']).toBe('distro-sign');
  });

  it('every release file has a detached signature that gpg and sqv accept, and a flipped byte fails both', () => {
    const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as {
      artifacts: Array<{ path: string; kind: string; from?: string[] }>;
    };
    const sigs = manifest.artifacts.filter(
      (a) =>
        a.kind === 'signature' &&
        a.path.endsWith('.asc') &&
        !a.path.startsWith('SHA') &&
        a.path !== 'KEY.asc',
    );
    const kinds = new Set(sigs.map((s) => manifest.artifacts.find((a) => a.path === s.from![0])!.kind));
    expect([...kinds].sort()).toEqual(['archive', 'binary', 'deb', 'rpm', 'sbom']);
    const home = homeWithKey(path.join(dist, 'KEY.asc'));
    for (const s of sigs) {
      const data = path.join(dist, s.from![0]!);
      expect(gpgVerify(home, path.join(dist, s.path), data)).toMatchObject({ ok: true });
      expect(sqvVerify(path.join(dist, 'KEY.gpg'), path.join(dist, s.path), data)).toMatchObject({
        ok: true,
      });
    }
    const victim = path.join(dist, sigs.find((s) => s.from![0]!.endsWith('.deb'))!.from![0]!);
    const copy = path.join(dirs.base, 'flipped.deb');
    const bytes = readFileSync(victim);
    bytes[bytes.length >> 1] ^= 1;
    writeFileSync(copy, bytes);
    const sig = `${victim}.asc`;
    expect(gpgVerify(home, sig, copy).ok).toBe(false);
    expect(sqvVerify(path.join(dist, 'KEY.gpg'), sig, copy).ok).toBe(false);
  });

  it('SHA256SUMS.asc is clearsigned, and the sums it carries check out, signed rpm included', () => {
    const home = homeWithKey(path.join(dist, 'KEY.asc'));
    const content = path.join(dirs.base, 'sums.txt');
    expect(gpgVerify(home, path.join(dist, 'SHA256SUMS.asc'), undefined, content).ok).toBe(true);
    expect(readFileSync(content, 'utf8')).toBe(readFileSync(path.join(dist, 'SHA256SUMS'), 'utf8'));
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dist, encoding: 'utf8' });
    expect(check.stdout).toMatch(/\.rpm: OK/);
    expect(check.status).toBe(0);
  });

  it('the rpm is signed in place: rpm -K passes with the key imported, and the manifest says it replaced the unsigned one', () => {
    const rpm = readdirSync(dist).find((f) => f.endsWith('.rpm'))!;
    const db = mkdtempSync(path.join(tmpdir(), 'distro-rpmdb-'));
    expect(run('rpm', ['--dbpath', db, '--import', path.join(dist, 'KEY.asc')]).status).toBe(0);
    const k = run('rpm', ['--dbpath', db, '-K', path.join(dist, rpm)]);
    expect(k.stdout).toMatch(/digests signatures OK/);
    const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as {
      artifacts: Array<{ path: string; stage: string; replaces?: string; sha256: string }>;
    };
    const before = JSON.parse(readFileSync(path.join(packaged, 'manifest.json'), 'utf8')) as typeof manifest;
    const entry = manifest.artifacts.find((a) => a.path === rpm)!;
    expect(entry.stage).toBe('sign');
    expect(entry.replaces).toBe(before.artifacts.find((a) => a.path === rpm)!.sha256);
    expect(entry.sha256).not.toBe(entry.replaces);
    // The uploaded distro-sign artifact holds the signed rpm, so later jobs get it.
    const uploaded = path.join(dirs.artifacts, 'distro-sign', rpm);
    expect(readFileSync(uploaded).equals(readFileSync(path.join(dist, rpm)))).toBe(true);
  });

  it('a later job that downloads the package and sign artifacts gets the signed rpm', () => {
    const rpm = readdirSync(dist).find((f) => f.endsWith('.rpm'))!;
    const later = runAction(
      'sign-artifacts',
      { 'dist-dir': 'dist-later', from: 'distro-package, distro-sign', sbom: 'none', checksums: 'sha256' },
      dirs,
    );
    expect(errorLines(later.stdout)).toEqual([]);
    const got = readFileSync(path.join(dirs.workspace, 'dist-later', rpm));
    expect(got.equals(readFileSync(path.join(dist, rpm)))).toBe(true);
    expect(got.equals(readFileSync(path.join(packaged, rpm)))).toBe(false);
  });

  it('minisign accepts every .minisig with the exported minisign.pub', () => {
    const sigs = readdirSync(dist).filter((f) => f.endsWith('.minisig'));
    expect(sigs.length).toBeGreaterThanOrEqual(4);
    for (const s of sigs) {
      const r = spawnSync(
        'minisign',
        ['-Vm', path.join(dist, s.replace(/\.minisig$/, '')), '-p', path.join(dist, 'minisign.pub')],
        {
          encoding: 'utf8',
        },
      );
      expect(`${s}: ${r.status} ${r.stderr}`).toBe(`${s}: 0 `);
    }
  });

  it('writes SPDX and CycloneDX SBOMs that validate against the official schemas', () => {
    const { spdx, cyclonedx: cdx } = sbomValidators();
    const files = listDist(dist);
    const spdxFiles = files.filter((f) => f.endsWith('.spdx.json'));
    const cdxFiles = files.filter((f) => f.endsWith('.cdx.json'));
    expect(spdxFiles).toHaveLength(3); // deb, rpm, tar.gz
    expect(cdxFiles).toHaveLength(3);
    for (const f of spdxFiles)
      expect([f, spdx(JSON.parse(readFileSync(path.join(dist, f), 'utf8'))), spdx.errors]).toEqual([
        f,
        true,
        null,
      ]);
    for (const f of cdxFiles)
      expect([f, cdx(JSON.parse(readFileSync(path.join(dist, f), 'utf8'))), cdx.errors]).toEqual([
        f,
        true,
        null,
      ]);
  });

  it('never prints the private key, its passphrase or the minisign key', () => {
    // `::add-mask::` lines are how a value is masked: the runner swallows them and hides the value
    // everywhere else; every other line must be free of it.
    const shown = (t: string) =>
      t
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
    const printed = `${shown(out.stdout)}\n${shown(out.stderr)}\n${out.summary}\n${JSON.stringify(out.outputs)}`;
    expect(out.stdout).toMatch(/^::add-mask::/m);
    const secretLines = [...key().armoredSecret.split('\n'), ...mini.key.split('\n')]
      .map((l) => l.trim())
      .filter((l) => l.length >= 20 && !l.startsWith('-----') && !l.startsWith('untrusted comment'));
    expect(secretLines.length).toBeGreaterThan(5);
    for (const l of secretLines) expect(printed).not.toContain(l);
    expect(printed).not.toContain(key().passphrase!);
    for (const f of listDist(dist)) {
      if (existsSync(path.join(dist, f)) && !f.endsWith('/')) {
        const text = readFileSync(path.join(dist, f)).toString('latin1');
        expect(text.includes(secretLines[2]!)).toBe(false);
      }
    }
  });
});

describe('sign-artifacts refuses bad keys and leaves nothing half-signed', () => {
  it('a wrong passphrase: one error naming the input, the dist directory exactly as before', () => {
    resetDist();
    const before = listDist(dist).map((f) => [
      f,
      existsSync(path.join(dist, f)) ? readFileSync(path.join(dist, f)).length : -1,
    ]);
    const r = runAction(
      'sign-artifacts',
      { 'gpg-private-key': makeKey('rsa').armoredSecret, 'gpg-passphrase': 'not-it' },
      dirs,
    );
    expect(r.status).toBe(1);
    const errs = errorLines(r.stdout);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/gpg-passphrase/);
    expect(
      listDist(dist).map((f) => [
        f,
        existsSync(path.join(dist, f)) ? readFileSync(path.join(dist, f)).length : -1,
      ]),
    ).toEqual(before);
    const shown = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(r.stdout).toContain('::add-mask::not-it');
    expect(shown.join('\n')).not.toContain('not-it');
  });

  it('a public key instead of a private one, and an encryption-only key, are clear errors', () => {
    resetDist();
    const pub = runAction('sign-artifacts', { 'gpg-private-key': makeKey('ed25519').armoredPublic }, dirs);
    expect(pub.status).toBe(1);
    expect(errorLines(pub.stdout)[0]).toMatch(/gpg-private-key.*public key/i);
    const enc = runAction(
      'sign-artifacts',
      { 'gpg-private-key': makeKey('encrypt-only').armoredSecret },
      dirs,
    );
    expect(enc.status).toBe(1);
    expect(errorLines(enc.stdout)[0]).toMatch(/gpg-private-key/);
    expect(readdirSync(dist).filter((f) => f.endsWith('.asc'))).toEqual([]);
  });

  it('a failure after the rpm was signed leaves the rpm unsigned and removes what was written', () => {
    resetDist();
    const rpm = readdirSync(dist).find((f) => f.endsWith('.rpm'))!;
    const unsigned = readFileSync(path.join(dist, rpm));
    // A damaged minisign key is only noticed when loading; a bad `signatures` glob target cannot
    // fail; so make the SBOM step fail: an unreadable Cargo.lock in the project (a directory).
    const lock = path.join(dirs.workspace, 'Cargo.lock');
    mkdirSync(lock);
    try {
      const r = runAction('sign-artifacts', { 'gpg-private-key': makeKey('ed25519').armoredSecret }, dirs);
      expect(r.status).toBe(1);
      expect(errorLines(r.stdout)[0]).toMatch(/Cargo\.lock/);
      expect(readFileSync(path.join(dist, rpm)).equals(unsigned)).toBe(true);
      expect(listDist(dist)).toEqual(listDist(packaged));
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  });

  it('a re-run that fails late leaves the previous run’s signatures, sums and manifest as they were', async () => {
    resetDist();
    const key = makeKey('ed25519').armoredSecret;
    const sign = (sigstore?: { identityToken: string; fulcioUrl: string; rekorUrl: string }) =>
      signStage({
        workspace: dirs.workspace,
        env: { PATH: process.env.PATH },
        log: memoryLogger(),
        store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: dirs.artifacts }),
        upload: false,
        gpgPrivateKey: key,
        sbom: ['none'],
        ...(sigstore ? { sigstore } : {}),
      });
    await sign();
    const snapshot = () =>
      Object.fromEntries(
        listDist(dist).map((f) => [
          f,
          createHash('sha256')
            .update(readFileSync(path.join(dist, f)))
            .digest('hex'),
        ]),
      );
    const before = snapshot();
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['SHA256SUMS', 'SHA256SUMS.asc']));
    // Sigstore signs after the sums and OpenPGP signatures are rewritten: an unreachable Fulcio
    // fails the re-run late, when it has overwritten files the first run wrote.
    const dead = 'http://127.0.0.1:9';
    const err = await sign({ identityToken: 'x.y.z', fulcioUrl: dead, rekorUrl: dead }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    // every file the manifest lists is still there, with the first run's bytes
    expect(snapshot()).toEqual(before);
  });
});

describe('sign stage with keyless Sigstore (the sigstore project mock services, @sigstore/mock, on 127.0.0.1)', () => {
  it('writes a bundle per signed artifact, recorded in the manifest, each verified against the mock trusted root', async () => {
    resetDist();
    const mock = await startSigstoreMock();
    try {
      const r = await signStage({
        workspace: dirs.workspace,
        env: { PATH: process.env.PATH },
        log: memoryLogger(),
        store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: dirs.artifacts }),
        upload: false,
        checksums: ['sha256'],
        sbom: ['none'],
        sigstore: { identityToken: mock.token(), fulcioUrl: mock.url, rekorUrl: mock.url, tsaUrl: mock.url },
      });
      const bundles = r.artifacts.filter((a) => a.format === 'sigstore-bundle');
      // Every binary, package and archive (the defaults), and nothing else.
      expect(bundles.map((b) => b.from![0]).sort()).toEqual(
        listDist(packaged).filter((f) => /\.(deb|rpm|tar\.gz)$|\/hello$/.test(f)),
      );
      for (const b of bundles) {
        const v = await verifySigstoreBundle(path.join(dist, b.from![0]!), path.join(dist, b.path), {
          trustedRoot: mock.trustedRoot,
          identity: { subjectAlternativeName: mock.claims.sub as string, issuer: mock.issuer },
        });
        expect(v.subjectAlternativeName).toBe(mock.claims.sub);
      }
    } finally {
      await mock.close();
    }
  });

  it('without a token: one error naming the input and the permission, and nothing written', async () => {
    resetDist();
    const err = await signStage({
      workspace: dirs.workspace,
      env: { PATH: process.env.PATH },
      log: memoryLogger(),
      store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: dirs.artifacts }),
      upload: false,
      sbom: ['none'],
      sigstore: {},
    }).catch((e: unknown) => e);
    expect(String(err)).toMatch(/input: sigstore|sigstore.*id-token: write/);
    expect(listDist(dist)).toEqual(listDist(packaged));
  });
});
