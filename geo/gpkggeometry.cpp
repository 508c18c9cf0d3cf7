#include "gpkggeometry.h"

#include <ogr_geometry.h>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

namespace gc::core::gpkg {

namespace {
constexpr unsigned char kLittleEndian = 0x01;
constexpr unsigned char kEmptyFlag = 0x10;

template <typename V>
void put(QByteArray &out, V v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof(V)); // x86-64 and ARM tablets are little-endian
}

int envelopeDoubles(unsigned char flags)
{
    switch ((flags >> 1) & 0x07) {
    case 0: return 0;
    case 1: return 4;
    case 2:
    case 3: return 6;
    case 4: return 8;
    default: return -1;
    }
}

double readDouble(const unsigned char *p, bool little)
{
    unsigned char b[8];
    std::memcpy(b, p, 8);
    if (!little)
        std::reverse(b, b + 8);
    double d;
    std::memcpy(&d, b, 8);
    return d;
}

quint32 readU32(const unsigned char *p, bool little)
{
    unsigned char b[4];
    std::memcpy(b, p, 4);
    if (!little)
        std::reverse(b, b + 4);
    quint32 v;
    std::memcpy(&v, b, 4);
    return v;
}

// Offset of the WKB inside a GeoPackage blob, or -1.
int wkbOffset(const unsigned char *blob, int size)
{
    if (size < 8 || blob[0] != 'G' || blob[1] != 'P')
        return -1;
    const int n = envelopeDoubles(blob[3]);
    if (n < 0)
        return -1;
    const int off = 8 + 8 * n;
    return off <= size ? off : -1;
}

void stEnvelope(sqlite3_context *ctx, int argc, sqlite3_value **argv, int which)
{
    (void)argc;
    if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *blob = static_cast<const unsigned char *>(sqlite3_value_blob(argv[0]));
    const auto env = envelope(blob, sqlite3_value_bytes(argv[0]));
    if (!env) {
        sqlite3_result_null(ctx);
        return;
    }
    if (which == 4) {
        sqlite3_result_int(ctx, env->empty ? 1 : 0);
        return;
    }
    if (env->empty) {
        sqlite3_result_null(ctx);
        return;
    }
    const double v[] = {env->minX, env->maxX, env->minY, env->maxY};
    sqlite3_result_double(ctx, v[which]);
}
} // namespace

QByteArray encodePoint(double x, double y, int srsId)
{
    QByteArray out;
    out.reserve(29);
    out.append("GP", 2);
    out.append(char(0));
    out.append(char(kLittleEndian)); // no envelope, little-endian header
    put<qint32>(out, srsId);
    out.append(char(1)); // WKB little-endian
    put<quint32>(out, 1u); // wkbPoint
    put<double>(out, x);
    put<double>(out, y);
    return out;
}

QByteArray wrapWkb(const QByteArray &wkb, int srsId, const Envelope &env)
{
    QByteArray out;
    out.reserve(40 + wkb.size());
    out.append("GP", 2);
    out.append(char(0));
    out.append(char(kLittleEndian | (env.empty ? kEmptyFlag : 0x02))); // 0x02: XY envelope
    put<qint32>(out, srsId);
    if (!env.empty) {
        put<double>(out, env.minX);
        put<double>(out, env.maxX);
        put<double>(out, env.minY);
        put<double>(out, env.maxY);
    }
    out.append(wkb);
    return out;
}

bool decodePoint(const QByteArray &blob, double &x, double &y)
{
    const auto *p = reinterpret_cast<const unsigned char *>(blob.constData());
    const int off = wkbOffset(p, int(blob.size()));
    if (off < 0 || (p[3] & kEmptyFlag) || blob.size() < off + 21)
        return false;
    const bool little = p[off] == 1;
    if ((readU32(p + off + 1, little) % 1000) != 1)
        return false;
    x = readDouble(p + off + 5, little);
    y = readDouble(p + off + 13, little);
    return !std::isnan(x) && !std::isnan(y);
}

QByteArray wkbOf(const QByteArray &blob)
{
    const int off = wkbOffset(reinterpret_cast<const unsigned char *>(blob.constData()), int(blob.size()));
    return off < 0 ? QByteArray() : blob.mid(off);
}

std::optional<Envelope> envelope(const unsigned char *blob, int size)
{
    const int off = wkbOffset(blob, size);
    if (off < 0)
        return std::nullopt;
    Envelope env;
    if (blob[3] & kEmptyFlag) {
        env.empty = true;
        return env;
    }
    const bool littleHeader = blob[3] & kLittleEndian;
    if (envelopeDoubles(blob[3]) >= 4) {
        env.minX = readDouble(blob + 8, littleHeader);
        env.maxX = readDouble(blob + 16, littleHeader);
        env.minY = readDouble(blob + 24, littleHeader);
        env.maxY = readDouble(blob + 32, littleHeader);
        return env;
    }
    const unsigned char *wkb = blob + off;
    const int wkbSize = size - off;
    if (wkbSize >= 21) {
        const bool little = wkb[0] == 1;
        if (readU32(wkb + 1, little) % 1000 == 1) { // the common case: a point, no need for OGR
            env.minX = env.maxX = readDouble(wkb + 5, little);
            env.minY = env.maxY = readDouble(wkb + 13, little);
            env.empty = std::isnan(env.minX);
            return env;
        }
    }
    OGRGeometry *geom = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb, nullptr, &geom, wkbSize) != OGRERR_NONE || !geom)
        return std::nullopt;
    std::unique_ptr<OGRGeometry> owned(geom);
    if (owned->IsEmpty()) {
        env.empty = true;
        return env;
    }
    OGREnvelope e;
    owned->getEnvelope(&e);
    env.minX = e.MinX;
    env.maxX = e.MaxX;
    env.minY = e.MinY;
    env.maxY = e.MaxY;
    return env;
}

bool registerSpatialFunctions(sqlite3 *db)
{
    struct Fn {
        const char *name;
        void (*fn)(sqlite3_context *, int, sqlite3_value **);
    };
    static const Fn fns[] = {
        {"ST_MinX", [](sqlite3_context *c, int n, sqlite3_value **v) { stEnvelope(c, n, v, 0); }},
        {"ST_MaxX", [](sqlite3_context *c, int n, sqlite3_value **v) { stEnvelope(c, n, v, 1); }},
        {"ST_MinY", [](sqlite3_context *c, int n, sqlite3_value **v) { stEnvelope(c, n, v, 2); }},
        {"ST_MaxY", [](sqlite3_context *c, int n, sqlite3_value **v) { stEnvelope(c, n, v, 3); }},
        {"ST_IsEmpty", [](sqlite3_context *c, int n, sqlite3_value **v) { stEnvelope(c, n, v, 4); }},
    };
    for (const auto &f : fns) {
        if (sqlite3_create_function(db, f.name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, f.fn,
                                    nullptr, nullptr)
            != SQLITE_OK)
            return false;
    }
    return true;
}

} // namespace gc::core::gpkg
