// Compiled into every program that links gc_core (its INTERFACE_SOURCES): registers the store parts
// of the capabilities above the store before main(), so the store itself names none of them, and the
// photo checks' perceptual hash that a new photo's row carries (the store links no OpenCV).
// Registering twice is harmless: storeparts::add keeps the first part of each name.
#include "field/fieldstorepart.h"
#include "photo/perceptualhash.h"
#include "store/dashboardstorepart.h"
#include "store/storeparts.h"
#include "survey/surveystorepart.h"

namespace {

[[maybe_unused]] const bool gcCapabilitiesRegistered = [] {
    gc::core::registerSurveyStorePart();
    gc::core::registerDashboardStorePart();
    gc::core::registerFieldStorePart();
    gc::core::storeparts::setPhotoHasher(&gc::core::perceptualHashOfPhoto);
    return true;
}();

} // namespace
