#!/usr/bin/env bash
# Installs Debian's Chromium when no Chromium is available, and its language packs (chromium-l10n:
# without them Debian's Chromium runs in English whatever --lang says, and the German and Spanish
# e2e tests, test/e2e/i18n.test.ts, could not see the extension in those languages).
# Idempotent: does nothing when they are found.
set -euo pipefail
here="$(dirname "$0")"
"$here/apt-install-missing.sh" chromium Chromium CHROMIUM_PATH \
  /usr/lib/chromium/chromium /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome
# Only next to Debian's Chromium: another Chromium or Chrome brings its own languages.
# A language pack is data, not a program, so it is looked for here rather than by apt-install-missing.sh.
if [ -z "${CHROMIUM_PATH:-}" ] && [ -x /usr/lib/chromium/chromium ] && [ ! -e /usr/lib/chromium/locales/de.pak ]; then
  exec "$here/apt-install-missing.sh" chromium-l10n "Chromium's language packs" CHROMIUM_L10N_PATH
fi
