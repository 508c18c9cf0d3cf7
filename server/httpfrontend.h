#pragma once

#include "apiservice.h"
#include "result.h"

#include <QHostAddress>

#include <memory>

class QHttpServer;
class QSslConfiguration;

namespace gc::server {

// Qt HttpServer in front of ApiService. Qt's server runs every request on this thread's event loop,
// one at a time: the store sees no concurrent calls (SQLite and one libpq connection need none), and
// pushes commit in the order they are answered. A RequestGuard on every connection refuses
// oversized or unauthenticated large bodies before Qt buffers them.
class HttpFrontend {
public:
    explicit HttpFrontend(ApiService &api);
    ~HttpFrontend();
    // Serve HTTPS with this PEM certificate (chain) and private key; call before listen().
    VoidResult useTls(const QString &certificateFile, const QString &keyFile);
    bool tls() const { return bool(m_tls); }
    // Returns the port (useful with port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    ApiService &m_api;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<QSslConfiguration> m_tls;
};

} // namespace gc::server
