#!/usr/bin/env bash
# Browser tests need Debian's Chromium (never a Playwright download). Install it
# when missing and we are root; otherwise fail with a message saying how.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -x "$chromium_path" ]]; then exit 0; fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $chromium_path: installing Debian's chromium package..." >&2
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2; then
    exit 0
  fi
fi
echo "ERROR: browser tests need Chromium at $chromium_path." >&2
echo "Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)." >&2
exit 1
