#include "synccontroller.h"
#include "photosource.h"

#include "syncworker.h"
#include "tokenvault.h"

#include "sync/syncclient.h"

#include <QDateTime>
#include <QLocale>
#include <QMetaObject>
#include <QNetworkInformation>
#include <QSettings>

namespace gc::ui {

namespace {
const QString kServerKey = QStringLiteral("sync/server");
const QString kPlainKey = QStringLiteral("sync/allowPlainHttp");
const QString kCertKey = QStringLiteral("sync/certificate");
const QString kUserKey = QStringLiteral("sync/user");
const QString kInventoryKey = QStringLiteral("sync/inventory"); // the file the session was signed in on

QString shortTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

// What the user typed, as a server address: https:// unless the user wrote a scheme.
QUrl serverFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QUrl u(t.contains(QLatin1String("://")) ? t : QStringLiteral("https://") + t, QUrl::StrictMode);
    if (u.isValid() && !u.path().endsWith(QLatin1Char('/')))
        u.setPath(u.path() + QLatin1Char('/'));
    return u;
}
} // namespace

SyncController::SyncController(QObject *parent) : QObject(parent), m_worker(new SyncWorker)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &SyncWorker::loggedIn, this, &SyncController::onLoggedIn);
    connect(m_worker, &SyncWorker::account, this, &SyncController::accountChanged);
    connect(m_worker, &SyncWorker::account, this, [this](const QString &, const QString &role, const QString &) { m_role = role; });
    connect(m_worker, &SyncWorker::conflictsFetched, this, [this](const QVariantList &list, const QString &error) {
        // The office's chip counts the conflicts still to settle, not every one ever flagged.
        if (error.isEmpty() && int(list.size()) != m_conflicts) {
            m_conflicts = int(list.size());
            emit statusChanged();
        }
    });
    connect(m_worker, &SyncWorker::conflictsFetched, this, &SyncController::conflictsFetched);
    connect(m_worker, &SyncWorker::originalOpened, this, [this](const QString &sha, const QString &path, bool unusable, const QString &why) {
        // Only a JPEG or PNG within the photo limits reaches Qt's image plugins (photosource.h).
        const QUrl url = checkedPhotoUrl(path);
        const QString state = !url.isEmpty()                   ? QStringLiteral("original")
                              : unusable || !path.isEmpty() ? QStringLiteral("unusable")
                                                            : QStringLiteral("offline");
        emit originalOpened(sha, url, state, why);
    });
    connect(m_worker, &SyncWorker::pendingCounted, this, [this](qint64 p, const QString &lastOkAt) {
        m_pending = p;
        if (!lastOkAt.isEmpty() && configured())
            m_lastSyncAt = lastOkAt;
        emit statusChanged();
    });
    connect(m_worker, &SyncWorker::photoProgress, this, [this](int done, int total, bool) {
        m_photoDone = done;
        m_photoTotal = total;
        emit statusChanged();
    });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    m_thread.start();
    watchNetwork();
}

SyncController::~SyncController() { shutdown(); }

void SyncController::shutdown()
{
    if (!m_thread.isRunning())
        return;
    m_timer.stop();
    // Waits for a round in progress: its acknowledgements are written before the connection closes.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::watchNetwork()
{
    // Where the platform can tell (NetworkManager, Android …), a returning network syncs at once;
    // elsewhere the retry timer's backoff finds it.
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r != QNetworkInformation::Reachability::Online && r != QNetworkInformation::Reachability::Site)
                    return;
                m_retryMs = 0;
                if (m_loggedIn && (!m_error.isEmpty() || m_pending != 0))
                    syncNow();
            });
}

void SyncController::setInventoryPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_lastSyncAt.clear();
    m_pending = -1;
    emit configChanged();
    emit statusChanged();
    reconfigure();
}

void SyncController::reconfigure()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, p = m_path, s = m_server, plain = m_allowPlainHttp, cert = m_certificateFile] {
        w->configure(p, s, plain, cert);
    });
}

QString SyncController::tokenKey() const { return m_server.toString() + QLatin1Char('|') + m_user; }

void SyncController::restore()
{
    QSettings settings;
    const QUrl server(settings.value(kServerKey).toString());
    m_server = server;
    m_allowPlainHttp = settings.value(kPlainKey).toBool();
    m_certificateFile = settings.value(kCertKey).toString();
    m_user = settings.value(kUserKey).toString();
    m_loggedIn = false;
    reconfigure();
    // A session belongs to the inventory it was signed in on: another file opens signed out (the
    // server's address stays filled in), never acting as whoever signed in on the other file.
    const bool sameInventory = settings.value(kInventoryKey).toString() == m_path;
    if (configured() && !m_user.isEmpty() && sameInventory) {
        const QString token = TokenVault().load(tokenKey());
        if (!token.isEmpty()) {
            QMetaObject::invokeMethod(m_worker, [w = m_worker, u = m_user, token] { w->resume(u, token); });
            m_loggedIn = true;
        }
    }
    emit configChanged();
    emit statusChanged();
    if (m_loggedIn)
        syncNow();
}

bool SyncController::login(const QString &serverUrl, const QString &user, const QString &password, bool allowPlainHttp,
                           const QString &trustedCertificateFile)
{
    const QUrl server = serverFromText(serverUrl);
    auto refuse = [this](const QString &why) {
        m_loginError = why;
        emit statusChanged();
        emit loginFinished(false, why);
        return false;
    };
    if (!server.isValid() || server.host().isEmpty()
        || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http")))
        return refuse(tr("“%1” is not a server address; write it as https://host:port").arg(serverUrl));
    if (user.trimmed().isEmpty() || password.isEmpty())
        return refuse(tr("Enter the user name and the password the office gave you."));
    core::SyncTransport transport;
    transport.allowPlainHttp = allowPlainHttp;
    if (auto t = core::SyncClient::checkTransport(server, transport); !t)
        return refuse(tr("%1 is not encrypted: the password would cross the network readable. Use https://, or turn on "
                         "“Allow unencrypted http://” on a network you trust.")
                          .arg(server.toString(QUrl::RemoveUserInfo)));
    m_server = server;
    m_allowPlainHttp = allowPlainHttp;
    m_certificateFile = trustedCertificateFile;
    m_loggedIn = false;
    m_loggingIn = true;
    m_loginError.clear();
    m_error.clear();
    m_errorCode.clear();
    m_timer.stop();
    reconfigure();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, u = user.trimmed(), password] { w->login(u, password); });
    emit configChanged();
    emit statusChanged();
    return true;
}

void SyncController::onLoggedIn(bool ok, const QString &error, const QString &code, const QString &user, const QString &role,
                                const QString &department, const QString &token)
{
    m_loggingIn = false;
    if (!ok) {
        m_loginError = code.startsWith(QLatin1String("network"))
                           ? tr("Cannot reach the server. Check the address and the network, then try again.") + QLatin1Char('\n') + error
                       : code == QLatin1String("unauthenticated") ? tr("Wrong user name or password.")
                                                                 : error;
        restore(); // a failed login changes nothing that was kept: the previous server and session (or none) stay
        emit loginFinished(false, m_loginError);
        return;
    }
    m_user = user;
    m_loggedIn = true;
    QSettings settings;
    settings.setValue(kServerKey, m_server.toString());
    settings.setValue(kPlainKey, m_allowPlainHttp);
    settings.setValue(kCertKey, m_certificateFile);
    settings.setValue(kUserKey, m_user);
    settings.setValue(kInventoryKey, m_path);
    QString why;
    if (TokenVault().store(tokenKey(), token, &why).isEmpty())
        qWarning("goodcity: the session cannot be kept for the next start: %s", qPrintable(why));
    emit configChanged();
    emit statusChanged();
    emit accountChanged(user, role, department);
    emit loginFinished(true, {});
    syncNow();
}

void SyncController::logout()
{
    m_timer.stop();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->logout(); });
    TokenVault().forget();
    QSettings().remove(kUserKey);
    m_loggedIn = false;
    m_error.clear();
    m_errorCode.clear();
    emit statusChanged();
    emit loggedOut();
}

void SyncController::refreshPending()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->refreshPending(); });
    // A save waits a moment for the next (a crew saves photos and notes in a burst), then goes.
    if (m_loggedIn && !m_syncing && m_error.isEmpty())
        m_timer.start(3'000);
}

void SyncController::fetchConflicts()
{
    if (!m_loggedIn) {
        emit conflictsFetched({}, tr("Conflicts are found by the sync server: sign in to one to see them"));
        return;
    }
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->fetchConflicts(); });
}

void SyncController::openOriginal(const QString &sha256)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, sha256] { w->openOriginal(sha256); });
}

void SyncController::syncNow()
{
    if (!m_loggedIn)
        return;
    if (m_syncing) {
        m_syncAgain = true; // a save during the round: one more round after it
        return;
    }
    m_timer.stop();
    m_syncing = true;
    m_photoDone = m_photoTotal = 0;
    m_nextTryAt.clear();
    emit statusChanged();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->syncOnce(); });
}

void SyncController::onFinished(bool ok, const QString &error, const QString &code, qint64 pending, int pulled, int conflicts,
                                const QString &at)
{
    m_syncing = false;
    // A round that set received changes aside still succeeded: said beside "sent", never as a refusal.
    const bool setAside = ok && code == QLatin1String("set_aside");
    m_setAside = setAside ? error : QString();
    m_error = setAside ? QString() : error;
    m_errorCode = setAside ? QString() : code;
    if (pending >= 0)
        m_pending = pending;
    if (ok) {
        m_lastSyncAt = at;
        // A crew's chip says what its own last round had flagged; the office's counts what is left to
        // settle (its list is asked for after each round).
        m_conflicts = conflicts;
        if (m_role == QLatin1String("office") || m_role == QLatin1String("admin"))
            QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->fetchConflicts(); });
        m_retryMs = 0;
        if (pulled > 0)
            emit inventoryChangedElsewhere();
    }
    if (code == QLatin1String("unauthenticated")) {
        // The session ended on the server (expired, revoked): the user signs in again; nothing is dropped.
        m_loggedIn = false;
        TokenVault().forget();
    }
    if (!m_loggedIn) {
        emit statusChanged();
        return;
    }
    if (ok && m_syncAgain) {
        m_syncAgain = false;
        emit statusChanged();
        syncNow();
        return;
    }
    if (ok) {
        m_timer.start(m_schedule.intervalMs);
    } else {
        // A failed round waits longer each time, so a dead network is not hammered; nothing is dropped.
        m_retryMs = m_retryMs == 0 ? m_schedule.retryFirstMs : std::min(m_retryMs * 2, m_schedule.retryMaxMs);
        m_timer.start(m_retryMs);
        m_nextTryAt = QLocale().toString(QTime::currentTime().addMSecs(m_retryMs), QLocale::ShortFormat);
    }
    emit statusChanged();
}

QString SyncController::state() const
{
    if (!configured())
        return QStringLiteral("noServer");
    if (m_errorCode == QLatin1String("unauthenticated"))
        return QStringLiteral("signInAgain");
    if (!m_loggedIn)
        return QStringLiteral("signedOut");
    if (m_syncing)
        return QStringLiteral("syncing");
    if (!m_error.isEmpty())
        return m_errorCode == QLatin1String("network")       ? QStringLiteral("offline")
               : m_errorCode == QLatin1String("network_cut") ? QStringLiteral("interrupted") // the server is there
                                                             : QStringLiteral("refused");
    if (m_pending > 0)
        return QStringLiteral("waiting");
    // Only a round the server answered sets lastSyncAt, and pending counts what it has not acknowledged.
    if (m_pending == 0 && !m_lastSyncAt.isEmpty())
        return QStringLiteral("sent");
    return QStringLiteral("notSynced");
}

QString SyncController::statusText() const
{
    const qint64 n = std::max<qint64>(0, m_pending);
    const QString s = state();
    if (s == QLatin1String("noServer"))
        return n > 0 ? tr("No server — saved on this device only; %n change(s) not sent", "", int(n))
                     : tr("No server — saved on this device only");
    if (s == QLatin1String("signInAgain"))
        return tr("Session ended — sign in again to send %n change(s)", "", int(n));
    if (s == QLatin1String("signedOut"))
        return m_loggingIn ? tr("Signing in…") : tr("Not signed in to the office server; %n change(s) not sent", "", int(n));
    if (s == QLatin1String("syncing"))
        return m_photoTotal > 0 ? tr("Syncing… photo %1 of %2").arg(m_photoDone + 1).arg(m_photoTotal) : tr("Syncing…");
    if (s == QLatin1String("offline"))
        return tr("Offline — %n change(s) kept on this device; next try at %1", "", int(n)).arg(m_nextTryAt);
    if (s == QLatin1String("interrupted")) // what failed: the step the error names first
        return tr("Connection broke during: %1 — %n change(s) kept on this device; next try at %2", "", int(n))
            .arg(m_error.section(QStringLiteral(": "), 0, 0), m_nextTryAt);
    if (s == QLatin1String("refused"))
        return tr("The server refused: %1").arg(m_error);
    if (s == QLatin1String("waiting")) // with another user's changes that wait for their author, if any
        return m_setAside.isEmpty() ? tr("%n change(s) waiting to be sent", "", int(n))
                                    : tr("%n change(s) waiting to be sent", "", int(n)) + QStringLiteral(" · ") + m_setAside;
    if (s == QLatin1String("sent"))
        return m_setAside.isEmpty() ? tr("Everything sent to the office · %1").arg(shortTime(m_lastSyncAt))
                                    : tr("Everything sent to the office · %1 · %2").arg(shortTime(m_lastSyncAt), m_setAside);
    return tr("Not synced yet");
}

} // namespace gc::ui
