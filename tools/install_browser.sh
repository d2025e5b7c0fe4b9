#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (tests/site, tests/badge) when it is
# missing. Needs root (CI runs as root); does nothing when /usr/bin/chromium exists.
# Playwright drives this binary; its own browser download is not used.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install_browser.sh: /usr/bin/chromium is missing; run as root to install it" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium
