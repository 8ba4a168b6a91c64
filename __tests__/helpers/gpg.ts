/**
 * Test OpenPGP keys made by the real gpg, and verification with gpg and sqv.
 *
 * Every key lives in its own throwaway GNUPGHOME (mkdtemp, mode 0700) and is generated once per test
 * process from a `gpg --batch --gen-key` parameter file (`makeKey(kind)` caches it). Call
 * `cleanupGpg()` in `afterAll` to stop the gpg-agents and remove the homes.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The kinds of key `makeKey` makes. */
export type KeyKind =
  /** RSA 3072, sign-only primary, passphrase-protected. */
  | 'rsa'
  /** RSA 1024: too weak. */
  | 'rsa1024'
  /** Ed25519 (EdDSA, v4), no passphrase. */
  | 'ed25519'
  /** ECDSA on NIST P-256, no passphrase. */
  | 'ecdsa'
  /** A certify-only primary with two signing subkeys, the second one newer (it must be chosen). */
  | 'subkey'
  /** A certify-only primary with an encryption subkey: nothing can sign. */
  | 'encrypt-only'
  /** Made in 2020, expired in 2021. */
  | 'expired'
  /** Ed25519, revoked with the revocation certificate gpg writes at generation. */
  | 'revoked';

export interface TestKey {
  kind: KeyKind;
  /** `gpg --export-secret-keys --armor`. */
  armoredSecret: string;
  /** `gpg --export-secret-keys` (binary). */
  binarySecret: Buffer;
  /** `gpg --export --armor`. */
  armoredPublic: string;
  /** Primary key fingerprint, upper-case hex. */
  fingerprint: string;
  /** Fingerprints of the subkeys that can sign, oldest first. */
  signingSubkeys: string[];
  passphrase?: string;
  /** The GNUPGHOME that holds the secret key. */
  gnupgHome: string;
}

/** The result of running a tool: never throws on a non-zero exit. */
export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const homes: string[] = [];
const cache = new Map<KeyKind, TestKey>();

/** Runs `cmd args` (no shell) with optional stdin; a spawn error (tool missing) throws. */
export function run(
  cmd: string,
  args: string[],
  opts: { input?: string; env?: NodeJS.ProcessEnv } = {},
): ToolRun {
  const r = spawnSync(cmd, args, {
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C', ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A new empty GNUPGHOME (0700), removed by `cleanupGpg`. */
export function newGpgHome(): string {
  const home = mkdtempSync(path.join(tmpdir(), 'gpg-'));
  chmodSync(home, 0o700);
  homes.push(home);
  return home;
}

/** Runs gpg in `home` in batch mode; throws with gpg's output when it fails. */
export function gpg(home: string, args: string[], input?: string): string {
  return gpgBytes(home, args, input).toString('utf8');
}

/** `gpg` with its output as bytes. */
function gpgBytes(home: string, args: string[], input?: string): Buffer {
  const r = spawnSync('gpg', ['--homedir', home, '--batch', '--no-tty', ...args], {
    input,
    env: { ...process.env, LC_ALL: 'C' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`gpg ${args.join(' ')} failed (${r.status}):\n${r.stderr.toString()}`);
  return r.stdout;
}

const PASSPHRASE = 'correct horse battery staple';
/** gpg's faked clock for the expired key: it is made 2020-01-01 and expires 2021-01-01. */
const PAST = '20200101T000000!';

function params(kind: KeyKind): { lines: string[]; passphrase?: string; faked?: string } {
  const name = [`Name-Real: Test ${kind}`, `Name-Email: ${kind}@example.com`, 'Expire-Date: 0'];
  const ed = (usage: string) => ['Key-Type: EDDSA', 'Key-Curve: ed25519', `Key-Usage: ${usage}`];
  switch (kind) {
    case 'rsa':
      return {
        lines: ['Key-Type: RSA', 'Key-Length: 3072', 'Key-Usage: sign', ...name, `Passphrase: ${PASSPHRASE}`],
        passphrase: PASSPHRASE,
      };
    case 'rsa1024':
      return { lines: ['Key-Type: RSA', 'Key-Length: 1024', 'Key-Usage: sign', ...name, '%no-protection'] };
    case 'ed25519':
    case 'revoked':
      return { lines: [...ed('sign'), ...name, '%no-protection'] };
    case 'ecdsa':
      return {
        lines: ['Key-Type: ECDSA', 'Key-Curve: nistp256', 'Key-Usage: sign', ...name, '%no-protection'],
      };
    case 'subkey':
      // The first subkey is made in the past; the second (added below, at the real time) is newer.
      return {
        lines: [
          ...ed('cert'),
          'Subkey-Type: EDDSA',
          'Subkey-Curve: ed25519',
          'Subkey-Usage: sign',
          ...name,
          '%no-protection',
        ],
        faked: PAST,
      };
    case 'encrypt-only':
      return {
        lines: [
          ...ed('cert'),
          'Subkey-Type: ECDH',
          'Subkey-Curve: cv25519',
          'Subkey-Usage: encrypt',
          ...name,
          '%no-protection',
        ],
      };
    case 'expired':
      return {
        lines: [...ed('sign'), ...name.slice(0, 2), 'Expire-Date: 2021-01-01', '%no-protection'],
        faked: PAST,
      };
  }
}

/** Fingerprints from `gpg --with-colons` output: the primary's and those of the subkeys that can sign. */
function fingerprints(colons: string): { primary: string; signingSubkeys: string[] } {
  let primary = '';
  const signingSubkeys: string[] = [];
  let current = '';
  let usage = '';
  for (const line of colons.split('\n')) {
    const f = line.split(':');
    if (f[0] === 'sec' || f[0] === 'ssb') {
      current = f[0];
      usage = f[11] ?? '';
    } else if (f[0] === 'fpr') {
      if (current === 'sec') primary = f[9];
      else if (current === 'ssb' && usage.includes('s')) signingSubkeys.push(f[9]);
      current = '';
    }
  }
  return { primary, signingSubkeys };
}

/** A key of `kind`, generated by gpg once per test process. */
export function makeKey(kind: KeyKind): TestKey {
  const hit = cache.get(kind);
  if (hit) return hit;
  const home = newGpgHome();
  const p = params(kind);
  const paramFile = path.join(home, 'params');
  writeFileSync(paramFile, [...p.lines, '%commit', ''].join('\n'));
  const faked = p.faked ? ['--faked-system-time', p.faked] : [];
  gpg(home, [...faked, '--pinentry-mode', 'loopback', '--gen-key', paramFile]);
  const listed = fingerprints(gpg(home, ['--with-colons', '--list-secret-keys']));
  const primary = listed.primary;
  let signingSubkeys = listed.signingSubkeys;
  if (kind === 'subkey') {
    gpg(home, [
      '--pinentry-mode',
      'loopback',
      '--passphrase',
      '',
      '--quick-add-key',
      primary,
      'ed25519',
      'sign',
      '0',
    ]);
    signingSubkeys = fingerprints(gpg(home, ['--with-colons', '--list-secret-keys'])).signingSubkeys;
  }
  if (kind === 'revoked') {
    // gpg stores a revocation certificate at generation, its armor header escaped with ':'.
    const rev = readFileSync(path.join(home, 'openpgp-revocs.d', `${primary}.rev`), 'utf8');
    const revFile = path.join(home, 'revoke.asc');
    writeFileSync(revFile, rev.replace(/^:-----BEGIN/m, '-----BEGIN'));
    gpg(home, ['--import', revFile]);
  }
  const unlock = p.passphrase ? ['--pinentry-mode', 'loopback', '--passphrase-fd', '0'] : [];
  const key: TestKey = {
    kind,
    armoredSecret: gpg(home, [...unlock, '--armor', '--export-secret-keys', primary], p.passphrase),
    binarySecret: gpgBytes(home, [...unlock, '--export-secret-keys', primary], p.passphrase),
    armoredPublic: gpg(home, ['--armor', '--export', primary]),
    fingerprint: primary,
    signingSubkeys,
    passphrase: p.passphrase,
    gnupgHome: home,
  };
  cache.set(kind, key);
  return key;
}

/** A fresh GNUPGHOME holding only the public key in `keyFile` (armored or binary). */
export function homeWithKey(keyFile: string): string {
  const home = newGpgHome();
  gpg(home, ['--import', keyFile]);
  return home;
}

/** What `gpg --verify` said: its exit status, `[GNUPG:]` status lines, and VALIDSIG's fields. */
export interface GpgVerify extends ToolRun {
  ok: boolean;
  /** VALIDSIG: fingerprint of the (sub)key that signed. */
  signingFingerprint?: string;
  /** VALIDSIG: fingerprint of its primary key. */
  primaryFingerprint?: string;
  /** VALIDSIG: OpenPGP hash algorithm id (8 SHA256, 9 SHA384, 10 SHA512). */
  hashAlgorithm?: number;
  /** VALIDSIG: signature class (0 binary, 1 text). */
  sigClass?: number;
  /** VALIDSIG: creation time, seconds since the epoch. */
  created?: number;
}

/**
 * `gpg --verify sigFile dataFile` in `home` (e.g. from `homeWithKey`); without `dataFile`, verifies
 * a cleartext-signed `sigFile` and, with `output`, writes its signed content there.
 */
export function gpgVerify(home: string, sigFile: string, dataFile?: string, output?: string): GpgVerify {
  const args = ['--homedir', home, '--batch', '--no-tty', '--status-fd', '1'];
  const r = output
    ? run('gpg', [...args, '--yes', '--output', output, '--decrypt', sigFile])
    : run('gpg', [...args, '--verify', sigFile, ...(dataFile ? [dataFile] : [])]);
  const valid = /^\[GNUPG:\] VALIDSIG (.*)$/m.exec(r.stdout)?.[1].split(' ');
  const ok = r.status === 0 && /^\[GNUPG:\] GOODSIG /m.test(r.stdout) && valid !== undefined;
  return {
    ...r,
    ok,
    signingFingerprint: valid?.[0],
    created: valid ? Number(valid[2]) : undefined,
    hashAlgorithm: valid ? Number(valid[7]) : undefined,
    sigClass: valid ? parseInt(valid[8], 16) : undefined,
    primaryFingerprint: valid?.[9],
  };
}

/** `sqv --keyring keyringFile sigFile dataFile`: ok when it exits 0; stdout lists the signing key. */
export function sqvVerify(keyringFile: string, sigFile: string, dataFile: string): ToolRun & { ok: boolean } {
  const r = run('sqv', ['--keyring', keyringFile, sigFile, dataFile]);
  return { ...r, ok: r.status === 0 };
}

/** Stops the gpg-agents of every home made here and removes the homes. */
export function cleanupGpg(): void {
  for (const home of homes.splice(0)) {
    run('gpgconf', ['--kill', 'all'], { env: { GNUPGHOME: home } });
    rmSync(home, { recursive: true, force: true });
  }
  cache.clear();
}
