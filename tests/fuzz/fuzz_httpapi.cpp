// Fuzz target: the sync server's HTTP API as a client's bytes reach it. An input is what one
// connection sends: requests one after another, each a request line, headers and a body of its
// Content-Length. They take the server's own steps with no socket in between: HeadFramer and
// RequestGuard::parseHead, ApiService::admit before a body is read, then ApiService::handle (a login
// in the three steps HttpFrontend takes). Behind it is a GeoPackage store copied fresh for every
// input from one made at start (users, live sessions, two assets), so that each input replays alone.
// Besides crashes and sanitizer reports it aborts on an answer the API must never give: a 5xx (the
// local store in /dev/shm does not fail, so one means a client's input was taken for a store
// failure, which tells the client to retry forever), a status outside 200–499, or a JSON answer
// that is not an object, or an error without "error" and "message".
// Then the property W3.5 asks for: every event the server accepted, a second device (the office's)
// pulls, reads and merges, every photo it is served passes the device's own checks, and a later office
// event still arrives. An accepted event a device could not use would stop every device's sync.
// In the seeds, "Bearer $LOGIN" stands for the token the latest login of the same input returned.
#include "fuzzsupport.h"

#include "apiservice.h"
#include "credentials.h"
#include "gpkgstore.h"
#include "requestguard.h"

#include "model/asset.h"
#include "model/assetfields.h"
#include "model/eventjson.h"
#include "model/payloads.h"
#include "photofiles/photoheader.h"
#include "photofiles/photostore.h"
#include "store/assetstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace gs = gc::server;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_httpapi: %s: %s\n", what, qPrintable(detail.left(2000)));
    std::abort();
}

template <class T> T must(gc::Result<T> r, const char *what)
{
    if (!r)
        fail(what, r.error().message());
    return std::move(*r);
}

void must(const gc::VoidResult &r, const char *what)
{
    if (!r)
        fail(what, r.error().message());
}

const QDateTime &startTime()
{
    static const QDateTime t = QDateTime::fromString(QStringLiteral("2026-06-01T09:00:00Z"), Qt::ISODate);
    return t;
}

// Real argon2id at libsodium's smallest cost: the API verifies it exactly as it does a production
// hash (the parameters travel in the string), without 64 MiB per login attempt.
QString cheapHash(const QString &password)
{
    if (sodium_init() < 0)
        fail("libsodium", QStringLiteral("sodium_init"));
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), pw.size(), crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        fail("libsodium", QStringLiteral("crypto_pwhash_str_alg"));
    return QString::fromLatin1(out);
}

gc::core::Event assetCreated(const QString &uuid, const QString &code, const QString &department, qint64 ms)
{
    gc::core::Asset a;
    a.uuid = uuid;
    a.code = code;
    a.category = QStringLiteral("bench");
    a.name = QStringLiteral("의자 ") + code;
    a.department = department;
    a.method = QStringLiteral("sticker");
    a.x = 191039.2;
    a.y = 541775.0;
    return gc::core::Event{QStringLiteral("0190a000-0000-7000-8000-%1").arg(ms % 1000000000000, 12, 10, QLatin1Char('0')),
                           gc::core::HybridClock::format(ms, 0, QStringLiteral("office-pc")),
                           QStringLiteral("2026-05-20T09:00:00Z"), QStringLiteral("office1"), QStringLiteral("office-pc"),
                           QStringLiteral("asset.created"), uuid, gc::core::assetfields::toJson(a)};
}

// The store every input starts from, made once: its two files in `dir`.
QString templateStore()
{
    static const QString dir = [] {
        const QString d = gc::fuzz::scratchPath(QStringLiteral("httpapi-template"));
        QDir().mkpath(d);
        auto store = must(gs::GpkgStore::create(d + QStringLiteral("/server.gpkg")), "create the store");
        using gs::Role;
        const QString hash = cheapHash(QStringLiteral("correct horse 1"));
        for (const auto &u : {gs::User{QStringLiteral("office1"), Role::Office, {}, hash},
                              gs::User{QStringLiteral("admin"), Role::Admin, {}, hash},
                              gs::User{QStringLiteral("crew1"), Role::Crew, QStringLiteral("현장1팀"), hash},
                              gs::User{QStringLiteral("parks"), Role::Department, QStringLiteral("공원녹지과"), hash},
                              gs::User{QStringLiteral("crew9"), Role::Crew, QStringLiteral("현장9팀"), gs::User::kDisabledMark + hash}})
            must(store->addUser(u), "add a user");
        // Sessions with known tokens ("Bearer office-token" in the seeds), valid long after the clock.
        const QDateTime end = startTime().addYears(50);
        for (const QString &name : {QStringLiteral("office1"), QStringLiteral("admin"), QStringLiteral("crew1"), QStringLiteral("parks")})
            must(store->addSession(gs::Credentials::tokenHash(name + QStringLiteral("-token")), name, end), "add a session");
        const qint64 ms = startTime().addDays(-10).toMSecsSinceEpoch();
        gc::core::Event assign{QStringLiteral("0190a000-0000-7000-8000-0000000000a2"), gc::core::HybridClock::format(ms + 2, 0, QStringLiteral("office-pc")),
                               QStringLiteral("2026-05-20T09:00:02Z"), QStringLiteral("office1"), QStringLiteral("office-pc"),
                               QStringLiteral("asset.status"), QStringLiteral("0190a000-0000-7000-8000-00000000000a"),
                               QJsonObject{{QStringLiteral("status"), QStringLiteral("assigned")}, {QStringLiteral("assignee"), QStringLiteral("현장1팀")}}};
        must(store->push({assetCreated(QStringLiteral("0190a000-0000-7000-8000-00000000000a"), QStringLiteral("GC-BENCH-000001"),
                                       QStringLiteral("공원녹지과"), ms),
                          assetCreated(QStringLiteral("0190a000-0000-7000-8000-00000000000b"), QStringLiteral("GC-BENCH-000002"),
                                       QStringLiteral("교통행정과"), ms + 1),
                          assign},
                         0, QStringLiteral("office1")),
             "push the template's assets");
        return d; // the store closes here: the WAL is checkpointed into the two files
    }();
    return dir;
}

std::unique_ptr<gs::GpkgStore> freshStore()
{
    const QString from = templateStore();
    const QString dir = gc::fuzz::scratchPath(QStringLiteral("httpapi-run"));
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString gpkg = dir + QStringLiteral("/server.gpkg");
    if (!QFile::copy(from + QStringLiteral("/server.gpkg"), gpkg)
        || !QFile::copy(gs::GpkgStore::serverDbPath(from + QStringLiteral("/server.gpkg")), gs::GpkgStore::serverDbPath(gpkg)))
        fail("copy the template store", dir);
    return must(gs::GpkgStore::open(gpkg), "open the store");
}

// An empty field inventory, made once; each input's second device starts from a copy.
QString templateDevice()
{
    static const QString path = [] {
        const QString d = gc::fuzz::scratchPath(QStringLiteral("httpapi-device-template"));
        QDir().mkpath(d);
        const QString p = d + QStringLiteral("/tablet.gpkg");
        must(gc::core::AssetStore::create(p), "create the device template");
        return p;
    }();
    return path;
}

std::unique_ptr<gc::core::AssetStore> freshDevice()
{
    const QString dir = gc::fuzz::scratchPath(QStringLiteral("httpapi-device"));
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/tablet.gpkg");
    if (!QFile::copy(templateDevice(), path))
        fail("copy the device template", path);
    auto store = must(gc::core::AssetStore::open(path), "open the device");
    store->setIdentity(QStringLiteral("office1"), QStringLiteral("office-tablet"));
    return store;
}

void check(const gs::ApiResponse &r, const gs::ApiRequest &request)
{
    const QString what = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    if (r.status < 200 || r.status >= 500)
        fail("an answer the API never gives", QStringLiteral("%1 for %2: %3").arg(r.status).arg(what, QString::fromUtf8(r.body)));
    if (r.contentType != "application/json")
        return;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        fail("a JSON answer that is not an object", what + QStringLiteral(": ") + QString::fromUtf8(r.body));
    const QJsonObject o = doc.object();
    if (r.status >= 400 && (!o.value(QStringLiteral("error")).isString() || !o.value(QStringLiteral("message")).isString()))
        fail("an error without code and message", what + QStringLiteral(": ") + QString::fromUtf8(r.body));
}

// The method as HttpFrontend names Qt's parsed one.
QByteArray methodName(const QByteArray &m)
{
    for (const char *known : {"GET", "PUT", "POST", "DELETE", "HEAD", "PATCH"})
        if (m == known)
            return m;
    return "OTHER";
}

class Connection {
public:
    Connection() : m_store(freshStore()), m_api(*m_store, limits(), gs::RolePolicy{}, [this] { return m_now; }) {}

    void run(const QByteArray &bytes)
    {
        const qint64 before = must(m_store->eventCount(), "count the template's events");
        gs::HeadFramer framer(m_api.limits().maxHeadBytes);
        framer.feed(bytes, [&](const QByteArray &head, bool tooLarge, qsizetype bodyAt) { return request(bytes, head, tooLarge, bodyAt); });
        must(m_api.flushRefusals(), "flush the refusal log");
        if (must(m_store->eventCount(), "count the events") > before)
            secondDevice();
    }

private:
    gs::ApiResponse call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {})
    {
        m_now = m_now.addSecs(1);
        gs::ApiRequest r;
        r.method = method;
        const QUrl url(pathAndQuery);
        r.path = url.path(QUrl::FullyEncoded);
        r.query = QUrlQuery(url);
        r.body = body;
        r.authorization = "Bearer office1-token";
        r.remote = QStringLiteral("192.0.2.8");
        return m_api.handle(r);
    }

    // Pulls from `cursor` to the end and merges it into `device`, as SyncClient does; aborts on
    // anything a device could not use.
    qint64 pullAndMerge(gc::core::AssetStore &device, qint64 cursor)
    {
        for (;;) {
            const gs::ApiResponse page = call("GET", QStringLiteral("/api/v1/events?after=%1&limit=50").arg(cursor));
            if (page.status != 200)
                fail("the second device's pull", QString::fromUtf8(page.body));
            const QJsonObject o = QJsonDocument::fromJson(page.body).object();
            std::vector<gc::core::Event> events;
            for (const QJsonValue &v : o.value(QStringLiteral("events")).toArray()) {
                auto e = gc::core::eventjson::fromJson(v.toObject());
                if (!e)
                    fail("an accepted event the second device cannot read", e.error().message());
                if (e->kind == QLatin1String(gc::core::EventKind::PhotoAdded))
                    fetchPhoto(gc::core::PhotoAddedPayload::read(e->payload).sha256);
                events.push_back(std::move(*e));
            }
            if (!events.empty())
                must(device.merge(events), "the second device merges what the server accepted");
            cursor = qint64(o.value(QStringLiteral("cursor")).toDouble());
            if (!o.value(QStringLiteral("more")).toBool())
                return cursor;
        }
    }

    // A photo the server serves must be one the device keeps: its hash, JPEG or PNG within the limits.
    void fetchPhoto(const QString &sha)
    {
        const gs::ApiResponse r = call("GET", QStringLiteral("/api/v1/photos/%1").arg(sha));
        if (r.status == 404)
            return; // not uploaded (yet): the device fetches it on a later round
        if (r.status != 200)
            fail("a photo an accepted event names is refused to the second device", QString::fromUtf8(r.body));
        if (gc::core::PhotoStore::sha256Of(r.body) != sha)
            fail("a served photo does not match its name", sha);
        if (auto h = gc::core::readPhotoHeader(r.body); !h)
            fail("a served photo the second device refuses", h.error().message());
    }

    void secondDevice()
    {
        auto device = freshDevice();
        const qint64 cursor = pullAndMerge(*device, 0);
        // The office goes on: a new asset, stamped after everything the input sent.
        gc::core::Event later = assetCreated(QStringLiteral("0190a000-0000-7000-8000-0000000000ff"), QStringLiteral("GC-BENCH-000099"),
                                             QStringLiteral("공원녹지과"), m_now.toMSecsSinceEpoch());
        later.id = QStringLiteral("0190a000-0000-7000-8000-0000000000fe");
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{gc::core::eventjson::toJson(later)}}})
                                    .toJson(QJsonDocument::Compact);
        const gs::ApiResponse pushed = call("POST", QStringLiteral("/api/v1/events"), body);
        if (pushed.status != 200)
            fail("a later office event is refused", QString::fromUtf8(pushed.body));
        pullAndMerge(*device, cursor);
        if (!device->asset(later.assetUuid))
            fail("a later office event did not arrive on the second device", later.id);
    }

    // Small enough that inputs of a few KB reach every limit.
    static gs::ApiLimits limits()
    {
        gs::ApiLimits l;
        l.maxBatchEvents = 50;
        l.defaultPullLimit = 20;
        l.maxPullLimit = 50;
        l.maxPhotoBytes = 1 << 20;
        l.maxHeadBytes = 2 << 10;
        l.maxAnonymousBody = 1 << 10;
        l.maxEventsBody = 16 << 10;
        l.maxPhotoChunkBody = 4 << 10;
        return l;
    }

    std::optional<qint64> request(const QByteArray &bytes, const QByteArray &head, bool tooLarge, qsizetype bodyAt)
    {
        m_now = m_now.addSecs(1);
        gs::RequestHead h = gs::RequestGuard::parseHead(head, tooLarge);
        h.request.remote = QStringLiteral("192.0.2.7");
        if (h.request.authorization == "Bearer $LOGIN")
            h.request.authorization = "Bearer " + m_token;
        // The accepting thread's word, then (when only the store can tell) the worker's.
        const gs::Admission admission = m_api.admit(h);
        std::optional<gs::ApiResponse> refusal = admission.refusal;
        if (!refusal && admission.undecided)
            refusal = m_api.admitFromStore(h);
        if (refusal) {
            check(*refusal, h.request);
            return std::nullopt;
        }
        // What Qt HttpServer goes on to parse: "METHOD TARGET HTTP/1.x", else it drops the connection.
        const QList<QByteArray> line = head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n')).trimmed().split(' ');
        if (line.size() != 3 || !line[2].startsWith("HTTP/1."))
            return std::nullopt;
        if (bodyAt + h.contentLength > bytes.size())
            return h.contentLength; // the body never arrives in full: nothing is handled
        gs::ApiRequest r = h.request;
        r.method = methodName(h.request.method);
        const QUrl url = QUrl::fromEncoded(line[1]);
        r.path = url.path(QUrl::FullyEncoded);
        r.query = QUrlQuery(url);
        r.body = bytes.mid(bodyAt, qsizetype(h.contentLength));
        if (!gs::ApiService::isLogin(r)) {
            check(m_api.handle(r), r);
            return h.contentLength;
        }
        const gs::LoginAttempt attempt = m_api.beginLogin(r);
        if (attempt.answer) {
            check(*attempt.answer, r);
            return h.contentLength;
        }
        // For no user or a locked one checkPassword is false by contract; its argon2id run at full
        // cost only evens out the answer time, which a fuzzer does not measure.
        const bool ok = attempt.user && !attempt.user->disabled() && attempt.checkPassword();
        const gs::ApiResponse answer = m_api.finishLogin(attempt, ok);
        check(answer, r);
        if (answer.status == 200)
            m_token = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("token")).toString().toLatin1();
        return h.contentLength;
    }

    std::unique_ptr<gs::GpkgStore> m_store;
    QDateTime m_now = startTime();
    gs::ApiService m_api;
    QByteArray m_token;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const bool quiet = [] {
        // The server logs every refusal; thousands a second on stderr would be most of the run.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtFatalMsg)
                fail("Qt", message);
        });
        return true;
    }();
    (void)quiet;
    gc::fuzz::init();
    Connection c;
    c.run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
