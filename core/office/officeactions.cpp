#include "office/officeactions.h"
#include "store/assetstore.h"
#include "domain/assetfields.h"
#include "domain/assetvalidator.h"
#include "domain/assetstatus.h"
#include "domain/catalog.h"
#include "io/donglocator.h"
#include "field/fieldtables.h"
#include "store/sqlitedb.h"
#include "store/storeaccess.h"

#include <QUuid>

#include <QJsonObject>

namespace gc::core {

namespace {
Error notInstalled(const Asset &a)
{
    return makeError(QStringLiteral("invalid_transition"),
                     QStringLiteral("%1: 검수 대기(설치) 상태가 아닙니다(현재 '%2') / not awaiting review (it is %3)")
                         .arg(a.code, catalog::labelKo(catalog::statuses(), a.status), a.status));
}
} // namespace

VoidResult OfficeActions::approve(const QString &uuid, const QString &comment)
{
    auto a = m_store.asset(uuid);
    if (!a)
        return makeError(QStringLiteral("not_found"), QStringLiteral("자산이 없습니다 / no such asset: %1").arg(uuid));
    if (!isAssetStatus(a->status, AssetStatus::Installed))
        return notInstalled(*a);
    QJsonObject extra{{QStringLiteral("review"), QStringLiteral("approved")}};
    if (!comment.trimmed().isEmpty())
        extra.insert(QStringLiteral("comment"), comment.trimmed());
    return m_store.setStatus(uuid, toString(AssetStatus::Verified), {}, extra);
}

VoidResult OfficeActions::reject(const QString &uuid, const QString &comment)
{
    auto a = m_store.asset(uuid);
    if (!a)
        return makeError(QStringLiteral("not_found"), QStringLiteral("자산이 없습니다 / no such asset: %1").arg(uuid));
    if (!isAssetStatus(a->status, AssetStatus::Installed))
        return notInstalled(*a);
    if (comment.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"),
                         QStringLiteral("%1: 반려 사유(코멘트)를 적어 주세요 / a rejection needs a comment for the crew").arg(a->code));
    return m_store.setStatus(uuid, toString(AssetStatus::NeedsAttention), comment.trimmed(),
                             {{QStringLiteral("review"), QStringLiteral("rejected")}});
}

Result<OfficeActions::AssignOutcome> OfficeActions::assign(const QStringList &uuids, const Assignment &a)
{
    if (a.crew.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"), QStringLiteral("assignee: 작업팀을 고르세요 / choose a crew"));
    if (!a.due.isValid())
        return makeError(QStringLiteral("invalid"), QStringLiteral("due_date: 기한 날짜가 필요합니다 / a due date is needed"));
    if (a.priority < 1 || a.priority > 3)
        return makeError(QStringLiteral("invalid"),
                         QStringLiteral("priority: 우선순위는 1(높음)~3(낮음)입니다, '%1' / priority is 1 (high) to 3 (low), not %1").arg(a.priority));
    AssignOutcome out;
    std::vector<NewEvent> events;
    for (const QString &uuid : uuids) {
        auto asset = m_store.asset(uuid);
        if (!asset)
            return makeError(QStringLiteral("not_found"), QStringLiteral("자산이 없습니다 / no such asset: %1").arg(uuid));
        if (!isAllowedTransition(asset->status, AssetStatus::Assigned)) {
            out.skipped << QStringLiteral("%1 (%2)").arg(asset->code, catalog::labelKo(catalog::statuses(), asset->status));
            continue;
        }
        events.push_back({QLatin1String(EventKind::AssetStatus), uuid,
                          QJsonObject{{QStringLiteral("status"), toString(AssetStatus::Assigned)},
                                      {QStringLiteral("assignee"), a.crew.trimmed()},
                                      {QStringLiteral("due_date"), a.due.toString(Qt::ISODate)}},
                          0, QString()});
        if (asset->priority != a.priority)
            events.push_back({QLatin1String(EventKind::AssetUpdated), uuid, QJsonObject{{QStringLiteral("priority"), a.priority}}, 0, QString()});
        ++out.assigned;
    }
    if (!events.empty()) {
        if (auto r = m_store.record(events); !r)
            return r.error();
    }
    return out;
}

Result<PlaceProposal> OfficeActions::pendingProposal(const QString &proposalId) const
{
    auto book = FieldTables::read(StoreAccess::db(m_store));
    if (!book)
        return book.error();
    const auto it = book->proposals.find(proposalId);
    if (it == book->proposals.end())
        return makeError(QStringLiteral("not_found"), QStringLiteral("제안이 없습니다 / no such proposal: %1").arg(proposalId));
    if (it->second.state != QLatin1String("pending"))
        return makeError(QStringLiteral("invalid_transition"),
                         QStringLiteral("%1: 이미 처리된 제안입니다(%2) / the proposal was already decided (%2)").arg(proposalId, it->second.state));
    return it->second;
}

Result<QString> OfficeActions::acceptProposal(const QString &proposalId, const QString &name, const QString &department, const QString &note)
{
    auto p = pendingProposal(proposalId);
    if (!p)
        return p.error();
    Asset a;
    a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.category = p->category;
    a.name = name.trimmed().isEmpty() ? QStringLiteral("%1 (현장 제안)").arg(catalog::labelKo(catalog::categories(), p->category)) : name.trimmed();
    a.department = department.trimmed();
    a.hasLocation = true;
    a.x = p->x;
    a.y = p->y;
    a.notes = p->note;
    a.code = m_store.nextCode(a.category);
    auto dongs = DongLocator::load(StoreAccess::db(m_store));
    if (!dongs)
        return dongs.error();
    const auto problems = AssetValidator(&*dongs).check(a);
    if (!problems.empty()) {
        QStringList lines;
        for (const auto &x : problems)
            lines << QStringLiteral("%1 = '%2': %3").arg(x.field, x.value, x.reason);
        return makeError(QStringLiteral("invalid"), lines.join(QLatin1Char('\n')));
    }
    QJsonObject decided{{QStringLiteral("proposal_id"), proposalId}, {QStringLiteral("decision"), QStringLiteral("accepted")},
                        {QStringLiteral("asset_uuid"), a.uuid}};
    if (!note.trimmed().isEmpty())
        decided.insert(QStringLiteral("note"), note.trimmed());
    auto r = m_store.record({{QLatin1String(EventKind::AssetCreated), a.uuid, assetfields::toJson(a), 0, QString()},
                             {QLatin1String(EventKind::PlaceDecided), QString(), decided, 0, QString()}});
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
        return makeError(QStringLiteral("invalid"), QStringLiteral("%1: 반려 사유를 적어 주세요 / say why the place is declined").arg(proposalId));
    auto r = m_store.record({{QLatin1String(EventKind::PlaceDecided), QString(),
                              QJsonObject{{QStringLiteral("proposal_id"), proposalId}, {QStringLiteral("decision"), QStringLiteral("rejected")},
                                          {QStringLiteral("note"), note.trimmed()}},
                              0, QString()}});
    if (!r)
        return r.error();
    return Ok{};
}

} // namespace gc::core
