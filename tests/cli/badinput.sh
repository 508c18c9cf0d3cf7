#!/bin/sh
# The bad inputs the product promises to survive (W2.6), one case per ctest entry:
#   badinput.sh CLI CASE
# Each case feeds goodcity-cli one bad file and checks that it fails with exit 1 or 2, a bilingual
# "한국어 / English" message naming the file (and the row/column where there is one), and an
# inventory whose bytes are exactly what they were before.
set -u
CLI=$1
CASE=$2
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
T=$(mktemp -d)
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
fail() { echo "FAIL [$CASE]: $*" >&2; [ -f "$T/err" ] && sed 's/^/  stderr: /' "$T/err" >&2; exit 1; }

"$CLI" demo --out "$T/inv.gpkg" --assets 10 >/dev/null 2>&1 || fail "demo inventory not created"
before=$(sha256sum "$T/inv.gpkg" | cut -d' ' -f1)

# expect WHAT PATTERN -- CLI ARGS…: exit 1 or 2, stderr names WHAT, is bilingual and matches PATTERN.
expect() {
  what=$1; pattern=$2; shift 3
  "$CLI" "$@" >"$T/out" 2>"$T/err"
  rc=$?
  [ $rc -eq 1 ] || [ $rc -eq 2 ] || fail "exit code $rc, expected 1 or 2"
  grep -q -- "$what" "$T/err" || fail "the message does not name $what"
  grep -q ' / ' "$T/err" || fail "the message is not bilingual"
  LC_ALL=C grep -q "$(printf '[\352-\355][\200-\277][\200-\277]')" "$T/err" || fail "the message has no Korean" # Hangul syllables' UTF-8 lead bytes
  grep -q -- "$pattern" "$T/err" || fail "the message does not say '$pattern'"
  after=$(sha256sum "$T/inv.gpkg" | cut -d' ' -f1)
  [ "$before" = "$after" ] || fail "the inventory changed"
}

# A small valid JPEG, made with GDAL (the tests already depend on it).
jpeg() { gdal_create -of GTiff -outsize 64 48 -bands 3 -burn 128 "$T/s.tif" >/dev/null && gdal_translate -q -of JPEG "$T/s.tif" "$1" && rm -f "$1.aux.xml"; }

case $CASE in
truncated-jpeg)
  jpeg "$T/ok.jpg" || fail "no JPEG"
  n=$(stat -c %s "$T/ok.jpg"); head -c $((n / 2)) "$T/ok.jpg" > "$T/cut.jpg"
  expect cut.jpg 'truncated' -- check-photo "$T/cut.jpg" --inventory "$T/inv.gpkg" --asset GC-SIGN-000001 ;;
empty-photo)
  : > "$T/empty.jpg"
  expect empty.jpg '0 bytes' -- check-photo "$T/empty.jpg" --inventory "$T/inv.gpkg" --asset GC-SIGN-000001 ;;
check-photo-slot)
  # A slot the profile does not know, and --before on a photo that has no before photo to be compared with.
  jpeg "$T/ok.jpg" || fail "no JPEG"
  expect sideways 'before, after, problem' -- check-photo "$T/ok.jpg" --slot sideways
  expect before '--slot after' -- check-photo "$T/ok.jpg" --slot before --before "$T/ok.jpg" ;;
empty-import)
  : > "$T/empty.csv"
  expect empty.csv '0 bytes' -- import "$T/inv.gpkg" "$T/empty.csv" ;;
huge-png)
  # 30000×30000 in the header, a few bytes of pixels: must be refused from the header, not allocated.
  python3 - "$T/huge.png" <<'EOF' || fail "no PNG"
import struct, sys, zlib
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
ihdr = struct.pack('>IIBBBBB', 30000, 30000, 8, 2, 0, 0, 0)
open(sys.argv[1], 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(b'\0' * 4096)) + chunk(b'IEND', b''))
EOF
  if ldd "$CLI" 2>/dev/null | grep -q libasan; then
    # AddressSanitizer (scripts/sanitize) reserves terabytes of shadow address space, so ulimit -v
    # stops it before main; its allocator refuses any single block over 1.5 GB instead (a
    # 30000×30000 RGB buffer is 2.7 GB), which is the allocation this case is about.
    (ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}max_allocation_size_mb=1500:allocator_may_return_null=1" \
      "$CLI" check-photo "$T/huge.png" >/dev/null 2>"$T/err"; echo $? > "$T/rc")
  else
    (ulimit -v 1500000; "$CLI" check-photo "$T/huge.png" >/dev/null 2>"$T/err"; echo $? > "$T/rc")
  fi
  [ "$(cat "$T/rc")" -eq 2 ] || fail "exit $(cat "$T/rc") under a 1.5 GB address-space limit"
  expect huge.png '30000×30000' -- check-photo "$T/huge.png" --inventory "$T/inv.gpkg" --asset GC-SIGN-000001 ;;
heic)
  # An iPhone photo's real HEIF header: box size, 'ftyp', major brand heic, compatible brands mif1 heic.
  python3 - "$T/IMG_0001.HEIC" <<'EOF' || fail "no HEIC"
import struct, sys
ftyp = struct.pack('>I', 24) + b'ftypheic' + struct.pack('>I', 0) + b'mif1heic'
meta = struct.pack('>I', 40) + b'meta' + b'\0' * 32
open(sys.argv[1], 'wb').write(ftyp + meta + b'\0' * 4096)
EOF
  expect IMG_0001.HEIC 'HEIC' -- check-photo "$T/IMG_0001.HEIC" --inventory "$T/inv.gpkg" --asset GC-SIGN-000001 ;;
cp949-as-utf8)
  printf '분류,명칭,경도,위도\n의자,독산동 쉼터 의자,126.9036,37.4748\n' | iconv -f UTF-8 -t CP949 > "$T/cp.csv" || fail "no iconv"
  expect cp.csv "행 1" -- import "$T/inv.gpkg" "$T/cp.csv" --encoding UTF-8
  grep -q 'CP949' "$T/err" || fail "the message does not suggest CP949"
  # Already-mangled text (U+FFFD where the Korean was) is mojibake too, named by row and column.
  printf '분류,명칭,경도,위도\n의자,\357\277\275\357\277\275 의자,126.9036,37.4748\n' > "$T/mangled.csv"
  expect mangled.csv "행 2, 열 '명칭'" -- import "$T/inv.gpkg" "$T/mangled.csv" ;;
xlsx-text-numbers)
  # 부착수량 stored as text, 기한 as a bare Excel date serial: the text number imports, the serial is named.
  printf '분류,명칭,경도,위도,부착수량,기한\n의자,a,126.9036,37.4748,3,45292\n' > "$T/s.csv"
  printf '"String","String","Real","Real","String","Integer"\n' > "$T/s.csvt"
  ogr2ogr -f XLSX "$T/s.xlsx" "$T/s.csv" >/dev/null 2>&1 || fail "no XLSX"
  ogrinfo -ro -al "$T/s.xlsx" | grep -q '부착수량 (String) = 3' || fail "the XLSX does not store the number as text"
  expect s.xlsx "행 2, 열 '기한', 값 '45292'" -- import "$T/inv.gpkg" "$T/s.xlsx"
  grep -q "2024-01-01" "$T/err" || fail "the message does not say which date the serial is"
  grep -q "부착수량" "$T/err" && fail "the number stored as text was refused"
  true ;;
geojson-null-geometry)
  printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"분류":"의자","명칭":"a"},"geometry":null}]}\n' > "$T/null.geojson"
  expect null.geojson "행 1, 열 'geometry'" -- import "$T/inv.gpkg" "$T/null.geojson" ;;
geojson-unknown-crs)
  printf '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::999999"}},"features":[{"type":"Feature","properties":{"분류":"의자","명칭":"a"},"geometry":{"type":"Point","coordinates":[126.9036,37.4748]}}]}\n' > "$T/crs.geojson"
  expect crs.geojson '--s-srs' -- import "$T/inv.gpkg" "$T/crs.geojson" ;;
shapefile-no-prj)
  printf '분류,명칭,X,Y\n의자,a,191000,441000\n' > "$T/p.csv"
  ogr2ogr -f "ESRI Shapefile" "$T/noprj.shp" "$T/p.csv" -oo X_POSSIBLE_NAMES=X -oo Y_POSSIBLE_NAMES=Y -lco ENCODING=UTF-8 >/dev/null 2>&1 || fail "no shapefile"
  [ ! -e "$T/noprj.prj" ] || fail "the shapefile has a .prj"
  expect noprj.shp '--s-srs' -- import "$T/inv.gpkg" "$T/noprj.shp" ;;
disk-full)
  # A file-size limit just above the inventory: the import's transaction cannot be written.
  python3 -c "
print('분류,명칭,경도,위도')
for i in range(3000): print('의자,쉼터 의자 %d %s,126.90%02d,37.47%02d' % (i, 'x' * 200, i % 90, i % 90))" > "$T/many.csv"
  limit=$(( ($(stat -c %s "$T/inv.gpkg") + 65536) / 512 ))
  (ulimit -f $limit; "$CLI" import "$T/inv.gpkg" "$T/many.csv" >/dev/null 2>"$T/err"; echo $? > "$T/rc")
  rc=$(cat "$T/rc")
  [ "$rc" -eq 1 ] || [ "$rc" -eq 2 ] || fail "exit code $rc under a file-size limit (killed?)"
  grep -q 'inv.gpkg' "$T/err" && grep -q 'disk is full' "$T/err" && grep -q '디스크' "$T/err" || fail "no clear disk-full message"
  [ "$before" = "$(sha256sum "$T/inv.gpkg" | cut -d' ' -f1)" ] || fail "the inventory changed"
  "$CLI" verify "$T/inv.gpkg" >/dev/null 2>&1 || fail "verify fails after the failed import" ;;
read-only)
  printf '분류,명칭,경도,위도\n의자,a,126.9036,37.4748\n' > "$T/in.csv"
  chmod 444 "$T/inv.gpkg"
  expect inv.gpkg 'read-only' -- import "$T/inv.gpkg" "$T/in.csv" ;;
*)
  fail "unknown case" ;;
esac
exit 0
