#pragma once

#include "headframer.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QTcpSocket;

namespace gc::server {

class ApiService;
struct ApiResponse;
struct RequestHead;

// Watches one connection's bytes ahead of Qt HttpServer, which (in Qt 6.4) buffers a whole request
// body in memory before any handler sees it. The guard reads each request's line and headers as
// they arrive and asks ApiService::admit whether the declared body may come in; a refused request
// is answered and the connection closed before its body is read. It follows the framing only by
// Content-Length: a body of unknown length (chunked) is refused, and so is (400) every head another
// parser could frame otherwise (RFC 9112: a space before a colon, obs-fold, a lone CR or LF, two or
// odd Content-Lengths), so its count and Qt's never differ and no byte it skipped becomes a request.
// When only the store can decide (a large body under a token this process has not verified lately),
// the question goes to a worker: meanwhile the socket reads no further than a small buffer and the
// requests Qt completes on it wait (whenAdmitted), so the accepting thread never waits for the store.
class RequestGuard : public QObject {
public:
    // Runs a job on a worker, then what the job returns back on the socket's thread.
    using Offload = std::function<void(std::function<std::function<void()>()>)>;
    // The guard lives as the socket's child; attach it before Qt HttpServer connects to the socket,
    // so that it sees every readyRead first.
    static void attach(QTcpSocket &socket, ApiService &api, Offload offload);
    // The socket's guard, if it has one.
    static RequestGuard *of(QTcpSocket &socket);
    // Runs `go` once no admission is pending on this connection (at once if none is); never if the
    // connection is refused meanwhile.
    void whenAdmitted(std::function<void()> go);
    // A request's line and headers (as HeadFramer hands them over) as ApiService::admit judges
    // them, with RequestHead::malformed naming what is not strict HTTP/1.1; the peer address is left
    // to the caller. Pure, so the fuzz target feeds it anything.
    static RequestHead parseHead(const QByteArray &head, bool tooLarge);

    ~RequestGuard() override;
    // Bytes of large bodies every guard has let in and not yet seen whole (ApiLimits::maxBodiesInFlight).
    static qint64 bodiesInFlight();

private:
    RequestGuard(QTcpSocket &socket, ApiService &api, Offload offload);
    // Gives back this connection's share of the in-flight budget (its body is in, or it is gone).
    void release();
    void inspect();
    // The body length to let through, or nothing once the request was refused.
    // bodyStart, bodyEnd: where in the connection's byte stream the body begins and ends (-1: unknown).
    std::optional<qint64> decide(const QByteArray &head, bool tooLarge, qint64 bodyStart);
    void decided(const std::optional<ApiResponse> &refusal, qint64 bodyEnd);
    void refuse(const ApiResponse &response, qint64 bodyEnd);
    // After a refusal: throws away what arrives, and closes once the refused body is in.
    void drain();

    QTcpSocket &m_socket;
    ApiService &m_api;
    Offload m_offload;
    int m_undecided = 0; // admissions a worker is still deciding
    std::vector<std::function<void()>> m_waiting;
    HeadFramer m_framer;
    bool m_refused = false;
    qint64 m_received = 0;   // bytes of the stream seen so far
    qint64 m_drainUntil = 0; // after a refusal: close once the stream got this far
    qint64 m_reserved = 0, m_reservedUntil = 0; // the large body being received and where it ends
};

} // namespace gc::server
