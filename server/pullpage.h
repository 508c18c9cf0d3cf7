#pragma once

#include "eventstore.h"
#include "readscope.h"

#include <vector>

namespace gc::server {

// One page of a pull as its reader may see it. Events the reader may not read are filtered out
// before the page is judged: a page that came back empty of readable events is read on from where it
// ended, so a department's 8 MB survey sheets (invisible to crews) never hand a crew an empty page
// (an outside pass: N big sheets cost every crew N sync rounds of "received 0").
struct ReadablePage {
    std::vector<StoredEvent> events; // as ReadScope::visible() shows them
    qint64 cursor = 0;               // the last sequence read, readable or not; never past the store's
};

// How much one request may read to find readable events: at most `maxReads` store pages, each
// bounded by the pull's byte budget (one event always fits), so a request stays cheap however much
// unreadable history lies ahead; the device is told `more` and reads on from the cursor.
struct PageScan {
    int limit = 1000;
    qint64 maxPayloadBytes = 8LL << 20;
    int maxReads = 4;
};

// Reads after `after` for `reader` until the page holds a readable event, the log ends or the scan's
// bound is reached. Only the first store page that has readable events is served, so the page's
// byte budget is spent on at most one store page.
Result<ReadablePage> readablePage(EventStore &store, ReadScope &scope, qint64 after, const QString &reader, const PageScan &scan);

} // namespace gc::server
