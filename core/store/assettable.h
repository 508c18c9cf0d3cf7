#pragma once

#include "model/asset.h"
#include "result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace gc::core {

class SqliteDb;
class Statement;

// The `assets` feature table, row by row: every asset field in its own column, the point in `geom`,
// and `last_hlc`, the stamp of the newest event folded into the row. Only the projection writes it.
class AssetTable {
public:
    static Result<std::unique_ptr<AssetTable>> open(const SqliteDb &db);
    ~AssetTable();

    // Writes the row (updating it, else inserting; `isNew` skips the update try).
    VoidResult upsert(const Asset &a, const QString &lastHlc, bool isNew = false);
    // Removes the asset's row (an asset.deleted event); no row is not an error.
    VoidResult remove(const QString &uuid);
    // The stamp of the newest event in the row; nullopt when there is no row.
    std::optional<QString> lastHlc(const QString &uuid) const;

    std::optional<Asset> byUuid(const QString &uuid) const;
    std::optional<Asset> byCode(const QString &code) const;
    Result<std::vector<Asset>> all() const;
    // Every row in fid order, one at a time (none kept), with its fid and last_hlc.
    VoidResult forEach(const std::function<void(const Asset &, qint64 fid, const QString &lastHlc)> &visit) const;
    qint64 count() const;
    // fids of assets whose point lies in the window (EPSG:5186), through the GeoPackage R-tree.
    Result<std::vector<qint64>> idsInWindow(double minX, double minY, double maxX, double maxY) const;
    // Next free readable code for a category, e.g. GC-SIGN-005125.
    QString nextCode(const QString &category) const;
    bool codeExists(const QString &code) const;

private:
    explicit AssetTable(const SqliteDb &db);
    Statement &bind(Statement &st, const Asset &a, const QString &lastHlc);

    const SqliteDb &m_db;
    std::unique_ptr<Statement> m_insert, m_update, m_remove, m_lastHlc, m_select, m_codeExists;
};

} // namespace gc::core
