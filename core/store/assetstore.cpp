#include "store/assetstore.h"
#include "domain/assetfields.h"
#include "domain/assetvalidator.h"
#include "domain/catalog.h"
#include "io/districtdata.h"
#include "io/donglocator.h"
#include "log/eventrow.h"
#include "store/gpkggeometry.h"
#include "log/hybridclock.h"
#include "photo/perceptualhash.h"
#include "photo/photoexif.h"
#include "photo/photostore.h"
#include "store/schema.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "log/timeuuid.h"
#include "field/fieldtables.h"
#include "survey/surveyreducer.h"
#include "survey/surveytables.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>
#include <QUuid>

#include <set>

#include <sqlite3.h>

namespace gc::core {

struct AssetStore::Statements {
    Statement insertEvent;
    Statement insertEventIgnore;
    Statement insertAsset;
    Statement updateAsset;
    Statement upsertPhoto;
    Statement lastHlc;
    Statement selectAsset;
    Statement assetEvents;
};

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

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


QString defaultDevice()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("device") : host;
}

} // namespace

AssetStore::AssetStore() = default;
AssetStore::~AssetStore()
{
    m_st.reset(); // statements before the connection
    m_dongs.reset();
    // Fold the WAL back into the file, so the .gpkg alone, copied or e-mailed, holds every change
    // even while another connection (the app's sync worker, a reader) keeps the WAL from being deleted.
    // No busy wait: a reader mid-transaction must not stall closing; the last close folds the rest.
    if (m_db && !m_readOnly)
        (void)m_db->exec(QStringLiteral("PRAGMA busy_timeout = 0; PRAGMA wal_checkpoint(TRUNCATE)"));
}

QString AssetStore::photoDir() const
{
    const QFileInfo fi(m_path);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".photos");
}

QString AssetStore::device() const { return m_clock->device(); }

Result<const DongLocator *> AssetStore::dongs() const
{
    if (!m_dongs) {
        auto loaded = DongLocator::load(*m_db);
        if (!loaded)
            return loaded.error();
        m_dongs = std::make_unique<DongLocator>(std::move(*loaded));
    }
    return static_cast<const DongLocator *>(m_dongs.get());
}

Result<std::unique_ptr<AssetStore>> AssetStore::open(const QString &path, Access access)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return makeError(QStringLiteral("not_found"), QStringLiteral("%1: 파일이 없습니다 / no such file").arg(path));
    if (fi.size() == 0)
        return makeError(QStringLiteral("not_inventory"),
                         QStringLiteral("%1: 빈 파일입니다. 인벤토리가 아닙니다 / the file is empty, not an inventory").arg(path));
    return openDb(path, access, false);
}

Result<std::unique_ptr<AssetStore>> AssetStore::create(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.exists() && fi.size() > 0)
        return makeError(QStringLiteral("exists"),
                         QStringLiteral("%1: 이미 있는 파일입니다. 덮어쓰지 않습니다 / the file exists; it will not be overwritten").arg(path));
    return openDb(path, Access::ReadWrite, true);
}

Result<std::unique_ptr<AssetStore>> AssetStore::openDb(const QString &path, Access access, bool creating)
{
    auto db = SqliteDb::open(path, creating ? SqliteDb::Mode::Create
                                   : access == Access::ReadOnly ? SqliteDb::Mode::ReadOnly
                                                                : SqliteDb::Mode::ReadWrite);
    if (!db)
        return db.error();
    std::unique_ptr<AssetStore> s(new AssetStore);
    s->m_path = path;
    s->m_db = std::make_unique<SqliteDb>(std::move(*db));
    s->m_readOnly = access == Access::ReadOnly || sqlite3_db_readonly(s->m_db->handle(), "main") == 1;
    if (!gpkg::registerSpatialFunctions(s->m_db->handle()))
        return makeError(QStringLiteral("sqlite"), s->m_db->lastError());

    // Read-only checks first: a file that is not ours, or is newer, must be left exactly as it was.
    auto version = Schema::version(*s->m_db);
    if (!version)
        return version.error();
    if (*version == 0 && !creating)
        return makeError(QStringLiteral("not_inventory"),
                         QStringLiteral("%1: 빈 데이터베이스입니다. 인벤토리가 아닙니다 / an empty database, not an inventory").arg(path));
    if (*version != 0) {
        if (auto ok = Schema::checkIsInventory(*s->m_db); !ok)
            return ok.error();
    }
    if (*version != Schema::kLatest) {
        if (s->m_readOnly)
            return makeError(QStringLiteral("read_only"),
                             QStringLiteral("%1: 읽기 전용 파일이라 새 스키마로 올릴 수 없습니다. 쓰기 권한을 주거나 복사해서 여세요 / "
                                            "the file is read-only and needs a schema upgrade; make it writable or open a copy")
                                 .arg(path));
        if (auto m = Schema::migrate(*s->m_db); !m)
            return m.error();
        if (creating) {
            if (auto d = s->installDongs(); !d)
                return d.error();
        }
    }
    // A large page cache keeps bulk imports from spilling half-written pages to the WAL again and again.
    (void)s->m_db->exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY"));
    if (!s->m_readOnly) {
        // WAL keeps readers (the map, the dashboard) going while a crew saves; FULL makes a commit
        // survive a pulled battery.
        if (auto r = s->m_db->exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")); !r)
            return r.error();
    }

    auto st = std::make_unique<Statements>();
    const QString insertEvent = QStringLiteral("INSERT %1 INTO asset_events (%2) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    QStringList params;
    int n = 1;
    for (const auto &f : assetfields::all()) {
        Q_UNUSED(f);
        params << QStringLiteral("?%1").arg(n + 2);
        ++n;
    }
    // Plain INSERT and UPDATE rather than an UPSERT: an UPSERT's conflict clause overrides the
    // "INSERT OR REPLACE" inside the GeoPackage R-tree triggers and makes them fail.
    const QString insertAsset = QStringLiteral("INSERT INTO assets (geom, uuid, %1, created_at, updated_at, last_hlc) VALUES (?1, ?2, %2, ?%3, ?%4, ?%5)")
                                    .arg(fieldColumns(), params.join(QLatin1Char(',')))
                                    .arg(n + 2)
                                    .arg(n + 3)
                                    .arg(n + 4);
    QStringList sets;
    int k = 3;
    for (const auto &f : assetfields::all())
        sets << QStringLiteral("\"%1\" = ?%2").arg(QLatin1String(f.key)).arg(k++);
    const QString updateAsset = QStringLiteral("UPDATE assets SET geom = ?1, %1, created_at = ?%2, updated_at = ?%3, last_hlc = ?%4 WHERE uuid = ?2")
                                    .arg(sets.join(QLatin1Char(',')))
                                    .arg(n + 2)
                                    .arg(n + 3)
                                    .arg(n + 4);
    struct P { Statement *target; QString sql; bool write; };
    const P prepared[] = {
        {&st->insertEvent, insertEvent.arg(QString(), QLatin1String(eventrow::kColumns)), true},
        {&st->insertEventIgnore, insertEvent.arg(QStringLiteral("OR IGNORE"), QLatin1String(eventrow::kColumns)), true},
        {&st->insertAsset, insertAsset, true},
        {&st->updateAsset, updateAsset, true},
        {&st->upsertPhoto,
         QStringLiteral("INSERT OR REPLACE INTO photos (photo_id, sha256, asset_uuid, role, bytes, width, height, phash, mime, taken_at, "
                        "lat, lon, added_at, added_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
         true},
        {&st->lastHlc, QStringLiteral("SELECT last_hlc FROM assets WHERE uuid = ?1"), false},
        {&st->selectAsset, QStringLiteral("SELECT geom, uuid, %1, created_at, updated_at FROM assets WHERE uuid = ?1").arg(fieldColumns()), false},
        {&st->assetEvents,
         QStringLiteral("SELECT %1 FROM asset_events WHERE asset_uuid = ?1 ORDER BY hlc, event_id").arg(QLatin1String(eventrow::kColumns)), false},
    };
    for (const auto &p : prepared) {
        auto r = s->m_db->prepare(p.sql);
        if (!r)
            return r.error();
        *p.target = std::move(*r);
    }
    s->m_st = std::move(st);

    s->m_actor = qEnvironmentVariable("USER", QStringLiteral("system"));
    s->m_clock = std::make_unique<HybridClock>(defaultDevice());
    if (auto last = s->m_db->scalarText(QStringLiteral("SELECT max(hlc) FROM asset_events")); last && !last->isEmpty())
        s->m_clock->observe(*last);
    return s;
}

VoidResult AssetStore::installDongs()
{
    auto dongs = DistrictData::dongs();
    if (!dongs)
        return dongs.error();
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO dongs (geom, adm_code, name_ko, name_en) VALUES (?1, ?2, ?3, ?4)"));
    if (!ins)
        return ins.error();
    Transaction tx(*m_db);
    gpkg::Envelope all{1e300, -1e300, 1e300, -1e300, false};
    for (const auto &d : *dongs) {
        ins->reset();
        ins->bind(1, gpkg::wrapWkb(d.wkb, Schema::kSrsId, d.env)).bind(2, d.admCode).bind(3, d.nameKo).bind(4, d.nameEn);
        if (auto r = ins->run(); !r)
            return r;
        all.minX = std::min(all.minX, d.env.minX);
        all.maxX = std::max(all.maxX, d.env.maxX);
        all.minY = std::min(all.minY, d.env.minY);
        all.maxY = std::max(all.maxY, d.env.maxY);
    }
    auto ext = m_db->prepare(QStringLiteral("UPDATE gpkg_contents SET min_x = ?1, min_y = ?2, max_x = ?3, max_y = ?4 "
                                            "WHERE table_name IN ('dongs', 'assets')"));
    if (!ext)
        return ext.error();
    ext->bind(1, all.minX).bind(2, all.minY).bind(3, all.maxX).bind(4, all.maxY);
    if (auto r = ext->run(); !r)
        return r;
    return tx.commit();
}

void AssetStore::setIdentity(const QString &actor, const QString &device)
{
    if (!actor.isEmpty())
        m_actor = actor;
    if (!device.isEmpty()) {
        auto clock = std::make_unique<HybridClock>(device);
        if (auto last = m_db->scalarText(QStringLiteral("SELECT max(hlc) FROM asset_events")); last && !last->isEmpty())
            clock->observe(*last);
        m_clock = std::move(clock);
    }
}

Event AssetStore::stamp(const NewEvent &n)
{
    Event e;
    e.hlc = n.wallMs > 0 ? m_clock->nowAt(n.wallMs) : m_clock->now();
    e.id = timeOrderedUuid(HybridClock::millisOf(e.hlc));
    e.time = isoTime(HybridClock::millisOf(e.hlc));
    e.actor = n.actor.isEmpty() ? m_actor : n.actor;
    e.device = m_clock->device();
    e.kind = n.kind;
    e.assetUuid = n.assetUuid;
    e.payload = n.payload;
    return e;
}

VoidResult AssetStore::writeEvent(const Event &e, bool ignoreDuplicate, bool *inserted)
{
    Statement &st = ignoreDuplicate ? m_st->insertEventIgnore : m_st->insertEvent;
    st.bind(1, e.id).bind(2, e.hlc).bind(3, e.time).bind(4, e.actor).bind(5, e.device).bind(6, e.kind);
    st.bind(7, e.assetUuid.isEmpty() ? QString() : e.assetUuid);
    st.bind(8, QJsonDocument(e.payload).toJson(QJsonDocument::Compact));
    auto r = st.run();
    if (inserted)
        *inserted = r.ok() && m_db->changes() > 0;
    return r;
}

VoidResult AssetStore::upsertAsset(const Asset &a, const QString &lastHlc, bool isNew)
{
    if (!isNew) {
        if (auto r = bindAsset(m_st->updateAsset, a, lastHlc).run(); !r)
            return r;
        if (m_db->changes() > 0)
            return Ok{};
    }
    return bindAsset(m_st->insertAsset, a, lastHlc).run();
}

Statement &AssetStore::bindAsset(Statement &st, const Asset &a, const QString &lastHlc)
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

VoidResult AssetStore::upsertPhoto(const PhotoRow &p)
{
    Statement &st = m_st->upsertPhoto;
    st.bind(1, p.photoId).bind(2, p.sha256).bind(3, p.assetUuid.isEmpty() ? QString() : p.assetUuid).bind(4, p.role);
    st.bind(5, p.bytes).bind(6, p.width).bind(7, p.height);
    st.bind(8, p.phash.isEmpty() ? QString() : p.phash).bind(9, p.mime.isEmpty() ? QString() : p.mime);
    st.bind(10, p.takenAt.isEmpty() ? QString() : p.takenAt);
    st.bindVariant(11, p.lat).bindVariant(12, p.lon).bind(13, p.addedAt).bind(14, p.addedBy);
    return st.run();
}

std::optional<Asset> AssetStore::readAsset(const QString &where, const QString &value) const
{
    auto st = m_db->prepare(QStringLiteral("SELECT geom, uuid, %1, created_at, updated_at FROM assets WHERE %2 = ?1 LIMIT 1")
                                .arg(fieldColumns(), where));
    if (!st)
        return std::nullopt;
    st->bind(1, value);
    if (!st->step())
        return std::nullopt;
    return assetFromRow(*st);
}

std::optional<Asset> AssetStore::asset(const QString &uuid) const
{
    Statement &st = m_st->selectAsset;
    st.reset();
    st.bind(1, uuid);
    std::optional<Asset> out;
    if (st.step())
        out = assetFromRow(st);
    st.reset();
    return out;
}
std::optional<Asset> AssetStore::assetByCode(const QString &code) const { return readAsset(QStringLiteral("code"), code); }

VoidResult AssetStore::materialize(const Event &e)
{
    if (e.kind == QLatin1String(EventKind::PhotoAdded))
        return upsertPhoto(reducer::photoRow(e));
    if (reducer::touchesSurvey(e.kind))
        return SurveyTables::materialize(*m_db, e);
    if (FieldTables::handles(e.kind))
        return FieldTables::materialize(*m_db, e);
    if (!reducer::touchesAsset(e.kind) || e.assetUuid.isEmpty())
        return Ok{}; // kept in the log for later versions; nothing to materialize yet

    Statement &last = m_st->lastHlc;
    last.reset();
    last.bind(1, e.assetUuid);
    const bool exists = last.step();
    const QString lastHlc = exists ? last.toText(0) : QString();
    last.reset();
    if (!exists || e.hlc < lastHlc)
        return replayAsset(e.assetUuid); // out of order, or events that came before the create
    Asset state = *asset(e.assetUuid);
    bool created = true;
    reducer::apply(state, created, e);
    return upsertAsset(state, e.hlc);
}

VoidResult AssetStore::replayAsset(const QString &uuid)
{
    Statement &st = m_st->assetEvents;
    st.reset();
    st.bind(1, uuid);
    Asset state;
    bool exists = false;
    QString lastHlc;
    while (st.step()) {
        const Event e = eventrow::fromRow(st);
        if (!reducer::touchesAsset(e.kind))
            continue;
        reducer::apply(state, exists, e);
        lastHlc = e.hlc;
    }
    const bool failed = st.failed();
    st.reset();
    if (failed)
        return makeError(QStringLiteral("sqlite"), m_db->lastError());
    if (!exists)
        return Ok{}; // only updates so far: the row appears when its create arrives
    return upsertAsset(state, lastHlc);
}

Result<std::vector<Event>> AssetStore::record(const std::vector<NewEvent> &events)
{
    if (m_readOnly)
        return makeError(QStringLiteral("read_only"), QStringLiteral("%1: 읽기 전용으로 열었습니다 / opened read-only").arg(m_path));
    Transaction tx(*m_db);
    if (!tx.begun())
        return makeError(QStringLiteral("sqlite"), tx.beginError());
    std::vector<Event> out;
    out.reserve(events.size());
    for (const auto &n : events) {
        Event e = stamp(n);
        if (auto r = writeEvent(e, false); !r)
            return r.error();
        if (auto r = materialize(e); !r)
            return r.error();
        out.push_back(std::move(e));
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<int> AssetStore::merge(const std::vector<Event> &incoming)
{
    if (m_readOnly)
        return makeError(QStringLiteral("read_only"), QStringLiteral("%1: 읽기 전용으로 열었습니다 / opened read-only").arg(m_path));
    std::vector<Event> events = incoming;
    std::sort(events.begin(), events.end());
    Transaction tx(*m_db);
    if (!tx.begun())
        return makeError(QStringLiteral("sqlite"), tx.beginError());
    int added = 0;
    for (const auto &e : events) {
        bool inserted = false;
        if (auto r = writeEvent(e, true, &inserted); !r)
            return r.error();
        if (!inserted)
            continue; // seen before: a replayed batch changes nothing
        ++added;
        m_clock->observe(e.hlc);
        if (auto r = materialize(e); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return added;
}

Result<Asset> AssetStore::addAsset(Asset a)
{
    std::vector<Asset> one{std::move(a)};
    auto r = addAssets(one);
    if (!r)
        return r.error();
    return one.front();
}

Result<int> AssetStore::addAssets(std::vector<Asset> &assets, const std::function<void(qint64, qint64)> &progress, qint64 wallMs)
{
    if (m_readOnly)
        return makeError(QStringLiteral("read_only"), QStringLiteral("%1: 읽기 전용으로 열었습니다 / opened read-only").arg(m_path));
    auto dongs = this->dongs();
    if (!dongs)
        return dongs.error();
    const AssetValidator validator(*dongs);
    std::map<QString, int> nextNumber; // per code prefix, so bulk adds do not query for every row
    std::set<QString> codes;
    QStringList problems;
    for (size_t i = 0; i < assets.size(); ++i) {
        Asset &a = assets[i];
        if (a.uuid.isEmpty())
            a.uuid = timeOrderedUuid(wallMs > 0 ? wallMs : -1);
        for (const auto &p : validator.check(a))
            problems << QStringLiteral("#%1 %2 = '%3': %4").arg(i + 1).arg(p.field, p.value, p.reason);
        if (a.code.isEmpty() && catalog::isValid(catalog::categories(), a.category)) {
            const QString prefix = QString::fromUtf8(catalog::find(catalog::categories(), a.category)->codePrefix);
            auto it = nextNumber.find(prefix);
            if (it == nextNumber.end())
                it = nextNumber.emplace(prefix, nextCode(a.category).right(6).toInt()).first;
            a.code = QStringLiteral("GC-%1-%2").arg(prefix).arg(it->second++, 6, 10, QLatin1Char('0'));
        }
        if (!codes.insert(a.code).second)
            problems << QStringLiteral("#%1 code = '%2': 코드가 중복됩니다 / duplicate code").arg(i + 1).arg(a.code);
    }
    if (!problems.isEmpty())
        return makeError(QStringLiteral("invalid"), problems.join(QLatin1Char('\n')));
    auto existing = m_db->prepare(QStringLiteral("SELECT 1 FROM assets WHERE code = ?1"));
    if (!existing)
        return existing.error();

    Transaction tx(*m_db);
    if (!tx.begun())
        return makeError(QStringLiteral("sqlite"), tx.beginError());
    const qint64 total = qint64(assets.size());
    for (qint64 i = 0; i < total; ++i) {
        Asset &a = assets[size_t(i)];
        existing->reset();
        existing->bind(1, a.code);
        if (existing->step())
            return makeError(QStringLiteral("invalid"),
                             QStringLiteral("#%1 code = '%2': 이미 인벤토리에 있는 코드입니다 / the code is already in the inventory").arg(i + 1).arg(a.code));
        const Event e = stamp({QLatin1String(EventKind::AssetCreated), a.uuid, assetfields::toJson(a), wallMs});
        if (auto r = writeEvent(e, false); !r)
            return r.error();
        Asset state;
        bool exists = false;
        reducer::apply(state, exists, e);
        if (auto r = upsertAsset(state, e.hlc, true); !r)
            return r.error();
        a = state;
        if (progress && (i % 4096 == 0 || i + 1 == total))
            progress(i + 1, total);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(total);
}

VoidResult AssetStore::updateAsset(const QString &uuid, const QJsonObject &changes)
{
    auto current = asset(uuid);
    if (!current)
        return makeError(QStringLiteral("not_found"), QStringLiteral("자산이 없습니다 / no such asset: %1").arg(uuid));
    Asset next = *current;
    assetfields::apply(next, changes);
    auto dongs = this->dongs();
    if (!dongs)
        return dongs.error();
    const auto problems = AssetValidator(*dongs).check(next);
    if (!problems.empty()) {
        QStringList lines;
        for (const auto &p : problems)
            lines << QStringLiteral("%1 = '%2': %3").arg(p.field, p.value, p.reason);
        return makeError(QStringLiteral("invalid"), lines.join(QLatin1Char('\n')));
    }
    QJsonObject payload = changes;
    if (next.dongCode != current->dongCode)
        payload.insert(QStringLiteral("dong_code"), next.dongCode);
    auto r = record({{QLatin1String(EventKind::AssetUpdated), uuid, payload}});
    if (!r)
        return r.error();
    return Ok{};
}

Result<PhotoRow> AssetStore::attachPhoto(const QString &assetUuid, const QString &role, const QByteArray &bytes,
                                         const PhotoRow &meta)
{
    if (m_readOnly)
        return makeError(QStringLiteral("read_only"), QStringLiteral("%1: 읽기 전용으로 열었습니다 / opened read-only").arg(m_path));
    if (!assetUuid.isEmpty() && !asset(assetUuid))
        return makeError(QStringLiteral("not_found"), QStringLiteral("자산이 없습니다 / no such asset: %1").arg(assetUuid));
    // The file first: an event never points at a photo that is not on disk.
    auto row = storePhoto(role, bytes, meta);
    if (!row)
        return row.error();
    auto events = record({{QLatin1String(EventKind::PhotoAdded), assetUuid, reducer::photoPayload(*row)}});
    if (!events)
        return events.error();
    return reducer::photoRow(events->front());
}

Result<PhotoRow> AssetStore::storePhoto(const QString &role, const QByteArray &bytes, const PhotoRow &meta)
{
    if (m_readOnly)
        return makeError(QStringLiteral("read_only"), QStringLiteral("%1: 읽기 전용으로 열었습니다 / opened read-only").arg(m_path));
    auto stored = PhotoStore(photoDir()).add(bytes);
    if (!stored)
        return stored.error();
    PhotoRow row = meta;
    row.photoId = timeOrderedUuid();
    row.sha256 = stored->sha256;
    row.role = role;
    row.bytes = stored->bytes;
    row.width = stored->width;
    row.height = stored->height;
    row.mime = stored->mime;
    // What the caller did not say, the photo itself does: its perceptual hash (for the duplicate
    // check against every other photo) and the camera's EXIF time and position.
    if (row.phash.isEmpty()) {
        if (auto h = perceptualHashOfPhoto(bytes))
            row.phash = *h;
    }
    if (row.takenAt.isEmpty() || row.lat.isNull()) {
        if (auto exif = readPhotoExif(bytes)) {
            if (row.takenAt.isEmpty() && exif->takenAt.isValid())
                row.takenAt = exif->takenAt.toUTC().toString(Qt::ISODate);
            if (row.lat.isNull() && exif->latitude && exif->longitude) {
                row.lat = *exif->latitude;
                row.lon = *exif->longitude;
            }
        }
    }
    return row;
}

bool AssetStore::isAllowedTransition(const QString &from, const QString &to)
{
    static const std::map<QString, QStringList> allowed{
        {QStringLiteral("planned"), {QStringLiteral("assigned"), QStringLiteral("installed"), QStringLiteral("needs_attention"), QStringLiteral("cancelled")}},
        {QStringLiteral("assigned"), {QStringLiteral("assigned"), QStringLiteral("planned"), QStringLiteral("installed"), QStringLiteral("needs_attention"), QStringLiteral("cancelled")}},
        {QStringLiteral("installed"), {QStringLiteral("verified"), QStringLiteral("needs_attention"), QStringLiteral("assigned")}},
        {QStringLiteral("verified"), {QStringLiteral("needs_attention")}},
        {QStringLiteral("needs_attention"), {QStringLiteral("planned"), QStringLiteral("assigned"), QStringLiteral("installed"), QStringLiteral("cancelled")}},
        {QStringLiteral("cancelled"), {QStringLiteral("planned")}},
    };
    const auto it = allowed.find(from);
    return it != allowed.end() && it->second.contains(to);
}

VoidResult AssetStore::setStatus(const QString &uuid, const QString &status, const QString &reason, const QJsonObject &extra)
{
    auto current = asset(uuid);
    if (!current)
        return makeError(QStringLiteral("not_found"), QStringLiteral("자산이 없습니다 / no such asset: %1").arg(uuid));
    if (!catalog::isValid(catalog::statuses(), status))
        return makeError(QStringLiteral("invalid"), QStringLiteral("알 수 없는 상태 / unknown status: %1").arg(status));
    if (!isAllowedTransition(current->status, status))
        return makeError(QStringLiteral("invalid_transition"),
                         QStringLiteral("%1: '%2'에서 '%3'(으)로 바꿀 수 없습니다 / cannot go from %4 to %5")
                             .arg(current->code, catalog::labelKo(catalog::statuses(), current->status),
                                  catalog::labelKo(catalog::statuses(), status), current->status, status));
    if (status == QLatin1String("needs_attention") && reason.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"), QStringLiteral("조치 필요에는 사유가 필요합니다 / needs_attention needs a reason"));
    QJsonObject payload = extra;
    payload.insert(QStringLiteral("status"), status);
    if (!reason.isEmpty())
        payload.insert(QStringLiteral("reason"), reason);
    auto r = record({{QLatin1String(EventKind::AssetStatus), uuid, payload}});
    if (!r)
        return r.error();
    return Ok{};
}

Result<std::vector<Asset>> AssetStore::assets() const
{
    auto st = m_db->prepare(QStringLiteral("SELECT geom, uuid, %1, created_at, updated_at FROM assets ORDER BY fid").arg(fieldColumns()));
    if (!st)
        return st.error();
    std::vector<Asset> out;
    while (st->step())
        out.push_back(assetFromRow(*st));
    if (st->failed())
        return makeError(QStringLiteral("sqlite"), st->error());
    return out;
}

Result<std::vector<Event>> AssetStore::events(const QString &assetUuid) const
{
    auto st = m_db->prepare(QStringLiteral("SELECT %1 FROM asset_events %2 ORDER BY hlc, event_id")
                                .arg(QLatin1String(eventrow::kColumns),
                                     assetUuid.isEmpty() ? QString() : QStringLiteral("WHERE asset_uuid = ?1")));
    if (!st)
        return st.error();
    if (!assetUuid.isEmpty())
        st->bind(1, assetUuid);
    std::vector<Event> out;
    while (st->step())
        out.push_back(eventrow::fromRow(*st));
    if (st->failed())
        return makeError(QStringLiteral("sqlite"), st->error());
    return out;
}

Result<std::vector<PhotoRow>> AssetStore::photos(const QString &assetUuid) const
{
    auto st = m_db->prepare(QStringLiteral("SELECT photo_id, sha256, asset_uuid, role, bytes, width, height, phash, mime, taken_at, lat, "
                                           "lon, added_at, added_by FROM photos %1 ORDER BY fid")
                                .arg(assetUuid.isEmpty() ? QString() : QStringLiteral("WHERE asset_uuid = ?1")));
    if (!st)
        return st.error();
    if (!assetUuid.isEmpty())
        st->bind(1, assetUuid);
    std::vector<PhotoRow> out;
    while (st->step()) {
        PhotoRow p;
        p.photoId = st->toText(0);
        p.sha256 = st->toText(1);
        p.assetUuid = st->toText(2);
        p.role = st->toText(3);
        p.bytes = st->toInt(4);
        p.width = int(st->toInt(5));
        p.height = int(st->toInt(6));
        p.phash = st->toText(7);
        p.mime = st->toText(8);
        p.takenAt = st->toText(9);
        p.lat = st->toVariant(10);
        p.lon = st->toVariant(11);
        p.addedAt = st->toText(12);
        p.addedBy = st->toText(13);
        out.push_back(std::move(p));
    }
    if (st->failed())
        return makeError(QStringLiteral("sqlite"), st->error());
    return out;
}

qint64 AssetStore::assetCount() const { return m_db->scalarInt(QStringLiteral("SELECT count(*) FROM assets")).value(); }
qint64 AssetStore::eventCount() const { return m_db->scalarInt(QStringLiteral("SELECT count(*) FROM asset_events")).value(); }

Result<std::vector<qint64>> AssetStore::idsInWindow(double minX, double minY, double maxX, double maxY) const
{
    auto st = m_db->prepare(QStringLiteral("SELECT id FROM rtree_assets_geom WHERE minx <= ?3 AND maxx >= ?1 AND miny <= ?4 AND maxy >= ?2"));
    if (!st)
        return st.error();
    st->bind(1, minX).bind(2, minY).bind(3, maxX).bind(4, maxY);
    std::vector<qint64> out;
    while (st->step())
        out.push_back(st->toInt(0));
    if (st->failed())
        return makeError(QStringLiteral("sqlite"), st->error());
    return out;
}

QString AssetStore::nextCode(const QString &category) const
{
    const CatalogEntry *c = catalog::find(catalog::categories(), category);
    const QString prefix = QString::fromUtf8(c ? c->codePrefix : "ETC");
    auto st = m_db->prepare(QStringLiteral("SELECT max(CAST(substr(code, ?2) AS INTEGER)) FROM assets WHERE code GLOB ?1"));
    int next = 1;
    if (st) {
        const QString head = QStringLiteral("GC-%1-").arg(prefix);
        st->bind(1, head + QStringLiteral("[0-9]*")).bind(2, qint64(head.size() + 1));
        if (st->step() && !st->isNull(0))
            next = int(st->toInt(0)) + 1;
    }
    return QStringLiteral("GC-%1-%2").arg(prefix).arg(next, 6, 10, QLatin1Char('0'));
}

Result<AssetStore::Replayed> AssetStore::replay() const
{
    auto st = m_db->prepare(QStringLiteral("SELECT %1 FROM asset_events ORDER BY hlc, event_id").arg(QLatin1String(eventrow::kColumns)));
    if (!st)
        return st.error();
    Replayed out;
    std::map<QString, bool> exists;
    while (st->step()) {
        const Event e = eventrow::fromRow(*st);
        if (e.kind == QLatin1String(EventKind::PhotoAdded)) {
            PhotoRow p = reducer::photoRow(e);
            out.photos[p.photoId] = p;
        } else if (reducer::touchesSurvey(e.kind)) {
            surveyreducer::apply(out.surveys, e);
        } else if (reducer::touchesAsset(e.kind) && !e.assetUuid.isEmpty()) {
            bool &ex = exists[e.assetUuid];
            Asset &state = out.assets[e.assetUuid];
            reducer::apply(state, ex, e);
        }
    }
    if (st->failed())
        return makeError(QStringLiteral("sqlite"), st->error());
    for (const auto &[uuid, ex] : exists) {
        if (!ex)
            out.assets.erase(uuid);
    }
    return out;
}

VoidResult AssetStore::rebuild()
{
    if (m_readOnly)
        return makeError(QStringLiteral("read_only"), QStringLiteral("%1: 읽기 전용으로 열었습니다 / opened read-only").arg(m_path));
    auto events = this->events();
    if (!events)
        return events.error();
    Transaction tx(*m_db);
    if (auto r = m_db->exec(QStringLiteral("DELETE FROM assets; DELETE FROM photos;")); !r)
        return r;
    std::map<QString, Asset> state;
    std::map<QString, bool> exists;
    std::map<QString, QString> lastHlc;
    std::vector<QString> order;
    SurveyBook surveys;
    for (const auto &e : *events) {
        if (e.kind == QLatin1String(EventKind::PhotoAdded)) {
            if (auto r = upsertPhoto(reducer::photoRow(e)); !r)
                return r;
        } else if (reducer::touchesSurvey(e.kind)) {
            surveyreducer::apply(surveys, e);
        } else if (reducer::touchesAsset(e.kind) && !e.assetUuid.isEmpty()) {
            bool &ex = exists[e.assetUuid];
            if (!ex && e.kind == QLatin1String(EventKind::AssetCreated))
                order.push_back(e.assetUuid);
            reducer::apply(state[e.assetUuid], ex, e);
            lastHlc[e.assetUuid] = e.hlc;
        }
    }
    for (const auto &uuid : order) {
        if (auto r = upsertAsset(state[uuid], lastHlc[uuid], true); !r)
            return r;
    }
    if (auto r = SurveyTables::write(*m_db, surveys); !r)
        return r;
    if (auto r = FieldTables::materialize(*m_db, {}); !r)
        return r;
    return tx.commit();
}

} // namespace gc::core
