#!/usr/bin/env bash
# Usage: bash scripts/ensure-system-deps.sh
# The tests need Debian's Chromium (Playwright cannot download its own browser here), a CJK font
# (so Chinese renders as glyphs, not boxes, on screen and in the PDF; TrueType ones so the PDF names them)
# and poppler-utils
# (pdffonts/pdftotext/pdftoppm, to check the PDF). Installs them when it can (root + apt),
# otherwise stops with the one command to run.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
# TrueType CJK faces for the PDF: Chromium embeds these as named fonts (see src/styles/print.css).
fc-list 2>/dev/null | grep -q 'WenQuanYi Micro Hei' || missing+=(fonts-wqy-microhei)
fc-list 2>/dev/null | grep -q 'AR PL UMing' || missing+=(fonts-arphic-uming)
command -v pdffonts >/dev/null 2>&1 || missing+=(poppler-utils)
# Java for the W3C Nu validator (npm vnu-jar) in tests/e2e/html-valid.spec.ts.
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} from Debian's packages…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing ${missing[*]}: run 'sudo apt-get install -y --no-install-recommends ${missing[*]}' and try again." >&2
  exit 1
fi
