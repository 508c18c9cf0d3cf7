#pragma once

#include "accessfacts.h"
#include "accountstore.h"
#include "eventstore.h"
#include "photofiles.h"
#include "photoverdicts.h"
#include "refusalstore.h"
#include "storetypes.h"

#include <memory>

namespace gc::server {

// The server's storage: the event log with its sequence numbers, the materialized asset layer,
// photos, users, sessions and the refusal log. PostgreSQL for shared use, a GeoPackage for one PC.
// Each concern is a narrow interface of its own, so that a part of the server that needs one (the
// refusal log, the photo judge, the renditions, the push queue, the read scope) depends on just it.
class SyncStore : public EventStore, public AccessFacts, public PhotoFiles, public PhotoVerdicts, public AccountStore, public RefusalStore {
public:
    ~SyncStore() override = default;

    // STORE is a `postgresql://` URL or a GeoPackage path.
    static bool isPostgresUrl(const QString &store);
    static Result<std::unique_ptr<SyncStore>> open(const QString &store);
    // Creates the store's tables (and the inventory file); refuses a store that already exists.
    static Result<std::unique_ptr<SyncStore>> create(const QString &store);

    virtual QString describe() const = 0; // for logs, without secrets
    virtual QString storeId() const = 0;  // changes when a store is re-created, so clients start over
    // Another connection to the same store, for one more request to run at the same time; none when
    // the store cannot open more (the default).
    virtual Result<std::unique_ptr<SyncStore>> connectAnother();
};

} // namespace gc::server
