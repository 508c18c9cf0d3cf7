#pragma once

#include "apiservice.h"
#include "result.h"

#include <QHostAddress>

#include <memory>

class QHttpServer;
class QHttpServerResponder;
class QObject;
class QSslConfiguration;
class QThreadPool;

namespace gc::server {

// Qt HttpServer in front of ApiService. Qt's server runs every request on this thread's event loop,
// one at a time: the store sees no concurrent calls (SQLite and one libpq connection need none), and
// pushes commit in the order they are answered. The one exception is a login's argon2id check
// (64 MiB, tens of milliseconds): it runs on a thread pool and the login is answered when it ends,
// so a crew logging in never stalls another crew's push or pull. A RequestGuard on every
// connection refuses oversized or unauthenticated large bodies before Qt buffers them.
class HttpFrontend {
public:
    // hashPool: where password checks run (not owned; tests pass one they control). None: a pool of
    // its own, one thread per core, since each check holds 64 MiB.
    explicit HttpFrontend(ApiService &api, QThreadPool *hashPool = nullptr);
    ~HttpFrontend();
    // Serve HTTPS with this PEM certificate (chain) and private key; call before listen().
    VoidResult useTls(const QString &certificateFile, const QString &keyFile);
    bool tls() const { return bool(m_tls); }
    // Logins whose password check has not come back yet.
    int loginsInFlight() const { return m_loginsInFlight; }
    // Returns the port (useful with port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    void answerLogin(const ApiRequest &request, QHttpServerResponder &&responder);

    ApiService &m_api;
    std::unique_ptr<QThreadPool> m_ownPool;
    QThreadPool *m_hashPool;
    std::unique_ptr<QObject> m_context; // where finished checks come back to: this thread
    int m_loginsInFlight = 0;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<QSslConfiguration> m_tls;
};

} // namespace gc::server
