#!/usr/bin/env bash
# Installs Debian's Firefox ESR for the Firefox smoke test when it is missing. Idempotent: does
# nothing when $FIREFOX_PATH or /usr/bin/firefox-esr is there. It speaks WebDriver BiDi itself,
# so no driver or browser download is needed (docs/firefox.md).
set -euo pipefail

for candidate in "${FIREFOX_PATH:-}" /usr/bin/firefox-esr; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Firefox ESR found and this is not a Debian-like system: install Firefox (ESR 128 or later) and set FIREFOX_PATH." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Installing Firefox ESR needs root: run 'apt-get install -y firefox-esr' as root, or set FIREFOX_PATH." >&2
    exit 1
  fi
fi

echo "Installing Firefox ESR (Debian package, about 30 s)..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends firefox-esr >/dev/null
echo "Firefox installed: $(/usr/bin/firefox-esr --version)"
