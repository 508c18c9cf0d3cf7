#include "gpkgstore.h"
#include "text.h"

#include "model/payloads.h"
#include "store/assetstore.h"
#include "photofiles/photostore.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/eventfeed.h"
#include "survey/surveytables.h"
#include "sync/conflictrule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

#include <unistd.h>

namespace gc::server {

namespace {

const char *const kServerDdl = R"(
CREATE TABLE IF NOT EXISTS store (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('admin','office','crew','department')),
  department TEXT, password_hash TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES users (name),
  expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT, asset_uuid TEXT NOT NULL, event_id TEXT NOT NULL,
  other_event_id TEXT NOT NULL, detected_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  resolved INTEGER NOT NULL DEFAULT 0, UNIQUE (event_id, other_event_id));
CREATE TABLE IF NOT EXISTS refusals (id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), user_name TEXT, remote TEXT, method TEXT, path TEXT,
  status INTEGER NOT NULL, reason TEXT);
CREATE TABLE IF NOT EXISTS pushers (event_id TEXT PRIMARY KEY, user_name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS served (user_name TEXT PRIMARY KEY, cursor INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS photo_verdicts (sha256 TEXT PRIMARY KEY, asset_uuid TEXT, slot TEXT, device_verdict TEXT,
  taken_at TEXT, occurred_at TEXT, server_verdict TEXT, result TEXT, checked_at TEXT);
CREATE INDEX IF NOT EXISTS photo_verdicts_asset ON photo_verdicts (asset_uuid);
CREATE TABLE IF NOT EXISTS upload_owners (sha256 TEXT PRIMARY KEY, user_name TEXT NOT NULL, total INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS photo_uploaders (sha256 TEXT PRIMARY KEY, user_name TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS upload_owners_user ON upload_owners (user_name);
)";

// UTC times compare as text in this fixed form.
QString utcText(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")); }

} // namespace

GpkgStore::GpkgStore() = default;
GpkgStore::~GpkgStore() = default;

Result<std::unique_ptr<GpkgStore>> GpkgStore::open(const QString &path)
{
    if (!QFileInfo::exists(serverDbPath(path)))
        return makeError(ErrorCode::NotAStore,
                         gc::tx("%1: %2", path, gc::tx(QT_TRANSLATE_NOOP("gc", "not a server store (no %2); run `goodcity-server --store FILE init` first"), path, QFileInfo(serverDbPath(path)).fileName())));
    auto inv = core::AssetStore::open(path);
    if (!inv)
        return inv.error();
    return openWith(std::move(*inv), false);
}

Result<std::unique_ptr<GpkgStore>> GpkgStore::create(const QString &path)
{
    if (QFileInfo::exists(serverDbPath(path)) || QFileInfo::exists(path))
        return makeError(ErrorCode::Exists,
                         gc::tx("%1: %2", path, gc::tx(QT_TRANSLATE_NOOP("gc", "already exists; it will not be overwritten"), path)));
    auto inv = core::AssetStore::create(path);
    if (!inv)
        return inv.error();
    return openWith(std::move(*inv), true);
}

Result<std::unique_ptr<GpkgStore>> GpkgStore::openWith(std::unique_ptr<core::AssetStore> inventory, bool creating)
{
    std::unique_ptr<GpkgStore> s(new GpkgStore);
    s->m_writer = std::make_shared<std::recursive_mutex>();
    const QString path = inventory->path();
    s->m_inventory = std::move(inventory);
    s->m_feed = std::make_unique<core::EventFeed>(*s->m_inventory);
    s->m_inventory->setIdentity(QStringLiteral("goodcity-server"), {});
    auto db = core::SqliteDb::open(serverDbPath(path), creating ? core::SqliteDb::Mode::Create : core::SqliteDb::Mode::ReadWrite);
    if (!db)
        return db.error();
    s->m_db = std::make_unique<core::SqliteDb>(std::move(*db));
    if (auto r = s->m_db->exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")); !r)
        return r.error();
    if (creating) {
        core::Transaction tx(*s->m_db);
        if (auto r = s->m_db->exec(QString::fromUtf8(kServerDdl)); !r)
            return r.error();
        auto st = s->m_db->prepare(QStringLiteral("INSERT INTO store VALUES ('store_id', ?1)"));
        if (!st)
            return st.error();
        st->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (auto r = st->run(); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    auto id = s->m_db->scalarText(QStringLiteral("SELECT value FROM store WHERE key = 'store_id'"));
    if (!id || id->isEmpty())
        return makeError(ErrorCode::NotAStore,
                         gc::tx("%1: %2", serverDbPath(path), gc::tx(QT_TRANSLATE_NOOP("gc", "the server store file is damaged"), serverDbPath(path))));
    s->m_storeId = *id;
    // Tables added since the store was made (who pushed each event, how far each user was served).
    if (auto r = s->m_db->exec(QString::fromUtf8(kServerDdl)); !r)
        return r.error();
    return s;
}

QString GpkgStore::describe() const { return m_inventory->path(); }

Result<std::unique_ptr<SyncStore>> GpkgStore::connectAnother()
{
    auto inv = core::AssetStore::open(m_inventory->path());
    if (!inv)
        return inv.error();
    auto another = openWith(std::move(*inv), false);
    if (!another)
        return another.error();
    (*another)->m_writer = m_writer; // still one writer
    return std::unique_ptr<SyncStore>(std::move(*another));
}

Result<qint64> GpkgStore::served(const QString &user)
{
    auto st = m_db->prepare(QStringLiteral(
        "SELECT max(coalesce((SELECT cursor FROM served WHERE user_name = ?1), 0), "
        "coalesce((SELECT CAST(value AS INTEGER) FROM store WHERE key = 'baseline_cursor'), 0))"));
    if (!st)
        return st.error();
    st->bind(1, user);
    return st->step() ? st->toInt(0) : qint64(0);
}

VoidResult GpkgStore::setBaselineCursor(qint64 cursor)
{
    std::lock_guard writing(*m_writer);
    auto st = m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO store (key, value) VALUES ('baseline_cursor', ?1)"));
    if (!st)
        return st.error();
    st->bind(1, QString::number(cursor));
    return st->run();
}

Result<PushOutcome> GpkgStore::push(const std::vector<core::Event> &events, qint64 claimedBase, const QString &pusher)
{
    std::lock_guard writing(*m_writer);
    PushOutcome out;
    const auto base = trustedBase(claimedBase, pusher);
    if (!base)
        return base.error();
    const qint64 baseCursor = *base;
    auto lookup = m_feed->lookup();
    if (!lookup)
        return lookup.error();
    auto pushedBy = m_db->prepare(QStringLiteral("SELECT user_name FROM pushers WHERE event_id = ?1"));
    auto flag = m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO conflicts (asset_uuid, event_id, other_event_id) VALUES (?1, ?2, ?3)"));
    auto note = m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO pushers (event_id, user_name) VALUES (?1, ?2)"));
    auto recorded = m_db->prepare(QStringLiteral("SELECT count(*) FROM conflicts WHERE event_id = ?1"));
    if (!pushedBy || !flag || !note || !recorded)
        return makeError(ErrorCode::Sqlite, m_db->lastError());
    // Conflicts and pushers are written first: if the merge then fails, the client's retry finds them
    // already there.
    core::Transaction tx(*m_db);
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    for (const auto &e : events) {
        auto seen = lookup->contains(e.id);
        if (!seen)
            return seen.error();
        if (*seen) { // a re-sent batch (its first answer lost) hears of the conflicts it caused then
            recorded->reset();
            recorded->bind(1, e.id);
            if (recorded->step())
                out.conflicts += int(recorded->toInt(0));
            continue;
        }
        if (!pusher.isEmpty()) {
            note->reset();
            note->bind(1, e.id).bind(2, pusher);
            if (auto r = note->run(); !r)
                return r.error();
        }
        if (!core::conflictrule::applies(e))
            continue;
        auto earlier = lookup->editsAfter(e.assetUuid, baseCursor);
        if (!earlier)
            return earlier.error();
        std::vector<core::StoredEdit> edits;
        for (const auto &stored : *earlier) {
            core::StoredEdit edit{stored.seq, stored.eventId, stored.kind, stored.device, {}};
            pushedBy->reset();
            pushedBy->bind(1, edit.eventId);
            if (pushedBy->step())
                edit.pushedBy = pushedBy->toText(0);
            edits.push_back(std::move(edit));
        }
        if (const auto other = core::conflictrule::conflictWith(e, pusher, baseCursor, edits)) {
            flag->reset();
            flag->bind(1, e.assetUuid).bind(2, e.id).bind(3, *other);
            if (auto r = flag->run(); !r)
                return r.error();
            ++out.conflicts;
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    auto added = m_inventory->merge(events);
    if (!added)
        return added.error();
    out.added = *added;
    out.duplicates = int(events.size()) - *added;
    for (const auto &e : events)
        out.acknowledged.push_back(e.id);
    auto c = cursor();
    if (!c)
        return c.error();
    out.cursor = *c;
    return out;
}

Result<std::vector<StoredEvent>> GpkgStore::pull(qint64 claimedAfter, int limit, const QString &reader, qint64 maxPayloadBytes)
{
    const auto after = servedFrom(claimedAfter, reader);
    if (!after)
        return after.error();
    auto page = m_feed->after(*after, limit, maxPayloadBytes);
    if (!page)
        return page.error();
    std::vector<StoredEvent> out;
    for (auto &entry : *page) {
        StoredEvent s;
        s.seq = entry.seq;
        s.event = std::move(entry.event);
        out.push_back(std::move(s));
    }
    // The mark is one statement, and max() makes marks commute: it takes no turn at the writer lock,
    // so a pull never waits behind a push's merge (SQLite still orders it with the other writes).
    if (!reader.isEmpty() && !out.empty()) {
        auto mark = m_db->prepare(QStringLiteral("INSERT INTO served (user_name, cursor) VALUES (?1, ?2) "
                                                 "ON CONFLICT (user_name) DO UPDATE SET cursor = max(cursor, excluded.cursor)"));
        if (!mark)
            return mark.error();
        mark->bind(1, reader).bind(2, out.back().seq);
        if (auto r = mark->run(); !r)
            return r.error();
    }
    return out;
}

Result<qint64> GpkgStore::cursor() { return m_feed->cursor(); }

Result<qint64> GpkgStore::eventCount() { return m_inventory->eventCount(); }

Result<QString> GpkgStore::assetDepartment(const QString &assetUuid)
{
    const auto a = m_inventory->asset(assetUuid);
    return a ? a->department : QString();
}

Result<std::optional<core::Asset>> GpkgStore::asset(const QString &assetUuid)
{
    auto a = m_inventory->asset(assetUuid);
    return a ? std::optional<core::Asset>(*a) : std::nullopt;
}

Result<bool> GpkgStore::hasEvent(const QString &eventId)
{
    return m_feed->contains(eventId);
}

Result<QString> GpkgStore::photoAddedBy(const QString &photoId)
{
    return m_feed->photoAddedBy(photoId);
}

Result<QString> GpkgStore::proposalOwner(const QString &proposalId)
{
    return m_feed->proposalOwner(proposalId);
}

Result<SurveyStanding> GpkgStore::surveyStanding(const QString &surveyId, const QString &department)
{
    auto book = core::SurveyTables::read(*m_inventory, surveyId);
    if (!book)
        return book.error();
    SurveyStanding out;
    if (const auto c = book->campaigns.find(surveyId); c != book->campaigns.end())
        out.campaign = c->second.state;
    if (const auto s = book->submissions.find({surveyId, department}); s != book->submissions.end())
        out.submission = s->second.state;
    return out;
}

Result<AssetHistory> GpkgStore::assetHistory(const QString &assetUuid)
{
    AssetHistory out;
    auto events = m_inventory->events(assetUuid);
    if (!events)
        return events.error();
    for (const core::Event &e : *events) {
        if (e.kind == QLatin1String(core::EventKind::AssetCreated) && (out.createdHlc.isEmpty() || e.hlc < out.createdHlc))
            out.createdHlc = e.hlc;
    }
    auto photos = m_inventory->photos(assetUuid);
    if (!photos)
        return photos.error();
    out.afterPhoto = std::any_of(photos->begin(), photos->end(), [](const core::PhotoRow &p) { return p.role.startsWith(QLatin1String("after")); });
    return out;
}

Result<std::vector<PhotoUse>> GpkgStore::photoUses(const QString &sha256)
{
    auto uses = m_feed->photoUses(sha256);
    if (!uses)
        return uses.error();
    std::vector<PhotoUse> out;
    for (const auto &u : *uses)
        out.push_back({u.assetUuid, u.addedBy});
    return out;
}

Result<std::vector<Conflict>> GpkgStore::conflicts()
{
    auto st = m_db->prepare(QStringLiteral("SELECT asset_uuid, event_id, other_event_id, detected_at FROM conflicts WHERE NOT resolved ORDER BY id"));
    if (!st)
        return st.error();
    std::vector<Conflict> out;
    while (st->step())
        out.push_back({st->toText(0), st->toText(1), st->toText(2), st->toText(3)});
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    // Settled ones leave the list: the office's conflict.resolved event names the pair (W3.2).
    std::vector<Conflict> open;
    for (auto &c : out) {
        auto events = m_inventory->events(c.assetUuid);
        if (!events)
            return events.error();
        const bool settled = std::any_of(events->begin(), events->end(), [&c](const core::Event &e) {
            if (e.kind != QLatin1String(core::EventKind::ConflictResolved))
                return false;
            const core::ConflictResolvedPayload p = core::ConflictResolvedPayload::read(e.payload);
            return p.eventId == c.eventId && p.otherEventId == c.otherEventId;
        });
        if (!settled)
            open.push_back(std::move(c));
    }
    return open;
}

Result<PhotoUpload> GpkgStore::photoUpload(const QString &sha256)
{
    const core::PhotoStore photos(m_inventory->photoDir());
    const QFileInfo done(photos.pathFor(sha256));
    if (done.exists())
        return PhotoUpload{done.size(), true};
    const QFileInfo part(uploadDir(m_inventory->path()) + QLatin1Char('/') + sha256 + QStringLiteral(".part"));
    return PhotoUpload{part.exists() ? part.size() : 0, false};
}

Result<PhotoUpload> GpkgStore::claimUpload(const QString &sha256, qint64 offset, qint64 total, const QString &owner,
                                           const UploadQuota &quota, PhotoUpload state)
{
    const QString partPath = uploadDir(m_inventory->path()) + QLatin1Char('/') + sha256 + QStringLiteral(".part");
    auto held = m_db->prepare(QStringLiteral("SELECT user_name, total FROM upload_owners WHERE sha256 = ?1"));
    if (!held)
        return held.error();
    held->bind(1, sha256);
    const bool known = held->step();
    const QString by = known ? held->toText(0) : QString();
    const qint64 declared = known ? held->toInt(1) : 0;
    if (held->failed())
        return makeError(ErrorCode::Sqlite, held->error());
    if (known && by == owner && declared == total)
        return state; // the owner goes on
    if (known && by != owner && state.received > 0)
        return makeError(ErrorCode::NotYourUpload,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1: another user is uploading it"), sha256.left(12)));
    // A new upload (or the owner's of a different size, which starts over rather than mix two files).
    QFile::remove(partPath);
    if (offset != 0)
        return PhotoUpload{0, false}; // claimed only with its first bytes: the caller answers "resume at 0"
    auto open = m_db->prepare(QStringLiteral("SELECT count(*), coalesce(sum(total), 0) FROM upload_owners WHERE user_name = ?1 AND sha256 <> ?2"));
    if (!open)
        return open.error();
    open->bind(1, owner).bind(2, sha256);
    if (!open->step())
        return makeError(ErrorCode::Sqlite, open->error());
    if (auto refused = checkQuota(sha256, open->toInt(0), open->toInt(1), total, quota); !refused)
        return refused.error();
    auto claim = m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO upload_owners (sha256, user_name, total) VALUES (?1, ?2, ?3)"));
    if (!claim)
        return claim.error();
    claim->bind(1, sha256).bind(2, owner).bind(3, total);
    if (auto r = claim->run(); !r)
        return r.error();
    return PhotoUpload{0, false};
}

Result<PhotoUpload> GpkgStore::putPhotoChunk(const QString &sha256, qint64 offset, qint64 total, const QByteArray &bytes,
                                             const QString &owner, const UploadQuota &quota)
{
    std::lock_guard writing(*m_writer);
    auto state = photoUpload(sha256);
    if (!state)
        return state.error();
    if (state->complete)
        return *state;
    if (!owner.isEmpty()) {
        state = claimUpload(sha256, offset, total, owner, quota, *state);
        if (!state)
            return state.error();
    }
    if (offset != state->received)
        return makeError(ErrorCode::OffsetMismatch,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1: the server holds %2 bytes; resume there"), sha256.left(12), state->received));
    if (offset + bytes.size() > total)
        return makeError(ErrorCode::TooLong,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1: longer than its declared %2 bytes"), sha256.left(12), total));
    const QString dir = uploadDir(m_inventory->path());
    QDir().mkpath(dir);
    // sha256 was checked to be 64 hex digits by the caller, so this name stays inside `dir`.
    const QString partPath = dir + QLatin1Char('/') + sha256 + QStringLiteral(".part");
    QFile part(partPath);
    if (!part.open(QIODevice::Append) || part.write(bytes) != bytes.size() || !part.flush())
        return makeError(ErrorCode::Io, gc::tx("%1: %2", partPath, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot write: %2"), partPath, part.errorString())));
    ::fsync(part.handle());
    part.close();
    const qint64 received = offset + bytes.size();
    if (received < total)
        return PhotoUpload{received, false};
    QFile whole(partPath);
    if (!whole.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, gc::tx("%1: %2", partPath, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot read"), partPath)));
    const QByteArray data = whole.readAll();
    whole.close();
    QFile::remove(partPath);
    if (auto done = dropUploadOwner(sha256); !done)
        return done.error();
    if (core::PhotoStore::sha256Of(data) != sha256)
        return makeError(ErrorCode::HashMismatch,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1: the received file's SHA-256 differs; send it again"), sha256.left(12)));
    if (auto judged = judgeCompletedPhoto(data); !judged)
        return judged.error();
    core::PhotoStore photos(m_inventory->photoDir());
    auto stored = photos.add(data);
    if (!stored)
        return stored.error();
    if (!owner.isEmpty()) {
        auto st = m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO photo_uploaders (sha256, user_name) VALUES (?1, ?2)"));
        if (!st)
            return st.error();
        st->bind(1, sha256).bind(2, owner);
        if (auto r = st->run(); !r)
            return r.error();
    }
    return PhotoUpload{total, true};
}

Result<std::optional<QString>> GpkgStore::photoUploader(const QString &sha256)
{
    if (!QFileInfo::exists(core::PhotoStore(m_inventory->photoDir()).pathFor(sha256)))
        return std::optional<QString>();
    auto st = m_db->prepare(QStringLiteral("SELECT user_name FROM photo_uploaders WHERE sha256 = ?1"));
    if (!st)
        return st.error();
    st->bind(1, sha256);
    return std::optional<QString>(st->step() ? st->toText(0) : QString());
}

VoidResult GpkgStore::dropUploadOwner(const QString &sha256)
{
    auto st = m_db->prepare(QStringLiteral("DELETE FROM upload_owners WHERE sha256 = ?1"));
    if (!st)
        return st.error();
    st->bind(1, sha256);
    return st->run();
}

Result<std::optional<QByteArray>> GpkgStore::photo(const QString &sha256)
{
    QFile f(core::PhotoStore(m_inventory->photoDir()).pathFor(sha256));
    if (!f.exists())
        return std::optional<QByteArray>();
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, gc::tx("%1: %2", f.fileName(), gc::tx(QT_TRANSLATE_NOOP("gc", "cannot read"), f.fileName())));
    return std::optional<QByteArray>(f.readAll());
}

namespace {
// Renditions live beside the originals, named by the original's SHA-256 and the rendition; the name
// is only ever built from a checked SHA-256.
QString renditionPath(const QString &photoDir, const QString &sha256, core::Rendition r)
{
    if (core::PhotoStore(photoDir).pathFor(sha256).isEmpty())
        return {};
    return QStringLiteral("%1/renditions/%2.%3.jpg").arg(photoDir, sha256, core::renditionName(r));
}
} // namespace

Result<std::optional<QByteArray>> GpkgStore::rendition(const QString &sha256, core::Rendition r)
{
    QFile f(renditionPath(m_inventory->photoDir(), sha256, r));
    if (f.fileName().isEmpty() || !f.exists())
        return std::optional<QByteArray>();
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, gc::tx("%1: %2", f.fileName(), gc::tx(QT_TRANSLATE_NOOP("gc", "cannot read"), f.fileName())));
    return std::optional<QByteArray>(f.readAll());
}

VoidResult GpkgStore::putRendition(const QString &sha256, core::Rendition r, const QByteArray &bytes)
{
    const QString path = renditionPath(m_inventory->photoDir(), sha256, r);
    if (path.isEmpty())
        return makeError(ErrorCode::BadSha256, gc::tx(QT_TRANSLATE_NOOP("gc", "malformed photo name")));
    if (QFileInfo::exists(path))
        return Ok{};
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Written whole or not at all: a rendition is made again when it is missing, never read half-written.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::Io, gc::tx("%1: %2", path, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot write: %2"), path, f.errorString())));
    return Ok{};
}

VoidResult GpkgStore::putPhotoClaim(const PhotoClaim &c)
{
    std::lock_guard writing(*m_writer);
    auto st = m_db->prepare(QStringLiteral(
        "INSERT INTO photo_verdicts (sha256, asset_uuid, slot, device_verdict, taken_at, occurred_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT (sha256) DO UPDATE SET asset_uuid = excluded.asset_uuid, slot = excluded.slot, "
        "device_verdict = excluded.device_verdict, taken_at = excluded.taken_at, occurred_at = excluded.occurred_at"));
    if (!st)
        return st.error();
    st->bind(1, c.sha256).bind(2, c.assetUuid).bind(3, c.slot).bind(4, c.deviceVerdict).bind(5, c.takenAt).bind(6, c.occurredAt);
    return st->run();
}

VoidResult GpkgStore::putServerVerdict(const QString &sha256, const QString &verdict, const QByteArray &result)
{
    std::lock_guard writing(*m_writer);
    auto st = m_db->prepare(QStringLiteral(
        "INSERT INTO photo_verdicts (sha256, server_verdict, result, checked_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (sha256) DO UPDATE SET server_verdict = excluded.server_verdict, result = excluded.result, "
        "checked_at = excluded.checked_at"));
    if (!st)
        return st.error();
    st->bind(1, sha256).bind(2, verdict).bind(3, QString::fromUtf8(result)).bind(4, utcText(QDateTime::currentDateTimeUtc()));
    return st->run();
}

Result<std::optional<PhotoJudgement>> GpkgStore::photoJudgement(const QString &sha256)
{
    auto st = m_db->prepare(QStringLiteral("SELECT coalesce(asset_uuid, ''), coalesce(slot, ''), coalesce(device_verdict, ''), "
                                           "coalesce(taken_at, ''), coalesce(occurred_at, ''), coalesce(server_verdict, ''), "
                                           "coalesce(result, ''), coalesce(checked_at, '') FROM photo_verdicts WHERE sha256 = ?1"));
    if (!st)
        return st.error();
    st->bind(1, sha256);
    if (!st->step())
        return std::optional<PhotoJudgement>();
    PhotoJudgement j{PhotoClaim{sha256, st->toText(0), st->toText(1), st->toText(2), st->toText(3), st->toText(4)}, st->toText(5),
                     st->toText(6).toUtf8(), st->toText(7)};
    return std::optional<PhotoJudgement>(std::move(j));
}

Result<std::vector<PhotoJudgement>> GpkgStore::disagreements(int limit)
{
    auto st = m_db->prepare(QStringLiteral("SELECT sha256, coalesce(asset_uuid, ''), coalesce(slot, ''), device_verdict, coalesce(taken_at, ''), "
                                           "coalesce(occurred_at, ''), server_verdict, coalesce(result, ''), coalesce(checked_at, '') "
                                           "FROM photo_verdicts WHERE coalesce(server_verdict, '') != '' AND coalesce(device_verdict, '') != '' "
                                           "AND server_verdict != device_verdict ORDER BY checked_at, sha256 LIMIT ?1"));
    if (!st)
        return st.error();
    st->bind(1, qint64(limit));
    std::vector<PhotoJudgement> out;
    while (st->step())
        out.push_back(PhotoJudgement{PhotoClaim{st->toText(0), st->toText(1), st->toText(2), st->toText(3), st->toText(4), st->toText(5)},
                                     st->toText(6), st->toText(7).toUtf8(), st->toText(8)});
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

Result<std::vector<PhotoJudgement>> GpkgStore::assetPhotoJudgements(const QString &assetUuid)
{
    auto st = m_db->prepare(QStringLiteral("SELECT sha256, coalesce(slot, ''), coalesce(device_verdict, ''), coalesce(taken_at, ''), "
                                           "coalesce(occurred_at, ''), coalesce(server_verdict, ''), coalesce(result, ''), "
                                           "coalesce(checked_at, '') FROM photo_verdicts WHERE asset_uuid = ?1 ORDER BY occurred_at, sha256"));
    if (!st)
        return st.error();
    st->bind(1, assetUuid);
    std::vector<PhotoJudgement> out;
    while (st->step())
        out.push_back(PhotoJudgement{PhotoClaim{st->toText(0), assetUuid, st->toText(1), st->toText(2), st->toText(3), st->toText(4)},
                                     st->toText(5), st->toText(6).toUtf8(), st->toText(7)});
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

VoidResult GpkgAccounts::addUser(const User &u)
{
    std::lock_guard writing(*m_writer);
    auto st = m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO users (name, role, department, password_hash) VALUES (?1, ?2, ?3, ?4)"));
    if (!st)
        return st.error();
    st->bind(1, u.name).bind(2, roleName(u.role)).bind(3, u.department.isEmpty() ? QString() : u.department).bind(4, u.passwordHash);
    if (auto r = st->run(); !r)
        return r;
    if (m_db->changes() == 0)
        return makeError(ErrorCode::UserExists,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "user '%1' already exists"), u.name));
    return Ok{};
}

Result<std::optional<User>> GpkgAccounts::readUser(const QString &sql, const QString &a, const QString &b)
{
    auto st = m_db->prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, a);
    if (!b.isNull())
        st->bind(2, b);
    if (!st->step()) {
        if (st->failed())
            return makeError(ErrorCode::Sqlite, st->error());
        return std::optional<User>();
    }
    return std::optional<User>(
        User{st->toText(0), roleFromName(st->toText(1)).value_or(Role::Crew), st->toText(2), st->toText(3)});
}

Result<std::optional<User>> GpkgAccounts::user(const QString &name)
{
    return readUser(QStringLiteral("SELECT name, role, coalesce(department, ''), password_hash FROM users WHERE name = ?1"), name);
}

VoidResult GpkgAccounts::addSession(const QString &tokenHash, const QString &userName, const QDateTime &expiresUtc)
{
    std::lock_guard writing(*m_writer);
    auto st = m_db->prepare(QStringLiteral("INSERT INTO sessions (token_hash, user_name, expires_at) VALUES (?1, ?2, ?3)"));
    if (!st)
        return st.error();
    st->bind(1, tokenHash).bind(2, userName).bind(3, utcText(expiresUtc));
    return st->run();
}

Result<std::optional<User>> GpkgAccounts::sessionUser(const QString &tokenHash, const QDateTime &nowUtc)
{
    return readUser(QStringLiteral("SELECT u.name, u.role, coalesce(u.department, ''), u.password_hash FROM sessions s "
                                   "JOIN users u ON u.name = s.user_name WHERE s.token_hash = ?1 AND s.expires_at > ?2"),
                    tokenHash, utcText(nowUtc));
}

Result<bool> GpkgAccounts::setPassword(const QString &userName, const QString &passwordHash)
{
    std::lock_guard writing(*m_writer);
    core::Transaction tx(*m_db);
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    auto st = m_db->prepare(QStringLiteral("UPDATE users SET password_hash = ?2 WHERE name = ?1"));
    if (!st)
        return st.error();
    st->bind(1, userName).bind(2, passwordHash);
    if (auto r = st->run(); !r)
        return r.error();
    if (m_db->changes() == 0)
        return false;
    if (auto r = endSessions(userName); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

VoidResult GpkgAccounts::endSession(const QString &tokenHash)
{
    std::lock_guard writing(*m_writer);
    auto st = m_db->prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?1"));
    if (!st)
        return st.error();
    st->bind(1, tokenHash);
    return st->run();
}

Result<int> GpkgAccounts::endSessions(const QString &userName)
{
    std::lock_guard writing(*m_writer);
    auto st = m_db->prepare(QStringLiteral("DELETE FROM sessions WHERE user_name = ?1"));
    if (!st)
        return st.error();
    st->bind(1, userName);
    if (auto r = st->run(); !r)
        return r.error();
    return m_db->changes();
}

Result<int> GpkgStore::expireUploads(const QDateTime &beforeUtc)
{
    std::lock_guard writing(*m_writer);
    int dropped = 0;
    const QDir dir(uploadDir(m_inventory->path()));
    for (const QFileInfo &part : dir.entryInfoList({QStringLiteral("*.part")}, QDir::Files)) {
        if (part.lastModified().toUTC() < beforeUtc && QFile::remove(part.filePath()))
            ++dropped;
    }
    // An owner's claim lasts as long as its part file.
    auto owned = m_db->prepare(QStringLiteral("SELECT sha256 FROM upload_owners"));
    if (!owned)
        return owned.error();
    QStringList gone;
    while (owned->step()) {
        if (!QFile::exists(dir.filePath(owned->toText(0) + QStringLiteral(".part"))))
            gone << owned->toText(0);
    }
    for (const QString &sha : gone) {
        if (auto r = dropUploadOwner(sha); !r)
            return r.error();
    }
    return dropped;
}

VoidResult GpkgRefusals::logRefusals(const std::vector<Refusal> &batch, qint64 keepRows)
{
    std::lock_guard writing(*m_writer);
    if (batch.empty())
        return Ok{};
    core::Transaction tx(*m_db);
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    auto st = m_db->prepare(QStringLiteral("INSERT INTO refusals (at, user_name, remote, method, path, status, reason) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!st)
        return st.error();
    for (const auto &r : batch) {
        st->reset();
        st->bind(1, utcText(r.at)).bind(2, r.userName.isEmpty() ? QString() : r.userName).bind(3, r.remote).bind(4, r.method)
            .bind(5, r.path.left(512)).bind(6, r.status).bind(7, r.reason.left(1000));
        if (auto done = st->run(); !done)
            return done;
    }
    auto prune = m_db->prepare(QStringLiteral("DELETE FROM refusals WHERE id <= (SELECT max(id) FROM refusals) - ?1"));
    if (!prune)
        return prune.error();
    prune->bind(1, keepRows);
    if (auto done = prune->run(); !done)
        return done;
    return tx.commit();
}

Result<qint64> GpkgRefusals::refusalCount() { return m_db->scalarInt(QStringLiteral("SELECT count(*) FROM refusals")); }

} // namespace gc::server
