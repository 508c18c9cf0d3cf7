#include "store/eventfeed.h"
#include "model/eventkinds.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <QJsonDocument>

namespace gc::core {

namespace {

Result<std::unique_ptr<Statement>> prepare(const AssetStore &store, const char *sql)
{
    auto st = StoreAccess::db(store).prepare(QString::fromLatin1(sql));
    if (!st)
        return st.error();
    return std::make_unique<Statement>(std::move(*st));
}

Result<bool> exists(Statement &seen, const QString &eventId)
{
    seen.reset();
    seen.bind(1, eventId);
    const bool found = seen.step();
    if (seen.failed())
        return makeError(ErrorCode::Sqlite, seen.error());
    return found;
}

constexpr char kSeen[] = "SELECT 1 FROM asset_events WHERE event_id = ?1";

// The first column of the first row of `sql` bound to `value` as text (empty when no row).
Result<QString> firstText(const AssetStore &store, const QString &sql, const QString &value, const QString &second = {})
{
    auto st = StoreAccess::db(store).prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, value);
    if (!second.isNull())
        st->bind(2, second);
    const QString out = st->step() ? st->toText(0) : QString();
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

} // namespace

EventFeed::EventFeed(const AssetStore &store) : m_store(store) {}

Result<EventFeed::Lookup> EventFeed::lookup() const
{
    auto seen = prepare(m_store, kSeen);
    auto edits = prepare(m_store, "SELECT fid, event_id, kind, device FROM asset_events WHERE asset_uuid = ?1 AND fid > ?2");
    if (!seen || !edits)
        return seen ? edits.error() : seen.error();
    return Lookup(std::move(*seen), std::move(*edits));
}

EventFeed::Lookup::Lookup(std::unique_ptr<Statement> seen, std::unique_ptr<Statement> edits) : m_seen(std::move(seen)), m_edits(std::move(edits)) {}

Result<bool> EventFeed::Lookup::contains(const QString &eventId) { return exists(*m_seen, eventId); }

Result<std::vector<EventFeed::Edit>> EventFeed::Lookup::editsAfter(const QString &assetUuid, qint64 after)
{
    m_edits->reset();
    m_edits->bind(1, assetUuid).bind(2, after);
    std::vector<Edit> out;
    while (m_edits->step())
        out.push_back({m_edits->toInt(0), m_edits->toText(1), m_edits->toText(2), m_edits->toText(3)});
    if (m_edits->failed())
        return makeError(ErrorCode::Sqlite, m_edits->error());
    return out;
}

Result<qint64> EventFeed::cursor() const
{
    return StoreAccess::db(m_store).scalarInt(QStringLiteral("SELECT coalesce(max(fid), 0) FROM asset_events"));
}

Result<bool> EventFeed::contains(const QString &eventId) const
{
    auto seen = prepare(m_store, kSeen);
    if (!seen)
        return seen.error();
    return exists(**seen, eventId);
}

Result<std::vector<EventFeed::Entry>> EventFeed::after(qint64 after, int limit, qint64 maxPayloadBytes) const
{
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral(
        "SELECT fid, event_id, hlc, occurred_at, actor, device, kind, asset_uuid, payload FROM asset_events WHERE fid > ?1 "
        "ORDER BY fid LIMIT ?2"));
    if (!st)
        return st.error();
    st->bind(1, after).bind(2, qint64(limit));
    std::vector<Entry> out;
    qint64 bytes = 0;
    while (st->step()) {
        const QByteArray payload = st->toText(8).toUtf8();
        bytes += payload.size();
        if (!out.empty() && bytes > maxPayloadBytes)
            break; // the page is full: this event opens the next one
        out.push_back({st->toInt(0), Event{st->toText(1), st->toText(2), st->toText(3), st->toText(4), st->toText(5), st->toText(6),
                                           st->toText(7), QJsonDocument::fromJson(payload).object()}});
    }
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

Result<QString> EventFeed::proposalOwner(const QString &proposalId) const
{
    return firstText(m_store,
                     QStringLiteral("SELECT actor FROM asset_events WHERE kind = ?1 AND json_extract(payload, '$.proposal_id') = ?2 ORDER BY fid LIMIT 1"),
                     QString::fromLatin1(EventKind::PlaceProposed), proposalId);
}

Result<QString> EventFeed::photoAddedBy(const QString &photoId) const
{
    return firstText(m_store, QStringLiteral("SELECT added_by FROM photos WHERE photo_id = ?1"), photoId);
}

Result<std::vector<EventFeed::PhotoUse>> EventFeed::photoUses(const QString &sha256) const
{
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral("SELECT asset_uuid, added_by FROM photos WHERE sha256 = ?1"));
    if (!st)
        return st.error();
    st->bind(1, sha256);
    std::vector<PhotoUse> out;
    while (st->step())
        out.push_back({st->toText(0), st->toText(1)});
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

} // namespace gc::core
