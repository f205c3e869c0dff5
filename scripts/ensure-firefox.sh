#!/usr/bin/env bash
# Installs Debian's Firefox ESR for the Firefox smoke test when it is missing (or use FIREFOX_PATH).
# It speaks WebDriver BiDi itself, so no driver or browser download is needed (docs/firefox.md).
set -euo pipefail
exec "$(dirname "$0")/apt-install-missing.sh" firefox-esr "Firefox ESR" FIREFOX_PATH /usr/bin/firefox-esr
