#include "faultproxy.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <optional>

namespace gc::test {

struct FaultProxy::Link {
    QTcpSocket *client = nullptr;
    QTcpSocket *server = nullptr;
    bool awaitingRequest = true; // the next bytes from the client start a request
    QByteArray requestLine;
    std::optional<Rule> fault;   // this answer's, if any
    QByteArray answer;           // the current answer as the server sent it so far
    qint64 answerLength = -1;    // head plus body, once the head is in
    qint64 passed = 0;           // bytes of it passed on to the client
    bool closed = false;
};

FaultProxy::FaultProxy(quint16 upstreamPort) : m_upstream(upstreamPort)
{
    m_listener.listen(QHostAddress::LocalHost, 0);
    connect(&m_listener, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    for (auto &l : m_links) {
        if (!l->closed)
            close(*l);
    }
}

QString FaultProxy::url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_listener.serverPort()); }

void FaultProxy::fail(const QByteArray &match, Fault fault, int times, int bodyBytes) { m_rules.push_back({match, fault, times, bodyBytes}); }

void FaultProxy::accept()
{
    while (QTcpSocket *c = m_listener.nextPendingConnection()) {
        auto link = std::make_unique<Link>();
        Link &l = *link;
        l.client = c;
        l.server = new QTcpSocket(this);
        c->setParent(this);
        connect(c, &QTcpSocket::readyRead, this, [this, &l] { fromClient(l); });
        connect(c, &QTcpSocket::disconnected, this, [this, &l] { close(l); });
        connect(l.server, &QTcpSocket::readyRead, this, [this, &l] { fromServer(l); });
        connect(l.server, &QTcpSocket::disconnected, this, [this, &l] { close(l); });
        l.server->connectToHost(QHostAddress::LocalHost, m_upstream);
        m_links.push_back(std::move(link));
    }
}

void FaultProxy::fromClient(Link &l)
{
    const QByteArray data = l.client->readAll();
    if (l.awaitingRequest) {
        l.requestLine += data;
        const qsizetype eol = l.requestLine.indexOf("\r\n");
        if (eol >= 0) {
            l.requestLine.truncate(eol);
            l.awaitingRequest = false;
            l.fault.reset();
            for (Rule &r : m_rules) {
                if (r.times > 0 && l.requestLine.contains(r.match)) {
                    --r.times;
                    l.fault = r;
                    break;
                }
            }
        }
    }
    l.server->write(data); // buffered until the server connection is up
}

void FaultProxy::fromServer(Link &l)
{
    l.answer += l.server->readAll();
    if (l.answerLength < 0) {
        const qsizetype headEnd = l.answer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = l.answer.left(headEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qint64 body = at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        l.answerLength = headEnd + 4 + body;
        l.passed = 0;
        if (l.fault && l.fault->fault == Fault::CutBody)
            l.answerLength = std::min(l.answerLength, qint64(headEnd + 4 + l.fault->bodyBytes));
    }
    const bool whole = l.answer.size() >= l.answerLength;
    if (!l.fault || l.fault->fault == Fault::CutBody) {
        const qint64 upTo = std::min(qint64(l.answer.size()), l.answerLength);
        l.client->write(l.answer.mid(l.passed, upTo - l.passed));
        l.passed = upTo;
    }
    if (!whole)
        return;
    if (l.fault) { // what the client got so far is all it gets: the connection ends under the answer
        ++m_done;
        close(l);
        return;
    }
    l.answer.remove(0, l.answerLength);
    l.answerLength = -1;
    l.awaitingRequest = true;
    l.requestLine.clear();
}

void FaultProxy::close(Link &l)
{
    if (l.closed)
        return;
    l.closed = true;
    // Gracefully, after what was written: the client sees the end of the stream, not a lost packet.
    l.client->disconnectFromHost();
    l.server->disconnectFromHost();
}

} // namespace gc::test
