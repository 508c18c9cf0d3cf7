#include "store/inventorystats.h"
#include "store/storeaccess.h"
#include "model/catalog.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

#include <map>

namespace gc::core {

namespace {
Result<std::map<QString, qint64>> grouped(const SqliteDb &db, const QString &column)
{
    auto st = db.prepare(QStringLiteral("SELECT %1, count(*) FROM assets GROUP BY %1").arg(column));
    if (!st)
        return st.error();
    std::map<QString, qint64> out;
    while (st->step())
        out[st->toText(0)] = st->toInt(1);
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

// Every catalog entry appears (with 0), in catalog order; unknown codes follow.
std::vector<InventoryStats::Count> fromCatalog(std::span<const CatalogEntry> list, std::map<QString, qint64> counts)
{
    std::vector<InventoryStats::Count> out;
    for (const auto &e : list) {
        const QString code = QLatin1String(e.code);
        out.push_back({code, QString::fromUtf8(e.ko), counts[code]});
        counts.erase(code);
    }
    for (const auto &[code, n] : counts)
        out.push_back({code, code, n});
    return out;
}
} // namespace

Result<InventoryStats> InventoryStats::compute(const SqliteDb &db)
{
    InventoryStats s;
    auto total = db.scalarInt(QStringLiteral("SELECT count(*) FROM assets"));
    auto events = db.scalarInt(QStringLiteral("SELECT count(*) FROM asset_events"));
    auto photos = db.scalarInt(QStringLiteral("SELECT count(*) FROM photos"));
    if (!total || !events || !photos)
        return makeError(ErrorCode::Sqlite, db.lastError());
    s.total = *total;
    s.events = *events;
    s.photos = *photos;
    auto cat = grouped(db, QStringLiteral("category"));
    auto status = grouped(db, QStringLiteral("status"));
    auto dept = grouped(db, QStringLiteral("department"));
    if (!cat || !status || !dept)
        return makeError(ErrorCode::Sqlite, db.lastError());
    s.byCategory = fromCatalog(catalog::categories(), *cat);
    s.byStatus = fromCatalog(catalog::statuses(), *status);
    for (const auto &[name, n] : *dept)
        s.byDepartment.push_back({name, name.isEmpty() ? QStringLiteral("(미지정)") : name, n});

    auto st = db.prepare(QStringLiteral("SELECT d.adm_code, d.name_ko, (SELECT count(*) FROM assets a WHERE a.dong_code = d.adm_code) "
                                        "FROM dongs d ORDER BY d.adm_code"));
    if (!st)
        return st.error();
    qint64 inDongs = 0;
    while (st->step()) {
        s.byDong.push_back({st->toText(0), st->toText(1), st->toInt(2)});
        inDongs += st->toInt(2);
    }
    if (inDongs < s.total)
        s.byDong.push_back({QString(), QStringLiteral("(동 없음: 차량 등)"), s.total - inDongs});
    return s;
}

qint64 InventoryStats::countOf(const std::vector<Count> &list, const QString &code) const
{
    for (const auto &c : list) {
        if (c.code == code)
            return c.count;
    }
    return 0;
}

Result<InventoryStats> InventoryStats::compute(const AssetStore &store) { return compute(StoreAccess::db(store)); }

} // namespace gc::core
