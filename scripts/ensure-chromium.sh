#!/usr/bin/env bash
# Installs Debian's Chromium when no Chromium is available. Idempotent: does nothing when one is found.
set -euo pipefail

for candidate in "${CHROMIUM_PATH:-}" /usr/lib/chromium/chromium /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found and this is not a Debian-like system: install Chromium or Chrome and set CHROMIUM_PATH." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Installing Chromium needs root: run 'apt-get install -y chromium' as root, or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

echo "Installing Chromium (Debian package, about 30 s)..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
echo "Chromium installed: $(/usr/lib/chromium/chromium --version)"
