#pragma once

#include "result.h"

#include <QString>

namespace gc::server {

struct CredentialPolicy {
    int minPasswordLength = 8;
    qint64 tokenLifetimeSecs = 12 * 3600; // one working day; the app logs in again after
    int tokenBytes = 32;
};

// Password hashing (libsodium argon2id) and bearer tokens. The store keeps only a token's SHA-256,
// so a copied database does not hand out live sessions.
class Credentials {
public:

    static Result<QString> hashPassword(const QString &password, const CredentialPolicy &policy = {});
    static bool verifyPassword(const QString &hash, const QString &password);
    static QString newToken(const CredentialPolicy &policy = {});
    static QString tokenHash(const QString &token);
};

} // namespace gc::server
