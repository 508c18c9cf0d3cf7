#include "pgpush.h"

#include "domain/assetfields.h"
#include "log/eventreducer.h"
#include "sync/conflictrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <libpq-fe.h>

#include <algorithm>

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

Result<PushOutcome> PgPush::run(const std::vector<core::Event> &incoming, qint64 claimedBase, const QString &pusher)
{
    std::vector<core::Event> events = incoming;
    std::sort(events.begin(), events.end());
    PushOutcome out;
    // The conflict rule compares with what was stored before this push, never with the batch itself.
    auto before = m_store.exec("SELECT coalesce(max(seq), 0) FROM events");
    if (!before)
        return before.error();
    const qint64 storedBefore = QByteArray(PQgetvalue(before->get(), 0, 0)).toLongLong();
    const auto base = m_store.trustedBase(claimedBase, pusher);
    if (!base)
        return base.error();

    // Sequence numbers follow the batch's order (the ORDER BY feeds the INSERT row by row).
    QJsonArray rows;
    for (qsizetype i = 0; i < qsizetype(events.size()); ++i) {
        const core::Event &e = events[size_t(i)];
        rows.append(QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("event_id"), textOrNull(e.id)},
                                {QStringLiteral("hlc"), textOrNull(e.hlc)}, {QStringLiteral("occurred_at"), textOrNull(e.time)},
                                {QStringLiteral("actor"), textOrNull(e.actor)}, {QStringLiteral("device"), textOrNull(e.device)},
                                {QStringLiteral("kind"), textOrNull(e.kind)},
                                {QStringLiteral("asset_uuid"), e.assetUuid.isEmpty() ? QJsonValue() : QJsonValue(e.assetUuid)},
                                {QStringLiteral("payload"), e.payload}});
    }
    auto ins = m_store.exec("INSERT INTO events (event_id, hlc, occurred_at, actor, device, kind, asset_uuid, payload, pushed_by) "
                            "SELECT r.event_id, r.hlc, r.occurred_at, r.actor, r.device, r.kind, r.asset_uuid, r.payload, $2 "
                            "FROM jsonb_to_recordset($1::jsonb) AS r(n int, event_id text, hlc text, occurred_at text, actor text, "
                            "device text, kind text, asset_uuid text, payload jsonb) ORDER BY r.n "
                            "ON CONFLICT (event_id) DO NOTHING RETURNING seq, event_id",
                            {QJsonDocument(rows).toJson(QJsonDocument::Compact), pusher.isEmpty() ? QByteArray() : pusher.toUtf8()});
    if (!ins)
        return ins.error();
    QSet<QString> inserted;
    qint64 cursor = storedBefore;
    for (int i = 0; i < PQntuples(ins->get()); ++i) {
        cursor = std::max(cursor, QByteArray(PQgetvalue(ins->get(), i, 0)).toLongLong());
        inserted.insert(text(ins->get(), i, 1));
    }
    std::vector<const core::Event *> added;
    std::vector<QString> assets;
    for (const auto &e : events) {
        out.acknowledged.push_back(e.id);
        if (!inserted.remove(e.id)) { // seen before (or twice in this batch): a replay changes nothing
            ++out.duplicates;
            continue;
        }
        ++out.added;
        if (!core::conflictrule::applies(e))
            continue;
        added.push_back(&e);
        assets.push_back(e.assetUuid);
    }
    auto earlier = earlierEdits(assets, *base, storedBefore);
    if (!earlier)
        return earlier.error();
    std::map<QString, bool> touched; // asset → flagged as conflicting
    for (const core::Event *e : added) {
        bool flagged = touched[e->assetUuid];
        const auto it = earlier->find(e->assetUuid);
        if (it != earlier->end()) {
            if (const auto other = core::conflictrule::conflictWith(*e, pusher, *base, it->second)) {
                auto c = m_store.exec("INSERT INTO conflicts (asset_uuid, event_id, other_event_id) VALUES ($1, $2, $3) "
                                      "ON CONFLICT DO NOTHING",
                                      {e->assetUuid.toUtf8(), e->id.toUtf8(), other->toUtf8()});
                if (!c)
                    return c.error();
                ++out.conflicts;
                flagged = true;
            }
        }
        touched[e->assetUuid] = flagged;
    }
    if (auto r = rematerialize(touched); !r)
        return r.error();
    out.cursor = cursor; // only holders of the push lock insert, so nothing else came in meanwhile
    return out;
}

Result<std::map<QString, std::vector<core::StoredEdit>>> PgPush::earlierEdits(const std::vector<QString> &assets, qint64 base,
                                                                               qint64 storedBefore)
{
    std::map<QString, std::vector<core::StoredEdit>> out;
    if (assets.empty() || base >= storedBefore)
        return out; // nothing stored after the base: no edit to conflict with
    auto r = m_store.exec("SELECT asset_uuid, seq, event_id, kind, device, coalesce(pushed_by, '') FROM events "
                          "WHERE asset_uuid = ANY($1::text[]) AND seq > $2 AND seq <= $3",
                          {textArray(assets), num(base), num(storedBefore)});
    if (!r)
        return r.error();
    for (int i = 0; i < PQntuples(r->get()); ++i)
        out[text(r->get(), i, 0)].push_back({QByteArray(PQgetvalue(r->get(), i, 1)).toLongLong(), text(r->get(), i, 2),
                                             text(r->get(), i, 3), text(r->get(), i, 4), text(r->get(), i, 5)});
    return out;
}

VoidResult PgPush::rematerialize(const std::map<QString, bool> &touched)
{
    if (touched.empty())
        return Ok{};
    std::vector<QString> uuids;
    for (const auto &t : touched)
        uuids.push_back(t.first);
    auto r = m_store.exec("SELECT asset_uuid, event_id, hlc, occurred_at, kind, payload FROM events "
                          "WHERE asset_uuid = ANY($1::text[]) AND kind = ANY($2::text[]) ORDER BY asset_uuid, hlc, event_id",
                          {textArray(uuids), assetKindsArray()});
    if (!r)
        return r.error();
    QJsonArray rows;
    std::vector<QString> gone;
    const int n = PQntuples(r->get());
    for (int i = 0; i < n;) {
        const QString uuid = text(r->get(), i, 0);
        core::Asset a;
        bool exists = false, deleted = false;
        QString lastHlc;
        for (; i < n && text(r->get(), i, 0) == uuid; ++i) {
            core::Event e;
            e.id = text(r->get(), i, 1);
            e.hlc = text(r->get(), i, 2);
            e.time = text(r->get(), i, 3);
            e.kind = text(r->get(), i, 4);
            e.assetUuid = uuid;
            e.payload = QJsonDocument::fromJson(QByteArray(PQgetvalue(r->get(), i, 5))).object();
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
    if (!gone.empty()) {
        if (auto d = m_store.exec("DELETE FROM assets WHERE uuid = ANY($1::text[])", {textArray(gone)}); !d)
            return d.error();
    }
    if (rows.isEmpty())
        return Ok{};
    auto up = m_store.exec(
        "INSERT INTO assets (uuid, code, category, department, dong_code, status, fields, geom, last_hlc, conflict, updated_at) "
        "SELECT r.uuid, r.code, r.category, r.department, r.dong_code, r.status, r.fields, CASE WHEN r.x IS NULL THEN NULL "
        "ELSE ST_SetSRID(ST_MakePoint(r.x, r.y), 5186) END, r.last_hlc, r.conflict, now() "
        "FROM jsonb_to_recordset($1::jsonb) AS r(uuid text, code text, category text, department text, dong_code text, "
        "status text, fields jsonb, x float8, y float8, last_hlc text, conflict boolean) "
        "ON CONFLICT (uuid) DO UPDATE SET code = EXCLUDED.code, category = EXCLUDED.category, "
        "department = EXCLUDED.department, dong_code = EXCLUDED.dong_code, status = EXCLUDED.status, "
        "fields = EXCLUDED.fields, geom = EXCLUDED.geom, last_hlc = EXCLUDED.last_hlc, "
        "conflict = assets.conflict OR EXCLUDED.conflict, updated_at = now()",
        {QJsonDocument(rows).toJson(QJsonDocument::Compact)});
    if (!up)
        return up.error();
    return Ok{};
}

} // namespace gc::server
