#include "servercli.h"

#include "apiservice.h"
#include "store/assetstore.h"
#include "credentials.h"
#include "httpfrontend.h"
#include "photo/photostore.h"
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

const char *const kUsage =
    "usage:\n"
    "  goodcity-server --store STORE init [--from INVENTORY.gpkg]\n"
    "  goodcity-server --store STORE user add NAME --role admin|office|crew|department [--department D] --password-stdin\n"
    "  goodcity-server --store STORE user passwd NAME --password-stdin   (ends its sessions; unlocks a disabled user)\n"
    "  goodcity-server --store STORE user disable NAME                   (locks it and ends its sessions at once)\n"
    "  goodcity-server --store STORE user revoke NAME                    (ends its sessions: every device logs in again)\n"
    "  goodcity-server --store STORE --listen HOST:PORT [--tls-cert CERT.pem --tls-key KEY.pem] [--max-clock-ahead MINUTES]\n"
    "                  [--workers N]   (requests served at once, one PostgreSQL connection each; default 16)\n"
    "STORE: a GeoPackage path (one office PC) or a postgresql:// URL (shared).\n";

void err(const QString &s)
{
    std::fputs(qPrintable(s + QLatin1Char('\n')), stderr);
}
void out(const QString &s)
{
    std::fputs(qPrintable(s + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString take(QStringList &args, const QString &name)
{
    const int i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString v = args.at(i + 1);
    args.remove(i, 2);
    return v;
}

bool takeFlag(QStringList &args, const QString &name) { return args.removeAll(name) > 0; }

int usage()
{
    err(QString::fromUtf8(kUsage));
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
        out(QStringLiteral("%1: 빈 저장소를 만들었습니다 / created an empty store").arg(store.describe()));
        return 0;
    }
    auto inv = core::AssetStore::open(from, core::AssetStore::Access::ReadOnly);
    if (!inv) {
        err(inv.error().message);
        return 2;
    }
    auto events = (*inv)->events();
    if (!events) {
        err(events.error().message);
        return 1;
    }
    const InitTuning tuning;
    // Loading history is not concurrent editing: no base cursor below any stored event.
    const qint64 noConflicts = std::numeric_limits<qint64>::max();
    for (size_t i = 0; i < events->size(); i += tuning.batchEvents) {
        const auto end = std::min(events->size(), i + tuning.batchEvents);
        std::vector<core::Event> batch(events->begin() + qsizetype(i), events->begin() + qsizetype(end));
        if (auto r = store.push(batch, noConflicts); !r) {
            err(r.error().message);
            return 2;
        }
    }
    auto photos = (*inv)->photos();
    if (!photos) {
        err(photos.error().message);
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
            err(r.error().message);
            return 1;
        }
        ++copied;
    }
    if (auto r = recordOrigin(store, from); !r) {
        err(r.error().message);
        return 1;
    }
    out(QStringLiteral("%1: %2에서 이벤트 %3건, 사진 %4장을 가져왔습니다 / loaded %3 events and %4 photos from %2")
            .arg(store.describe(), from)
            .arg(events->size())
            .arg(copied));
    if (missing > 0)
        err(QStringLiteral("사진 파일 %1개가 없습니다 / %1 photo files are missing").arg(missing));
    return missing > 0 ? 1 : 0;
}

QString readPassword()
{
    QTextStream in(stdin);
    return in.readLine();
}

int userAdd(SyncStore &store, QStringList args)
{
    const QString roleText = take(args, QStringLiteral("--role"));
    const QString dept = take(args, QStringLiteral("--department"));
    const bool stdinPw = takeFlag(args, QStringLiteral("--password-stdin"));
    if (args.size() != 1 || roleText.isEmpty() || !stdinPw)
        return usage();
    const auto role = roleFromName(roleText);
    if (!role) {
        err(QStringLiteral("--role: admin, office, crew, department 중 하나 / one of admin, office, crew, department, not '%1'").arg(roleText));
        return 2;
    }
    if (*role == Role::Department && dept.isEmpty()) {
        err(QStringLiteral("department 역할에는 --department가 필요합니다 / the department role needs --department"));
        return 2;
    }
    const QString name = args.first();
    if (name.isEmpty() || name.size() > 64 || name.contains(QLatin1Char(' '))) {
        err(QStringLiteral("사용자 이름은 공백 없이 64자까지 / a user name has no spaces and at most 64 characters"));
        return 2;
    }
    auto hash = Credentials::hashPassword(readPassword());
    if (!hash) {
        err(hash.error().message);
        return 2;
    }
    if (auto r = store.addUser(User{name, *role, dept, *hash}); !r) {
        err(r.error().message);
        return 1;
    }
    out(QStringLiteral("사용자 %1(%2)을(를) 추가했습니다 / added user %1 (%2)").arg(name, roleText));
    return 0;
}

// user passwd | disable | revoke NAME: what the office does when a tablet is lost or a password leaked.
int userChange(SyncStore &store, const QString &action, QStringList args)
{
    const bool stdinPw = takeFlag(args, QStringLiteral("--password-stdin"));
    if (args.size() != 1 || (action == QLatin1String("passwd")) != stdinPw)
        return usage();
    const QString name = args.first();
    Result<bool> found = false;
    int ended = 0;
    if (action == QLatin1String("passwd")) {
        auto hash = Credentials::hashPassword(readPassword());
        if (!hash) {
            err(hash.error().message);
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
        err(found.error().message);
        return 2;
    }
    if (!*found) {
        err(QStringLiteral("사용자 '%1'이(가) 없습니다 / no user '%1'").arg(name));
        return 1;
    }
    if (action == QLatin1String("passwd"))
        out(QStringLiteral("%1의 비밀번호를 바꾸고 모든 로그인을 끝냈습니다 / changed %1's password and ended all its sessions").arg(name));
    else if (action == QLatin1String("disable"))
        out(QStringLiteral("%1을(를) 잠그고 모든 로그인을 끝냈습니다. 다시 열려면 user passwd / disabled %1 and ended all its sessions; "
                           "`user passwd` enables it again").arg(name));
    else
        out(QStringLiteral("%1의 로그인 %2개를 끝냈습니다 / ended %2 sessions of %1").arg(name).arg(ended));
    return 0;
}

// Serves the API on `address`:`port` until the process is stopped.
int serve(SyncStore &store, const QHostAddress &address, quint16 port, const ApiLimits &limits, int workers, const QString &tlsCert,
          const QString &tlsKey)
{
    StorePool pool(store);
    if (auto g = pool.grow(workers); !g) {
        err(g.error().message);
        return 2;
    }
    ApiService api(pool, limits);
    HttpFrontend http(api);
    if (!tlsCert.isEmpty()) {
        if (auto t = http.useTls(tlsCert, tlsKey); !t) {
            err(t.error().message);
            return 2;
        }
    } else if (!address.isLoopback()) {
        err(QStringLiteral("경고: 암호화하지 않은 HTTP입니다. 비밀번호와 토큰이 그대로 지나갑니다. --tls-cert/--tls-key를 쓰거나 TLS 역방향 "
                           "프록시 뒤에 두세요 / warning: plain HTTP; passwords and tokens cross the network readable. Use "
                           "--tls-cert/--tls-key or put a TLS reverse proxy in front"));
    }
    auto bound = http.listen(address, port);
    if (!bound) {
        err(bound.error().message);
        return 2;
    }
    out(QStringLiteral("goodcity-server: listening on %4://%1:%2/api/v1/ (store %3, %5 workers)")
            .arg(address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString()) : address.toString())
            .arg(*bound)
            .arg(store.describe(), http.tls() ? QStringLiteral("https") : QStringLiteral("http"), QString::number(http.workers())));
    return QCoreApplication::exec();
}

} // namespace

int ServerCli::run(QStringList args)
{
    const QString storeArg = take(args, QStringLiteral("--store"));
    const QString listen = take(args, QStringLiteral("--listen"));
    const QString clockAhead = take(args, QStringLiteral("--max-clock-ahead"));
    const QString tlsCert = take(args, QStringLiteral("--tls-cert"));
    const QString tlsKey = take(args, QStringLiteral("--tls-key"));
    const QString workersArg = take(args, QStringLiteral("--workers"));
    if (storeArg.isEmpty())
        return usage();

    if (!args.isEmpty() && args.first() == QLatin1String("init")) {
        args.removeFirst();
        const QString from = take(args, QStringLiteral("--from"));
        if (!args.isEmpty())
            return usage();
        auto store = SyncStore::create(storeArg);
        if (!store) {
            err(store.error().message);
            return 2;
        }
        return init(**store, from);
    }
    auto store = SyncStore::open(storeArg);
    if (!store) {
        err(store.error().message);
        return 2;
    }
    if (args.size() >= 2 && args[0] == QLatin1String("user") && args[1] == QLatin1String("add"))
        return userAdd(**store, args.mid(2));
    if (args.size() >= 2 && args[0] == QLatin1String("user")
        && QStringList{QStringLiteral("passwd"), QStringLiteral("disable"), QStringLiteral("revoke")}.contains(args[1]))
        return userChange(**store, args[1], args.mid(2));
    if (listen.isEmpty() || !args.isEmpty() || tlsCert.isEmpty() != tlsKey.isEmpty())
        return usage();

    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : -1;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    if (!ok || port < 0 || port > 65535 || address.isNull()) {
        err(QStringLiteral("--listen HOST:PORT, 예 / e.g. 127.0.0.1:8080 (not '%1')").arg(listen));
        return 2;
    }
    ApiLimits limits;
    if (!clockAhead.isEmpty()) {
        const int minutes = clockAhead.toInt(&ok);
        if (!ok || minutes < 1) {
            err(QStringLiteral("--max-clock-ahead: 1 이상의 분 / whole minutes ≥ 1 (not '%1')").arg(clockAhead));
            return 2;
        }
        limits.maxClockAheadMs = qint64(minutes) * 60'000;
    }
    const ServeTuning tuning;
    int workers = tuning.workers;
    if (!workersArg.isEmpty()) {
        workers = workersArg.toInt(&ok);
        if (!ok || workers < 1 || workers > tuning.maxWorkers) {
            err(QStringLiteral("--workers: 1–%1 (not '%2')").arg(tuning.maxWorkers).arg(workersArg));
            return 2;
        }
    }
    return serve(**store, address, quint16(port), limits, workers, tlsCert, tlsKey);
}

} // namespace gc::server
