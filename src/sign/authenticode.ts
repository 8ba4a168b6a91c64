/**
 * Authenticode signatures of Windows executables and installers (`.exe`, `.msi`) with osslsigncode,
 * from a code-signing certificate and key given as a PFX (PKCS#12, base64) with its password.
 *
 * The PFX and the password go to files in a private temporary directory (mode 0700, files 0600,
 * through src/atomic.ts) and osslsigncode reads them with `-pkcs12` and `-readpass`: the password
 * never appears on a command line, where `ps` would show it. The directory is removed when
 * `dispose` is called, on success and failure alike.
 *
 * The key is checked before any file is signed: the PFX must decode and open with the password,
 * and its certificate must be valid now and allowed to sign code (extended key usage codeSigning).
 */
import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { chmod, rm } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir, writeAtomic } from '../atomic.js';
import { cleanEnv, notInstalled, run, which } from '../build/exec.js';
import { DistroError } from '../errors.js';
import type { Logger } from '../log.js';

type Env = Record<string, string | undefined>;

/** Extended key usage OID of code signing (RFC 5280 id-kp-codeSigning). */
const CODE_SIGNING = '1.3.6.1.5.5.7.3.3';

/** File names Authenticode applies to. */
export const AUTHENTICODE_EXTENSIONS = ['.exe', '.msi'] as const;

export interface AuthenticodeOptions {
  /** The PFX (PKCS#12) file, base64 (whitespace allowed). */
  pfxBase64: string;
  /** Its password ('' for none). */
  password: string;
  /** Where the private temporary directory is made (outside the dist directory). */
  tempParent: string;
  /** The input or config key the PFX came from, for errors. */
  key: string;
  /** The key of the password, for errors. */
  passwordKey: string;
  env: Env;
  log: Logger;
  /** The time to check the certificate's validity at (default now). */
  now?: Date;
}

export interface AuthenticodeKey {
  /** Subject of the signing certificate (for logs). */
  subject: string;
  /** SHA-256 fingerprint of the signing certificate. */
  fingerprint: string;
  pfxFile: string;
  passFile: string;
  dir: string;
  key: string;
}

/** Runs a tool and returns its output; the exit code and stderr on failure. Never logs. */
function capture(argv: string[], env: Env): Promise<{ code: number; stdout: string; stderr: string }> {
  const exe = which(argv[0]!, env);
  if (!exe) throw notInstalled(argv[0]!, env);
  return new Promise((resolve) => {
    execFile(exe, argv.slice(1), { env: cleanEnv(env), maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Decodes and checks the PFX and writes it and the password to a private temporary directory. */
export async function loadAuthenticodeKey(o: AuthenticodeOptions): Promise<AuthenticodeKey> {
  const compact = o.pfxBase64.replace(/\s+/g, '');
  const der = Buffer.from(compact, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || der.length < 64 || der[0] !== 0x30) {
    throw new DistroError(
      `${o.key}: this is not a base64-encoded PFX (PKCS#12) file; encode it with \`base64 -w0 cert.pfx\` and store the result as a secret.`,
      { key: o.key },
    );
  }
  const dir = await makeTempDir(o.tempParent, 'authenticode');
  try {
    await chmod(dir, 0o700);
    const pfxFile = path.join(dir, 'key.pfx');
    const passFile = path.join(dir, 'pass');
    await writeAtomic(pfxFile, der, 0o600);
    await writeAtomic(passFile, o.password, 0o600);
    const cert = await readCertificate(pfxFile, passFile, o);
    checkCertificate(cert, o);
    return {
      subject: cert.subject.replace(/\n/g, ', '),
      fingerprint: cert.fingerprint256,
      pfxFile,
      passFile,
      dir,
      key: o.key,
    };
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/** Removes the key's temporary files. */
export async function disposeAuthenticodeKey(k: AuthenticodeKey | undefined): Promise<void> {
  if (k) await rm(k.dir, { recursive: true, force: true });
}

/** The leaf certificate of the PFX (the one with the private key), opened with the password. */
async function readCertificate(pfx: string, pass: string, o: AuthenticodeOptions): Promise<X509Certificate> {
  const base = ['openssl', 'pkcs12', '-in', pfx, '-passin', `file:${pass}`, '-nokeys', '-clcerts'];
  let r = await capture(base, o.env);
  // PFX files exported by Windows often use RC2/3DES, which OpenSSL 3 keeps in its legacy provider
  if (r.code !== 0 && /unsupported|legacy/i.test(r.stderr)) r = await capture([...base, '-legacy'], o.env);
  if (r.code !== 0) {
    if (/mac verify|invalid password|bad decrypt/i.test(r.stderr)) {
      throw new DistroError(
        `${o.passwordKey}: the password does not open the PFX given in ${o.key}; set ${o.passwordKey} to the password the PFX was exported with.`,
        { key: o.passwordKey },
      );
    }
    throw new DistroError(
      `${o.key}: the PFX (PKCS#12) file cannot be read (${r.stderr.trim().split('\n')[0] ?? 'openssl failed'}); export the code-signing certificate with its private key as a .pfx and base64-encode it.`,
      { key: o.key },
    );
  }
  const pem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(r.stdout);
  if (!pem) {
    throw new DistroError(
      `${o.key}: the PFX holds no certificate with a private key; export the code-signing certificate together with its private key.`,
      { key: o.key },
    );
  }
  return new X509Certificate(pem[0]);
}

function checkCertificate(cert: X509Certificate, o: AuthenticodeOptions): void {
  const now = o.now ?? new Date();
  const subject = cert.subject.replace(/\n/g, ', ');
  if (new Date(cert.validTo) < now || new Date(cert.validFrom) > now) {
    throw new DistroError(
      `${o.key}: the certificate '${subject}' is valid from ${cert.validFrom} to ${cert.validTo}, not now; renew it and export a new PFX.`,
      { key: o.key },
    );
  }
  const eku = cert.keyUsage;
  if (eku && eku.length > 0 && !eku.includes(CODE_SIGNING)) {
    throw new DistroError(
      `${o.key}: the certificate '${subject}' cannot sign code: its extended key usage (${eku.join(', ')}) lacks codeSigning (${CODE_SIGNING}); use a code-signing certificate.`,
      { key: o.key },
    );
  }
}

export interface SignPeOptions {
  /** RFC 3161 timestamp server. */
  timestampUrl?: string;
  /** Signing time, seconds since 1970 (SOURCE_DATE_EPOCH: the same input gives the same bytes). */
  time?: number;
  /** Description and URL shown by Windows in the signature dialog. */
  description?: string;
  url?: string;
  env: Env;
  log: Logger;
  cwd: string;
}

/** Signs `input` (a PE or MSI) into `output` with SHA-256, timestamped when a URL is given. */
export async function signAuthenticode(
  k: AuthenticodeKey,
  input: string,
  output: string,
  o: SignPeOptions,
): Promise<void> {
  const argv = ['osslsigncode', 'sign', '-pkcs12', k.pfxFile, '-readpass', k.passFile, '-h', 'sha256'];
  if (o.description) argv.push('-n', o.description);
  if (o.url) argv.push('-i', o.url);
  if (o.time !== undefined) argv.push('-time', String(o.time));
  if (o.timestampUrl) argv.push('-ts', o.timestampUrl);
  argv.push('-in', input, '-out', output);
  await run(argv, {
    cwd: o.cwd,
    env: o.env,
    log: o.log,
    key: k.key,
    advice: (out) =>
      /timestamp|Curl|HTTP/i.test(out) && o.timestampUrl
        ? `The timestamp server ${o.timestampUrl} did not answer with an RFC 3161 timestamp; check the timestamp URL.`
        : undefined,
  });
}

/** Whether an artifact path is a file Authenticode signs. */
export function isAuthenticodeTarget(p: string): boolean {
  const lower = p.toLowerCase();
  return AUTHENTICODE_EXTENSIONS.some((e) => lower.endsWith(e));
}
