#pragma once

#include "result.h"

#include <QPointF>
#include <QString>

#include <memory>
#include <span>

class OGRCoordinateTransformation;
class OGRGeometry;
class OGRSpatialReference;

namespace gc::geo {

// The CRS every map view and tile uses unless told otherwise: Korea 2000 / Central Belt 2010.
inline constexpr const char *kMapCrs = "EPSG:5186";

// Coordinate transformation between two CRSs through OSR/PROJ, always in x/y (easting/northing,
// longitude/latitude) order whatever axis order the CRS declares. Not thread-safe: one per thread.
class CrsTransform {
public:
    // `from`/`to` are anything OSR understands: "EPSG:5186", a WKT, a PROJ string.
    static Result<CrsTransform> create(const QString &from, const QString &to);
    static Result<CrsTransform> create(const OGRSpatialReference &from, const QString &to);
    // Checks that a CRS definition is understood; the error says which part is not.
    static VoidResult validate(const QString &definition);
    // Short human name of a CRS ("EPSG:5179 Korea 2000 / Unified CS"); the definition itself if unknown.
    static QString describe(const OGRSpatialReference &srs);

    CrsTransform(CrsTransform &&) noexcept = default;
    CrsTransform &operator=(CrsTransform &&) noexcept = default;
    ~CrsTransform();

    bool isIdentity() const { return m_identity; }
    // The source CRS as its authority code ("EPSG:5174"), or its name when it has none.
    const QString &sourceCrs() const { return m_sourceCrs; }
    bool transform(double &x, double &y) const;
    QPointF transform(QPointF p, bool *ok = nullptr) const;
    // In place; false if any point failed (those are left as they were).
    bool transform(std::span<double> xs, std::span<double> ys) const;
    // Every vertex in place; false if PROJ failed on any of them.
    bool transform(OGRGeometry &geometry) const;

private:
    CrsTransform() = default;
    struct Deleter { void operator()(OGRCoordinateTransformation *ct) const; };
    std::unique_ptr<OGRCoordinateTransformation, Deleter> m_ct;
    bool m_identity = false;
    QString m_sourceCrs;
};

} // namespace gc::geo
