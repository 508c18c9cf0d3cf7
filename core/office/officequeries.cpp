#include "office/officequeries.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

namespace gc::core {

Result<std::vector<OverdueAssignment>> OfficeQueries::overdue(const AssetStore &store, const QDate &asOf, int limit)
{
    auto st = StoreAccess::db(store).prepare(QStringLiteral("SELECT uuid, code, name, assignee, due_date FROM assets WHERE status = 'assigned' "
                                                            "AND due_date IS NOT NULL AND due_date < ?1 ORDER BY due_date, code LIMIT ?2"));
    if (!st)
        return st.error();
    st->bind(1, asOf.toString(Qt::ISODate)).bind(2, qint64(limit));
    std::vector<OverdueAssignment> out;
    while (st->step())
        out.push_back({st->toText(0), st->toText(1), st->toText(2), st->toText(3), st->toText(4)});
    if (st->failed())
        return makeError(QStringLiteral("sqlite"), st->error());
    return out;
}

Result<QStringList> OfficeQueries::uuidsOfFids(const AssetStore &store, const std::vector<qint64> &fids)
{
    auto st = StoreAccess::db(store).prepare(QStringLiteral("SELECT uuid FROM assets WHERE fid = ?1"));
    if (!st)
        return st.error();
    QStringList out;
    for (const qint64 fid : fids) {
        st->reset();
        st->bind(1, fid);
        if (st->step())
            out << st->toText(0);
    }
    return out;
}

Result<QStringList> OfficeQueries::uuidsMatching(const AssetStore &store, const AssetFilter &filter)
{
    const auto sql = filter.toSql();
    auto st = StoreAccess::db(store).prepare(QStringLiteral("SELECT uuid FROM assets WHERE %1 ORDER BY fid").arg(sql.where));
    if (!st)
        return st.error();
    sql.bind(*st);
    return st->texts();
}

Result<qint64> OfficeQueries::countMatching(const AssetStore &store, const AssetFilter &filter)
{
    const auto sql = filter.toSql();
    auto st = StoreAccess::db(store).prepare(QStringLiteral("SELECT count(*) FROM assets WHERE %1").arg(sql.where));
    if (!st)
        return st.error();
    sql.bind(*st);
    if (!st->step())
        return makeError(QStringLiteral("sqlite"), st->error());
    return st->toInt(0);
}

} // namespace gc::core
