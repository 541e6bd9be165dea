#!/usr/bin/env bash
# The run command: installs what is missing, builds, and starts the ShopDesk window on a demo
# shop (made on the first run). Without a display it says so and renders the window to PNGs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh
app=build/app/desktop/shopdesk
db="${SHOPDESK_DB:-$PWD/build/demo.db}"
demo=()
[ -s "$db" ] || demo=(--demo)
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    echo "== Starting ShopDesk on $db"
    exec "$app" --db "$db" "${demo[@]}" "$@"
fi
echo "== No display here (DISPLAY is not set): rendering the window to PNGs instead"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$PWD/build/xdg-runtime}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
for tab in orders inventory deliveries; do
    "$app" --db "$db" "${demo[@]}" --screenshot "build/shopdesk-$tab.png" --tab "$tab" "$@"
    demo=()
    echo "   build/shopdesk-$tab.png"
done
echo "On a machine with a display, the same command opens the window."
echo "The command-line tool works anywhere: build/app/cli/shopdesk-cli --db $db --help"
