// Compiled into every program that links gc_core (its INTERFACE_SOURCES): registers the store parts
// of the capabilities above the store before main(), so the store itself names none of them.
// Registering twice is harmless: storeparts::add keeps the first part of each name.
#include "field/fieldstorepart.h"
#include "store/dashboardstorepart.h"
#include "survey/surveystorepart.h"

namespace {

[[maybe_unused]] const bool gcCapabilitiesRegistered = [] {
    gc::core::registerSurveyStorePart();
    gc::core::registerDashboardStorePart();
    gc::core::registerFieldStorePart();
    return true;
}();

} // namespace
