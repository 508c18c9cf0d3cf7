#include "requestguard.h"
#include "text.h"

#include "apiservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace gc::server {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 401: return "Unauthorized";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Refused";
    }
}

// What the API answers; CONNECT and the like would turn the rest of the stream into something else.
const QList<QByteArray> kMethods{"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"};

// RFC 9110 §5.6.2.
bool isToken(const QByteArray &s)
{
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c);
    });
}

// Printable ASCII and obs-text, nothing else (no space, no control byte).
bool isVisible(const QByteArray &s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return uchar(c) > 0x20 && uchar(c) != 0x7f; });
}

// RFC 9110 §5.5: visible characters, obs-text, and SP or HTAB between them.
bool isFieldValue(const QByteArray &s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || (uchar(c) > 0x20 && uchar(c) != 0x7f); });
}

// Optional whitespace around a value is SP and HTAB only.
QByteArray trimOws(const QByteArray &v)
{
    qsizetype b = 0, e = v.size();
    while (b < e && (v[b] == ' ' || v[b] == '\t'))
        ++b;
    while (e > b && (v[e - 1] == ' ' || v[e - 1] == '\t'))
        --e;
    return v.mid(b, e - b);
}

} // namespace

void RequestGuard::attach(QTcpSocket &socket, ApiService &api, Offload offload)
{
    auto *guard = new RequestGuard(socket, api, std::move(offload));
    QObject::connect(&socket, &QTcpSocket::readyRead, guard, &RequestGuard::inspect);
    if (socket.bytesAvailable() > 0) // bytes that came with the handshake, before anyone listened
        guard->inspect();
}

namespace {
std::atomic<qint64> g_bodiesInFlight{0};
}

RequestGuard::RequestGuard(QTcpSocket &socket, ApiService &api, Offload offload)
    : QObject(&socket), m_socket(socket), m_api(api), m_offload(std::move(offload)), m_framer(api.limits().maxHeadBytes)
{
}

RequestGuard::~RequestGuard() { release(); }

qint64 RequestGuard::bodiesInFlight() { return g_bodiesInFlight.load(); }

void RequestGuard::release()
{
    if (m_reserved > 0)
        g_bodiesInFlight.fetch_sub(m_reserved);
    m_reserved = 0;
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
    if (m_reserved > 0 && m_received >= m_reservedUntil)
        release(); // the large body is in: Qt hands it to its handler
}

void RequestGuard::drain()
{
    m_received += m_socket.skip(m_socket.bytesAvailable());
    if (m_received >= m_drainUntil && m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.disconnectFromHost();
}

RequestHead RequestGuard::parseHead(const QByteArray &head, bool tooLarge)
{
    RequestHead h;
    h.headTooLarge = tooLarge;
    auto bad = [&h](const QString &why) {
        if (h.malformed.isEmpty())
            h.malformed = why;
    };
    QList<QByteArray> lines = head.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        if (n + 1 < lines.size() && !lines[n].endsWith('\r'))
            bad(QStringLiteral("a line ends with LF alone, not CRLF"));
        if (lines[n].endsWith('\r') && n + 1 < lines.size())
            lines[n].chop(1);
        if (lines[n].contains('\r'))
            bad(QStringLiteral("a CR stands alone inside a line"));
    }
    const QByteArray &requestLine = lines.value(0);
    const QList<QByteArray> parts = requestLine.split(' ');
    h.request.method = parts.value(0);
    const QByteArray target = parts.value(1);
    h.request.path = QString::fromLatin1(target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')));
    if (parts.size() != 3 || !kMethods.contains(h.request.method) || !target.startsWith('/') || !isVisible(target)
        || (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0"))
        bad(QStringLiteral("the request line is not 'METHOD /path HTTP/1.1'"));
    std::optional<qint64> length;
    bool authorization = false;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray &line = lines[n];
        if (line.isEmpty()) {
            if (n + 1 < lines.size())
                bad(QStringLiteral("an empty line inside the head"));
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            bad(QStringLiteral("a header line begins with a space or tab (obs-fold, RFC 9112 §5.2)"));
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(std::max<qsizetype>(colon, 0));
        if (colon <= 0 || !isToken(name)) {
            bad(QStringLiteral("a header name holds a space or another character no token may hold, or has no colon "
                               "(RFC 9112 §5.1): '%1'").arg(QString::fromLatin1(line.left(40))));
            continue;
        }
        const QByteArray value = trimOws(line.mid(colon + 1));
        if (!isFieldValue(value))
            bad(QStringLiteral("the value of '%1' holds a control character").arg(QString::fromLatin1(name.left(40))));
        const QByteArray lower = name.toLower();
        if (lower == "authorization") {
            if (authorization)
                bad(QStringLiteral("Authorization twice"));
            authorization = true;
            h.request.authorization = value;
        } else if (lower == "transfer-encoding") {
            h.chunked = true;
        } else if (lower == "upgrade") {
            bad(QStringLiteral("Upgrade is not spoken here"));
        } else if (lower == "content-length") {
            if (length)
                bad(QStringLiteral("Content-Length twice"));
            const bool digits = !value.isEmpty() && value.size() <= 18
                                && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits)
                bad(QStringLiteral("Content-Length is not a whole number: '%1'").arg(QString::fromLatin1(value.left(40))));
            length = digits ? value.toLongLong() : 0;
        }
    }
    if (h.chunked && length)
        bad(QStringLiteral("Transfer-Encoding together with Content-Length (RFC 9112 §6.3)"));
    h.contentLength = length.value_or(0);
    return h;
}

std::optional<qint64> RequestGuard::decide(const QByteArray &head, bool tooLarge, qint64 bodyStart)
{
    RequestHead h = parseHead(head, tooLarge);
    h.request.remote = m_socket.peerAddress().toString();
    // Where in the stream this request's body ends; unknown when its length is.
    const qint64 bodyEnd = tooLarge || h.chunked || !h.malformed.isEmpty() ? -1 : bodyStart + h.contentLength;
    const Admission a = m_api.admit(h);
    if (a.refusal) {
        refuse(*a.refusal, bodyEnd);
        return std::nullopt;
    }
    // A large body takes its share of what all connections may be receiving at once.
    release(); // the previous request's body on this connection is in
    const ApiLimits &limits = m_api.limits();
    // (One over every cap is left to its 413, which names the cap.)
    if (h.contentLength > limits.maxAnonymousBody && h.contentLength <= std::max(limits.maxEventsBody, limits.maxPhotoChunkBody) && bodyEnd >= 0) {
        if (g_bodiesInFlight.fetch_add(h.contentLength) + h.contentLength > limits.maxBodiesInFlight) {
            g_bodiesInFlight.fetch_sub(h.contentLength);
            ApiResponse busy;
            busy.status = 503;
            busy.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("busy")},
                                                  {QStringLiteral("message"),
                                                   gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the server is receiving other large requests; send it again shortly")), gc::Lang::Both)}})
                            .toJson(QJsonDocument::Compact);
            busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("5")));
            refuse(busy, bodyEnd);
            return std::nullopt;
        }
        m_reserved = h.contentLength;
        m_reservedUntil = bodyEnd;
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
    release();
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
