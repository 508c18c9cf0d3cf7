#pragma once

#include <QByteArray>

#include <optional>

struct sqlite3;

namespace gc::core::gpkg {

struct Envelope {
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    bool empty = false;
};

// GeoPackage binary geometry (header + little-endian WKB) for a 2-D point; points carry no envelope.
QByteArray encodePoint(double x, double y, int srsId);
// Wraps ISO WKB into a GeoPackage blob with an XY envelope (polygons, lines).
QByteArray wrapWkb(const QByteArray &wkb, int srsId, const Envelope &env);
// Reads a point back; false for anything that is not a non-empty point.
bool decodePoint(const QByteArray &blob, double &x, double &y);
// Envelope of any GeoPackage geometry blob; nullopt if the blob is not one.
std::optional<Envelope> envelope(const unsigned char *blob, int size);
// The WKB part of a GeoPackage blob (empty if malformed).
QByteArray wkbOf(const QByteArray &blob);

// Registers ST_MinX, ST_MaxX, ST_MinY, ST_MaxY and ST_IsEmpty, which the R-tree triggers call.
bool registerSpatialFunctions(sqlite3 *db);

} // namespace gc::core::gpkg
