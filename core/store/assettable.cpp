#include "store/assettable.h"
#include "model/assetfields.h"
#include "model/catalog.h"
#include "gpkggeometry.h"
#include "store/schema.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

namespace gc::core {

namespace {

QString fieldColumns()
{
    QStringList cols;
    for (const auto &f : assetfields::all())
        cols << QStringLiteral("\"%1\"").arg(QLatin1String(f.key));
    return cols.join(QLatin1Char(','));
}

Asset assetFromRow(const Statement &st)
{
    // Column order: geom, uuid, fields…, created_at, updated_at
    Asset a;
    double x = 0, y = 0;
    if (!st.isNull(0) && gpkg::decodePoint(st.toBlob(0), x, y)) {
        a.hasLocation = true;
        a.x = x;
        a.y = y;
    }
    a.uuid = st.toText(1);
    int i = 2;
    for (const auto &f : assetfields::all()) {
        const QString key = QLatin1String(f.key);
        switch (f.type) {
        case AssetField::Type::Int: assetfields::set(a, key, st.isNull(i) ? QVariant(0) : QVariant(st.toInt(i))); break;
        case AssetField::Type::Bool: assetfields::set(a, key, st.toInt(i) != 0); break;
        case AssetField::Type::Real: assetfields::set(a, key, st.toDouble(i)); break;
        case AssetField::Type::Text: assetfields::set(a, key, st.toText(i)); break;
        }
        ++i;
    }
    a.createdAt = st.toText(i);
    a.updatedAt = st.toText(i + 1);
    return a;
}

// A prepared lookup by one key: the first row read by `read`, the statement left ready for the next call.
template <typename Read>
auto lookup(Statement &st, const QString &key, Read read) -> std::optional<decltype(read(st))>
{
    st.reset();
    st.bind(1, key);
    std::optional<decltype(read(st))> out;
    if (st.step())
        out = read(st);
    st.reset();
    return out;
}

} // namespace

AssetTable::AssetTable(const SqliteDb &db) : m_db(db) {}
AssetTable::~AssetTable() = default;

Result<std::unique_ptr<AssetTable>> AssetTable::open(const SqliteDb &db)
{
    std::unique_ptr<AssetTable> t(new AssetTable(db));
    QStringList params;
    int n = 1;
    for (const auto &f : assetfields::all()) {
        Q_UNUSED(f);
        params << QStringLiteral("?%1").arg(n + 2);
        ++n;
    }
    // Plain INSERT and UPDATE rather than an UPSERT: an UPSERT's conflict clause overrides the
    // "INSERT OR REPLACE" inside the GeoPackage R-tree triggers and makes them fail.
    const QString insert = QStringLiteral("INSERT INTO assets (geom, uuid, %1, created_at, updated_at, last_hlc) VALUES (?1, ?2, %2, ?%3, ?%4, ?%5)")
                               .arg(fieldColumns(), params.join(QLatin1Char(',')))
                               .arg(n + 2)
                               .arg(n + 3)
                               .arg(n + 4);
    QStringList sets;
    int k = 3;
    for (const auto &f : assetfields::all())
        sets << QStringLiteral("\"%1\" = ?%2").arg(QLatin1String(f.key)).arg(k++);
    const QString update = QStringLiteral("UPDATE assets SET geom = ?1, %1, created_at = ?%2, updated_at = ?%3, last_hlc = ?%4 WHERE uuid = ?2")
                               .arg(sets.join(QLatin1Char(',')))
                               .arg(n + 2)
                               .arg(n + 3)
                               .arg(n + 4);
    struct P { std::unique_ptr<Statement> *target; QString sql; };
    const P prepared[] = {
        {&t->m_insert, insert},
        {&t->m_update, update},
        {&t->m_remove, QStringLiteral("DELETE FROM assets WHERE uuid = ?1")},
        {&t->m_lastHlc, QStringLiteral("SELECT last_hlc FROM assets WHERE uuid = ?1")},
        {&t->m_select, QStringLiteral("SELECT geom, uuid, %1, created_at, updated_at FROM assets WHERE uuid = ?1").arg(fieldColumns())},
        {&t->m_codeExists, QStringLiteral("SELECT 1 FROM assets WHERE code = ?1")},
    };
    for (const auto &p : prepared) {
        auto r = db.prepare(p.sql);
        if (!r)
            return r.error();
        *p.target = std::make_unique<Statement>(std::move(*r));
    }
    return t;
}

VoidResult AssetTable::upsert(const Asset &a, const QString &lastHlc, bool isNew)
{
    if (!isNew) {
        if (auto r = bind(*m_update, a, lastHlc).run(); !r)
            return r;
        if (m_db.changes() > 0)
            return Ok{};
    }
    return bind(*m_insert, a, lastHlc).run();
}

Statement &AssetTable::bind(Statement &st, const Asset &a, const QString &lastHlc)
{
    st.bind(1, a.hasLocation ? gpkg::encodePoint(a.x, a.y, Schema::kSrsId) : QByteArray());
    st.bind(2, a.uuid);
    int i = 3;
    for (const auto &f : assetfields::all()) {
        const QVariant v = assetfields::get(a, QLatin1String(f.key));
        if (f.type == AssetField::Type::Text && v.toString().isEmpty())
            st.bindNull(i);
        else if (f.type == AssetField::Type::Bool)
            st.bind(i, qint64(v.toBool() ? 1 : 0));
        else
            st.bindVariant(i, v);
        ++i;
    }
    st.bind(i, a.createdAt).bind(i + 1, a.updatedAt).bind(i + 2, lastHlc);
    return st;
}

VoidResult AssetTable::remove(const QString &uuid)
{
    m_remove->reset();
    m_remove->bind(1, uuid);
    return m_remove->run();
}

std::optional<QString> AssetTable::lastHlc(const QString &uuid) const
{
    return lookup(*m_lastHlc, uuid, [](const Statement &st) { return st.toText(0); });
}

std::optional<Asset> AssetTable::byUuid(const QString &uuid) const { return lookup(*m_select, uuid, assetFromRow); }

bool AssetTable::codeExists(const QString &code) const
{
    return lookup(*m_codeExists, code, [](const Statement &) { return true; }).has_value();
}

std::optional<Asset> AssetTable::byCode(const QString &code) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT geom, uuid, %1, created_at, updated_at FROM assets WHERE code = ?1 LIMIT 1").arg(fieldColumns()));
    if (!st)
        return std::nullopt;
    st->bind(1, code);
    if (!st->step())
        return std::nullopt;
    return assetFromRow(*st);
}

Result<std::vector<Asset>> AssetTable::all() const
{
    auto st = m_db.prepare(QStringLiteral("SELECT geom, uuid, %1, created_at, updated_at FROM assets ORDER BY fid").arg(fieldColumns()));
    if (!st)
        return st.error();
    std::vector<Asset> out;
    while (st->step())
        out.push_back(assetFromRow(*st));
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

VoidResult AssetTable::forEach(const std::function<void(const Asset &, qint64 fid, const QString &lastHlc)> &visit) const
{
    // assetFromRow reads the leading columns; fid and last_hlc follow them.
    const int fid = 2 + int(assetfields::all().size()) + 2;
    auto st = m_db.prepare(QStringLiteral("SELECT geom, uuid, %1, created_at, updated_at, fid, last_hlc FROM assets ORDER BY fid").arg(fieldColumns()));
    if (!st)
        return st.error();
    while (st->step())
        visit(assetFromRow(*st), st->toInt(fid), st->toText(fid + 1));
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return Ok{};
}

qint64 AssetTable::count() const { return m_db.scalarInt(QStringLiteral("SELECT count(*) FROM assets")).value(); }

Result<std::vector<qint64>> AssetTable::idsInWindow(double minX, double minY, double maxX, double maxY) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT id FROM rtree_assets_geom WHERE minx <= ?3 AND maxx >= ?1 AND miny <= ?4 AND maxy >= ?2"));
    if (!st)
        return st.error();
    st->bind(1, minX).bind(2, minY).bind(3, maxX).bind(4, maxY);
    std::vector<qint64> out;
    while (st->step())
        out.push_back(st->toInt(0));
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

QString AssetTable::nextCode(const QString &category) const
{
    const CatalogEntry *c = catalog::find(catalog::categories(), category);
    const QString prefix = QString::fromUtf8(c ? c->codePrefix : "ETC");
    auto st = m_db.prepare(QStringLiteral("SELECT max(CAST(substr(code, ?2) AS INTEGER)) FROM assets WHERE code GLOB ?1"));
    int next = 1;
    if (st) {
        const QString head = QStringLiteral("GC-%1-").arg(prefix);
        st->bind(1, head + QStringLiteral("[0-9]*")).bind(2, qint64(head.size() + 1));
        if (st->step() && !st->isNull(0))
            next = int(st->toInt(0)) + 1;
    }
    return QStringLiteral("GC-%1-%2").arg(prefix).arg(next, 6, 10, QLatin1Char('0'));
}

} // namespace gc::core
