#pragma once

#include "model/assetstatus.h"
#include "result.h"

#include <QPointF>
#include <QStringList>

#include <optional>
#include <vector>

namespace gc::core {

class AssetStore;
class SqliteDb;

// Which of a crew's assets to list, and from where.
struct WorkQuery {
    QString crew;                      // assets.assignee
    QStringList statuses{toString(AssetStatus::Assigned)};
    QString search;                    // code, name or address contains it (case-insensitive)
    std::optional<QPointF> from;       // current position (EPSG:5186); nearest first when set
    int offset = 0;
    int limit = 50;
    // Also the assets the office sent back (its review rejected the work: needs_attention, the last
    // status event's review "rejected"), listed before the rest: a crew's "my work" starts with them.
    bool returnedFirst = false;
};

// One row of the crew's list.
struct WorkItem {
    QString uuid, code, name, category, status, address, dueDate, method, markSize, dongCode;
    int markCount = 0;
    bool returned = false; // the office sent it back (WorkQuery::returnedFirst); statusReason says why
    QString statusReason;
    bool hasLocation = false;
    double x = 0, y = 0;   // EPSG:5186 (from the R-tree, to a few centimetres)
    double distance = -1;  // metres from WorkQuery::from; -1 when unknown
};

// A crew's assets, filtered, searched and ordered nearest first in SQL, a page at a time, so a list
// of thousands loads lazily. Unlocated assets come last; ties go by code.
class WorkQueue {
public:
    static Result<qint64> count(const SqliteDb &db, const WorkQuery &q);
    static Result<std::vector<WorkItem>> fetch(const SqliteDb &db, const WorkQuery &q);
    static Result<qint64> count(const AssetStore &store, const WorkQuery &q);
    static Result<std::vector<WorkItem>> fetch(const AssetStore &store, const WorkQuery &q);
    // The SELECT fetch runs for `q` (parameters ?1 crew, ?2 search, ?3/?4 origin, ?5 limit, ?6 offset,
    // ?10… statuses), for a query-plan test: a crew's start once walked every status event of the file.
    static QString fetchSql(const WorkQuery &q);
};

} // namespace gc::core
