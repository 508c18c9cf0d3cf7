#pragma once

#include "log/hybridclock.h"
#include "rolepolicy.h"
#include "syncstore.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

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

struct ApiLimits {
    int maxBatchEvents = 5000;
    int defaultPullLimit = 1000;
    int maxPullLimit = 5000;
    qint64 maxPhotoBytes = 64LL << 20;
    qint64 maxClockAheadMs = core::ClockTolerance{}.maxAheadMs; // an event stamped further ahead of the server is refused
};

// The /api/v1/ endpoints over a SyncStore, free of any HTTP library so that tests and benchmarks can
// reach them directly. Every write is decided by RolePolicy; every refusal is logged in the store.
class ApiService {
public:
    using Clock = std::function<QDateTime()>; // UTC now; tests move it to expire tokens

    explicit ApiService(SyncStore &store, ApiLimits limits = {}, RolePolicy policy = RolePolicy{}, Clock clock = {});

    ApiResponse handle(const ApiRequest &request);
    SyncStore &store() { return m_store; }

private:
    ApiResponse login(const ApiRequest &r);
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
};

} // namespace gc::server
