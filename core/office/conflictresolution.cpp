#include "office/conflictresolution.h"
#include "text.h"

#include "store/eventlog.h"
#include "model/payloads.h"
#include "store/assetstore.h"

namespace gc::core {

namespace {
bool names(const Event &e, const EditConflict &c)
{
    if (e.kind != QLatin1String(EventKind::ConflictResolved))
        return false;
    const ConflictResolvedPayload p = ConflictResolvedPayload::read(e.payload);
    return p.eventId == c.eventId && p.otherEventId == c.otherEventId;
}

// The edit again, as the office's own new event: the same kind and fields (a creation's fields as an
// update, since the asset exists).
NewEvent again(const Event &kept)
{
    const bool created = kept.kind == QLatin1String(EventKind::AssetCreated);
    return NewEvent{created ? QString::fromLatin1(EventKind::AssetUpdated) : kept.kind, kept.assetUuid, kept.payload};
}
} // namespace

Result<ConflictResolver::Sides> ConflictResolver::sides(const EditConflict &c) const
{
    auto events = m_store.events(c.assetUuid);
    if (!events)
        return events.error();
    Sides s;
    // The log is in the fold's order: of the two, the one met last is what the asset shows.
    for (const Event &e : *events) {
        if (e.id == c.eventId)
            s.edit = e;
        else if (e.id == c.otherEventId)
            s.other = e;
        else if (names(e, c))
            s.resolved = true;
        if (e.id == c.eventId || e.id == c.otherEventId)
            s.showing = e.id;
        if (e.kind == QLatin1String(EventKind::AssetStatus))
            s.lastStatus = e.id;
    }
    return s;
}

VoidResult ConflictResolver::keep(const EditConflict &c, const QString &keptEventId, const QString &note)
{
    if (keptEventId != c.eventId && keptEventId != c.otherEventId)
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "kept: choose one of the two conflicting edits, not '%1'"), keptEventId.left(64)));
    auto s = sides(c);
    if (!s)
        return s.error();
    if (s->resolved)
        return makeError(ErrorCode::Conflict, gc::tx(QT_TRANSLATE_NOOP("gc", "this conflict was already settled")));
    if (!s->edit || !s->other)
        return makeError(ErrorCode::NotFound,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "both edits are not on this device yet: sync first")));
    const Event &kept = keptEventId == c.eventId ? *s->edit : *s->other;
    std::vector<NewEvent> events;
    // An asset.status kept over a later one is recorded again only while that later one still
    // stands; a status set after both (an install, a review) is not taken back by settling a conflict.
    bool recordAgain = s->showing != keptEventId;
    if (recordAgain && kept.kind == QLatin1String(EventKind::AssetStatus))
        recordAgain = s->lastStatus == s->showing;
    if (recordAgain)
        events.push_back(again(kept));
    ConflictResolvedPayload payload{.eventId = c.eventId, .otherEventId = c.otherEventId, .kept = keptEventId};
    if (!note.trimmed().isEmpty())
        payload.note = note.trimmed();
    events.push_back(NewEvent{QString::fromLatin1(EventKind::ConflictResolved), c.assetUuid, payload.toJson()});
    auto recorded = m_store.record(events);
    if (!recorded)
        return recorded.error();
    return Ok{};
}

} // namespace gc::core
