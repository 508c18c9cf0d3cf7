#pragma once

#include "crstransform.h"
#include "result.h"

#include <QPointF>

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class CPLStringList;
class GDALDataset;
class OGRLayer;

namespace gc::geo {

class MemoryFile;

// Rows to import, from a file an office sends: a CSV (UTF-8, with or without a BOM, or CP949 and
// other legacy encodings, recoded to UTF-8 in memory), a spreadsheet (XLSX/ODS), or the attribute
// table of any other OGR vector source (GeoPackage, GeoJSON, a shapefile with or without a .cpg).
// For CSV and spreadsheets the first row names the columns and every cell is read as text, so
// that codes like "007" keep their zeros and row n of the data is line n + 1 of the file.
class TabularSource {
public:
    // A layer's header row and what each column is read as.
    struct Columns {
        QStringList names; // as the file has them
        QStringList keys;  // per column, the caller's key for it; empty where the column is not read
        QStringList unread() const;
        bool has(const QString &key) const { return keys.contains(key); }
        // The column read as `key` (the last, when several are), else `fallback`: for messages.
        QString nameOf(const QString &key, const QString &fallback = {}) const;
    };

    // `encoding` as the user gave it ("CP949"); empty: UTF-8, or CP949 when the bytes are not UTF-8.
    static Result<TabularSource> open(const QString &path, const QString &encoding = {});
    // `bytes` in `encoding` to UTF-8 (unchanged for UTF-8 or an empty encoding).
    static QByteArray toUtf8(const QByteArray &bytes, const QString &encoding);

    TabularSource(TabularSource &&) noexcept;
    TabularSource &operator=(TabularSource &&) noexcept;
    ~TabularSource();

    int layerCount() const;
    QStringList layerNames() const;
    // The layer (sheet) by name or position, ready to read; nullptr when there is none.
    OGRLayer *layer(const QString &name) const;
    OGRLayer *layer(int index) const;
    // The column names of a layer, in order.
    static QStringList columnNames(OGRLayer &layer);
    // The same, each mapped to a key by `keyFor` (empty: not read).
    static Columns columns(OGRLayer &layer, const std::function<QString(const QString &)> &keyFor);

    // The same by layer index, in Qt types only, for code above geo/ (which includes no GDAL header).
    std::optional<int> layerIndex(const QString &name) const;
    QString layerName(int index) const;
    Columns columns(int index, const std::function<QString(const QString &)> &keyFor) const;
    qint64 rowCount(int index) const;
    // The transform from the layer's own CRS to `to`; nothing when the layer names none.
    std::optional<Result<CrsTransform>> transformFrom(int index, const QString &to) const;
    // One row: each read column's text (empty where the cell is, or the column is not read), and its
    // geometry as one point in the layer's CRS (the point itself, a point on a surface, else the centroid).
    struct Row {
        QStringList cells;
        std::optional<QPointF> point;
    };
    // Every row from the first, in order, reading the columns that have a key; stops at fn's error.
    VoidResult forEachRow(int index, const Columns &columns, const std::function<VoidResult(const Row &)> &fn) const;

    // What the text was read as ("UTF-8", "CP949"); empty for a shapefile whose .cpg says it.
    const QString &encoding() const { return m_encoding; }
    // What was assumed on the way, Korean / English, for the import report.
    const QStringList &notes() const { return m_notes; }
    // GDAL's complaint when the file names a CRS it could not resolve (its layers then claim WGS 84).
    const QString &crsProblem() const { return m_crsProblem; }
    // CSV, XLSX or ODS: the first line is the header.
    bool hasHeaderRow() const { return !m_sheetDriver.isEmpty() || m_csv; }

private:
    TabularSource();
    OGRLayer *prepared(OGRLayer *layer) const;
    // The steps of open(): how each kind of file is read, then GDAL opening it.
    VoidResult readCsv(const QString &path, QByteArray &openPath, CPLStringList &openOptions);
    void readSheetEncoding(const QString &ext);
    void readShapefileEncoding(const QString &path, const QByteArray &openPath, CPLStringList &openOptions);
    VoidResult openDataset(const QString &path, const QString &ext, const QByteArray &openPath, CPLStringList &openOptions);

    std::unique_ptr<MemoryFile> m_memory; // before m_ds: the dataset closes before its file goes
    struct DatasetCloser { void operator()(GDALDataset *ds) const; };
    std::unique_ptr<GDALDataset, DatasetCloser> m_ds;
    QString m_encoding;
    QStringList m_notes;
    QString m_crsProblem;
    QByteArray m_sheetDriver; // "XLSX" or "ODS": their header and type settings are read when a sheet is parsed
    bool m_csv = false;
};

} // namespace gc::geo
