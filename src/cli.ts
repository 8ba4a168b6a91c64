/**
 * `distro`: the stages off GitHub, with flags that mirror the actions' inputs.
 *   distro build|package|sign|smoke|publish|release [flags]      exit 0 success, 1 failure, 2 bad usage
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { removeOnSignals } from './atomic.js';
import { DistroError, asUserError, errorMessage } from './errors.js';
import { neutraliseCommands, type Logger } from './log.js';
import { splitList } from './runner/inputs.js';
import { createArtifactStore } from './runner/artifacts.js';
import { VERSION } from './runner/run.js';
import type { CommonOptions, StageResult } from './stages/common.js';
import { splitCommand } from './build/exec.js';
// Each command imports its stage when it runs (a chunk of its own in the bundle, see src/main.ts):
// `distro package` does not compile the signing, publishing or rehearsal code.

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = {
  config: { type: 'string', short: 'c' },
  'dist-dir': { type: 'string', short: 'd' },
  from: { type: 'string', multiple: true },
  'artifact-prefix': { type: 'string' },
  version: { type: 'string' },
  'working-directory': { type: 'string', short: 'C' },
  'artifacts-dir': { type: 'string' },
  'no-upload': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
};
const BUILD: Options = {
  target: { type: 'string', short: 't', multiple: true },
  builder: { type: 'string' },
  command: { type: 'string' },
  binaries: { type: 'string' },
  profile: { type: 'string' },
};
const PACKAGE: Options = {
  target: { type: 'string', short: 't', multiple: true },
  formats: { type: 'string', short: 'f' },
};
const SIGN: Options = {
  checksums: { type: 'string' },
  'per-file-checksums': { type: 'boolean' },
  'gpg-key': { type: 'string' },
  signatures: { type: 'string' },
  'signature-format': { type: 'string' },
  'no-sign-packages': { type: 'boolean' },
  sbom: { type: 'string' },
  'minisign-key': { type: 'string' },
  'authenticode-pfx': { type: 'string' },
  'authenticode-timestamp-url': { type: 'string' },
};
const PUBLISH: Options = {
  apt: { type: 'string' },
  yum: { type: 'string' },
  archlinux: { type: 'string' },
  'repo-dir': { type: 'string' },
  'repo-branch': { type: 'string' },
  'repo-remote': { type: 'string' },
  channel: { type: 'string' },
  'base-url': { type: 'string' },
  'gpg-key': { type: 'string' },
  unsigned: { type: 'boolean' },
  keep: { type: 'string' },
  retract: { type: 'string' },
  'promote-from': { type: 'string' },
  promote: { type: 'string' },
  'homebrew-tap': { type: 'string' },
  'scoop-bucket': { type: 'string' },
  winget: { type: 'boolean' },
  'winget-fork': { type: 'string' },
};
const SMOKE: Options = {
  target: { type: 'string', short: 't', multiple: true },
  command: { type: 'string' },
  expect: { type: 'string' },
  'no-install': { type: 'boolean' },
  'upgrade-from': { type: 'string' },
  timeout: { type: 'string' },
};

const COMMON_HELP = `
Common flags (the inputs every action has):
  -c, --config FILE             project config (default distro.yml; a missing default file is fine)
  -d, --dist-dir DIR            dist directory, relative to the working directory (default dist)
      --from NAME|GLOB          download and merge these artifacts first (repeatable or comma list)
      --artifact-prefix P       artifact names start with P (default distro)
      --version V               release version (default: v-tag in GITHUB_REF, config, git describe, 0.0.0)
  -C, --working-directory DIR   project directory, relative to the current directory (default .)
      --artifacts-dir DIR       local artifact store (default $DISTRO_ARTIFACTS_DIR or $RUNNER_TEMP/distro-artifacts)
      --no-upload               do not upload the stage's artifact to the store
  -q, --quiet                   only errors and the result
  -h, --help                    this help`;

/** Stands for the format names in HELP.package, filled in from src/formats/registry.ts when shown. */
const FORMAT_NAMES = '\u0000formats\u0000';

/** The help of `topic` ('' for the overview), or undefined for no such command. */
async function helpText(topic: string): Promise<string | undefined> {
  const text = HELP[topic];
  if (!text?.includes(FORMAT_NAMES)) return text;
  const { formatNames } = await import('./formats/registry.js');
  return text.replace(FORMAT_NAMES, formatNames().join(', '));
}

const HELP: Record<string, string> = {
  '': `distro ${VERSION} — build, package and checksum releases for many targets (the distro-actions stages, off GitHub)

Usage: distro <command> [flags]

Commands:
  build     build the project for one target and collect its binaries (action build-target)
  package   turn built binaries into deb and rpm packages and tar.gz, tar.xz, tar.zst, zip archives (action package-format)
  sign      sign rpms, write SBOMs, checksums and OpenPGP/minisign signatures (action sign-artifacts)
  smoke     run every target's binaries and install its packages under qemu (action qemu-smoke-test)
  publish   add the packages to signed APT and YUM repositories in a directory or git branch (action publish-repo)
  release   build every target, package and sign, in one dist directory
  rehearse  run a release workflow (.github/workflows/*.yml) on this machine, job by job, without Docker

Run 'distro <command> --help' or 'distro help <command>' for its flags. Exit codes: 0 success, 1 failure, 2 bad usage.`,
  build: `Usage: distro build [flags]

Build the project for one target and collect its binaries under <dist-dir>/build/<target>/.
  -t, --target T        target triple or alias (default: this machine)
      --builder B       cargo, go, cmake, make or command (default: detected from the project's files)
      --command CMD     the build command for builder 'command'
      --binaries LIST   names of the binaries to collect (default: the project name)
      --profile P       debug, release (default) or performance${COMMON_HELP}`,
  package: `Usage: distro package [flags]

Turn the built binaries of the manifest into packages and archives.
  -t, --target T        only this target (default: every target with binaries)
  -f, --formats LIST    ${FORMAT_NAMES} (default: 'formats' of the config, else tar.gz)${COMMON_HELP}`,
  sign: `Usage: distro sign [flags]

Sign rpm packages in place, write SBOMs, checksum files and detached signatures.
      --checksums LIST        sha256, sha512 or none (default: sign.checksums of the config, else both)
      --per-file-checksums    also write <file>.sha256 beside each artifact
      --gpg-key FILE          OpenPGP private key (armored or binary); its passphrase from $DISTRO_GPG_PASSPHRASE
      --signatures GLOBS      artifact paths to sign (default: every binary, archive, package and SBOM)
      --signature-format F    armor (.asc, default) or binary (.sig)
      --no-sign-packages      leave rpm packages unsigned
      --sbom LIST             spdx, cyclonedx, both or none (default: sign.sbom of the config, else both)
      --minisign-key FILE     also write .minisig signatures; its password from $DISTRO_MINISIGN_PASSWORD
      --authenticode-pfx FILE Authenticode-sign .exe and .msi files with this PFX; its password from
                              $DISTRO_AUTHENTICODE_PASSWORD
      --authenticode-timestamp-url URL  RFC 3161 timestamp server for the Authenticode signatures${COMMON_HELP}`,
  publish: `Usage: distro publish [flags]

Add the deb, rpm and Arch Linux packages of the manifest to signed APT, YUM and pacman repositories
(apt/, yum/<channel>/ and archlinux/<channel>/<arch>/ below the repository root) kept in a directory or a git branch. GitHub releases are made by the action.
      --repo-dir DIR          the repository root, a directory (relative to the current directory)
      --repo-branch B         or a branch (e.g. gh-pages) of --repo-remote (a git URL or path)
      --channel C             stable (default), beta, nightly or any name
      --base-url URL          where the repository root is served (for the .sources and .repo files)
      --gpg-key FILE          OpenPGP private key that signs; its passphrase from $DISTRO_GPG_PASSPHRASE
      --unsigned              publish without signatures (only without --gpg-key)
      --apt, --yum, --archlinux BOOL
                              publish that repository (default: when the manifest has such packages)
      --keep N                keep the last N versions of each package in the channel
      --retract LIST          name=version items to remove from the channel
      --promote-from C        copy versions from channel C (--promote LIST of name=version, else this version)
      --homebrew-tap O/N      push Formula/<name>.rb to this tap; token from $DISTRO_HOMEBREW_TAP_TOKEN
      --scoop-bucket O/N      push bucket/<name>.json to this bucket; token from $DISTRO_SCOOP_BUCKET_TOKEN
      --winget                write the winget manifests under <dist>/winget/
      --winget-fork O/N       and open a pull request against microsoft/winget-pkgs from this fork;
                              token from $DISTRO_WINGET_TOKEN${COMMON_HELP}`,
  smoke: `Usage: distro smoke [flags]

Run each target's binaries under qemu user-mode, install each package into a root filesystem of
its architecture, run the smoke command there, remove it, and write a JUnit report.
  -t, --target T        only this target (default: every target in the manifest)
      --command CMD     smoke command, split into arguments (default: smoke.command, else <binary> --version)
      --expect TEXT     text or /regex/ the output must match (default: smoke.expect)
      --no-install      run the binaries only
      --upgrade-from F  previous package files to install first (comma list)
      --timeout S       seconds per run (default: smoke.timeout, else 60)${COMMON_HELP}`,
  release: `Usage: distro release [flags]

Build every target (--target, else 'targets' of the config, else this machine), package and sign.
  -t, --target T        a target to build (repeatable or comma list)
  -f, --formats LIST    deb, rpm and archive formats (default: 'formats' of the config, else tar.gz)
      --builder B, --command CMD, --binaries LIST, --profile P    as for 'distro build'
      --checksums LIST, --per-file-checksums, --gpg-key FILE, --sbom LIST, …   as for 'distro sign'${COMMON_HELP}`,
};

const OPTIONS: Record<string, Options> = {
  build: { ...COMMON, ...BUILD },
  package: { ...COMMON, ...PACKAGE },
  sign: { ...COMMON, ...SIGN },
  smoke: { ...COMMON, ...SMOKE },
  publish: { ...COMMON, ...PUBLISH },
  release: { ...COMMON, ...BUILD, ...PACKAGE, ...SIGN },
};

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
  /** A live progress line on a terminal (see Logger.live); absent when stderr is no TTY. */
  live?: (line: string) => void;
}

function cliLogger(io: CliIo, quiet: boolean): Logger {
  let depth = 0;
  const pad = () => '  '.repeat(depth);
  return {
    info: (m) => {
      if (!quiet) for (const l of m.split('\n')) io.err(`${pad()}${l}`);
    },
    warn: (m, where) =>
      io.err(
        `${pad()}warning: ${where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : ''}${m}`,
      ),
    debug: (m) => {
      if (io.env.DISTRO_DEBUG) io.err(`${pad()}debug: ${m}`);
    },
    ...(io.live && !quiet ? { live: (line: string) => io.live!(line && `${pad()}${line}`) } : {}),
    group: async (title, fn) => {
      const t0 = Date.now();
      if (!quiet) io.err(`${pad()}▶ ${title}`);
      depth++;
      try {
        const r = await fn();
        depth--;
        if (!quiet) io.err(`${pad()}✔ ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
        return r;
      } catch (e) {
        depth--;
        throw e;
      }
    },
  };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => splitList(String(x)));
  return typeof v === 'string' ? splitList(v) : [];
}

/** A key file named by a flag: its text (a binary key as base64, which the loaders take). */
async function readSecretFile(cwd: string, file: string, flag: string, binary = false): Promise<string> {
  try {
    const data = await readFile(path.resolve(cwd, file));
    return binary || data.includes(0) || data[0]! >= 0x80 ? data.toString('base64') : data.toString('utf8');
  } catch (e) {
    throw new DistroError(`${flag} ${file}: cannot read it (${errorMessage(e)}).`, {
      key: flag,
      usage: true,
    });
  }
}

function report(io: CliIo, label: string, r: StageResult): void {
  for (const a of r.artifacts) io.out(`${label}\t${a.kind}\t${a.path}`);
}

/** Runs the CLI; returns the exit code. */
export async function cli(argv: string[], io?: Partial<CliIo>): Promise<number> {
  const full: CliIo = {
    cwd: io?.cwd ?? process.cwd(),
    env: io?.env ?? process.env,
    out: io?.out ?? ((l) => process.stdout.write(l + '\n')),
    err: io?.err ?? ((l) => process.stderr.write(l + '\n')),
  };
  // Run in a workflow step, the CLI's output is read for workflow commands: it issues none.
  const [out, err] = [full.out, full.err];
  full.out = (l) => out(neutraliseCommands(l));
  full.err = (l) => err(neutraliseCommands(l));
  if (!io && process.stderr.isTTY) {
    // the live line is redrawn in place; a log line first clears it (the next redraw brings it back)
    const clear = '\r\x1b[K';
    let shown = false;
    full.live = (l) => {
      const text = neutraliseCommands(l)
        .split('\n')[0]!
        .slice(0, (process.stderr.columns || 80) - 1);
      process.stderr.write(clear + text);
      shown = !!text;
    };
    full.err = (l) => {
      if (shown) process.stderr.write(clear);
      shown = false;
      err(neutraliseCommands(l));
    };
  }
  if (!io) removeOnSignals(); // the real process: a cancelled run leaves no temporary file
  const [command = '', ...rest] = argv;
  if (command === '--version' || command === '-V') {
    full.out(VERSION);
    return 0;
  }
  if (command === 'help' && rest.length) {
    // `distro help package` is `distro package --help`, as git and npm read it
    if (rest.length === 1 && rest[0] === 'rehearse')
      return (await import('./rehearse/cli.js')).rehearseCli(['--help'], full, (quiet) =>
        cliLogger(full, quiet),
      );
    const topic = await helpText(rest[0]!);
    if (rest.length > 1 || !topic || !rest[0]) {
      full.err(
        `distro help: no command '${rest.join(' ')}'. Commands: ${[...Object.keys(OPTIONS), 'rehearse'].join(', ')}.`,
      );
      return 2;
    }
    full.out(topic);
    return 0;
  }
  if (command === '' || command === '--help' || command === '-h' || command === 'help') {
    full.out(HELP['']!);
    return command === '' ? 2 : 0;
  }
  if (command === 'rehearse')
    return (await import('./rehearse/cli.js')).rehearseCli(rest, full, (quiet) => cliLogger(full, quiet));
  const options = OPTIONS[command];
  if (!options) {
    full.err(
      `distro: unknown command '${command}'. Commands: build, package, sign, smoke, publish, release, rehearse. See 'distro --help'.`,
    );
    return 2;
  }
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: rest, options, strict: true, allowPositionals: false }));
  } catch (e) {
    full.err(`distro ${command}: ${errorMessage(e)}. See 'distro ${command} --help'.`);
    return 2;
  }
  if (values.help) {
    full.out((await helpText(command))!);
    return 0;
  }
  const log = cliLogger(full, !!values.quiet);
  const env = values['artifacts-dir']
    ? { ...full.env, DISTRO_ARTIFACTS_DIR: path.resolve(full.cwd, String(values['artifacts-dir'])) }
    : full.env;
  const common: CommonOptions = {
    workspace: full.cwd,
    workingDirectory: str(values['working-directory']),
    config: str(values.config),
    distDir: str(values['dist-dir']),
    from: list(values.from),
    artifactPrefix: str(values['artifact-prefix']),
    version: str(values.version),
    upload: !values['no-upload'],
    env,
    log,
    store: createArtifactStore(env),
  };
  try {
    const build = {
      builder: str(values.builder),
      command: values.command ? splitCommand(String(values.command), '--command') : undefined,
      binaries: list(values.binaries),
      profile: str(values.profile),
    };
    const sign = {
      checksums: values.checksums !== undefined ? list(values.checksums) : undefined,
      perFile: values['per-file-checksums'] ? true : undefined,
      gpgPrivateKey: values['gpg-key']
        ? await readSecretFile(full.cwd, String(values['gpg-key']), '--gpg-key')
        : undefined,
      gpgPassphrase: env.DISTRO_GPG_PASSPHRASE,
      signatures: list(values.signatures),
      signatureFormat: str(values['signature-format']),
      signPackages: values['no-sign-packages'] ? false : undefined,
      sbom: list(values.sbom),
      minisignKey: values['minisign-key']
        ? await readSecretFile(full.cwd, String(values['minisign-key']), '--minisign-key')
        : undefined,
      minisignPassword: env.DISTRO_MINISIGN_PASSWORD,
      authenticodePfx: values['authenticode-pfx']
        ? await readSecretFile(full.cwd, String(values['authenticode-pfx']), '--authenticode-pfx', true)
        : undefined,
      authenticodePassword: env.DISTRO_AUTHENTICODE_PASSWORD,
      authenticodeTimestampUrl: str(values['authenticode-timestamp-url']),
    };
    const targets = list(values.target);
    switch (command) {
      case 'build': {
        if (targets.length > 1)
          throw new DistroError('distro build takes one --target; use distro release for several.', {
            usage: true,
          });
        const { buildStage } = await import('./stages/build.js');
        report(full, 'build', await buildStage({ ...common, ...build, target: targets[0] }));
        break;
      }
      case 'package': {
        if (targets.length > 1)
          throw new DistroError('distro package takes one --target (or none for all).', { usage: true });
        const { packageStage } = await import('./stages/package.js');
        report(
          full,
          'package',
          await packageStage({ ...common, target: targets[0], formats: list(values.formats) }),
        );
        break;
      }
      case 'sign': {
        const { signStage } = await import('./stages/sign.js');
        report(full, 'sign', await signStage({ ...common, ...sign }));
        break;
      }
      case 'smoke': {
        if (targets.length > 1)
          throw new DistroError('distro smoke takes one --target (or none for all).', { usage: true });
        const timeout = str(values.timeout);
        if (timeout !== undefined && !(Number(timeout) > 0))
          throw new DistroError(`--timeout must be a positive number of seconds, not '${timeout}'.`, {
            usage: true,
          });
        const { SmokeFailedError, smokeStage } = await import('./stages/smoke.js');
        try {
          const r = await smokeStage({
            ...common,
            target: targets[0],
            command: values.command ? splitCommand(String(values.command), '--command') : undefined,
            expect: str(values.expect),
            install: !values['no-install'],
            upgradeFrom: list(values['upgrade-from']),
            timeout: timeout === undefined ? undefined : Number(timeout),
            uid: process.getuid?.(),
          });
          report(full, 'smoke', r);
          full.out(`smoke\t${r.passed} passed, ${r.failed} failed\t${r.report}`);
        } catch (e) {
          if (e instanceof SmokeFailedError) {
            for (const c of e.result.results)
              full.out(`smoke\t${c.target}\t${c.subject}\t${c.check}\t${c.status}`);
          }
          throw e;
        }
        break;
      }
      case 'publish': {
        const bool = (flag: string): boolean | undefined => {
          const v = str(values[flag]);
          if (v === undefined) return undefined;
          if (v !== 'true' && v !== 'false')
            throw new DistroError(`--${flag} must be true or false, not '${v}'.`, { usage: true });
          return v === 'true';
        };
        const { parseVersionRefs, publishStage } = await import('./stages/publish.js');
        const keep = str(values.keep) ?? '0';
        if (!/^\d+$/.test(keep))
          throw new DistroError(`--keep must be a whole number, not '${keep}'.`, { usage: true });
        const r = await publishStage({
          ...common,
          apt: bool('apt'),
          yum: bool('yum'),
          archlinux: bool('archlinux'),
          repoDir: str(values['repo-dir']),
          repoBranch: str(values['repo-branch']),
          repoRemote: str(values['repo-remote']),
          channel: str(values.channel),
          baseUrl: str(values['base-url']),
          gpgPrivateKey: sign.gpgPrivateKey,
          gpgPassphrase: env.DISTRO_GPG_PASSPHRASE,
          unsigned: !!values.unsigned,
          keep: Number(keep),
          retract: parseVersionRefs(list(values.retract), '--retract'),
          promoteFrom: str(values['promote-from']),
          promote: parseVersionRefs(list(values.promote), '--promote'),
          homebrewTap: str(values['homebrew-tap']),
          homebrewTapToken: env.DISTRO_HOMEBREW_TAP_TOKEN,
          scoopBucket: str(values['scoop-bucket']),
          scoopBucketToken: env.DISTRO_SCOOP_BUCKET_TOKEN,
          winget: !!values.winget,
          wingetFork: str(values['winget-fork']),
          wingetToken: env.DISTRO_WINGET_TOKEN,
          apiUrl: env.GITHUB_API_URL || undefined,
          remoteFor: env.DISTRO_CHANNEL_REMOTE_BASE
            ? (repository: string) =>
                `${env.DISTRO_CHANNEL_REMOTE_BASE!.replace(/\/+$/, '')}/${repository}.git`
            : undefined,
        });
        report(full, 'publish', r);
        for (const l of [...r.added.map((a) => `added\t${a}`), ...r.removed.map((a) => `removed\t${a}`)])
          full.out(`publish\t${l}`);
        if (r.aptInstall) full.out(`publish\tapt\t${r.aptInstall}`);
        if (r.yumInstall) full.out(`publish\tdnf\t${r.yumInstall}`);
        if (r.wingetPr) full.out(`publish\twinget-pr\t${r.wingetPr}`);
        if (r.pacmanInstall) full.out(`publish\tpacman\t${r.pacmanInstall}`);
        break;
      }
      case 'release': {
        const [{ buildStage }, { packageStage }, { signStage }] = await Promise.all([
          import('./stages/build.js'),
          import('./stages/package.js'),
          import('./stages/sign.js'),
        ]);
        let chosen = targets;
        if (chosen.length === 0) {
          const { loadConfig } = await import('./config/index.js');
          const loaded = await loadConfig({
            file: common.config ?? 'distro.yml',
            cwd: path.resolve(full.cwd, common.workingDirectory ?? '.'),
            env,
            required: !!common.config,
          });
          chosen = loaded.config.targets?.length ? loaded.config.targets : ['host'];
        }
        for (const [i, t] of chosen.entries()) {
          const from = i === 0 ? common.from : [];
          report(full, 'build', await buildStage({ ...common, from, ...build, target: t }));
        }
        report(full, 'package', await packageStage({ ...common, from: [], formats: list(values.formats) }));
        report(full, 'sign', await signStage({ ...common, from: [], ...sign }));
        break;
      }
    }
    return 0;
  } catch (thrown) {
    const e = asUserError(thrown);
    if (e instanceof DistroError) {
      // Messages carry their own location (`distro.yml:4: formats[1]: …`).
      full.err(`distro ${command}: error: ${e.message}`);
      return e.usage ? 2 : 1;
    }
    full.err(`distro ${command}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}
