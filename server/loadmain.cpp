// goodcity-sync-load: N concurrent clients each push M events through the real HTTP API, then every
// event is checked to be stored exactly once. Bounded: it stops on its own after --timeout-s.
//
// The generator must not be what it measures: every client is one keep-alive connection driven by
// one event loop (no thread per client), every request body is built before the clock starts, and a
// reply is read by its Content-Length without an HTTP library in between. Its own CPU time is
// reported, so a run can show whether the server, PostgreSQL or the generator held the cores.
//
// Closed loop by default (each client sends its next push as soon as the last came back: the
// saturated figures). With --rate EVENTS_PER_S the load is offered instead: the clients together
// send that many events a second, each client's pushes spaced evenly on a schedule fixed in advance,
// and a push's latency counts from when the schedule said to send it, so time spent waiting behind
// a slow earlier reply counts too (no coordinated omission).
#include <QCommandLineParser>
#include "text.h"
#include "model/eventjson.h"
#include "store/hybridclock.h"
#include "syncmessages.h"
#include "syncprotocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace {

struct LoadOptions {
    std::vector<QUrl> servers; // client c talks to servers[c % n]: processes over one store
    QString user;
    int clients = 100;
    int events = 100;
    int batch = 10;
    int timeoutS = 600;
    double rate = 0; // events a second offered by all clients together; 0: closed loop
    // Processes whose CPU time over the push phase is reported (the servers, PostgreSQL's).
    std::vector<qint64> serverPids, postgresPids;
};

struct Reply {
    int status = 0;
    QByteArray body;
};

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU seconds (user + system) of these processes and the children they reaped, from /proc.
double cpuSecondsOf(const std::vector<qint64> &pids)
{
    double total = 0;
    for (qint64 pid : pids) {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        for (int i = 11; i < 15 && i < fields.size(); ++i) // utime stime cutime cstime
            total += double(fields[i].toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    return total;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

// One keep-alive HTTP/1.1 connection: one request at a time, the reply framed by Content-Length.
class Connection {
public:
    explicit Connection(const QUrl &server) : m_server(server)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { fail(); });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, [this] { fail(); });
    }
    void send(const QByteArray &method, const QString &path, const QByteArray &token, const QByteArray &body,
              std::function<void(const Reply &)> done)
    {
        m_done = std::move(done);
        m_in.clear();
        QByteArray req = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: " + m_server.host().toUtf8()
                         + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (!token.isEmpty())
            req += "Authorization: Bearer " + token + "\r\n";
        req += "\r\n" + body;
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_pending = req;
            QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] { m_socket.write(m_pending); },
                             Qt::SingleShotConnection);
            m_socket.connectToHost(m_server.host(), quint16(m_server.port()));
        } else {
            m_socket.write(req);
        }
    }

private:
    void read()
    {
        m_in += m_socket.readAll();
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0 || !m_done)
            return;
        const QByteArray head = m_in.left(end).toLower();
        const qsizetype cl = head.indexOf("content-length:");
        const qint64 length = cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
        if (m_in.size() < end + 4 + length)
            return;
        Reply r{m_in.mid(9, 3).toInt(), m_in.mid(end + 4, length)};
        m_in.remove(0, end + 4 + length);
        finish(r);
    }
    void fail()
    {
        if (m_done)
            finish(Reply{0, m_socket.errorString().toUtf8()});
    }
    void finish(const Reply &r)
    {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(r);
    }

    QUrl m_server;
    QTcpSocket m_socket;
    QByteArray m_in, m_pending;
    std::function<void(const Reply &)> m_done;
};

struct Client {
    std::unique_ptr<Connection> connection;
    QByteArray token;
    std::vector<QByteArray> bodies; // every push, built before the clock starts
    size_t next = 0;
    bool resent = false; // the first batch is sent twice: the second time must add nothing
    int index = 0;
    qint64 sentNs = 0;   // on the run's clock: when this push was sent, or (offered load) was due
};

// Every client's pushes, built before the clock starts: `events` asset.updated events each, in
// batches of `batch`, from a device of its own.
std::vector<Client> makeClients(const LoadOptions &o, const QString &run)
{
    std::vector<Client> clients(size_t(o.clients));
    for (int c = 0; c < o.clients; ++c) {
        Client &cl = clients[size_t(c)];
        cl.index = c;
        cl.connection = std::make_unique<Connection>(o.servers[size_t(c) % o.servers.size()]);
        const QString device = QStringLiteral("load-%1-%2").arg(run).arg(c);
        gc::core::HybridClock clock(device);
        for (int first = 0; first < o.events; first += o.batch) {
            QJsonArray batch;
            for (int i = first; i < std::min(o.events, first + o.batch); ++i)
                batch.append(gc::core::eventjson::toJson(gc::core::Event{
                    QUuid::createUuid().toString(QUuid::WithoutBraces), clock.now(), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                    o.user, device, QStringLiteral("asset.updated"), QUuid::createUuid().toString(QUuid::WithoutBraces),
                    QJsonObject{{QStringLiteral("notes"), QStringLiteral("load %1/%2").arg(c).arg(i)}}}));
            cl.bodies.push_back(gc::syncproto::compact(gc::syncproto::PushRequest{device, 0, batch}.toJson()));
        }
    }
    return clients;
}

// What the server holds from this run: each event's id, and how many came back more than once.
struct Stored {
    QSet<QString> ids;
    qint64 duplicates = 0;
};

std::optional<Stored> countStored(QCoreApplication &app, const QUrl &server, const QByteArray &token, const QString &run)
{
    Stored out;
    qint64 cursor = 0;
    Connection check(server);
    for (bool more = true; more;) {
        Reply got;
        const QString path = gc::syncproto::absolutePath(gc::syncproto::endpoint::Events)
                             + QStringLiteral("?%1=%2&%3=5000").arg(gc::syncproto::query::After).arg(cursor).arg(gc::syncproto::query::Limit);
        check.send("GET", path, token, {}, [&](const Reply &r) {
            got = r;
            app.quit();
        });
        app.exec();
        const auto page = gc::syncproto::parse<gc::syncproto::PullReply>(got.body);
        if (got.status != 200 || !page) {
            std::fprintf(stderr, "pull failed: HTTP %d %s\n", got.status, page ? "" : qPrintable(page.error().message(gc::Lang::English)));
            return std::nullopt;
        }
        for (const auto &v : page->events) {
            const QJsonObject e = v.toObject();
            if (!e.value(QStringLiteral("device")).toString().startsWith(QStringLiteral("load-%1-").arg(run)))
                continue;
            const QString id = e.value(QStringLiteral("id")).toString();
            if (out.ids.contains(id))
                ++out.duplicates;
            out.ids.insert(id);
        }
        cursor = page->cursor;
        more = page->more;
    }
    return out;
}

// One load run: every client logs in, then all push together, on the application's event loop.
class LoadRun {
public:
    LoadRun(QCoreApplication &app, const LoadOptions &o, std::vector<Client> clients, QByteArray loginBody)
        : m_app(app), m_o(o), m_clients(std::move(clients)), m_loginBody(std::move(loginBody)),
          // Offered load: client c's k-th push is due at (c / clients + k) intervals after the start, so
          // the clients' pushes interleave evenly and together carry `rate` events a second.
          m_intervalNs(o.rate > 0 ? double(o.clients) * o.batch / o.rate * 1e9 : 0)
    {
        m_latencies.reserve(m_clients.size() * m_clients.front().bodies.size());
    }

    // Runs until every client is done or the timeout; the application's exit code.
    int exec();
    int finished() const { return m_finished; }
    QByteArray firstToken() const { return m_clients.front().token; }
    // Prints the run's figures as one JSON line; true when every event was stored exactly once.
    bool report(const Stored &stored) const;

private:
    void login(Client &cl);
    void allLoggedIn();
    void pushNext(Client &cl);
    void pushed(Client &cl, const Reply &r);

    QCoreApplication &m_app;
    const LoadOptions &m_o;
    std::vector<Client> m_clients;
    const QByteArray m_loginBody;
    const double m_intervalNs;
    std::vector<double> m_latencies;
    int m_failures = 0, m_loggedIn = 0, m_finished = 0;
    qint64 m_acknowledged = 0, m_added = 0;
    double m_loginSeconds = 0, m_pushCpu0 = 0, m_serverCpu0 = 0, m_postgresCpu0 = 0;
    double m_pushSeconds = 0, m_generatorCpu = 0, m_serverCpu = 0, m_postgresCpu = 0;
    QElapsedTimer m_wall, m_pushWall;
};

int LoadRun::exec()
{
    QTimer::singleShot(qint64(m_o.timeoutS) * 1000, &m_app, [this] {
        std::fprintf(stderr, "timed out after %d s\n", m_o.timeoutS);
        m_failures += m_o.clients - m_finished;
        m_app.exit(1);
    });
    m_wall.start();
    for (Client &cl : m_clients)
        login(cl);
    const int code = m_app.exec();
    m_pushSeconds = std::max(1e-9, double(m_pushWall.nsecsElapsed()) / 1e9);
    m_generatorCpu = cpuSeconds() - m_pushCpu0;
    m_serverCpu = cpuSecondsOf(m_o.serverPids) - m_serverCpu0;
    m_postgresCpu = cpuSecondsOf(m_o.postgresPids) - m_postgresCpu0;
    return code;
}

void LoadRun::login(Client &cl)
{
    cl.connection->send("POST", gc::syncproto::absolutePath(gc::syncproto::endpoint::Login), {}, m_loginBody, [this, &cl](const Reply &r) {
        // Logins in progress count against the throttle (5 per name and address, 30 per address): a 429 waits
        // a moment and tries again.
        if (r.status == 429) {
            QTimer::singleShot(100, &m_app, [this, &cl] { login(cl); });
            return;
        }
        if (const auto reply = gc::syncproto::parse<gc::syncproto::LoginReply>(r.body); r.status == 200 && reply)
            cl.token = reply->token.toLatin1();
        else
            std::fprintf(stderr, "login HTTP %d %s\n", r.status, r.body.left(200).constData());
        if (++m_loggedIn == m_o.clients)
            allLoggedIn();
    });
}

void LoadRun::allLoggedIn()
{
    // Pushes start together once every login came back: crews starting the morning together.
    m_loginSeconds = double(m_wall.nsecsElapsed()) / 1e9;
    m_pushWall.start();
    m_pushCpu0 = cpuSeconds();
    m_serverCpu0 = cpuSecondsOf(m_o.serverPids);
    m_postgresCpu0 = cpuSecondsOf(m_o.postgresPids);
    for (Client &cl : m_clients) {
        if (cl.token.isEmpty()) {
            cl.next = cl.bodies.size();
            ++m_failures;
        }
        pushNext(cl);
    }
}

void LoadRun::pushNext(Client &cl)
{
    if (cl.next == cl.bodies.size()) {
        if (++m_finished == m_o.clients)
            m_app.quit();
        return;
    }
    const qint64 now = m_pushWall.nsecsElapsed();
    cl.sentNs = now;
    if (m_o.rate > 0) {
        // The resent first batch (a retry) is sent as soon as it may and not timed: no slot of its own.
        const qint64 due = qint64(m_intervalNs * (double(cl.index) / m_o.clients + double(cl.next)));
        if (due > now) {
            QTimer::singleShot(int((due - now + 999'999) / 1'000'000), Qt::PreciseTimer, &m_app, [this, &cl] { pushNext(cl); });
            return;
        }
        cl.sentNs = due; // late because the last reply was: the wait is part of this push's latency
    }
    cl.connection->send("POST", gc::syncproto::absolutePath(gc::syncproto::endpoint::Events), cl.token, cl.bodies[cl.next], [this, &cl](const Reply &r) { pushed(cl, r); });
}

void LoadRun::pushed(Client &cl, const Reply &r)
{
    const double ms = double(m_pushWall.nsecsElapsed() - cl.sentNs) / 1e6;
    const auto res = gc::syncproto::parse<gc::syncproto::PushReply>(r.body);
    if (cl.next == 0 && cl.resent) { // a retry of an acknowledged batch must change nothing
        if (r.status != 200 || !res || res->added != 0)
            ++m_failures;
        ++cl.next;
    } else if (r.status != 200 || !res) {
        ++m_failures;
        std::fprintf(stderr, "HTTP %d %s\n", r.status, r.body.left(200).constData());
        ++cl.next;
    } else {
        m_latencies.push_back(ms);
        m_acknowledged += res->acknowledged.size();
        m_added += res->added;
        if (cl.next == 0)
            cl.resent = true;
        else
            ++cl.next;
    }
    pushNext(cl);
}

bool LoadRun::report(const Stored &stored) const
{
    const qint64 expected = qint64(m_o.clients) * m_o.events;
    const double pushSeconds = m_pushSeconds;
    std::printf("{\"servers\": %zu, \"clients\": %d, \"events_per_client\": %d, \"batch\": %d, \"requests\": %zu, \"push_seconds\": %.2f, "
                "\"events_per_s\": %.0f, \"logins_per_s\": %.1f, \"requests_per_s\": %.0f, \"p50_ms\": %.1f, \"p95_ms\": %.1f, \"p99_ms\": %.1f, "
                "\"acknowledged\": %lld, \"added\": %lld, \"stored\": %lld, \"duplicates\": %lld, \"failures\": %d, "
                "\"push_cpu_s\": {\"servers\": %.2f, \"postgres\": %.2f, \"generator\": %.2f}, \"offered_events_per_s\": %.0f}\n",
                m_o.servers.size(), m_o.clients, m_o.events, m_o.batch, m_latencies.size(), pushSeconds, double(expected) / pushSeconds,
                double(m_o.clients) / std::max(1e-9, m_loginSeconds), double(m_latencies.size()) / pushSeconds, percentile(m_latencies, 0.50),
                percentile(m_latencies, 0.95), percentile(m_latencies, 0.99), qlonglong(m_acknowledged), qlonglong(m_added),
                qlonglong(stored.ids.size()), qlonglong(stored.duplicates), m_failures, m_serverCpu, m_postgresCpu, m_generatorCpu, m_o.rate);
    std::fflush(stdout);
    const bool exact = stored.ids.size() == expected && stored.duplicates == 0 && m_failures == 0 && m_added == expected;
    if (!exact)
        std::fprintf(stderr, "FAIL: expected %lld events stored exactly once\n", qlonglong(expected));
    return exact;
}

const char kUsage[] = "usage: goodcity-sync-load --server URL [--server URL2 …] --user NAME --password-stdin [--clients 100] [--events 100] "
                     "[--batch 10] [--rate EVENTS_PER_S] [--timeout-s 600] [--server-pid PID …] [--postgres-pid PID …]";

QList<QCommandLineOption> loadOptions()
{
    using O = QCommandLineOption;
    return {O(QStringLiteral("server"), QStringLiteral("a goodcity-server's URL; repeatable: client c talks to the (c mod n)-th"), QStringLiteral("URL")),
            O(QStringLiteral("user"), QStringLiteral("the user every client logs in as"), QStringLiteral("NAME")),
            O(QStringLiteral("password-stdin"), QStringLiteral("read the password from the first line of standard input")),
            O(QStringLiteral("clients"), QStringLiteral("concurrent clients (default 100)"), QStringLiteral("N"), QStringLiteral("100")),
            O(QStringLiteral("events"), QStringLiteral("events each client pushes (default 100)"), QStringLiteral("N"), QStringLiteral("100")),
            O(QStringLiteral("batch"), QStringLiteral("events per push (default 10)"), QStringLiteral("N"), QStringLiteral("10")),
            O(QStringLiteral("rate"), QStringLiteral("offered load, events a second over all clients (default 0: closed loop)"), QStringLiteral("EVENTS_PER_S"),
              QStringLiteral("0")),
            O(QStringLiteral("timeout-s"), QStringLiteral("stop after this many seconds (default 600)"), QStringLiteral("S"), QStringLiteral("600")),
            O(QStringLiteral("server-pid"), QStringLiteral("a server process whose CPU time is reported; repeatable"), QStringLiteral("PID")),
            O(QStringLiteral("postgres-pid"), QStringLiteral("a PostgreSQL process whose CPU time is reported; repeatable"), QStringLiteral("PID"))};
}

// The command line into `o`: -1 to go on, else the exit code (0 after --help, 2 on a bad option).
int parseOptions(const QStringList &args, LoadOptions *o)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("N concurrent clients push M events each through the real HTTP API; every event is then "
                                               "checked to be stored exactly once."));
    p.addOptions(loadOptions());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("show this help"));
    p.addOption(help);
    const bool parsed = p.parse(args);
    if (p.isSet(help)) {
        const QString qt = p.helpText();
        std::printf("%s\n%s", kUsage, qPrintable(qt.mid(qt.indexOf(QLatin1Char('\n')) + 1)));
        return 0;
    }
    if (!parsed) {
        const QStringList unknown = p.unknownOptionNames();
        std::fprintf(stderr, "%s\n%s\n",
                     qPrintable(unknown.isEmpty() ? gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "bad option: %1"), p.errorText()), gc::Lang::Both)
                                                  : gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "unknown option: --%1"), unknown.first()), gc::Lang::Both)),
                     kUsage);
        return 2;
    }
    for (const QString &s : p.values(QStringLiteral("server")))
        o->servers.emplace_back(s);
    o->user = p.value(QStringLiteral("user"));
    o->clients = p.value(QStringLiteral("clients")).toInt();
    o->events = p.value(QStringLiteral("events")).toInt();
    o->batch = p.value(QStringLiteral("batch")).toInt();
    o->timeoutS = p.value(QStringLiteral("timeout-s")).toInt();
    o->rate = p.value(QStringLiteral("rate")).toDouble();
    for (const QString &pid : p.values(QStringLiteral("server-pid")))
        o->serverPids.push_back(pid.toLongLong());
    for (const QString &pid : p.values(QStringLiteral("postgres-pid")))
        o->postgresPids.push_back(pid.toLongLong());
    if (o->servers.empty() || o->user.isEmpty() || !p.isSet(QStringLiteral("password-stdin")) || !p.positionalArguments().isEmpty()
        || o->clients < 1 || o->events < 1 || o->batch < 1 || o->rate < 0) {
        std::fprintf(stderr, "%s\n", kUsage);
        return 2;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    LoadOptions o;
    if (const int exit = parseOptions(app.arguments(), &o); exit >= 0)
        return exit;
    const QString password = QTextStream(stdin).readLine();
    const QByteArray loginBody = gc::syncproto::compact(gc::syncproto::LoginRequest{o.user, password}.toJson());
    const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    LoadRun load(app, o, makeClients(o, run), loginBody);
    const int code = load.exec();
    if (code != 0 && load.finished() < o.clients)
        return 1;
    const auto stored = countStored(app, o.servers.front(), load.firstToken(), run);
    if (!stored)
        return 2;
    return load.report(*stored) ? 0 : 1;
}
