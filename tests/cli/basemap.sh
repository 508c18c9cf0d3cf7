#!/bin/sh
# W2.5: `basemap package` on a tile pyramid made here (no network): a GeoTIFF in EPSG:3857 over
# Geumcheon cut into XYZ tiles, served to GDAL's WMS driver through a file:// ServerUrl.
#   basemap.sh CLI
set -eu
CLI=$1
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$T/err" ] && sed 's/^/  stderr: /' "$T/err" >&2; exit 1; }

# Magenta over the district, with a green square around Gasan Digital Complex station.
gdal_create -q -of GTiff -outsize 1024 1024 -bands 3 -burn 200 -burn 40 -burn 160 -a_srs EPSG:3857 \
  -a_ullr 14120000 4510000 14132000 4496000 "$T/pattern.tif"
printf '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3857"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[14122800,4502800],[14123800,4502800],[14123800,4503800],[14122800,4503800],[14122800,4502800]]]}}]}' > "$T/square.geojson"
gdal_rasterize -q -b 1 -b 2 -b 3 -burn 30 -burn 180 -burn 60 "$T/square.geojson" "$T/pattern.tif"
gdal2tiles.py --xyz -q -z 12-15 "$T/pattern.tif" "$T/tiles" >/dev/null 2>&1 || fail "gdal2tiles"
cat > "$T/local.xml" <<XML
<GDAL_WMS>
  <Service name="TMS"><ServerUrl>file://$T/tiles/\${z}/\${x}/\${y}.png</ServerUrl></Service>
  <DataWindow><UpperLeftX>-20037508.34</UpperLeftX><UpperLeftY>20037508.34</UpperLeftY>
    <LowerRightX>20037508.34</LowerRightX><LowerRightY>-20037508.34</LowerRightY>
    <TileLevel>15</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY><YOrigin>top</YOrigin></DataWindow>
  <Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY><BandsCount>4</BandsCount>
  <ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes>
  <Attribution>© goodcity test tiles</Attribution>
</GDAL_WMS>
XML

# The estimate comes first, and declining it writes nothing.
set +e
echo n | "$CLI" basemap package "$T/local.xml" --area gu --zoom 12-15 --out "$T/gu.mbtiles" >"$T/out" 2>"$T/err"
rc=$?
set -e
[ $rc -eq 2 ] || fail "declining exited $rc"
grep -q 'zoom 12: ' "$T/out" && grep -q 'zoom 15: ' "$T/out" && grep -q 'MB (estimated)' "$T/out" || fail "no size estimate: $(cat "$T/out")"
[ ! -e "$T/gu.mbtiles" ] || fail "declined, but the package was written"

"$CLI" basemap package "$T/local.xml" --area gu --zoom 12-15 --out "$T/gu.mbtiles" --yes >"$T/out" 2>"$T/err" || fail "package failed"
grep -q '100%' "$T/err" || fail "no progress bar"
/usr/bin/python3 - "$T/gu.mbtiles" <<'PY' || fail "the MBTiles package is not what was asked"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
zooms = dict(db.execute("SELECT zoom_level, count(*) FROM tiles GROUP BY zoom_level"))
assert sorted(zooms) == [12, 13, 14, 15], zooms
meta = dict(db.execute("SELECT name, value FROM metadata"))
assert meta["minzoom"] == "12" and meta["maxzoom"] == "15", meta
assert meta["attribution"] == "© goodcity test tiles", meta
w, s, e, n = map(float, meta["bounds"].split(","))
# Geumcheon-gu's extent (assets/data/geumcheon_gu.geojson) lies inside the package.
assert w <= 126.871775 and s <= 37.433602 and e >= 126.928490 and n >= 37.486306, meta["bounds"]
for (blob,) in db.execute("SELECT tile_data FROM tiles"):
    assert blob[:8] == b"\x89PNG\r\n\x1a\n" and len(blob) > 100, len(blob)
PY
gdalinfo "$T/gu.mbtiles" | grep -q 'Overviews: ' || fail "gdalinfo sees no lower zooms"
# The pattern survived: the middle of the green square at zoom 15 is green, elsewhere magenta.
gdallocationinfo -valonly -geoloc "$T/gu.mbtiles" 14123300 4503300 | tr '\n' ' ' | grep -q '^30 180 60 255' || fail "square not green: $(gdallocationinfo -valonly -geoloc "$T/gu.mbtiles" 14123300 4503300 | tr '\n' ' ')"
gdallocationinfo -valonly -geoloc "$T/gu.mbtiles" 14126000 4500000 | tr '\n' ' ' | grep -q '^200 40 160 255' || fail "background not magenta"

# One dong into a GeoPackage tile pyramid.
"$CLI" basemap package "$T/local.xml" --area dong=가산동 --zoom 13-15 --out "$T/gasan.gpkg" --yes >/dev/null 2>"$T/err" || fail "gpkg package failed"
gdalinfo "$T/gasan.gpkg" | grep -q 'attribution=© goodcity test tiles' || fail "gpkg lost the attribution"
[ "$(gdalinfo "$T/gasan.gpkg" | grep -c 'Overviews: ')" -ge 1 ] || fail "gpkg has no lower zooms"

# Bad input: exit 2, a bilingual message naming the argument.
bad() {
  what=$1; shift
  set +e; "$CLI" basemap package "$@" --yes >/dev/null 2>"$T/err"; rc=$?; set -e
  [ $rc -eq 2 ] || fail "$what: exit $rc"
  grep -q -- "$what" "$T/err" && grep -q ' / ' "$T/err" || fail "$what not named bilingually: $(cat "$T/err")"
}
bad '--area' "$T/local.xml" --area dong=없는동 --zoom 12-15 --out "$T/x.mbtiles"
bad '--area' "$T/local.xml" --area city --zoom 12-15 --out "$T/x.mbtiles"
bad '--zoom' "$T/local.xml" --area gu --zoom 15-12 --out "$T/x.mbtiles"
bad '--zoom' "$T/local.xml" --area gu --zoom twelve --out "$T/x.mbtiles"
bad '--out' "$T/local.xml" --area gu --zoom 12-13 --out "$T/x.png"
bad 'no-such.xml' "$T/no-such.xml" --area gu --zoom 12-13 --out "$T/x.mbtiles"
sed 's|file://[^<]*|https://tile.openstreetmap.org/${z}/${x}/${y}.png|' "$T/local.xml" > "$T/osm.xml"
bad 'tile.openstreetmap.org' "$T/osm.xml" --area gu --zoom 12-13 --out "$T/x.mbtiles"
echo "basemap package: ok"
