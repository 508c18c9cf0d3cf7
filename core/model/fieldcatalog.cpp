#include "model/fieldcatalog.h"

namespace gc::core::catalog {

std::span<const CatalogEntry> forField(const QString &key)
{
    if (key == QLatin1String("category")) return categories();
    if (key == QLatin1String("method")) return methods();
    if (key == QLatin1String("status")) return statuses();
    if (key == QLatin1String("variant")) return variants();
    return {};
}

} // namespace gc::core::catalog
