/**
 * Installing apt packages: argument arrays only, as root directly or through `sudo -n`, waiting
 * on the dpkg lock, `apt-get update` only when a package is not in the cache, and clear errors for
 * a missing package, no root and no sudo, a held lock, and a runner without apt.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, formatCommand, which } from '../build/exec.js';
import type { Env } from '../build/types.js';
import { DistroError } from '../errors.js';
import type { Logger } from '../log.js';

export interface ExecResult {
  code: number;
  stdout: string;
  /** stdout and stderr interleaved, as shown to the user. */
  output: string;
}

/** Runs argv (no shell). Injected in tests. */
export type AptExec = (argv: string[], env: Env, log: Logger, quiet?: boolean) => Promise<ExecResult>;

export const spawnExec: AptExec = (argv, env, log, quiet = false) =>
  new Promise((resolve, reject) => {
    const [cmd, ...args] = argv;
    const exe = which(cmd!, env) ?? cmd!;
    if (!quiet) log.info(`$ ${formatCommand(argv)}`);
    const child = spawn(exe, args, { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    let pending = '';
    const onData = (isOut: boolean) => (d: Buffer) => {
      const s = d.toString('utf8');
      if (isOut) stdout += s;
      output += s;
      if (!quiet) {
        pending += s;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const l of lines) log.info(l);
      }
    };
    child.stdout.on('data', onData(true));
    child.stderr.on('data', onData(false));
    child.on('error', reject);
    child.on('close', (code) => {
      if (!quiet && pending) log.info(pending);
      resolve({ code: code ?? 1, stdout, output });
    });
  });

export interface AptOptions {
  env: Env;
  log: Logger;
  /** process.platform. */
  platform: string;
  /** process.getuid(); undefined on Windows. */
  uid: number | undefined;
  exec?: AptExec;
  /** Seconds apt waits on the dpkg lock (default 300). */
  lockTimeout?: number;
  /** For messages: the release (bookworm, noble). */
  release?: string;
  /** For messages: who installs (default setup-cross-toolchain), what, and the input errors name. */
  purpose?: AptPurpose;
}

export interface AptPurpose {
  action: string;
  /** What the packages are, as in "installs … with apt-get": `cross toolchains`. */
  what: string;
  /** The input an error names (`input: target`). */
  key: string;
}

const TOOLCHAIN_PURPOSE: AptPurpose = {
  action: 'setup-cross-toolchain',
  what: 'cross toolchains',
  key: 'input: target',
};

export interface AptInstallResult {
  /** Packages installed by this run. */
  installed: string[];
  /** Packages that were there already. */
  present: string[];
  /** Candidate versions of the packages (name → version), for the cache key. */
  versions: Record<string, string>;
  /** Installed from the archives directory alone (`apt-get install --no-download`). */
  offline: boolean;
  /** With an archives directory: the .deb files the install needed, and those it had to download. */
  debs?: string[];
  fetched?: string[];
}

/** What `beforeInstall` may return: the archives directory (restored from the cache) apt should use. */
export interface InstallSource {
  archives?: string;
}

/** dpkg's switch for man-db's trigger: absent, the trigger does nothing. */
const MAN_DB_AUTO_UPDATE = '/var/lib/man-db/auto-update';

const FETCH_RE = /Failed to fetch|Unable to fetch some archives|404\s+Not Found/;

const LOCK_RE =
  /Could not get lock|Unable to acquire the dpkg frontend lock|Unable to lock|is another process using it/;

export class Apt {
  readonly exec: AptExec;
  private sudoPrefix?: string[];

  private readonly purpose: AptPurpose;

  get env(): Env {
    return this.o.env;
  }

  constructor(private readonly o: AptOptions) {
    this.exec = o.exec ?? spawnExec;
    this.purpose = o.purpose ?? TOOLCHAIN_PURPOSE;
  }

  /** Throws unless apt-get is there. */
  checkAvailable(): void {
    if (this.o.platform !== 'linux' || !which('apt-get', this.o.env)) {
      const where =
        this.o.platform === 'darwin'
          ? 'macOS'
          : this.o.platform === 'win32'
            ? 'Windows'
            : `this ${this.o.platform} machine (no apt-get on PATH)`;
      throw new DistroError(
        `${this.purpose.action} installs ${this.purpose.what} with apt-get, which ${where} does not have. ` +
          'It supports Debian and Ubuntu runners (ubuntu-latest, ubuntu-24.04, ubuntu-22.04, debian containers). ' +
          'On macOS and Windows runners build for the runner itself (no setup needed), or run this job on ubuntu-latest.',
        { key: this.purpose.key },
      );
    }
  }

  /** `[]` as root, `['sudo', '-n']` with sudo, else a clear error. */
  private prefix(): string[] {
    if (this.sudoPrefix) return this.sudoPrefix;
    if (this.o.uid === 0) this.sudoPrefix = [];
    else if (which('sudo', this.o.env)) this.sudoPrefix = ['sudo', '-n'];
    else {
      throw new DistroError(
        `${this.purpose.action} must install packages with apt-get, which needs root, but it runs as user ${this.o.uid ?? '?'} and sudo is not on PATH. ` +
          'Run the job as root (a container), install sudo with passwordless rights for this user, or install the packages beforehand.',
      );
    }
    return this.sudoPrefix;
  }

  /** Runs `args` as root (directly or through `sudo -n`); a failure is a DistroError with the output. */
  async root(args: string[]): Promise<ExecResult> {
    const p = this.prefix();
    // sudo resets the environment: pass DEBIAN_FRONTEND through env(1).
    const argv = [...p, ...(p.length ? ['env', 'DEBIAN_FRONTEND=noninteractive'] : []), ...args];
    const r = await this.exec(argv, { ...this.o.env, DEBIAN_FRONTEND: 'noninteractive' }, this.o.log);
    if (r.code !== 0) {
      const tail = r.output.trim().split('\n').slice(-15).join('\n');
      if (LOCK_RE.test(r.output)) {
        throw new DistroError(
          `apt is locked by another process and stayed locked for ${this.lockTimeout()} s (\`${formatCommand(argv)}\`):\n${tail}\n` +
            'Wait for the other apt/dpkg (often unattended-upgrades at boot) to finish, or run this step later in the job.',
        );
      }
      if (
        p.length &&
        /a password is required|a terminal is required|may not run sudo|not in the sudoers/.test(r.output)
      ) {
        throw new DistroError(
          `sudo refused to run apt-get without a password (\`${formatCommand(argv)}\`): ${tail}\n` +
            'Give this user passwordless sudo (GitHub-hosted runners have it) or run the job as root.',
        );
      }
      throw new DistroError(
        `\`${formatCommand(argv)}\` failed (exit ${r.code}); last lines of output:\n${tail}`,
      );
    }
    return r;
  }

  private lockTimeout(): number {
    return this.o.lockTimeout ?? 300;
  }

  private aptGet(...args: string[]): string[] {
    return ['apt-get', '-o', `DPkg::Lock::Timeout=${this.lockTimeout()}`, ...args];
  }

  /** Packages of `names` that dpkg has installed. */
  async installedOf(names: string[]): Promise<Set<string>> {
    if (names.length === 0) return new Set();
    const r = await this.exec(
      ['dpkg-query', '-W', '-f=${Package} ${db:Status-Status}\\n', ...names],
      this.o.env,
      this.o.log,
      true,
    );
    const out = new Set<string>();
    for (const line of r.stdout.split('\n')) {
      const [name, status] = line.trim().split(/\s+/);
      if (name && status === 'installed') out.add(name.replace(/:.*$/, ''));
    }
    return out;
  }

  /** Whether `names` are all installed now (after a cache restore); warns naming those not. */
  private async installedIf(names: string[]): Promise<boolean> {
    const now = await this.installedOf(names);
    const still = names.filter((p) => !now.has(p));
    if (still.length)
      this.o.log.warn(
        `apt: ${still.join(' ')} still not installed after the cache restore; installing with apt`,
      );
    return still.length === 0;
  }

  /** Candidate versions from the apt cache; a package without one is absent from the result. */
  async candidates(names: string[]): Promise<Record<string, string>> {
    if (names.length === 0) return {};
    const r = await this.exec(['apt-cache', 'policy', ...names], this.o.env, this.o.log, true);
    const out: Record<string, string> = {};
    let current: string | undefined;
    for (const line of r.stdout.split('\n')) {
      const head = /^(\S+):\s*$/.exec(line);
      if (head) {
        current = head[1]!.replace(/:.*$/, '');
        continue;
      }
      const cand = /^\s+Candidate:\s*(\S+)/.exec(line);
      if (cand && current && cand[1] !== '(none)') out[current] = cand[1]!;
    }
    return out;
  }

  /**
   * The .deb file names `apt-get install` would download for `names` into `archives` (those not
   * there already), from `--print-uris`; undefined when apt cannot tell. Needs no root.
   */
  async downloads(names: string[], archives: string): Promise<string[] | undefined> {
    const r = await this.exec(
      [
        'apt-get',
        '-o',
        `Dir::Cache::archives=${archives}/`,
        'install',
        '--print-uris',
        '-qq',
        '--no-install-recommends',
        ...names,
      ],
      this.o.env,
      this.o.log,
      true,
    ).catch(() => undefined);
    if (!r || r.code !== 0) return undefined;
    const out: string[] = [];
    for (const line of r.stdout.split('\n')) {
      const m = /^'[^']+'\s+(\S+\.deb)\s/.exec(line);
      if (m) out.push(m[1]!);
    }
    return out;
  }

  /** `apt-get install -s` of `names`: its output (needs no root), for the installed-files cache. */
  async simulate(names: string[]): Promise<string | undefined> {
    const r = await this.exec(
      ['apt-get', 'install', '-s', '-q', '--no-install-recommends', ...names],
      this.o.env,
      this.o.log,
      true,
    ).catch(() => undefined);
    return r && r.code === 0 ? r.stdout : undefined;
  }

  /**
   * Runs `fn` with man-db's trigger switched off (its index update takes seconds and nothing here
   * reads man pages); switched on again after, also when `fn` fails.
   */
  private async withoutManDbTrigger<T>(fn: () => Promise<T>): Promise<T> {
    if (this.o.platform !== 'linux' || !existsSync(MAN_DB_AUTO_UPDATE)) return fn();
    const off = `${MAN_DB_AUTO_UPDATE}.distro-off`;
    const moved = await this.root(['mv', '-f', MAN_DB_AUTO_UPDATE, off]).then(
      () => true,
      () => false,
    );
    try {
      return await fn();
    } finally {
      if (moved) await this.root(['mv', '-f', off, MAN_DB_AUTO_UPDATE]).catch(() => undefined);
    }
  }

  /** Every .deb the install of `names` needs (as if nothing were downloaded yet). */
  private async allDebs(names: string[]): Promise<string[] | undefined> {
    const empty = await mkdtemp(path.join(tmpdir(), 'distro-apt-probe-'));
    try {
      await mkdir(path.join(empty, 'partial'));
      return await this.downloads(names, empty);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  }

  /**
   * Makes sure `packages` are installed. Those already installed are skipped; `apt-get update`
   * runs only when a package has no candidate in the cache (or a download fails with 404, the
   * lists being stale); one still missing after it is an error naming it. `beforeInstall` runs once
   * the versions are known and something is to be installed (the cache restore); when it returns
   * an archives directory, apt takes the packages from there and downloads the rest into it, and
   * when every .deb is there already the install runs with `--no-download`. `restored` runs first,
   * before any apt call: when it says it installed the missing packages (the installed-files cache)
   * and dpkg agrees, that is all.
   */
  async ensure(
    packages: string[],
    beforeInstall?: (versions: Record<string, string>, missing: string[]) => Promise<InstallSource | void>,
    restored?: (missing: string[]) => Promise<boolean>,
  ): Promise<AptInstallResult> {
    this.checkAvailable();
    const have = await this.installedOf(packages);
    const missing = packages.filter((p) => !have.has(p));
    const present = packages.filter((p) => have.has(p));
    if (missing.length === 0) {
      this.o.log.info(`apt: all ${packages.length} packages already installed: ${packages.join(' ')}`);
      return { installed: [], present, versions: {}, offline: false };
    }
    this.prefix(); // fail early without root or sudo
    // The installed-files cache first: when it installs them, nothing else needs apt.
    if (restored && (await restored(missing))) {
      const done = await this.installedIf(missing);
      if (done) return { installed: missing, present, versions: {}, offline: true };
    }
    let versions = await this.candidates(packages);
    let unknown = missing.filter((p) => !versions[p]);
    let updated = false;
    if (unknown.length) {
      this.o.log.info(`apt: ${unknown.join(', ')} not in the package cache; running apt-get update`);
      await this.root(this.aptGet('update', '-q'));
      updated = true;
      versions = await this.candidates(packages);
      unknown = missing.filter((p) => !versions[p]);
    }
    if (unknown.length) {
      const rel = this.o.release ? ` on ${this.o.release}` : '';
      throw new DistroError(
        `apt has no package ${unknown.map((u) => `'${u}'`).join(', ')}${rel} (after apt-get update): ` +
          `this runner image cannot provide what ${this.purpose.action} needs. Use a newer Debian/Ubuntu runner` +
          (this.purpose === TOOLCHAIN_PURPOSE ? ', or check the `packages` input.' : '.'),
        { key: this.purpose.key },
      );
    }
    const source = (beforeInstall ? await beforeInstall(versions, missing) : undefined) || {};
    const dirOpt = source.archives ? ['-o', `Dir::Cache::archives=${source.archives}/`] : [];
    let debs: string[] | undefined;
    let fetched: string[] | undefined;
    if (source.archives) {
      await mkdir(path.join(source.archives, 'partial'), { recursive: true });
      debs = await this.allDebs(missing);
      const there = new Set(await readdir(source.archives).catch(() => [] as string[]));
      fetched = debs?.filter((d) => !there.has(d));
      if (debs)
        this.o.log.info(
          `apt: ${debs.length - fetched!.length} of ${debs.length} .deb files in ${source.archives}` +
            (fetched!.length ? `; downloading ${fetched!.length}` : '; installing without the network'),
        );
    }
    const install = (offline: boolean) =>
      this.root(
        this.aptGet(
          ...dirOpt,
          '-o',
          'Binary::apt::APT::Keep-Downloaded-Packages=true',
          // Safe on a runner: a crash loses the machine anyway, and fsync per file costs seconds.
          '-o',
          'DPkg::Options::=--force-unsafe-io',
          'install',
          '-y',
          '-q',
          '--no-install-recommends',
          ...(offline ? ['--no-download'] : []),
          ...missing,
        ),
      );
    let offline = !!debs && fetched!.length === 0;
    try {
      await this.withoutManDbTrigger(() => install(offline));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const retry = offline
        ? !/^(apt is locked|sudo refused)/.test(msg) // a bad cached .deb: download it
        : FETCH_RE.test(msg) && !updated; // stale lists: update once
      if (!(e instanceof DistroError) || !retry) throw e;
      if (offline) {
        this.o.log.warn('apt: installing from the cached packages failed; downloading them instead');
      } else {
        this.o.log.info('apt: a download failed (stale package lists?); running apt-get update and retrying');
        await this.root(this.aptGet('update', '-q'));
      }
      offline = false;
      await this.withoutManDbTrigger(() => install(false));
    }
    return { installed: missing, present, versions, offline, debs, fetched };
  }
}
