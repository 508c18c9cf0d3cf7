#include "office/officequeries.h"
#include "model/assetstatus.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

namespace gc::core {

Result<std::vector<OverdueAssignment>> OfficeQueries::overdue(const AssetStore &store, const QDate &asOf, int limit)
{
    auto st = StoreAccess::db(store).prepare(QStringLiteral("SELECT uuid, code, name, assignee, due_date FROM assets WHERE status = ?3 "
                                                            "AND due_date IS NOT NULL AND due_date < ?1 ORDER BY due_date, code LIMIT ?2"));
    if (!st)
        return st.error();
    st->bind(1, asOf.toString(Qt::ISODate)).bind(2, qint64(limit)).bind(3, toString(AssetStatus::Assigned));
    std::vector<OverdueAssignment> out;
    while (st->step())
        out.push_back({st->toText(0), st->toText(1), st->toText(2), st->toText(3), st->toText(4)});
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
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

namespace {

// "SELECT … FROM assets WHERE <the filter> …", its values bound.
Result<Statement> selectFiltered(const AssetStore &store, const QString &select, const AssetFilter &filter, const QString &tail = {})
{
    const auto sql = filter.toSql();
    auto st = StoreAccess::db(store).prepare(QStringLiteral("%1 FROM assets WHERE %2%3").arg(select, sql.where, tail));
    if (st)
        sql.bind(*st);
    return st;
}

} // namespace

Result<QStringList> OfficeQueries::uuidsMatching(const AssetStore &store, const AssetFilter &filter)
{
    auto st = selectFiltered(store, QStringLiteral("SELECT uuid"), filter, QStringLiteral(" ORDER BY fid"));
    if (!st)
        return st.error();
    return st->texts();
}

Result<qint64> OfficeQueries::countMatching(const AssetStore &store, const AssetFilter &filter)
{
    auto st = selectFiltered(store, QStringLiteral("SELECT count(*)"), filter);
    if (!st)
        return st.error();
    if (!st->step())
        return makeError(ErrorCode::Sqlite, st->error());
    return st->toInt(0);
}

Result<QStringList> OfficeQueries::departments(const AssetStore &store)
{
    auto st = StoreAccess::db(store).prepare(QStringLiteral("SELECT department FROM assets WHERE department IS NOT NULL AND department <> '' "
                                                            "UNION SELECT department FROM survey_submissions WHERE department <> '' ORDER BY 1"));
    if (!st)
        return st.error();
    return st->texts();
}

} // namespace gc::core
