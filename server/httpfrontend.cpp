#include "httpfrontend.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>

namespace gc::server {

namespace {
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
} // namespace

HttpFrontend::HttpFrontend(ApiService &api) : m_api(api), m_http(std::make_unique<QHttpServer>())
{
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
        ApiResponse a = m_api.handle(r);
        QHttpServerResponse resp(a.contentType, a.body, static_cast<QHttpServerResponder::StatusCode>(a.status));
        for (const auto &[k, v] : a.headers)
            resp.addHeader(k, v);
        resp.write(std::move(responder));
    });
}

HttpFrontend::~HttpFrontend() = default;

Result<quint16> HttpFrontend::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0)
        return makeError(QStringLiteral("listen"),
                         QStringLiteral("%1:%2에서 기다릴 수 없습니다(포트 사용 중?) / cannot listen on %1:%2 (port in use?)")
                             .arg(address.toString())
                             .arg(port));
    return bound;
}

} // namespace gc::server
