#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include <memory>
#include <vector>

class QTcpSocket;

namespace gc::test {

// A TCP proxy in the test's own thread between a sync client and a server on 127.0.0.1, that breaks
// the answers to chosen requests the way a hostile network does (the outside tester's flaky proxy,
// made deterministic: a fault is counted in requests and bytes, never in time). HTTP/1.1 answers are
// framed by their Content-Length; one request at a time per connection, as Qt's client sends them.
class FaultProxy : public QObject {
public:
    enum class Fault {
        CutBody,    // the status line, the headers and `bodyBytes` of the body, then the connection closes
        DropAnswer, // the server answers in full (it did the work), the client gets nothing: closed
    };
    explicit FaultProxy(quint16 upstreamPort);
    ~FaultProxy() override;

    QString url() const; // http://127.0.0.1:PORT/
    // The next `times` requests whose request line contains `match` (e.g. "GET /api/v1/me") get `fault`.
    void fail(const QByteArray &match, Fault fault, int times = 1, int bodyBytes = 0);
    // How many answers it has broken so far.
    int faultsDone() const { return m_done; }

private:
    struct Rule {
        QByteArray match;
        Fault fault;
        int times;
        int bodyBytes;
    };
    struct Link;
    void accept();
    void fromClient(Link &l);
    void fromServer(Link &l);
    void close(Link &l);

    QTcpServer m_listener;
    quint16 m_upstream;
    std::vector<Rule> m_rules;
    std::vector<std::unique_ptr<Link>> m_links;
    int m_done = 0;
};

} // namespace gc::test
