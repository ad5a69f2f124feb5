#!/usr/bin/env bash
# Installs the system parts the whole suite needs, when they are missing, so that the README's
# test command passes on a fresh machine (and .ci/run can simply call it):
#   - Debian's Chromium (browser tests, the VS Code e2e suite) and ripgrep/libkrb5-dev for code-server;
#   - jupyter nbconvert + nbclient + ipykernel (the example notebooks, run with tslab);
#   - code-server 4.100.3 into .ci/cache/ (test/e2e/install-code-server.sh);
#   - the database engines' packages (clickhouse-server/-client; PostgreSQL 15 is on the base image).
# Idempotent and quick when everything is there. apt-get needs root: without it, this prints the one
# command to run as root and fails, rather than letting suites fail one by one later.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
say() { echo "[test-setup] $*"; }

apt_missing=()
[ -x /usr/bin/chromium ] || apt_missing+=(chromium)
command -v rg >/dev/null || apt_missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || apt_missing+=(libkrb5-dev)
if [ ! -x /usr/bin/jupyter ] || ! /usr/bin/jupyter nbconvert --version >/dev/null 2>&1; then apt_missing+=(jupyter-nbconvert); fi
/usr/bin/python3 -c "import nbclient" 2>/dev/null || apt_missing+=(python3-nbclient)
/usr/bin/python3 -c "import ipykernel" 2>/dev/null || apt_missing+=(python3-ipykernel)
command -v clickhouse-server >/dev/null || [ -x /usr/bin/clickhouse ] || apt_missing+=(clickhouse-server clickhouse-client)
# strace injects EIO in the file-system failure tests; unshare (util-linux) runs saves in fresh PID namespaces.
command -v strace >/dev/null || apt_missing+=(strace)
command -v unshare >/dev/null || apt_missing+=(util-linux)

if [ ${#apt_missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "The test suite needs these Debian packages: ${apt_missing[*]}." >&2
    echo "Install them once as root:  apt-get update && apt-get install -y --no-install-recommends ${apt_missing[*]}" >&2
    exit 2
  fi
  say "apt-get install ${apt_missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  install() { apt-get install -y -q -o DPkg::Lock::Timeout=600 "$@" >/dev/null 2>&1; }
  if ! install "${apt_missing[@]}"; then
    apt-get update -q >/dev/null
    apt-get install -y -q -o DPkg::Lock::Timeout=600 "${apt_missing[@]}" >/dev/null
  fi
fi

bash "$ROOT/test/e2e/install-code-server.sh"
say "system parts present"
