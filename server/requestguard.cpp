#include "requestguard.h"

#include "apiservice.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace gc::server {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Refused";
    }
}

} // namespace

void RequestGuard::attach(QTcpSocket &socket, ApiService &api, Offload offload)
{
    auto *guard = new RequestGuard(socket, api, std::move(offload));
    QObject::connect(&socket, &QTcpSocket::readyRead, guard, &RequestGuard::inspect);
    if (socket.bytesAvailable() > 0) // bytes that came with the handshake, before anyone listened
        guard->inspect();
}

RequestGuard::RequestGuard(QTcpSocket &socket, ApiService &api, Offload offload)
    : QObject(&socket), m_socket(socket), m_api(api), m_offload(std::move(offload)), m_framer(api.limits().maxHeadBytes)
{
}

RequestGuard *RequestGuard::of(QTcpSocket &socket)
{
    for (QObject *child : socket.children()) {
        if (auto *guard = dynamic_cast<RequestGuard *>(child))
            return guard;
    }
    return nullptr;
}

void RequestGuard::whenAdmitted(std::function<void()> go)
{
    if (m_refused)
        return;
    if (m_undecided == 0)
        go();
    else
        m_waiting.push_back(std::move(go));
}

void RequestGuard::decided(const std::optional<ApiResponse> &refusal, qint64 bodyEnd)
{
    --m_undecided;
    if (m_refused)
        return;
    if (refusal) {
        m_waiting.clear();
        m_received += m_socket.bytesAvailable(); // come in since the last read: dropped by refuse, never inspected
        refuse(*refusal, bodyEnd);
        return;
    }
    if (m_undecided > 0)
        return;
    m_socket.setReadBufferSize(0); // read on: Qt HttpServer takes the body as it comes
    std::vector<std::function<void()>> go;
    go.swap(m_waiting);
    for (auto &f : go)
        f();
}

void RequestGuard::inspect()
{
    if (m_refused) {
        drain();
        return;
    }
    // peek: the bytes stay for Qt HttpServer, which reads them right after this slot.
    const QByteArray fresh = m_socket.peek(m_socket.bytesAvailable());
    const qint64 at = m_received;
    m_received += fresh.size();
    m_framer.feed(fresh, [this, at](const QByteArray &head, bool tooLarge, qsizetype bodyAt) { return decide(head, tooLarge, at + bodyAt); });
}

void RequestGuard::drain()
{
    m_received += m_socket.skip(m_socket.bytesAvailable());
    if (m_received >= m_drainUntil && m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.disconnectFromHost();
}

RequestHead RequestGuard::parseHead(const QByteArray &head, bool tooLarge)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    RequestHead h;
    h.headTooLarge = tooLarge;
    h.request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    h.request.path = QString::fromLatin1(target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')));
    std::optional<qint64> length;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray &line = lines[n];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "authorization") {
            h.request.authorization = value;
        } else if (name == "transfer-encoding") {
            h.chunked = true;
        } else if (name == "content-length") {
            bool ok = false;
            const qint64 v = value.toLongLong(&ok);
            if (!ok || v < 0 || (length && *length != v))
                h.chunked = true; // no length both sides agree on: refused as unknown
            length = v;
        }
    }
    h.contentLength = length.value_or(0);
    return h;
}

std::optional<qint64> RequestGuard::decide(const QByteArray &head, bool tooLarge, qint64 bodyStart)
{
    RequestHead h = parseHead(head, tooLarge);
    h.request.remote = m_socket.peerAddress().toString();
    // Where in the stream this request's body ends; unknown when its length is.
    const qint64 bodyEnd = tooLarge || h.chunked ? -1 : bodyStart + h.contentLength;
    const Admission a = m_api.admit(h);
    if (a.refusal) {
        refuse(*a.refusal, bodyEnd);
        return std::nullopt;
    }
    if (a.undecided) {
        // Until a worker has asked the store, Qt may buffer no more of this body than an anonymous
        // request could send; what it completes meanwhile waits in whenAdmitted.
        ++m_undecided;
        m_socket.setReadBufferSize(m_api.limits().maxHeadBytes + m_api.limits().maxAnonymousBody);
        QPointer<RequestGuard> self(this);
        ApiService &api = m_api;
        m_offload([self, h, &api, bodyEnd]() -> std::function<void()> {
            const auto refusal = api.admitFromStore(h);
            return [self, refusal, bodyEnd] {
                if (self)
                    self->decided(refusal, bodyEnd);
            };
        });
    }
    return h.contentLength;
}

void RequestGuard::refuse(const ApiResponse &r, qint64 bodyEnd)
{
    // Everything this connection sent is dropped unread, including a request pipelined ahead in the
    // same read; the client sees the refusal and a closed connection. The refusal goes out at once,
    // but the connection closes only once the refused body has come in (and is thrown away), up to a
    // bound: an HTTP client such as Qt's reads no answer before it has sent its whole body, and a
    // socket closed with bytes still arriving is reset, which takes the answer with it.
    m_refused = true;
    m_socket.setReadBufferSize(0);
    m_socket.skip(m_socket.bytesAvailable());
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\nContent-Type: " + r.contentType +
                     "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n";
    for (const auto &[k, v] : r.headers)
        out += k + ": " + v + "\r\n";
    m_socket.write(out + "\r\n" + r.body);
    const RefusedBodyDrain bound = m_api.limits().refusedBodyDrain;
    m_drainUntil = bodyEnd < 0 ? m_received : std::min(bodyEnd, m_received + bound.maxBytes);
    if (m_drainUntil > m_received) {
        auto *timer = new QTimer(this); // a client that stops sending does not hold the connection
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, this, [this] {
            if (m_socket.state() == QAbstractSocket::ConnectedState)
                m_socket.disconnectFromHost();
        });
        timer->start(bound.maxMs);
    }
    drain();
}

} // namespace gc::server
