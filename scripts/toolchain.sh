# Sourced by scripts/shopdesk.sh and .ci/run. Puts Node 24 first on PATH (installing the npm
# package node@24 into a cache folder outside the repo when the system Node is older) and makes
# sure a Chromium for the browser tests exists. Touches nothing of the system's own Node.

SHOPDESK_NODE_CACHE="${SHOPDESK_NODE_CACHE:-$HOME/.cache/shopdesk/node24}"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node24() {
  if [ "$(node_major)" -ge 24 ]; then return 0; fi
  if [ ! -x "$SHOPDESK_NODE_CACHE/node_modules/.bin/node" ]; then
    echo "ShopDesk needs Node 24; installing it into $SHOPDESK_NODE_CACHE (once)…" >&2
    mkdir -p "$SHOPDESK_NODE_CACHE"
    (cd "$SHOPDESK_NODE_CACHE" && npm install --no-save --no-package-lock --no-audit --no-fund node@24 >&2)
  fi
  export PATH="$SHOPDESK_NODE_CACHE/node_modules/.bin:$PATH"
  if [ "$(node_major)" -lt 24 ]; then
    echo "Could not get Node 24 (found $(node --version 2>/dev/null)). Install Node 24 and try again." >&2
    return 1
  fi
}

ensure_chromium() {
  local browser="${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-/usr/bin/chromium}"
  if [ -x "$browser" ]; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests…" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  else
    echo "The browser tests need Chromium at $browser (or set PLAYWRIGHT_CHROMIUM_EXECUTABLE)." >&2
    return 1
  fi
}

# npm ci when node_modules is missing or older than the lock file.
ensure_deps() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    # Electron's own installer downloads a binary; `npm start` fetches it when it can.
    ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
}
