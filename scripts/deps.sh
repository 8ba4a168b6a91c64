#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the example release and the tests use: compilers (host and
# aarch64 cross), Go, Rust, CMake, qemu-user, and the real tools the tests check our output with
# (GNU tar, bsdtar, unzip, xz, zstd, coreutils' sha*sum, file, GNU time for the benchmark;
# dpkg-deb, lintian, rpm, rpmlint, createrepo_c and dnf for the deb and rpm packages; gpg, sqv and
# minisign for signatures; osslsigncode and mingw-w64 for Authenticode; ruby for Homebrew formulae;
# docker-registry, skopeo, umoci and apache2-utils (htpasswd) for OCI images; apt-ftparchive,
# debootstrap/mmdebstrap, qemu-user-static and pacman for repositories and smoke tests in foreign
# root filesystems; shellcheck, busybox and dash for install.sh; mingw, msitools/wixl,
# nsis and wine for the Windows installers and their smoke test).
set -euo pipefail
packages=("$@")
[ ${#packages[@]} -gt 0 ] || packages=(
  gcc g++ make cmake git file time
  gcc-aarch64-linux-gnu libc6-dev-arm64-cross binutils-aarch64-linux-gnu qemu-user
  gcc-arm-linux-gnueabihf libc6-dev-armhf-cross gcc-riscv64-linux-gnu libc6-dev-riscv64-cross
  gcc-i686-linux-gnu libc6-dev-i386-cross
  golang-go cargo rustc
  tar libarchive-tools zip unzip xz-utils zstd gzip coreutils
  dpkg-dev lintian fakeroot rpm rpm2cpio rpmlint createrepo-c dnf cpio
  gpg gpg-agent sqv minisign openssl apt-utils debootstrap mmdebstrap debian-archive-keyring qemu-user-static binfmt-support arch-test
  pacman-package-manager
  osslsigncode gcc-mingw-w64-x86-64 msitools ruby
  shellcheck busybox dash
  docker-registry skopeo umoci apache2-utils
  wixl nsis wine wine64
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && { echo "deps: all ${#packages[@]} packages present"; exit 0; }
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}"
