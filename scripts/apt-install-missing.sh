#!/usr/bin/env bash
# Installs a Debian package when none of the given executables is there. Idempotent.
# Usage: apt-install-missing.sh <package> <what, for messages> <ENV_VAR> <path>...
# The variable, when set, names the developer's own binary and is tried first.
set -euo pipefail
package="$1" what="$2" variable="$3"
shift 3

for candidate in "${!variable:-}" "$@"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "No $what found and this is not a Debian-like system: install $what and set $variable." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Installing $what needs root: run 'apt-get install -y $package' as root, or set $variable." >&2
    exit 1
  fi
fi

echo "Installing $what (Debian package $package, about 30 s)..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null
echo "$what installed."
