#include "pgpush.h"
#include "pgtx.h"

#include "model/assetfields.h"
#include "store/eventreducer.h"
#include "sync/conflictrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <libpq-fe.h>

#include <algorithm>
#include <set>

namespace gc::server {

namespace {

QByteArray num(qint64 v) { return QByteArray::number(v); }
QString text(pg_result *r, int row, int col) { return QString::fromUtf8(PQgetvalue(r, row, col)); }
// A null QString is SQL NULL, as a null QByteArray parameter was when each value was bound alone.
QJsonValue textOrNull(const QString &s) { return s.isNull() ? QJsonValue() : QJsonValue(s); }

// A PostgreSQL text[] literal, each element quoted, so that any text (commas, braces, quotes) stays
// one element.
QByteArray textArray(const std::vector<QString> &values)
{
    QByteArray out = "{";
    for (const QString &v : values) {
        if (out.size() > 1)
            out += ',';
        QByteArray e = v.toUtf8();
        e.replace('\\', "\\\\").replace('"', "\\\"");
        out += '"' + e + '"';
    }
    return out + '}';
}

QByteArray assetKindsArray()
{
    std::vector<QString> kinds;
    for (const char *k : core::EventKind::AssetKinds)
        kinds.push_back(QString::fromLatin1(k));
    return textArray(kinds);
}

} // namespace

std::vector<core::Event> PgPush::ordered(const std::vector<core::Event> &incoming)
{
    std::vector<core::Event> events = incoming;
    std::sort(events.begin(), events.end());
    return events;
}

PgStore::Statement PgPush::statement(const std::vector<core::Event> &events, qint64 claimedBase, const QString &pusher)
{
    // Sequence numbers follow the batch's order (the ORDER BY feeds the INSERT row by row).
    QJsonArray rows;
    std::vector<QString> assets, ids;
    for (qsizetype i = 0; i < qsizetype(events.size()); ++i) {
        const core::Event &e = events[size_t(i)];
        ids.push_back(e.id);
        rows.append(QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("event_id"), textOrNull(e.id)},
                                {QStringLiteral("hlc"), textOrNull(e.hlc)}, {QStringLiteral("occurred_at"), textOrNull(e.time)},
                                {QStringLiteral("actor"), textOrNull(e.actor)}, {QStringLiteral("device"), textOrNull(e.device)},
                                {QStringLiteral("kind"), textOrNull(e.kind)},
                                {QStringLiteral("asset_uuid"), e.assetUuid.isEmpty() ? QJsonValue() : QJsonValue(e.assetUuid)},
                                {QStringLiteral("payload"), e.payload}});
        if (core::conflictrule::applies(e))
            assets.push_back(e.assetUuid);
    }
    // Every part of one statement reads the store as it was before the statement: `before` and the
    // earlier edits never include this batch (the conflict rule compares with what was stored before
    // the push, never with the batch itself), yet do include the transaction's earlier pushes.
    // The base is core::conflictrule::trustedBase: the claim, clamped to what pull served the pusher
    // (never less than the baseline `init --from` loaded, which every copy of its inventory holds).
    // The earlier edits are found by asset (events_asset) and only then by sequence: `seq + 0` keeps
    // the one plan made for every push (PgStore plans once) from walking events_pkey from the base,
    // which is the whole log for a device that pushes before it ever pulled.
    return PgStore::Statement{
        "WITH ins AS (INSERT INTO events (event_id, hlc, occurred_at, actor, device, kind, asset_uuid, payload, pushed_by) "
        "SELECT r.event_id, r.hlc, r.occurred_at, r.actor, r.device, r.kind, r.asset_uuid, r.payload, $2 "
        "FROM jsonb_to_recordset($1::jsonb) AS r(n int, event_id text, hlc text, occurred_at text, actor text, "
        "device text, kind text, asset_uuid text, payload jsonb) ORDER BY r.n "
        "ON CONFLICT (event_id) DO NOTHING RETURNING seq, event_id), "
        "before AS (SELECT coalesce(max(seq), 0) AS stored FROM events), "
        "base AS (SELECT CASE WHEN $2::text IS NULL THEN $3::bigint ELSE greatest(0, least($3::bigint, "
        "greatest(coalesce((SELECT cursor FROM served WHERE user_name = $2::text), 0), "
        "coalesce((SELECT value::bigint FROM gc_store WHERE key = 'baseline_cursor'), 0)))) END AS base) "
        "SELECT 'i', seq, event_id, NULL, NULL, NULL, NULL FROM ins "
        "UNION ALL SELECT 'b', before.stored, base.base::text, NULL, NULL, NULL, NULL FROM before, base "
        "UNION ALL SELECT 'e', e.seq, e.event_id, e.asset_uuid, e.kind, e.device, coalesce(e.pushed_by, '') "
        "FROM events e, before, base WHERE e.asset_uuid = ANY($4::text[]) AND e.seq + 0 > base.base AND e.seq + 0 <= before.stored "
        // A re-sent batch (its first answer lost) is told of the conflicts its events caused the first time.
        "UNION ALL SELECT 'c', 0, c.event_id, NULL, NULL, NULL, NULL FROM conflicts c WHERE c.event_id = ANY($5::text[])",
        {QJsonDocument(rows).toJson(QJsonDocument::Compact), pusher.isEmpty() ? QByteArray() : pusher.toUtf8(), num(claimedBase),
         textArray(assets), textArray(ids)}};
}

PushOutcome PgPush::absorb(const std::vector<core::Event> &events, const QString &pusher, pg_result *r)
{
    PushOutcome out;
    QSet<QString> inserted;
    qint64 storedBefore = 0, base = 0, cursor = 0;
    std::map<QString, std::vector<core::StoredEdit>> earlier; // asset → its edits stored after the base
    std::vector<QString> recorded; // the batch's events with a conflict stored by an earlier push
    for (int i = 0; i < PQntuples(r); ++i) {
        const char tag = *PQgetvalue(r, i, 0);
        const qint64 seq = QByteArray(PQgetvalue(r, i, 1)).toLongLong();
        if (tag == 'i') {
            cursor = std::max(cursor, seq);
            inserted.insert(text(r, i, 2));
        } else if (tag == 'c') {
            recorded.push_back(text(r, i, 2));
        } else if (tag == 'b') {
            storedBefore = seq;
            base = QByteArray(PQgetvalue(r, i, 2)).toLongLong();
        } else {
            earlier[text(r, i, 3)].push_back({seq, text(r, i, 2), text(r, i, 4), text(r, i, 5), text(r, i, 6)});
        }
    }
    for (const auto &e : events) {
        out.acknowledged.push_back(e.id);
        if (!inserted.remove(e.id)) { // seen before (or twice in this batch): a replay changes nothing
            ++out.duplicates;
            out.conflicts += int(std::count(recorded.begin(), recorded.end(), e.id)); // but hears of its conflicts again
            continue;
        }
        ++out.added;
        if (!core::conflictrule::applies(e))
            continue;
        bool flagged = m_touched[e.assetUuid];
        const auto it = earlier.find(e.assetUuid);
        if (it != earlier.end()) {
            if (const auto other = core::conflictrule::conflictWith(e, pusher, base, it->second)) {
                m_conflicts.append(QJsonObject{{QStringLiteral("asset_uuid"), e.assetUuid}, {QStringLiteral("event_id"), e.id},
                                               {QStringLiteral("other_event_id"), *other}});
                ++out.conflicts;
                flagged = true;
            }
        }
        m_touched[e.assetUuid] = flagged;
    }
    // Only holders of the push lock insert, so nothing else came in meanwhile.
    out.cursor = std::max(storedBefore, cursor);
    return out;
}

std::optional<PgStore::Statement> PgPush::histories(const std::vector<std::vector<core::Event>> &pushes)
{
    std::set<QString> assets; // what absorb() may mark touched: the assets of events the rule applies to
    for (const auto &events : pushes) {
        for (const core::Event &e : events) {
            if (core::conflictrule::applies(e))
                assets.insert(e.assetUuid);
        }
    }
    if (assets.empty())
        return std::nullopt;
    return PgStore::Statement{"SELECT asset_uuid, event_id, hlc, occurred_at, kind, payload FROM events "
                              "WHERE asset_uuid = ANY($1::text[]) AND kind = ANY($2::text[]) ORDER BY asset_uuid, hlc, event_id",
                              {textArray(std::vector<QString>(assets.begin(), assets.end())), assetKindsArray()}};
}

VoidResult PgPush::finishAndCommit(pg_result *histories)
{
    std::map<QString, bool> touched;
    touched.swap(m_touched);
    std::vector<PgStore::Statement> writes;
    if (!m_conflicts.isEmpty())
        writes.push_back({"INSERT INTO conflicts (asset_uuid, event_id, other_event_id) "
                          "SELECT r.asset_uuid, r.event_id, r.other_event_id FROM jsonb_to_recordset($1::jsonb) "
                          "AS r(asset_uuid text, event_id text, other_event_id text) ON CONFLICT DO NOTHING",
                          {QJsonDocument(m_conflicts).toJson(QJsonDocument::Compact)}});
    m_conflicts = {};
    if (histories)
        rematerialize(touched, histories, writes);
    writes.push_back({"COMMIT", {}});
    auto done = m_store.execAll(writes);
    if (!done)
        return done.error();
    return Ok{};
}

void PgPush::rematerialize(const std::map<QString, bool> &touched, pg_result *r, std::vector<PgStore::Statement> &writes)
{
    QJsonArray rows;
    std::vector<QString> gone;
    const int n = PQntuples(r);
    for (int i = 0; i < n;) {
        const QString uuid = text(r, i, 0);
        if (!touched.count(uuid)) { // only a replay named it: its row stays as it is
            while (i < n && text(r, i, 0) == uuid)
                ++i;
            continue;
        }
        core::Asset a;
        bool exists = false, deleted = false;
        QString lastHlc;
        for (; i < n && text(r, i, 0) == uuid; ++i) {
            core::Event e;
            e.id = text(r, i, 1);
            e.hlc = text(r, i, 2);
            e.time = text(r, i, 3);
            e.kind = text(r, i, 4);
            e.assetUuid = uuid;
            e.payload = QJsonDocument::fromJson(QByteArray(PQgetvalue(r, i, 5))).object();
            core::reducer::apply(a, exists, e);
            deleted = !exists && (deleted || e.kind == QLatin1String(core::EventKind::AssetDeleted));
            lastHlc = e.hlc;
        }
        if (!exists) { // deleted (asset.deleted, W2.7), or updates of an asset whose creation has not arrived yet
            if (deleted)
                gone.push_back(uuid);
            continue;
        }
        rows.append(QJsonObject{{QStringLiteral("uuid"), textOrNull(a.uuid)}, {QStringLiteral("code"), textOrNull(a.code)},
                                {QStringLiteral("category"), textOrNull(a.category)},
                                {QStringLiteral("department"), textOrNull(a.department)},
                                {QStringLiteral("dong_code"), textOrNull(a.dongCode)}, {QStringLiteral("status"), textOrNull(a.status)},
                                {QStringLiteral("fields"), core::assetfields::toJson(a)},
                                {QStringLiteral("x"), a.hasLocation ? QJsonValue(a.x) : QJsonValue()},
                                {QStringLiteral("y"), a.hasLocation ? QJsonValue(a.y) : QJsonValue()},
                                {QStringLiteral("last_hlc"), textOrNull(lastHlc)},
                                {QStringLiteral("conflict"), touched.at(uuid)}});
    }
    if (!gone.empty())
        writes.push_back({"DELETE FROM assets WHERE uuid = ANY($1::text[])", {textArray(gone)}});
    if (rows.isEmpty())
        return;
    writes.push_back({
        "INSERT INTO assets (uuid, code, category, department, dong_code, status, fields, geom, last_hlc, conflict, updated_at) "
        "SELECT r.uuid, r.code, r.category, r.department, r.dong_code, r.status, r.fields, CASE WHEN r.x IS NULL THEN NULL "
        "ELSE ST_SetSRID(ST_MakePoint(r.x, r.y), 5186) END, r.last_hlc, r.conflict, now() "
        "FROM jsonb_to_recordset($1::jsonb) AS r(uuid text, code text, category text, department text, dong_code text, "
        "status text, fields jsonb, x float8, y float8, last_hlc text, conflict boolean) "
        "ON CONFLICT (uuid) DO UPDATE SET code = EXCLUDED.code, category = EXCLUDED.category, "
        "department = EXCLUDED.department, dong_code = EXCLUDED.dong_code, status = EXCLUDED.status, "
        "fields = EXCLUDED.fields, geom = EXCLUDED.geom, last_hlc = EXCLUDED.last_hlc, "
        "conflict = assets.conflict OR EXCLUDED.conflict, updated_at = now()",
        {QJsonDocument(rows).toJson(QJsonDocument::Compact)}});
}

void PgPush::commitAll(PgStore &store, const std::vector<PushJob *> &jobs, const PgStore::Statement &lock)
{
    auto failAll = [&jobs](const Error &e) {
        for (PushJob *j : jobs)
            j->outcome = e;
    };
    // A push that fails takes the transaction with it: then each push of the group is tried again
    // alone, so one bad push never costs the others (a failure is rare; the common path has no
    // savepoints to pay for).
    auto oneByOne = [&store, &jobs] {
        for (PushJob *j : jobs)
            store.pushAll({j});
    };
    // Every push of the group in one round trip, the transaction's start and the lock first; each
    // statement sees the ones before it.
    PgTx tx(store.m_conn.get(), PgTx::BegunByCaller{});
    std::vector<std::vector<core::Event>> events;
    std::vector<PgStore::Statement> statements{{"BEGIN", {}}, lock};
    for (PushJob *j : jobs) {
        events.push_back(ordered(*j->events));
        statements.push_back(statement(events.back(), j->baseCursor, j->pusher));
    }
    const auto fold = histories(events);
    if (fold)
        statements.push_back(*fold);
    auto results = store.execAll(statements);
    if (!results) {
        if (jobs.size() == 1)
            return failAll(results.error());
        tx.rollback();
        return oneByOne();
    }
    PgPush push(store);
    for (size_t i = 0; i < jobs.size(); ++i)
        jobs[i]->outcome = push.absorb(events[i], jobs[i]->pusher, (*results)[i + 2].get());
    // A failure here (the commit's included) stored nothing of any of them: alone, the client sends
    // again; in a group, each is tried again alone.
    if (auto r = push.finishAndCommit(fold ? results->back().get() : nullptr); !r) {
        if (jobs.size() == 1)
            return failAll(r.error());
        tx.rollback();
        return oneByOne();
    }
    tx.ended();
}

} // namespace gc::server
