#include "pullpage.h"

namespace gc::server {

Result<ReadablePage> readablePage(EventStore &store, ReadScope &scope, qint64 after, const QString &reader, const PageScan &scan)
{
    ReadablePage page;
    page.cursor = after;
    for (int read = 0; read < scan.maxReads && page.events.empty(); ++read) {
        auto events = store.pull(page.cursor, scan.limit, reader, scan.maxPayloadBytes);
        if (!events)
            return events.error();
        if (events->empty())
            break; // the log ends here
        for (auto &s : *events) {
            page.cursor = s.seq; // what the user may not read is skipped, not waited for
            auto visible = scope.visible(s.event);
            if (!visible)
                return visible.error();
            if (!*visible)
                continue;
            page.events.push_back(StoredEvent{s.seq, std::move(**visible)});
        }
    }
    return page;
}

} // namespace gc::server
