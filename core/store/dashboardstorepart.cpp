#include "store/dashboardstorepart.h"
#include "store/dashboardschema.h"
#include "store/storeparts.h"

namespace gc::core {

namespace {

// The dashboard's summary tables, kept by triggers on `assets` (W1.5): nothing to materialize.
class DashboardPart final : public StorePart {
public:
    QString name() const override { return QStringLiteral("dashboard"); }
    int schemaVersion() const override { return 3; }
    VoidResult install(const SqliteDb &db) const override { return DashboardSchema::install(db); }
};

} // namespace

void registerDashboardStorePart() { storeparts::add(std::make_unique<DashboardPart>()); }

} // namespace gc::core
