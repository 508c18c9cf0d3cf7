#pragma once

namespace gc::core {

// Gives the process an XDG runtime directory when the session has none (servers, CI, cron), so Qt
// does not warn about it on every start. Call before constructing the Q*Application.
void ensureRuntimeDirectory();

} // namespace gc::core
