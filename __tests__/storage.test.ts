/**
 * Repository storage: a directory, or a git branch in a local bare repository standing in for
 * GitHub (the same git protocol the runner's git speaks, over the file transport).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withRepository, type RepoStorage } from '../src/repos/storage.js';
import { DistroError } from '../src/errors.js';
import { memoryLogger } from '../src/log.js';

const env = { PATH: process.env.PATH, HOME: process.env.HOME };

function bare(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'distro-bare-'));
  execFileSync('git', ['init', '--quiet', '--bare', dir]);
  return dir;
}

function filesOn(remote: string, branch: string): string[] {
  const out = execFileSync('git', ['--git-dir', remote, 'ls-tree', '-r', '--name-only', branch], {
    encoding: 'utf8',
  });
  return out.split('\n').filter(Boolean).sort();
}

describe('withRepository', () => {
  test('a directory is used in place', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'distro-dir-')), 'repo');
    const r = await withRepository(
      { kind: 'dir', dir },
      async (c) => {
        writeFileSync(path.join(c.dir, 'a'), 'x');
        return c.attempt;
      },
      { message: 'm', log: memoryLogger(), env },
    );
    expect(r.value).toBe(1);
    expect(readFileSync(path.join(dir, 'a'), 'utf8')).toBe('x');
  });

  test('a missing branch is created, said so, and later publishes build on it', async () => {
    const remote = bare();
    const log = memoryLogger();
    const s: RepoStorage = { kind: 'git', remote, branch: 'gh-pages' };
    const first = await withRepository(s, async (c) => writeFileSync(path.join(c.dir, 'one'), '1'), {
      message: 'publish one',
      log,
      env,
    });
    expect(first.createdBranch).toBe(true);
    expect(log.lines.join('\n')).toMatch(/Branch 'gh-pages' does not exist .* creating it/);
    const second = await withRepository(
      s,
      async (c) => {
        expect(existsSync(path.join(c.dir, 'one'))).toBe(true);
        writeFileSync(path.join(c.dir, 'two'), '2');
      },
      { message: 'publish two', log, env },
    );
    expect(second.createdBranch).toBe(false);
    expect(second.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(filesOn(remote, 'gh-pages')).toEqual(['one', 'two']);
    const subjects = execFileSync('git', ['--git-dir', remote, 'log', '--format=%s', 'gh-pages'], {
      encoding: 'utf8',
    });
    expect(subjects.trim().split('\n')).toEqual(['publish two', 'publish one']);
    // Nothing to change: no commit.
    const third = await withRepository(s, async () => undefined, { message: 'noop', log, env });
    expect(third.changed).toBe(false);
    expect(
      execFileSync('git', ['--git-dir', remote, 'rev-list', '--count', 'gh-pages'], {
        encoding: 'utf8',
      }).trim(),
    ).toBe('2');
  });

  test('two concurrent publishers, 10 publishes each: all 20 land', async () => {
    const remote = bare();
    const s: RepoStorage = { kind: 'git', remote, branch: 'pages', attempts: 40 };
    // Both first publishes wait for each other after fetching, so both commit on the same tip and
    // one push is certainly rejected: the retry path runs, not just the happy one.
    let arrived = 0;
    let release!: () => void;
    const barrier = new Promise<void>((r) => (release = r));
    const publisher = async (who: string) => {
      let retries = 0;
      for (let i = 0; i < 10; i++) {
        const r = await withRepository(
          s,
          async (c) => {
            if (i === 0 && c.attempt === 1) {
              if (++arrived === 2) release();
              await barrier;
            }
            writeFileSync(path.join(c.dir, `${who}-${i}`), `${who} ${i}`);
          },
          { message: `${who} ${i}`, log: memoryLogger(), env },
        );
        retries += r.attempts - 1;
      }
      return retries;
    };
    const retries = await Promise.all([publisher('a'), publisher('b')]);
    const files = filesOn(remote, 'pages');
    expect(files).toHaveLength(20);
    for (const who of ['a', 'b']) for (let i = 0; i < 10; i++) expect(files).toContain(`${who}-${i}`);
    expect(retries[0]! + retries[1]!).toBeGreaterThanOrEqual(1);
  }, 120_000);

  test('a rejected push (not a race) is one clear error and the branch is unchanged', async () => {
    const remote = bare();
    const s: RepoStorage = { kind: 'git', remote, branch: 'gh-pages' };
    await withRepository(s, async (c) => writeFileSync(path.join(c.dir, 'one'), '1'), {
      message: 'one',
      log: memoryLogger(),
      env,
    });
    const hook = path.join(remote, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "protected branch: permission denied" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const err = await withRepository(s, async (c) => writeFileSync(path.join(c.dir, 'two'), '2'), {
      message: 'two',
      log: memoryLogger(),
      env,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DistroError);
    expect((err as DistroError).key).toBe('input: repo-branch');
    expect((err as Error).message).toMatch(/contents: write/);
    expect(filesOn(remote, 'gh-pages')).toEqual(['one']);
  });

  test('an invalid branch name and a missing remote are clear errors', async () => {
    await expect(
      withRepository({ kind: 'git', remote: bare(), branch: 'bad..name' }, async () => undefined, {
        message: 'm',
        log: memoryLogger(),
        env,
      }),
    ).rejects.toThrow(/'bad\.\.name' is not a valid branch name/);
    const gone = path.join(tmpdir(), 'distro-no-such-remote-' + process.pid);
    await expect(
      withRepository({ kind: 'git', remote: gone, branch: 'gh-pages' }, async () => undefined, {
        message: 'm',
        log: memoryLogger(),
        env,
      }),
    ).rejects.toThrow(/input 'repo-branch': git ls-remote failed/);
  });

  test('the token reaches git as an Authorization header, and is scrubbed from errors', async () => {
    const token = 'ghs_SECRETtokenVALUE123';
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(String(req.headers.authorization ?? ''));
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end(`denied for ${token}\n`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const err = await withRepository(
        { kind: 'git', remote: `http://127.0.0.1:${port}/o/r.git`, branch: 'gh-pages', token },
        async () => undefined,
        { message: 'm', log: memoryLogger(), env },
      ).catch((e: unknown) => e as Error);
      expect(err).toBeInstanceOf(DistroError);
      expect(String(err)).not.toContain(token);
      expect(seen[0]).toBe(`basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`);
    } finally {
      server.close();
    }
  });
});
