#pragma once

#include "model/event.h"
#include "accessfacts.h"
#include "accountstore.h"

#include <map>
#include <optional>

namespace gc::server {

// What one user may read of the log, event by event. The office (and admin) read everything. A crew
// reads the inventory, photos, proposals and the crew list without PIN hashes (four digits hashed
// are guessed offline in minutes); a department reads its own assets, its own survey sheets and the
// campaigns. Asset departments are looked up once per asset and pull.
class ReadScope {
public:
    // `accounts`: where photo reads look up whether a photo's uploader is the office (none: never).
    ReadScope(AccessFacts &store, const User &user, AccountStore *accounts = nullptr) : m_store(store), m_user(user), m_accounts(accounts) {}

    // The event as this user may see it, or nothing when it is not theirs to read.
    Result<std::optional<core::Event>> visible(const core::Event &e);
    // Whether this user may download the photo file: the office everything; a department the photos
    // of its own assets; a crew those of the assets assigned to it, of proposed places, and its own.
    // Only filings by the photo's uploader (or by or for the office) count: filing a sha256 before
    // another user uploads it opens nothing.
    Result<bool> mayReadPhoto(const QString &sha256);

    // Stands in for a withheld PIN hash: no PIN matches it, so a device that never had the hash
    // cannot be signed in with a guessed or empty PIN.
    static constexpr char kWithheldPin[] = "withheld";

private:
    Result<bool> ownAsset(const QString &assetUuid);
    bool filedByUploader(const PhotoUse &use, const std::optional<QString> &uploader);
    bool trusted(const QString &userName);

    AccessFacts &m_store;
    const User &m_user;
    AccountStore *m_accounts = nullptr;
    std::map<QString, bool> m_own; // asset uuid → managed by the user's department
};

} // namespace gc::server
