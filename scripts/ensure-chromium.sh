#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing.
# Never a tool's own browser download: those fail on our machines.
set -u
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests..."
  (apt-get update -qq && apt-get install -y -qq chromium) >/tmp/chromium-install.log 2>&1 \
    && exit 0
fi
echo "Chromium is not available: the browser tests will be skipped (see tests/browser)." >&2
exit 1
