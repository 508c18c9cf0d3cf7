#!/bin/sh
# After a writing command exits, the .gpkg alone holds everything (W2.6): its -wal is gone or empty
# even while another program (the app, a GIS viewer) keeps the inventory open, so a copy or an
# e-mail attachment of just the .gpkg has every row.
#   selfcontained.sh CLI
set -u
CLI=$1
export QT_QPA_PLATFORM=offscreen
T=$(mktemp -d)
reader=
trap '[ -n "$reader" ] && { touch "$T/done"; wait "$reader"; }; rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$CLI" demo --out "$T/inv.gpkg" --assets 10 >/dev/null 2>&1 || fail "demo inventory not created"
# A second connection stays open throughout, as the app's map would: SQLite then cannot delete the
# WAL when the command closes, so only a checkpoint puts the rows into the .gpkg.
python3 - "$T" <<'PY' &
import os, sqlite3, sys, time
t = sys.argv[1]
c = sqlite3.connect(os.path.join(t, 'inv.gpkg'))
c.execute('SELECT count(*) FROM assets').fetchall()
open(os.path.join(t, 'ready'), 'w').close()
while not os.path.exists(os.path.join(t, 'done')):
    time.sleep(0.05)
PY
reader=$!
while [ ! -e "$T/ready" ]; do kill -0 "$reader" 2>/dev/null || fail "the reader did not start"; sleep 0.05; done

printf '분류,명칭,경도,위도\n의자,쉼터 의자,126.9036,37.4748\n표지판,공원 안내판,126.9040,37.4750\n' > "$T/in.csv"
"$CLI" import "$T/inv.gpkg" "$T/in.csv" >/dev/null 2>&1 || fail "import failed"
"$CLI" survey open "$T/inv.gpkg" --title "2026 수요조사" --deadline 2026-12-31 >/dev/null 2>&1 || fail "survey open failed"
wal=$(stat -c %s "$T/inv.gpkg-wal" 2>/dev/null || echo 0)
[ "$wal" -eq 0 ] || fail "the -wal holds $wal bytes after the commands exited"

mkdir "$T/copy" && cp "$T/inv.gpkg" "$T/copy/inv.gpkg"
"$CLI" verify "$T/copy/inv.gpkg" >/dev/null 2>&1 || fail "the copied .gpkg alone does not verify"
"$CLI" stats "$T/copy/inv.gpkg" --json | python3 -c "import json,sys; d=json.load(sys.stdin); assert d['total'] == 12, d" || fail "the copy does not have all 12 rows"
"$CLI" survey list "$T/copy/inv.gpkg" 2>&1 | grep -q '2026 수요조사' || fail "the copy lost the survey"
ogrinfo -ro -so "$T/copy/inv.gpkg" assets | grep -q 'Feature Count: 12' || fail "GDAL does not see 12 rows in the copy"
