#!/usr/bin/env bash
# Installs the OpenAPI validator's packages, as package-lock.json pins them, into DEST (the
# build tree: ctest's fixture openapi_npm runs this before openapi_valid). npm ci runs only
# when DEST does not hold this lock's packages yet; it reaches the npm registry the first time
# and uses npm's cache after that.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${1:?usage: install.sh DEST}"
stamp="$dest/node_modules/.shopdesk-package-lock.json"

for tool in node npm; do
    if ! command -v "$tool" >/dev/null; then
        echo "openapi: '$tool' is missing; install nodejs and npm (bash scripts/deps.sh does)" >&2
        exit 1
    fi
done

if cmp -s "$here/package-lock.json" "$stamp"; then
    echo "openapi: validator packages up to date in $dest/node_modules"
    exit 0
fi

mkdir -p "$dest"
cp "$here/package.json" "$here/package-lock.json" "$dest/"
if ! (cd "$dest" && npm ci --ignore-scripts --no-audit --no-fund --prefer-offline); then
    echo "openapi: npm ci failed, so the validator of core/hub/openapi.json is not installed." >&2
    echo "openapi: it needs the npm registry ($(npm config get registry)) once, unless npm's" >&2
    echo "openapi: cache already holds the packages of tests/hub/openapi/package-lock.json." >&2
    exit 1
fi
cp "$here/package-lock.json" "$stamp"
echo "openapi: validator packages installed in $dest/node_modules"
