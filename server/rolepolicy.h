#pragma once

#include "model/asset.h"
#include "model/assetstatus.h"
#include "model/event.h"
#include "syncstore.h"

#include <QStringList>

#include <optional>

namespace gc::server {

struct RoleRules {
    QStringList crewStatuses{core::toString(core::AssetStatus::Installed), core::toString(core::AssetStatus::NeedsAttention)};
    // What an install may say about the work besides its status; the office alone assigns and schedules.
    QStringList crewStatusFieldsRefused{QStringLiteral("assignee"), QStringLiteral("due_date")};
    int maxMarkCount = 99;
    // Which kinds a crew or a department writes at all is the event kind table's word (model/eventkinds.h).
};

// What the server knows when it judges one event: the state before it, batch included.
struct WriteContext {
    std::optional<core::Asset> asset; // the event's asset as the server has it, after the batch's earlier events
    QString photoAddedBy;             // photo.added: who added this photo id before (empty: no one)
    std::optional<QString> photoUploadedBy; // photo.added: who uploaded the file (none: not on the server yet)
    QString proposalOwner;            // place.proposed: who stored this proposal id first (empty: no one)
    std::optional<SurveyStanding> survey; // survey.rows_*: where the department's sheet stands
    AssetHistory history;             // the asset's creating stamp and whether an after photo is filed
};

// Who may write what, judged on the whole payload. The office (and admin) write everything; a crew
// logs what it did on the assets assigned to it (installed or needs_attention, along the status
// transition table), photos and proposals; a department writes only its own surveys. Crews and
// departments write only events in their own name. Every role's photo.added names a real SHA-256
// and never takes over another person's photo id. For every role, an asset event keeps the asset
// history whole: no stamp before the asset's creation (it would be acknowledged and never applied), no
// second creation of an asset, and office status changes follow the transition table as a crew's do
// (a verification needs an after photo).
class RolePolicy {
public:
    struct Decision {
        bool allowed = false;
        QString reason; // in Korean and English, names the event
        int status = 403;
        QString code = QStringLiteral("forbidden");
    };

    explicit RolePolicy(RoleRules rules = {}) : m_rules(std::move(rules)) {}

    Decision mayWrite(const User &user, const core::Event &e, const WriteContext &context) const;
    static bool mayReadConflicts(const User &user) { return user.role == Role::Admin || user.role == Role::Office; }
    // The crew a crew account works for: its department field when set, else its name.
    static QString crewOf(const User &user) { return user.department.isEmpty() ? user.name : user.department; }

private:
    RoleRules m_rules;
};

} // namespace gc::server
