/**
 * rpm package signatures against the real tools: keys made by gpg (RSA 3072 and Ed25519), read by
 * loadSigningKey; packages from our writer and from rpmbuild, signed by signRpm; checked with
 * rpm 4.18 (`rpm -K`, `rpm -qpi`), rpmlint, and dnf installing from a createrepo_c repository with
 * gpgcheck=1 (and refusing an unsigned package).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import type { PackageSpec, PkgFile } from '../src/formats/pkg/types.js';
import { writeRpm } from '../src/formats/rpm/index.js';
import { readRpmHeaders } from '../src/formats/rpm/read.js';
import { SIGTAG } from '../src/formats/rpm/tags.js';
import { type OpenPgpSigner, loadSigningKey } from '../src/sign/openpgp.js';
import { signRpm, signRpms } from '../src/sign/rpm.js';
import type { Signer } from '../src/sign/signer.js';
import { cleanupGpg, makeKey } from './helpers/gpg.js';

const MTIME = 1700000000;
const root = mkdtempSync(path.join(tmpdir(), 'rpmsign-test-'));

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const missing = ['rpm', 'rpmbuild', 'rpmlint', 'createrepo_c', 'dnf', 'gpg'].filter((t) => !has(t));
if (missing.length) throw new Error(`rpm signing tests need ${missing.join(', ')} (see scripts/deps.sh)`);

function run(cmd: string, args: string[]): { code: number | null; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  if (r.error) throw r.error;
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** An rpm database in a fresh directory, with `keys` (armored files) imported. */
function rpmdb(...keys: string[]): string {
  const db = mkdtempSync(path.join(root, 'db-'));
  for (const k of keys) {
    const r = run('rpm', ['--dbpath', db, '--import', k]);
    if (r.code !== 0) throw new Error(`rpm --import ${k}: ${r.out}`);
  }
  return db;
}

/** `rpm -Kv` against the database `db`. */
const check = (db: string, file: string) => run('rpm', ['--dbpath', db, '-Kv', file]);

function spec(name: string): PackageSpec {
  const source = path.join(root, `${name}.txt`);
  writeFileSync(source, `${name} data\n`);
  const f: PkgFile = {
    dst: `/usr/share/${name}/data.txt`,
    type: 'file',
    source,
    mode: 0o644,
    owner: 'root',
    group: 'root',
    mtime: MTIME,
    size: readFileSync(source).length,
  };
  const dir: PkgFile = {
    dst: `/usr/share/${name}`,
    type: 'dir',
    mode: 0o755,
    owner: 'root',
    group: 'root',
    mtime: MTIME,
    size: 0,
  };
  return {
    packager: 'rpm',
    name,
    version: '1.0',
    release: '1',
    arch: 'noarch',
    maintainer: 'Hello Team <team@example.com>',
    summary: 'A signed test package',
    description: 'A package to test rpm signatures.',
    homepage: 'https://example.com/hello',
    license: 'MIT',
    group: 'Applications/System',
    depends: [],
    predepends: [],
    recommends: [],
    suggests: [],
    conflicts: [],
    breaks: [],
    replaces: [],
    provides: [],
    files: [dir, f],
    scripts: {},
    changelog: [],
    compression: 'gzip',
    buildTime: MTIME,
    extra: {},
  };
}

const TINY_SPEC = `Name: tiny
Version: 1.0
Release: 1
Summary: A tiny package built by rpmbuild
License: MIT
BuildArch: noarch

%description
Tiny.

%install
mkdir -p %{buildroot}/usr/share/tiny
echo tiny > %{buildroot}/usr/share/tiny/tiny.txt

%files
/usr/share/tiny/tiny.txt
`;

let rsa: OpenPgpSigner;
let ed: OpenPgpSigner;
const keyFile: Record<'rsa' | 'ed', string> = { rsa: '', ed: '' };
let ours: string; // unsigned package from our writer
let built: string; // unsigned package from rpmbuild (with RPMSIGTAG_RESERVEDSPACE)

/** A fresh copy of `file` to sign. */
function copy(file: string, name: string): string {
  const dir = mkdtempSync(path.join(root, 'pkg-'));
  const out = path.join(dir, name);
  copyFileSync(file, out);
  return out;
}

beforeAll(async () => {
  const rsaKey = makeKey('rsa');
  const edKey = makeKey('ed25519');
  // a fixed signing time (whole seconds, not before the keys were made) makes signatures reproducible
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  rsa = await loadSigningKey(rsaKey.armoredSecret, rsaKey.passphrase, { now });
  ed = await loadSigningKey(edKey.armoredSecret, undefined, { now });
  keyFile.rsa = path.join(root, 'rsa.asc');
  keyFile.ed = path.join(root, 'ed.asc');
  writeFileSync(keyFile.rsa, rsaKey.armoredPublic);
  writeFileSync(keyFile.ed, edKey.armoredPublic);
  ours = path.join(root, 'hello-1.0-1.noarch.rpm');
  await writeRpm(ours, spec('hello'));
  const specFile = path.join(root, 'tiny.spec');
  writeFileSync(specFile, TINY_SPEC);
  const top = path.join(root, 'rpmbuild');
  const r = run('rpmbuild', [
    '-bb',
    '--quiet',
    '--define',
    `_topdir ${top}`,
    '--define',
    '_build_id_links none',
    specFile,
  ]);
  if (r.code !== 0) throw new Error(r.out);
  built = path.join(top, 'RPMS/noarch/tiny-1.0-1.noarch.rpm');
});

afterAll(() => {
  cleanupGpg();
  rmSync(root, { recursive: true, force: true });
});

describe('rpm -K and rpm -qpi', () => {
  test.each([
    ['RSA', 'rsa', 'RSA/SHA512'],
    ['Ed25519', 'ed', 'EdDSA/SHA512'],
  ] as const)('%s: digests and signature OK with the key imported, NOKEY without', async (_, k, algo) => {
    const signer = k === 'rsa' ? rsa : ed;
    for (const base of [ours, built]) {
      const f = copy(base, path.basename(base));
      expect(
        run('rpm', ['-qp', '--qf', '%{SIGPGP:pgpsig}|%{RSAHEADER:pgpsig}|%{DSAHEADER:pgpsig}', f]).out,
      ).toBe('(none)|(none)|(none)');
      const result = await signRpm(f, signer);
      expect(result.size).toBe(statSync(f).size);
      const ok = check(rpmdb(keyFile[k]), f);
      expect(ok.code).toBe(0);
      const id = signer.signingKeyId.toLowerCase();
      expect(ok.out).toMatch(
        new RegExp(`Header V4 ${algo.replace('/', '\\/')} Signature, key ID ${id.slice(-8)}: OK`),
      );
      expect(ok.out).toMatch(/Header SHA256 digest: OK/);
      expect(ok.out).toMatch(/Payload SHA256 digest: OK/);
      expect(ok.out).not.toMatch(/BAD|NOKEY|NOT OK/);
      expect(run('rpm', ['--dbpath', rpmdb(keyFile[k]), '-K', f]).out).toMatch(/digests signatures OK$/m);
      // rpm -qpi shows the key id and algorithm
      expect(run('rpm', ['-qpi', f]).out).toMatch(
        new RegExp(`^Signature\\s+: ${algo.replace('/', '\\/')}, .*Key ID ${id}$`, 'm'),
      );
      // the other key only, or none: NOKEY, and rpm -K fails
      const other = check(rpmdb(keyFile[k === 'rsa' ? 'ed' : 'rsa']), f);
      expect(other.code).not.toBe(0);
      expect(other.out).toMatch(new RegExp(`Signature, key ID ${id.slice(-8)}: NOKEY`));
      expect(check(rpmdb(), f).out).toMatch(/NOKEY/);
    }
  });

  test('RSA signs into RPMSIGTAG_RSA (268), Ed25519 into RPMSIGTAG_DSA (267), as rpm 4.18 does', async () => {
    const a = copy(ours, 'a.rpm');
    const b = copy(ours, 'b.rpm');
    await signRpm(a, rsa);
    await signRpm(b, ed);
    const tags = async (f: string) =>
      (await readRpmHeaders(f)).signature.tags().filter((t) => t === SIGTAG.RSA || t === SIGTAG.DSA);
    expect(await tags(a)).toEqual([SIGTAG.RSA]);
    expect(await tags(b)).toEqual([SIGTAG.DSA]);
  });

  test('a flipped byte in the payload or in the header is caught', async () => {
    const db = rpmdb(keyFile.rsa);
    const f = copy(ours, 'flip.rpm');
    await signRpm(f, rsa);
    const signed = readFileSync(f);
    const { headerStart, payloadStart } = await readRpmHeaders(f);
    const flip = (at: number) => {
      const b = Buffer.from(signed);
      b[at] ^= 0x01;
      const out = path.join(path.dirname(f), `flip-${at}.rpm`);
      writeFileSync(out, b);
      return out;
    };
    const payload = check(db, flip(signed.length - 20));
    expect(payload.code).not.toBe(0);
    expect(payload.out).toMatch(/Payload SHA256 digest: BAD/);
    // a byte inside the header's data store (the description text)
    const descAt = signed.indexOf('A package to test rpm signatures.', headerStart);
    expect(descAt).toBeGreaterThan(headerStart);
    expect(descAt).toBeLessThan(payloadStart);
    const header = check(db, flip(descAt));
    expect(header.code).not.toBe(0);
    expect(header.out).toMatch(/Header V4 RSA\/SHA512 Signature, key ID [0-9a-f]+: BAD/);
  });

  test('the rpmbuild package keeps its size: the signature takes from the reserved space, as rpmsign does', async () => {
    const f = copy(built, 'tiny.rpm');
    const before = await readRpmHeaders(f);
    await signRpm(f, ed);
    const after = await readRpmHeaders(f);
    expect(statSync(f).size).toBe(before.fileSize);
    expect(after.headerStart).toBe(before.headerStart);
    expect(after.headerBytes.equals(before.headerBytes)).toBe(true);
    expect(after.signature.binary(SIGTAG.RESERVEDSPACE)!.length).toBeLessThan(
      before.signature.binary(SIGTAG.RESERVEDSPACE)!.length,
    );
    expect(check(rpmdb(keyFile.ed), f).code).toBe(0);
  });
});

describe('re-signing', () => {
  test('signing twice with a fixed time gives the same bytes (RSA and Ed25519)', async () => {
    for (const signer of [rsa, ed]) {
      const f = copy(ours, 'twice.rpm');
      const first = await signRpm(f, signer);
      const once = readFileSync(f);
      const second = await signRpm(f, signer);
      expect(readFileSync(f).equals(once)).toBe(true);
      expect(second).toEqual(first);
    }
  });

  test('a new signature replaces the old one', async () => {
    const f = copy(ours, 'replace.rpm');
    await signRpm(f, rsa);
    await signRpm(f, ed);
    const tags = (await readRpmHeaders(f)).signature.tags();
    expect(tags).toContain(SIGTAG.DSA);
    expect(tags).not.toContain(SIGTAG.RSA);
    expect(check(rpmdb(keyFile.ed), f).code).toBe(0);
    expect(check(rpmdb(keyFile.rsa), f).out).toMatch(/NOKEY/);
  });

  test('signRpms signs several packages', async () => {
    const a = copy(ours, 'a.rpm');
    const b = copy(built, 'b.rpm');
    const results = await signRpms([a, b], rsa);
    expect(results.map((r) => r.file)).toEqual([a, b]);
    const db = rpmdb(keyFile.rsa);
    for (const f of [a, b])
      expect(run('rpm', ['--dbpath', db, '-K', f]).out).toMatch(/digests signatures OK$/m);
  });
});

describe('rpmlint and dnf', () => {
  test('rpmlint reports nothing about the signature', async () => {
    const f = copy(ours, 'lint.rpm');
    expect(run('rpmlint', [f]).out).toMatch(/no-signature/); // the unsigned package draws it
    await signRpm(f, rsa);
    const out = run('rpmlint', [f]).out;
    expect(out.split('\n').filter((l) => /signature/i.test(l))).toEqual([]);
  });

  test('dnf with gpgcheck=1 installs the signed package and refuses the unsigned one', async () => {
    const dnf = (repo: string, pkg: string) => {
      const installroot = mkdtempSync(path.join(root, 'dnfroot-'));
      const reposdir = mkdtempSync(path.join(root, 'reposd-'));
      writeFileSync(
        path.join(reposdir, 'local.repo'),
        `[local]\nname=local\nbaseurl=file://${repo}\nenabled=1\ngpgcheck=1\nrepo_gpgcheck=0\ngpgkey=file://${keyFile.ed}\n`,
      );
      const r = run('dnf', [
        '-y',
        `--installroot=${installroot}`,
        '--releasever=12',
        `--setopt=reposdir=${reposdir}`,
        `--setopt=cachedir=${path.join(installroot, 'cache')}`,
        '--setopt=install_weak_deps=False',
        'install',
        pkg,
      ]);
      return { ...r, installroot };
    };
    const repo = mkdtempSync(path.join(root, 'repo-'));
    const signedPkg = path.join(repo, 'hello-1.0-1.noarch.rpm');
    copyFileSync(ours, signedPkg);
    await signRpm(signedPkg, ed);
    await writeRpm(path.join(repo, 'plain-1.0-1.noarch.rpm'), spec('plain'));
    expect(run('createrepo_c', ['--quiet', repo]).code).toBe(0);

    const good = dnf(repo, 'hello');
    expect(good.code).toBe(0);
    expect(readFileSync(path.join(good.installroot, 'usr/share/hello/data.txt'), 'utf8')).toBe(
      'hello data\n',
    );
    expect(run('rpm', ['--root', good.installroot, '-q', 'hello']).out.trim()).toBe('hello-1.0-1.noarch');

    const bad = dnf(repo, 'plain');
    expect(bad.code).not.toBe(0);
    expect(bad.out).toMatch(/not signed|GPG check FAILED/);
    expect(existsSync(path.join(bad.installroot, 'usr/share/plain/data.txt'))).toBe(false);
  });
});

describe('failures leave the package as it was', () => {
  const unchanged = async (f: string, promise: Promise<unknown>, pattern: RegExp) => {
    const before = readFileSync(f);
    const err = await promise.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(pattern);
    expect(readFileSync(f).equals(before)).toBe(true);
    expect(readdirSync(path.dirname(f))).toEqual([path.basename(f)]);
    return err;
  };

  test('a signer that fails', async () => {
    const f = copy(ours, 'fail.rpm');
    const broken: Signer = { ...rsa, sign: () => Promise.reject(new Error('the key is on vacation')) };
    await unchanged(f, signRpm(f, broken), /the key is on vacation/);
  });

  test('a key algorithm rpm 4.18 cannot verify (ECDSA) is one DistroError naming the input', async () => {
    const f = copy(ours, 'ecdsa.rpm');
    const ecdsa = await loadSigningKey(makeKey('ecdsa').armoredSecret, undefined);
    const err = await unchanged(f, signRpm(f, ecdsa), /ECDSA.*input 'gpg-private-key'.*RSA.*Ed25519/);
    expect(err).toBeInstanceOf(DistroError);
  });

  test('a package whose header does not match its digest, or that was cut short', async () => {
    const f = copy(ours, 'corrupt.rpm');
    const b = readFileSync(f);
    const { headerStart } = await readRpmHeaders(f);
    const at = b.indexOf('A package to test rpm signatures.', headerStart);
    b[at] ^= 0x01;
    writeFileSync(f, b);
    const err = await unchanged(
      f,
      signRpm(f, rsa),
      /corrupt\.rpm: the header's SHA256 digest does not match/,
    );
    expect(err).toBeInstanceOf(DistroError);

    const cut = copy(ours, 'cut.rpm');
    writeFileSync(cut, readFileSync(cut).subarray(0, statSync(cut).size - 10));
    await unchanged(
      cut,
      signRpm(cut, rsa),
      /cut\.rpm: the package is \d+ bytes after its signature header, not \d+/,
    );
  });

  test('not an rpm', async () => {
    const f = path.join(mkdtempSync(path.join(root, 'txt-')), 'notes.rpm');
    writeFileSync(f, 'not a package\n'.repeat(20));
    const err = await unchanged(f, signRpm(f, rsa), /notes\.rpm is not a valid rpm package/);
    expect(err).toBeInstanceOf(DistroError);
  });
});

test('temporary files do not outlive a successful signing, and the file mode is kept', async () => {
  const dir = mkdtempSync(path.join(root, 'mode-'));
  const f = path.join(dir, 'hello.rpm');
  copyFileSync(ours, f);
  spawnSync('chmod', ['640', f]);
  await signRpm(f, rsa);
  expect(readdirSync(dir)).toEqual(['hello.rpm']);
  expect(statSync(f).mode & 0o777).toBe(0o640);
});
