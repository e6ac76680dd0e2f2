#!/usr/bin/env bash
# Installs what the end-to-end tests need and prints nothing else but progress:
#   - Debian packages (only when run as root and something is missing): Chromium to drive, a CJK font so
#     screenshots show Chinese, Neovim for the second editor, and what code-server's native modules build with;
#   - code-server (VS Code in the browser) from npm into a cache folder shared by later runs.
# VS Code's own test downloaders fetch from Microsoft's servers, which this kind of machine cannot reach;
# code-server comes from the npm registry instead.
set -euo pipefail
CS_VERSION=4.100.3          # VS Code 1.100.3; newer code-server needs Node 22+
CACHE=${LAW_REPORT_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/law-report-e2e}
CS_PREFIX=$CACHE/code-server-$CS_VERSION

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v nvim >/dev/null || missing+=(neovim)
command -v rg >/dev/null || missing+=(ripgrep)
fc-list 2>/dev/null | grep -qi 'wqy' || missing+=(fonts-wqy-microhei)
if [ ! -x "$CS_PREFIX/node_modules/.bin/code-server" ]; then
  [ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
  command -v g++ >/dev/null && command -v make >/dev/null || missing+=(build-essential)
  command -v pkg-config >/dev/null || missing+=(pkg-config)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "e2e: missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "e2e: apt-get install ${missing[*]}"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x "$CS_PREFIX/node_modules/.bin/code-server" ]; then
  echo "e2e: installing code-server $CS_VERSION into $CS_PREFIX"
  # @vscode/ripgrep's install script downloads rg from GitHub unless its cache already holds the archive:
  # put Debian's rg there under the name it looks for.
  RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  RG_ARCHIVE=$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
  if [ ! -s "$RG_ARCHIVE" ]; then
    mkdir -p "$RG_CACHE"; staging=$(mktemp -d); cp "$(command -v rg)" "$staging/rg"
    tar czf "$RG_ARCHIVE" -C "$staging" rg; rm -rf "$staging"
  fi
  mkdir -p "$CS_PREFIX"
  # As root, code-server's install script insists on unsafe-perm; node-pty runs `npx node-gyp`, which a
  # user-level `yes=false` would cancel; node-gyp builds against the system's Node headers.
  npm_config_yes=true npm_config_nodedir=${npm_config_nodedir:-/usr} \
    npm install --prefix "$CS_PREFIX" --unsafe-perm --no-audit --no-fund --loglevel=error \
    "code-server@$CS_VERSION" >/dev/null
fi
"$CS_PREFIX/node_modules/.bin/code-server" --config "$CS_PREFIX/config.yaml" --version | tail -1
