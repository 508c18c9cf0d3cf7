#include "syncworker.h"

#include "store/assetstore.h"
#include "sync/syncclient.h"

#include <QFile>

namespace gc::ui {

SyncWorker::SyncWorker() = default;
SyncWorker::~SyncWorker() = default;

void SyncWorker::configure(const QString &inventoryPath, const QUrl &server, bool allowPlainHttp,
                           const QString &trustedCertificateFile)
{
    if (inventoryPath == m_path && server == m_server && allowPlainHttp == m_allowPlainHttp
        && trustedCertificateFile == m_certificateFile && m_store)
        return;
    m_client.reset();
    m_store.reset();
    m_path = inventoryPath;
    m_server = server;
    m_allowPlainHttp = allowPlainHttp;
    m_certificateFile = trustedCertificateFile;
    core::SyncTransport transport;
    transport.allowPlainHttp = allowPlainHttp;
    if (!trustedCertificateFile.isEmpty()) {
        QFile f(trustedCertificateFile);
        if (!f.open(QIODevice::ReadOnly)) {
            emit finished(false, QStringLiteral("%1: 인증서를 읽을 수 없습니다 / cannot read the certificate: %2")
                                     .arg(trustedCertificateFile, f.errorString()), -1, 0, 0, {});
            return;
        }
        transport.trustedCertificatesPem = f.readAll();
    }
    if (m_path.isEmpty())
        return;
    auto s = core::AssetStore::open(m_path);
    if (!s) {
        emit finished(false, s.error().message, -1, 0, 0, {});
        return;
    }
    m_store = std::move(*s);
    if (m_server.isValid() && !m_server.isEmpty())
        m_client = std::make_unique<core::SyncClient>(*m_store, m_server, core::SyncTuning{}, transport);
    refreshPending();
}

void SyncWorker::login(const QString &user, const QString &password)
{
    if (!m_client) {
        emit loggedIn(false, QStringLiteral("서버 주소와 인벤토리를 먼저 정하세요 / set the server address and the inventory first"));
        return;
    }
    m_store->setIdentity(user, {});
    m_user = user;
    auto r = m_client->login(user, password);
    emit loggedIn(r.ok(), r ? QString() : r.error().message);
}

void SyncWorker::syncOnce()
{
    if (!m_client) {
        emit finished(false, QStringLiteral("서버 주소와 인벤토리를 먼저 정하세요 / set the server address and the inventory first"), -1, 0, 0, {});
        return;
    }
    auto r = m_client->syncOnce();
    if (!r) {
        const auto pending = core::SyncClient::pendingCount(*m_store);
        emit finished(false, r.error().message, pending ? *pending : -1, 0, 0, {});
        return;
    }
    // What the round set aside (SyncReport::setAside) is said, not hidden; the round itself succeeded.
    const QString aside = r->setAside.isEmpty() ? QString()
        : QStringLiteral("받은 변경 %1건은 쓸 수 없어 따로 두었습니다 / %1 received changes could not be used and were set aside: %2")
              .arg(r->setAside.size())
              .arg(r->setAside.first());
    emit finished(true, aside, r->pending, r->pulledEvents, r->conflicts, r->finishedAt);
}

void SyncWorker::refreshPending()
{
    if (!m_store)
        return;
    if (auto p = core::SyncClient::pendingCount(*m_store))
        emit pendingCounted(*p);
}

} // namespace gc::ui
