#include "store/assetstore.h"
#include "store/donglayer.h"
#include "text.h"
#include "model/assetstatus.h"
#include "model/assetfields.h"
#include "model/assetvalidator.h"
#include "model/catalog.h"
#include "model/donglocator.h"
#include "photofiles/photojournal.h"
#include "store/assettable.h"
#include "store/inventoryfile.h"
#include "store/photorecords.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "model/eventkinds.h"
#include "model/payloads.h"
#include "store/timeuuid.h"

#include <QFileInfo>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <set>

namespace gc::core {

namespace {

// Stamps a new event, refuses what the sync server would refuse, and appends it to the log.
Result<Event> appendNew(EventLog &log, const NewEvent &n)
{
    Event e = log.stamp(n);
    // What the sync server would refuse is refused here, before it waits on this device for ever.
    if (auto ok = eventkinds::validate(e); !ok)
        return ok.error();
    if (auto r = log.append(e); !r)
        return r.error();
    return e;
}

} // namespace

AssetStore::AssetStore() = default;
AssetStore::~AssetStore()
{
    // The last writer out takes away the files of its own saves that failed before their commit.
    if (m_journal)
        m_journal->close([this](const QString &sha) { return PhotoRecords::referenced(*m_db, sha); });
    // The parts hold prepared statements on the connection: they go first.
    m_projection.reset();
    m_photos.reset();
    m_assets.reset();
    m_log.reset();
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

const QString &AssetStore::actor() const { return m_log->actor(); }
QString AssetStore::device() const { return m_log->device(); }
void AssetStore::setIdentity(const QString &actor, const QString &device) { m_log->setIdentity(actor, device); }

Result<const DongLocator *> AssetStore::dongs() const
{
    if (!m_dongs) {
        auto loaded = DongLayer::load(*m_db);
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
        return makeError(ErrorCode::NotFound, gc::tx("%1: %2", path, gc::tx(QT_TRANSLATE_NOOP("gc", "no such file"))));
    if (fi.size() == 0)
        return makeError(ErrorCode::NotInventory,
                         gc::tx("%1: %2", path, gc::tx(QT_TRANSLATE_NOOP("gc", "the file is empty, not an inventory"))));
    return openDb(path, access, false);
}

Result<std::unique_ptr<AssetStore>> AssetStore::create(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.exists() && fi.size() > 0)
        return makeError(ErrorCode::Exists,
                         gc::tx("%1: %2", path, gc::tx(QT_TRANSLATE_NOOP("gc", "the file exists; it will not be overwritten"))));
    return openDb(path, Access::ReadWrite, true);
}

Result<std::unique_ptr<AssetStore>> AssetStore::openDb(const QString &path, Access access, bool creating)
{
    std::unique_ptr<AssetStore> s(new AssetStore);
    s->m_path = path;
    auto db = InventoryFile::open(path, creating ? InventoryFile::Mode::Create
                                        : access == Access::ReadOnly ? InventoryFile::Mode::OpenReadOnly
                                                                     : InventoryFile::Mode::Open,
                                  &s->m_readOnly);
    if (!db)
        return db.error();
    s->m_db = std::make_unique<SqliteDb>(std::move(*db));
    auto log = EventLog::open(*s->m_db);
    if (!log)
        return log.error();
    s->m_log = std::move(*log);
    if (!s->m_readOnly) {
        auto device = s->ownDevice();
        if (!device)
            return device.error();
        s->m_log->setIdentity({}, *device);
    }
    auto assets = AssetTable::open(*s->m_db);
    if (!assets)
        return assets.error();
    s->m_assets = std::move(*assets);
    if (!s->m_readOnly) {
        // Before anything is written: a save killed between its photo files and its commit left
        // files no record holds; the first writer to open alone removes them.
        const SqliteDb &db = *s->m_db;
        s->m_journal = PhotoJournal::open(s->photoDir(), [&db](const QString &sha) { return PhotoRecords::referenced(db, sha); });
    }
    auto photos = PhotoRecords::open(*s->m_db, s->photoDir(), s->m_journal.get());
    if (!photos)
        return photos.error();
    s->m_photos = std::move(*photos);
    s->m_projection = std::make_unique<Projection>(*s->m_db, *s->m_assets, *s->m_photos, *s->m_log);
    return s;
}

Result<QString> AssetStore::ownDevice()
{
    // Bound to this file on this machine: a copy (another path) or the file taken to another machine
    // makes an id of its own, so two tablets of one host name and one login are two devices.
    const QString host = QSysInfo::machineHostName().isEmpty() ? QStringLiteral("device") : QSysInfo::machineHostName();
    const QString boundTo = host + QLatin1Char('|') + QFileInfo(m_path).canonicalFilePath();
    auto read = m_db->prepare(QStringLiteral("SELECT (SELECT value FROM gc_meta WHERE key = 'device.id'), "
                                             "(SELECT value FROM gc_meta WHERE key = 'device.bound_to')"));
    if (!read)
        return read.error();
    QString id;
    if (read->step() && read->toText(1) == boundTo)
        id = read->toText(0);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Not kept (another writer holds the file a moment): this session's stamps still name a
        // device of their own, and the next open tries again.
        if (auto write = m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO gc_meta (key, value) VALUES ('device.id', ?1), ('device.bound_to', ?2)"))) {
            write->bind(1, id).bind(2, boundTo);
            (void)write->run();
        }
    }
    return host + QLatin1Char('-') + id.left(8);
}

VoidResult AssetStore::requireWritable() const
{
    if (m_readOnly)
        return makeError(ErrorCode::ReadOnly, gc::tx("%1: %2", m_path, gc::tx(QT_TRANSLATE_NOOP("gc", "opened read-only"))));
    return Ok{};
}

Result<std::vector<Event>> AssetStore::record(const std::vector<NewEvent> &events)
{
    if (auto w = requireWritable(); !w)
        return w.error();
    Transaction tx(*m_db);
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    std::vector<Event> out;
    out.reserve(events.size());
    for (const auto &n : events) {
        auto e = appendNew(*m_log, n);
        if (!e)
            return e.error();
        if (auto r = m_projection->apply(*e); !r)
            return r.error();
        out.push_back(std::move(*e));
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<std::vector<Event>> AssetStore::recordAdopted(const std::vector<NewEvent> &events, const std::vector<qint64> &dropFids,
                                                    const std::vector<QString> &restoreUuids)
{
    if (auto w = requireWritable(); !w)
        return w.error();
    Transaction tx(*m_db);
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    auto drop = m_db->prepare(QStringLiteral("DELETE FROM assets WHERE fid = ?1"));
    if (!drop)
        return drop.error();
    for (qint64 fid : dropFids) {
        drop->reset();
        drop->bind(1, fid);
        if (auto r = drop->run(); !r)
            return r.error();
    }
    std::vector<Event> out;
    std::set<QString> touched(restoreUuids.begin(), restoreUuids.end());
    for (const auto &n : events) {
        auto e = appendNew(*m_log, n);
        if (!e)
            return e.error();
        if (!e->assetUuid.isEmpty())
            touched.insert(e->assetUuid);
        out.push_back(std::move(*e));
    }
    for (const QString &uuid : touched) {
        if (auto r = m_projection->replayAsset(uuid); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<int> AssetStore::merge(const std::vector<Event> &incoming)
{
    if (auto w = requireWritable(); !w)
        return w.error();
    std::vector<Event> events = incoming;
    std::sort(events.begin(), events.end());
    Transaction tx(*m_db);
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    int added = 0;
    Projection::Batch batch(*m_projection);
    for (const auto &e : events) {
        auto inserted = m_log->appendIfNew(e);
        if (!inserted)
            return inserted.error();
        if (!*inserted)
            continue; // seen before: a replayed batch changes nothing
        ++added;
        m_log->observe(e.hlc);
        if (auto r = m_projection->apply(e); !r)
            return r.error();
    }
    if (auto r = batch.finish(); !r)
        return r.error();
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
    if (auto w = requireWritable(); !w)
        return w.error();
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
            problems << render(gc::tx("#%1 code = '%2': %3", i + 1, a.code, gc::tx(QT_TRANSLATE_NOOP("gc", "duplicate code"))), Lang::Both);
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::Invalid, problems.join(QLatin1Char('\n')));

    Transaction tx(*m_db);
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    const qint64 total = qint64(assets.size());
    for (qint64 i = 0; i < total; ++i) {
        Asset &a = assets[size_t(i)];
        if (m_assets->codeExists(a.code))
            return makeError(ErrorCode::Invalid,
                             gc::tx("#%1 code = '%2': %3", i + 1, a.code, gc::tx(QT_TRANSLATE_NOOP("gc", "the code is already in the inventory"))));
        const Event e = m_log->stamp({QLatin1String(EventKind::AssetCreated), a.uuid, reducer::createdPayload(a).toJson(), wallMs});
        if (auto ok = eventkinds::validate(e); !ok)
            return makeError(ok.error().code, gc::tx("#%1 code = '%2': %3", i + 1, a.code, ok.error().text));
        if (auto r = m_log->append(e); !r)
            return r.error();
        Asset state;
        bool exists = false;
        reducer::apply(state, exists, e);
        if (auto r = m_assets->upsert(state, e.hlc, true); !r)
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
        return makeError(ErrorCode::NotFound, gc::tx(QT_TRANSLATE_NOOP("gc", "no such asset: %1"), uuid));
    AssetFieldsPayload payload = AssetFieldsPayload::read(changes);
    Asset next = *current;
    reducer::applyFields(next, payload);
    auto dongs = this->dongs();
    if (!dongs)
        return dongs.error();
    const auto problems = AssetValidator(*dongs).check(next);
    if (!problems.empty()) {
        QStringList lines;
        for (const auto &p : problems)
            lines << QStringLiteral("%1 = '%2': %3").arg(p.field, p.value, p.reason);
        return makeError(ErrorCode::Invalid, lines.join(QLatin1Char('\n')));
    }
    if (next.dongCode != current->dongCode)
        payload.dongCode = next.dongCode;
    auto r = record({{QLatin1String(EventKind::AssetUpdated), uuid, payload.toJson()}});
    if (!r)
        return r.error();
    return Ok{};
}

Result<PhotoRow> AssetStore::attachPhoto(const QString &assetUuid, const QString &role, const QByteArray &bytes,
                                         const PhotoRow &meta)
{
    if (auto w = requireWritable(); !w)
        return w.error();
    if (!assetUuid.isEmpty() && !asset(assetUuid))
        return makeError(ErrorCode::NotFound, gc::tx(QT_TRANSLATE_NOOP("gc", "no such asset: %1"), assetUuid));
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
    if (auto w = requireWritable(); !w)
        return w.error();
    return m_photos->store(role, bytes, meta);
}

Result<QString> AssetStore::storePhotoFile(const QByteArray &bytes)
{
    if (auto w = requireWritable(); !w)
        return w.error();
    return m_photos->storeFile(bytes);
}

VoidResult AssetStore::setStatus(const QString &uuid, const QString &status, const QString &reason, const QJsonObject &extra)
{
    AssetStatusPayload payload = AssetStatusPayload::read(extra);
    payload.status = status;
    if (!reason.isEmpty())
        payload.reason = reason;
    return recordStatus(uuid, payload, reason);
}

VoidResult AssetStore::setStatus(const QString &uuid, const AssetStatusPayload &payload)
{
    return recordStatus(uuid, payload, payload.reason.value_or(QString()));
}

VoidResult AssetStore::recordStatus(const QString &uuid, const AssetStatusPayload &payload, const QString &reason)
{
    auto current = asset(uuid);
    if (!current)
        return makeError(ErrorCode::NotFound, gc::tx(QT_TRANSLATE_NOOP("gc", "no such asset: %1"), uuid));
    if (auto ok = checkTransition(current->code, current->status, payload.status); !ok)
        return ok;
    if (isAssetStatus(payload.status, AssetStatus::NeedsAttention) && reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "needs_attention needs a reason")));
    auto r = record({{QLatin1String(EventKind::AssetStatus), uuid, payload.toJson()}});
    if (!r)
        return r.error();
    return Ok{};
}

std::optional<Asset> AssetStore::asset(const QString &uuid) const { return m_assets->byUuid(uuid); }
std::optional<Asset> AssetStore::assetByCode(const QString &code) const { return m_assets->byCode(code); }
Result<std::vector<Asset>> AssetStore::assets() const { return m_assets->all(); }
VoidResult AssetStore::forEachAsset(const std::function<void(const Asset &, qint64, const QString &)> &visit) const
{
    return m_assets->forEach(visit);
}
Result<std::vector<Event>> AssetStore::events(const QString &assetUuid) const { return m_log->events(assetUuid); }
Result<std::vector<PhotoRow>> AssetStore::photos(const QString &assetUuid) const { return m_photos->rows(assetUuid); }
qint64 AssetStore::assetCount() const { return m_assets->count(); }
qint64 AssetStore::eventCount() const { return m_log->count(); }
Result<qint64> AssetStore::lastEventFid() const { return m_log->lastFid(); }
QString AssetStore::nextCode(const QString &category) const { return m_assets->nextCode(category); }

Result<std::vector<qint64>> AssetStore::idsInWindow(double minX, double minY, double maxX, double maxY) const
{
    return m_assets->idsInWindow(minX, minY, maxX, maxY);
}

Result<AssetStore::Replayed> AssetStore::replay() const
{
    Projection::Fold fold; // streamed: the log itself is never held in memory
    if (auto r = m_log->forEach([&fold](const Event &e) { fold.add(e); }); !r)
        return r.error();
    return fold.finish();
}

VoidResult AssetStore::rebuild()
{
    if (auto w = requireWritable(); !w)
        return w;
    auto events = m_log->events();
    if (!events)
        return events.error();
    Transaction tx(*m_db);
    if (auto r = m_projection->rebuild(*events); !r)
        return r;
    return tx.commit();
}

} // namespace gc::core
