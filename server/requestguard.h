#pragma once

#include "headframer.h"

#include <QByteArray>
#include <QObject>

#include <optional>

class QTcpSocket;

namespace gc::server {

class ApiService;
struct ApiResponse;
struct RequestHead;

// Watches one connection's bytes ahead of Qt HttpServer, which (in Qt 6.4) buffers a whole request
// body in memory before any handler sees it. The guard reads each request's line and headers as
// they arrive and asks ApiService::admit whether the declared body may come in; a refused request
// is answered and the connection closed before its body is read. It follows the framing only by
// Content-Length: a body of unknown length (chunked) is refused, so its count and Qt's never differ.
class RequestGuard : public QObject {
public:
    // The guard lives as the socket's child; attach it before Qt HttpServer connects to the socket,
    // so that it sees every readyRead first.
    static void attach(QTcpSocket &socket, ApiService &api);
    // A request's line and headers (as HeadFramer hands them over) as ApiService::admit judges
    // them; the peer address is left to the caller. Pure, so the fuzz target feeds it anything.
    static RequestHead parseHead(const QByteArray &head, bool tooLarge);

private:
    RequestGuard(QTcpSocket &socket, ApiService &api);
    void inspect();
    // The body length to let through, or nothing once the request was refused.
    std::optional<qint64> decide(const QByteArray &head, bool tooLarge);
    void refuse(const ApiResponse &response);

    QTcpSocket &m_socket;
    ApiService &m_api;
    HeadFramer m_framer;
    bool m_refused = false;
};

} // namespace gc::server
