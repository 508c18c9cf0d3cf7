#include "httpfrontend.h"
#include "text.h"

#include "requestguard.h"

#include <QFile>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>

namespace gc::server {

namespace {

// A listening socket that puts a RequestGuard on each connection before Qt HttpServer takes it
// (Qt connects its own readyRead handler right after nextPendingConnection returns).
template <class Base>
class GuardedServer final : public Base {
public:
    GuardedServer(ApiService &api, RequestGuard::Offload offload) : m_api(api), m_offload(std::move(offload)) {}
    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket)
            RequestGuard::attach(*socket, m_api, m_offload);
        return socket;
    }

private:
    ApiService &m_api;
    RequestGuard::Offload m_offload;
};

Result<QByteArray> readPem(const QString &file, const gc::Text &what)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Tls, gc::tx("%1: %2", file, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot read the %2 file: %3"), file, what, f.errorString())));
    return f.readAll();
}
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

void send(const ApiResponse &a, QHttpServerResponder &&responder)
{
    QHttpServerResponse resp(a.contentType, a.body, static_cast<QHttpServerResponder::StatusCode>(a.status));
    for (const auto &[k, v] : a.headers)
        resp.addHeader(k, v);
    resp.write(std::move(responder));
}
} // namespace

// The QPointer is made here, on the socket's thread, while the socket surely exists: a worker that
// made one from the raw pointer could do so just after a client's hang-up had deleted the socket,
// which crashed the server whenever a tablet died during its login's password check.
struct HttpFrontend::Pending {
    explicit Pending(QHttpServerResponder &&r) : responder(std::move(r)), socket(responder.socket()) {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
};

HttpFrontend::HttpFrontend(ApiService &api, QThreadPool *hashPool)
    : m_api(api), m_ownPool(hashPool ? nullptr : std::make_unique<QThreadPool>()),
      m_hashPool(hashPool ? hashPool : m_ownPool.get()), m_context(std::make_unique<QObject>()),
      m_refusalNudge(std::make_unique<QTimer>()), m_http(std::make_unique<QHttpServer>())
{
    m_workers.setMaxThreadCount(std::max(1, api.pool().size())); // a thread never waits for a connection
    m_workers.setExpiryTimeout(-1);                              // nor is started again under load
    // A full batch of refusals held on this thread is written by a worker.
    m_api.setOffload([this](std::function<void()> job) { m_workers.start(std::move(job)); });
    // Held refusals are written after a quiet moment even when no request comes to write them.
    m_refusalNudge->setInterval(RefusalLogPolicy{}.quietMs);
    m_refusalNudge->callOnTimeout([this] { m_workers.start([this] { m_api.flushQuietRefusals(); }); });
    m_refusalNudge->start();
    // No routes: every request reaches ApiService, which matches paths itself.
    m_http->setMissingHandler([this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        ApiRequest r;
        r.method = methodName(req.method());
        r.path = req.url().path(QUrl::FullyEncoded);
        r.query = req.query();
        r.body = req.body();
        r.remote = req.remoteAddress().toString();
        for (const auto &[k, v] : req.headers()) {
            if (k.compare("authorization", Qt::CaseInsensitive) == 0)
                r.authorization = v;
        }
        // The responder outlives this handler (Qt 6.4's only keeps the socket and an unused request
        // reference); the socket may not, if the client hangs up meanwhile.
        auto held = std::make_shared<Pending>(std::move(responder));
        auto go = [this, r = std::move(r), held]() mutable {
            if (ApiService::isLogin(r)) {
                m_workers.start([this, r, held]() mutable { login(r, std::move(held)); });
                return;
            }
            m_workers.start([this, r, held]() mutable { answer(m_api.handle(r), std::move(held)); });
        };
        if (RequestGuard *guard = held->socket ? RequestGuard::of(*held->socket) : nullptr)
            guard->whenAdmitted(std::move(go));
        else
            go();
    });
}

HttpFrontend::~HttpFrontend()
{
    m_refusalNudge->stop();
    // Work still running posts back to m_context: let it end while it exists; what it posts is
    // dropped with it (the client of a request cut short this way sends it again).
    m_workers.waitForDone();
    m_hashPool->waitForDone();
    m_api.setOffload({});
}

void HttpFrontend::answer(ApiResponse response, std::shared_ptr<Pending> pending)
{
    // This worker lets go of the responder: it is written and destroyed on the socket's thread.
    QMetaObject::invokeMethod(
        m_context.get(),
        [a = std::move(response), held = std::move(pending)]() {
            if (held->socket && held->socket->isOpen())
                send(a, std::move(held->responder));
        },
        Qt::QueuedConnection);
}

void HttpFrontend::login(const ApiRequest &request, std::shared_ptr<Pending> responder)
{
    auto attempt = std::make_shared<LoginAttempt>(m_api.beginLogin(request));
    if (attempt->answer) {
        answer(*attempt->answer, std::move(responder));
        return;
    }
    ++m_loginsInFlight;
    m_hashPool->start([this, attempt, held = std::move(responder)]() mutable {
        const bool ok = attempt->checkPassword();
        ApiResponse a = m_api.finishLogin(*attempt, ok); // a session is stored even if the client left
        --m_loginsInFlight;
        answer(std::move(a), std::move(held));
    });
}

VoidResult HttpFrontend::useTls(const QString &certificateFile, const QString &keyFile)
{
    auto certPem = readPem(certificateFile, gc::tx(QT_TRANSLATE_NOOP("gc", "certificate")));
    if (!certPem)
        return certPem.error();
    auto keyPem = readPem(keyFile, gc::tx(QT_TRANSLATE_NOOP("gc", "private key")));
    if (!keyPem)
        return keyPem.error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
    if (chain.isEmpty())
        return makeError(ErrorCode::Tls, gc::tx("%1: %2", certificateFile, gc::tx(QT_TRANSLATE_NOOP("gc", "no PEM certificate in this file"), certificateFile)));
    QSslKey key;
    for (const auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(*keyPem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return makeError(ErrorCode::Tls,
                         gc::tx("%1: %2", keyFile, gc::tx(QT_TRANSLATE_NOOP("gc", "not an unencrypted PEM private key (RSA, EC)"), keyFile)));
    auto config = std::make_unique<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
    config->setLocalCertificateChain(chain);
    config->setPrivateKey(key);
    config->setProtocol(QSsl::TlsV1_2OrLater);
    config->setPeerVerifyMode(QSslSocket::VerifyNone); // tablets prove who they are with a token, not a certificate
    m_tls = std::move(config);
    return Ok{};
}

Result<quint16> HttpFrontend::listen(const QHostAddress &address, quint16 port)
{
    const RequestGuard::Offload offload = [this](std::function<std::function<void()>()> job) {
        m_workers.start([this, job = std::move(job)] { QMetaObject::invokeMethod(m_context.get(), job(), Qt::QueuedConnection); });
    };
    std::unique_ptr<QTcpServer> server;
    if (m_tls) {
        auto ssl = std::make_unique<GuardedServer<QSslServer>>(m_api, offload);
        ssl->setSslConfiguration(*m_tls);
        server = std::move(ssl);
    } else {
        server = std::make_unique<GuardedServer<QTcpServer>>(m_api, offload);
    }
    if (!server->listen(address, port))
        return makeError(ErrorCode::Listen,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "cannot listen on %1:%2 (port in use?): %3"), address.toString(), port, server->errorString()));
    const quint16 bound = server->serverPort();
    server->setParent(m_http.get()); // the HTTP server owns it from here
    m_http->bind(server.release());
    return bound;
}

} // namespace gc::server
