#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace gc::core {

class AssetStore;

// What the office allows an assignment to take beyond the safe default.
struct AssignmentOptions {
    bool includeInstalled = false; // installs awaiting review go back to "assigned" (설치 완료 포함)
    bool takeOver = false;         // work another crew holds moves to this crew (다른 팀 작업 가져오기)
};

// What assigning a selection to a crew would do, computed before anything changes, so the office
// (the app's dialog, `goodcity-cli assign`) sees it first. By default only planned, assigned and
// needs_attention assets not held by another crew change; installs awaiting review and other
// crews' work change only with the options; verified and cancelled assets never do.
struct AssignmentPlan {
    struct Group {
        QString key;      // a status code, or a crew name ("" for none)
        int selected = 0; // how many of the selection are in it
        int changing = 0; // how many of those the assignment changes
    };
    QString crew;
    AssignmentOptions options;
    int selected = 0;
    std::vector<Group> byStatus; // the statuses present, in the catalogue's order
    std::vector<Group> byCrew;   // current assignees present, "" (none) first, then by name
    QStringList changing;        // uuids the assignment changes, in the selection's order
    int installedLeft = 0;       // installs awaiting review left as they are (includeInstalled would take them)
    int otherCrewLeft = 0;       // other crews' work left as it is (takeOver would take it)
    int closedLeft = 0;          // verified or cancelled: never reassigned by an assignment

    // Unknown uuids are an error naming the first; duplicates count once.
    static Result<AssignmentPlan> compute(const AssetStore &store, const QStringList &uuids, const QString &crew,
                                          const AssignmentOptions &options = {});
};

} // namespace gc::core
