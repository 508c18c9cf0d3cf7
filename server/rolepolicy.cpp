#include "rolepolicy.h"

namespace gc::server {

namespace {
bool startsWithAny(const QString &s, const QStringList &prefixes)
{
    for (const auto &p : prefixes) {
        if (s.startsWith(p))
            return true;
    }
    return false;
}
} // namespace

RolePolicy::Decision RolePolicy::mayWrite(const User &user, const core::Event &e, const QString &assetDepartment) const
{
    auto refuse = [&](const QString &why) {
        return Decision{false, QStringLiteral("%1 (%2, 이벤트 %3 '%4') / %5 (%2, event %3 '%4')")
                                   .arg(why.section(QLatin1Char('|'), 0, 0), roleName(user.role), e.id, e.kind,
                                        why.section(QLatin1Char('|'), 1, 1))};
    };
    if (user.role == Role::Admin || user.role == Role::Office)
        return {true, {}};
    if (e.actor != user.name)
        return refuse(QStringLiteral("다른 사람 이름의 이벤트는 올릴 수 없습니다|events in another person's name are not yours to send"));
    if (user.role == Role::Crew) {
        if (m_rules.crewKinds.contains(e.kind) || startsWithAny(e.kind, m_rules.crewKindPrefixes))
            return {true, {}};
        if (e.kind == QLatin1String(core::EventKind::AssetStatus)
            && m_rules.crewStatuses.contains(e.payload.value(QStringLiteral("status")).toString()))
            return {true, {}};
        return refuse(QStringLiteral("현장팀은 설치·교체, 문제 보고, 사진, 제안만 기록할 수 있습니다|a crew logs installs and "
                                     "replacements, problems, photos and proposals only"));
    }
    // Role::Department
    if (!m_rules.departmentKinds.contains(e.kind))
        return refuse(QStringLiteral("부서는 자기 부서의 수요조사만 기록할 수 있습니다|a department writes its own surveys only"));
    const QString dept = !e.assetUuid.isEmpty() && !assetDepartment.isEmpty()
                             ? assetDepartment
                             : e.payload.value(QStringLiteral("department")).toString();
    if (user.department.isEmpty() || dept != user.department)
        return refuse(QStringLiteral("다른 부서('%1')의 수요조사입니다|this survey belongs to another department ('%1')").arg(dept));
    return {true, {}};
}

} // namespace gc::server
