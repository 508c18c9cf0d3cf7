#pragma once

#include "model/catalog.h"

#include <QString>

#include <span>

namespace gc::core::catalog {

// The catalogue a coded asset field's values come from (category, method, status, variant); empty
// for a free field. Importers take a code or a label from it, exports write its labels.
std::span<const CatalogEntry> forField(const QString &fieldKey);

} // namespace gc::core::catalog
