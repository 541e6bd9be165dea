#!/usr/bin/env bash
# Installs the Debian 12 packages ShopDesk needs to build, test and run, when missing.
# Uses sudo when not run as root. Safe to run again: it installs nothing that is there.
# Slips: libqrencode for their QR codes, DejaVu and Noto CJK fonts for Latin and Hangul;
# the slip tests read the PDFs back with poppler-utils and zbar-tools.
# Sync: Qt WebSockets and HTTP server for shopdesk-hub, the QPSQL driver for a hub on
# PostgreSQL, postgresql itself for the tests that start a throwaway cluster, and openssl
# for the test certificate of the wss:// test.
# The window's icons are SVGs: libqt6svg6 has Qt's SVG icon engine.
# Printing: libcups2-dev, so that the window can tell a printer that refuses jobs and send raw
# jobs to a CUPS queue; qt6-serialport-dev for thermal printers on a serial port.
# Reports: Qt Charts draws the Reports tab's bars and the payment mix (GPL-3, see LICENSE); its
# CMake package needs Qt6OpenGL's, from libqt6opengl6-dev.
# Pictures: graphviz's dot renders docs/*.dot for the `docs` build target.
# Benchmarks: wrk drives bench_restapi against the REST API.
# REST API: Node.js runs the OpenAPI validator of core/hub/openapi.json (ctest openapi_valid;
# its packages come from tests/hub/openapi/vendor). Checked by command, not by package, so that
# a Node.js from elsewhere (NodeSource's nodejs) is kept.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6
    libsqlite3-dev sqlite3
    libqrencode-dev fonts-dejavu-core fonts-noto-cjk
    poppler-utils zbar-tools
    qt6-websockets-dev qt6-httpserver-dev libqt6sql6-psql postgresql openssl
    libcups2-dev qt6-serialport-dev
    qt6-charts-dev libqt6opengl6-dev
    graphviz wrk
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
command -v node >/dev/null || missing+=(nodejs)
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "deps.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "deps.sh: installing ${missing[*]}" >&2
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
