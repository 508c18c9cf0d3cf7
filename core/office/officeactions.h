#pragma once

#include "field/fieldrecords.h"
#include "office/assignmentplan.h"
#include "result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace gc::core {

class AssetStore;

// What the design office does to assets: review installs, hand work to crews. Every action is a
// status event in the log (one transaction per call), so crews see it on their next sync.
class OfficeActions {
public:
    explicit OfficeActions(AssetStore &store) : m_store(store) {}

    // installed → verified; the comment, if any, travels in the event. Refused without an after photo.
    VoidResult approve(const QString &uuid, const QString &comment = {});
    // installed → needs_attention with the comment as the reason; the asset stays with its crew.
    VoidResult reject(const QString &uuid, const QString &comment);
    // Takes back the office's last review decision on the asset (approve or reject): it is awaiting
    // review again, with the crew's checks as they were. Refused when anything changed its status since.
    VoidResult undoReview(const QString &uuid);

    struct Assignment {
        QString crew;
        QDate due;        // invalid: each asset keeps its due date
        int priority = 0; // 1 high, 2 normal, 3 low; 0 keeps each asset's
    };
    struct AssignOutcome {
        int assigned = 0;
        QString batchId;     // names the batch in its events ("batch"), for undoAssignment and exports
        AssignmentPlan plan; // the plan shown; its `changing`, the assets written
    };
    // Carries out an assignment plan in one transaction. The plan is judged again against the
    // inventory as it is now (a sync may have arrived since it was shown): only assets it still
    // changes are written.
    Result<AssignOutcome> assignPlan(const AssignmentPlan &plan, const Assignment &a);
    Result<AssignOutcome> assign(const QStringList &uuids, const Assignment &a, const AssignmentOptions &options = {});

    struct UndoOutcome {
        int restored = 0;
        QStringList changedSince; // codes whose status moved on after the batch (a crew installed it): left
    };
    // Restores each asset of an assignment batch to its status, assignee, due date and priority
    // before the batch, by new events; assets whose status changed after the batch are left.
    Result<UndoOutcome> undoAssignment(const QString &batchId);
    // The uuids an assignment batch changed (its events), for exports and labels of the batch.
    Result<QStringList> batchAssets(const QString &batchId) const;
    struct Batch {
        QString id, crew;
        QStringList uuids;
    };
    // The newest assignment batch not yet undone (none: an empty id), so the office can undo it after
    // a restart too.
    Result<Batch> lastBatch() const;

    // New places proposed by crews. Accepting adds a planned asset at the place (named by the office,
    // managed by `department`) and closes the proposal in the same transaction; returns the asset's uuid.
    // The category and department must come from the closed lists (the catalogue, the inventory's
    // departments); anything else is refused, naming the allowed values.
    Result<QString> acceptProposal(const QString &proposalId, const QString &name, const QString &department,
                                   const QString &category = {}, const QString &note = {});
    VoidResult declineProposal(const QString &proposalId, const QString &note);

private:
    Result<PlaceProposal> pendingProposal(const QString &proposalId) const;
    AssetStore &m_store;
};

} // namespace gc::core
