#include "store/assetsnapshotquery.h"
#include "gpkggeometry.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

#include <QHash>

#include <algorithm>

namespace gc::core {

namespace {
Error stepFailed(const QString &path, const Statement &st)
{
    return makeError(ErrorCode::Sqlite, QStringLiteral("%1: %2").arg(path, st.error()));
}
} // namespace

Result<AssetSnapshot> AssetSnapshotQuery::load(const QString &path)
{
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    AssetSnapshot s;
    if (!db->tableExists(QStringLiteral("assets")))
        return s;
    qint64 all = 0;
    if (auto n = db->scalarInt(QStringLiteral("SELECT count(*) FROM assets")); n) {
        all = *n;
        s.fids.reserve(size_t(*n));
        s.xs.reserve(size_t(*n));
        s.ys.reserve(size_t(*n));
    }
    auto st = db->prepare(QStringLiteral(
        "SELECT fid, geom, category, status, method, dong_code, department FROM assets WHERE geom IS NOT NULL ORDER BY fid"));
    if (!st)
        return st.error();
    QHash<QString, uint16_t> dongs, departments;
    auto intern = [](QHash<QString, uint16_t> &table, QStringList &names, const QString &v) -> uint16_t {
        auto it = table.constFind(v);
        if (it != table.cend())
            return *it;
        const auto id = uint16_t(std::min<qsizetype>(names.size(), 65535));
        table.insert(v, id);
        names << v;
        return id;
    };
    while (st->step()) {
        double x = 0, y = 0;
        if (!gpkg::decodePoint(st->toBlob(1), x, y))
            continue;
        s.fids.push_back(st->toInt(0));
        s.xs.push_back(x);
        s.ys.push_back(y);
        s.category.push_back(AssetSnapshot::categoryIndex(st->toText(2)));
        s.status.push_back(AssetSnapshot::statusIndex(st->toText(3)));
        s.method.push_back(AssetSnapshot::methodIndex(st->toText(4)));
        s.dong.push_back(intern(dongs, s.dongCodes, st->toText(5)));
        s.department.push_back(intern(departments, s.departments, st->toText(6)));
    }
    if (st->failed())
        return stepFailed(path, *st);
    s.unplaced = std::max<qint64>(0, all - qint64(s.size()));
    return s;
}

Result<std::vector<uint8_t>> AssetSnapshotQuery::matches(const QString &path, const AssetSnapshot &snapshot,
                                                         const AssetFilter &filter)
{
    if (filter.isEmpty())
        return std::vector<uint8_t>(snapshot.size(), 1);
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    const auto sql = filter.toSql();
    auto st = db->prepare(QStringLiteral("SELECT fid FROM assets WHERE ") + sql.where + QStringLiteral(" ORDER BY fid"));
    if (!st)
        return st.error();
    sql.bind(*st);
    std::vector<uint8_t> out(snapshot.size(), 0);
    size_t pos = 0;
    while (st->step()) {
        const qint64 fid = st->toInt(0);
        // Both sides are in fid order: walk instead of searching.
        while (pos < snapshot.fids.size() && snapshot.fids[pos] < fid)
            ++pos;
        if (pos < snapshot.fids.size() && snapshot.fids[pos] == fid)
            out[pos] = 1;
    }
    if (st->failed())
        return stepFailed(path, *st);
    return out;
}

Result<QVariantMap> AssetSnapshotQuery::details(const QString &path, qint64 fid)
{
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto st = db->prepare(QStringLiteral("SELECT * FROM assets WHERE fid = ?1"));
    if (!st)
        return st.error();
    st->bind(1, fid);
    QVariantMap out;
    if (!st->step()) {
        if (st->failed())
            return stepFailed(path, *st);
        return out;
    }
    for (int i = 0; i < st->columnCount(); ++i) {
        const QString name = st->columnName(i);
        if (name == QLatin1String("geom"))
            continue;
        out.insert(name, st->toVariant(i));
    }
    return out;
}

} // namespace gc::core
