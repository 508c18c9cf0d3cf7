#include "tokenvault.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#ifdef GC_HAVE_QTKEYCHAIN
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#endif

namespace gc::ui {

namespace {

const QString kService = QStringLiteral("goodcity-sync");

#ifdef GC_HAVE_QTKEYCHAIN
// Runs a keychain job to its end (they answer asynchronously, over D-Bus on Linux).
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

bool keychainWrite(const QString &key, const QString &token)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(QStringLiteral("session"));
    job.setTextData(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("token"), token}})
                                          .toJson(QJsonDocument::Compact)));
    return runJob(job);
}

QJsonObject keychainRead()
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(QStringLiteral("session"));
    if (!runJob(job))
        return {};
    return QJsonDocument::fromJson(job.textData().toUtf8()).object();
}

// GC_TOKEN_STORE=file keeps the token in the file even where a keychain exists (a shared kiosk
// account, tests that check the file).
bool keychainWanted() { return qEnvironmentVariable("GC_TOKEN_STORE") != QLatin1String("file"); }

void keychainForget()
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(QStringLiteral("session"));
    runJob(job);
}
#endif

} // namespace

TokenVault::TokenVault(QString dir)
    : m_dir(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : std::move(dir))
{
}

QString TokenVault::filePath() const { return m_dir + QStringLiteral("/session.token"); }

QString TokenVault::store(const QString &key, const QString &token, QString *error) const
{
#ifdef GC_HAVE_QTKEYCHAIN
    if (keychainWanted() && keychainWrite(key, token)) {
        QFile::remove(filePath()); // no second copy where others might read it
        return QStringLiteral("keychain");
    }
#endif
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(m_dir);
        return {};
    }
    // Created with the owner's permissions only, before a byte of the token is written; then
    // renamed over the old file, so a crash leaves the old session or the new one, never half.
    const QString tmp = filePath() + QStringLiteral(".new");
    QFile::remove(tmp);
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(tmp, f.errorString());
        return {};
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("token"), token}}).toJson();
    if (f.write(body) != body.size() || !f.flush()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(tmp, f.errorString());
        f.remove();
        return {};
    }
    f.close();
    QFile::remove(filePath());
    if (!QFile::rename(tmp, filePath())) {
        if (error)
            *error = QStringLiteral("%1: cannot rename to %2").arg(tmp, filePath());
        QFile::remove(tmp);
        return {};
    }
    return filePath();
}

QString TokenVault::load(const QString &key) const
{
    QJsonObject o;
#ifdef GC_HAVE_QTKEYCHAIN
    if (keychainWanted())
        o = keychainRead();
#endif
    if (o.isEmpty()) {
        QFile f(filePath());
        if (f.open(QIODevice::ReadOnly))
            o = QJsonDocument::fromJson(f.read(64 * 1024)).object();
    }
    return o.value(QStringLiteral("key")).toString() == key ? o.value(QStringLiteral("token")).toString() : QString();
}

void TokenVault::forget() const
{
#ifdef GC_HAVE_QTKEYCHAIN
    if (keychainWanted())
        keychainForget();
#endif
    QFile::remove(filePath());
}

} // namespace gc::ui
