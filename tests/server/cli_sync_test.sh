#!/bin/sh
# goodcity-cli sync against goodcity-server on a GeoPackage store, driven as the office would.
# usage: cli_sync_test.sh GOODCITY_CLI GOODCITY_SERVER
set -eu
cli=$1 srv=$2
t=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$t"' EXIT
export QT_QPA_PLATFORM=offscreen
"$cli" demo --out "$t/field.gpkg" --assets 20 --no-history >/dev/null 2>&1
"$srv" --store "$t/office.gpkg" init >/dev/null
echo "office-pass-1" | "$srv" --store "$t/office.gpkg" user add kim --role office --password-stdin >/dev/null
echo "crew-pass-12" | "$srv" --store "$t/office.gpkg" user add lee --role crew --password-stdin >/dev/null
"$srv" --store "$t/office.gpkg" --listen 127.0.0.1:0 >"$t/out" 2>"$t/err" &
pid=$!
i=0; while ! grep -q listening "$t/out"; do i=$((i+1)); [ $i -gt 300 ] && exit 2; sleep 0.1; done
url=$(sed -n 's|.*\(http://127.0.0.1:[0-9]*/\).*|\1|p' "$t/out")
# Wrong password: exit 1, nothing sent.
set +e
echo "nope-nope-nope" | "$cli" sync "$t/field.gpkg" --server "$url" --user kim --password-stdin 2>"$t/e1"; rc=$?
set -e
test $rc -eq 1
grep -q "wrong user name or password" "$t/e1"
# A crew's session sends only its own changes (F23): the 20 events another user wrote are not offered
# (nothing refused), they stay pending and the message says they wait for their author.
echo "crew-pass-12" | "$cli" sync "$t/field.gpkg" --server "$url" --user lee --password-stdin >"$t/o0" 2>"$t/e2"
grep -q "sent 0," "$t/o0"
grep -q "pending 20" "$t/o0"
grep -q "20 changes by .* wait on this device for .* to sign in" "$t/e2"
# The office sends all 20; a second round sends nothing.
echo "office-pass-1" | "$cli" sync "$t/field.gpkg" --server "$url" --user kim --password-stdin >"$t/o1"
grep -q "sent 20," "$t/o1"
echo "office-pass-1" | "$cli" sync "$t/field.gpkg" --server "$url" --user kim --password-stdin >"$t/o2"
grep -q "sent 0," "$t/o2"
grep -q "pending 0" "$t/o2"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
"$cli" stats "$t/office.gpkg" --json | /usr/bin/python3 -c "import json,sys; assert json.load(sys.stdin)['total']==20"
/usr/bin/python3 /usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py "$t/field.gpkg"
echo ok
