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
    // Checks the password against a hash of a random one, so that a login for a user who does not
    // exist costs the same argon2id work as one with a wrong password: the answer time does not
    // tell a stranger which names are real. Always false.
    static bool verifyAgainstDummy(const QString &password);
    // Makes that hash now (it costs one argon2id run), so the first unknown name is not slower either.
    static void prepareDummy();
    // How many argon2id verifications ran in this process (tests: the unknown-user path hashes too).
    static qint64 verifications();
    static QString newToken(const CredentialPolicy &policy = {});
    static QString tokenHash(const QString &token);
};

} // namespace gc::server
