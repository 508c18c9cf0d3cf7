#pragma once

#include "model/assetstatus.h"
#include "result.h"
#include "office/rolloutplan.h"

#include <QDate>
#include <QString>

#include <array>
#include <vector>

namespace gc::core {

class AssetStore;
class SqliteDb;

// Everything the office dashboard shows, read from the summary tables (DashboardSchema) so that it
// costs the same for 12 thousand assets as for a million.
struct Dashboard {
    // Statuses in catalog order: planned, assigned, installed, verified, needs_attention, cancelled.
    static constexpr int kStatuses = 6;
    // Indexes of byStatus, the AssetStatus values.
    enum StatusIndex {
        Planned = int(AssetStatus::Planned),
        Assigned = int(AssetStatus::Assigned),
        Installed = int(AssetStatus::Installed),
        Verified = int(AssetStatus::Verified),
        NeedsAttention = int(AssetStatus::NeedsAttention),
        Cancelled = int(AssetStatus::Cancelled),
    };

    struct Row {
        QString code;  // category / dong adm_code / department; empty: none
        QString label; // Korean label or the name itself
        QString labelEn; // English label (catalog, the dong's name_en); empty when there is none
        std::array<qint64, kStatuses> byStatus{};
        qint64 total() const;
        qint64 scope() const { return total() - byStatus[Cancelled]; }
        qint64 done() const { return byStatus[Installed] + byStatus[Verified]; }
        double doneShare() const; // done / scope, 0 when the scope is empty
    };
    struct Day {
        QDate day;
        qint64 done = 0;     // installed or verified at the end of the day
        qint64 verified = 0;
        double planned = 0;  // assets the plan expects done by then
        bool actual = false; // false after asOf: only the plan is known
    };
    struct Crew {
        QString name;
        qint64 assigned = 0, installed = 0, needsAttention = 0, verified = 0;
        qint64 overdue = 0; // assigned with a due date before asOf
    };
    struct Material {
        QString method, methodLabel, size;
        qint64 assets = 0;
        qint64 marks = 0;          // all marks in scope (not cancelled): the vendor order
        qint64 marksRemaining = 0; // not yet installed
        qint64 unitPriceWon = 0;
        qint64 costWon() const { return marks * unitPriceWon; }
    };

    QDate asOf;
    RolloutPlan plan;
    Row all;
    std::vector<Row> byCategory, byDong, byDepartment;
    // Plan start .. plan end: the chart spans the plan, however late the last edit (work after the
    // plan's end shows in the totals, not as months of empty axis).
    std::vector<Day> progress;
    std::vector<Crew> crews;
    std::vector<Material> materials;
    qint64 overdue = 0;
    qint64 costWon = 0;

    qint64 reviewQueue() const { return all.byStatus[Installed]; }
    double plannedShareAsOf() const { return plan.plannedShare(asOf); }

    static Result<Dashboard> compute(const SqliteDb &db, const RolloutPlan &plan, const QDate &asOf);
    static Result<Dashboard> compute(const AssetStore &store, const RolloutPlan &plan, const QDate &asOf);
    static QString statusCode(int index);
    static int statusIndex(const QString &code); // -1 for an unknown status
};

} // namespace gc::core
