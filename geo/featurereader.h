#pragma once

#include "gpkggeometry.h"
#include "result.h"

#include <QByteArray>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace gc::geo {

// Reads the features of a small vector file held in memory (the district's layers compiled into the
// program) as Qt types: the fields asked for as text, the geometry as ISO WKB in the target CRS.
class FeatureReader {
public:
    struct Feature {
        QStringList fields;           // the asked fields' text, in the order asked
        QByteArray wkb;               // ISO WKB, little-endian, in the target CRS
        core::gpkg::Envelope envelope;
        std::optional<QPointF> point; // when the geometry is a point
    };
    struct Options {
        QStringList fields;
        QString fromCrs = QStringLiteral("EPSG:4326"); // what the file's coordinates are taken as
        QString toCrs;
        bool asMultiPolygon = false; // areas as MultiPolygon, whatever the file holds
    };

    // Every feature with a geometry of the first layer of `bytes`; `source` names the file in errors
    // and its suffix tells GDAL the format.
    static Result<std::vector<Feature>> read(const QByteArray &bytes, const QString &source, const Options &options);
};

} // namespace gc::geo
