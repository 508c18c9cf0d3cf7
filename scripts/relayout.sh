#!/usr/bin/env bash
# W3.6 item 6: the folders of STYLE.md's "Layout" (core/model, core/store, core/photofiles, core/reports,
# sync/protocol, tests/core/<library>). Moves files with `git mv` and rewrites the paths that name them
# (#include lines, comments, CMake source lists, docs). Idempotent: a second run finds nothing to move
# and nothing to rewrite, so it can be re-run on a tree that merged other branches' edits to the old paths.
# What it cannot do (CMake targets, code that must change to cross a layer) are separate commits.
# Usage: scripts/relayout.sh   (from anywhere inside the repository)
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

# mv_if SRC DEST_DIR: git mv SRC into DEST_DIR unless it is gone already.
mv_if() {
  local src=$1 dest=$2
  [ -e "$src" ] || return 0
  mkdir -p "$dest"
  if [ -e "$dest/$(basename "$src")" ]; then
    echo "relayout: both $src and $dest/$(basename "$src") exist; resolve by hand" >&2
    exit 1
  fi
  git mv "$src" "$dest/"
}

# The event log's machinery goes to the store; everything else of log/ is the model.
LOG_TO_STORE="eventlog eventrow eventreducer surveyreducer hybridclock timeuuid"
# Files of office/ and io/ that draw or write for other programs: PDF, labels, charts, QGIS.
OFFICE_TO_REPORTS="labelsheet progressreport progresschart"
IO_TO_REPORTS="qgisproject"
# What the store needs of photos that is not a check (files, journal, EXIF, header, limits): below the
# store in core/photofiles (gc_photofiles, no OpenCV); the checks stay in core/photo, above it.
PHOTO_TO_PHOTOFILES="photostore photojournal photoexif photoheader photolimits"

for name in $LOG_TO_STORE; do
  for f in core/log/$name.h core/log/$name.cpp; do mv_if "$f" core/store; done
done
for f in core/log/* core/domain/*; do [ -e "$f" ] && mv_if "$f" core/model; done
for f in core/sqlite/*; do [ -e "$f" ] && mv_if "$f" core/store; done
for name in $OFFICE_TO_REPORTS; do
  for f in core/office/$name.h core/office/$name.cpp; do mv_if "$f" core/reports; done
done
for name in $IO_TO_REPORTS; do
  for f in core/io/$name.h core/io/$name.cpp; do mv_if "$f" core/reports; done
done
for name in $PHOTO_TO_PHOTOFILES; do
  for f in core/photo/$name.h core/photo/$name.cpp; do mv_if "$f" core/photofiles; done
done
mv_if core/sync/syncprotocol.h sync/protocol

# tests/core: one folder per library (tests/CMakeLists.txt builds one executable from each);
# the shared fixtures go to tests/core/support.
declare -A TEST_DIR=(
  [test_assetstatus]=model [test_catalog]=model [test_payloads]=model [test_eventkinds]=model
  [test_assetsnapshotquery]=store [test_inventorystore]=store [test_layerstyles]=store
  [test_outsideedits]=store [test_eventmerge]=store [test_photojournal]=store [test_clockdrift]=store
  [test_hostilephotos]=photo [test_jpegscaleddecode]=photo [test_photochecker]=photo
  [test_photoheldout]=photo [test_photomark]=photo [test_photoslots]=photo
  [test_photosurfaces]=photo [test_photowhole]=photo [test_sameplace]=photo
  [test_photocheckrun]=photorun [test_fieldwork]=field
  [test_assignment]=office [test_conflictresolution]=office [test_dashboard]=office
  [test_survey]=survey [test_surveydecided]=survey
  [test_assetimport]=io [test_export]=io
  [test_labelsheet]=reports [test_qgisproject]=reports
  [test_conflictrule]=sync [test_demo]=demo
)
for f in tests/core/*.cpp tests/core/*.h; do
  [ -e "$f" ] || continue
  base=$(basename "$f"); stem=${base%.*}
  if [ -n "${TEST_DIR[$stem]:-}" ]; then
    mv_if "$f" "tests/core/${TEST_DIR[$stem]}"
  elif [[ $stem == test_* ]]; then
    echo "relayout: $f names no library: move it to tests/core/<library>/ by hand" >&2
  else
    mv_if "$f" tests/core/support
  fi
done

# Rewrite every path that names a moved file. Regexes only match the old spelling, so this is a no-op
# on a second run. scripts/relayout.sh and tests/CMakeLists.txt (which names the new folders) are left alone.
TEST_MAP=$(for k in "${!TEST_DIR[@]}"; do echo "$k=${TEST_DIR[$k]}"; done)
export LOG_TO_STORE OFFICE_TO_REPORTS IO_TO_REPORTS PHOTO_TO_PHOTOFILES TEST_MAP
git ls-files -z -- '*.h' '*.cpp' '*.txt' '*.md' '*.py' '*.sh' '*.cmake' 'scripts/*' \
  ':!scripts/relayout.sh' ':!tests/CMakeLists.txt' ':!tests/fuzz/corpus/*' ':!tests/fuzz/regressions/*' |
python3 -c '
import os, re, sys
alt = lambda names: "|".join(names.split())
B = r"(?<![\w/.-])"  # the path starts here (not inside another word or path)
rules = [
    (B + r"(core/)?log/(" + alt(os.environ["LOG_TO_STORE"]) + r")\.(h|cpp)\b", r"\1store/\2.\3"),
    (B + r"(core/)?(?:log|domain)/(\w+)\.(h|cpp)\b", r"\1model/\2.\3"),
    (B + r"(core/)?sqlite/(\w+)\.(h|cpp)\b", r"\1store/\2.\3"),
    (B + r"(core/)?office/(" + alt(os.environ["OFFICE_TO_REPORTS"]) + r")\.(h|cpp)\b", r"\1reports/\2.\3"),
    (B + r"(core/)?io/(" + alt(os.environ["IO_TO_REPORTS"]) + r")\.(h|cpp)\b", r"\1reports/\2.\3"),
    (B + r"(core/)?photo/(" + alt(os.environ["PHOTO_TO_PHOTOFILES"]) + r")\.(h|cpp)\b", r"\1photofiles/\2.\3"),
    (r"(#\s*include\s*\")sync/(syncprotocol\.h\")", r"\1\2"),
    (B + r"(core/)?sync/syncprotocol\.h\b", r"sync/protocol/syncprotocol.h"),
]
tests = dict(kv.split("=") for kv in os.environ["TEST_MAP"].split())
rules.append((r"\btests/core/(" + "|".join(sorted(tests)) + r")\.(cpp|h)\b",
              lambda m: "tests/core/%s/%s.%s" % (tests[m.group(1)], m.group(1), m.group(2))))
rules.append((r"\btests/core/(?!(?:" + "|".join(sorted(set(tests.values())) + ["support"]) + r")/)(?!test_)(\w+)\.(cpp|h)\b",
              r"tests/core/support/\1.\2"))
rules.append((r"\btests/core(?![\w/])", "tests/core/support"))  # include directories for the fixtures
rules.append((r"(#\s*include\s*\")\.\./core/(?!(?:" + "|".join(sorted(set(tests.values())) + ["support"]) + r")/)(\w+\.h\")",
              r"\1../core/support/\2"))  # tests/server reaches the fixtures relative to itself
# The photo tests (and scripts/photo-eval, which runs them) now live in gc_photo_tests.
photo_tests = [k for k, v in tests.items() if v == "photo"]
compiled = [(re.compile(p), r) for p, r in rules]
for path in sys.stdin.read().split("\0"):
    if not path or not os.path.isfile(path):
        continue
    text = open(path, encoding="utf-8", errors="surrogateescape").read()
    new = text
    for p, r in compiled:
        new = p.sub(r, new)
    if path == "scripts/photo-eval" or os.path.splitext(os.path.basename(path))[0] in photo_tests:
        new = re.sub(r"\bgc_core_tests\b", "gc_photo_tests", new)
    if new != text:
        open(path, "w", encoding="utf-8", errors="surrogateescape").write(new)
        print("relayout: rewrote", path)
'
echo "relayout: done (git status shows the moves; the CMake targets are in their own commits)"
