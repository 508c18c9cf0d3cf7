#pragma once

#include "result.h"
#include "store/statement.h"

#include <QString>

namespace gc::core {

class AssetStore;
class AssetFilter;

// The assets a filter selects, for writers that report progress: how many there are, and the rows.
struct FilteredRows {
    qint64 total = 0;
    Statement rows;

    // `columns` are selected from `assets a LEFT JOIN dongs d` (the dong's name is d.name_ko), in
    // `orderBy` order, e.g. select(store, filter, "a.code, a.name", "a.code").
    static Result<FilteredRows> select(const AssetStore &store, const AssetFilter &filter, const QString &columns, const QString &orderBy);
};

} // namespace gc::core
