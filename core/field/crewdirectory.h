#pragma once

#include "field/fieldrecords.h"
#include "result.h"

#include <vector>

namespace gc::core {

class AssetStore;

// Crew members who sign in on a tablet. They live in the inventory log (user.added / user.updated,
// materialized into gc_users); a PIN, when set, is kept as a salted PBKDF2-SHA256 hash.
class CrewDirectory {
public:
    explicit CrewDirectory(AssetStore &store) : m_store(store) {}

    Result<CrewUser> add(const QString &name, const QString &crew, const QString &pin = {});
    VoidResult setPin(const QString &userId, const QString &pin);
    // Active users by name, then every crew that has assets assigned but no user yet (as a user with
    // no PIN whose name is the crew), so a fresh inventory can still be worked on.
    Result<std::vector<CrewUser>> signInChoices() const;
    // The user, when the PIN matches (or none is set); an Error (WrongPin, NotFound…) otherwise.
    Result<CrewUser> signIn(const QString &name, const QString &pin) const;

    static QString hashPin(const QString &pin);
    static bool pinMatches(const QString &pin, const QString &hash);

private:
    static VoidResult checkPin(const QString &pin);
    AssetStore &m_store;
};

} // namespace gc::core
