#include "sync/syncclient.h"
#include "text.h"

#include "store/assetstore.h"
#include "model/eventjson.h"
#include "store/hybridclock.h"
#include "model/payloads.h"
#include "photofiles/photoheader.h"
#include "photofiles/photostore.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"
#include "sync/photocache.h"
#include "sync/storeorigin.h"
#include "syncmessages.h"
#include "syncprotocol.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>

namespace gc::core {

namespace endpoint = syncproto::endpoint;
namespace key = syncproto::key;
namespace query = syncproto::query;

namespace {

const char *const kSyncDdl = R"(
CREATE TABLE IF NOT EXISTS "gc_sync" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" TEXT NOT NULL,
  "ref" TEXT NOT NULL, "acked_at" TEXT NOT NULL, UNIQUE ("kind", "ref"));
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('gc_sync', 'attributes', 'gc_sync', '서버가 확인한 이벤트와 사진 / events and photos the sync server has acknowledged');
)";

const char *const kAsideDdl = R"(
CREATE TABLE IF NOT EXISTS "gc_sync_aside" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" TEXT NOT NULL,
  "ref" TEXT NOT NULL, "reason" TEXT NOT NULL, "content" TEXT, "set_aside_at" TEXT NOT NULL, UNIQUE ("kind", "ref"));
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('gc_sync_aside', 'attributes', 'gc_sync_aside', '받았지만 쓸 수 없어 따로 둔 이벤트와 사진 / pulled events and photos this device could not use, set aside');
)";

// The photos whose own check the server contradicts (GET /api/v1/verdicts), as the office last
// fetched them: the review queue ranks and flags by them (W3.4).
const char *const kVerdictsDdl = R"(
CREATE TABLE IF NOT EXISTS "gc_server_verdicts" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "sha256" TEXT NOT NULL UNIQUE,
  "slot" TEXT, "server_verdict" TEXT NOT NULL, "device_verdict" TEXT, "checked_at" TEXT, "problems" TEXT);
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('gc_server_verdicts', 'attributes', 'gc_server_verdicts', '서버의 사진 판정이 기기와 다른 사진 / photos whose server check contradicts the device''s');
)";

// What a retry may mend: no answer, a server failure, a throttle, an expired login.
bool transient(const Error &e)
{
    return e.code == QLatin1String("network") || e.code == QLatin1String("network_cut") || e.code == QLatin1String("server")
           || e.code == QLatin1String("unauthenticated");
}

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

QString metaValue(const SqliteDb &db, const QString &key)
{
    auto st = db.prepare(QStringLiteral("SELECT value FROM gc_meta WHERE key = ?1"));
    if (!st)
        return {};
    st->bind(1, key);
    return st->step() ? st->toText(0) : QString();
}

// Why an answer that came with an HTTP status is not the whole answer, or empty if it is: the
// connection failed under it, fewer bytes came than its Content-Length, or its JSON does not parse.
QString incompleteAnswer(const QNetworkReply &reply, const QByteArray &body)
{
    const QNetworkReply::NetworkError e = reply.error();
    // Qt's codes below 200 are the connection's and a proxy's, 3xx the protocol's; 2xx and 4xx are HTTP
    // statuses with their whole body.
    const bool transport = (e > QNetworkReply::NoError && e < QNetworkReply::ContentAccessDenied)
                           || (e >= QNetworkReply::ProtocolUnknownError && e < QNetworkReply::InternalServerError);
    if (transport)
        return gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the answer was cut off: %1"), reply.errorString()), gc::Lang::Both);
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != body.size())
        return gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "received %2 of the answer's %1 bytes"), length.toLongLong(), body.size()), gc::Lang::Both);
    if (reply.header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("application/json"))) {
        QJsonParseError pe;
        QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError)
            return gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the answer is not whole JSON: %1"), pe.errorString()), gc::Lang::Both);
    }
    return {};
}

} // namespace

SyncClient::SyncClient(AssetStore &store, QUrl server, SyncTuning tuning, SyncTransport transport)
    : m_store(store), m_server(std::move(server)), m_tuning(tuning), m_transport(std::move(transport)),
      m_nam(std::make_unique<QNetworkAccessManager>())
{
    if (!m_server.path().endsWith(QLatin1Char('/')))
        m_server.setPath(m_server.path() + QLatin1Char('/'));
    m_maxAheadMs = m_tuning.maxClockAheadMs;
}

VoidResult SyncClient::checkTransport(const QUrl &server, const SyncTransport &transport)
{
    if (server.scheme() == QLatin1String("https") || transport.allowPlainHttp)
        return Ok{};
    const QString host = server.host();
    if (server.scheme() == QLatin1String("http") && (host == QLatin1String("localhost") || QHostAddress(host).isLoopback()))
        return Ok{}; // never leaves this machine
    return makeError(ErrorCode::Insecure,
                     gc::tx("%1: %2", server.toString(QUrl::RemoveUserInfo), gc::tx(QT_TRANSLATE_NOOP("gc", "not encrypted: the password and token would cross the network readable. Use https://, or add --insecure on a network you trust"), server.toString(QUrl::RemoveUserInfo))));
}

SyncClient::~SyncClient() = default;

// An office copy synced before the server named its reasons: gc_server_verdicts gains "problems".
static VoidResult addVerdictProblems(const SqliteDb &db)
{
    auto st = db.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info('gc_server_verdicts') WHERE name = 'problems'"));
    if (!st)
        return st.error();
    if (st->step())
        return Ok{};
    return db.exec(QStringLiteral("ALTER TABLE gc_server_verdicts ADD COLUMN \"problems\" TEXT"));
}

VoidResult SyncClient::prepare(AssetStore &store)
{
    const SqliteDb &db = StoreAccess::db(store);
    if (db.tableExists(QStringLiteral("gc_sync")) && db.tableExists(QStringLiteral("gc_sync_aside")) && db.tableExists(QStringLiteral("gc_server_verdicts")))
        return addVerdictProblems(db);
    Transaction tx(StoreAccess::db(store));
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    if (auto r = StoreAccess::db(store).exec(QString::fromUtf8(kSyncDdl) + QString::fromUtf8(kAsideDdl) + QString::fromUtf8(kVerdictsDdl)); !r)
        return r;
    return tx.commit();
}

VoidResult SyncClient::setAside(const QString &kind, const QString &ref, const QString &why, const QByteArray &content, SyncReport &report)
{
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral(
        "INSERT OR REPLACE INTO gc_sync_aside (kind, ref, reason, content, set_aside_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!st)
        return st.error();
    st->bind(1, kind).bind(2, ref.left(200)).bind(3, why).bind(4, QString::fromUtf8(content)).bind(5, nowIso());
    if (auto r = st->run(); !r)
        return r;
    QString shown = ref.left(64);
    shown.replace(QChar(0), QStringLiteral("\\u0000"));
    report.setAside << QStringLiteral("%1 %2: %3").arg(kind, shown, why);
    return Ok{};
}

QString SyncClient::meta(const QString &key) const { return metaValue(StoreAccess::db(m_store), key); }

VoidResult SyncClient::setMeta(const QString &key, const QString &value)
{
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral("INSERT OR REPLACE INTO gc_meta (key, value) VALUES (?1, ?2)"));
    if (!st)
        return st.error();
    st->bind(1, key).bind(2, value);
    return st->run();
}

VoidResult SyncClient::markBaseline(AssetStore &store)
{
    if (auto p = prepare(store); !p)
        return p;
    Transaction tx(StoreAccess::db(store));
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    if (auto r = StoreAccess::db(store).exec(QStringLiteral(
            "INSERT OR IGNORE INTO gc_sync (kind, ref, acked_at) SELECT 'event', event_id, 'baseline' FROM asset_events;"
            "INSERT OR IGNORE INTO gc_sync (kind, ref, acked_at) SELECT DISTINCT 'photo', sha256, 'baseline' FROM photos"));
        !r)
        return r;
    return tx.commit();
}

SyncState SyncClient::state(const AssetStore &store)
{
    SyncState s;
    s.server = metaValue(StoreAccess::db(store), QStringLiteral("sync.server"));
    s.lastOkAt = metaValue(StoreAccess::db(store), QStringLiteral("sync.last_ok_at"));
    s.lastError = metaValue(StoreAccess::db(store), QStringLiteral("sync.last_error"));
    s.cursor = metaValue(StoreAccess::db(store), QStringLiteral("sync.cursor")).toLongLong();
    if (auto p = pendingCount(store))
        s.pending = *p;
    if (auto w = waitingForAuthors(store, store.actor()))
        s.waiting = *w;
    return s;
}

Result<qint64> SyncClient::pendingCount(const AssetStore &store)
{
    if (!StoreAccess::db(store).tableExists(QStringLiteral("gc_sync")))
        return StoreAccess::db(store).scalarInt(QStringLiteral("SELECT (SELECT count(*) FROM asset_events) + (SELECT count(DISTINCT sha256) FROM photos)"));
    // A change the server refused is set aside (gc_sync_aside, kind 'refused'): no longer waiting.
    const bool aside = StoreAccess::db(store).tableExists(QStringLiteral("gc_sync_aside"));
    return StoreAccess::db(store).scalarInt(QStringLiteral(
        "SELECT (SELECT count(*) FROM asset_events e WHERE NOT EXISTS (SELECT 1 FROM gc_sync s WHERE s.kind = 'event' AND s.ref = e.event_id)%1) + "
        "(SELECT count(DISTINCT sha256) FROM photos p WHERE NOT EXISTS (SELECT 1 FROM gc_sync s WHERE s.kind = 'photo' AND s.ref = p.sha256))")
        .arg(aside ? QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM gc_sync_aside a WHERE a.kind = 'refused' AND a.ref = e.event_id)") : QString()));
}

Result<QStringList> SyncClient::waitingForAuthors(const AssetStore &store, const QString &author)
{
    QStringList out;
    const SqliteDb &db = StoreAccess::db(store);
    if (author.isEmpty() || !db.tableExists(QStringLiteral("gc_sync")) || !db.tableExists(QStringLiteral("gc_sync_aside")))
        return out;
    auto st = db.prepare(QStringLiteral(
        "SELECT actor, count(*) FROM asset_events e WHERE e.actor <> ?1 "
        "AND NOT EXISTS (SELECT 1 FROM gc_sync s WHERE s.kind = 'event' AND s.ref = e.event_id) "
        "AND NOT EXISTS (SELECT 1 FROM gc_sync_aside a WHERE a.kind = 'refused' AND a.ref = e.event_id) GROUP BY actor ORDER BY actor"));
    if (!st)
        return st.error();
    st->bind(1, author);
    while (st->step())
        out << gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%1 changes by %2 wait on this device for %2 to sign in"), st->toInt(1), st->toText(0)), gc::Lang::Ui);
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

void SyncClient::waitMs(int ms)
{
    // An event loop, not a sleep: in the app and in tests the thread keeps serving its other work.
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

SyncClient::Reply SyncClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                   const QByteArray &contentType)
{
    if (onRequest)
        onRequest(method, pathAndQuery);
    QNetworkRequest req(m_server.resolved(QUrl(pathAndQuery)));
    req.setTransferTimeout(m_tuning.requestTimeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_transport.trustedCertificatesPem.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromData(m_transport.trustedCertificatesPem, QSsl::Pem));
        req.setSslConfiguration(tls);
    }
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // a reply the connection dropped may be closed already: nothing to read
        r.body = reply->readAll();
    m_bytesDown += r.body.size();
    const QString incomplete = incompleteAnswer(*reply, r.body);
    if (r.status == 0)
        r.networkError = reply->errorString();
    else if (!incomplete.isEmpty()) {
        // Every answer passes here: one cut short is no answer at all, never data (retried like one).
        r.status = 0;
        r.networkError = incomplete;
        r.cut = true;
    }
    reply->deleteLater();
    return r;
}

SyncClient::Reply SyncClient::call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                   const QByteArray &contentType)
{
    int delay = m_tuning.backoffFirstMs;
    bool relogged = false;
    Reply r;
    for (int attempt = 1; attempt <= m_tuning.attempts; ++attempt) {
        r = send(method, pathAndQuery, body, contentType);
        if (r.status == 401 && !relogged && !m_password.isEmpty()) {
            relogged = true; // the token expired during a long round: log in again once
            if (login(m_user, m_password))
                r = send(method, pathAndQuery, body, contentType);
        }
        const bool transient = r.status == 0 || r.status >= 500 || r.status == 429;
        if (!transient || attempt == m_tuning.attempts)
            break;
        waitMs(delay);
        delay = std::min(delay * 2, m_tuning.backoffMaxMs);
    }
    return r;
}

Error SyncClient::replyError(const Reply &r, const QString &what) const
{
    if (r.status == 0 && r.cut) // a network error too, but the server is there: the app says what failed
        return makeError(ErrorCode::NetworkCut,
                         gc::tx("%1: %2", what, gc::tx(QT_TRANSLATE_NOOP("gc", "the server (%1) is reachable but no whole answer came in %2 tries (the network cut it); nothing waiting to be sent was lost: %3"), m_server.toString(QUrl::RemoveUserInfo), m_tuning.attempts, r.networkError, what)));
    if (r.status == 0)
        return makeError(ErrorCode::Network,
                         gc::tx("%1: %2", what, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot reach the server (%1) after %2 tries; nothing waiting to be sent was lost: %3"), m_server.toString(QUrl::RemoveUserInfo), m_tuning.attempts, r.networkError, what)));
    const auto refusal = syncproto::parse<syncproto::ErrorReply>(r.body);
    const QString message = refusal ? refusal->message : QString::fromUtf8(r.body.left(200));
    const ErrorCode code = r.status == 401   ? ErrorCode::Unauthenticated
                           : r.status == 403 ? ErrorCode::Forbidden
                           : r.status >= 500 ? ErrorCode::Server
                                             : ErrorCode::Refused;
    return makeError(code, QStringLiteral("%1: HTTP %2 — %3").arg(what).arg(r.status).arg(message));
}

VoidResult SyncClient::login(const QString &user, const QString &password)
{
    m_token.clear();
    if (auto t = checkTransport(m_server, m_transport); !t)
        return t; // before the password is sent anywhere
    const QByteArray body = syncproto::compact(syncproto::LoginRequest{user, password}.toJson());
    Reply r;
    int delay = m_tuning.backoffFirstMs;
    for (int attempt = 1; attempt <= m_tuning.attempts; ++attempt) {
        r = send("POST", syncproto::path(endpoint::Login), body, "application/json");
        if (r.status != 0 && r.status < 500)
            break;
        if (attempt < m_tuning.attempts) {
            waitMs(delay);
            delay = std::min(delay * 2, m_tuning.backoffMaxMs);
        }
    }
    if (r.status != 200)
        return replyError(r, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "login")), gc::Lang::Both));
    const auto reply = syncproto::parse<syncproto::LoginReply>(r.body);
    if (!reply || reply->token.isEmpty()) // a whole answer without a session is none
        return makeError(ErrorCode::Server, gc::tx(QT_TRANSLATE_NOOP("gc", "login: the server's answer holds no session token")));
    m_token = reply->token;
    m_user = user;
    m_password = password;
    const syncproto::Account &a = reply->account;
    m_account = {a.user.isEmpty() ? user : a.user, a.role, a.department.value_or(QString())};
    return Ok{};
}

void SyncClient::resume(const QString &user, const QString &token)
{
    m_user = user;
    m_token = token;
    m_password.clear();
    m_account = {user, {}, {}};
}

VoidResult SyncClient::logout()
{
    if (m_token.isEmpty())
        return Ok{};
    const Reply r = send("POST", syncproto::path(endpoint::Logout), QByteArrayLiteral("{}"), "application/json");
    m_token.clear();
    m_password.clear();
    if (r.status != 200 && r.status != 401) // 401: the session had ended already
        return replyError(r, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "logout")), gc::Lang::Both));
    return Ok{};
}

VoidResult SyncClient::markAcked(const char *kind, const QStringList &refs)
{
    if (refs.isEmpty())
        return Ok{};
    Transaction tx(StoreAccess::db(m_store));
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral("INSERT OR IGNORE INTO gc_sync (kind, ref, acked_at) VALUES (?1, ?2, ?3)"));
    if (!st)
        return st.error();
    const QString now = nowIso();
    for (const auto &ref : refs) {
        st->reset();
        st->bind(1, kind).bind(2, ref).bind(3, now);
        if (auto r = st->run(); !r)
            return r;
    }
    return tx.commit();
}

VoidResult SyncClient::fetchVerdicts()
{
    if (m_role.role != QLatin1String("office") && m_role.role != QLatin1String("admin"))
        return Ok{}; // only the office reviews photos
    const Reply r = call("GET", syncproto::path(endpoint::Verdicts));
    if (r.status == 404)
        return Ok{}; // an older server judges no photos
    if (r.status != 200)
        return replyError(r, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "photo verdicts")), gc::Lang::Both));
    const auto list = syncproto::parse<syncproto::VerdictsReply>(r.body);
    if (!list)
        return makeError(ErrorCode::Server, gc::tx("%1: %2", gc::tx(QT_TRANSLATE_NOOP("gc", "photo verdicts")), list.error().text));
    Transaction tx(StoreAccess::db(m_store));
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    if (auto d = StoreAccess::db(m_store).exec(QStringLiteral("DELETE FROM gc_server_verdicts")); !d)
        return d;
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral(
        "INSERT OR REPLACE INTO gc_server_verdicts (sha256, slot, server_verdict, device_verdict, checked_at, problems) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!st)
        return st.error();
    for (const syncproto::PhotoVerdictEntry &v : list->disagreements) {
        if (!eventjson::isSha256(v.sha256) || v.serverVerdict.isEmpty())
            continue; // nothing a device could show
        st->reset();
        st->bind(1, v.sha256)
            .bind(2, v.slot.left(32))
            .bind(3, v.serverVerdict.left(16))
            .bind(4, v.deviceVerdict.left(16))
            .bind(5, v.checkedAt.left(40))
            // Why the server judged so (ReviewQueue reads it as the office's reason); kept as the server sent it, bounded.
            .bind(6, QString::fromUtf8(QJsonDocument(syncproto::toJsonArray(v.problems)).toJson(QJsonDocument::Compact)).left(16000));
        if (auto w = st->run(); !w)
            return w;
    }
    return tx.commit();
}

Result<std::vector<ServerConflict>> SyncClient::conflicts()
{
    if (auto t = checkTransport(m_server, m_transport); !t)
        return t.error();
    const Reply r = call("GET", syncproto::path(endpoint::Conflicts));
    if (r.status != 200)
        return replyError(r, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "conflicts")), gc::Lang::Both));
    const auto reply = syncproto::parse<syncproto::ConflictsReply>(r.body);
    if (!reply)
        return makeError(ErrorCode::Server, gc::tx("%1: %2", gc::tx(QT_TRANSLATE_NOOP("gc", "conflicts")), reply.error().text));
    std::vector<ServerConflict> out;
    for (const syncproto::ConflictEntry &c : reply->conflicts)
        out.push_back({c.assetUuid, c.eventId, c.otherEventId, c.detectedAt});
    return out;
}

VoidResult SyncClient::checkStore()
{
    const Reply r = call("GET", syncproto::path(endpoint::Me));
    if (r.status != 200)
        return replyError(r, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "who am I")), gc::Lang::Both));
    const auto me = syncproto::parse<syncproto::MeReply>(r.body);
    const QString storeId = me ? me->storeId : QString();
    // Which store this is decides what the acknowledgements here mean: only a whole answer naming a
    // well-formed store id may decide it. Anything less is no answer, and nothing here changes.
    static const QRegularExpression wellFormed(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._-]{1,64}")));
    if (!wellFormed.match(storeId).hasMatch())
        return makeError(ErrorCode::Network,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "the server's answer (%1) names no store id; nothing was changed, the next sync asks again"), m_server.toString(QUrl::RemoveUserInfo)));
    const syncproto::Account &a = me->account;
    m_account = {a.user.isEmpty() ? m_user : a.user, a.role, a.department.value_or(QString())};
    m_role = DeviceRole{a.role, a.department.value_or(a.user)};
    // The server's clock judges every stamp; a server that does not say leaves this device's own.
    const QDateTime serverTime = QDateTime::fromString(me->serverTime, Qt::ISODateWithMs);
    m_serverOffsetMs = serverTime.isValid() ? serverTime.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch() : 0;
    const qint64 serverMax = me->maxClockAheadMs;
    m_maxAheadMs = serverMax > 0 ? std::min(m_tuning.maxClockAheadMs, serverMax) : m_tuning.maxClockAheadMs;
    const QString server = m_server.toString(QUrl::RemoveUserInfo);
    const auto origin = StoreOrigin::of(m_store);
    if (auto c = StoreOrigin::checkServer(origin, storeId, m_store.path()); !c)
        return c;
    const QString known = meta(QStringLiteral("sync.store_id"));
    if (origin && known.isEmpty())
        return startFromOrigin(*origin, server);
    if (storeId == known) // the same store, perhaps by another address: every acknowledgement still holds
        return server == meta(QStringLiteral("sync.server")) ? Ok{} : setMeta(QStringLiteral("sync.server"), server);
    return startOver(storeId, known, server);
}

VoidResult SyncClient::startOver(const QString &storeId, const QString &known, const QString &server)
{
    // A store this file never met (or one set up again): it has acknowledged nothing of ours yet. The
    // one place acknowledgements and the cursor are dropped, on a whole answer only, and it is logged.
    if (!known.isEmpty())
        qWarning("goodcity sync: %s: the server's store is %s, not %s: acknowledgements and the pull cursor start over",
                 qPrintable(m_store.path()), qPrintable(storeId), qPrintable(known));
    Transaction tx(StoreAccess::db(m_store));
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    if (auto d = StoreAccess::db(m_store).exec(QStringLiteral("DELETE FROM gc_sync; DELETE FROM gc_sync_aside")); !d)
        return d;
    for (const auto &[k, v] : {std::pair{QStringLiteral("sync.store_id"), storeId}, std::pair{QStringLiteral("sync.server"), server},
                               std::pair{QStringLiteral("sync.cursor"), QStringLiteral("0")},
                               std::pair{QStringLiteral("sync.started_over"), QStringLiteral("%1 %2 -> %3").arg(nowIso(), known, storeId)}}) {
        if (auto s = setMeta(k, v); !s)
            return s;
    }
    return tx.commit();
}

VoidResult SyncClient::startFromOrigin(const StoreOrigin &origin, const QString &server)
{
    // A copy's first sync: what it holds is the store's history up to the origin cursor, acknowledged
    // when the copy was made (StoreOrigin::record); pull goes on from there.
    Transaction tx(StoreAccess::db(m_store));
    for (const auto &[k, v] : {std::pair{QStringLiteral("sync.store_id"), origin.storeId}, std::pair{QStringLiteral("sync.server"), server},
                               std::pair{QStringLiteral("sync.cursor"), QString::number(origin.cursor)}}) {
        if (auto s = setMeta(k, v); !s)
            return s;
    }
    return tx.commit();
}

VoidResult SyncClient::pushPhotos(SyncReport &report)
{
    // Only the photos the signed-in user added: another user's wait on this device for their author
    // (uploaded under this session, the server would count them as this user's and refuse its author).
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral(
        "SELECT DISTINCT sha256 FROM photos p WHERE NOT EXISTS (SELECT 1 FROM gc_sync s WHERE s.kind = 'photo' AND s.ref = p.sha256) "
        "AND (ifnull(?1, '') = '' OR p.added_by = ?1)"));
    if (!st)
        return st.error();
    st->bind(1, sendsFor());
    QStringList shas;
    while (st->step())
        shas << st->toText(0);
    const PhotoStore files(m_store.photoDir());
    int done = 0;
    for (const auto &sha : shas) {
        if (onPhotoProgress)
            onPhotoProgress(done++, int(shas.size()), true);
        if (!eventjson::isSha256(sha))
            continue; // a crafted name from a synced event: no file of ours, nothing to send
        QFile f(files.pathFor(sha));
        if (!f.open(QIODevice::ReadOnly))
            continue; // a photo another device took, not downloaded yet: not ours to send
        auto sent = uploadPhoto(sha, f);
        if (!sent)
            return sent.error();
        if (!sent->isEmpty()) { // the server would not take it now: the rest of the round goes on
            report.photosHeldBack << *sent;
            continue;
        }
        if (auto a = markAcked("photo", {sha}); !a)
            return a;
        ++report.photosUp;
    }
    return Ok{};
}

Result<QString> SyncClient::uploadPhoto(const QString &sha, QFile &f)
{
    const qint64 total = f.size();
    const QString base = syncproto::photoPath(sha);
    qint64 offset = 0;
    bool complete = false;
    // Where the server holds this upload: asked at the start and whenever it names an offset this
    // device did not expect (another of the user's devices sent part of the same file meanwhile).
    auto ask = [&]() -> VoidResult {
        const Reply status = call("GET", syncproto::photoPath(sha, endpoint::PhotoUpload));
        if (status.status != 200)
            return replyError(status, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1"), sha.left(12)), gc::Lang::Both));
        const auto held = syncproto::parse<syncproto::PhotoUploadState>(status.body);
        if (!held)
            return makeError(ErrorCode::Server, gc::tx("%1: %2", gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1"), sha.left(12)), held.error().text));
        offset = held->received;
        complete = held->complete;
        return Ok{};
    };
    if (auto a = ask(); !a)
        return a.error();
    int resumes = 0; // 409s in a row: a server that never agrees on an offset must not hold the round forever
    while (!complete) {
        if (offset < 0 || offset > total)
            offset = 0; // not this file's offset: start it over (the server drops a part of another size)
        f.seek(offset);
        const QByteArray chunk = f.read(m_tuning.photoChunk);
        const Reply r = call("PUT", base + QStringLiteral("?%1=%2&%3=%4").arg(query::Offset).arg(offset).arg(query::Total).arg(total), chunk,
                             "application/octet-stream");
        if (r.status == 409) {
            if (++resumes > m_tuning.resumeRetries)
                return gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1: the server asked %2 times in a row to resume elsewhere; the next sync tries again"), sha.left(12), resumes - 1), gc::Lang::Both);
            if (auto a = ask(); !a)
                return a.error();
            continue;
        }
        // Another user's upload of the same file, or this user's quota of open uploads: the photo
        // waits for a later round, the round itself is not lost.
        if (r.status == 403 || r.status == 413 || r.status == 429)
            return replyError(r, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "uploading photo %1"), sha.left(12)), gc::Lang::Both)).message();
        if (r.status != 200 && r.status != 202)
            return replyError(r, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "uploading photo %1"), sha.left(12)), gc::Lang::Both));
        const auto held = syncproto::parse<syncproto::PhotoUploadState>(r.body);
        if (!held)
            return makeError(ErrorCode::Server, gc::tx("%1: %2", gc::tx(QT_TRANSLATE_NOOP("gc", "uploading photo %1"), sha.left(12)), held.error().text));
        offset = held->received;
        complete = held->complete;
        resumes = 0;
    }
    return QString();
}

qint64 SyncClient::serverNowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_serverOffsetMs; }

QString SyncClient::sendsFor() const
{
    // The office and an admin may send any author's changes (the server takes them); everyone else
    // only their own, so another user's unsent work on a shared device waits for its author.
    if (m_role.role == QLatin1String("office") || m_role.role == QLatin1String("admin"))
        return {};
    return m_account.user.isEmpty() ? m_user : m_account.user;
}

VoidResult SyncClient::pushEvents(SyncReport &report, std::optional<Error> &refused)
{
    // Stamps compare as text: the first 15 characters are the zero-padded milliseconds.
    const qint64 reference = serverNowMs();
    const QString limit = QStringLiteral("%1").arg(reference + m_maxAheadMs, 15, 10, QLatin1Char('0'));
    // Not acknowledged, not refused before, and the signed-in user's to send.
    const QString unsent = QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM gc_sync s WHERE s.kind = 'event' AND s.ref = e.event_id) "
        "AND NOT EXISTS (SELECT 1 FROM gc_sync_aside a WHERE a.kind = 'refused' AND a.ref = e.event_id) "
        "AND (ifnull(?3, '') = '' OR e.actor = ?3)");
    const QString author = sendsFor();
    // Changes this device stamped with a clock far ahead would be refused: they stay here, and the
    // device is told to set its clock (README, "Sync": clocks).
    auto ahead = StoreAccess::db(m_store).prepare(QStringLiteral("SELECT count(*), max(hlc) FROM asset_events e WHERE %1 AND substr(hlc, 1, 15) > ?1")
                                          .arg(unsent));
    if (!ahead)
        return ahead.error();
    ahead->bind(1, limit).bind(3, author);
    if (ahead->step() && ahead->toInt(0) > 0) {
        const QString stamp = ahead->toText(1);
        const auto c = HybridClock::checkNotAhead(stamp, stamp.mid(26), reference, m_maxAheadMs);
        refused = makeError(ErrorCode::ClockAhead,
                            gc::tx(QT_TRANSLATE_NOOP("gc", "%1 changes were kept on this device, not sent: %2"), ahead->toInt(0), c ? stamp : c.error().message()));
    }
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral(
        "SELECT event_id, hlc, occurred_at, actor, device, kind, asset_uuid, payload FROM asset_events e "
        "WHERE %1 AND substr(hlc, 1, 15) <= ?2 ORDER BY fid LIMIT ?1").arg(unsent));
    if (!st)
        return st.error();
    for (;;) {
        st->reset();
        st->bind(1, qint64(m_tuning.pushBatch)).bind(2, limit).bind(3, author);
        QJsonArray batch;
        while (st->step()) {
            Event e{st->toText(0), st->toText(1), st->toText(2), st->toText(3), st->toText(4), st->toText(5), st->toText(6),
                    QJsonDocument::fromJson(st->toText(7).toUtf8()).object()};
            batch.append(eventjson::toJson(e));
        }
        if (st->failed())
            return makeError(ErrorCode::Sqlite, st->error());
        if (batch.isEmpty())
            return Ok{};
        auto sent = postEvents(batch, report);
        if (!sent)
            return sent.error();
        if (!*sent)
            continue;
        // Refused as it is (a role refusal, a bound): resending changes nothing, and the server
        // refuses a whole batch for one event. Each goes on its own; the ones refused alone are set
        // aside (kind 'refused'), so they never hold back the user's later changes. The round goes on
        // to pull what others wrote and reports the refusal at the end.
        auto settled = sendOneByOne(batch, report, refused);
        if (!settled)
            return settled.error();
        if (!*settled)
            return Ok{}; // one waits (its clock): sent again by a later round
    }
}

Result<std::optional<Error>> SyncClient::postEvents(const QJsonArray &batch, SyncReport &report)
{
    const syncproto::PushRequest body{m_store.device(), meta(QStringLiteral("sync.cursor")).toLongLong(), batch};
    const Reply r = call("POST", syncproto::path(endpoint::Events), syncproto::compact(body.toJson()));
    if (r.status >= 400 && r.status < 500 && r.status != 401 && r.status != 429) {
        Error e = replyError(r, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "sending %1 changes"), batch.size()), gc::Lang::Both));
        if (const auto refusal = syncproto::parse<syncproto::ErrorReply>(r.body); refusal && refusal->error == codeName(ErrorCode::ClockAhead))
            e.code = ErrorCode::ClockAhead; // a stamp ahead of the server's clock: it waits for the clock
        return std::optional<Error>(e);
    }
    if (r.status == 0) // sent perhaps, but never answered: stored or not, the server takes each change once
        return replyError(r, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "sending %1 changes (the server may have stored them; sent again by the next sync, each is stored once)"), batch.size()), gc::Lang::Both));
    if (r.status != 200)
        return replyError(r, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "sending %1 changes"), batch.size()), gc::Lang::Both));
    const auto reply = syncproto::parse<syncproto::PushReply>(r.body);
    const QStringList acked = reply ? reply->acknowledged : QStringList();
    if (acked.size() != batch.size())
        return makeError(ErrorCode::Server,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "the server acknowledged %2 of %1 changes"), batch.size(), acked.size()));
    if (auto a = markAcked("event", acked); !a)
        return a.error();
    report.pushedEvents += int(acked.size());
    report.conflicts += reply ? int(reply->conflicts) : 0;
    return std::optional<Error>();
}

Result<bool> SyncClient::sendOneByOne(const QJsonArray &batch, SyncReport &report, std::optional<Error> &refused)
{
    bool settled = true;
    for (const QJsonValue &v : batch) {
        auto sent = postEvents(QJsonArray{v}, report);
        if (!sent)
            return sent.error();
        if (!*sent)
            continue;
        refused = **sent;
        if (refused->code == ErrorCode::ClockAhead) { // waits for the clock, not set aside
            settled = false;
            continue;
        }
        const QByteArray raw = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        if (auto a = setAside(QStringLiteral("refused"), v.toObject().value(QStringLiteral("id")).toString(), refused->message(), raw, report); !a)
            return a.error();
    }
    return settled;
}

VoidResult SyncClient::pullEvents(SyncReport &report, std::optional<Error> &refused)
{
    // Pages follow `more`, empty ones too: a page of events this user may not read comes back empty
    // with `more` (an outside pass: ending the round there left crews a round behind per big survey
    // sheet, each round reporting "received 0"). A cursor that does not move ends the round.
    for (int pageNo = 0; pageNo < m_tuning.maxPullPages; ++pageNo) {
        const qint64 cursor = meta(QStringLiteral("sync.cursor")).toLongLong();
        const Reply r = call("GET", syncproto::path(endpoint::Events) + QStringLiteral("?%1=%2&%3=%4").arg(query::After).arg(cursor).arg(query::Limit).arg(m_tuning.pullLimit));
        if (r.status != 200)
            return replyError(r, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "receiving changes")), gc::Lang::Both));
        const auto page = syncproto::parse<syncproto::PullReply>(r.body);
        if (!page)
            return makeError(ErrorCode::Network, gc::tx(QT_TRANSLATE_NOOP("gc", "receiving changes: the server's answer lacks its events or cursor")));
        std::vector<Event> events;
        QStringList ids;
        const QJsonArray &received = page->events;
        for (const auto &v : received) {
            auto e = eventjson::fromJson(v.toObject());
            if (!e) { // stored by a server that did not check it: never merged, never in the way
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                const QByteArray raw = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
                if (auto a = setAside(QStringLiteral("event"), id.isEmpty() ? PhotoStore::sha256Of(raw) : id, e.error().message(), raw, report); !a)
                    return a;
                continue;
            }
            // A stamp far ahead of the server's clock (stored by a server that did not check) would win
            // every later edit of its asset here: it is not merged, and the round reports it.
            if (auto c = HybridClock::checkNotAhead(e->hlc, e->device, serverNowMs(), m_maxAheadMs); !c) {
                refused = makeError(c.error().code, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "change %1 was not merged: %2"), e->id, c.error().message()), gc::Lang::Both));
                continue;
            }
            ids << e->id;
            events.push_back(std::move(*e));
        }
        if (!events.empty()) {
            // Merged without waiting for photos: which of them this device keeps, and in what size,
            // is fetchWantedPhotos()'s decision after the pull (PhotoCache::wanted).
            // Noted as the server's before their rows arrive: a photo row whose file is not here is then
            // always one the server keeps, never this device's lost work (InventoryVerifier).
            if (auto a = markAcked("photo", othersPhotos(events)); !a)
                return a;
            if (auto m = mergePulled(events, report); !m)
                return m;
            // Known to the server already: never pushed back.
            if (auto a = markAcked("event", ids); !a)
                return a;
        }
        const qint64 next = page->cursor;
        if (auto s = setMeta(QStringLiteral("sync.cursor"), QString::number(next)); !s)
            return s;
        if (!page->more || next <= cursor)
            return Ok{};
    }
    return Ok{};
}

QStringList SyncClient::othersPhotos(const std::vector<Event> &events) const
{
    // Another device's photo is the server's to keep, never this device's to send.
    const PhotoStore files(m_store.photoDir());
    QStringList shas;
    for (const Event &e : events) {
        if (e.kind != QLatin1String(EventKind::PhotoAdded))
            continue;
        const QString sha = PhotoAddedPayload::read(e.payload).sha256;
        if (!files.pathFor(sha).isEmpty() && !QFile::exists(files.pathFor(sha))
            && !shas.contains(sha))
            shas << sha;
    }
    return shas;
}

Result<QSet<QString>> SyncClient::photosSetAside() const
{
    QSet<QString> out;
    const SqliteDb &db = StoreAccess::db(m_store);
    if (!db.tableExists(QStringLiteral("gc_sync_aside")))
        return out;
    // Older versions set a download the network cut short aside as a "truncated upload": those are
    // fetched again (a whole body the server holds that is bad is set aside again, saying so).
    auto st = db.prepare(QStringLiteral("SELECT ref FROM gc_sync_aside WHERE kind = 'photo' AND reason NOT LIKE '%(the upload did not finish)%'"));
    if (!st)
        return st.error();
    while (st->step())
        out.insert(st->toText(0));
    return out;
}

VoidResult SyncClient::fetchWantedPhotos(SyncReport &report)
{
    auto wanted = PhotoCache::wanted(m_store, m_role);
    if (!wanted)
        return wanted.error();
    // A photo set aside once (its hash, its format) is not asked for again.
    auto aside = photosSetAside();
    if (!aside)
        return aside.error();
    PhotoCache cache(m_store);
    std::vector<std::pair<QString, Rendition>> missing;
    for (const auto &[sha, rendition] : *wanted) {
        if (!cache.local(sha, rendition) && !aside->contains(sha))
            missing.emplace_back(sha, rendition);
    }
    int done = 0;
    for (const auto &[sha, rendition] : missing) {
        if (onPhotoProgress)
            onPhotoProgress(done++, int(missing.size()), false);
        QString why;
        QByteArray bytes;
        auto got = downloadPhoto(sha, rendition, bytes, why);
        if (!got)
            return got.error();
        if (*got == Download::NotYet)
            continue; // its device has not uploaded it yet
        if (*got == Download::Unusable) {
            if (auto a = setAside(QStringLiteral("photo"), sha, why, {}, report); !a)
                return a;
            continue;
        }
        if (auto put = cache.put(sha, rendition, bytes); !put)
            return put;
        ++report.photosDown;
        report.photoBytesDown += bytes.size();
    }
    return Ok{};
}

VoidResult SyncClient::mergePulled(const std::vector<Event> &events, SyncReport &report)
{
    auto added = m_store.merge(events);
    if (added) {
        report.pulledEvents += *added;
        return Ok{};
    }
    // One event this store cannot take must not hold back the others: each on its own.
    for (const Event &e : events) {
        auto one = m_store.merge({e});
        if (one) {
            report.pulledEvents += *one;
            continue;
        }
        const QByteArray raw = QJsonDocument(eventjson::toJson(e)).toJson(QJsonDocument::Compact);
        if (auto a = setAside(QStringLiteral("event"), e.id, one.error().message(), raw, report); !a)
            return a;
    }
    return Ok{};
}

Result<SyncClient::Download> SyncClient::downloadPhoto(const QString &sha, Rendition rendition, QByteArray &bytes, QString &why)
{
    if (!eventjson::isSha256(sha)) {
        why = gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the photo's name is not a SHA-256")), gc::Lang::Both);
        return Download::Unusable;
    }
    const Reply r = call("GET", syncproto::photoPath(sha) + QStringLiteral("?%1=%2").arg(query::Rendition, renditionName(rendition)));
    if (r.status == 404)
        return Download::NotYet;
    // A download cut short never gets here (send() makes it a network error, retried now and by later
    // rounds): what follows judges a whole body, as the server holds it.
    if (r.status != 200) {
        const Error e = replyError(r, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "downloading photo %1"), sha.left(12)), gc::Lang::Both));
        if (transient(e) || r.status == 429)
            return e;
        why = e.message(); // the server refuses it as it is (400, 403, 422): asking again changes nothing
        return Download::Unusable;
    }
    if (rendition == Rendition::Original && PhotoStore::sha256Of(r.body) != sha) {
        why = gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the server's copy of photo %1 has a different SHA-256"), sha.left(12)), gc::Lang::Both);
        return Download::Unusable;
    }
    // Only a JPEG or PNG within PhotoLimits, judged from its header, ever reaches the cache (and Qt).
    if (auto header = readPhotoHeader(r.body); !header) {
        why = gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the server's copy of photo %1 (%2) is not usable here: %3"), sha.left(12), renditionName(rendition), codeName(header.error().code)), gc::Lang::Both);
        return Download::Unusable;
    }
    bytes = r.body;
    return Download::Stored;
}

Result<ShownPhoto> SyncClient::openPhoto(const QString &sha, Rendition rendition)
{
    PhotoCache cache(m_store);
    if (auto here = cache.local(sha, rendition)) {
        if (auto t = cache.touch(sha, rendition); !t)
            return t.error();
        return ShownPhoto{*here, rendition, false};
    }
    QString why;
    QByteArray bytes;
    Result<Download> got = m_token.isEmpty() ? Result<Download>(makeError(ErrorCode::Unauthenticated,
                                                                          gc::tx(QT_TRANSLATE_NOOP("gc", "not logged in"))))
                                             : downloadPhoto(sha, rendition, bytes, why);
    if (got && *got == Download::Stored) {
        if (auto put = cache.put(sha, rendition, bytes); !put)
            return put.error();
        return ShownPhoto{*cache.local(sha, rendition), rendition, false};
    }
    if (got && *got == Download::Unusable)
        return makeError(ErrorCode::PhotoUnusable, why);
    // Offline (or not on the server yet): the thumbnail, if this device has it, and it says so.
    if (auto thumb = cache.local(sha, Rendition::Thumb))
        return ShownPhoto{*thumb, Rendition::Thumb, true};
    if (!got)
        return got.error();
    return makeError(ErrorCode::NoPhoto, gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1 is not on the server yet"), sha.left(12)));
}

VoidResult SyncClient::prefetch(const QStringList &shas, Rendition rendition)
{
    PhotoCache cache(m_store);
    for (const QString &sha : shas) {
        if (cache.local(sha, rendition))
            continue;
        QString why;
        QByteArray bytes;
        auto got = downloadPhoto(sha, rendition, bytes, why);
        if (!got)
            return got.error();
        if (*got == Download::Stored) { // one it cannot use is simply not prefetched: opening it says why
            if (auto put = cache.put(sha, rendition, bytes); !put)
                return put;
        }
    }
    return Ok{};
}
Result<SyncReport> SyncClient::syncOnce()
{
    SyncReport report;
    const qint64 bytesBefore = m_bytesDown;
    auto fail = [&](const Error &e) -> Result<SyncReport> {
        setMeta(QStringLiteral("sync.last_error"), e.message());
        return e;
    };
    if (auto p = prepare(m_store); !p)
        return fail(p.error());
    if (m_token.isEmpty())
        return fail(makeError(ErrorCode::Unauthenticated, gc::tx(QT_TRANSLATE_NOOP("gc", "log in first"))));
    // Push before pull, and pull only after every push was acknowledged: the base cursor sent with
    // a push then tells the server exactly which of others' edits this device had seen.
    if (auto r = checkStore(); !r)
        return fail(r.error());
    if (auto r = pushPhotos(report); !r)
        return fail(r.error());
    std::optional<Error> refused; // reported after the round, which it does not stop
    if (auto r = pushEvents(report, refused); !r)
        return fail(r.error());
    if (auto r = pullEvents(report, refused); !r)
        return fail(r.error());
    if (auto r = fetchWantedPhotos(report); !r)
        return fail(r.error());
    if (auto r = fetchVerdicts(); !r)
        return fail(r.error());
    if (refused)
        return fail(*refused);
    auto pending = pendingCount(m_store);
    if (!pending)
        return fail(pending.error());
    report.pending = *pending;
    auto waiting = waitingForAuthors(m_store, sendsFor());
    if (!waiting)
        return fail(waiting.error());
    report.waiting = *waiting;
    report.finishedAt = nowIso();
    report.bytesDown = m_bytesDown - bytesBefore;
    setMeta(QStringLiteral("sync.last_ok_at"), report.finishedAt);
    setMeta(QStringLiteral("sync.last_error"), QString());
    return report;
}

} // namespace gc::core
