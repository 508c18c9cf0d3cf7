#pragma once

#include "store/hybridclock.h"
#include "loginthrottle.h"
#include "photojudge.h"
#include "pushqueue.h"
#include "refusallog.h"
#include "rolepolicy.h"
#include "storepool.h"
#include "syncstore.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <map>
#include <set>
#include <memory>
#include <mutex>
#include <optional>
#include <span>

namespace gc::server {

struct ApiRequest {
    QByteArray method;    // "GET", "POST", "PUT"
    QString path;         // percent-encoded, as it came
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization; // the Authorization header
    QString remote;       // peer address, for the refusal log
};

struct ApiResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// What the HTTP layer knows of a request before it reads any of the body.
struct RequestHead {
    ApiRequest request; // without the body
    qint64 contentLength = 0;
    bool chunked = false;       // Transfer-Encoding: the length is not known up front
    bool headTooLarge = false;  // the request line and headers alone exceed ApiLimits::maxHeadBytes
    // Why the head is not one every HTTP parser reads alike (RFC 9112), e.g. a space before a colon;
    // empty when it is. Such a request is refused with 400 and the connection closed.
    QString malformed;
};

// A refused request's body is still taken in (and thrown away) before the connection closes, so that
// a client which reads no answer before it has sent everything sees the refusal (RequestGuard); this
// much beyond what had arrived, for this long at most.
struct RefusedBodyDrain {
    qint64 maxBytes = 64LL << 20;
    int maxMs = 30'000;
};

struct ApiLimits {
    int maxBatchEvents = 5000;
    int defaultPullLimit = 1000;
    int maxPullLimit = 5000;
    qint64 maxPullPayloadBytes = 8LL << 20; // a page of events stops near this many payload bytes (one event always fits)
    qint64 maxPhotoBytes = 64LL << 20;
    qint64 maxClockAheadMs = core::ClockTolerance{}.maxAheadMs; // an event stamped further ahead of the server is refused
    // Bodies, checked against Content-Length before a byte of them is read.
    qint64 maxHeadBytes = 16 << 10;
    qint64 maxAnonymousBody = 16 << 10; // login, and anything sent without a valid token
    qint64 maxEventsBody = 64LL << 20;  // a full batch of events with room to spare
    qint64 maxPhotoChunkBody = 16LL << 20;
    // Declared bodies larger than an anonymous one, being received at once over every connection (Qt
    // HttpServer holds each whole in memory): past this a new one is answered 503 with Retry-After
    // (attack pass: twelve held-back 60 MB pushes took the server to 1.6 GB).
    qint64 maxBodiesInFlight = 256LL << 20;
    RefusedBodyDrain refusedBodyDrain;
    qint64 uploadExpirySecs = 48 * 3600; // a partial photo upload untouched this long is dropped
    UploadQuota uploads;                 // partial uploads one user may hold open
    qint64 sweepEverySecs = 3600;
    // A token a worker verified is trusted this long by admission alone (see ApiService::admit).
    qint64 recentSessionSecs = 60;
    int maxRecentSessions = 10'000; // then the memory of them starts over
    ThrottlePolicy throttle;
};

// A login split around its argon2id run: begin and finish touch the store and the throttle, the check
// in between is pure CPU and memory (64 MiB) and runs wherever the HTTP layer likes (a pool of its
// own), so logins never take all the workers that serve pushes and pulls.
struct LoginAttempt {
    std::optional<ApiResponse> answer; // decided without hashing: throttled, or the store failed
    ApiRequest request;                // without the body
    QString name;
    QString password;
    std::optional<User> user; // none: an unknown name, checked against a dummy hash for the same work
    // Thread-safe: the argon2id verification alone. True only for an enabled user's right password.
    bool checkPassword() const;
};

// What the accepting thread can say about a body before reading it, without the store.
struct Admission {
    std::optional<ApiResponse> refusal; // answer this and read nothing more
    bool undecided = false;             // only the store can tell: ask admitFromStore() on a worker
};

// The /api/v1/ endpoints over a SyncStore, free of any HTTP library so that tests and benchmarks can
// reach them directly. Every write is decided by RolePolicy; every refusal is logged in the store.
// Thread-safe: handle() and the login steps run on many threads at once, each request on a store
// connection of its own from the StorePool; pushes commit through one PushQueue.
class ApiService {
public:
    using Clock = std::function<QDateTime()>; // UTC now; tests move it to expire tokens

    // Over one store connection (a pool of one: requests take turns on it).
    explicit ApiService(SyncStore &store, ApiLimits limits = {}, RolePolicy policy = RolePolicy{}, Clock clock = {});
    // Over a pool of connections (not owned).
    explicit ApiService(StorePool &pool, ApiLimits limits = {}, RolePolicy policy = RolePolicy{}, Clock clock = {});
    ~ApiService();

    ApiResponse handle(const ApiRequest &request);
    // POST /api/v1/login, which the HTTP layer answers in three steps (see LoginAttempt); handle()
    // does the same steps in one go.
    static bool isLogin(const ApiRequest &request);
    LoginAttempt beginLogin(const ApiRequest &request);
    ApiResponse finishLogin(const LoginAttempt &attempt, bool passwordOk);
    // Before the body is read, on the thread that accepts connections, which never waits for the
    // store: a large body is let in under a token a worker verified a moment ago, anything else that
    // needs the store is left undecided for admitFromStore().
    Admission admit(const RequestHead &head);
    // The same decision with the store's word on the token (on a worker).
    std::optional<ApiResponse> admitFromStore(const RequestHead &head);
    const ApiLimits &limits() const { return m_limits; }
    StorePool &pool() { return *m_pool; }
    const PushQueue &pushQueue() const { return m_pushes; }
    PhotoJudge &photoJudge() { return *m_judge; }
    VoidResult flushRefusals();
    // Where store work that the accepting thread may not do is sent (a full batch of refusals that
    // admit() held); unset, it is done at once.
    using Offload = std::function<void(std::function<void()>)>;
    void setOffload(Offload offload) { m_offload = std::move(offload); }
    // Writes held refusals once no refusal came for a moment (the HTTP layer calls this on a worker).
    void flushQuietRefusals();

private:
    // The user of a bearer token: none for a missing, expired, ended or disabled one.
    Result<std::optional<User>> authenticate(SyncStore &s, const QByteArray &authorization);
    // A large body's fate once the token's user is known (none: not logged in).
    std::optional<ApiResponse> admitBody(SyncStore *s, const RequestHead &head, const std::optional<User> &user);
    ApiResponse storeError(const ApiRequest &r, const Error &e);
    void sweep(SyncStore &s);
    ApiResponse logout(SyncStore &s, const ApiRequest &r);
    // POST /api/v1/unlock {"user": NAME}, an admin's: the name's failed logins are forgotten at once.
    ApiResponse unlockLogin(SyncStore &s, const ApiRequest &r, const User &u);
    ApiResponse pushEvents(SyncStore &s, const ApiRequest &r, const User &u);
    // Status 0 when every new event of the batch is the user's to write, else the refusal.
    ApiResponse judge(SyncStore &s, const ApiRequest &r, const User &u, const std::vector<core::Event> &batch);
    // A photo another user uploaded that no photo.added names yet counts as `u`'s to file (a shared
    // device's older app uploaded it under the wrong session).
    VoidResult unfiledPhotoOf(SyncStore &s, const User &u, const QString &sha, WriteContext &ctx);
    // What judge() asks the store about a proposal's first proposer and a survey sheet's standing.
    VoidResult lookUpOwnership(SyncStore &s, const core::Event &e, WriteContext &ctx, std::map<QString, QString> &proposalOwners);
    // What judge() asks the store about an asset event: the asset's creating stamp and after photos
    // (AccessFacts); `batchAfterPhotos`: assets given one earlier in the batch.
    static VoidResult lookUpAssetFacts(SyncStore &s, const core::Event &e, WriteContext &ctx, const std::set<QString> &batchAfterPhotos);
    ApiResponse pullEvents(SyncStore &s, const ApiRequest &r, const User &u);
    ApiResponse putPhoto(SyncStore &s, const ApiRequest &r, const User &u, const QString &sha);
    ApiResponse photoVerdict(SyncStore &s, const ApiRequest &r, const User &u, const QString &sha);
    // GET /api/v1/verdicts: every photo whose device's verdict the server contradicts.
    ApiResponse photoDisagreements(SyncStore &s, const ApiRequest &r, const User &u);
    // 415 (not JPEG/PNG), 413 (too many pixels or bytes) or 422 (damaged), logged as a refusal.
    ApiResponse photoRefused(SyncStore &s, const ApiRequest &r, const User &u, const Error &e);
    ApiResponse route(SyncStore &s, const ApiRequest &r);
    // One endpoint's request as the route table hands it over: the session's user (none on the
    // endpoints open without one) and the photo's SHA-256 on photos/<sha256>[/<sub>].
    struct RouteCall {
        SyncStore &s;
        const ApiRequest &r;
        const User *user;
        QString sha;
    };
    struct Route;
    static std::span<const Route> routes();
    static const Route *findRoute(const QString &endpoint, qsizetype segments, const QByteArray &method, const QString &sub, bool open);
    ApiResponse me(const RouteCall &c);
    ApiResponse listConflicts(const RouteCall &c);
    ApiResponse photoUploadStatus(const RouteCall &c);
    ApiResponse getPhoto(const RouteCall &c);
    // `s`: the store connection of the calling worker; none on the accepting thread, where a full
    // batch of refusals is written by a worker instead.
    ApiResponse refuse(SyncStore *s, const ApiRequest &r, const QString &user, int status, const QString &code,
                       const QString &message);
    QDateTime now() const;

    std::unique_ptr<StorePool> m_ownPool;
    StorePool *m_pool;
    QString m_storeId;
    ApiLimits m_limits;
    RolePolicy m_policy;
    Clock m_clock;
    PushQueue m_pushes;
    RefusalLog m_refusals;
    Offload m_offload;

    std::mutex m_mutex; // guards everything below
    LoginThrottle m_throttle;
    // Logins begun and not finished, per name and address, per name and per address: checks running side by side count
    // against the throttle's limits as if each had failed already, so a guesser cannot queue a
    // thousand tries before the first one is counted.
    QHash<QString, int> m_pendingByPair, m_pendingByUser, m_pendingByAddress;
    static QString pendingKey(const QString &name, const QString &remote) { return name + QLatin1Char('\n') + remote; }
    void countPending(const QString &name, const QString &remote, int step); // m_mutex held
    QDateTime m_lastSweep;
    // Tokens a worker found valid lately (token hash → user, until when it is trusted without asking
    // the store again): what lets admit() pass a large push without touching the store. Only admission
    // reads it; every request is authenticated against the store again on its worker.
    struct RecentSession {
        User user;
        QDateTime until;
    };
    QHash<QString, RecentSession> m_recent;

    std::unique_ptr<PhotoJudge> m_judge; // last: its jobs hold store leases, so it stops before the pool goes
};

} // namespace gc::server
