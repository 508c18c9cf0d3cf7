#include "store/filteredrows.h"

#include "model/assetfilter.h"
#include "store/sqlitedb.h"
#include "store/storeaccess.h"

namespace gc::core {

Result<FilteredRows> FilteredRows::select(const AssetStore &store, const AssetFilter &filter, const QString &columns, const QString &orderBy)
{
    const AssetFilter::Sql where = filter.toSql(QStringLiteral("a"));
    auto count = StoreAccess::db(store).prepare(QStringLiteral("SELECT count(*) FROM assets a WHERE %1").arg(where.where));
    auto rows = StoreAccess::db(store).prepare(QStringLiteral("SELECT %1 FROM assets a LEFT JOIN dongs d ON d.adm_code = a.dong_code "
                                                              "WHERE %2 ORDER BY %3")
                                                   .arg(columns, where.where, orderBy));
    if (!count)
        return count.error();
    if (!rows)
        return rows.error();
    where.bind(*count);
    where.bind(*rows);
    FilteredRows out;
    out.total = count->step() ? count->toInt(0) : 0;
    out.rows = std::move(*rows);
    return out;
}

} // namespace gc::core
