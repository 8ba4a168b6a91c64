/**
 * minisign signatures made by src/sign/minisign.ts, checked with the real minisign: keys come from
 * `minisign -G` (with -W, and with a password fed on stdin), `minisign -V` verifies what we sign.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import { loadMinisignKey, minisignFile } from '../src/sign/minisign.js';

const root = mkdtempSync(path.join(tmpdir(), 'minisign-test-'));
const PASSWORD = 'correct horse ✓ battery';
const TIME = 1763800000;

afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(args: string[], input?: string): { code: number; out: string } {
  const r = spawnSync('minisign', args, { cwd: root, input, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

function generate(name: string, password?: string): { key: string; pub: string } {
  const key = path.join(root, `${name}.key`);
  const pub = path.join(root, `${name}.pub`);
  const args = ['-G', '-f', '-p', pub, '-s', key, ...(password === undefined ? ['-W'] : [])];
  // minisign reads the password (twice) from stdin when it is not a terminal
  const r = run(args, password === undefined ? undefined : `${password}\n${password}\n`);
  expect(r).toMatchObject({ code: 0 });
  return { key: readFileSync(key, 'utf8'), pub };
}

function write(name: string, data: Buffer | string): string {
  const file = path.join(root, name);
  writeFileSync(file, data);
  return file;
}

function expectError(fn: () => unknown, input: string, text: RegExp): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(DistroError);
  expect((err as DistroError).message).toMatch(new RegExp(`^input '${input}': `));
  expect((err as DistroError).message).toMatch(text);
  expect((err as DistroError).key).toBe(`input: ${input}`);
}

let plain: { key: string; pub: string };
let encrypted: { key: string; pub: string };

beforeAll(() => {
  plain = generate('plain');
  encrypted = generate('enc', PASSWORD);
});

test('an unencrypted key (-W): our public key is minisign’s, and minisign -V accepts our signature', async () => {
  const key = loadMinisignKey(plain.key, undefined);
  const pubText = readFileSync(plain.pub, 'utf8');
  expect(key.publicKeyFile).toBe(pubText);
  const file = write('payload.bin', randomBytes(3 * 1024 * 1024 + 17));
  const sig = await minisignFile(key, file, { trustedComment: 'release 1.2.3 of hello' });
  write('payload.bin.minisig', sig);
  const ok = run(['-Vm', file, '-p', plain.pub]);
  expect(ok.code).toBe(0);
  expect(ok.out).toContain('Signature and comment signature verified');
  expect(ok.out).toContain('Trusted comment: release 1.2.3 of hello');
  // -P with our base64 public key, and a signature file elsewhere (-x)
  const other = write('other.sig', sig);
  expect(run(['-Vm', file, '-x', other, '-P', key.publicKey]).code).toBe(0);
  // the exported public key file works as -p too
  const ourPub = write('ours.pub', key.publicKeyFile);
  expect(run(['-Vm', file, '-x', other, '-p', ourPub, '-q']).code).toBe(0);
});

test('our signature is byte-identical to minisign -S (Ed25519 is deterministic)', async () => {
  const file = write('same.txt', 'the same bytes\n');
  const s = run(['-S', '-s', path.join(root, 'plain.key'), '-m', file, '-x', `${file}.theirs`, '-t', 'x y']);
  expect(s.code).toBe(0);
  const ours = await minisignFile(loadMinisignKey(plain.key, undefined), file, { trustedComment: 'x y' });
  expect(ours).toBe(readFileSync(`${file}.theirs`, 'utf8'));
});

test('the default trusted comment is minisign’s (timestamp, file, hashed) with the given time', async () => {
  const key = loadMinisignKey(plain.key, undefined);
  const file = write('default.txt', 'x');
  const sig = await minisignFile(key, file, { time: TIME, untrustedComment: 'hello 1.0' });
  expect(sig.split('\n')[0]).toBe('untrusted comment: hello 1.0');
  write('default.txt.minisig', sig);
  const r = run(['-Vm', file, '-p', plain.pub, '-Q']);
  expect(r).toEqual({ code: 0, out: `timestamp:${TIME}\tfile:default.txt\thashed\n` });
  // same inputs, same bytes
  expect(await minisignFile(key, file, { time: TIME, untrustedComment: 'hello 1.0' })).toBe(sig);
});

test('minisign rejects a flipped byte in the file, in the signature and in the trusted comment', async () => {
  const key = loadMinisignKey(plain.key, undefined);
  const data = randomBytes(4096);
  const file = write('tamper.bin', data);
  const sig = await minisignFile(key, file, { trustedComment: 'trusted' });
  write('tamper.bin.minisig', sig);
  expect(run(['-Vm', file, '-p', plain.pub]).code).toBe(0);

  const flipped = Buffer.from(data);
  flipped[1000]! ^= 0x01;
  write('tamper.bin', flipped);
  const bad = run(['-Vm', file, '-p', plain.pub]);
  expect(bad.code).not.toBe(0);
  expect(bad.out).toContain('Signature verification failed');
  write('tamper.bin', data);

  const lines = sig.split('\n');
  const sigBytes = Buffer.from(lines[1]!, 'base64');
  sigBytes[40]! ^= 0x80;
  write('tamper.bin.minisig', [lines[0], sigBytes.toString('base64'), ...lines.slice(2)].join('\n'));
  expect(run(['-Vm', file, '-p', plain.pub]).code).not.toBe(0);

  write('tamper.bin.minisig', sig.replace('trusted comment: trusted', 'trusted comment: trustee'));
  const badComment = run(['-Vm', file, '-p', plain.pub]);
  expect(badComment.code).not.toBe(0);
  expect(badComment.out).toContain('Comment signature verification failed');
});

test('an encrypted key: the right password signs, a wrong or missing one is a clear error', async () => {
  const key = loadMinisignKey(encrypted.key, PASSWORD);
  expect(key.publicKeyFile).toBe(readFileSync(encrypted.pub, 'utf8'));
  const file = write('enc.txt', 'signed with an encrypted key\n');
  write('enc.txt.minisig', await minisignFile(key, file, { trustedComment: 'enc' }));
  expect(run(['-Vm', file, '-p', encrypted.pub]).code).toBe(0);
  // a signature by the other key is not accepted with this public key
  write('enc.txt.minisig', await minisignFile(loadMinisignKey(plain.key, undefined), file));
  expect(run(['-Vm', file, '-p', encrypted.pub]).code).not.toBe(0);

  expectError(() => loadMinisignKey(encrypted.key, `${PASSWORD}!`), 'minisign-password', /wrong password/);
  expectError(() => loadMinisignKey(encrypted.key, undefined), 'minisign-password', /encrypted/);
  expectError(() => loadMinisignKey(encrypted.key, ''), 'minisign-password', /encrypted/);
});

test('the base64 line alone is accepted, with CRLF and blank lines around it', () => {
  const b64 = plain.key.split('\n')[1]!;
  const a = loadMinisignKey(b64, undefined);
  const b = loadMinisignKey(`\r\n${plain.key.replace(/\n/g, '\r\n')}\r\n`, undefined);
  expect(a.publicKeyFile).toBe(readFileSync(plain.pub, 'utf8'));
  expect(b.keyId).toBe(a.keyId);
  // the secret never shows in JSON or in a message
  expect(JSON.stringify(a)).not.toContain(b64.slice(80, 120));
});

test('not a key, a public key, a damaged key, an unsupported algorithm: errors naming minisign-key', () => {
  expectError(() => loadMinisignKey('hello', undefined), 'minisign-key', /not a minisign secret key/);
  expectError(() => loadMinisignKey('', undefined), 'minisign-key', /not a minisign secret key/);
  expectError(
    () => loadMinisignKey(readFileSync(plain.pub, 'utf8'), undefined),
    'minisign-key',
    /public key/,
  );
  const blob = Buffer.from(plain.key.split('\n')[1]!, 'base64');
  const variant = (at: number, bytes: string | number) => {
    const b = Buffer.from(blob);
    if (typeof bytes === 'string') b.write(bytes, at, 'latin1');
    else b[at]! ^= bytes;
    return `untrusted comment: x\n${b.toString('base64')}\n`;
  };
  expectError(() => loadMinisignKey(variant(0, 'Xy'), undefined), 'minisign-key', /signature algorithm 'Xy'/);
  expectError(
    () => loadMinisignKey(variant(2, 'Ar'), undefined),
    'minisign-key',
    /key derivation function 'Ar'/,
  );
  expectError(() => loadMinisignKey(variant(4, 'S2'), undefined), 'minisign-key', /checksum algorithm 'S2'/);
  // a flipped bit in the secret half: the public half no longer matches
  expectError(() => loadMinisignKey(variant(70, 0x01), undefined), 'minisign-key', /damaged/);
  // a flipped bit in an encrypted key reads as a wrong password (minisign says the same)
  const encBlob = Buffer.from(encrypted.key.split('\n')[1]!, 'base64');
  encBlob[100]! ^= 0x01;
  expectError(
    () => loadMinisignKey(encBlob.toString('base64'), PASSWORD),
    'minisign-password',
    /wrong password/,
  );
});
