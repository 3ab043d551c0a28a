#!/usr/bin/env bash
# Lints the OpenAPI document with Redocly's recommended rules; fails on any error.
#   tools/openapi/lint.sh [URL-or-FILE]      (default: http://localhost:8080/v3/api-docs)
# Starts nothing: point it at a running service or at a saved document. Needs node and npx
# (the npm registry); the CLI version is pinned.
set -euo pipefail
source="${1:-http://localhost:8080/v3/api-docs}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ "$source" =~ ^https?:// ]]; then
  curl -fsS "$source" -o "$work/openapi.json"
else
  cp "$source" "$work/openapi.json"
fi
npx --yes @redocly/cli@2.77.0 lint "$work/openapi.json" --format=stylish
