#include "assetsnapshot.h"
#include "domain/catalog.h"
#include "store/gpkggeometry.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

#include <QHash>

#include <algorithm>

namespace gc::ui {

namespace {
uint8_t indexIn(std::span<const core::CatalogEntry> list, const QString &code, uint8_t fallback)
{
    for (size_t i = 0; i < list.size(); ++i)
        if (code == QLatin1String(list[i].code))
            return uint8_t(i);
    return fallback;
}
} // namespace

uint8_t AssetSnapshot::categoryIndex(const QString &code)
{
    return indexIn(core::catalog::categories(), code, uint8_t(core::catalog::categories().size() - 1));
}

uint8_t AssetSnapshot::statusIndex(const QString &code)
{
    return indexIn(core::catalog::statuses(), code, 0);
}

uint8_t AssetSnapshot::methodIndex(const QString &code)
{
    return indexIn(core::catalog::methods(), code, 255);
}

qint64 AssetSnapshot::indexOf(qint64 fid) const
{
    const auto it = std::lower_bound(fids.begin(), fids.end(), fid);
    return it != fids.end() && *it == fid ? qint64(it - fids.begin()) : -1;
}

Result<AssetSnapshot> AssetSnapshot::load(const QString &path)
{
    auto db = core::SqliteDb::open(path, core::SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    AssetSnapshot s;
    if (!db->tableExists(QStringLiteral("assets")))
        return s;
    if (auto n = db->scalarInt(QStringLiteral("SELECT count(*) FROM assets")); n) {
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
        if (!core::gpkg::decodePoint(st->toBlob(1), x, y))
            continue;
        s.fids.push_back(st->toInt(0));
        s.xs.push_back(x);
        s.ys.push_back(y);
        s.category.push_back(categoryIndex(st->toText(2)));
        s.status.push_back(statusIndex(st->toText(3)));
        s.method.push_back(methodIndex(st->toText(4)));
        s.dong.push_back(intern(dongs, s.dongCodes, st->toText(5)));
        s.department.push_back(intern(departments, s.departments, st->toText(6)));
    }
    if (st->failed())
        return makeError(QStringLiteral("sqlite"), QStringLiteral("%1: %2").arg(path, st->error()));
    return s;
}

Result<std::vector<uint8_t>> AssetSnapshot::matches(const QString &path, const AssetSnapshot &snapshot,
                                                    const core::AssetFilter &filter)
{
    if (filter.isEmpty())
        return std::vector<uint8_t>(snapshot.size(), 1);
    auto db = core::SqliteDb::open(path, core::SqliteDb::Mode::ReadOnly);
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
        return makeError(QStringLiteral("sqlite"), QStringLiteral("%1: %2").arg(path, st->error()));
    return out;
}

} // namespace gc::ui
