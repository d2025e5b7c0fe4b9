#!/usr/bin/env bash
# Install Debian's Chromium and the fonts the browser tests measure text with
# (tests/site, tests/badge) when they are missing. Playwright drives this binary;
# its own browser download is not used. Needs root (CI runs as root); without root
# it only says what is missing, and those tests skip with that reason.
set -euo pipefail

# fonts-liberation and unicode-data: sources of the badge width table, which a test regenerates
packages=(chromium fonts-dejavu-core fonts-lohit-deva fonts-noto-cjk fonts-noto-color-emoji
  fonts-liberation unicode-data)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "install_browser.sh: not installed: ${missing[*]} (needs root and apt-get);" \
       "the browser tests will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
