#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

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
    void syncOnce();
    void refreshPending();

signals:
    void loggedIn(bool ok, const QString &error);
    // ok: the round completed; error: in Korean and English; pulled: new events from others.
    void finished(bool ok, const QString &error, qint64 pending, int pulled, int conflicts, const QString &at);
    void pendingCounted(qint64 pending);

private:
    std::unique_ptr<core::AssetStore> m_store;
    std::unique_ptr<core::SyncClient> m_client;
    QString m_path, m_user;
    QUrl m_server;
    bool m_allowPlainHttp = false;
    QString m_certificateFile;
};

} // namespace gc::ui
