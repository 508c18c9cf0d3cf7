#pragma once

#include "result.h"

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace gc::geo {

// How to read a vector source.
struct VectorLayerOptions {
    QString sourceLayer;  // layer inside a multi-layer source (GeoPackage, KML); empty = the first
    QString encoding;     // attribute encoding when the file does not say (e.g. "CP949" for a .shp with no .cpg)
    QString crsOverride;  // CRS to assume instead of the file's (or when it has none)
    QString labelField;   // field whose text labels each feature
    QString keyField;     // field kept per feature for data-driven styling (choropleth)
    QString mapCrs = QStringLiteral("EPSG:5186");
};

// One feature in map coordinates. Polygons keep all rings (outer and holes) in `parts`.
struct VectorFeature {
    enum class Kind : uint8_t { Point, Line, Polygon };
    Kind kind = Kind::Polygon;
    std::vector<std::vector<QPointF>> parts;
    QRectF bounds; // QRectF(minX, minY, w, h), y north
    QPointF labelAnchor;
    QString label;
    QString key;
};

// One feature handed over as ISO WKB (e.g. read from a GeoPackage through SQLite), with its label and key.
struct WkbFeature {
    QByteArray wkb;
    QString label;
    QString key;
};

// A vector source (anything OGR reads) loaded into memory and reprojected to the map CRS, so that
// tile renderers on several threads can draw it without touching GDAL. Immutable once loaded.
class VectorLayer {
public:
    static Result<std::shared_ptr<const VectorLayer>> load(const QString &path, const VectorLayerOptions &options = {});
    // The same from bytes in memory (a Qt resource); `fileName` tells GDAL the format by its suffix.
    static Result<std::shared_ptr<const VectorLayer>> loadFromMemory(const QByteArray &data, const QString &fileName,
                                                                     const VectorLayerOptions &options = {});
    // The same from features already read (WKB in `sourceCrs`), for a file this process holds open
    // through SQLite: GDAL opening that file would close a descriptor of it, and closing any
    // descriptor of a file drops every POSIX lock the process holds on it, SQLite's among them
    // (an outside reader then deletes the WAL the process still writes into).
    static Result<std::shared_ptr<const VectorLayer>> fromWkb(const std::vector<WkbFeature> &features, const QString &name,
                                                              const QString &sourceCrs, const VectorLayerOptions &options = {});
    // Names of the layers in a source, so a panel can offer them.
    static Result<QStringList> layerNames(const QString &path);

    const std::vector<VectorFeature> &features() const { return m_features; }
    QRectF extent() const { return m_extent; }
    QStringList fieldNames() const { return m_fields; }
    QString sourceCrs() const { return m_sourceCrs; }
    QString driver() const { return m_driver; }
    QString layerName() const { return m_layerName; }
    // Non-fatal notes for the layer panel (features skipped, GDAL warnings).
    QString warnings() const { return m_warnings; }

private:
    std::vector<VectorFeature> m_features;
    QRectF m_extent;
    QStringList m_fields;
    QString m_sourceCrs;
    QString m_driver;
    QString m_layerName;
    QString m_warnings;
};

} // namespace gc::geo
