#pragma once

namespace gc::core {

// Registers the office dashboard's summary tables with the store (store/storeparts.h): schema 3.
void registerDashboardStorePart();

} // namespace gc::core
