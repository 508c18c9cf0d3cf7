#include "credentials.h"
#include "text.h"

#include <QCryptographicHash>

#include <sodium.h>

#include <atomic>
#include <vector>

namespace gc::server {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::atomic<qint64> g_verifications{0};
} // namespace

Result<QString> Credentials::hashPassword(const QString &password, const CredentialPolicy &policy)
{
    if (password.size() < policy.minPasswordLength)
        return makeError(ErrorCode::WeakPassword,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "the password needs at least %1 characters"), policy.minPasswordLength));
    if (!sodiumReady())
        return makeError(ErrorCode::Sodium, gc::tx(QT_TRANSLATE_NOOP("gc", "libsodium failed to initialise")));
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), pw.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorCode::Sodium, gc::tx(QT_TRANSLATE_NOOP("gc", "out of memory while hashing the password")));
    return QString::fromLatin1(out);
}

bool Credentials::verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    ++g_verifications;
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), pw.size()) == 0;
}

namespace {
const QString &dummyHash()
{
    // Same parameters as a real hash (hashPassword's), made once per process from a random password.
    static const QString dummy = [] {
        auto h = Credentials::hashPassword(Credentials::newToken());
        return h ? *h : QString();
    }();
    return dummy;
}
} // namespace

void Credentials::prepareDummy() { dummyHash(); }

bool Credentials::verifyAgainstDummy(const QString &password)
{
    verifyPassword(dummyHash(), password);
    return false;
}

qint64 Credentials::verifications() { return g_verifications.load(); }

QString Credentials::newToken(const CredentialPolicy &policy)
{
    sodiumReady();
    std::vector<unsigned char> bytes(policy.tokenBytes);
    randombytes_buf(bytes.data(), bytes.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Credentials::tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace gc::server
