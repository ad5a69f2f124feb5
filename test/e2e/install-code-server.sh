#!/usr/bin/env bash
# Installs what the real-VS-Code tests need: Debian chromium (driven by playwright-core) and
# code-server (VS Code in the browser, from npm) into .ci/cache/code-server-<version>/.
# Idempotent: a cached install that answers --version is kept. Needs root for apt-get (CI is root).
# code-server 4.100.3 = VS Code 1.100.3, the last release that runs on Node 20.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CS_VERSION=${CS_VERSION:-4.100.3}
DEST=$ROOT/.ci/cache/code-server-$CS_VERSION
ts() { echo "[install-code-server $(date +%T) +${SECONDS}s] $*"; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  ts "apt-get install ${missing[*]}"
  apt-get install -y -q -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null \
    || { apt-get update -q >/dev/null && apt-get install -y -q -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null; }
fi

if [ -x "$DEST/node_modules/.bin/code-server" ] && XDG_CONFIG_HOME="$ROOT/.ci/cache/xdg" XDG_DATA_HOME="$ROOT/.ci/cache/xdg" "$DEST/node_modules/.bin/code-server" --version >/dev/null 2>&1; then
  ts "code-server $CS_VERSION already in $DEST"
  exit 0
fi

WORK=$ROOT/.ci/cache/tmp-install
rm -rf "$WORK" "$DEST"; mkdir -p "$WORK" "$DEST"
cd "$WORK"
export npm_config_yes=true           # node-pty's install runs `npx node-gyp`; ~/.npmrc may say yes=false
export npm_config_unsafe_perm=true   # code-server's postinstall refuses to run as root without it
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

ts "fetch code-server $CS_VERSION"
npm pack "code-server@$CS_VERSION" --silent >/dev/null
# @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache holds the tarball:
# seed that cache with Debian's rg under the name it looks for.
tar xzf "code-server-$CS_VERSION.tgz" package/lib/vscode/npm-shrinkwrap.json -O > shrinkwrap.json
RGV=$(node -p "(require('./shrinkwrap.json').packages['node_modules/@vscode/ripgrep']||{}).version||''")
if [ -n "$RGV" ]; then
  npm pack "@vscode/ripgrep@$RGV" --silent >/dev/null
  RGTAG=$(tar xzf "vscode-ripgrep-$RGV.tgz" package/lib/postinstall.js -O | sed -n "s/^const VERSION = '\(.*\)';/\1/p")
  CACHE=${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RGV
  mkdir -p "$CACHE"
  tar czf "$CACHE/ripgrep-$RGTAG-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  ts "seeded $CACHE with Debian's rg as ripgrep-$RGTAG"
fi

ts "npm install code-server (builds native modules; about a minute)"
cd "$DEST"
npm init -y >/dev/null
if ! npm install --silent --no-save "$WORK/code-server-$CS_VERSION.tgz" > "$WORK/install.log" 2>&1; then
  tail -40 "$WORK/install.log"
  rm -rf "$DEST"
  exit 1
fi
XDG_CONFIG_HOME="$WORK/xdg" XDG_DATA_HOME="$WORK/xdg" "$DEST/node_modules/.bin/code-server" --version | head -1
rm -rf "$WORK"
ts "installed into $DEST"
