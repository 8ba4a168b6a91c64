/**
 * The README's quick start, `npm run example` (scripts/example.sh), as a new user runs it: the
 * whole release of examples/hello-c ends with the lines that install it from the signed
 * repository it published. Checked with the real tools: gpgv verifies the APT repository's
 * InRelease with the published keyring, rpm/gpg the YUM metadata signature, and apt installs the
 * package from the repository — exactly as the printed line configures it — in a Debian root.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { debianRoot } from './helpers/debian-root.js';

const EX = path.resolve('examples/hello-c');

describe('npm run example', () => {
  let out = '';
  beforeAll(() => {
    const r = spawnSync('bash', ['scripts/example.sh'], { encoding: 'utf8', timeout: 1_500_000 });
    out = r.stdout;
    if (r.status !== 0) throw new Error(`npm run example failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }, 1_600_000);

  it('says it signs with a throwaway key, smoke-tests, and ends with the two install lines', () => {
    expect(out).toContain('signing with a throwaway key made for this run');
    expect(out).toMatch(/^smoke\t(\d+) passed, 0 failed\t/m);
    const last = out.trimEnd().split('\n').slice(-2);
    expect(last[0]).toMatch(
      /^publish\tapt\tsudo install -d -m 0755 \/etc\/apt\/keyrings && .*apt-get install -y hello$/,
    );
    expect(last[1]).toMatch(
      /^publish\tdnf\tsudo dnf config-manager --add-repo file:\/\/.*hello-stable\.repo && sudo dnf install -y hello$/,
    );
  });

  it('the APT repository verifies with gpgv and its keyring; the YUM metadata with gpg', () => {
    const apt = path.join(EX, 'repo/apt');
    const v = spawnSync(
      'gpgv',
      ['--keyring', path.join(apt, 'hello.gpg'), path.join(apt, 'dists/stable/InRelease')],
      {
        encoding: 'utf8',
      },
    );
    expect(v.stderr).toMatch(/Good signature from "hello example \(throwaway key/);
    expect(v.status).toBe(0);
    const yum = path.join(EX, 'repo/yum');
    const home = execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim();
    execFileSync('gpg', ['--homedir', home, '--batch', '--import', path.join(yum, 'RPM-GPG-KEY-hello')], {
      stdio: 'pipe',
    });
    const y = spawnSync(
      'gpg',
      [
        '--homedir',
        home,
        '--batch',
        '--verify',
        path.join(yum, 'stable/repodata/repomd.xml.asc'),
        path.join(yum, 'stable/repodata/repomd.xml'),
      ],
      { encoding: 'utf8' },
    );
    execFileSync('rm', ['-rf', home]);
    expect(y.stderr).toContain('Good signature');
    expect(y.status).toBe(0);
  });

  it('apt installs hello from the repository in a Debian root, configured as the printed line says', async () => {
    const line = out.trimEnd().split('\n').at(-2)!;
    const keyring = /curl -fsSLo \/etc\/apt\/keyrings\/hello\.gpg file:\/\/(\S+)/.exec(line)![1]!;
    const sources = /curl -fsSLo \/etc\/apt\/sources\.list\.d\/hello\.sources file:\/\/(\S+)/.exec(line)![1]!;
    const root = debianRoot();
    try {
      // the repository at the same path inside the root, so the file:// URIs of hello.sources hold
      execFileSync('mkdir', ['-p', path.join(root.dir, path.dirname(path.join(EX, 'repo')))]);
      execFileSync('cp', ['-a', path.join(EX, 'repo'), path.join(root.dir, EX, 'repo')]);
      root.write('/etc/apt/keyrings/hello.gpg', readFileSync(keyring));
      root.write('/etc/apt/sources.list.d/hello.sources', readFileSync(sources));
      const update = await root.run('apt-get', ['update']);
      expect(update.stdout + update.stderr).not.toMatch(/NO_PUBKEY|not signed|Err:/);
      expect(update.status).toBe(0);
      const install = await root.run('apt-get', ['install', '-y', 'hello']);
      expect(install.status).toBe(0);
      const run = await root.run('hello', ['--version']);
      expect(run.stdout).toContain('hello');
      expect(run.status).toBe(0);
    } finally {
      root.remove();
    }
  });
});
