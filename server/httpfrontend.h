#pragma once

#include "apiservice.h"
#include "result.h"

#include <QHostAddress>

#include <memory>

class QHttpServer;

namespace gc::server {

// Qt HttpServer in front of ApiService. Qt's server runs every request on this thread's event loop,
// one at a time: the store sees no concurrent calls (SQLite and one libpq connection need none), and
// pushes commit in the order they are answered.
class HttpFrontend {
public:
    explicit HttpFrontend(ApiService &api);
    ~HttpFrontend();
    // Returns the port (useful with port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    ApiService &m_api;
    std::unique_ptr<QHttpServer> m_http;
};

} // namespace gc::server
