#!/usr/bin/env bash
# Checks that package-lock.json is what a fresh install produces: clones the committed tree into a
# temporary folder, runs `npm ci` and then `npm install` there, and fails when either fails or the
# lock file (or anything else) changed. Run it after adding or upgrading a dependency:
#   npm install <package> && git commit package.json package-lock.json && scripts/check-lock.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git clone --quiet "$repo" "$tmp/clone"
cd "$tmp/clone"
npm ci --no-audit --no-fund --loglevel=error
npm install --no-audit --no-fund --loglevel=error
changes="$(git status --porcelain)"
if [ -n "$changes" ]; then
  echo "a fresh install changes the tree:" >&2
  echo "$changes" >&2
  git diff --stat >&2
  mkdir -p "$repo/.cache"
  cp package-lock.json "$repo/.cache/package-lock.fresh.json"
  echo "the lock a fresh install writes is in .cache/package-lock.fresh.json: copy it over package-lock.json, commit, run again" >&2
  exit 1
fi
echo "package-lock.json: npm ci and npm install on a fresh clone leave the tree clean"
