#pragma once

#include <QString>

#include <map>

namespace gc::core {

// A crew member who signs in on a tablet (table gc_users, from user.* events).
struct CrewUser {
    QString userId;
    QString name;     // what the sign-in list shows and what events carry as actor
    QString crew;     // the team whose assets they work on (assets.assignee), e.g. 현장1팀
    QString role = QStringLiteral("crew");
    QString pinHash;  // empty: no PIN
    bool active = true;
    QString addedAt, updatedAt;

    bool operator==(const CrewUser &) const = default;
};

// A place where the mark could go, proposed from the field (table place_proposals).
struct PlaceProposal {
    QString proposalId;
    QString category;
    double x = 0, y = 0;  // EPSG:5186
    QString dongCode;
    QString note;
    QString photoSha256;
    QString state = QStringLiteral("pending"); // pending → accepted | rejected (by the office)
    QString decisionNote;
    QString proposedAt, proposedBy, decidedAt, decidedBy;

    bool operator==(const PlaceProposal &) const = default;
};

// Everything the field tables hold, keyed by id.
struct FieldBook {
    std::map<QString, CrewUser> users;
    std::map<QString, PlaceProposal> proposals;

    bool operator==(const FieldBook &) const = default;
};

} // namespace gc::core
