#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine: npm packages (exactly as locked)
# and Debian's Chromium for the browser tests (playwright-core drives it; nothing is downloaded).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
# xmllint (Debian's libxml2-utils) validates the SCORM manifests against the ADL and IMS schemas.
if ! command -v xmllint >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libxml2-utils >/dev/null
fi
npm ci --no-audit --no-fund
