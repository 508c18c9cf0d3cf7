#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <memory>

namespace gc::core {
class AssetStore;
class SyncClient;
} // namespace gc::core

namespace gc::ui {

// Lives on SyncController's worker thread: its own connection to the inventory (SQLite WAL lets the
// app keep writing meanwhile) and a blocking core::SyncClient, so a slow network never freezes the UI.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    SyncWorker();
    ~SyncWorker() override;

public slots:
    void configure(const QString &inventoryPath, const QUrl &server, bool allowPlainHttp = false,
                   const QString &trustedCertificateFile = {});
    void login(const QString &user, const QString &password);
    // A session kept from an earlier start.
    void resume(const QString &user, const QString &token);
    void logout();
    void syncOnce();
    void refreshPending();
    // The conflicts the server lists for the office (GET /api/v1/conflicts).
    void fetchConflicts();
    // A photo's original, for the office's photo viewer: this device's copy, else fetched from the server
    // into the photo cache; `originalOpened` answers.
    void openOriginal(const QString &sha256);
    // Closes the inventory (before the app quits, so the last close folds the WAL into the file).
    void close();

signals:
    // role and department as the server gave them; token: to keep for the next start.
    void loggedIn(bool ok, const QString &error, const QString &code, const QString &user, const QString &role,
                  const QString &department, const QString &token);
    // ok: the round completed; error: in Korean and English, code: core::Error's (network,
    // unauthenticated, forbidden, …); pulled: new events from others.
    void finished(bool ok, const QString &error, const QString &code, qint64 pending, int pulled, int conflicts, const QString &at);
    void pendingCounted(qint64 pending, const QString &lastOkAt);
    void photoProgress(int done, int total, bool upload);
    // The server's view of the user after a round (a role changed on the server shows at once).
    void account(const QString &user, const QString &role, const QString &department);
    // Each conflict as {asset_uuid, event_id, other_event_id, detected_at}; or the error, in Korean and English.
    void conflictsFetched(const QVariantList &conflicts, const QString &error);
    // path: the original's file, or "" when it is not on this device and could not be fetched; `unusable`:
    // the server's copy cannot be shown (why says so), else offline or not sent yet.
    void originalOpened(const QString &sha256, const QString &path, bool unusable, const QString &why);

private:
    std::unique_ptr<core::AssetStore> m_store;
    std::unique_ptr<core::SyncClient> m_client;
    QString m_path, m_user;
    QUrl m_server;
    bool m_allowPlainHttp = false;
    QString m_certificateFile;
    QString m_configError; // why there is no client (an unreadable certificate)
};

} // namespace gc::ui
