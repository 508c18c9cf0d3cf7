#pragma once

#include "domain/assetstatus.h"
#include "log/event.h"
#include "syncstore.h"

#include <QStringList>

namespace gc::server {

struct RoleRules {
    QStringList crewStatuses{core::toString(core::AssetStatus::Installed), core::toString(core::AssetStatus::NeedsAttention)};
    QStringList crewKinds{QStringLiteral("photo.added"), QStringLiteral("place.proposed")};
    QStringList crewKindPrefixes{QStringLiteral("proposal.")};
    // A department fills in and submits its own sheet; opening, closing and reviewing are the office's.
    QStringList departmentKinds{QStringLiteral("survey.rows_saved"), QStringLiteral("survey.rows_submitted")};
};

// Who may write what. The office (and admin) write everything; a crew logs what it did in the field
// (installs/replacements, problems found, photos) and proposals for the office; a department writes
// only its own surveys. Crews and departments write only events in their own name.
class RolePolicy {
public:
    struct Decision {
        bool allowed = false;
        QString reason; // in Korean and English, names the event
    };

    explicit RolePolicy(RoleRules rules = {}) : m_rules(std::move(rules)) {}

    // `assetDepartment`: the managing department of the event's asset as the server knows it.
    Decision mayWrite(const User &user, const core::Event &e, const QString &assetDepartment) const;
    static bool mayReadConflicts(const User &user) { return user.role == Role::Admin || user.role == Role::Office; }

private:
    RoleRules m_rules;
};

} // namespace gc::server
