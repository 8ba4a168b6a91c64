/**
 * OpenPGP signing without gpg (src/sign/openpgp.ts), checked with the real tools: keys made by
 * gpg, signatures verified by `gpg --verify` in a fresh GNUPGHOME holding only our KEY.asc and by
 * `sqv --keyring KEY.gpg`, cleartext signatures by gpg.
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from '@jest/globals';
import * as openpgp from 'openpgp';
import { DistroError } from '../src/errors.js';
import { loadSigningKey, SIGN_IN_MEMORY_MAX, writeKeyFiles } from '../src/sign/openpgp.js';
import { streamSigner, type Template } from '../src/sign/openpgp-stream.js';
import {
  cleanupGpg,
  gpg,
  gpgVerify,
  homeWithKey,
  makeKey,
  sqvVerify,
  type KeyKind,
  type TestKey,
} from './helpers/gpg.js';

const work = mkdtempSync(path.join(tmpdir(), 'openpgp-test-'));
afterAll(() => {
  cleanupGpg();
  rmSync(work, { recursive: true, force: true });
});

/** Some bytes of every value, so text-mode mistakes (CR/LF, trailing blanks) would show. */
function payload(): Buffer {
  const b = Buffer.alloc(300 * 1024);
  for (let i = 0; i < b.length; i++) b[i] = (i * 7919 + (i >> 9)) & 0xff;
  return b;
}
const DATA = path.join(work, 'data.bin');
writeFileSync(DATA, payload());
/** A file signed as a stream rather than from memory. */
const LARGE = path.join(work, 'large.bin');
writeFileSync(
  LARGE,
  Buffer.concat(Array.from({ length: Math.ceil((SIGN_IN_MEMORY_MAX + 1) / payload().length) }, payload)),
);

/** `file` with the byte at `at` flipped, as a new file. */
function tampered(file: string, at: number): string {
  const out = `${file}.tampered`;
  const b = readFileSync(file);
  b[at] ^= 0x01;
  writeFileSync(out, b);
  return out;
}

/** A directory of its own for one test. */
function dirFor(name: string): string {
  return mkdtempSync(path.join(work, `${name}-`));
}

/** The DistroError `p` rejects with (fails the test when it resolves or throws something else). */
async function distroError(p: Promise<unknown>): Promise<DistroError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DistroError);
  return e as DistroError;
}

const SIGNING: KeyKind[] = ['rsa', 'ed25519', 'ecdsa', 'subkey'];

/** The fingerprint gpg says must make the signatures: the newest signing subkey, else the primary. */
function expectedSigner(key: TestKey): string {
  return key.signingSubkeys.at(-1) ?? key.fingerprint;
}

describe.each(SIGNING)('%s key', (kind) => {
  test('detached signatures (armored, binary, from memory) verify with gpg and sqv; a flipped byte fails', async () => {
    const key = makeKey(kind);
    const dir = dirFor(kind);
    const signer = await loadSigningKey(key.armoredSecret, key.passphrase);
    expect(signer.fingerprint).toBe(key.fingerprint);
    expect(signer.signingFingerprint).toBe(expectedSigner(key));
    expect(signer.signingKeyId).toBe(expectedSigner(key).slice(-16));
    expect(signer.userIds).toEqual([`Test ${kind} <${kind}@example.com>`]);

    const keys = await writeKeyFiles(dir, signer);
    expect(keys).toEqual({ asc: path.join(dir, 'KEY.asc'), gpg: path.join(dir, 'KEY.gpg') });
    const home = homeWithKey(keys.asc);

    const asc = path.join(dir, 'data.bin.asc');
    const sig = path.join(dir, 'data.bin.sig');
    const mem = path.join(dir, 'data.bin.mem.sig');
    const armored = await signer.signFile(DATA, { armor: true });
    expect(typeof armored).toBe('string');
    expect(armored).toMatch(/^-----BEGIN PGP SIGNATURE-----\n[\s\S]*\n-----END PGP SIGNATURE-----\n$/);
    writeFileSync(asc, armored);
    writeFileSync(sig, await signer.signFile(DATA, { armor: false }));
    writeFileSync(mem, await signer.sign(readFileSync(DATA)));

    for (const s of [asc, sig, mem]) {
      const g = gpgVerify(home, s, DATA);
      expect({ file: path.basename(s), ok: g.ok, out: g.ok ? '' : g.stdout + g.stderr }).toEqual({
        file: path.basename(s),
        ok: true,
        out: '',
      });
      expect(g.primaryFingerprint).toBe(key.fingerprint);
      expect(g.signingFingerprint).toBe(expectedSigner(key));
      expect(g.sigClass).toBe(0); // binary document
      expect(g.hashAlgorithm).toBeGreaterThanOrEqual(8); // SHA-256 or stronger
      const q = sqvVerify(keys.gpg, s, DATA);
      expect({ file: path.basename(s), ok: q.ok, err: q.stderr }).toEqual({
        file: path.basename(s),
        ok: true,
        err: '',
      });
      expect(q.stdout.trim()).toBe(key.fingerprint); // sqv names the certificate
    }

    const bad = tampered(DATA, 12345);
    for (const s of [asc, sig]) {
      const g = gpgVerify(home, s, bad);
      expect(g.ok).toBe(false);
      expect(g.stdout).toMatch(/^\[GNUPG:\] BADSIG /m);
      expect(sqvVerify(keys.gpg, s, bad).ok).toBe(false);
    }
    // A flipped byte in the signature's last MPI octets: both refuse it as well.
    const badSig = tampered(sig, readFileSync(sig).length - 3);
    expect(gpgVerify(home, badSig, DATA).ok).toBe(false);
    expect(sqvVerify(keys.gpg, badSig, DATA).ok).toBe(false);
  });

  test('a file too large to sign from memory is streamed: the same signature, verified by gpg and sqv', async () => {
    const key = makeKey(kind);
    const dir = dirFor(`${kind}-large`);
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const signer = await loadSigningKey(key.armoredSecret, key.passphrase, { now });
    const keys = await writeKeyFiles(dir, signer);
    const sig = path.join(dir, 'large.bin.sig');
    const streamed = (await signer.signFile(LARGE, { armor: false })) as Uint8Array;
    writeFileSync(sig, streamed);
    expect(gpgVerify(homeWithKey(keys.asc), sig, LARGE).ok).toBe(true);
    expect(sqvVerify(keys.gpg, sig, LARGE).ok).toBe(true);
    expect(sqvVerify(keys.gpg, sig, tampered(LARGE, SIGN_IN_MEMORY_MAX)).ok).toBe(false);
    const asc = path.join(dir, 'large.bin.asc');
    const armored = (await signer.signFile(LARGE, { armor: true })) as string;
    writeFileSync(asc, armored);
    expect(gpgVerify(homeWithKey(keys.asc), asc, LARGE).ok).toBe(true);
    expect(sqvVerify(keys.gpg, asc, LARGE).ok).toBe(true);
    if (kind !== 'ecdsa') {
      // RSA and EdDSA signatures are deterministic: streaming must hash exactly the same bytes.
      const inMemory = await signer.sign(readFileSync(LARGE));
      expect(Buffer.from(streamed).equals(Buffer.from(inMemory))).toBe(true);
      expect(armored).toBe(signer.armor(inMemory));
      // … and give what openpgp's own streaming (web streams, its pure-JS RSA) gives.
      const { pk, sk } = await decrypted(key);
      const viaOpenpgp = await openpgp.sign({
        ...reference(pk, sk, now),
        message: await openpgp.createMessage({
          binary: Readable.toWeb(createReadStream(LARGE)) as ReadableStream<Uint8Array>,
        }),
        format: 'binary',
      });
      const bytes = new Uint8Array(await new Response(viaOpenpgp).arrayBuffer());
      expect(Buffer.from(streamed).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  test('clearSign writes what gpg --clearsign does: gpg verifies it and gives back the same text', async () => {
    const key = makeKey(kind);
    const dir = dirFor(`${kind}-clear`);
    const signer = await loadSigningKey(key.armoredSecret, key.passphrase);
    const keys = await writeKeyFiles(dir, signer);
    const home = homeWithKey(keys.asc);
    const text = 'Origin: Test\nLabel: Test\nSuite: stable\n-----BEGIN looks like armor\n- dash\nDate: now\n';
    const inRelease = path.join(dir, 'InRelease');
    const signed = await signer.clearSign(text);
    expect(signed).toMatch(/^-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA(256|384|512)\n\n/);
    expect(signed).not.toContain('\r');
    writeFileSync(inRelease, signed);
    const out = path.join(dir, 'Release');
    const g = gpgVerify(home, inRelease, undefined, out);
    expect({ ok: g.ok, out: g.ok ? '' : g.stdout + g.stderr }).toEqual({ ok: true, out: '' });
    expect(g.sigClass).toBe(1); // canonical text
    expect(g.signingFingerprint).toBe(expectedSigner(key));
    expect(readFileSync(out, 'utf8')).toBe(text);

    writeFileSync(inRelease, signed.replace('Suite: stable', 'Suite: stablf'));
    const bad = gpgVerify(home, inRelease);
    expect(bad.ok).toBe(false);
    expect(bad.stdout).toMatch(/^\[GNUPG:\] BADSIG /m);

    // Trailing blanks stay in the text (as gpg writes them) but are not signed: gpg still verifies
    // and, as for its own signatures, gives the text back without them.
    const blanks = 'Line with blanks  \t\nlast line';
    writeFileSync(inRelease, await signer.clearSign(blanks));
    expect(readFileSync(inRelease, 'utf8')).toContain(
      '\nLine with blanks  \t\nlast line\n-----BEGIN PGP SIGNATURE',
    );
    expect(gpgVerify(home, inRelease, undefined, out).ok).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('Line with blanks\nlast line\n');
  });
});

describe('the forms the key input takes', () => {
  test.each([
    ['ASCII armor', (k: TestKey) => k.armoredSecret],
    ['base64 of the armor', (k: TestKey) => Buffer.from(k.armoredSecret).toString('base64')],
    [
      'base64 of the armor, wrapped at 76 columns',
      (k: TestKey) => Buffer.from(k.armoredSecret).toString('base64').replace(/.{76}/g, '$&\n'),
    ],
    ['base64 of a binary export', (k: TestKey) => k.binarySecret.toString('base64')],
    ['armor after the public key block', (k: TestKey) => `${k.armoredPublic}\n${k.armoredSecret}`],
    ['armor with CRLF line ends', (k: TestKey) => k.armoredSecret.replace(/\n/g, '\r\n')],
  ])('%s', async (_name, form) => {
    const key = makeKey('rsa');
    const dir = dirFor('form');
    const signer = await loadSigningKey(form(key), key.passphrase);
    expect(signer.fingerprint).toBe(key.fingerprint);
    const keys = await writeKeyFiles(dir, signer);
    const sig = path.join(dir, 'data.sig');
    writeFileSync(sig, await signer.signFile(DATA, { armor: false }));
    expect(sqvVerify(keys.gpg, sig, DATA).ok).toBe(true);
  });

  test('a passphrase ending in a line end (a secret set from a file) still decrypts', async () => {
    const key = makeKey('rsa');
    const signer = await loadSigningKey(key.armoredSecret, `${key.passphrase}\n`);
    expect(signer.fingerprint).toBe(key.fingerprint);
  });

  test('an export without the primary secret (gpg --export-secret-subkeys) signs with the subkey', async () => {
    const key = makeKey('subkey');
    const exported = gpgStubExport('subkey');
    expect(gpg(key.gnupgHome, ['--list-packets'], exported)).toMatch(/gnu-dummy/);
    const signer = await loadSigningKey(exported, undefined);
    expect(signer.signingFingerprint).toBe(expectedSigner(key));
    const dir = dirFor('stub');
    const keys = await writeKeyFiles(dir, signer);
    const sig = path.join(dir, 'data.asc');
    writeFileSync(sig, await signer.signFile(DATA, { armor: true }));
    const g = gpgVerify(homeWithKey(keys.asc), sig, DATA);
    expect(g.ok).toBe(true);
    expect(g.signingFingerprint).toBe(expectedSigner(key));
  });

  test('KEY.gpg and KEY.asc hold the public key only: primary, user id, subkeys, binding signatures', async () => {
    const key = makeKey('subkey');
    const dir = dirFor('keyfiles');
    const keys = await writeKeyFiles(dir, await loadSigningKey(key.armoredSecret, undefined));
    for (const file of [keys.asc, keys.gpg]) {
      const packets = gpg(dir, ['--list-packets', file]);
      expect(packets).not.toMatch(/secret (sub)?key packet/);
      expect(packets.match(/^:public key packet:/gm)).toHaveLength(1);
      expect(packets.match(/^:public sub key packet:/gm)).toHaveLength(2);
      expect(packets.match(/^:user ID packet:/gm)).toHaveLength(1);
      expect(packets.match(/sigclass 0x18/g)).toHaveLength(2); // subkey bindings
      const shown = gpg(dir, ['--with-colons', '--show-keys', file]);
      expect(shown).toMatch(new RegExp(`^fpr:+${key.fingerprint}:`, 'm'));
    }
    expect(readFileSync(keys.asc, 'utf8')).toMatch(/^-----BEGIN PGP PUBLIC KEY BLOCK-----\n/);
    expect(readFileSync(path.join(dir, 'KEY.gpg'))[0] & 0x80).toBe(0x80);
  });
});

test('signFile of a missing file rejects with ENOENT', async () => {
  const signer = await loadSigningKey(makeKey('ed25519').armoredSecret, undefined);
  await expect(signer.signFile(path.join(work, 'missing.bin'), { armor: true })).rejects.toMatchObject({
    code: 'ENOENT',
  });
});

describe('reproducible signatures', () => {
  test.each(['ed25519', 'rsa'] as KeyKind[])(
    '%s: the same `now` gives byte-identical signatures',
    async (kind) => {
      const key = makeKey(kind);
      const NOW = new Date(Math.floor(Date.now() / 1000) * 1000); // whole seconds, after the key was made
      const a = await loadSigningKey(key.armoredSecret, key.passphrase, { now: NOW });
      const b = await loadSigningKey(key.armoredSecret, key.passphrase, { now: NOW });
      const first = await a.signFile(DATA, { armor: false });
      expect(Buffer.from(await b.signFile(DATA, { armor: false })).equals(Buffer.from(first))).toBe(true);
      expect(Buffer.from(await a.sign(readFileSync(DATA))).equals(Buffer.from(first))).toBe(true);
      expect(await b.signFile(DATA, { armor: true })).toBe(a.armor(first as Uint8Array));
      expect(await a.clearSign('a\nb\n')).toBe(await b.clearSign('a\nb\n'));

      const later = await loadSigningKey(key.armoredSecret, key.passphrase, {
        now: new Date(NOW.getTime() + 1000),
      });
      expect(Buffer.from(await later.signFile(DATA, { armor: false })).equals(Buffer.from(first))).toBe(
        false,
      );

      const dir = dirFor(`repro-${kind}`);
      const keys = await writeKeyFiles(dir, a);
      const sig = path.join(dir, 'data.sig');
      writeFileSync(sig, first);
      const g = gpgVerify(homeWithKey(keys.asc), sig, DATA);
      expect(g.ok).toBe(true);
      expect(g.created).toBe(NOW.getTime() / 1000);
    },
  );

  test('notBeforeKey: a SOURCE_DATE_EPOCH before the key was made signs at its creation, reproducibly', async () => {
    const key = makeKey('ed25519');
    const old = new Date('2023-11-14T22:13:20Z');
    const a = await loadSigningKey(key.armoredSecret, undefined, { now: old, notBeforeKey: true });
    const b = await loadSigningKey(key.armoredSecret, undefined, { now: old, notBeforeKey: true });
    const sig = await a.signFile(DATA, { armor: false });
    expect(Buffer.from(await b.signFile(DATA, { armor: false })).equals(Buffer.from(sig))).toBe(true);
    const dir = dirFor('not-before-key');
    const keys = await writeKeyFiles(dir, a);
    writeFileSync(path.join(dir, 'data.sig'), sig);
    const g = gpgVerify(homeWithKey(keys.asc), path.join(dir, 'data.sig'), DATA);
    expect(g.ok).toBe(true);
    const created = Number(
      /^pub:[^:]*:[^:]*:[^:]*:[^:]*:(\d+):/m.exec(gpg(key.gnupgHome, ['--with-colons', '--list-keys']))![1],
    );
    expect(g.created).toBe(created);
  });
});

describe('errors', () => {
  const PK = 'input: gpg-private-key';
  const PP = 'input: gpg-passphrase';
  const cases: Array<[string, () => [string, string | undefined, Date?], string, RegExp]> = [
    ['empty input', () => ['  \n', undefined], PK, /^input 'gpg-private-key' is empty; /],
    ['not a key at all', () => ['my secret password!', undefined], PK, /is not an OpenPGP private key/],
    [
      'base64 of something else',
      () => [Buffer.from('hello world').toString('base64'), undefined],
      PK,
      /is not an OpenPGP private key/,
    ],
    [
      'a cut-off armored key',
      () => [makeKey('ed25519').armoredSecret.slice(0, 300), undefined],
      PK,
      /is not a readable OpenPGP private key: its ASCII armor/,
    ],
    [
      'garbage packets',
      () => [Buffer.from([0xc5, 0x05, 1, 2, 3, 4, 5]).toString('base64'), undefined],
      PK,
      /is not a readable OpenPGP private key: its bytes are not OpenPGP key packets/,
    ],
    [
      'a signature instead of a key',
      () => [gpgSignature(), undefined],
      PK,
      /is not a readable OpenPGP private key/,
    ],
    [
      'a public key',
      () => [makeKey('ed25519').armoredPublic, undefined],
      PK,
      /holds a PUBLIC key \([0-9A-F]{40}\), not the private key/,
    ],
    ['a public key, binary base64', () => [gpgPublicBinary('ecdsa'), undefined], PK, /holds a PUBLIC key/],
    [
      'a wrong passphrase',
      () => [makeKey('rsa').armoredSecret, 'not the passphrase'],
      PP,
      /^input 'gpg-passphrase' is not the passphrase of key [0-9A-F]{40}/,
    ],
    [
      'a missing passphrase',
      () => [makeKey('rsa').armoredSecret, undefined],
      PP,
      /^input 'gpg-passphrase' is not set but key [0-9A-F]{40} is protected by a passphrase/,
    ],
    [
      'an expired key',
      () => [makeKey('expired').armoredSecret, undefined],
      PK,
      /expired on 2021-01-01; extend it/,
    ],
    [
      'a revoked key',
      () => [makeKey('revoked').armoredSecret, undefined],
      PK,
      /is revoked; make a new signing key/,
    ],
    [
      'an encryption-only key',
      () => [makeKey('encrypt-only').armoredSecret, undefined],
      PK,
      /has no key or subkey that can sign .*add a signing subkey \(gpg --quick-add-key/,
    ],
    ['an RSA 1024 key', () => [makeKey('rsa1024').armoredSecret, undefined], PK, /is RSA 1024, too weak/],
    [
      'a signing time before the key existed',
      () => [makeKey('ed25519').armoredSecret, undefined, new Date('2001-01-01T00:00:00Z')],
      PK,
      /the signature time 2001-01-01T00:00:00Z is before key [0-9A-F]{40} was created/,
    ],
    [
      'a key whose signing secret is a stub (gpg --export-secret-subkeys of a key without subkeys)',
      () => [gpgStubExport('ed25519'), undefined],
      PK,
      /the export of key [0-9A-F]{40} lacks the secret of its signing key [0-9A-F]{40}/,
    ],
    [
      'two keys in one export',
      () => [bothKeys(), undefined],
      PK,
      /holds 2 private keys \([0-9A-F]{40}, [0-9A-F]{40}\); export only/,
    ],
    [
      'two armored private key blocks',
      () => [makeKey('ed25519').armoredSecret + makeKey('ecdsa').armoredSecret, undefined],
      PK,
      /holds 2 private key blocks; export only/,
    ],
  ];

  test.each(cases)('%s', async (_name, input, key, message) => {
    const [text, passphrase, now] = input();
    const e = await distroError(loadSigningKey(text, passphrase, { now }));
    expect(e.key).toBe(key);
    expect(e.message).toMatch(message);
    expect(e.message).toMatch(/^input '(gpg-private-key|gpg-passphrase)'/);
  });

  test('no error message shows the passphrase or any part of the secret key', async () => {
    const rsa = makeKey('rsa');
    const inputs: Array<[string, string | undefined]> = [
      [rsa.armoredSecret, 'Xq7-wrong-Zr9'],
      [rsa.armoredSecret, undefined],
      [Buffer.from(rsa.armoredSecret).toString('base64'), 'Kp2 other Wt5'],
      [rsa.armoredSecret.slice(0, 2000), rsa.passphrase],
      [rsa.binarySecret.subarray(0, 900).toString('base64'), rsa.passphrase],
      [makeKey('expired').armoredSecret, rsa.passphrase],
      [makeKey('encrypt-only').armoredSecret, rsa.passphrase],
      [makeKey('revoked').binarySecret.toString('base64'), rsa.passphrase],
    ];
    for (const [text, passphrase] of inputs) {
      const e = await distroError(loadSigningKey(text, passphrase));
      const shown = `${e.message} ${String(e)} ${JSON.stringify(e)}`;
      if (passphrase) expect(shown).not.toContain(passphrase);
      // No 16-character run of the input (armor lines, base64) appears in the message.
      const compact = text.replace(/\s+/g, '');
      for (let i = 0; i + 16 <= compact.length; i += 4) {
        const run = compact.slice(i, i + 16);
        if (!/^[-A-Z ]+$/.test(run) && !/^[0-9A-F]+$/.test(run)) expect(shown).not.toContain(run);
      }
    }
  });

  test('the key names in messages follow the option (e.g. a config key)', async () => {
    const e = await distroError(loadSigningKey('not a key!', undefined, { key: 'repos.apt.signing_key' }));
    expect(e.key).toBe('repos.apt.signing_key');
    expect(e.message).toMatch(/^repos\.apt\.signing_key is not an OpenPGP private key/);
    const p = await distroError(
      loadSigningKey(makeKey('rsa').armoredSecret, undefined, { passphraseKey: 'input: repo-passphrase' }),
    );
    expect(p.key).toBe('input: repo-passphrase');
    expect(p.message).toMatch(/^input 'repo-passphrase' is not set/);
  });

  test('a passphrase given for an unprotected key is only a warning', async () => {
    const signer = await loadSigningKey(makeKey('ed25519').armoredSecret, 'unused');
    expect(signer.warnings).toEqual([
      expect.stringMatching(/is not protected by a passphrase; input 'gpg-passphrase' is ignored/),
    ]);
    expect(signer.warnings.join()).not.toContain('unused');
  });
});

describe('v6 keys (RFC 9580)', () => {
  // gpg 2.2 and sqv 1.1 (Debian 12) do not read v6 keys yet: openpgp's verify is the only checker here.
  test('an Ed25519 v6 key signs; the signature verifies, and not over changed data', async () => {
    const { privateKey, publicKey } = await openpgp.generateKey({
      type: 'curve25519',
      userIDs: [{ name: 'V6', email: 'v6@example.com' }],
      config: { v6Keys: true },
      format: 'armored',
    });
    const signer = await loadSigningKey(Buffer.from(privateKey).toString('base64'), undefined);
    expect(signer.algorithm).toBe('eddsa');
    expect(signer.publicKeyArmored).not.toMatch(/^=/m); // no CRC24 for v6
    const verificationKeys = await openpgp.readKey({ binaryKey: signer.publicKeyBinary });
    expect(verificationKeys.getFingerprint()).toBe(
      (await openpgp.readKey({ armoredKey: publicKey })).getFingerprint(),
    );
    const signature = await openpgp.readSignature({
      binarySignature: (await signer.signFile(DATA, { armor: false })) as Uint8Array,
    });
    const check = async (data: Uint8Array) => {
      const r = await openpgp.verify({
        message: await openpgp.createMessage({ binary: data }),
        signature,
        verificationKeys,
      });
      return r.signatures[0].verified.then(
        () => true,
        () => false,
      );
    };
    expect(await check(readFileSync(DATA))).toBe(true);
    expect(await check(readFileSync(tampered(DATA, 7)))).toBe(false);
  });
});

/** The private key of a test key, decrypted, and the (sub)key that signs. */
async function decrypted(
  key: TestKey,
): Promise<{ pk: openpgp.PrivateKey; sk: openpgp.PrivateKey | openpgp.Subkey }> {
  let pk = await openpgp.readPrivateKey({ armoredKey: key.armoredSecret });
  if (!pk.isDecrypted()) pk = await openpgp.decryptKey({ privateKey: pk, passphrase: key.passphrase! });
  return { pk, sk: await pk.getSigningKey() };
}

/** openpgp.sign options for a detached signature as src/sign/openpgp.ts makes them (SHA-512 unless told). */
function reference(
  pk: openpgp.PrivateKey,
  sk: openpgp.PrivateKey | openpgp.Subkey,
  date: Date,
  hash: openpgp.enums.hash = openpgp.enums.hash.sha512,
) {
  return {
    signingKeys: pk,
    signingKeyIDs: [sk.getKeyID()],
    date,
    detached: true as const,
    config: {
      preferredHashAlgorithm: hash,
      nonDeterministicSignaturesViaNotation: false,
      minRSABits: 1024,
    },
  };
}

describe('streamSigner: native hashing of large files', () => {
  const sizes = [0, 1, 1024 * 1024, 2 * 1024 * 1024 + 1, 3 * 1024 * 1024 - 7];
  const files = sizes.map((size) => {
    const file = path.join(work, `stream-${size}.bin`);
    const b = Buffer.alloc(size);
    for (let i = 0; i < size; i++) b[i] = (i * 2654435761) >>> 24;
    writeFileSync(file, b);
    return file;
  });

  test.each(['rsa', 'ed25519', 'subkey'] as KeyKind[])(
    '%s: byte-identical to openpgp.sign over the same bytes, for the hash openpgp picks (SHA-256, SHA-384, SHA-512 asked)',
    async (kind) => {
      const key = makeKey(kind);
      const { pk, sk } = await decrypted(key);
      const fast = streamSigner(sk.keyPacket as openpgp.SecretKeyPacket);
      expect(fast).toBeDefined();
      const now = new Date(Math.floor(Date.now() / 1000) * 1000);
      const dir = dirFor(`stream-${kind}`);
      const keyring = path.join(dir, 'KEY.gpg');
      writeFileSync(keyring, pk.toPublic().write());
      const seen = new Set<number>(); // openpgp may pick a stronger hash the key prefers
      for (const hash of [openpgp.enums.hash.sha256, openpgp.enums.hash.sha384, openpgp.enums.hash.sha512]) {
        for (const file of files) {
          const template = (await openpgp.sign({
            ...reference(pk, sk, now, hash),
            message: await openpgp.createMessage({ binary: new Uint8Array() }),
            format: 'object',
          })) as unknown as Template;
          seen.add((template.packets[0] as openpgp.SignaturePacket).hashAlgorithm!);
          const mine = await fast!(file, template);
          const expected = await openpgp.sign({
            ...reference(pk, sk, now, hash),
            message: await openpgp.createMessage({ binary: readFileSync(file) }),
            format: 'binary',
          });
          const label = `${kind} hash ${hash} ${path.basename(file)}`;
          expect({ label, same: Buffer.from(mine!).equals(Buffer.from(expected)) }).toEqual({
            label,
            same: true,
          });
          const sig = path.join(dir, `${path.basename(file)}.${hash}.sig`);
          writeFileSync(sig, mine!);
          expect({ label, ok: sqvVerify(keyring, sig, file).ok }).toEqual({ label, ok: true });
        }
      }
      expect([...seen].sort((a, b) => a - b)).toEqual(kind === 'rsa' ? [8, 9, 10] : [10]);
    },
  );

  test('ECDSA (randomised) and v6 keys are left to openpgp', async () => {
    const { sk } = await decrypted(makeKey('ecdsa'));
    expect(streamSigner(sk.keyPacket as openpgp.SecretKeyPacket)).toBeUndefined();
    const { privateKey } = await openpgp.generateKey({
      type: 'curve25519',
      userIDs: [{ name: 'V6', email: 'v6@example.com' }],
      config: { v6Keys: true },
      format: 'object',
    });
    const v6 = await privateKey.getSigningKey();
    expect(streamSigner(v6.keyPacket as openpgp.SecretKeyPacket)).toBeUndefined();
  });

  test('a template it cannot reproduce (a text signature) is refused before the file is read', async () => {
    const key = makeKey('ed25519');
    const { pk, sk } = await decrypted(key);
    const fast = streamSigner(sk.keyPacket as openpgp.SecretKeyPacket)!;
    const template = (await openpgp.sign({
      ...reference(pk, sk, new Date()),
      message: await openpgp.createMessage({ text: '' }),
      format: 'object',
    })) as unknown as Template;
    expect(await fast(path.join(work, 'missing.bin'), template)).toBeUndefined();
  });
});

function gpgPublicBinary(kind: KeyKind): string {
  const key = makeKey(kind);
  const file = path.join(work, `${kind}.pub.gpg`);
  gpg(key.gnupgHome, ['--output', file, '--yes', '--export', key.fingerprint]);
  return readFileSync(file).toString('base64');
}

/** `gpg --export-secret-subkeys`: the primary key's secret left out (a gnu-dummy stub). */
function gpgStubExport(kind: KeyKind): string {
  const key = makeKey(kind);
  return gpg(key.gnupgHome, ['--armor', '--export-secret-subkeys', key.fingerprint]);
}

/** Two secret keys in one export, as `gpg --export-secret-keys` with no key named writes it. */
function bothKeys(): string {
  return Buffer.concat([makeKey('ed25519').binarySecret, makeKey('ecdsa').binarySecret]).toString('base64');
}

/** A detached signature made by gpg: armored OpenPGP, but not a key. */
function gpgSignature(): string {
  return gpg(makeKey('ed25519').gnupgHome, ['--armor', '--detach-sign', '--output', '-', DATA]);
}
