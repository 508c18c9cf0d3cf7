#include "field/workqueue.h"
#include "store/storeaccess.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

#include <cmath>

namespace gc::core {

namespace {

// An asset the office's review sent back to the crew: needs attention, and the newest status event
// is a rejected review (a crew's own "cannot install" also needs attention, but is not returned work).
QString returnedExpr()
{
    return QStringLiteral("(a.status = 'needs_attention' AND (SELECT json_extract(e.payload, '$.review') FROM asset_events e "
                          "WHERE e.asset_uuid = a.uuid AND +e.kind = 'asset.status' ORDER BY e.hlc DESC LIMIT 1) = 'rejected')");
}

// The WHERE clause shared by count and fetch; binds ?1 crew, ?2 search, ?10.. statuses.
QString whereClause(const WorkQuery &q)
{
    QStringList marks;
    for (int i = 0; i < q.statuses.size(); ++i)
        marks << QStringLiteral("?%1").arg(10 + i);
    QString w = QStringLiteral(" WHERE a.assignee = ?1");
    if (!marks.isEmpty())
        w += q.returnedFirst ? QStringLiteral(" AND (a.status IN (%1) OR %2)").arg(marks.join(QLatin1Char(',')), returnedExpr())
                             : QStringLiteral(" AND a.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    if (!q.search.trimmed().isEmpty())
        w += QStringLiteral(" AND (instr(lower(a.code), ?2) OR instr(lower(coalesce(a.name,'')), ?2) OR "
                            "instr(lower(coalesce(a.address_road,'')), ?2) OR instr(lower(coalesce(a.address_jibun,'')), ?2))");
    return w;
}

void bindWhere(Statement &st, const WorkQuery &q)
{
    st.bind(1, q.crew);
    if (!q.search.trimmed().isEmpty())
        st.bind(2, q.search.trimmed().toLower());
    for (int i = 0; i < q.statuses.size(); ++i)
        st.bind(10 + i, q.statuses[i]);
}

} // namespace

Result<qint64> WorkQueue::count(const SqliteDb &db, const WorkQuery &q)
{
    auto st = db.prepare(QStringLiteral("SELECT count(*) FROM assets a") + whereClause(q));
    if (!st)
        return st.error();
    bindWhere(*st, q);
    if (!st->step())
        return makeError(ErrorCode::Sqlite, st->failed() ? st->error() : QStringLiteral("no row"));
    return st->toInt(0);
}

QString WorkQueue::fetchSql(const WorkQuery &q)
{
    const QString returned = q.returnedFirst ? returnedExpr() : QStringLiteral("0");
    const QString order = QStringLiteral(" ORDER BY returned DESC, ")
                          + (q.from ? QStringLiteral("r.id IS NULL, (cx - ?3) * (cx - ?3) + (cy - ?4) * (cy - ?4), a.code")
                                    : QStringLiteral("coalesce(a.due_date, '9999'), a.priority, a.code"));
    return QStringLiteral("SELECT a.uuid, a.code, a.name, a.category, a.status, coalesce(a.address_road, a.address_jibun, ''), "
                          "a.due_date, a.method, a.mark_size, a.mark_count, r.id IS NOT NULL, "
                          "(r.minx + r.maxx) / 2 AS cx, (r.miny + r.maxy) / 2 AS cy, coalesce(a.dong_code, ''), "
                          "%1 AS returned, coalesce(a.status_reason, '') "
                          "FROM assets a LEFT JOIN rtree_assets_geom r ON r.id = a.fid").arg(returned)
           + whereClause(q) + order + QStringLiteral(" LIMIT ?5 OFFSET ?6");
}

Result<std::vector<WorkItem>> WorkQueue::fetch(const SqliteDb &db, const WorkQuery &q)
{
    auto st = db.prepare(fetchSql(q));
    if (!st)
        return st.error();
    bindWhere(*st, q);
    if (q.from)
        st->bind(3, q.from->x()).bind(4, q.from->y());
    st->bind(5, qint64(q.limit)).bind(6, qint64(q.offset));
    std::vector<WorkItem> out;
    while (st->step()) {
        WorkItem w;
        w.uuid = st->toText(0);
        w.code = st->toText(1);
        w.name = st->toText(2);
        w.category = st->toText(3);
        w.status = st->toText(4);
        w.address = st->toText(5);
        w.dueDate = st->toText(6);
        w.method = st->toText(7);
        w.markSize = st->toText(8);
        w.markCount = int(st->toInt(9));
        w.hasLocation = st->toInt(10) != 0;
        w.dongCode = st->toText(13);
        w.returned = st->toInt(14) != 0;
        if (w.returned)
            w.statusReason = st->toText(15);
        if (w.hasLocation) {
            w.x = st->toDouble(11);
            w.y = st->toDouble(12);
            if (q.from)
                w.distance = std::hypot(w.x - q.from->x(), w.y - q.from->y());
        }
        out.push_back(std::move(w));
    }
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

Result<qint64> WorkQueue::count(const AssetStore &store, const WorkQuery &q) { return count(StoreAccess::db(store), q); }
Result<std::vector<WorkItem>> WorkQueue::fetch(const AssetStore &store, const WorkQuery &q) { return fetch(StoreAccess::db(store), q); }

} // namespace gc::core
