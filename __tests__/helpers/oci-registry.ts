/**
 * A real OCI registry for the tests: Debian's `docker-registry` (the CNCF distribution registry
 * 2.8), started on 127.0.0.1 at a free port with its storage in a temporary directory, optionally
 * behind htpasswd basic auth or token auth (a tiny token server here signs the JWTs the registry
 * verifies against its root certificate, as Docker Hub's and ghcr.io's token services do).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createSign, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestRegistry {
  host: string;
  dir: string;
  /** The registry's log so far (its access log names every request). */
  log(): string;
  stop(): Promise<void>;
  /** Token server: requests it answered (scope and whether credentials were right). */
  tokenRequests: Array<{ scope: string[]; ok: boolean }>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function b64url(b: Buffer | string): string {
  return Buffer.from(b).toString('base64url');
}

/** A token server: user/password check, then a JWT signed with `key` (cert in the x5c header). */
async function tokenServer(
  dir: string,
  user: string,
  pass: string,
  requests: TestRegistry['tokenRequests'],
): Promise<{ server: Server; realm: string; bundle: string }> {
  const key = path.join(dir, 'token.key');
  const crt = path.join(dir, 'token.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      key,
      '-out',
      crt,
      '-days',
      '2',
      '-subj',
      '/CN=token',
    ],
    { stdio: 'ignore' },
  );
  const pem = execFileSync('cat', [key]).toString();
  const der = new X509Certificate(execFileSync('cat', [crt])).raw;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const scope = url.searchParams.getAll('scope');
    const auth = req.headers.authorization ?? '';
    const [u, p] = Buffer.from(auth.replace(/^Basic /, ''), 'base64')
      .toString()
      .split(':');
    const ok = auth.startsWith('Basic ') && u !== undefined && p === pass && (user === '*' || u === user);
    requests.push({ scope, ok });
    if (!ok) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"bad credentials"}');
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const access = scope.map((s) => {
      const [type, name, actions] = s.split(':');
      return { type, name, actions: (actions ?? '').split(',') };
    });
    const header = { alg: 'ES256', typ: 'JWT', x5c: [der.toString('base64')] };
    const claims = {
      iss: 'test-issuer',
      sub: u,
      aud: 'test-registry',
      exp: now + 600,
      nbf: now - 10,
      iat: now,
      jti: String(Math.random()),
      access,
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const sig = createSign('SHA256').update(input).sign({ key: pem, dsaEncoding: 'ieee-p1363' });
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token: `${input}.${b64url(sig)}` }));
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { server, realm: `http://127.0.0.1:${port}/token`, bundle: crt };
}

export async function startRegistry(auth?: {
  kind: 'htpasswd' | 'token';
  user: string;
  pass: string;
}): Promise<TestRegistry> {
  const dir = mkdtempSync(path.join(tmpdir(), 'oci-registry-'));
  const port = await freePort();
  const tokenRequests: TestRegistry['tokenRequests'] = [];
  let token: Awaited<ReturnType<typeof tokenServer>> | undefined;
  let authYaml = '';
  if (auth?.kind === 'htpasswd') {
    const line = execFileSync('htpasswd', ['-Bbn', auth.user, auth.pass]).toString().trim();
    writeFileSync(path.join(dir, 'htpasswd'), `${line}\n`);
    authYaml = `auth:\n  htpasswd:\n    realm: test\n    path: ${path.join(dir, 'htpasswd')}\n`;
  } else if (auth?.kind === 'token') {
    token = await tokenServer(dir, auth.user, auth.pass, tokenRequests);
    authYaml = `auth:\n  token:\n    realm: ${token.realm}\n    service: test-registry\n    issuer: test-issuer\n    rootcertbundle: ${token.bundle}\n`;
  }
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: info\n  accesslog:\n    disabled: false\nstorage:\n  filesystem:\n    rootdirectory: ${path.join(dir, 'data')}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:${port}\n${authYaml}`,
  );
  let log = '';
  const child: ChildProcess = spawn('/usr/bin/docker-registry', ['serve', config], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const host = `127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const up = await fetch(`http://${host}/v2/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (i > 100 || child.exitCode !== null) throw new Error(`docker-registry did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    host,
    dir,
    tokenRequests,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await gone;
      }
      if (token) await new Promise((r) => token!.server.close(r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
