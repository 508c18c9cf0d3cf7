#pragma once

#include "model/assetfilter.h"
#include "result.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace gc::core {

class AssetStore;

// An assignment whose due date has passed, for the office's "overdue" list.
struct OverdueAssignment {
    QString uuid, code, name, crew, dueDate;
};

// The office's reads of the inventory that are not the dashboard: what is overdue, and which assets
// a map selection or a filter stands for (to assign them, or to say how many that would be).
class OfficeQueries {
public:
    // Assigned assets due before `asOf`, the most overdue first.
    static Result<std::vector<OverdueAssignment>> overdue(const AssetStore &store, const QDate &asOf, int limit = 200);
    // uuids of the assets with these GeoPackage fids (a map selection); unknown fids are left out.
    static Result<QStringList> uuidsOfFids(const AssetStore &store, const std::vector<qint64> &fids);
    // uuids of the assets the filter keeps, in fid order.
    static Result<QStringList> uuidsMatching(const AssetStore &store, const AssetFilter &filter);
    static Result<qint64> countMatching(const AssetStore &store, const AssetFilter &filter);
    // The inventory's managing departments (its assets' and the surveys'), the closed list a new
    // asset's department is chosen from.
    static Result<QStringList> departments(const AssetStore &store);
};

} // namespace gc::core
