#!/usr/bin/env bash
# Debian packages GZMap's tests (and a desktop user on Debian/Ubuntu) need:
#  - fonts-noto-cjk: a system CJK font (the app also bundles its own, see resources/ui/fonts)
#  - Qt's runtime libraries for PySide6 (EGL/GL, xkbcommon, fontconfig, dbus, xcb-cursor)
#  - chromium + chromium-driver: the real browser that opens exported HTML in tests
#  - poppler-utils: pdftotext/pdffonts/pdftoppm to check exported PDFs
#  - xvfb: a virtual screen for screenshots of the real window
#  - nodejs, npm (only when missing): ESLint for the HTML page's script
#  - strace: the hostile-file tests check which files a command opens, GDAL and Qt included
#  - gdal-bin: gdalinfo/gdal_translate check that GDAL reads GZMap's own GeoTIFFs as written
#    (about 43 MB to download, 48 packages on a bare Debian 12)
set -euo pipefail
if [ "$(id -u)" != 0 ]; then
  echo "install_system_deps.sh: run as root (sudo) to install Debian packages" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  fonts-noto-cjk fontconfig \
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 \
  chromium chromium-driver \
  poppler-utils xvfb strace gdal-bin >/dev/null
# Node.js and npm run ESLint on the HTML page's script; keep the machine's own Node when it has one
if ! command -v npm >/dev/null; then
  apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
