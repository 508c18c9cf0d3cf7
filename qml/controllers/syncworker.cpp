#include "syncworker.h"
#include "text.h"

#include "store/assetstore.h"
#include "sync/photocache.h"
#include "sync/syncclient.h"

#include <QFile>

namespace gc::ui {

namespace {
QString noServerText() { return gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "set the server address and the inventory first")), gc::Lang::Ui); }
} // namespace

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
    m_configError.clear();
    core::SyncTransport transport;
    transport.allowPlainHttp = allowPlainHttp;
    if (!trustedCertificateFile.isEmpty()) {
        QFile f(trustedCertificateFile);
        if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024) {
            m_configError = gc::render(gc::tx("%1: %2", trustedCertificateFile, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot read the certificate: %2"), trustedCertificateFile, f.errorString())), gc::Lang::Ui);
        } else {
            transport.trustedCertificatesPem = f.readAll();
        }
    }
    if (m_path.isEmpty())
        return;
    auto s = core::AssetStore::open(m_path);
    if (!s) {
        emit finished(false, s.error().message(), codeName(s.error().code), -1, 0, 0, {});
        return;
    }
    m_store = std::move(*s);
    if (m_configError.isEmpty() && m_server.isValid() && !m_server.isEmpty()) {
        m_client = std::make_unique<core::SyncClient>(*m_store, m_server, core::SyncTuning{}, transport);
        m_client->onPhotoProgress = [this](int done, int total, bool upload) { emit photoProgress(done, total, upload); };
    }
    refreshPending();
}

void SyncWorker::login(const QString &user, const QString &password)
{
    if (!m_client) {
        emit loggedIn(false, m_configError.isEmpty() ? noServerText() : m_configError, QStringLiteral("config"), user, {}, {}, {});
        return;
    }
    auto r = m_client->login(user, password);
    if (!r) {
        emit loggedIn(false, r.error().message(), codeName(r.error().code), user, {}, {}, {});
        return;
    }
    m_user = user;
    m_store->setIdentity(user, {});
    const auto &a = m_client->account();
    emit loggedIn(true, {}, {}, a.user, a.role, a.department, m_client->token());
}

void SyncWorker::resume(const QString &user, const QString &token)
{
    if (!m_client)
        return;
    m_user = user;
    m_store->setIdentity(user, {});
    m_client->resume(user, token);
}

void SyncWorker::logout()
{
    if (m_client)
        (void)m_client->logout(); // best effort: the token is forgotten here either way
}

void SyncWorker::syncOnce()
{
    if (!m_client) {
        emit finished(false, m_configError.isEmpty() ? noServerText() : m_configError, QStringLiteral("config"), -1, 0, 0, {});
        return;
    }
    auto r = m_client->syncOnce();
    if (!r) {
        const auto pending = core::SyncClient::pendingCount(*m_store);
        emit finished(false, r.error().message(), codeName(r.error().code), pending ? *pending : -1, 0, 0, {});
        return;
    }
    // What the round set aside (SyncReport::setAside) is said, not hidden; the round itself succeeded.
    const QString aside = r->setAside.isEmpty() ? QString()
        : gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%1 received changes could not be used and were set aside: %2"), r->setAside.size(), r->setAside.first()), gc::Lang::Ui);
    // Another user's changes on a shared tablet wait for their author (not sent, not refused): said too.
    QStringList notes = r->waiting;
    if (!aside.isEmpty())
        notes.prepend(aside);
    const QString note = notes.join(QStringLiteral(" · "));
    const auto &a = m_client->account();
    emit account(a.user, a.role, a.department);
    emit finished(true, note, note.isEmpty() ? QString() : QStringLiteral("set_aside"), r->pending, r->pulledEvents, r->conflicts, r->finishedAt);
}

void SyncWorker::refreshPending()
{
    if (!m_store)
        return;
    if (auto p = core::SyncClient::pendingCount(*m_store))
        emit pendingCounted(*p, core::SyncClient::state(*m_store).lastOkAt);
}

void SyncWorker::fetchConflicts()
{
    if (!m_client) {
        emit conflictsFetched({}, m_configError.isEmpty() ? noServerText() : m_configError);
        return;
    }
    auto list = m_client->conflicts();
    if (!list) {
        emit conflictsFetched({}, list.error().message());
        return;
    }
    QVariantList out;
    for (const auto &c : *list)
        out.append(QVariantMap{{QStringLiteral("asset_uuid"), c.assetUuid}, {QStringLiteral("event_id"), c.eventId},
                               {QStringLiteral("other_event_id"), c.otherEventId}, {QStringLiteral("detected_at"), c.detectedAt}});
    emit conflictsFetched(out, {});
}

void SyncWorker::openOriginal(const QString &sha256)
{
    if (!m_store) {
        emit originalOpened(sha256, {}, false, noServerText());
        return;
    }
    if (auto here = core::PhotoCache(*m_store).local(sha256, core::Rendition::Original)) {
        emit originalOpened(sha256, *here, false, {});
        return;
    }
    if (!m_client) {
        emit originalOpened(sha256, {}, false, m_configError.isEmpty() ? noServerText() : m_configError);
        return;
    }
    auto shown = m_client->openPhoto(sha256, core::Rendition::Original);
    if (!shown) {
        emit originalOpened(sha256, {}, shown.error().code == ErrorCode::PhotoUnusable, shown.error().message());
        return;
    }
    // A fallback is the thumbnail the network could not replace: the viewer shows that already.
    emit originalOpened(sha256, shown->fallback ? QString() : shown->path, false, {});
}

void SyncWorker::close()
{
    m_client.reset();
    m_store.reset();
    m_path.clear();
}

} // namespace gc::ui
