#pragma once

namespace gc::geo {

// Registers GDAL's drivers the first time a dataset is opened or a driver asked for, not at start:
// registering all of them costs ~9 MB that a crew's start (which opens no GIS file) never uses.
// Every function in this code that opens a dataset or looks up a driver calls it first; thread-safe,
// and cheap after the first call.
void ensureGdalDrivers();

} // namespace gc::geo
