#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace gc::server {

class ApiService;
struct ApiResponse;

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

private:
    RequestGuard(QTcpSocket &socket, ApiService &api);
    void inspect();
    void decide(const QByteArray &head, bool tooLarge);
    void refuse(const ApiResponse &response);

    enum class State { Head, Body, Refused };
    QTcpSocket &m_socket;
    ApiService &m_api;
    State m_state = State::Head;
    QByteArray m_head;    // the current request's line and headers so far
    qint64 m_bodyLeft = 0; // body bytes of the current request still to pass
};

} // namespace gc::server
