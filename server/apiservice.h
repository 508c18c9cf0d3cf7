#pragma once

#include "log/hybridclock.h"
#include "loginthrottle.h"
#include "refusallog.h"
#include "rolepolicy.h"
#include "syncstore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

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
};

struct ApiLimits {
    int maxBatchEvents = 5000;
    int defaultPullLimit = 1000;
    int maxPullLimit = 5000;
    qint64 maxPhotoBytes = 64LL << 20;
    qint64 maxClockAheadMs = core::ClockTolerance{}.maxAheadMs; // an event stamped further ahead of the server is refused
    // Bodies, checked against Content-Length before a byte of them is read.
    qint64 maxHeadBytes = 16 << 10;
    qint64 maxAnonymousBody = 16 << 10; // login, and anything sent without a valid token
    qint64 maxEventsBody = 64LL << 20;  // a full batch of events with room to spare
    qint64 maxPhotoChunkBody = 16LL << 20;
    qint64 uploadExpirySecs = 48 * 3600; // a partial photo upload untouched this long is dropped
    qint64 sweepEverySecs = 3600;
    ThrottlePolicy throttle;
};

// A login split around its argon2id run: begin and finish touch the store and the throttle (the
// thread that owns the ApiService), the check in between is pure CPU and memory (64 MiB) and runs
// wherever the HTTP layer likes, so one login never holds up another client's request.
struct LoginAttempt {
    std::optional<ApiResponse> answer; // decided without hashing: throttled, or the store failed
    ApiRequest request;                // without the body
    QString name;
    QString password;
    std::optional<User> user; // none: an unknown name, checked against a dummy hash for the same work
    // Thread-safe: the argon2id verification alone. True only for an enabled user's right password.
    bool checkPassword() const;
};

// The /api/v1/ endpoints over a SyncStore, free of any HTTP library so that tests and benchmarks can
// reach them directly. Every write is decided by RolePolicy; every refusal is logged in the store.
class ApiService {
public:
    using Clock = std::function<QDateTime()>; // UTC now; tests move it to expire tokens

    explicit ApiService(SyncStore &store, ApiLimits limits = {}, RolePolicy policy = RolePolicy{}, Clock clock = {});

    ApiResponse handle(const ApiRequest &request);
    // POST /api/v1/login, which the HTTP layer answers in three steps (see LoginAttempt); handle()
    // does the same steps in one go.
    static bool isLogin(const ApiRequest &request);
    LoginAttempt beginLogin(const ApiRequest &request);
    ApiResponse finishLogin(const LoginAttempt &attempt, bool passwordOk);
    // Before the body is read: a refusal to send instead of reading it, or nothing to go on.
    std::optional<ApiResponse> admit(const RequestHead &head);
    const ApiLimits &limits() const { return m_limits; }
    SyncStore &store() { return m_store; }
    VoidResult flushRefusals() { return m_refusals->flush(); }

private:
    // The user of a bearer token: none for a missing, expired, ended or disabled one.
    Result<std::optional<User>> authenticate(const QByteArray &authorization);
    ApiResponse storeError(const ApiRequest &r, const Error &e);
    void sweep();
    ApiResponse login(const ApiRequest &r);
    ApiResponse logout(const ApiRequest &r);
    ApiResponse pushEvents(const ApiRequest &r, const User &u);
    // Status 0 when every new event of the batch is the user's to write, else the refusal.
    ApiResponse judge(const ApiRequest &r, const User &u, const std::vector<core::Event> &batch);
    ApiResponse pullEvents(const ApiRequest &r, const User &u);
    ApiResponse putPhoto(const ApiRequest &r, const User &u, const QString &sha);
    ApiResponse refuse(const ApiRequest &r, const QString &user, int status, const QString &code, const QString &message);
    QDateTime now() const;

    SyncStore &m_store;
    ApiLimits m_limits;
    RolePolicy m_policy;
    Clock m_clock;
    LoginThrottle m_throttle;
    // Logins begun and not finished, per name and per address: checks running side by side count
    // against the throttle's limits as if each had failed already, so a guesser cannot queue a
    // thousand tries before the first one is counted.
    QHash<QString, int> m_pendingByUser, m_pendingByAddress;
    std::unique_ptr<RefusalLog> m_refusals;
    QDateTime m_lastSweep;
};

} // namespace gc::server
