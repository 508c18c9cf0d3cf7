#pragma once

#include "result.h"

namespace gc::core {

class SqliteDb;

// The dashboard's summary tables. Triggers on `assets` keep them in step with every write (the
// store's materialize step, a rebuild, even an edit made in QGIS), so the office dashboard reads a
// few hundred rows instead of grouping a million assets.
//   gc_rollout_counts: assets and marks by category, dong, department, method, size and status
//   gc_crew_counts:    assets by assignee, status and due date
//   gc_status_daily:   net change of each status per day (KST), whose running sum is the progress curve
class DashboardSchema {
public:
    // Creates the tables and triggers and fills them from the current rows and the event log.
    static VoidResult install(const SqliteDb &db);
};

} // namespace gc::core
