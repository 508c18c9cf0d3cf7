#pragma once

#include "storetypes.h"

namespace gc::server {

// The server's users and their sessions.
class AccountStore {
public:
    virtual ~AccountStore() = default;

    virtual VoidResult addUser(const User &user) = 0;
    virtual Result<std::optional<User>> user(const QString &name) = 0;
    virtual VoidResult addSession(const QString &tokenHash, const QString &userName, const QDateTime &expiresUtc) = 0;
    // The user of an unexpired session, or nothing.
    virtual Result<std::optional<User>> sessionUser(const QString &tokenHash, const QDateTime &nowUtc) = 0;
    // Ends every session of the user when the password changes; false if there is no such user.
    virtual Result<bool> setPassword(const QString &userName, const QString &passwordHash) = 0;
    // Locks the account (see User::disabled) and ends its sessions at once; false if there is no such user.
    Result<bool> disableUser(const QString &userName);
    virtual VoidResult endSession(const QString &tokenHash) = 0;
    virtual Result<int> endSessions(const QString &userName) = 0; // how many ended
};

} // namespace gc::server
