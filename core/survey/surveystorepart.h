#pragma once

namespace gc::core {

// Registers the survey tables with the store (store/storeparts.h): their events, rebuild and verify.
// Their schema is version 2's, part of the store's own migrations.
void registerSurveyStorePart();

} // namespace gc::core
