#include "store/projection.h"
#include "store/eventlog.h"
#include "store/assettable.h"
#include "store/photorecords.h"
#include "store/sqlitedb.h"
#include "store/surveyreducer.h"
#include "store/storeparts.h"

#include "model/eventdomain.h"
#include "model/payloads.h"

#include <algorithm>

#include <set>

namespace gc::core {

Projection::Target Projection::targetOf(const Event &e)
{
    if (e.kind == QLatin1String(EventKind::PhotoAdded))
        return Target::Photos;
    if (storeparts::handling(e))
        return Target::Part;
    if (reducer::touchesAsset(e.kind) && !e.assetUuid.isEmpty())
        return Target::Assets;
    return Target::None;
}

Projection::Projection(const SqliteDb &db, AssetTable &assets, PhotoRecords &photos, EventLog &log)
    : m_db(db), m_assets(assets), m_photos(photos), m_log(log)
{
}

namespace {
// An asset event whose place no map can hold (1e308, not a finite number) is not projected: the fold
// skips the place (reducer::applyFields), and a merge is refused, so a pull sets the event aside with
// this reason instead of putting 1e308 into every tablet's spatial index. (A pulled place outside the
// district but on the map is refused earlier, by the event's definition: eventjson::fromJson.)
VoidResult checkPlace(const Event &e)
{
    if (e.kind != QLatin1String(EventKind::AssetCreated) && e.kind != QLatin1String(EventKind::AssetUpdated))
        return Ok{};
    const AssetFieldsPayload p = AssetFieldsPayload::read(e.payload);
    if (!p.x || !p.y || district::fitsIndex(*p.x, *p.y))
        return Ok{};
    return makeError(ErrorCode::BadEvent, tx(QT_TRANSLATE_NOOP("gc", "event %1: the place (%2, %3) is no point a map can hold; not applied"), e.id,
                                              QString::number(*p.x), QString::number(*p.y)));
}
} // namespace

VoidResult Projection::apply(const Event &e)
{
    if (auto ok = checkPlace(e); !ok)
        return ok;
    switch (targetOf(e)) {
    case Target::Photos: return m_photos.upsert(reducer::photoRow(e));
    case Target::Part: return applyPart(e);
    case Target::None: return Ok{};
    case Target::Assets: break;
    }
    const std::optional<QString> lastHlc = m_assets.lastHlc(e.assetUuid);
    if (!lastHlc || e.hlc < *lastHlc)
        return replayAsset(e.assetUuid); // out of order, or events that came before the create
    Asset state = *m_assets.byUuid(e.assetUuid);
    bool created = true;
    reducer::apply(state, created, e);
    if (!created)
        return m_assets.remove(e.assetUuid);
    return m_assets.upsert(state, e.hlc);
}

VoidResult Projection::applyPart(const Event &e)
{
    const StorePart *part = storeparts::handling(e);
    if (std::find(m_stale.begin(), m_stale.end(), part) != m_stale.end())
        return Ok{}; // the batch's finish() refolds its tables, this event included
    auto deferred = part->apply(m_db, e, m_batch);
    if (!deferred)
        return deferred.error();
    if (*deferred)
        m_stale.push_back(part);
    return Ok{};
}

VoidResult Projection::Batch::finish()
{
    const std::vector<const StorePart *> stale = std::move(m_p.m_stale);
    m_p.m_batch = false;
    m_p.m_stale.clear();
    for (const StorePart *part : stale) {
        if (auto r = part->refold(m_p.m_db); !r)
            return r;
    }
    return Ok{};
}

VoidResult Projection::replayAsset(const QString &uuid)
{
    auto history = m_log.assetHistory(uuid);
    if (!history)
        return history.error();
    Asset state;
    bool exists = false;
    QString lastHlc;
    for (const Event &e : *history) {
        if (!reducer::touchesAsset(e.kind))
            continue;
        reducer::apply(state, exists, e);
        lastHlc = e.hlc;
    }
    if (!exists)
        return m_assets.remove(uuid); // deleted, or only updates so far: the row appears when its create arrives
    return m_assets.upsert(state, lastHlc);
}

VoidResult Projection::rebuild(const std::vector<Event> &log)
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM assets; DELETE FROM photos;")); !r)
        return r;
    std::map<QString, Asset> state;
    std::map<QString, bool> exists;
    std::map<QString, QString> lastHlc;
    std::vector<QString> order;
    std::set<QString> listed; // a create after a delete does not list the asset twice
    for (const auto &e : log) {
        switch (targetOf(e)) {
        case Target::Photos:
            if (auto r = m_photos.upsert(reducer::photoRow(e)); !r)
                return r;
            break;
        case Target::Assets: {
            bool &ex = exists[e.assetUuid];
            if (!ex && e.kind == QLatin1String(EventKind::AssetCreated) && listed.insert(e.assetUuid).second)
                order.push_back(e.assetUuid);
            reducer::apply(state[e.assetUuid], ex, e);
            lastHlc[e.assetUuid] = e.hlc;
            break;
        }
        case Target::Part: // refolded below, each part at once
        case Target::None: break;
        }
    }
    for (const auto &uuid : order) {
        if (!exists[uuid])
            continue; // deleted since
        if (auto r = m_assets.upsert(state[uuid], lastHlc[uuid], true); !r)
            return r;
    }
    for (const auto &part : storeparts::all()) {
        if (auto r = part->rebuild(m_db, log); !r)
            return r;
    }
    return Ok{};
}

void Projection::Fold::add(const Event &e)
{
    switch (targetOf(e)) {
    case Target::Photos: {
        PhotoRow p = reducer::photoRow(e);
        m_out.photos[p.photoId] = p;
        break;
    }
    case Target::Part:
        if (reducer::touchesSurvey(e.kind))
            surveyreducer::apply(m_out.surveys, e);
        break;
    case Target::Assets: reducer::apply(m_out.assets[e.assetUuid], m_exists[e.assetUuid], e); break;
    case Target::None: break;
    }
}

ProjectedState Projection::Fold::finish()
{
    for (const auto &[uuid, ex] : m_exists) {
        if (!ex)
            m_out.assets.erase(uuid);
    }
    m_exists.clear();
    return std::move(m_out);
}

} // namespace gc::core
