#include "office/officeactions.h"
#include "store/donglayer.h"
#include "text.h"
#include "office/officequeries.h"
#include "store/assetstore.h"
#include "model/assetfields.h"
#include "model/assetvalidator.h"
#include "model/assetstatus.h"
#include "model/catalog.h"
#include "model/donglocator.h"
#include "field/fieldtables.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"
#include "store/eventreducer.h"
#include "model/payloads.h"

#include <algorithm>

#include <QUuid>

#include <QJsonObject>

namespace gc::core {

namespace {
Error notInstalled(const Asset &a)
{
    return makeError(ErrorCode::InvalidTransition,
                     gc::tx("%1: %2", a.code, gc::tx(QT_TRANSLATE_NOOP("gc", "not awaiting review (it is %3)"), a.code, catalog::labelKo(catalog::statuses(), a.status), a.status)));
}
} // namespace

VoidResult OfficeActions::approve(const QString &uuid, const QString &comment)
{
    auto a = m_store.asset(uuid);
    if (!a)
        return makeError(ErrorCode::NotFound, gc::tx(QT_TRANSLATE_NOOP("gc", "no such asset: %1"), uuid));
    if (!isAssetStatus(a->status, AssetStatus::Installed))
        return notInstalled(*a);
    auto photos = m_store.photos(uuid);
    if (!photos)
        return photos.error();
    if (std::none_of(photos->begin(), photos->end(), [](const PhotoRow &p) { return p.role.startsWith(QLatin1String("after")); }))
        return makeError(ErrorCode::NoAfterPhoto,
                         gc::tx("%1: %2", a->code, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot approve: there is no after photo"), a->code)));
    AssetStatusPayload status;
    status.status = toString(AssetStatus::Verified);
    status.review = QStringLiteral("approved");
    if (!comment.trimmed().isEmpty())
        status.comment = comment.trimmed();
    return m_store.setStatus(uuid, status);
}

VoidResult OfficeActions::reject(const QString &uuid, const QString &comment)
{
    auto a = m_store.asset(uuid);
    if (!a)
        return makeError(ErrorCode::NotFound, gc::tx(QT_TRANSLATE_NOOP("gc", "no such asset: %1"), uuid));
    if (!isAssetStatus(a->status, AssetStatus::Installed))
        return notInstalled(*a);
    if (comment.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         gc::tx("%1: %2", a->code, gc::tx(QT_TRANSLATE_NOOP("gc", "a rejection needs a comment for the crew"), a->code)));
    AssetStatusPayload status;
    status.status = toString(AssetStatus::NeedsAttention);
    status.reason = comment.trimmed();
    status.review = QStringLiteral("rejected");
    return m_store.setStatus(uuid, status);
}

namespace {
const QString kUndoOf = QStringLiteral("undo_of");

// The office batch an event belongs to (empty: none): its status or its fields (priority) payload's
// `batch`, read through the typed payloads; no other kind defines one.
QString batchOf(const Event &e)
{
    if (e.kind == QLatin1String(EventKind::AssetStatus))
        return AssetStatusPayload::read(e.payload).batch.value_or(QString());
    if (e.kind == QLatin1String(EventKind::AssetUpdated) || e.kind == QLatin1String(EventKind::AssetCreated))
        return AssetFieldsPayload::read(e.payload).batch.value_or(QString());
    return QString();
}

VoidResult checkAssignment(const OfficeActions::Assignment &a)
{
    if (a.crew.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "choose a crew")));
    if (a.priority < 0 || a.priority > 3)
        return makeError(ErrorCode::Invalid,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "priority is 1 (high) to 3 (low), not %1"), a.priority));
    return Ok{};
}

// The keys of an install or a problem report that say what the crew did and found; an undo that
// restores that status carries them again, so the review queue shows the crew's checks as before.
// What the crew said of its work, carried over when an office decision is taken back.
void copyCrewKeys(const QJsonObject &fromPayload, AssetStatusPayload &to)
{
    const AssetStatusPayload from = AssetStatusPayload::read(fromPayload);
    to.checks = from.checks;
    to.problems = from.problems; // the failing checks' words, which the review shows beside the verdict
    to.reviewReason = from.reviewReason;
    to.reasonCode = from.reasonCode;
    to.photos = from.photos;
    to.note = from.note;
}
} // namespace

Result<OfficeActions::AssignOutcome> OfficeActions::assign(const QStringList &uuids, const Assignment &a, const AssignmentOptions &options)
{
    auto plan = AssignmentPlan::compute(m_store, uuids, a.crew, options);
    if (!plan)
        return plan.error();
    return assignPlan(*plan, a);
}

Result<OfficeActions::AssignOutcome> OfficeActions::assignPlan(const AssignmentPlan &shown, const Assignment &a)
{
    if (auto ok = checkAssignment(a); !ok)
        return ok.error();
    if (shown.crew != a.crew.trimmed())
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "the plan was made for %1"), shown.crew));
    auto now = AssignmentPlan::compute(m_store, shown.changing, a.crew, shown.options);
    if (!now)
        return now.error();
    AssignOutcome out;
    out.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::vector<NewEvent> events;
    QStringList written;
    for (const QString &uuid : now->changing) {
        const auto asset = m_store.asset(uuid);
        // Already this crew's, due then and at that priority: an event would change nothing.
        if (asset && isAssetStatus(asset->status, AssetStatus::Assigned) && asset->assignee == a.crew.trimmed()
            && (!a.due.isValid() || asset->dueDate == a.due.toString(Qt::ISODate)) && (a.priority == 0 || asset->priority == a.priority))
            continue;
        written << uuid;
        AssetStatusPayload status;
        status.status = toString(AssetStatus::Assigned);
        status.assignee = a.crew.trimmed();
        status.batch = out.batchId;
        if (a.due.isValid())
            status.dueDate = a.due.toString(Qt::ISODate);
        events.push_back({QLatin1String(EventKind::AssetStatus), uuid, status.toJson(), 0, QString()});
        if (a.priority != 0 && asset && asset->priority != a.priority)
            events.push_back({QLatin1String(EventKind::AssetUpdated), uuid, AssetFieldsPayload{.priority = a.priority, .batch = out.batchId}.toJson(), 0,
                              QString()});
        ++out.assigned;
    }
    if (!events.empty()) {
        if (auto r = m_store.record(events); !r)
            return r.error();
    }
    out.plan = shown;
    out.plan.changing = written;
    return out;
}

Result<QStringList> OfficeActions::batchAssets(const QString &batchId) const
{
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral(
        "SELECT DISTINCT asset_uuid FROM asset_events WHERE kind = ?2 AND json_extract(payload, '$.batch') = ?1 ORDER BY asset_uuid"));
    if (!st)
        return st.error();
    st->bind(1, batchId).bind(2, QLatin1String(EventKind::AssetStatus));
    return st->texts();
}

Result<OfficeActions::Batch> OfficeActions::lastBatch() const
{
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral(
        "SELECT json_extract(payload, '$.batch'), json_extract(payload, '$.assignee') FROM asset_events "
        "WHERE kind = ?1 AND json_extract(payload, '$.batch') IS NOT NULL ORDER BY hlc DESC, event_id DESC LIMIT 1"));
    if (!st)
        return st.error();
    st->bind(1, QLatin1String(EventKind::AssetStatus));
    Batch b;
    if (!st->step()) {
        if (st->failed())
            return makeError(ErrorCode::Sqlite, st->error());
        return b;
    }
    const QString id = st->toText(0), crew = st->toText(1);
    auto undone = StoreAccess::db(m_store).prepare(QStringLiteral("SELECT 1 FROM asset_events WHERE json_extract(payload, '$.undo_of') = ?1 LIMIT 1"));
    if (!undone)
        return undone.error();
    undone->bind(1, id);
    if (undone->step())
        return b;
    auto uuids = batchAssets(id);
    if (!uuids)
        return uuids.error();
    b.id = id;
    b.crew = crew;
    b.uuids = *uuids;
    return b;
}

Result<OfficeActions::UndoOutcome> OfficeActions::undoAssignment(const QString &batchId)
{
    auto uuids = batchAssets(batchId);
    if (!uuids)
        return uuids.error();
    if (uuids->isEmpty())
        return makeError(ErrorCode::NotFound, gc::tx(QT_TRANSLATE_NOOP("gc", "no such assignment batch: %1"), batchId));
    UndoOutcome out;
    std::vector<NewEvent> events;
    for (const QString &uuid : *uuids) {
        auto history = m_store.events(uuid);
        if (!history)
            return history.error();
        // The asset as it was just before the batch, and the status event that had made it so.
        Asset before;
        bool exists = false;
        const Event *lastStatus = nullptr, *batchStatus = nullptr;
        bool batchPriority = false, movedOn = false;
        for (const Event &e : *history) {
            const bool isStatus = e.kind == QLatin1String(EventKind::AssetStatus);
            if (batchOf(e) == batchId) {
                batchStatus = isStatus ? &e : batchStatus;
                batchPriority = batchPriority || e.kind == QLatin1String(EventKind::AssetUpdated);
                continue;
            }
            if (batchStatus) {
                movedOn = movedOn || isStatus;
                continue;
            }
            reducer::apply(before, exists, e);
            lastStatus = isStatus ? &e : lastStatus;
        }
        const auto current = m_store.asset(uuid);
        if (!batchStatus || !current)
            continue;
        if (movedOn) {
            out.changedSince << current->code;
            continue;
        }
        AssetStatusPayload status;
        status.status = before.status;
        status.assignee = before.assignee;
        status.dueDate = before.dueDate;
        status.extra.insert(kUndoOf, batchId);
        if (!before.statusReason.isEmpty())
            status.reason = before.statusReason;
        if (lastStatus)
            copyCrewKeys(lastStatus->payload, status);
        events.push_back({QLatin1String(EventKind::AssetStatus), uuid, status.toJson(), 0, QString()});
        if (batchPriority && current->priority != before.priority) {
            AssetFieldsPayload priority{.priority = before.priority};
            priority.extra.insert(kUndoOf, batchId);
            events.push_back({QLatin1String(EventKind::AssetUpdated), uuid, priority.toJson(), 0, QString()});
        }
        ++out.restored;
    }
    if (!events.empty()) {
        if (auto r = m_store.record(events); !r)
            return r.error();
    }
    return out;
}

VoidResult OfficeActions::undoReview(const QString &uuid)
{
    auto history = m_store.events(uuid);
    if (!history)
        return history.error();
    const auto a = m_store.asset(uuid);
    if (!a)
        return makeError(ErrorCode::NotFound, gc::tx(QT_TRANSLATE_NOOP("gc", "no such asset: %1"), uuid));
    const Event *decision = nullptr, *install = nullptr;
    for (auto it = history->rbegin(); it != history->rend(); ++it) {
        if (it->kind != QLatin1String(EventKind::AssetStatus))
            continue;
        if (!decision)
            decision = &*it;
        else {
            install = &*it;
            break;
        }
    }
    const QString review = decision ? AssetStatusPayload::read(decision->payload).review.value_or(QString()) : QString();
    if (review.isEmpty() || !install || !isAssetStatus(AssetStatusPayload::read(install->payload).status, AssetStatus::Installed))
        return makeError(ErrorCode::InvalidTransition,
                         gc::tx("%1: %2", a->code, gc::tx(QT_TRANSLATE_NOOP("gc", "no review decision to undo: the status changed since"), a->code)));
    AssetStatusPayload status;
    status.status = toString(AssetStatus::Installed);
    status.extra.insert(kUndoOf, decision->id);
    copyCrewKeys(install->payload, status);
    if (auto r = m_store.record({{QLatin1String(EventKind::AssetStatus), uuid, status.toJson(), 0, QString()}}); !r)
        return r.error();
    return Ok{};
}

Result<PlaceProposal> OfficeActions::pendingProposal(const QString &proposalId) const
{
    auto book = FieldTables::read(StoreAccess::db(m_store));
    if (!book)
        return book.error();
    const auto it = book->proposals.find(proposalId);
    if (it == book->proposals.end())
        return makeError(ErrorCode::NotFound, gc::tx(QT_TRANSLATE_NOOP("gc", "no such proposal: %1"), proposalId));
    if (it->second.state != QLatin1String("pending"))
        return makeError(ErrorCode::InvalidTransition,
                         gc::tx("%1: %2", proposalId, gc::tx(QT_TRANSLATE_NOOP("gc", "the proposal was already decided (%2)"), proposalId, it->second.state)));
    return it->second;
}

Result<QString> OfficeActions::acceptProposal(const QString &proposalId, const QString &name, const QString &department,
                                              const QString &category, const QString &note)
{
    auto p = pendingProposal(proposalId);
    if (!p)
        return p.error();
    auto departments = OfficeQueries::departments(m_store);
    if (!departments)
        return departments.error();
    if (!departments->contains(department.trimmed()))
        return makeError(ErrorCode::Invalid,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "not a department of the inventory"), department.trimmed(), departments->join(QStringLiteral(", "))));
    const QString chosen = category.trimmed().isEmpty() ? p->category : category.trimmed();
    if (!catalog::isValid(catalog::categories(), chosen))
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "unknown category"), chosen, catalog::allowedValues(catalog::categories())));
    Asset a;
    a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.category = chosen;
    a.name = name.trimmed().isEmpty() ? QStringLiteral("%1 (현장 제안)").arg(catalog::labelKo(catalog::categories(), p->category)) : name.trimmed();
    a.department = department.trimmed();
    a.hasLocation = true;
    a.x = p->x;
    a.y = p->y;
    a.notes = p->note;
    a.code = m_store.nextCode(a.category);
    auto dongs = DongLayer::load(StoreAccess::db(m_store));
    if (!dongs)
        return dongs.error();
    const auto problems = AssetValidator(&*dongs).check(a);
    if (!problems.empty()) {
        QStringList lines;
        for (const auto &x : problems)
            lines << QStringLiteral("%1 = '%2': %3").arg(x.field, x.value, x.reason);
        return makeError(ErrorCode::Invalid, lines.join(QLatin1Char('\n')));
    }
    PlaceDecidedPayload decided{.proposalId = proposalId, .decision = QStringLiteral("accepted"), .assetUuid = a.uuid};
    if (!note.trimmed().isEmpty())
        decided.note = note.trimmed();
    auto r = m_store.record({{QLatin1String(EventKind::AssetCreated), a.uuid, reducer::createdPayload(a).toJson(), 0, QString()},
                             {QLatin1String(EventKind::PlaceDecided), QString(), decided.toJson(), 0, QString()}});
    if (!r)
        return r.error();
    return a.uuid;
}

VoidResult OfficeActions::declineProposal(const QString &proposalId, const QString &note)
{
    auto p = pendingProposal(proposalId);
    if (!p)
        return p.error();
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, gc::tx("%1: %2", proposalId, gc::tx(QT_TRANSLATE_NOOP("gc", "say why the place is declined"), proposalId)));
    const PlaceDecidedPayload decided{.proposalId = proposalId, .decision = QStringLiteral("rejected"), .note = note.trimmed()};
    auto r = m_store.record({{QLatin1String(EventKind::PlaceDecided), QString(), decided.toJson(), 0, QString()}});
    if (!r)
        return r.error();
    return Ok{};
}

} // namespace gc::core
