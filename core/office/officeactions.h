#pragma once

#include "field/fieldrecords.h"
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

    // installed → verified; the comment, if any, travels in the event.
    VoidResult approve(const QString &uuid, const QString &comment = {});
    // installed → needs_attention with the comment as the reason; the asset stays with its crew.
    VoidResult reject(const QString &uuid, const QString &comment);

    struct Assignment {
        QString crew;
        QDate due;
        int priority = 2; // 1 high, 2 normal, 3 low
    };
    struct AssignOutcome {
        int assigned = 0;
        QStringList skipped; // codes that cannot be assigned (verified, cancelled) with their status
    };
    // Assigns the assets to a crew in one transaction. Assets whose status forbids it are skipped and named.
    Result<AssignOutcome> assign(const QStringList &uuids, const Assignment &a);

    // New places proposed by crews. Accepting adds a planned asset at the place (named by the office,
    // managed by `department`) and closes the proposal in the same transaction; returns the asset's uuid.
    Result<QString> acceptProposal(const QString &proposalId, const QString &name, const QString &department, const QString &note = {});
    VoidResult declineProposal(const QString &proposalId, const QString &note);

private:
    Result<PlaceProposal> pendingProposal(const QString &proposalId) const;
    AssetStore &m_store;
};

} // namespace gc::core
