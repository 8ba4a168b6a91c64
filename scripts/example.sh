#!/usr/bin/env bash
# `npm run example`: the whole release of examples/hello-c on this machine, through the same stages
# and local artifact store the actions use — build for this machine and for aarch64 (Debian's cross
# gcc), package as deb, rpm, tar.gz and zip, sign everything with a throwaway OpenPGP key made for
# this run, smoke-test the binaries and packages under qemu, publish a signed APT and YUM repository
# into examples/hello-c/repo/, and print the lines that install the package from it.
# Output: examples/hello-c/dist/ and repo/ (emptied first, like goreleaser --clean: a release is one version).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh gcc make gcc-aarch64-linux-gnu libc6-dev-arm64-cross binutils-aarch64-linux-gnu \
  gpg gpg-agent qemu-user-static binfmt-support mmdebstrap debian-archive-keyring rpm
[ -f dist/index.js ] || npm run bundle
ex=examples/hello-c
export DISTRO_ARTIFACTS_DIR="$PWD/$ex/.distro-artifacts"
rm -rf "$ex/dist" "$ex/repo" "$DISTRO_ARTIFACTS_DIR"
distro=(node scripts/node24.mjs bin/distro.js)
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo --preserve-env=DISTRO_ARTIFACTS_DIR,SOURCE_DATE_EPOCH)

# A throwaway key, gone when this script ends: a real release signs with yours (gpg-private-key).
keys=$(mktemp -d)
trap 'gpgconf --homedir "$keys" --kill all 2>/dev/null || true; rm -rf "$keys"' EXIT
GNUPGHOME=$keys gpg --batch --quiet --passphrase '' --quick-gen-key \
  'hello example (throwaway key of npm run example) <hello@example.invalid>' ed25519 sign 1d
GNUPGHOME=$keys gpg --batch --armor --export-secret-keys >"$keys/key.asc"
echo "example: signing with a throwaway key made for this run (expires in a day; not for real releases)"

# A fixed version: the example's packages do not depend on the state of this clone (git describe).
"${distro[@]}" release -C "$ex" --version 1.0.0 --target host,aarch64-unknown-linux-gnu \
  -f deb,rpm,tar.gz,zip --gpg-key "$keys/key.asc" "$@"
(cd "$ex/dist" && sha256sum -c SHA256SUMS)
"${sudo[@]}" "${distro[@]}" smoke -C "$ex"
"${distro[@]}" publish -C "$ex" --version 1.0.0 --repo-dir "$ex/repo" --base-url "file://$PWD/$ex/repo" \
  --gpg-key "$keys/key.asc"
