#include "office/assignmentplan.h"
#include "text.h"
#include "model/assetstatus.h"
#include "store/assetstore.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace gc::core {

namespace {

// Work a crew holds: assigned to it, installed by it and awaiting review, or sent back to it.
bool heldByAnotherCrew(const Asset &a, const QString &crew)
{
    if (a.assignee.trimmed().isEmpty() || a.assignee.trimmed() == crew)
        return false;
    return isAssetStatus(a.status, AssetStatus::Assigned) || isAssetStatus(a.status, AssetStatus::Installed)
           || isAssetStatus(a.status, AssetStatus::NeedsAttention);
}

struct Verdict {
    bool changes = false;
    bool installedLeft = false, otherCrewLeft = false, closed = false;
};

Verdict judge(const Asset &a, const QString &crew, const AssignmentOptions &o)
{
    Verdict v;
    if (!isAllowedTransition(a.status, AssetStatus::Assigned)) { // verified, cancelled, or a status no one knows
        v.closed = true;
        return v;
    }
    v.installedLeft = isAssetStatus(a.status, AssetStatus::Installed) && !o.includeInstalled;
    v.otherCrewLeft = heldByAnotherCrew(a, crew) && !o.takeOver;
    v.changes = !v.installedLeft && !v.otherCrewLeft;
    return v;
}

std::vector<AssignmentPlan::Group> statusGroups(const std::map<QString, AssignmentPlan::Group> &groups)
{
    std::vector<AssignmentPlan::Group> out;
    for (const CatalogEntry &e : assetStatusEntries()) {
        if (const auto it = groups.find(QLatin1String(e.code)); it != groups.end())
            out.push_back(it->second);
    }
    for (const auto &[key, g] : groups) { // a status outside the catalogue (a hand-edited file) still counts
        if (!assetStatusFromString(key))
            out.push_back(g);
    }
    return out;
}

} // namespace

Result<AssignmentPlan> AssignmentPlan::compute(const AssetStore &store, const QStringList &uuids, const QString &crewName,
                                               const AssignmentOptions &options)
{
    AssignmentPlan plan;
    plan.crew = crewName.trimmed();
    plan.options = options;
    std::map<QString, Group> statuses, crews; // std::map orders the crews by name, "" (none) first
    QSet<QString> seen;
    for (const QString &uuid : uuids) {
        if (seen.contains(uuid))
            continue;
        seen.insert(uuid);
        const auto a = store.asset(uuid);
        if (!a)
            return makeError(ErrorCode::NotFound, gc::tx(QT_TRANSLATE_NOOP("gc", "no such asset: %1"), uuid));
        const Verdict v = judge(*a, plan.crew, options);
        ++plan.selected;
        Group &s = statuses[a->status];
        Group &c = crews[a->assignee.trimmed()];
        s.key = a->status;
        c.key = a->assignee.trimmed();
        ++s.selected;
        ++c.selected;
        plan.installedLeft += v.installedLeft ? 1 : 0;
        plan.otherCrewLeft += v.otherCrewLeft ? 1 : 0;
        plan.closedLeft += v.closed ? 1 : 0;
        if (v.changes) {
            ++s.changing;
            ++c.changing;
            plan.changing << uuid;
        }
    }
    plan.byStatus = statusGroups(statuses);
    for (const auto &[name, g] : crews)
        plan.byCrew.push_back(g);
    return plan;
}

} // namespace gc::core
