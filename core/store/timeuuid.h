#pragma once

#include <QString>

namespace gc::core {

// A time-ordered UUID (version 7, RFC 9562): 48 bits of Unix milliseconds, then random bits.
// New events and assets get these so that the log's and the table's unique indexes grow at their
// right edge; random (v4) keys scatter a million-row import over every index page.
QString timeOrderedUuid(qint64 unixMs = -1);

} // namespace gc::core
