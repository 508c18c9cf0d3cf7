#pragma once

#include "apiservice.h"
#include "result.h"

#include <QHostAddress>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QHttpServer;
class QHttpServerResponder;
class QObject;
class QSslConfiguration;
class QTimer;

namespace gc::server {

// Qt HttpServer in front of ApiService. Qt's server reads and writes every connection on this
// thread's event loop; this thread only parses, hands each request to a worker and writes the answer
// the worker posts back, so it never waits for the store or a password check. The workers (one per
// store connection in the ApiService's StorePool) run the requests side by side; a login's argon2id
// check (64 MiB, tens of milliseconds) runs on a pool of its own, so a morning of logins never takes
// the workers that answer pushes and pulls. A RequestGuard on every connection refuses oversized or
// unauthenticated large bodies before Qt buffers them.
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
    // Threads that run requests (as many as the store has connections).
    int workers() const { return m_workers.maxThreadCount(); }
    // Returns the port (useful with port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    // A request's responder and a guarded pointer to its socket, both taken on the socket's thread.
    struct Pending;
    // On a worker: a login's first step, then its check on the hash pool.
    void login(const ApiRequest &request, std::shared_ptr<Pending> pending);
    // Back on this thread: the answer, if the client is still there.
    void answer(ApiResponse response, std::shared_ptr<Pending> pending);

    ApiService &m_api;
    std::unique_ptr<QThreadPool> m_ownPool;
    QThreadPool *m_hashPool;
    QThreadPool m_workers;
    std::unique_ptr<QObject> m_context; // where finished work comes back to: this thread
    std::unique_ptr<QTimer> m_refusalNudge;
    std::atomic<int> m_loginsInFlight{0};
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<QSslConfiguration> m_tls;
};

} // namespace gc::server
