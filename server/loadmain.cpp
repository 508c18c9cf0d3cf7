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
#include "log/eventjson.h"
#include "log/hybridclock.h"

#include <QCommandLineParser>
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
                     qPrintable(unknown.isEmpty() ? QStringLiteral("옵션이 잘못되었습니다 / bad option: %1").arg(p.errorText())
                                                  : QStringLiteral("알 수 없는 옵션 / unknown option: --%1").arg(unknown.first())),
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
    const QByteArray loginBody = QJsonDocument(QJsonObject{{QStringLiteral("user"), o.user}, {QStringLiteral("password"), password}})
                                     .toJson(QJsonDocument::Compact);
    const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);

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
            cl.bodies.push_back(QJsonDocument(QJsonObject{{QStringLiteral("device"), device}, {QStringLiteral("base_cursor"), 0},
                                                          {QStringLiteral("events"), batch}})
                                    .toJson(QJsonDocument::Compact));
        }
    }

    std::vector<double> latencies;
    latencies.reserve(clients.size() * clients.front().bodies.size());
    int failures = 0, loggedIn = 0, finished = 0;
    qint64 acknowledged = 0, added = 0;
    double loginSeconds = 0, pushCpu0 = 0, serverCpu0 = 0, postgresCpu0 = 0;
    QElapsedTimer wall, pushWall;
    QTimer::singleShot(qint64(o.timeoutS) * 1000, &app, [&] {
        std::fprintf(stderr, "timed out after %d s\n", o.timeoutS);
        failures += o.clients - finished;
        app.exit(1);
    });

    // Offered load: client c's k-th push is due at (c / clients + k) intervals after the start, so
    // the clients' pushes interleave evenly and together carry `rate` events a second.
    const double intervalNs = o.rate > 0 ? double(o.clients) * o.batch / o.rate * 1e9 : 0;
    std::function<void(Client &)> pushNext = [&](Client &cl) {
        if (cl.next == cl.bodies.size()) {
            if (++finished == o.clients)
                app.quit();
            return;
        }
        const qint64 now = pushWall.nsecsElapsed();
        cl.sentNs = now;
        if (o.rate > 0) {
            // The resent first batch (a retry) is sent as soon as it may and not timed: no slot of its own.
            const qint64 due = qint64(intervalNs * (double(cl.index) / o.clients + double(cl.next)));
            if (due > now) {
                QTimer::singleShot(int((due - now + 999'999) / 1'000'000), Qt::PreciseTimer, &app, [&] { pushNext(cl); });
                return;
            }
            cl.sentNs = due; // late because the last reply was: the wait is part of this push's latency
        }
        cl.connection->send("POST", QStringLiteral("/api/v1/events"), cl.token, cl.bodies[cl.next], [&](const Reply &r) {
            const double ms = double(pushWall.nsecsElapsed() - cl.sentNs) / 1e6;
            const QJsonObject res = QJsonDocument::fromJson(r.body).object();
            if (cl.next == 0 && cl.resent) { // a retry of an acknowledged batch must change nothing
                if (r.status != 200 || res.value(QStringLiteral("added")).toInt() != 0)
                    ++failures;
                ++cl.next;
            } else if (r.status != 200) {
                ++failures;
                std::fprintf(stderr, "HTTP %d %s\n", r.status, r.body.left(200).constData());
                ++cl.next;
            } else {
                latencies.push_back(ms);
                acknowledged += res.value(QStringLiteral("acknowledged")).toArray().size();
                added += res.value(QStringLiteral("added")).toInt();
                if (cl.next == 0)
                    cl.resent = true;
                else
                    ++cl.next;
            }
            pushNext(cl);
        });
    };
    auto allLoggedIn = [&] {
        // Pushes start together once every login came back: crews starting the morning together.
        loginSeconds = double(wall.nsecsElapsed()) / 1e9;
        pushWall.start();
        pushCpu0 = cpuSeconds();
        serverCpu0 = cpuSecondsOf(o.serverPids);
        postgresCpu0 = cpuSecondsOf(o.postgresPids);
        for (Client &cl : clients) {
            if (cl.token.isEmpty()) {
                cl.next = cl.bodies.size();
                ++failures;
            }
            pushNext(cl);
        }
    };
    std::function<void(Client &)> login = [&](Client &cl) {
        cl.connection->send("POST", QStringLiteral("/api/v1/login"), {}, loginBody, [&](const Reply &r) {
            // Logins in progress count against the throttle (5 per name and address, 30 per address): a 429 waits
            // a moment and tries again.
            if (r.status == 429) {
                QTimer::singleShot(100, &app, [&] { login(cl); });
                return;
            }
            if (r.status == 200)
                cl.token = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("token")).toString().toLatin1();
            else
                std::fprintf(stderr, "login HTTP %d %s\n", r.status, r.body.left(200).constData());
            if (++loggedIn == o.clients)
                allLoggedIn();
        });
    };
    wall.start();
    for (Client &cl : clients)
        login(cl);
    const int code = app.exec();
    const double pushSeconds = std::max(1e-9, double(pushWall.nsecsElapsed()) / 1e9);
    const double generatorCpu = cpuSeconds() - pushCpu0;
    const double serverCpu = cpuSecondsOf(o.serverPids) - serverCpu0;
    const double postgresCpu = cpuSecondsOf(o.postgresPids) - postgresCpu0;
    if (code != 0 && finished < o.clients)
        return 1;

    // Count what the server holds from this run: every event exactly once.
    QSet<QString> ids;
    qint64 dup = 0, cursor = 0;
    Connection check(o.servers.front());
    const QByteArray token = clients.front().token;
    for (bool more = true; more;) {
        Reply got;
        check.send("GET", QStringLiteral("/api/v1/events?after=%1&limit=5000").arg(cursor), token, {}, [&](const Reply &r) {
            got = r;
            app.quit();
        });
        app.exec();
        if (got.status != 200) {
            std::fprintf(stderr, "pull failed: HTTP %d\n", got.status);
            return 2;
        }
        const QJsonObject page = QJsonDocument::fromJson(got.body).object();
        for (const auto &v : page.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            if (!e.value(QStringLiteral("device")).toString().startsWith(QStringLiteral("load-%1-").arg(run)))
                continue;
            const QString id = e.value(QStringLiteral("id")).toString();
            if (ids.contains(id))
                ++dup;
            ids.insert(id);
        }
        cursor = qint64(page.value(QStringLiteral("cursor")).toDouble());
        more = page.value(QStringLiteral("more")).toBool();
    }
    const qint64 expected = qint64(o.clients) * o.events;
    std::printf("{\"servers\": %zu, \"clients\": %d, \"events_per_client\": %d, \"batch\": %d, \"requests\": %zu, \"push_seconds\": %.2f, "
                "\"events_per_s\": %.0f, \"logins_per_s\": %.1f, \"requests_per_s\": %.0f, \"p50_ms\": %.1f, \"p95_ms\": %.1f, \"p99_ms\": %.1f, "
                "\"acknowledged\": %lld, \"added\": %lld, \"stored\": %lld, \"duplicates\": %lld, \"failures\": %d, "
                "\"push_cpu_s\": {\"servers\": %.2f, \"postgres\": %.2f, \"generator\": %.2f}, \"offered_events_per_s\": %.0f}\n",
                o.servers.size(), o.clients, o.events, o.batch, latencies.size(), pushSeconds, double(expected) / pushSeconds,
                double(o.clients) / std::max(1e-9, loginSeconds), double(latencies.size()) / pushSeconds, percentile(latencies, 0.50),
                percentile(latencies, 0.95), percentile(latencies, 0.99), qlonglong(acknowledged), qlonglong(added),
                qlonglong(ids.size()), qlonglong(dup), failures, serverCpu, postgresCpu, generatorCpu, o.rate);
    std::fflush(stdout);
    const bool exact = ids.size() == expected && dup == 0 && failures == 0 && added == expected;
    if (!exact)
        std::fprintf(stderr, "FAIL: expected %lld events stored exactly once\n", qlonglong(expected));
    return exact ? 0 : 1;
}
