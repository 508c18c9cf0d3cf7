#pragma once

#include "storetypes.h"

namespace gc::server {

// The refusal log the office reads (RefusalLog batches what goes in).
class RefusalStore {
public:
    virtual ~RefusalStore() = default;

    // In one transaction: a flood of refused requests costs one commit per batch, not one per request.
    // Then only the newest `keepRows` refusals are kept: a flood cannot grow the log without end.
    virtual VoidResult logRefusals(const std::vector<Refusal> &batch, qint64 keepRows) = 0;
    virtual Result<qint64> refusalCount() = 0;
};

} // namespace gc::server
