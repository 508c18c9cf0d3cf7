#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace gc::ui {

class SyncWorker;

// When to sync in the background, and how long to wait after a failure.
struct SyncSchedule {
    int intervalMs = 120'000;     // a round every two minutes while logged in
    int retryFirstMs = 5'000;     // after a failed round, doubled each time …
    int retryMaxMs = 300'000;     // … up to five minutes
};

// The app's link to the office server: the address and the session (kept across restarts, the
// token in TokenVault), the sync status in plain words, and background sync — after every save's
// quiet period, on a timer, and as soon as the network comes back (QNetworkInformation where a
// backend exists, else the retry timer's backoff). The work happens on a worker thread
// (SyncWorker); this object only schedules and reports. Never claims "sent" before a server
// acknowledged it.
class SyncController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(QString inventoryPath READ inventoryPath WRITE setInventoryPath NOTIFY configChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY configChanged)
    // Plain http:// to another machine is refused unless allowed (passwords travel in it).
    Q_PROPERTY(bool allowPlainHttp READ allowPlainHttp NOTIFY configChanged)
    // A PEM certificate to trust, e.g. the office server's self-signed one.
    Q_PROPERTY(QString trustedCertificateFile READ trustedCertificateFile NOTIFY configChanged)
    // A server address is set (this tablet syncs); false: it keeps everything on the device.
    Q_PROPERTY(bool configured READ configured NOTIFY configChanged)
    Q_PROPERTY(QString serverUser READ serverUser NOTIFY configChanged)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY statusChanged)
    Q_PROPERTY(bool loggingIn READ loggingIn NOTIFY statusChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncAt READ lastSyncAt NOTIFY statusChanged)
    Q_PROPERTY(qint64 pending READ pending NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    // noServer, signedOut, signInAgain, syncing, offline, interrupted (answers cut off), refused, waiting, sent, notSynced
    Q_PROPERTY(QString state READ state NOTIFY statusChanged)
    // The chip's line, in the app's language.
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY statusChanged)
    Q_PROPERTY(int photoDone READ photoDone NOTIFY statusChanged)
    Q_PROPERTY(int photoTotal READ photoTotal NOTIFY statusChanged)
    Q_PROPERTY(QString nextTryAt READ nextTryAt NOTIFY statusChanged)
    // The login page's answer (empty while none or after success).
    Q_PROPERTY(QString loginError READ loginError NOTIFY statusChanged)

public:
    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    QString inventoryPath() const { return m_path; }
    void setInventoryPath(const QString &path);
    QString serverUrl() const { return m_server.toString(); }
    bool allowPlainHttp() const { return m_allowPlainHttp; }
    QString trustedCertificateFile() const { return m_certificateFile; }
    bool configured() const { return !m_server.isEmpty(); }
    QString serverUser() const { return m_user; }
    bool loggedIn() const { return m_loggedIn; }
    bool loggingIn() const { return m_loggingIn; }
    bool syncing() const { return m_syncing; }
    QString lastSyncAt() const { return m_lastSyncAt; }
    qint64 pending() const { return m_pending; }
    QString errorText() const { return m_error; }
    QString state() const;
    QString statusText() const;
    int conflicts() const { return m_conflicts; }
    int photoDone() const { return m_photoDone; }
    int photoTotal() const { return m_photoTotal; }
    QString nextTryAt() const { return m_nextTryAt; }
    QString loginError() const { return m_loginError; }

    // Checks the address (https, or http on this machine or with `allowPlainHttp`), then logs in on
    // the worker; `loginFinished` answers. A success is remembered with its token.
    Q_INVOKABLE bool login(const QString &serverUrl, const QString &user, const QString &password, bool allowPlainHttp = false,
                           const QString &trustedCertificateFile = {});
    // Ends the session here and on the server, and forgets its token; the address stays.
    Q_INVOKABLE void logout();
    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void refreshPending();
    // Asks the server for the conflicts the office has not settled; `conflictsFetched` answers.
    Q_INVOKABLE void fetchConflicts();
    // A photo's original for the photo viewer (the office holds others' photos as thumbnails): this
    // device's copy, else the server's, fetched in the background; `originalOpened` answers.
    Q_INVOKABLE void openOriginal(const QString &sha256);
    // The server address, session and token are kept from an earlier start (after the inventory opened).
    void restore();
    // Stops the worker and closes its connection (before the app's own store closes, on quit).
    void shutdown();

signals:
    void configChanged();
    void statusChanged();
    // Events from other devices were merged: views showing the inventory should reload.
    void inventoryChangedElsewhere();
    void loginFinished(bool ok, const QString &message);
    // The server's user, role and department (login, a kept session, and every round's /me).
    void accountChanged(const QString &user, const QString &role, const QString &department);
    void loggedOut();
    // Each conflict as {asset_uuid, event_id, other_event_id, detected_at}; or why there is no list.
    void conflictsFetched(const QVariantList &conflicts, const QString &error);
    // state: "original" (url is the original's file), "offline" (not on this device and the server could not
    // be reached or is not signed in to), or "unusable" (why: the server's copy cannot be shown).
    void originalOpened(const QString &sha256, const QUrl &url, const QString &state, const QString &why);

private:
    void reconfigure();
    void onLoggedIn(bool ok, const QString &error, const QString &code, const QString &user, const QString &role,
                    const QString &department, const QString &token);
    void onFinished(bool ok, const QString &error, const QString &code, qint64 pending, int pulled, int conflicts, const QString &at);
    void watchNetwork();
    void scheduleRetry();
    QString tokenKey() const;

    SyncSchedule m_schedule;
    QThread m_thread;
    SyncWorker *m_worker; // lives on m_thread, deleted when it finishes
    QTimer m_timer;
    QString m_path, m_lastSyncAt, m_error, m_errorCode, m_certificateFile, m_user, m_loginError, m_nextTryAt;
    QString m_setAside; // what the last good round received but could not use (it went on without it)
    QUrl m_server;
    bool m_allowPlainHttp = false;
    bool m_loggedIn = false, m_loggingIn = false, m_syncing = false, m_syncAgain = false;
    qint64 m_pending = -1;
    int m_conflicts = 0;
    QString m_role; // the server's word for the signed-in user's role
    int m_retryMs = 0;
    int m_photoDone = 0, m_photoTotal = 0;
};

} // namespace gc::ui
