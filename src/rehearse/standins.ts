/**
 * Stand-ins on the PATH of `run:` steps: a rehearsal does not change this machine's packages and
 * never gains privileges. `sudo` runs its command as the rehearsing user; `apt-get update` is
 * skipped and `apt-get install` checks the packages are installed, failing with the command that
 * installs the missing ones; any other apt-get command runs as it is.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SUDO = `#!/bin/sh
# distro rehearse stand-in: run the command without changing user.
while [ $# -gt 0 ]; do
  case "$1" in
    --) shift; break ;;
    -u|-g|-C|-D|-h|-p|-r|-t|-U) shift 2 ;;
    -*) shift ;;
    *) break ;;
  esac
done
exec "$@"
`;

const APT_GET = `#!/bin/bash
# distro rehearse stand-in: this machine's packages are not changed by a rehearsal.
words=()
skip=0
for a in "$@"; do
  if [ $skip = 1 ]; then skip=0; continue; fi
  case "$a" in
    -o|-c|-t|--option|--config-file|--target-release) skip=1 ;;
    -*) ;;
    *) words+=("$a") ;;
  esac
done
case "\${words[0]}" in
  update)
    echo "rehearse: apt-get update skipped (stand-in: a rehearsal does not change this machine's packages)"
    ;;
  install)
    missing=()
    for p in "\${words[@]:1}"; do
      [ "$(dpkg-query -W -f='\${Status}' "\${p%%=*}" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
    done
    if [ \${#missing[@]} -gt 0 ]; then
      echo "rehearse: apt-get install stand-in: not installed on this machine: \${missing[*]}; install them first (sudo apt-get install -y \${missing[*]}) and rehearse again" >&2
      exit 100
    fi
    echo "rehearse: apt-get install stand-in: already installed: \${words[*]:1}"
    ;;
  *)
    PATH="\${PATH#*:}" exec apt-get "$@"
    ;;
esac
`;

/** Writes the stand-ins into `dir` (put first on the PATH of run steps). */
export async function writeStandIns(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of [
    ['sudo', SUDO],
    ['apt-get', APT_GET],
  ] as const) {
    await writeFile(path.join(dir, name), text);
    await chmod(path.join(dir, name), 0o755);
  }
  return dir;
}
