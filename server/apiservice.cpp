#include "apiservice.h"
#include "text.h"
#include "photorenditions.h"

#include "credentials.h"
#include "model/eventjson.h"
#include "store/eventreducer.h"
#include "model/payloads.h"
#include "photofiles/photoheader.h"
#include "pullpage.h"
#include "readscope.h"
#include "syncmessages.h"
#include "syncprotocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace gc::server {

namespace key = syncproto::key;

namespace {

ApiResponse json(int status, const QJsonObject &o) { return ApiResponse{status, "application/json", syncproto::compact(o), {}}; }

ApiResponse error(int status, const QString &code, const QString &message)
{
    return json(status, syncproto::ErrorReply{code, message, std::nullopt}.toJson());
}

syncproto::Account account(const User &u)
{
    return {u.name, roleName(u.role), u.department.isEmpty() ? std::nullopt : std::optional(u.department)};
}

// A photo's verdict as the office reads it.
syncproto::PhotoVerdictEntry verdictEntry(const PhotoJudgement &v)
{
    const bool judged = !v.serverVerdict.isEmpty();
    syncproto::PhotoVerdictEntry o{v.claim.sha256, v.claim.assetUuid, v.claim.slot, v.claim.deviceVerdict, v.serverVerdict,
                                   judged ? QStringLiteral("judged") : QStringLiteral("pending"),
                                   // The office looks at every photo whose device said otherwise than the server.
                                   judged && !v.claim.deviceVerdict.isEmpty() && v.claim.deviceVerdict != v.serverVerdict,
                                   v.claim.takenAt, v.claim.occurredAt, v.checkedAt, std::nullopt, {}};
    if (judged && !v.result.isEmpty()) {
        o.result = QJsonDocument::fromJson(v.result).object();
        // Why: every check that made the server's verdict (PhotoJudge::verdictJson), for the office's queue.
        for (const QJsonValue &p : o.result->value(key::Problems).toArray())
            o.problems.push_back(core::PhotoProblemItem::read(p.toObject()));
    }
    return o;
}

} // namespace

ApiService::ApiService(SyncStore &store, ApiLimits limits, RolePolicy policy, Clock clock)
    : ApiService(*new StorePool(store), limits, std::move(policy), std::move(clock))
{
    m_ownPool.reset(m_pool);
}

ApiService::ApiService(StorePool &pool, ApiLimits limits, RolePolicy policy, Clock clock)
    : m_pool(&pool), m_storeId(pool.take()->storeId()), m_limits(limits), m_policy(std::move(policy)),
      m_clock(std::move(clock)), m_throttle(limits.throttle), m_judge(std::make_unique<PhotoJudge>(pool))
{
    Credentials::prepareDummy();
}

ApiService::~ApiService()
{
    if (auto r = flushRefusals(); !r)
        qWarning("goodcity-server: refusal log failed: %s", qPrintable(r.error().message()));
}

VoidResult ApiService::flushRefusals()
{
    if (m_refusals.empty())
        return Ok{};
    auto s = m_pool->take();
    return m_refusals.flush(s->refusals());
}

void ApiService::flushQuietRefusals()
{
    if (m_refusals.empty())
        return;
    auto s = m_pool->take();
    if (auto r = m_refusals.flushIfQuiet(s->refusals()); !r)
        qWarning("goodcity-server: refusal log failed: %s", qPrintable(r.error().message()));
}

ApiResponse ApiService::storeError(const ApiRequest &r, const Error &e)
{
    // The store is unreachable or failed mid-way: nothing was acknowledged, the client retries. The
    // database's own words (table names, SQL, the server's address) go to the log, not to the caller.
    qWarning("goodcity-server: 503 %s %s: %s", r.method.constData(), qPrintable(r.path.left(200)), qPrintable(e.message()));
    return error(503, QStringLiteral("store_unavailable"),
                 gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the server's store is unavailable right now; nothing was lost, sync again in a while")), gc::Lang::Both));
}

Result<std::optional<User>> ApiService::authenticate(SyncStore &s, const QByteArray &authorization)
{
    const QByteArray prefix = "Bearer ";
    if (!authorization.startsWith(prefix))
        return std::optional<User>();
    const QString token = QString::fromLatin1(authorization.mid(prefix.size()).trimmed());
    const QString hash = Credentials::tokenHash(token);
    const QDateTime t = now();
    auto user = s.accounts().sessionUser(hash, t);
    if (user && *user && (*user)->disabled())
        return std::optional<User>(); // disabling ends sessions; this also covers one made a moment before
    if (user && *user) {
        std::lock_guard lock(m_mutex);
        if (m_recent.size() >= m_limits.maxRecentSessions)
            m_recent.clear();
        m_recent.insert(hash, RecentSession{**user, t.addSecs(m_limits.recentSessionSecs)});
    }
    return user;
}

void ApiService::sweep(SyncStore &s)
{
    const QDateTime t = now();
    {
        std::lock_guard lock(m_mutex);
        if (m_lastSweep.isValid() && m_lastSweep.secsTo(t) < m_limits.sweepEverySecs)
            return;
        m_lastSweep = t;
    }
    auto dropped = s.expireUploads(t.addSecs(-m_limits.uploadExpirySecs));
    if (!dropped)
        qWarning("goodcity-server: expiring partial uploads failed: %s", qPrintable(dropped.error().message()));
    else if (*dropped > 0)
        qInfo("goodcity-server: dropped %d partial photo uploads untouched for %lld h", *dropped,
              m_limits.uploadExpirySecs / 3600);
}

Admission ApiService::admit(const RequestHead &h)
{
    const ApiRequest &r = h.request;
    if (h.headTooLarge)
        return {refuse(nullptr, r, {}, 431, QStringLiteral("head_too_large"),
                       gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the request line and headers exceed %1 KB"), m_limits.maxHeadBytes >> 10), gc::Lang::Both))};
    if (!h.malformed.isEmpty())
        return {refuse(nullptr, r, {}, 400, QStringLiteral("bad_head"),
                       gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the request head is not well-formed HTTP/1.1: %1"), h.malformed), gc::Lang::Both))};
    if (h.chunked)
        return {refuse(nullptr, r, {}, 411, QStringLiteral("length_required"),
                       gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "send a Content-Length (chunked bodies are not accepted)")), gc::Lang::Both))};
    if (h.contentLength <= m_limits.maxAnonymousBody)
        return {};
    if (!r.authorization.startsWith("Bearer "))
        return {admitBody(nullptr, h, std::nullopt)};
    const QString token = QString::fromLatin1(r.authorization.mid(int(qstrlen("Bearer "))).trimmed());
    std::optional<User> user;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_recent.constFind(Credentials::tokenHash(token));
        if (it != m_recent.constEnd() && it->until > now())
            user = it->user;
    }
    if (!user)
        return {std::nullopt, true};
    return {admitBody(nullptr, h, user)};
}

std::optional<ApiResponse> ApiService::admitFromStore(const RequestHead &h)
{
    auto s = m_pool->take();
    auto user = authenticate(*s, h.request.authorization);
    if (!user)
        return storeError(h.request, user.error());
    return admitBody(&*s, h, *user);
}

std::optional<ApiResponse> ApiService::admitBody(SyncStore *s, const RequestHead &h, const std::optional<User> &user)
{
    // A large body is read only for a valid session, and only where one belongs.
    const ApiRequest &r = h.request;
    if (!user)
        return refuse(s, r, {}, 413, QStringLiteral("body_too_large"),
                      gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "without a valid login a request carries at most %1 KB"), m_limits.maxAnonymousBody >> 10), gc::Lang::Both));
    const bool events = r.method == "POST" && r.path == syncproto::absolutePath(syncproto::endpoint::Events);
    const bool photo = r.method == "PUT" && r.path.startsWith(syncproto::absolutePath(syncproto::endpoint::Photos) + QLatin1Char('/'));
    const qint64 cap = events ? m_limits.maxEventsBody : photo ? m_limits.maxPhotoChunkBody : m_limits.maxAnonymousBody;
    if (h.contentLength > cap)
        return refuse(s, r, user->name, 413, QStringLiteral("body_too_large"),
                      gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the body exceeds %1 KB (%2 bytes)"), cap >> 10, h.contentLength), gc::Lang::Both));
    return std::nullopt;
}

QDateTime ApiService::now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

ApiResponse ApiService::refuse(SyncStore *s, const ApiRequest &r, const QString &user, int status, const QString &code,
                               const QString &message)
{
    Refusal f{user, r.remote, QString::fromLatin1(r.method), r.path, status, message, now()};
    if (s) {
        m_refusals.add(s->refusals(), std::move(f));
    } else if (m_refusals.hold(std::move(f))) {
        if (m_offload)
            m_offload([this] {
                if (auto w = flushRefusals(); !w)
                    qWarning("goodcity-server: refusal log failed: %s", qPrintable(w.error().message()));
            });
        else if (auto w = flushRefusals(); !w)
            qWarning("goodcity-server: refusal log failed: %s", qPrintable(w.error().message()));
    }
    qWarning("goodcity-server: %d %s %s user=%s remote=%s: %s", status, r.method.constData(), qPrintable(r.path.left(200)),
             qPrintable(user.isEmpty() ? QStringLiteral("-") : user), qPrintable(r.remote), qPrintable(message));
    ApiResponse resp = error(status, code, message);
    if (status == 401)
        resp.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"goodcity\"")));
    return resp;
}

ApiResponse ApiService::handle(const ApiRequest &r)
{
    if (isLogin(r)) { // its own steps take a connection each, not one across the password check
        const LoginAttempt attempt = beginLogin(r);
        if (attempt.answer)
            return *attempt.answer;
        return finishLogin(attempt, attempt.checkPassword());
    }
    auto lease = m_pool->take();
    ApiResponse a = route(*lease, r);
    if (auto q = m_refusals.flushIfQuiet(lease->refusals()); !q)
        qWarning("goodcity-server: refusal log failed: %s", qPrintable(q.error().message()));
    return a;
}

// The route table: one row per endpoint below /api/v1/, its method and its handler. The paths are
// the client's (sync/protocol/syncprotocol.h). A row with `named` takes a photo's SHA-256 as its second
// segment (and `sub`, when set, as its third); an `open` row answers without a session.
struct ApiService::Route {
    QByteArray method; // empty: any method
    QLatin1String endpoint;
    bool named = false;
    QLatin1String sub = {};
    bool open = false;
    ApiResponse (*handle)(ApiService &, const RouteCall &) = nullptr;

    qsizetype segments() const { return 1 + (named ? 1 : 0) + (sub.isEmpty() ? 0 : 1); }
};

std::span<const ApiService::Route> ApiService::routes()
{
    namespace ep = syncproto::endpoint;
    using A = ApiService;
    using C = const RouteCall &;
    static const Route table[] = {
        {"GET", ep::Health, false, {}, true,
         [](A &a, C) { return json(200, syncproto::HealthReply{true, a.m_storeId}.toJson()); }},
        // A POST is handle()'s (its own steps take a connection each); any other method is refused.
        {{}, ep::Login, false, {}, true, [](A &, C) { return error(405, QStringLiteral("method"), gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "use POST")), gc::Lang::Both)); }},
        {"POST", ep::Logout, false, {}, false, [](A &a, C c) { return a.logout(c.s, c.r); }},
        {"GET", ep::Me, false, {}, false, [](A &a, C c) { return a.me(c); }},
        {"POST", ep::Unlock, false, {}, false, [](A &a, C c) { return a.unlockLogin(c.s, c.r, *c.user); }},
        {"POST", ep::Events, false, {}, false, [](A &a, C c) { return a.pushEvents(c.s, c.r, *c.user); }},
        {"GET", ep::Events, false, {}, false, [](A &a, C c) { return a.pullEvents(c.s, c.r, *c.user); }},
        {"GET", ep::Conflicts, false, {}, false, [](A &a, C c) { return a.listConflicts(c); }},
        {"GET", ep::Verdicts, false, {}, false, [](A &a, C c) { return a.photoDisagreements(c.s, c.r, *c.user); }},
        {"GET", ep::Photos, true, ep::PhotoUpload, false, [](A &a, C c) { return a.photoUploadStatus(c); }},
        {"PUT", ep::Photos, true, {}, false, [](A &a, C c) { return a.putPhoto(c.s, c.r, *c.user, c.sha); }},
        {"GET", ep::Photos, true, ep::PhotoVerdict, false, [](A &a, C c) { return a.photoVerdict(c.s, c.r, *c.user, c.sha); }},
        {"GET", ep::Photos, true, {}, false, [](A &a, C c) { return a.getPhoto(c); }},
    };
    return table;
}

// The row for this endpoint, segment count, method and third segment; with an empty method, any row
// whose endpoint and segment count fit (so a photo's name is judged before its method).
const ApiService::Route *ApiService::findRoute(const QString &endpoint, qsizetype segments, const QByteArray &method, const QString &sub,
                                               bool open)
{
    for (const Route &route : routes()) {
        if (route.open != open || endpoint != route.endpoint || segments != route.segments())
            continue;
        if (method.isEmpty() || ((route.method.isEmpty() || route.method == method) && (route.sub.isEmpty() || sub == route.sub)))
            return &route;
    }
    return nullptr;
}

ApiResponse ApiService::route(SyncStore &s, const ApiRequest &r)
{
    // Paths are matched segment by segment on the encoded form: an encoded slash or dot-dot never
    // becomes a path, and a photo name must be 64 hex digits before it touches any file.
    const QStringList seg = r.path.split(QLatin1Char('/'));
    if (seg.size() < 4 || !seg[0].isEmpty() || seg[1] != syncproto::kApi || seg[2] != syncproto::kVersion)
        return error(404, QStringLiteral("not_found"), gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no such endpoint: %1"), r.path.left(200)), gc::Lang::Both));
    for (const auto &part : seg.mid(3)) {
        if (part.isEmpty() || part.contains(QLatin1Char('%')) || part == QLatin1String("..") || part == QLatin1String("."))
            return refuse(&s, r, {}, 400, QStringLiteral("bad_path"), gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "malformed path: %1"), r.path.left(200)), gc::Lang::Both));
    }
    const QStringList rest = seg.mid(3);
    const QString head = rest.first();
    const QString sub = rest.size() == 3 ? rest[2] : QString();

    sweep(s);
    if (const Route *open = findRoute(head, rest.size(), r.method, sub, true))
        return open->handle(*this, {s, r, nullptr, {}});

    // Everything else needs a bearer token.
    if (!r.authorization.startsWith("Bearer "))
        return refuse(&s, r, {}, 401, QStringLiteral("unauthenticated"),
                      gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "log in first (no bearer token)")), gc::Lang::Both));
    auto user = authenticate(s, r.authorization);
    if (!user)
        return storeError(r, user.error());
    if (!*user)
        return refuse(&s, r, {}, 401, QStringLiteral("unauthenticated"),
                      gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the session expired or is not valid; log in again")), gc::Lang::Both));
    const User &u = **user;

    const Route *candidate = findRoute(head, rest.size(), {}, sub, false);
    if (candidate && candidate->named && !core::eventjson::isSha256(rest[1]))
        return refuse(&s, r, u.name, 400, QStringLiteral("bad_sha256"),
                      gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "a photo is named by its SHA-256 (64 lowercase hex digits)")), gc::Lang::Both));
    if (const Route *found = candidate ? findRoute(head, rest.size(), r.method, sub, false) : nullptr)
        return found->handle(*this, {s, r, &u, found->named ? rest[1] : QString()});
    return error(404, QStringLiteral("not_found"), gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no such endpoint: %1 %2"), QString::fromLatin1(r.method), r.path.left(200)), gc::Lang::Both));
}

ApiResponse ApiService::me(const RouteCall &c)
{
    // The clock every stamp is judged by: a client holds back what this would refuse.
    return json(200, syncproto::MeReply{account(*c.user), m_storeId, now().toString(Qt::ISODateWithMs), m_limits.maxClockAheadMs}.toJson());
}

ApiResponse ApiService::listConflicts(const RouteCall &c)
{
    if (!RolePolicy::mayReadConflicts(*c.user))
        return refuse(&c.s, c.r, c.user->name, 403, QStringLiteral("forbidden"),
                      gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "only the office reviews conflicts")), gc::Lang::Both));
    auto list = c.s.conflicts();
    if (!list)
        return storeError(c.r, list.error());
    syncproto::ConflictsReply reply;
    for (const auto &conflict : *list)
        reply.conflicts.push_back({conflict.assetUuid, conflict.eventId, conflict.otherEventId, conflict.detectedAt});
    return json(200, reply.toJson());
}

ApiResponse ApiService::photoUploadStatus(const RouteCall &c)
{
    auto st = c.s.photoUpload(c.sha);
    if (!st)
        return storeError(c.r, st.error());
    return json(200, syncproto::PhotoUploadState{st->received, st->complete}.toJson());
}

ApiResponse ApiService::getPhoto(const RouteCall &c)
{
    auto mine = ReadScope(c.s, *c.user, &c.s.accounts()).mayReadPhoto(c.sha);
    if (!mine)
        return storeError(c.r, mine.error());
    // The answer for a photo the server lacks, and not logged as a refusal: a crew's device asks
    // for every photo it hears of, and the name tells no one that the photo exists. The same for
    // every rendition: a thumbnail shows what the original does.
    if (!*mine)
        return error(404, QStringLiteral("no_photo"), gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the server has no such photo")), gc::Lang::Both));
    const QString name = c.r.query.queryItemValue(syncproto::query::Rendition);
    const auto rendition = name.isEmpty() ? std::optional(core::Rendition::Original) : core::renditionFromName(name);
    if (!rendition)
        return error(400, QStringLiteral("bad_rendition"),
                     gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "rendition is one of thumb, preview, original, not '%1'"), name.left(40)), gc::Lang::Both));
    auto p = PhotoRenditions::get(c.s, c.sha, *rendition);
    // A stored file no rendition can be made of (an older server kept an svgz): the photo's fault,
    // no retry mends it, so not a 503 the device would retry forever.
    if (!p && codeName(p.error().code).startsWith(QLatin1String("photo_")))
        return error(422, codeName(p.error().code), p.error().message());
    if (!p)
        return storeError(c.r, p.error());
    if (!*p)
        return error(404, QStringLiteral("no_photo"), gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the server has no such photo")), gc::Lang::Both));
    const bool jpeg = (*p)->startsWith("\xFF\xD8");
    return ApiResponse{200, jpeg ? QByteArray("image/jpeg") : QByteArray("application/octet-stream"), std::move(**p), {}};
}

bool ApiService::isLogin(const ApiRequest &r) { return r.method == "POST" && r.path == syncproto::absolutePath(syncproto::endpoint::Login); }

LoginAttempt ApiService::beginLogin(const ApiRequest &r)
{
    auto s = m_pool->take();
    sweep(*s); // what handle() does before any endpoint
    LoginAttempt a;
    a.request = r;
    a.request.body.clear();
    // A body that is no login request is a wrong password: the same argon2id work, the same answer.
    if (const auto login = syncproto::parse<syncproto::LoginRequest>(r.body)) {
        a.name = login->user.left(64);
        a.password = login->password;
    }
    // The user first: a new password hash lets its owner in at once, whatever was guessed before.
    auto u = s->accounts().user(a.name);
    if (!u) {
        a.answer = storeError(r, u.error());
        return a;
    }
    a.user = *u;
    const QString credential = a.user ? a.user->passwordHash : QString();
    qint64 wait = 0;
    bool crowded = false;
    {
        // Checked and counted in one step, so logins arriving together cannot all pass the check.
        std::lock_guard lock(m_mutex);
        wait = m_throttle.retryAfter(a.name, r.remote, now(), credential);
        crowded = m_pendingByPair.value(pendingKey(a.name, r.remote)) >= m_limits.throttle.maxFailuresPerUserAddress
                  || m_pendingByUser.value(a.name) >= m_limits.throttle.maxFailuresPerUser
                  || m_pendingByAddress.value(r.remote) >= m_limits.throttle.maxFailuresPerAddress;
        if (wait <= 0 && !crowded)
            countPending(a.name, r.remote, +1);
    }
    if (wait > 0) {
        ApiResponse resp = refuse(&*s, r, a.name, 429, QStringLiteral("too_many_logins"),
                                  gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "too many failed logins; try again in %1 s"), wait), gc::Lang::Both));
        resp.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(wait)));
        a.answer = std::move(resp);
    } else if (crowded) {
        ApiResponse resp = refuse(&*s, r, a.name, 429, QStringLiteral("too_many_logins"),
                                  gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "too many logins in progress; try again in 1 s")), gc::Lang::Both));
        resp.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        a.answer = std::move(resp);
    }
    return a;
}

void ApiService::countPending(const QString &name, const QString &remote, int step)
{
    for (auto [pending, key] : {std::pair{&m_pendingByPair, pendingKey(name, remote)}, std::pair{&m_pendingByUser, name},
                                std::pair{&m_pendingByAddress, remote}}) {
        if (((*pending)[key] += step) <= 0)
            pending->remove(key);
    }
}

bool LoginAttempt::checkPassword() const
{
    // The same argon2id work whether the name exists, is disabled or not: the answer time names no one.
    if (!user)
        return Credentials::verifyAgainstDummy(password);
    if (user->disabled()) {
        Credentials::verifyPassword(user->passwordHash.mid(1), password); // the work only: never a way in
        return false;
    }
    return Credentials::verifyPassword(user->passwordHash, password);
}

ApiResponse ApiService::finishLogin(const LoginAttempt &a, bool passwordOk)
{
    const ApiRequest &r = a.request;
    const bool ok = passwordOk && a.user;
    {
        std::lock_guard lock(m_mutex);
        countPending(a.name, r.remote, -1);
        if (ok)
            m_throttle.succeeded(a.name, r.remote, now());
        else
            m_throttle.failed(a.name, r.remote, now(), a.user ? a.user->passwordHash : QString());
    }
    auto s = m_pool->take();
    if (!ok)
        return refuse(&*s, r, a.name, 401, QStringLiteral("bad_login"),
                      gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "wrong user name or password")), gc::Lang::Both));
    const CredentialPolicy policy;
    const QString token = Credentials::newToken(policy);
    const QDateTime expires = now().addSecs(policy.tokenLifetimeSecs);
    if (auto added = s->accounts().addSession(Credentials::tokenHash(token), a.user->name, expires); !added)
        return storeError(r, added.error());
    return json(200, syncproto::LoginReply{account(*a.user), token, expires.toString(Qt::ISODate), m_storeId}.toJson());
}

ApiResponse ApiService::unlockLogin(SyncStore &s, const ApiRequest &r, const User &u)
{
    if (u.role != Role::Admin)
        return refuse(&s, r, u.name, 403, QStringLiteral("forbidden"),
                      gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "only an admin unlocks a login")), gc::Lang::Both));
    const auto unlock = syncproto::parse<syncproto::UnlockRequest>(r.body);
    const QString name = unlock ? unlock->user.left(64) : QString();
    if (name.isEmpty())
        return error(400, QStringLiteral("bad_json"), gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "send {\"user\": NAME}")), gc::Lang::Both));
    {
        std::lock_guard lock(m_mutex);
        m_throttle.unlock(name);
    }
    qInfo("goodcity-server: %s unlocked the login of %s", qPrintable(u.name), qPrintable(name));
    return json(200, syncproto::UnlockReply{name}.toJson());
}

ApiResponse ApiService::logout(SyncStore &s, const ApiRequest &r)
{
    // Only this token's session ends; the user's other devices stay logged in.
    const QString token = QString::fromLatin1(r.authorization.mid(int(qstrlen("Bearer "))).trimmed());
    if (auto e = s.accounts().endSession(Credentials::tokenHash(token)); !e)
        return storeError(r, e.error());
    return json(200, syncproto::LogoutReply{true}.toJson());
}

ApiResponse ApiService::pushEvents(SyncStore &s, const ApiRequest &r, const User &u)
{
    const auto push = syncproto::parse<syncproto::PushRequest>(r.body);
    if (!push)
        return error(400, codeName(push.error().code), push.error().message());
    const QJsonArray &arr = push->events;
    if (arr.size() > m_limits.maxBatchEvents)
        return error(413, QStringLiteral("batch_too_large"),
                     gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "at most %1 events per request"), m_limits.maxBatchEvents), gc::Lang::Both));
    std::vector<core::Event> events;
    events.reserve(arr.size());
    for (const auto &v : arr) {
        auto e = core::eventjson::fromJson(v.toObject());
        if (!e) // not an event the product defines, or one out of its bounds: logged like a role refusal
            return refuse(&s, r, u.name, 400, codeName(e.error().code), e.error().message());
        // A stamp far ahead would win every later edit of its asset and drag every device's clock.
        if (auto c = core::HybridClock::checkNotAhead(e->hlc, e->device, now().toMSecsSinceEpoch(), m_limits.maxClockAheadMs); !c)
            return refuse(&s, r, u.name, 400, codeName(c.error().code), gc::render(gc::tx("%1 (%2 %3)", c.error().text, gc::tx(QT_TRANSLATE_NOOP("gc", "event")), e->id), gc::Lang::Both));
        events.push_back(std::move(*e));
    }
    if (auto judged = judge(s, r, u, events); judged.status != 0) // the whole batch is refused: nothing of it is stored
        return judged;
    auto out = m_pushes.push(s, events, push->baseCursor, u.name);
    if (!out)
        return storeError(r, out.error());
    if (auto noted = m_judge->noteClaims(s, PhotoJudge::claimsIn(events)); !noted)
        qWarning("goodcity-server: photo claims not stored: %s", qPrintable(noted.error().message()));
    const QStringList acked(out->acknowledged.begin(), out->acknowledged.end());
    return json(200, syncproto::PushReply{acked, out->added, out->duplicates, out->conflicts, out->cursor, m_storeId}.toJson());
}

VoidResult ApiService::unfiledPhotoOf(SyncStore &s, const User &u, const QString &sha, WriteContext &ctx)
{
    // Another user of a shared device uploaded this file (an older app sent every unsent photo under
    // whoever was signed in), but no photo.added names it yet: its SHA-256 reached no one through a
    // pull, so only a holder of the file can know it, and its author may file it. A photo someone
    // filed already stays its uploader's (the rule stops filing a sha256 seen in a pull).
    if (!ctx.photoUploadedBy || ctx.photoUploadedBy->isEmpty() || *ctx.photoUploadedBy == u.name)
        return Ok{};
    auto uses = s.photoUses(sha);
    if (!uses)
        return uses.error();
    if (uses->empty())
        ctx.photoUploadedBy = u.name;
    return Ok{};
}

ApiResponse ApiService::judge(SyncStore &s, const ApiRequest &r, const User &u, const std::vector<core::Event> &batch)
{
    // In the order the store applies them, each event against the state the ones before it left:
    // an install may follow the assignment sent in the same batch, a second install may not.
    std::vector<const core::Event *> order;
    for (const auto &e : batch)
        order.push_back(&e);
    std::sort(order.begin(), order.end(), [](const core::Event *a, const core::Event *b) { return *a < *b; });
    struct Folded {
        core::Asset asset;
        bool exists = false;
    };
    std::map<QString, Folded> assets;
    std::map<QString, QString> photoOwners, proposalOwners;
    std::set<QString> afterPhotos; // assets an after photo is filed for earlier in the batch
    const bool trusted = u.role == Role::Admin || u.role == Role::Office;
    for (const core::Event *e : order) {
        auto known = s.hasEvent(e->id);
        if (!known)
            return storeError(r, known.error());
        if (*known)
            continue; // stored already: a re-sent batch is acknowledged, not judged again
        WriteContext ctx;
        if (!e->assetUuid.isEmpty()) {
            auto it = assets.find(e->assetUuid);
            if (it == assets.end()) {
                auto a = s.asset(e->assetUuid);
                if (!a)
                    return storeError(r, a.error());
                it = assets.emplace(e->assetUuid, *a ? Folded{**a, true} : Folded{}).first;
            }
            if (it->second.exists)
                ctx.asset = it->second.asset;
        }
        QString photoId;
        if (e->kind == QLatin1String(core::EventKind::PhotoAdded)) {
            photoId = core::reducer::photoRow(*e).photoId;
            auto it = photoOwners.find(photoId);
            if (it == photoOwners.end()) {
                auto by = s.photoAddedBy(photoId);
                if (!by)
                    return storeError(r, by.error());
                it = photoOwners.emplace(photoId, *by).first;
            }
            ctx.photoAddedBy = it->second;
            if (!trusted) {
                const QString sha = core::PhotoAddedPayload::read(e->payload).sha256;
                auto uploader = s.photoUploader(sha);
                if (!uploader)
                    return storeError(r, uploader.error());
                ctx.photoUploadedBy = *uploader;
                if (auto mine = unfiledPhotoOf(s, u, sha, ctx); !mine)
                    return storeError(r, mine.error());
            }
        }
        if (auto looked = lookUpOwnership(s, *e, ctx, proposalOwners); !looked)
            return storeError(r, looked.error());
        if (auto looked = lookUpAssetFacts(s, *e, ctx, afterPhotos); !looked)
            return storeError(r, looked.error());
        const auto decision = m_policy.mayWrite(u, *e, ctx);
        if (!decision.allowed)
            return refuse(&s, r, u.name, decision.status, decision.code, decision.reason);
        if (!photoId.isEmpty() && core::reducer::photoRow(*e).role.startsWith(QLatin1String("after")))
            afterPhotos.insert(e->assetUuid);
        if (!e->assetUuid.isEmpty() && core::reducer::touchesAsset(e->kind)) {
            Folded &f = assets[e->assetUuid];
            core::reducer::apply(f.asset, f.exists, *e);
        }
        if (!photoId.isEmpty() && photoOwners[photoId].isEmpty())
            photoOwners[photoId] = e->actor;
        if (e->kind == QLatin1String(core::EventKind::PlaceProposed) && ctx.proposalOwner.isEmpty())
            proposalOwners[core::PlaceProposedPayload::read(e->payload).proposalId] = e->actor;
    }
    return ApiResponse{0, {}, {}, {}};
}

VoidResult ApiService::lookUpAssetFacts(SyncStore &s, const core::Event &e, WriteContext &ctx, const std::set<QString> &batchAfterPhotos)
{
    if (e.assetUuid.isEmpty() || !core::EventKind::isAssetKind(e.kind))
        return Ok{};
    auto history = s.assetHistory(e.assetUuid);
    if (!history)
        return history.error();
    ctx.history = *history;
    ctx.history.afterPhoto = ctx.history.afterPhoto || batchAfterPhotos.count(e.assetUuid) > 0;
    return Ok{};
}

VoidResult ApiService::lookUpOwnership(SyncStore &s, const core::Event &e, WriteContext &ctx, std::map<QString, QString> &proposalOwners)
{
    if (e.kind == QLatin1String(core::EventKind::PlaceProposed)) {
        const QString id = core::PlaceProposedPayload::read(e.payload).proposalId;
        auto it = proposalOwners.find(id);
        if (it == proposalOwners.end()) {
            auto by = s.proposalOwner(id);
            if (!by)
                return by.error();
            it = proposalOwners.emplace(id, *by).first;
        }
        ctx.proposalOwner = it->second;
    }
    // A department's own saves in the batch never close a survey nor decide a sheet: the store's word stands for all of them.
    if (e.kind == QLatin1String(core::EventKind::SurveyRowsSaved) || e.kind == QLatin1String(core::EventKind::SurveyRowsSubmitted)) {
        const auto rows = core::SurveyRowsPayload::read(e.payload);
        auto standing = s.surveyStanding(rows.surveyId, rows.department);
        if (!standing)
            return standing.error();
        ctx.survey = *standing;
    }
    return Ok{};
}

ApiResponse ApiService::pullEvents(SyncStore &s, const ApiRequest &r, const User &u)
{
    bool ok = true;
    const QString afterText = r.query.queryItemValue(syncproto::query::After);
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&ok);
    if (!ok || after < 0)
        return error(400, QStringLiteral("bad_cursor"), gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "'after' is a whole number ≥ 0")), gc::Lang::Both));
    const QString limitText = r.query.queryItemValue(syncproto::query::Limit);
    int limit = limitText.isEmpty() ? m_limits.defaultPullLimit : limitText.toInt(&ok);
    if (!ok || limit < 1)
        return error(400, QStringLiteral("bad_limit"), gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "'limit' is a whole number ≥ 1")), gc::Lang::Both));
    limit = std::min(limit, m_limits.maxPullLimit);
    ReadScope scope(s, u);
    auto page = readablePage(s, scope, after, u.name, PageScan{limit, m_limits.maxPullPayloadBytes});
    if (!page)
        return storeError(r, page.error());
    auto last = s.cursor(); // a page cut short by its bytes has more behind it, as one cut by its count
    if (!last)
        return storeError(r, last.error());
    // A cursor past the store's end (a store restored from a backup under the same id, or a made-up
    // `after`) is answered with the store's end: the device resumes from there instead of waiting
    // for a sequence the store may never reach.
    syncproto::PullReply reply{{}, std::min(page->cursor, *last), false, m_storeId};
    for (const auto &e : page->events) {
        QJsonObject o = core::eventjson::toJson(e.event);
        o.insert(key::Seq, e.seq);
        reply.events.append(o);
    }
    reply.more = reply.cursor < *last;
    return json(200, reply.toJson());
}

ApiResponse ApiService::photoRefused(SyncStore &s, const ApiRequest &r, const User &u, const Error &e)
{
    const int status = e.code == QLatin1String("photo_unsupported") ? 415 : e.code == QLatin1String("photo_too_large") ? 413 : 422;
    return refuse(&s, r, u.name, status, codeName(e.code), e.message());
}

ApiResponse ApiService::putPhoto(SyncStore &s, const ApiRequest &r, const User &u, const QString &sha)
{
    bool ok1 = false, ok2 = false;
    const qint64 offset = r.query.queryItemValue(syncproto::query::Offset).toLongLong(&ok1);
    const qint64 total = r.query.queryItemValue(syncproto::query::Total).toLongLong(&ok2);
    if (!ok1 || !ok2 || offset < 0 || total < 1)
        return error(400, QStringLiteral("bad_range"), gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "'offset' and 'total' are required")), gc::Lang::Both));
    if (total > m_limits.maxPhotoBytes)
        return refuse(&s, r, u.name, 413, QStringLiteral("photo_too_large"),
                      gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "photos are limited to %1 MB"), m_limits.maxPhotoBytes >> 20), gc::Lang::Both));
    // A photo is a JPEG or PNG by its first bytes, and its header's size is judged as soon as it
    // arrives: a gzip "photo" (svgz) or a 100000×100000 header never reaches a store or a decoder.
    if (offset == 0) {
        if (auto header = core::readPhotoHeader(r.body, core::PhotoLimits{}, r.body.size() == total); !header)
            return photoRefused(s, r, u, header.error());
    }
    auto st = s.putPhotoChunk(sha, offset, total, r.body, u.name, m_limits.uploads);
    if (!st) {
        const QString code = codeName(st.error().code);
        if (code == QLatin1String("not_your_upload"))
            return refuse(&s, r, u.name, 403, code, st.error().message());
        if (code == QLatin1String("too_many_uploads"))
            return refuse(&s, r, u.name, 429, code, st.error().message());
        if (code == QLatin1String("upload_bytes"))
            return refuse(&s, r, u.name, 413, code, st.error().message());
        if (code == QLatin1String("offset_mismatch")) {
            auto held = s.photoUpload(sha);
            return json(409, syncproto::ErrorReply{code, st.error().message(),
                                                   held ? std::optional(syncproto::PhotoUploadState{held->received, held->complete}) : std::nullopt}
                                 .toJson());
        }
        if (code == QLatin1String("hash_mismatch"))
            return error(422, code, st.error().message());
        if (code == QLatin1String("too_long"))
            return error(400, code, st.error().message());
        if (code.startsWith(QLatin1String("photo_")))
            return photoRefused(s, r, u, st.error());
        return storeError(r, st.error());
    }
    if (st->complete)
        m_judge->photoArrived(sha);
    return json(st->complete ? 200 : 202, syncproto::PhotoUploadState{st->received, st->complete}.toJson());
}

ApiResponse ApiService::photoVerdict(SyncStore &s, const ApiRequest &r, const User &u, const QString &sha)
{
    if (!RolePolicy::mayReadConflicts(u))
        return refuse(&s, r, u.name, 403, QStringLiteral("forbidden"),
                      gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "only the office reviews photo verdicts")), gc::Lang::Both));
    // The photo read scope holds here too: a verdict tells of a photo as its file does.
    auto mine = ReadScope(s, u, &s.accounts()).mayReadPhoto(sha);
    if (!mine)
        return storeError(r, mine.error());
    if (!*mine)
        return error(404, QStringLiteral("no_verdict"), gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no verdict for this photo")), gc::Lang::Both));
    auto j = s.photoJudgement(sha);
    if (!j)
        return storeError(r, j.error());
    if (!*j)
        return error(404, QStringLiteral("no_verdict"), gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no verdict for this photo")), gc::Lang::Both));
    return json(200, verdictEntry(**j).toJson());
}

ApiResponse ApiService::photoDisagreements(SyncStore &s, const ApiRequest &r, const User &u)
{
    if (!RolePolicy::mayReadConflicts(u))
        return refuse(&s, r, u.name, 403, QStringLiteral("forbidden"),
                      gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "only the office reviews photo verdicts")), gc::Lang::Both));
    auto list = s.disagreements(m_limits.maxPullLimit);
    if (!list)
        return storeError(r, list.error());
    syncproto::VerdictsReply reply;
    for (const auto &v : *list)
        reply.disagreements.push_back(verdictEntry(v));
    return json(200, reply.toJson());
}


} // namespace gc::server
