#!/bin/sh
# goodcity-cli assign (W3.2): without --yes it prints the counts by status and crew and changes
# nothing (exit 1, the file byte for byte as it was); by default installs, verified work and other
# crews' work stay as they are; --yes writes one batch, --undo BATCH --yes puts every asset back.
#   assign.sh CLI
set -u
CLI=$1
export QT_QPA_PLATFORM=offscreen
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
q() { sqlite3 "$T/inv.gpkg" "$1"; }

"$CLI" demo --out "$T/inv.gpkg" --assets 400 >/dev/null 2>&1 || fail "demo inventory not created"
state() { q "SELECT code, status, coalesce(assignee,''), coalesce(due_date,''), priority FROM assets ORDER BY code"; }
state > "$T/before"
sum=$(md5sum < "$T/inv.gpkg")
events=$(q "SELECT count(*) FROM asset_events")
installed_other=$(q "SELECT count(*) FROM assets WHERE status='installed' AND assignee<>'현장1팀'")
[ "$installed_other" -gt 0 ] || fail "the demo has no installs by other crews to protect"

"$CLI" assign "$T/inv.gpkg" --crew 현장1팀 --due 2026-12-31 > "$T/plan" 2>&1; rc=$?
[ $rc -eq 1 ] || fail "without --yes: exit $rc, expected 1"
[ "$(md5sum < "$T/inv.gpkg")" = "$sum" ] || fail "without --yes the file changed"
grep -q 'by status: selected → changed' "$T/plan" || fail "no counts by status"
grep -q 'by current crew: selected → changed' "$T/plan" || fail "no counts by crew"
grep -q 'nothing was changed; --yes records it' "$T/plan" || fail "does not say nothing changed"
grep -q -- '--include-installed takes them' "$T/plan" || fail "does not say installs are left"
grep -q -- '--take-over takes them' "$T/plan" || fail "does not say other crews' work is left"
will=$(sed -n 's/.* \([0-9]*\) will change$/\1/p' "$T/plan")
[ -n "$will" ] && [ "$will" -gt 0 ] || fail "no 'will change' count"

"$CLI" assign "$T/inv.gpkg" --crew 현장1팀 --due 2026-12-31 --yes --actor 김담당 > "$T/done" 2>&1 || fail "assign --yes failed"
batch=$(sed -n 's/.*undo with --undo \([0-9a-f-]*\)).*/\1/p' "$T/done")
[ -n "$batch" ] || fail "no batch id printed"
[ "$(q "SELECT count(*) FROM asset_events WHERE json_extract(payload,'\$.batch')='$batch' AND kind='asset.status' AND actor='김담당'")" -eq "$will" ] \
  || fail "the batch does not hold the $will status events announced"
[ "$(q "SELECT count(*) FROM assets WHERE status='installed' AND assignee<>'현장1팀'")" -eq "$installed_other" ] \
  || fail "an install by another crew was reassigned"
"$CLI" verify "$T/inv.gpkg" >/dev/null 2>&1 || fail "verify fails after assign"

"$CLI" assign "$T/inv.gpkg" --undo "$batch" --yes > "$T/undo" 2>&1 || fail "undo failed: $(cat "$T/undo")"
state > "$T/after"
cmp -s "$T/before" "$T/after" || { diff "$T/before" "$T/after" | head; fail "undo did not restore every asset"; }
"$CLI" verify "$T/inv.gpkg" >/dev/null 2>&1 || fail "verify fails after undo"

"$CLI" assign "$T/inv.gpkg" --crew 현장1팀 --due 2026-02-30 >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "a bad --due: exit $rc, expected 2"
"$CLI" assign "$T/inv.gpkg" --crew 현장1팀 --filter colour=red >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "a bad --filter: exit $rc, expected 2"
echo ok
