#!/usr/bin/env bash
# Installs Debian's Chromium when no Chromium is available. Idempotent: does nothing when one is found.
set -euo pipefail
exec "$(dirname "$0")/apt-install-missing.sh" chromium Chromium CHROMIUM_PATH \
  /usr/lib/chromium/chromium /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome
