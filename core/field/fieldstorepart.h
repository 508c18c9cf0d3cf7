#pragma once

namespace gc::core {

// Registers the field crews' tables with the store (store/storeparts.h): schema 4, their events,
// rebuild and verify.
void registerFieldStorePart();

} // namespace gc::core
