#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace gc::ui {

class SyncWorker;

// When to sync in the background, and how long to wait after a failure.
struct SyncSchedule {
    int intervalMs = 120'000;     // a round every two minutes while logged in
    int retryFirstMs = 5'000;     // after a failed round, doubled each time …
    int retryMaxMs = 300'000;     // … up to five minutes
};

// The app's sync status and background sync: last sync, pending count, errors in plain words.
// The work happens on a worker thread (SyncWorker); this object only schedules and reports.
class SyncController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString inventoryPath READ inventoryPath WRITE setInventoryPath NOTIFY configChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY configChanged)
    // Plain http:// to another machine is refused unless allowed (passwords travel in it).
    Q_PROPERTY(bool allowPlainHttp READ allowPlainHttp WRITE setAllowPlainHttp NOTIFY configChanged)
    // A PEM certificate to trust, e.g. the office server's self-signed one.
    Q_PROPERTY(QString trustedCertificateFile READ trustedCertificateFile WRITE setTrustedCertificateFile NOTIFY configChanged)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY statusChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncAt READ lastSyncAt NOTIFY statusChanged)
    Q_PROPERTY(qint64 pending READ pending NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY statusChanged)

public:
    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    QString inventoryPath() const { return m_path; }
    void setInventoryPath(const QString &path);
    QString serverUrl() const { return m_server.toString(); }
    void setServerUrl(const QString &url);
    bool allowPlainHttp() const { return m_allowPlainHttp; }
    void setAllowPlainHttp(bool allow);
    QString trustedCertificateFile() const { return m_certificateFile; }
    void setTrustedCertificateFile(const QString &file);
    bool loggedIn() const { return m_loggedIn; }
    bool syncing() const { return m_syncing; }
    QString lastSyncAt() const { return m_lastSyncAt; }
    qint64 pending() const { return m_pending; }
    QString errorText() const { return m_error; }
    int conflicts() const { return m_conflicts; }

    Q_INVOKABLE void login(const QString &user, const QString &password);
    Q_INVOKABLE void syncNow();

signals:
    void configChanged();
    void statusChanged();
    // Events from other devices were merged: views showing the inventory should reload.
    void inventoryChangedElsewhere();

private:
    void reconfigure();
    void connectionChanged();
    void onFinished(bool ok, const QString &error, qint64 pending, int pulled, int conflicts, const QString &at);

    SyncSchedule m_schedule;
    QThread m_thread;
    SyncWorker *m_worker; // lives on m_thread, deleted when it finishes
    QTimer m_timer;
    QString m_path, m_lastSyncAt, m_error, m_certificateFile;
    QUrl m_server;
    bool m_allowPlainHttp = false;
    bool m_loggedIn = false, m_syncing = false;
    qint64 m_pending = -1;
    int m_conflicts = 0;
    int m_retryMs = 0;
};

} // namespace gc::ui
