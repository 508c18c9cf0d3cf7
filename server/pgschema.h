#pragma once

namespace gc::server::pgschema {

// The sync store's tables in PostgreSQL (one schema; `goodcity-server init` runs kCreate once).
extern const char *const kCreate;
// Run on every open: adds what stores made by older versions lack.
extern const char *const kUpgrade;

} // namespace gc::server::pgschema
