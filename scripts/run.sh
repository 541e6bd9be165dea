#!/usr/bin/env bash
# The run command: installs what is missing, builds, and starts ShopDesk's main job. Until
# the desktop window lands, that is a short shopdesk-cli tour on a demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh
cli=build/app/cli/shopdesk-cli
db="${SHOPDESK_DB:-$PWD/build/demo.db}"
if [ ! -s "$db" ]; then
    echo "== Making a demo shop in $db"
    "$cli" --db "$db" demo --products 200 --orders 1000
fi
echo "== Stock (first 10 products)"
"$cli" --db "$db" stock list --limit 10
echo "== A new order, paid in cash"
order=$("$cli" --db "$db" --json order place --customer "김민수" --phone 010-1234-5678 \
    --address "서울특별시 강남구 테헤란로 152" --item P00001:1 --item P00002:2 |
    sed -E 's/.*"orderId":"([^"]+)".*/\1/')
"$cli" --db "$db" order pay "$order" --method cash --tendered 100000
echo "== Its delivery slip, as a PDF"
"$cli" --db "$db" shop set --name "행복마트 강남점" --address "서울특별시 강남구 테헤란로 152" \
    --phone 02-555-1234 >/dev/null
"$cli" --db "$db" delivery slip "$order" --pdf "$PWD/build/slip-$order.pdf" --page a5
echo "== Deliveries under way (latest 5)"
"$cli" --db "$db" delivery list --status started --limit 5
echo "== Checking the database"
"$cli" --db "$db" verify
echo
echo "Try it yourself:  $cli --db $db --help"
