#pragma once

#include <QByteArray>
#include <QPointF>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace gc::geo {

// Writes tables and point layers through one of GDAL's vector drivers (XLSX, CSV, GPKG, GeoJSON),
// with Qt types. GDAL's messages are collected from construction to destruction (the last one is
// what a failed step's error should quote), and the file is flushed when the writer closes.
class FeatureWriter {
public:
    enum class Type { Text, Integer, Real };
    struct Column {
        QString name;
        Type type = Type::Text;
    };
    struct Layer {
        QString name;
        int epsg = 0; // the points' CRS; 0: a table without geometry
        std::vector<std::pair<QByteArray, QByteArray>> options; // GDAL layer creation options
    };

    FeatureWriter();
    ~FeatureWriter();
    FeatureWriter(const FeatureWriter &) = delete;
    FeatureWriter &operator=(const FeatureWriter &) = delete;

    static bool hasDriver(const QByteArray &driver);
    bool create(const QString &path, const QByteArray &driver);
    // The layer's index, or -1 when GDAL refused it.
    int addLayer(const Layer &layer);
    // False when GDAL refused one of them.
    bool addColumns(int layer, const std::vector<Column> &columns);
    // Begins a transaction where the driver has them; commit() ends it (true when there was none).
    void begin();
    bool commit();
    // One row: a value per column (an invalid QVariant leaves the cell empty), and its point if any.
    bool write(int layer, const std::vector<QVariant> &values, std::optional<QPointF> point = std::nullopt);
    // Closes the file, which writes it (an XLSX is zipped here).
    void close();

    // GDAL's most recent failure (or warning), and all it said, without repeats.
    QString lastMessage() const;
    QString messages() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace gc::geo
