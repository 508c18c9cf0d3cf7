#pragma once

#include "result.h"

#include <QString>

#include <vector>

namespace gc::core {

class AssetStore;
class SqliteDb;

// Counts of the inventory by category, status, dong and department (GROUP BY over indexes).
struct InventoryStats {
    struct Count {
        QString code;  // category/status code, dong adm_code, department name
        QString label; // Korean label (dong name for dongs)
        qint64 count = 0;
    };
    qint64 total = 0;
    qint64 events = 0;
    qint64 photos = 0;
    std::vector<Count> byCategory, byStatus, byDong, byDepartment;

    static Result<InventoryStats> compute(const SqliteDb &db);
    static Result<InventoryStats> compute(const AssetStore &store);
    qint64 countOf(const std::vector<Count> &list, const QString &code) const;
};

} // namespace gc::core
