#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine: npm packages (exactly as locked)
# and the Debian browsers the browser tests drive, nothing downloaded by npm: Chromium
# (playwright-core), Firefox ESR (puppeteer-core over WebDriver BiDi), and WebKitGTK's MiniBrowser
# with WebKitWebDriver (selenium-webdriver) on an Xvfb display, xmllint and pdftotext. Only what is missing is installed.
# The xAPI and cmi5 browser tests' LRS (Learning Locker's xapi-statements) has a package folder of
# its own, tests/lrs, kept out of the game's dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
# webkit2gtk-driver brings libwebkit2gtk-4.1-0, which holds MiniBrowser.
{ [ -x /usr/bin/WebKitWebDriver ] && [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ]; } || missing+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || missing+=(xvfb)
# xmllint (libxml2-utils) validates the SCORM manifests against the ADL and IMS schemas.
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
# pdftotext (poppler-utils) reads back the summary printed to PDF in the records tests.
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)

if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  # Another apt run (an unattended upgrade) may hold the lock for a while: wait rather than fail.
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
fi
npm ci --no-audit --no-fund
# --ignore-scripts: the LRS runs from its published dist/; nothing of it needs building.
# xapi-statements 5.0.1 declares Node 6 to 8 and npm warns about it on every install; it runs on
# Node 20 (the xAPI browser tests use it), so only errors are printed for this folder.
npm ci --prefix tests/lrs --no-audit --no-fund --ignore-scripts --loglevel=error
