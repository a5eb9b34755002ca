#!/usr/bin/env bash
# The README's two commands: `bash scripts/shopdesk.sh start` and `bash scripts/shopdesk.sh test`
# (plus harness and bench). Brings Node 24 and the packages first, so a fresh clone just works.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
ensure_node24
command="${1:-start}"
shift || true
case "$command" in
  start) ensure_deps; exec npm start -- "$@" ;;
  test) ensure_chromium; ensure_deps; exec npm test -- "$@" ;;
  harness) ensure_deps; exec npm run harness -- "$@" ;;
  bench) ensure_deps; exec npm run bench -- "$@" ;;
  *) echo "usage: bash scripts/shopdesk.sh start|test|harness|bench [args]" >&2; exit 2 ;;
esac
