/**
 * Authenticode in sign-artifacts: a real PE (hello.exe, built here with mingw-w64) and an MSI of it
 * (msitools' wixl) signed with a
 * code-signing certificate of a test CA (made with openssl, exported as PKCS#12), checked with
 * `osslsigncode verify -CAfile`: it passes, and fails after one flipped byte. The RFC 3161 timestamp
 * comes from a local TSA: `openssl ts -reply` behind a small HTTP server on 127.0.0.1, speaking the
 * protocol a public timestamp server speaks (POST application/timestamp-query). Bad keys fail
 * with one error naming the input, before anything changes, and leave no temporary file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { signStage, type SignStageOptions } from '../src/stages/sign.js';
import { memoryLogger } from '../src/log.js';
import { createArtifactStore } from '../src/runner/artifacts.js';
import type { Manifest } from '../src/manifest/index.js';

const base = mkdtempSync(path.join(tmpdir(), 'distro-authenticode-'));
const pki = path.join(base, 'pki');
const PASSWORD = 'pfx-Secret-2026';
let pfx: string; // base64
let serverPfx: string; // a TLS server certificate, not for code
let tsa: { server: Server; url: string; requests: number };

function sh(argv: string[], opts: { cwd?: string; input?: Buffer } = {}): string {
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd: opts.cwd ?? pki, input: opts.input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function verify(file: string): { status: number | null; out: string } {
  const r = spawnSync(
    'osslsigncode',
    ['verify', '-CAfile', path.join(pki, 'ca.pem'), '-TSA-CAfile', path.join(pki, 'ca.pem'), '-in', file],
    { encoding: 'utf8' },
  );
  return { status: r.status, out: r.stdout + r.stderr };
}

/** A leaf certificate of the test CA with the given extended key usage, as base64 PKCS#12. */
function leaf(name: string, eku: string): string {
  writeFileSync(
    path.join(pki, `${name}.ext`),
    `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=${eku}\n`,
  );
  sh([
    'openssl',
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    `/CN=${name}`,
  ]);
  sh([
    'openssl',
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-set_serial',
    String(Date.now() % 100000),
    '-days',
    '30',
    '-out',
    `${name}.pem`,
    '-extfile',
    `${name}.ext`,
  ]);
  sh([
    'openssl',
    'pkcs12',
    '-export',
    '-inkey',
    `${name}.key`,
    '-in',
    `${name}.pem`,
    '-certfile',
    'ca.pem',
    '-out',
    `${name}.pfx`,
    '-passout',
    `pass:${PASSWORD}`,
  ]);
  return readFileSync(path.join(pki, `${name}.pfx`)).toString('base64');
}

/** A local RFC 3161 TSA: each POSTed query is answered by `openssl ts -reply`. */
async function startTsa(): Promise<{ server: Server; url: string; requests: number }> {
  writeFileSync(path.join(pki, 'serial'), '01\n');
  writeFileSync(
    path.join(pki, 'tsa.cnf'),
    `[ tsa ]\ndefault_tsa = t\n[ t ]\ndir = ${pki}\nserial = $dir/serial\ncrypto_device = builtin\n` +
      `signer_cert = $dir/tsa.pem\ncerts = $dir/ca.pem\nsigner_key = $dir/tsa.key\nsigner_digest = sha256\n` +
      `default_policy = 1.2.3.4.1\ndigests = sha256, sha384, sha512\naccuracy = secs:1\nordering = yes\n` +
      `tsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n`,
  );
  const state = { server: undefined as unknown as Server, url: '', requests: 0 };
  state.server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.headers['content-type'] !== 'application/timestamp-query') {
        res.writeHead(400).end();
        return;
      }
      state.requests++;
      const q = path.join(pki, `q${state.requests}.tsq`);
      const r = path.join(pki, `r${state.requests}.tsr`);
      writeFileSync(q, Buffer.concat(chunks));
      const out = spawnSync('openssl', [
        'ts',
        '-reply',
        '-config',
        path.join(pki, 'tsa.cnf'),
        '-queryfile',
        q,
        '-out',
        r,
      ]);
      if (out.status !== 0) {
        res.writeHead(500).end(String(out.stderr));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(readFileSync(r));
    });
  });
  await new Promise<void>((resolve) => state.server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}/`;
  return state;
}

let workspace: string;
let dist: string;
let pristine: string;
let runnerTemp: string;

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function manifest(): Manifest {
  return JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Manifest;
}

function reset(): void {
  rmSync(dist, { recursive: true, force: true });
  cpSync(pristine, dist, { recursive: true });
}

function options(
  extra: Partial<SignStageOptions>,
  env: Record<string, string> = {},
): SignStageOptions & { log: ReturnType<typeof memoryLogger> } {
  return {
    workspace,
    env: { PATH: process.env.PATH, RUNNER_TEMP: runnerTemp, ...env },
    log: memoryLogger(),
    store: createArtifactStore({ DISTRO_ARTIFACTS_DIR: path.join(base, 'artifacts') }),
    upload: false,
    checksums: ['sha256'],
    sbom: ['none'],
    ...extra,
  } as SignStageOptions & { log: ReturnType<typeof memoryLogger> };
}

beforeAll(async () => {
  mkdirSync(pki, { recursive: true });
  sh([
    'openssl',
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '30',
    '-subj',
    '/CN=distro-actions test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  pfx = leaf('Hello Code Signer', 'codeSigning');
  serverPfx = leaf('www.example.com', 'serverAuth');
  leaf('tsa', 'critical,timeStamping');
  tsa = await startTsa();

  workspace = path.join(base, 'ws');
  dist = path.join(workspace, 'dist');
  runnerTemp = path.join(base, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  mkdirSync(path.join(dist, 'build', 'x86_64-pc-windows-gnu'), { recursive: true });
  writeFileSync(
    path.join(workspace, 'distro.yml'),
    'name: hello\ndescription: Says hello.\nhomepage: https://example.com/hello\n',
  );
  writeFileSync(path.join(base, 'hello.c'), '#include <stdio.h>\nint main(void){puts("hello");return 0;}\n');
  const exeRel = 'build/x86_64-pc-windows-gnu/hello.exe';
  sh(['x86_64-w64-mingw32-gcc', '-O2', '-s', '-o', path.join(dist, exeRel), path.join(base, 'hello.c')]);
  // an MSI installer of it, built with msitools' wixl (as the msi format does)
  const msiRel = 'hello-1.0.0-x64.msi';
  writeFileSync(
    path.join(base, 'hello.wxs'),
    `<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="*" Name="hello" Language="1033" Version="1.0.0" Manufacturer="Example" UpgradeCode="12345678-1234-1234-1234-123456789012">
    <Package InstallerVersion="200" Compressed="yes" InstallScope="perMachine"/>
    <Media Id="1" Cabinet="hello.cab" EmbedCab="yes"/>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLDIR" Name="hello">
          <Component Id="Main" Guid="12345678-1234-1234-1234-123456789013" Win64="yes">
            <File Id="HelloExe" Source="hello.exe" KeyPath="yes"/>
          </Component>
        </Directory>
      </Directory>
    </Directory>
    <Feature Id="Complete" Level="1"><ComponentRef Id="Main"/></Feature>
  </Product>
</Wix>
`,
  );
  cpSync(path.join(dist, exeRel), path.join(base, 'hello.exe'));
  sh(['wixl', '-a', 'x64', '-o', path.join(dist, msiRel), 'hello.wxs'], { cwd: base });
  const m: Manifest = {
    schema: 1,
    project: { name: 'hello', version: '1.0.0' },
    artifacts: [
      {
        path: exeRel,
        kind: 'binary',
        target: 'x86_64-pc-windows-gnu',
        os: 'windows',
        arch: 'amd64',
        size: readFileSync(path.join(dist, exeRel)).length,
        sha256: sha256(path.join(dist, exeRel)),
        stage: 'build',
      },
      {
        path: msiRel,
        kind: 'msi',
        format: 'msi',
        target: 'x86_64-pc-windows-gnu',
        os: 'windows',
        arch: 'amd64',
        size: readFileSync(path.join(dist, msiRel)).length,
        sha256: sha256(path.join(dist, msiRel)),
        stage: 'package',
      },
    ],
  };
  writeFileSync(path.join(dist, 'manifest.json'), JSON.stringify(m, null, 2));
  pristine = path.join(base, 'pristine');
  cpSync(dist, pristine, { recursive: true });
}, 120_000);

afterAll(async () => {
  await new Promise((r) => tsa.server.close(r));
  rmSync(base, { recursive: true, force: true });
});

const EXE = 'build/x86_64-pc-windows-gnu/hello.exe';
const MSI = 'hello-1.0.0-x64.msi';

describe('Authenticode signing in sign-artifacts', () => {
  test('signs hello.exe: osslsigncode verify passes with the test CA, a flipped byte fails; the manifest has the new sha256', async () => {
    reset();
    const before = sha256(path.join(dist, EXE));
    expect(verify(path.join(dist, EXE)).status).not.toBe(0); // unsigned
    const o = options(
      { authenticodePfx: pfx, authenticodePassword: PASSWORD },
      { SOURCE_DATE_EPOCH: '1767225600' },
    );
    const r = await signStage(o);
    const file = path.join(dist, EXE);
    const v = verify(file);
    expect(v.out).toMatch(/Signature verification: ok/);
    expect(v.status).toBe(0);
    expect(v.out).toMatch(/Hello Code Signer/);
    const entry = manifest().artifacts.find((a) => a.path === EXE)!;
    expect(entry.sha256).toBe(sha256(file));
    expect(entry.sha256).not.toBe(before);
    expect(entry.replaces).toBe(before);
    expect(r.artifacts.find((a) => a.path === EXE)?.authenticode).toMatch(/^[0-9A-F:]{95}$/);
    // the MSI too: signed, verified, its manifest entry updated
    const msi = path.join(dist, MSI);
    const mv = verify(msi);
    expect(mv.out).toMatch(/Signature verification: ok/);
    expect(mv.status).toBe(0);
    expect(manifest().artifacts.find((a) => a.path === MSI)!.sha256).toBe(sha256(msi));
    expect(manifest().artifacts.find((a) => a.path === MSI)!.replaces).toBe(sha256(path.join(pristine, MSI)));
    // SHA256SUMS covers the signed bytes
    expect(readFileSync(path.join(dist, 'SHA256SUMS'), 'utf8')).toContain(`${sha256(file)}  ${EXE}`);
    // no key material left, no temporaries, no password in the log
    expect(readdirSync(runnerTemp)).toEqual([]);
    expect(readdirSync(dist).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(o.log.lines.join('\n')).not.toContain(PASSWORD);
    expect(o.log.lines.join('\n')).toContain('osslsigncode sign');

    // one flipped byte in the code section: the signature no longer verifies
    const bytes = readFileSync(file);
    bytes[0x400 + 16] ^= 0xff;
    const flipped = path.join(base, 'flipped.exe');
    writeFileSync(flipped, bytes);
    const bad = verify(flipped);
    expect(bad.status).not.toBe(0);
    expect(bad.out).toMatch(/MISMATCH|failed/i);
  }, 60_000);

  test('same input and SOURCE_DATE_EPOCH give the same signed bytes; a re-run leaves a signed file as it is', async () => {
    reset();
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    await signStage(options({ authenticodePfx: pfx, authenticodePassword: PASSWORD }, env));
    const first = sha256(path.join(dist, EXE));
    const firstMsi = sha256(path.join(dist, MSI));
    await signStage(options({ authenticodePfx: pfx, authenticodePassword: PASSWORD }, env));
    expect(sha256(path.join(dist, EXE))).toBe(first); // not signed twice
    expect(sha256(path.join(dist, MSI))).toBe(firstMsi);
    reset();
    await signStage(options({ authenticodePfx: pfx, authenticodePassword: PASSWORD }, env));
    expect(sha256(path.join(dist, EXE))).toBe(first);
    expect(sha256(path.join(dist, MSI))).toBe(firstMsi);
  }, 60_000);

  test('with a timestamp URL the signature carries an RFC 3161 timestamp from the TSA', async () => {
    reset();
    const before = tsa.requests;
    await signStage(
      options({ authenticodePfx: pfx, authenticodePassword: PASSWORD, authenticodeTimestampUrl: tsa.url }),
    );
    expect(tsa.requests).toBe(before + 2); // hello.exe and the MSI
    const v = verify(path.join(dist, EXE));
    expect(v.status).toBe(0);
    expect(v.out).toMatch(/Timestamp Server Signature verification: ok|Timestamp:.*\d{4}/);
    expect(v.out).toMatch(/CN=tsa/);
    const mv = verify(path.join(dist, MSI));
    expect(mv.status).toBe(0);
    expect(mv.out).toMatch(/CN=tsa/);
  }, 60_000);

  test('a wrong password: one error naming input authenticode-password, nothing changed or left', async () => {
    reset();
    const err = (await signStage(options({ authenticodePfx: pfx, authenticodePassword: 'wrong' })).catch(
      (e: unknown) => e,
    )) as Error & { key?: string };
    expect(err.key).toBe('input: authenticode-password');
    expect(err.message).toMatch(/password does not open the PFX/);
    expect(err.message).not.toContain(PASSWORD);
    expect(sha256(path.join(dist, EXE))).toBe(sha256(path.join(pristine, EXE)));
    expect(readdirSync(dist).sort()).toEqual(readdirSync(pristine).sort());
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  test('not a PFX, and a certificate that cannot sign code: errors naming input authenticode-pfx', async () => {
    reset();
    const notB64 = (await signStage(
      options({ authenticodePfx: '-----BEGIN CERTIFICATE-----', authenticodePassword: PASSWORD }),
    ).catch((e: unknown) => e)) as Error & { key?: string };
    expect(notB64.key).toBe('input: authenticode-pfx');
    expect(notB64.message).toMatch(/base64-encoded PFX/);
    const garbage = Buffer.concat([Buffer.from([0x30, 0x82]), Buffer.alloc(200, 7)]).toString('base64');
    const bad = (await signStage(options({ authenticodePfx: garbage, authenticodePassword: PASSWORD })).catch(
      (e: unknown) => e,
    )) as Error & { key?: string };
    expect(bad.key).toBe('input: authenticode-pfx');
    const tls = (await signStage(
      options({ authenticodePfx: serverPfx, authenticodePassword: PASSWORD }),
    ).catch((e: unknown) => e)) as Error & { key?: string };
    expect(tls.key).toBe('input: authenticode-pfx');
    expect(tls.message).toMatch(/cannot sign code.*serverAuth|cannot sign code.*1\.3\.6\.1\.5\.5\.7\.3\.1/);
    expect(readdirSync(dist).sort()).toEqual(readdirSync(pristine).sort());
    expect(sha256(path.join(dist, EXE))).toBe(sha256(path.join(pristine, EXE)));
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  test('distro sign --authenticode-pfx FILE (password from $DISTRO_AUTHENTICODE_PASSWORD) signs the same way', async () => {
    reset();
    const { cli } = await import('../src/cli.js');
    const out: string[] = [];
    const io = {
      cwd: workspace,
      env: {
        PATH: process.env.PATH,
        RUNNER_TEMP: runnerTemp,
        DISTRO_ARTIFACTS_DIR: path.join(base, 'artifacts'),
        DISTRO_AUTHENTICODE_PASSWORD: PASSWORD,
      },
      out: (l: string) => out.push(l),
      err: (l: string) => out.push(l),
    };
    const pfxFile = path.join(pki, 'Hello Code Signer.pfx');
    const code = await cli(
      ['sign', '--authenticode-pfx', pfxFile, '--checksums', 'sha256', '--sbom', 'none'],
      io,
    );
    expect(out.join('\n')).not.toContain(PASSWORD);
    expect(code).toBe(0);
    expect(verify(path.join(dist, EXE)).status).toBe(0);
    expect(verify(path.join(dist, MSI)).status).toBe(0);
  }, 60_000);
});
