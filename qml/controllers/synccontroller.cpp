#include "synccontroller.h"

#include "syncworker.h"

#include <QMetaObject>

namespace gc::ui {

SyncController::SyncController(QObject *parent) : QObject(parent), m_worker(new SyncWorker)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &SyncWorker::pendingCounted, this, [this](qint64 p) {
        m_pending = p;
        emit statusChanged();
    });
    connect(m_worker, &SyncWorker::loggedIn, this, [this](bool ok, const QString &error) {
        m_loggedIn = ok;
        m_error = error;
        emit statusChanged();
        if (ok)
            syncNow();
    });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    m_thread.start();
}

SyncController::~SyncController()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncController::setInventoryPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    emit configChanged();
    reconfigure();
}

void SyncController::setServerUrl(const QString &url)
{
    const QUrl u = QUrl::fromUserInput(url);
    if (u == m_server)
        return;
    m_server = u;
    connectionChanged();
}

void SyncController::connectionChanged()
{
    m_loggedIn = false; // a new server or trust setting: the old session does not carry over
    emit configChanged();
    emit statusChanged();
    reconfigure();
}

void SyncController::setAllowPlainHttp(bool allow)
{
    if (allow == m_allowPlainHttp)
        return;
    m_allowPlainHttp = allow;
    connectionChanged();
}

void SyncController::setTrustedCertificateFile(const QString &file)
{
    if (file == m_certificateFile)
        return;
    m_certificateFile = file;
    connectionChanged();
}

void SyncController::reconfigure()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, p = m_path, s = m_server, plain = m_allowPlainHttp, cert = m_certificateFile] {
        w->configure(p, s, plain, cert);
    });
}

void SyncController::login(const QString &user, const QString &password)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, user, password] { w->login(user, password); });
}

void SyncController::syncNow()
{
    if (m_syncing || !m_loggedIn)
        return;
    m_timer.stop();
    m_syncing = true;
    emit statusChanged();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->syncOnce(); });
}

void SyncController::onFinished(bool ok, const QString &error, qint64 pending, int pulled, int conflicts, const QString &at)
{
    m_syncing = false;
    m_error = error;
    if (pending >= 0)
        m_pending = pending;
    if (ok) {
        m_lastSyncAt = at;
        m_conflicts += conflicts;
        m_retryMs = 0;
        if (pulled > 0)
            emit inventoryChangedElsewhere();
    }
    emit statusChanged();
    if (!m_loggedIn)
        return;
    // A failed round waits longer each time, so a dead network is not hammered; nothing is dropped.
    m_retryMs = ok ? 0 : (m_retryMs == 0 ? m_schedule.retryFirstMs : std::min(m_retryMs * 2, m_schedule.retryMaxMs));
    m_timer.start(ok ? m_schedule.intervalMs : m_retryMs);
}

} // namespace gc::ui
