#include "servercli.h"
#include "text.h"

#include "apiservice.h"
#include "store/assetstore.h"
#include "credentials.h"
#include "httpfrontend.h"
#include "photofiles/photostore.h"
#include "storepool.h"
#include "syncstore.h"
#include "sync/storeorigin.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <limits>

namespace gc::server {

namespace {

struct InitTuning {
    int batchEvents = 2000; // events per store transaction while loading an inventory
};

struct ServeTuning {
    // Requests served at once, each on a PostgreSQL connection of its own. Most of a request's time is
    // spent waiting (for PostgreSQL, for the disk to flush a commit), so more workers than cores keep
    // both busy, and pushes waiting for one commit are committed together (PushQueue) only as many at
    // a time as there are workers; two processes of 16 stay well below PostgreSQL's default 100
    // connections.
    int workers = 16;
    int maxWorkers = 64;
};

void err(const QString &s)
{
    std::fputs(qPrintable(s + QLatin1Char('\n')), stderr);
}
void out(const QString &s)
{
    std::fputs(qPrintable(s + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int usageError(const QString &usage)
{
    err(QStringLiteral("usage: goodcity-server %1").arg(usage));
    return 2;
}

// The loaded history is where every copy of FROM starts: the store counts it as seen by everyone, and
// FROM records the store and the cursor, so a tablet given a copy of it sends none of it back and
// pulls only what came after (core::StoreOrigin).
VoidResult recordOrigin(SyncStore &store, const QString &from)
{
    auto cursor = store.cursor();
    if (!cursor)
        return cursor.error();
    if (auto r = store.setBaselineCursor(*cursor); !r)
        return r;
    auto inv = core::AssetStore::open(from);
    if (!inv)
        return inv.error();
    return core::StoreOrigin::record(**inv, core::StoreOrigin{store.storeId(), *cursor});
}

int init(SyncStore &store, const QString &from)
{
    if (from.isEmpty()) {
        out(gc::render(gc::tx("%1: %2", store.describe(), gc::tx(QT_TRANSLATE_NOOP("gc", "created an empty store"), store.describe())), gc::Lang::Both));
        return 0;
    }
    auto inv = core::AssetStore::open(from, core::AssetStore::Access::ReadOnly);
    if (!inv) {
        err(inv.error().message());
        return 2;
    }
    auto events = (*inv)->events();
    if (!events) {
        err(events.error().message());
        return 1;
    }
    const InitTuning tuning;
    // Loading history is not concurrent editing: no base cursor below any stored event.
    const qint64 noConflicts = std::numeric_limits<qint64>::max();
    for (size_t i = 0; i < events->size(); i += tuning.batchEvents) {
        const auto end = std::min(events->size(), i + tuning.batchEvents);
        std::vector<core::Event> batch(events->begin() + qsizetype(i), events->begin() + qsizetype(end));
        if (auto r = store.push(batch, noConflicts); !r) {
            err(r.error().message());
            return 2;
        }
    }
    auto photos = (*inv)->photos();
    if (!photos) {
        err(photos.error().message());
        return 1;
    }
    const core::PhotoStore files((*inv)->photoDir());
    int copied = 0, missing = 0;
    for (const auto &p : *photos) {
        QFile f(files.pathFor(p.sha256));
        if (!f.open(QIODevice::ReadOnly)) {
            ++missing;
            continue;
        }
        const QByteArray bytes = f.readAll();
        if (auto r = store.putPhotoChunk(p.sha256, 0, bytes.size(), bytes); !r) {
            err(r.error().message());
            return 1;
        }
        ++copied;
    }
    if (auto r = recordOrigin(store, from); !r) {
        err(r.error().message());
        return 1;
    }
    out(gc::render(gc::tx("%1: %2", store.describe(), gc::tx(QT_TRANSLATE_NOOP("gc", "loaded %3 events and %4 photos from %2"), store.describe(), from, events->size(), copied)), gc::Lang::Both));
    if (missing > 0)
        err(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%1 photo files are missing"), missing), gc::Lang::Both));
    return missing > 0 ? 1 : 0;
}

QString readPassword()
{
    QTextStream in(stdin);
    return in.readLine();
}

const char kUserAddUsage[] = "--store STORE user add NAME --role admin|office|crew|department [--department D] --password-stdin";

int userAdd(AccountStore &store, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments().mid(2);
    const QString roleText = p.value(QStringLiteral("role"));
    const QString dept = p.value(QStringLiteral("department"));
    const bool stdinPw = p.isSet(QStringLiteral("password-stdin"));
    if (args.size() != 1 || roleText.isEmpty() || !stdinPw)
        return usageError(QString::fromUtf8(kUserAddUsage));
    const auto role = roleFromName(roleText);
    if (!role) {
        err(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "one of admin, office, crew, department, not '%1'"), roleText), gc::Lang::Both));
        return 2;
    }
    if (*role == Role::Department && dept.isEmpty()) {
        err(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the department role needs --department")), gc::Lang::Both));
        return 2;
    }
    const QString name = args.first();
    if (name.isEmpty() || name.size() > 64 || name.contains(QLatin1Char(' '))) {
        err(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "a user name has no spaces and at most 64 characters")), gc::Lang::Both));
        return 2;
    }
    auto hash = Credentials::hashPassword(readPassword());
    if (!hash) {
        err(hash.error().message());
        return 2;
    }
    if (auto r = store.addUser(User{name, *role, dept, *hash}); !r) {
        err(r.error().message());
        return 1;
    }
    out(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "added user %1 (%2)"), name, roleText), gc::Lang::Both));
    return 0;
}

// user passwd | disable | revoke NAME: what the office does when a tablet is lost or a password leaked.
int userChange(AccountStore &store, const QString &action, const QCommandLineParser &p, const QString &usage)
{
    const QStringList args = p.positionalArguments().mid(2);
    const bool stdinPw = action == QLatin1String("passwd") && p.isSet(QStringLiteral("password-stdin"));
    if (args.size() != 1 || (action == QLatin1String("passwd")) != stdinPw)
        return usageError(usage);
    const QString name = args.first();
    Result<bool> found = false;
    int ended = 0;
    if (action == QLatin1String("passwd")) {
        auto hash = Credentials::hashPassword(readPassword());
        if (!hash) {
            err(hash.error().message());
            return 2;
        }
        found = store.setPassword(name, *hash);
    } else if (action == QLatin1String("disable")) {
        found = store.disableUser(name);
    } else {
        auto u = store.user(name);
        if (u && *u) {
            auto n = store.endSessions(name);
            found = n ? Result<bool>(true) : Result<bool>(n.error());
            ended = n ? *n : 0;
        } else {
            found = u ? Result<bool>(false) : Result<bool>(u.error());
        }
    }
    if (!found) {
        err(found.error().message());
        return 2;
    }
    if (!*found) {
        err(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no user '%1'"), name), gc::Lang::Both));
        return 1;
    }
    if (action == QLatin1String("passwd"))
        out(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "changed %1's password and ended all its sessions"), name), gc::Lang::Both));
    else if (action == QLatin1String("disable"))
        out(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "disabled %1 and ended all its sessions; `user passwd` enables it again"), name), gc::Lang::Both));
    else
        out(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "ended %2 sessions of %1"), name, ended), gc::Lang::Both));
    return 0;
}


const char kInitUsage[] = "--store STORE init [--from INVENTORY.gpkg]";
const char kServeUsage[] = "--store STORE --listen HOST:PORT [--tls-cert CERT.pem --tls-key KEY.pem] [--max-clock-ahead MINUTES] [--workers N]";

// HOST:PORT, [IPv6]:PORT or localhost:PORT; null address when it is none of these.
QHostAddress parseListen(const QString &listen, int *port)
{
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    *port = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : -1;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    if (!ok || *port < 0 || *port > 65535)
        return {};
    return QHostAddress(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
}

// --max-clock-ahead and --workers; false (having said which is wrong) when one is out of range.
bool parseServeTuning(const QCommandLineParser &p, ApiLimits *limits, int *workers)
{
    bool ok = false;
    const QString clockAhead = p.value(QStringLiteral("max-clock-ahead"));
    if (!clockAhead.isEmpty()) {
        const int minutes = clockAhead.toInt(&ok);
        if (!ok || minutes < 1) {
            err(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "whole minutes ≥ 1 (not '%1')"), clockAhead), gc::Lang::Both));
            return false;
        }
        limits->maxClockAheadMs = qint64(minutes) * 60'000;
    }
    const ServeTuning tuning;
    *workers = tuning.workers;
    const QString workersArg = p.value(QStringLiteral("workers"));
    if (!workersArg.isEmpty()) {
        *workers = workersArg.toInt(&ok);
        if (!ok || *workers < 1 || *workers > tuning.maxWorkers) {
            err(QStringLiteral("--workers: 1–%1 (not '%2')").arg(tuning.maxWorkers).arg(workersArg));
            return false;
        }
    }
    return true;
}

int listenAndServe(SyncStore &store, const QHostAddress &address, int port, const QCommandLineParser &p, const ApiLimits &limits,
                   int workers)
{
    StorePool pool(store);
    if (auto g = pool.grow(workers); !g) {
        err(g.error().message());
        return 2;
    }
    ApiService api(pool, limits);
    HttpFrontend http(api);
    const QString tlsCert = p.value(QStringLiteral("tls-cert"));
    if (!tlsCert.isEmpty()) {
        if (auto t = http.useTls(tlsCert, p.value(QStringLiteral("tls-key"))); !t) {
            err(t.error().message());
            return 2;
        }
    } else if (!address.isLoopback()) {
        err(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "warning: plain HTTP; passwords and tokens cross the network readable. Use --tls-cert/--tls-key or put a TLS reverse proxy in front")), gc::Lang::Both));
    }
    auto bound = http.listen(address, quint16(port));
    if (!bound) {
        err(bound.error().message());
        return 2;
    }
    out(QStringLiteral("goodcity-server: listening on %4://%1:%2/api/v1/ (store %3, %5 workers)")
            .arg(address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString()) : address.toString())
            .arg(*bound)
            .arg(store.describe(), http.tls() ? QStringLiteral("https") : QStringLiteral("http"), QString::number(http.workers())));
    return QCoreApplication::exec();
}

int serve(const QString &storeArg, const QCommandLineParser &p)
{
    const QString listen = p.value(QStringLiteral("listen"));
    if (listen.isEmpty() || !p.positionalArguments().isEmpty()
        || p.value(QStringLiteral("tls-cert")).isEmpty() != p.value(QStringLiteral("tls-key")).isEmpty())
        return usageError(QString::fromUtf8(kServeUsage));
    auto store = SyncStore::open(storeArg);
    if (!store) {
        err(store.error().message());
        return 2;
    }
    int port = -1;
    const QHostAddress address = parseListen(listen, &port);
    if (address.isNull()) {
        err(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "e.g. 127.0.0.1:8080 (not '%1')"), listen), gc::Lang::Both));
        return 2;
    }
    ApiLimits limits;
    int workers = 0;
    if (!parseServeTuning(p, &limits, &workers))
        return 2;
    return listenAndServe(**store, address, port, p, limits, workers);
}

int runInit(const QString &storeArg, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return usageError(QString::fromUtf8(kInitUsage));
    auto store = SyncStore::create(storeArg);
    if (!store) {
        err(store.error().message());
        return 2;
    }
    return init(**store, p.value(QStringLiteral("from")));
}

// The `user` commands work on an existing store.
std::function<int(const QString &, const QCommandLineParser &)> onStore(std::function<int(SyncStore &, const QCommandLineParser &)> run)
{
    return [run](const QString &storeArg, const QCommandLineParser &p) {
        auto store = SyncStore::open(storeArg);
        if (!store) {
            err(store.error().message());
            return 2;
        }
        return run(**store, p);
    };
}

QCommandLineOption passwordStdin()
{
    return QCommandLineOption(QStringLiteral("password-stdin"), QStringLiteral("read the password from the first line of standard input"));
}

ServerCli::Command userChangeCommand(const QString &action, const QString &usage, const QString &summary)
{
    return {QStringLiteral("user ") + action, usage, summary,
            action == QLatin1String("passwd") ? QList<QCommandLineOption>{passwordStdin()} : QList<QCommandLineOption>{},
            onStore([action, usage](SyncStore &s, const QCommandLineParser &p) { return userChange(s.accounts(), action, p, usage); })};
}

std::vector<ServerCli::Command> makeCommands()
{
    using O = QCommandLineOption;
    return {
        {QString(), QString::fromUtf8(kServeUsage), QStringLiteral("Serve the sync API."),
         {O(QStringLiteral("listen"), QStringLiteral("address and port to listen on, e.g. 127.0.0.1:8080"), QStringLiteral("HOST:PORT")),
          O(QStringLiteral("tls-cert"), QStringLiteral("serve HTTPS with this certificate (with --tls-key)"), QStringLiteral("CERT.pem")),
          O(QStringLiteral("tls-key"), QStringLiteral("the certificate's private key"), QStringLiteral("KEY.pem")),
          O(QStringLiteral("max-clock-ahead"), QStringLiteral("refuse events stamped further ahead of the server's clock"), QStringLiteral("MINUTES")),
          O(QStringLiteral("workers"), QStringLiteral("requests served at once, one PostgreSQL connection each (default 16)"), QStringLiteral("N"))},
         &serve},
        {QStringLiteral("init"), QString::fromUtf8(kInitUsage), QStringLiteral("Create the store, optionally loaded with an inventory's history and photos."),
         {O(QStringLiteral("from"), QStringLiteral("the office's inventory to load"), QStringLiteral("INVENTORY.gpkg"))}, &runInit},
        {QStringLiteral("user add"), QString::fromUtf8(kUserAddUsage), QStringLiteral("Add a user."),
         {O(QStringLiteral("role"), QStringLiteral("admin, office, crew or department"), QStringLiteral("ROLE")),
          O(QStringLiteral("department"), QStringLiteral("the department (with --role department)"), QStringLiteral("D")), passwordStdin()},
         onStore([](SyncStore &s, const QCommandLineParser &p) { return userAdd(s.accounts(), p); })},
        userChangeCommand(QStringLiteral("passwd"), QStringLiteral("--store STORE user passwd NAME --password-stdin"),
                          QStringLiteral("Set a new password; ends its sessions and unlocks a disabled user.")),
        userChangeCommand(QStringLiteral("disable"), QStringLiteral("--store STORE user disable NAME"),
                          QStringLiteral("Lock the user and end its sessions at once.")),
        userChangeCommand(QStringLiteral("revoke"), QStringLiteral("--store STORE user revoke NAME"),
                          QStringLiteral("End its sessions: every device logs in again.")),
    };
}


QCommandLineOption storeOption()
{
    return QCommandLineOption(QStringLiteral("store"), QStringLiteral("a GeoPackage path (one office PC) or a postgresql:// URL (shared)"),
                              QStringLiteral("STORE"));
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "show this help")), gc::Lang::Both));
}

// Every command with its synopsis (or those of a group: "user").
QString overview(const QString &group)
{
    QString text = QStringLiteral("usage:\n");
    for (const ServerCli::Command &c : ServerCli::commands())
        if (group.isEmpty() || c.name.startsWith(group + QLatin1Char(' ')))
            text += QStringLiteral("  goodcity-server %1\n      %2\n").arg(c.usage, c.summary);
    return text + QStringLiteral("STORE: a GeoPackage path (one office PC) or a postgresql:// URL (shared).\n"
                                 "`goodcity-server COMMAND --help` shows a command's options.");
}

// The command named by the leading words ("user add"); serving when there are none.
const ServerCli::Command *findCommand(const QStringList &words)
{
    for (qsizetype n = std::min<qsizetype>(2, words.size()); n >= 0; --n) {
        if (n == 0 && !words.isEmpty())
            break;
        const QString name = words.mid(0, n).join(QLatin1Char(' '));
        for (const ServerCli::Command &c : ServerCli::commands())
            if (c.name == name)
                return &c;
    }
    return nullptr;
}

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// The option a command line got wrong, named in both languages; empty when there is none.
QString optionError(const QCommandLineParser &p, bool parsed, const QList<QCommandLineOption> &options)
{
    if (!p.unknownOptionNames().isEmpty())
        return gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "unknown option: %1"), dashed(p.unknownOptionNames().first())), gc::Lang::Both);
    if (!parsed)
        return gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "bad option: %1"), p.errorText()), gc::Lang::Both);
    for (const QCommandLineOption &o : options)
        if (p.values(o.names().first()).size() > 1)
            return gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "option given more than once: %1"), dashed(o.names().first())), gc::Lang::Both);
    return {};
}

// The words that name a command: the positional arguments once every command's options are known.
QStringList commandWords(const QStringList &args, QStringList *unknown)
{
    QCommandLineParser all;
    all.addOption(storeOption());
    all.addOption(helpOption());
    QStringList known;
    for (const ServerCli::Command &c : ServerCli::commands())
        for (const QCommandLineOption &o : c.options)
            if (!known.contains(o.names().first())) { // two commands may declare the same option
                known << o.names();
                all.addOption(o);
            }
    all.parse(QStringList{QStringLiteral("goodcity-server")} + args);
    *unknown = all.unknownOptionNames();
    return all.positionalArguments();
}

int unknownCommand(const QStringList &words, const QStringList &unknownOptions, bool help)
{
    if (!unknownOptions.isEmpty()) {
        err((gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "unknown option: %1"), dashed(unknownOptions.first())), gc::Lang::Both) + QStringLiteral("\n")) + overview({}));
        return 2;
    }
    if (words.size() == 1 && words.first() == QLatin1String("user")) {
        (help ? out : err)(overview(words.first()));
        return help ? 0 : 2;
    }
    err((gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "unknown command: %1"), words.join(QLatin1Char(' '))), gc::Lang::Both) + QStringLiteral("\n")) + overview({}));
    return 2;
}

} // namespace

const std::vector<ServerCli::Command> &ServerCli::commands()
{
    static const std::vector<Command> all = makeCommands();
    return all;
}

int ServerCli::run(const QStringList &args)
{
    QStringList unknown;
    const QStringList words = commandWords(args, &unknown);
    const bool asksHelp = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    const Command *cmd = findCommand(words);
    if (!cmd)
        return unknownCommand(words, unknown, asksHelp);
    QCommandLineParser p;
    p.setApplicationDescription(cmd->summary);
    p.addOption(storeOption());
    p.addOptions(cmd->options);
    const QCommandLineOption help = helpOption();
    p.addOption(help);
    const bool parsed = p.parse(QStringList{QStringLiteral("goodcity-server")} + args);
    const QString usage = QStringLiteral("usage: goodcity-server %1").arg(cmd->usage);
    if (p.isSet(help)) {
        const QString qt = p.helpText();
        out((cmd->name.isEmpty() ? overview({}) + QStringLiteral("\n\nServing:\n") : QString()) + usage + QLatin1Char('\n')
            + qt.mid(qt.indexOf(QLatin1Char('\n')) + 1));
        return 0;
    }
    if (const QString e = optionError(p, parsed, cmd->options + QList<QCommandLineOption>{storeOption()}); !e.isEmpty()) {
        err(e + QLatin1Char('\n') + usage);
        return 2;
    }
    const QString store = p.value(QStringLiteral("store"));
    if (store.isEmpty())
        return usageError(cmd->usage);
    return cmd->run(store, p);
}

} // namespace gc::server
