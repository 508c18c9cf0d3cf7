#include "officeactions.h"
#include "assetstore.h"
#include "catalog.h"

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
    if (a->status != QLatin1String("installed"))
        return notInstalled(*a);
    QJsonObject extra{{QStringLiteral("review"), QStringLiteral("approved")}};
    if (!comment.trimmed().isEmpty())
        extra.insert(QStringLiteral("comment"), comment.trimmed());
    return m_store.setStatus(uuid, QStringLiteral("verified"), {}, extra);
}

VoidResult OfficeActions::reject(const QString &uuid, const QString &comment)
{
    auto a = m_store.asset(uuid);
    if (!a)
        return makeError(QStringLiteral("not_found"), QStringLiteral("자산이 없습니다 / no such asset: %1").arg(uuid));
    if (a->status != QLatin1String("installed"))
        return notInstalled(*a);
    if (comment.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"),
                         QStringLiteral("%1: 반려 사유(코멘트)를 적어 주세요 / a rejection needs a comment for the crew").arg(a->code));
    return m_store.setStatus(uuid, QStringLiteral("needs_attention"), comment.trimmed(),
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
        if (!AssetStore::isAllowedTransition(asset->status, QStringLiteral("assigned"))) {
            out.skipped << QStringLiteral("%1 (%2)").arg(asset->code, catalog::labelKo(catalog::statuses(), asset->status));
            continue;
        }
        events.push_back({QLatin1String(EventKind::AssetStatus), uuid,
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("assigned")},
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

} // namespace gc::core
