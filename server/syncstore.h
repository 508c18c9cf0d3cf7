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
// The users and the refusal log are parts the store hands out (accounts(), refusals()), each
// implemented by one class per backend (GpkgAccounts, PgAccounts, …).
class SyncStore : public EventStore, public AccessFacts, public PhotoFiles, public PhotoVerdicts {
public:
    ~SyncStore() override = default;

    virtual AccountStore &accounts() = 0;
    virtual RefusalStore &refusals() = 0;
    // Shorthands for a caller that holds the whole store (the command line, tests, the load tools).
    VoidResult addUser(const User &u) { return accounts().addUser(u); }
    Result<std::optional<User>> user(const QString &name) { return accounts().user(name); }
    VoidResult addSession(const QString &tokenHash, const QString &userName, const QDateTime &expiresUtc)
    {
        return accounts().addSession(tokenHash, userName, expiresUtc);
    }
    Result<bool> setPassword(const QString &userName, const QString &passwordHash) { return accounts().setPassword(userName, passwordHash); }
    Result<qint64> refusalCount() { return refusals().refusalCount(); }

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
