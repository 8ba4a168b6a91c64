/**
 * The shell text of install.sh (format `installer`): POSIX sh, checked by shellcheck and run under
 * dash, bash and busybox ash in __tests__/installer.test.ts. `# @HEADER@` and `# @DATA@` are
 * replaced by renderInstaller (./index.ts); everything else is the script as users get it.
 *
 * A TypeScript string (not a .sh file beside it) so the bundle carries it. It is a String.raw
 * template, so the shell text must not contain a backtick or a dollar sign followed by a brace:
 * use $(...) and plain $var (the test checks the text for both).
 */
export const INSTALL_SH_TEMPLATE = String.raw`#!/bin/sh
# @HEADER@
#
# Usage: sh install.sh [options]   or   curl -fsSL <url>/install.sh | sh -s -- [options]
# Run with --help for the options. Nothing downloaded is ever run as shell code: the archive is
# checked against SHA256SUMS, and SHA256SUMS against the release's OpenPGP key, before anything
# is installed.
set -eu

# --- release data (written by distro-actions package-format) ---
# @DATA@
# --- end of release data ---

ME=install.sh
quiet=0
dry_run=0
uninstall=0
verify_sig=1
method=archive
want_version=''
prefix=''
tmp=''

usage() {
  cat <<EOF
Installs $NAME (release $RELEASE_TAG) for this machine.

Usage: sh install.sh [options]
       curl -fsSL <release url>/install.sh | sh -s -- [options]

Options:
  --version X            install release X (e.g. 1.2.3 or v1.2.3), or 'latest'
                         (default: $RELEASE_VERSION, the release this installer belongs to)
  --prefix DIR           install under DIR: DIR/bin, DIR/share/man, completions
                         (default: /usr/local as root, else ~/.local)
  --method archive|package
                         archive (default): the release's archive for this machine;
                         package: add the project's APT or YUM repository and install
                         the package with apt-get or dnf (needs root)
  --dry-run              download and check, print every action, change nothing
  --uninstall            remove exactly what an earlier install recorded in its receipt
  --no-verify-signature  do not check the OpenPGP signature of SHA256SUMS (not recommended)
  --quiet                print errors and warnings only
  --help                 this text

Platforms of this release: $(platforms)
EOF
}

say() { [ "$quiet" = 1 ] || printf '%s\n' "$*"; }
warn() { printf '%s: warning: %s\n' "$ME" "$*" >&2; }
die() {
  printf '%s: error: %s\n' "$ME" "$*" >&2
  exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }

# One argument quoted for a POSIX shell, so what is printed can be pasted.
quote() {
  case $1 in
    '' | *[!A-Za-z0-9_./:=@%+,-]*) printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")" ;;
    *) printf '%s' "$1" ;;
  esac
}

# Runs a command that changes the system, or with --dry-run prints it.
act() {
  line=''
  for a in "$@"; do line="$line $(quote "$a")"; done
  if [ "$dry_run" = 1 ]; then
    printf 'would run:%s\n' "$line"
  else
    [ "$quiet" = 1 ] || printf '+%s\n' "$line"
    "$@"
  fi
}

# The value of an option: --opt=value, or the next argument.
optval() {
  case $1 in
    *=*) printf '%s' "$1" | sed 's/^[^=]*=//' ;;
    *)
      [ "$#" -ge 2 ] || die "$1 needs a value (see --help)"
      printf '%s' "$2"
      ;;
  esac
}

parse_args() {
  while [ "$#" -gt 0 ]; do
    n=1
    case $1 in
      --version | --prefix | --method) n=2 ;;
    esac
    case $1 in
      --version | --version=*) want_version=$(optval "$@") ;;
      --prefix | --prefix=*) prefix=$(optval "$@") ;;
      --method | --method=*) method=$(optval "$@") ;;
      --dry-run) dry_run=1 ;;
      --uninstall) uninstall=1 ;;
      --no-verify-signature) verify_sig=0 ;;
      --quiet | -q) quiet=1 ;;
      --help | -h)
        usage
        exit 0
        ;;
      *) die "unknown option '$1' (see --help)" ;;
    esac
    [ "$#" -ge "$n" ] || die "$1 needs a value (see --help)"
    shift "$n"
  done
  case $method in
    archive | package) ;;
    *) die "--method: '$method' is not archive or package" ;;
  esac
  case $prefix in
    '' | /*) ;;
    *) prefix="$(pwd)/$prefix" ;;
  esac
}

# The platforms this release has archives for, as os/arch.
platforms() {
  printf '%s\n' "$ARCHIVES" | while read -r p_os p_arch _rest; do
    if [ -n "$p_os" ]; then printf '%s/%s\n' "$p_os" "$p_arch"; fi
  done | sort -u | tr '\n' ' ' | sed 's/ $//'
}

detect_os() {
  case $(uname -s) in
    Linux) echo linux ;;
    Darwin) echo darwin ;;
    FreeBSD) echo freebsd ;;
    *) uname -s | tr '[:upper:]' '[:lower:]' ;;
  esac
}

detect_arch() {
  m=$(uname -m)
  case $m in
    x86_64 | amd64 | x64) echo amd64 ;;
    i386 | i486 | i586 | i686 | x86) echo 386 ;;
    aarch64 | arm64) echo arm64 ;;
    armv7* | armv8l | armhf) echo armv7 ;;
    riscv64) echo riscv64 ;;
    ppc64le) echo ppc64le ;;
    s390x) echo s390x ;;
    *) echo "$m" ;;
  esac
}

# musl or gnu: which C library this Linux system runs on.
detect_libc() {
  for f in /lib/ld-musl-* /lib64/ld-musl-*; do
    [ -e "$f" ] && {
      echo musl
      return
    }
  done
  echo gnu
}

# Safe names only: a tag or version never carries shell or sed syntax into what follows.
check_name() {
  case $2 in
    '' | *[!A-Za-z0-9._+~-]*) die "$1 '$2' is not a release name (letters, digits and . _ + ~ - only)" ;;
  esac
}

fetch() {
  if [ "$downloader" = curl ]; then
    curl -fsSL --retry 3 -o "$2" "$1"
  else
    wget -q -O "$2" "$1"
  fi
}

resolve_version() {
  case $want_version in
    '' | "$RELEASE_TAG" | "$RELEASE_VERSION")
      tag=$RELEASE_TAG
      version=$RELEASE_VERSION
      return
      ;;
    latest)
      [ -n "$LATEST_URL" ] || die "--version latest: this installer does not know the project's GitHub repository"
      say "Asking $LATEST_URL for the latest release"
      fetch "$LATEST_URL" "$tmp/latest.json" || die "cannot read the latest release from $LATEST_URL"
      tag=$(sed -n 's/.*"tag_name"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$tmp/latest.json" | head -n 1)
      [ -n "$tag" ] || die "$LATEST_URL gave no tag_name"
      ;;
    v[0-9]*) tag=$want_version ;;
    *) tag="v$want_version" ;;
  esac
  check_name "the release tag" "$tag"
  case $tag in
    v[0-9]*) version=$(printf '%s' "$tag" | sed 's/^v//') ;;
    *) version=$tag ;;
  esac
}

# Picks the archive line for this machine: same os and arch, the C library of the system
# preferred, and the first format whose unpacker is installed.
pick_archive() {
  best=''
  best_score=0
  while read -r a_os a_arch a_abi a_file a_bins; do
    if [ "$a_os" != "$os" ] || [ "$a_arch" != "$arch" ]; then continue; fi
    score=1
    case $a_abi in
      "$libc"*) score=3 ;;
      musl*) score=2 ;;
    esac
    case $a_file in
      *.tar.gz | *.tgz) have tar && have gzip && score=$((score * 10 + 4)) ;;
      *.tar.xz) have tar && have xz && score=$((score * 10 + 3)) ;;
      *.zip) have unzip && score=$((score * 10 + 2)) ;;
      *.tar.zst) have tar && have zstd && score=$((score * 10 + 1)) ;;
    esac
    if [ "$score" -gt "$best_score" ]; then
      best="$a_file $a_bins"
      best_score=$score
    fi
  done <<EOF
$ARCHIVES
EOF
  [ -n "$best" ] || die "this release has no archive for $os/$arch; it has: $(platforms)"
  [ "$best_score" -ge 10 ] || die "missing tool: the archive for $os/$arch is $(printf '%s' "$best" | sed 's/ .*//'); install tar with gzip, xz or zstd, or unzip"
  file=$(printf '%s' "$best" | sed 's/ .*//' | sed "s/@VERSION@/$version/g")
  bins=$(printf '%s' "$best" | sed 's/^[^ ]* //' | tr ',' ' ')
}

sha256() {
  if have sha256sum; then
    sha256sum "$1" | cut -d ' ' -f 1
  elif have shasum; then
    shasum -a 256 "$1" | cut -d ' ' -f 1
  else
    die "missing tool: sha256sum or shasum is needed to check the download"
  fi
}

# The sum of $2 listed in the checksum file $1.
listed_sum() {
  awk -v f="$2" '$2 == f || $2 == ("*" f) { print $1; exit }' "$1"
}

# Checks the clearsigned SHA256SUMS.asc with gpg against the key baked into this script and
# leaves the signed text in $tmp/sums.signed.
verify_gpg() {
  mkdir -m 700 "$tmp/gnupg"
  gpg --homedir "$tmp/gnupg" --batch --quiet --no-autostart --import "$tmp/key" 2>"$tmp/gpg.err" ||
    die "cannot read the release key $KEY_FILE: $(cat "$tmp/gpg.err")"
  if ! gpg --homedir "$tmp/gnupg" --batch --no-autostart --status-fd 1 --output "$tmp/sums.signed" \
    --decrypt "$tmp/sums.asc" >"$tmp/gpg.status" 2>"$tmp/gpg.err"; then
    die "the signature of $SUMS does not verify: $SUMS.asc was changed or not made by key $FINGERPRINT; nothing installed"
  fi
  signer=$(awk '$1 == "[GNUPG:]" && $2 == "VALIDSIG" { print $NF; exit }' "$tmp/gpg.status")
}

# The same with sqv (Sequoia), which takes detached signatures: the clearsigned file is split
# into its text (without the last line end, as OpenPGP signs it) and its signature.
verify_sqv() {
  sed -n '/^-----BEGIN PGP SIGNATURE-----$/,/^-----END PGP SIGNATURE-----$/p' "$tmp/sums.asc" >"$tmp/sums.sig"
  sed -n '/^-----BEGIN PGP SIGNED MESSAGE-----$/,/^-----BEGIN PGP SIGNATURE-----$/p' "$tmp/sums.asc" |
    sed '1,/^$/d;$d' | sed 's/^- //' >"$tmp/sums.signed"
  printf '%s' "$(cat "$tmp/sums.signed")" >"$tmp/sums.text"
  signer=$(sqv --keyring "$tmp/key" "$tmp/sums.sig" "$tmp/sums.text" 2>"$tmp/sqv.err") ||
    die "the signature of $SUMS does not verify: $SUMS.asc was changed or not made by key $FINGERPRINT; nothing installed ($(cat "$tmp/sqv.err"))"
  signer=$(printf '%s\n' "$signer" | grep -x "$FINGERPRINT" | head -n 1 || true)
}

# Downloads the archive and the checksums, checks the signature and the checksum.
download_and_check() {
  base="$DOWNLOAD_URL/$tag"
  # GitHub stores a release asset with every character but letters, digits and . _ + - turned
  # into a dot (a ~ of a prerelease version, say); SHA256SUMS keeps the file's own name
  remote=$file
  case $DOWNLOAD_URL in
    */releases/download) remote=$(printf '%s' "$file" | tr -c 'A-Za-z0-9._+-' '.') ;;
  esac
  say "Downloading $base/$remote"
  fetch "$base/$remote" "$tmp/$file" || die "cannot download $base/$remote (is $tag a release of $NAME?)"
  fetch "$base/$SUMS" "$tmp/sums" || die "cannot download $base/$SUMS; without it the download cannot be checked"
  sums="$tmp/sums"
  if [ -z "$FINGERPRINT" ]; then
    say "Note: this release is not signed; checking $SUMS only"
  elif [ "$verify_sig" = 0 ]; then
    warn "NOT checking the OpenPGP signature of $SUMS (--no-verify-signature): the download is only as trustworthy as the server it came from"
  elif ! have gpg && ! have sqv; then
    warn "neither gpg nor sqv is installed: the signature of $SUMS (key $FINGERPRINT) is NOT checked; install gnupg or sqv to check it"
  else
    fetch "$base/$SUMS.asc" "$tmp/sums.asc" || die "cannot download $base/$SUMS.asc: this release is signed (key $FINGERPRINT) and its signature is missing; nothing installed"
    fetch "$base/$KEY_FILE" "$tmp/key" || die "cannot download the release key $base/$KEY_FILE"
    if have gpg; then verify_gpg; else verify_sqv; fi
    if [ "$(printf '%s' "$signer" | tr 'a-f' 'A-F')" != "$FINGERPRINT" ]; then
      die "$SUMS.asc is not signed by the key of $NAME ($FINGERPRINT) but by '$signer'; nothing installed"
    fi
    say "Signature of $SUMS: good, key $FINGERPRINT"
    [ "$(listed_sum "$tmp/sums.signed" "$file")" = "$(listed_sum "$tmp/sums" "$file")" ] ||
      die "$SUMS differs from its signed copy $SUMS.asc for $file; nothing installed"
    sums="$tmp/sums.signed"
  fi
  want=$(listed_sum "$sums" "$file")
  [ -n "$want" ] || die "$SUMS does not list $file; nothing installed"
  got=$(sha256 "$tmp/$file")
  [ "$got" = "$want" ] || die "checksum mismatch for $file: expected $want, got $got; nothing installed"
  say "Checksum of $file: good"
}

unpack() {
  mkdir "$tmp/x"
  case $file in
    *.tar.gz | *.tgz) gzip -dc "$tmp/$file" | (cd "$tmp/x" && tar -xf -) ;;
    *.tar.xz) xz -dc "$tmp/$file" | (cd "$tmp/x" && tar -xf -) ;;
    *.tar.zst) zstd -qdc "$tmp/$file" | (cd "$tmp/x" && tar -xf -) ;;
    *.zip) unzip -q "$tmp/$file" -d "$tmp/x" ;;
  esac
  # an archive made with wrap_in_directory has one top directory
  top="$tmp/x"
  set -- "$tmp/x"/*
  if [ "$#" = 1 ] && [ -d "$1" ]; then top=$1; fi
}

# Creates a directory (and records the ones it made, so --uninstall can remove them again).
make_dir() {
  [ -d "$1" ] && return 0
  case $receipt_lines in *"dir $1
"*) return 0 ;; esac
  make_dir "$(dirname "$1")"
  act mkdir "$1"
  record "dir $1"
}

# Adds a line to the receipt.
record() {
  receipt_lines="$receipt_lines$1
"
}

put() { # put SRC DEST MODE
  make_dir "$(dirname "$2")"
  act cp "$1" "$2.new-$$"
  act chmod "$3" "$2.new-$$"
  act mv -f "$2.new-$$" "$2"
  record "file $2"
}

install_archive() {
  installed=''
  for b in $bins; do
    [ -f "$top/$b" ] || die "the archive $file has no $b"
    put "$top/$b" "$bindir/$b" 755
    installed="$installed $b"
  done
  # man pages (man/<name>.<section>[.gz] or <name>.<section>) and shell completions
  find "$top" -type f | sort >"$tmp/files"
  while IFS= read -r f; do
    base=$(basename "$f")
    case " $bins " in *" $base "*) continue ;; esac
    case $base in
      *.[1-9] | *.[1-9].gz)
        s=$(printf '%s' "$base" | sed 's/\.gz$//; s/.*\.\([1-9]\)$/\1/')
        put "$f" "$prefix/share/man/man$s/$base" 644
        ;;
      *.bash | *.bash-completion)
        put "$f" "$prefix/share/bash-completion/completions/$(printf '%s' "$base" | sed 's/\.bash\(-completion\)\{0,1\}$//')" 644
        ;;
      _*) case $f in */completion*/* | */complete/*) put "$f" "$prefix/share/zsh/site-functions/$base" 644 ;; esac ;;
      *.zsh) put "$f" "$prefix/share/zsh/site-functions/_$(printf '%s' "$base" | sed 's/\.zsh$//')" 644 ;;
      *.fish) put "$f" "$prefix/share/fish/vendor_completions.d/$base" 644 ;;
    esac
  done <"$tmp/files"
}

write_receipt() {
  make_dir "$(dirname "$receipt")"
  if [ "$dry_run" = 1 ]; then
    say "would write the receipt $receipt"
    return
  fi
  # a reinstall keeps what the earlier install recorded: --uninstall removes both
  if [ -f "$receipt" ]; then
    grep -E '^(file|dir|repo|package) ' "$receipt" >"$tmp/old" || true
    receipt_lines=$(printf '%s%s' "$receipt_lines" "$(cat "$tmp/old")" | sort -u)
    receipt_lines="$receipt_lines
"
  fi
  {
    printf '# %s %s installed by install.sh (%s); --uninstall removes what is listed here\n' "$NAME" "$version" "$method"
    printf 'version %s\n' "$version"
    printf 'method %s\n' "$method"
    printf '%s' "$receipt_lines"
  } >"$receipt.new-$$"
  mv -f "$receipt.new-$$" "$receipt"
}

do_uninstall() {
  [ -f "$receipt" ] || die "no receipt at $receipt: $NAME was not installed here by install.sh (try --prefix)"
  say "Removing $NAME as recorded in $receipt"
  dirs=''
  while read -r kind path; do
    case $kind in
      file)
        case $path in
          "$prefix"/*) if [ -e "$path" ] || [ -L "$path" ]; then act rm -f "$path"; fi ;;
          *) warn "$receipt lists $path outside $prefix; left alone" ;;
        esac
        ;;
      dir) dirs="$dirs$path
" ;;
      package) remove_package "$path" ;;
      repo) if [ -e "$path" ]; then act rm -f "$path"; fi ;;
    esac
  done <"$receipt"
  act rm -f "$receipt"
  # the directories it made, deepest first, when nothing else is in them
  printf '%s' "$dirs" | sort -r | while IFS= read -r d; do
    if [ -d "$d" ] && rmdir "$d" 2>/dev/null; then say "removed $d"; fi
  done
  say "$NAME removed."
}

# --method package: the APT or YUM repository made by publish-repo, then apt-get or dnf.
install_package() {
  [ -n "$REPO_URL" ] || die "--method package: this release names no package repository; use --method archive"
  [ "$(id -u)" = 0 ] || die "--method package needs root (run it with sudo)"
  [ -z "$want_version" ] || [ "$want_version" = latest ] || warn "--method package installs the repository's newest $PACKAGE; --version is ignored"
  if have apt-get; then
    keyring=/etc/apt/keyrings/$NAME.gpg
    src=/etc/apt/sources.list.d/$NAME.sources
    act mkdir -p /etc/apt/keyrings
    fetch "$REPO_URL/apt/$NAME.gpg" "$tmp/repo.gpg" || die "cannot download the repository key $REPO_URL/apt/$NAME.gpg"
    check_repo_key "$tmp/repo.gpg"
    act cp "$tmp/repo.gpg" "$keyring"
    printf 'Types: deb\nURIs: %s/apt/\nSuites: %s\nComponents: %s\nSigned-By: %s\n' "$REPO_URL" "$CHANNEL" "$COMPONENT" "$keyring" >"$tmp/sources"
    act cp "$tmp/sources" "$src"
    act apt-get update -o "Dir::Etc::sourcelist=$src" -o Dir::Etc::sourceparts=- -o APT::Get::List-Cleanup=0
    act apt-get install -y "$PACKAGE"
    manager=apt-get
  elif have dnf; then
    keyring=''
    src=/etc/yum.repos.d/$NAME-$CHANNEL.repo
    printf '[%s-%s]\nname=%s (%s)\nbaseurl=%s/yum/%s\nenabled=1\ngpgcheck=1\nrepo_gpgcheck=1\ngpgkey=%s/yum/RPM-GPG-KEY-%s\n' \
      "$NAME" "$CHANNEL" "$NAME" "$CHANNEL" "$REPO_URL" "$CHANNEL" "$REPO_URL" "$NAME" >"$tmp/repo"
    act cp "$tmp/repo" "$src"
    act dnf install -y "$PACKAGE"
    manager=dnf
  else
    die "--method package needs apt-get or dnf; use --method archive"
  fi
  record "repo $src"
  [ -z "$keyring" ] || record "repo $keyring"
  record "package $manager"
  version=repository
}

# The repository key must be the release's key, when gpg can tell (apt then checks the repository with it).
check_repo_key() {
  if [ -z "$FINGERPRINT" ] || [ "$verify_sig" = 0 ] || ! have gpg; then return 0; fi
  mkdir -m 700 "$tmp/gnupg-repo"
  got=$(gpg --homedir "$tmp/gnupg-repo" --batch --no-autostart --with-colons --show-keys "$1" 2>/dev/null |
    awk -F: '$1 == "fpr" { print $10; exit }')
  [ "$got" = "$FINGERPRINT" ] || die "the repository key $REPO_URL/apt/$NAME.gpg is not the key of $NAME ($FINGERPRINT); nothing installed"
}

remove_package() {
  case $1 in
    apt-get) act apt-get purge -y "$PACKAGE" ;;
    dnf) act dnf remove -y "$PACKAGE" ;;
  esac
}

main() {
  parse_args "$@"
  if [ -z "$prefix" ]; then
    if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
  fi
  bindir="$prefix/bin"
  receipt="$prefix/share/distro-install/$NAME.receipt"
  receipt_lines=''
  if [ "$uninstall" = 1 ]; then
    do_uninstall
    return
  fi
  if have curl; then
    downloader=curl
  elif have wget; then
    downloader=wget
  else
    die "missing tool: curl or wget is needed to download $NAME"
  fi
  tmp=$(mktemp -d 2>/dev/null || mktemp -d -t distro-install)
  trap 'rm -rf "$tmp"' EXIT
  trap 'exit 130' INT TERM
  [ "$dry_run" = 0 ] || say "Dry run: nothing is changed."
  if [ "$method" = package ]; then
    install_package
    write_receipt
    say "$PACKAGE installed from the $CHANNEL repository."
    return
  fi
  os=$(detect_os)
  arch=$(detect_arch)
  libc=gnu
  [ "$os" != linux ] || libc=$(detect_libc)
  resolve_version
  pick_archive
  say "Installing $NAME $version for $os/$arch into $prefix"
  download_and_check
  unpack
  install_archive
  write_receipt
  if [ "$dry_run" = 1 ]; then
    say "Dry run done: nothing was changed."
    return
  fi
  say "Installed$installed into $bindir."
  case ":$PATH:" in
    *":$bindir:"*) ;;
    *) say "Note: $bindir is not on your PATH; add it, e.g.: export PATH=$(quote "$bindir"):\"\$PATH\"" ;;
  esac
}

main "$@" </dev/null
`;
