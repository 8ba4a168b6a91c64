#!/usr/bin/env bash
# `npm run example`: the local release of examples/hello-c — build for this machine and for
# aarch64 (Debian's cross gcc), package as deb, rpm, tar.gz and zip, write SBOMs and
# SHA256SUMS/SHA512SUMS — through the same stages and local artifact store the actions use.
# Output: examples/hello-c/dist/ (emptied first, like goreleaser --clean: a release is one version).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh gcc make gcc-aarch64-linux-gnu libc6-dev-arm64-cross binutils-aarch64-linux-gnu
[ -f dist/index.js ] || npm run bundle
export DISTRO_ARTIFACTS_DIR="$PWD/examples/hello-c/.distro-artifacts"
rm -rf examples/hello-c/dist "$DISTRO_ARTIFACTS_DIR"
node scripts/node24.mjs bin/distro.js release -C examples/hello-c --target host,aarch64-unknown-linux-gnu "$@"
echo
(cd examples/hello-c/dist && sha256sum -c SHA256SUMS)
