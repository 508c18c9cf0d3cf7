#pragma once

#include "apiservice.h"
#include "httpfrontend.h"
#include "storepool.h"
#include "syncstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

namespace gc::core {
class AssetStore;
}

namespace gc::test {

// One event as a device sends it (asset: a fresh uuid when empty), and a push body of them.
QJsonObject event(const QString &actor, const QString &kind, const QJsonObject &payload, const QString &asset = {});
QByteArray batch(std::initializer_list<QJsonObject> events);

// The PostgreSQL that scripts/pg-local started for this test run (CTest fixture); each call makes a
// fresh schema in it, so tests running side by side never see each other's tables.
QString freshPgUrl();
// Runs one SQL statement on the store's database and returns the first column of the first row.
QString pgScalar(const QString &url, const QString &sql);

struct HttpReply {
    int status = 0;
    QByteArray body;
    QByteArray head; // status line and headers (raw() only)
};

// Runs this thread's event loop until `done` holds; the 30 s bound only ends a hung test, it
// measures nothing.
bool spinUntil(const std::function<bool()> &done);

// One request to the server at BASE (http://127.0.0.1:PORT/), with a bearer token if given.
HttpReply httpRequest(const QString &base, const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QString &token = {});
// Logs in and returns the token; fails the test if the server refuses.
QString httpLogin(const QString &base, const QString &user, const QString &password = QStringLiteral("correct horse 1"));

// A server on 127.0.0.1 in this process: store + API + Qt HttpServer, with one user per role.
struct LocalServer {
    enum class Kind { Postgres, GeoPackage };
    explicit LocalServer(Kind kind, server::ApiLimits limits = {});

    QString url() const; // http://127.0.0.1:PORT/
    QString login(const QString &user, const QString &password = QStringLiteral("correct horse 1"));
    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QString &token = {});
    // The office creates an asset of `department` (and assigns it to `crew` when given); its uuid.
    QString addAsset(const QString &officeToken, const QString &department, const QString &crew = {});
    // Every event `token`'s user may read, pulled from the start.
    std::vector<QJsonObject> pullAll(const QString &token);
    // Bytes written as they are, for paths no HTTP client library would send; `from` is the local
    // address to send from (any 127.x.y.z is this machine), so a test can play a second client.
    HttpReply raw(const QByteArray &request, const QHostAddress &from = QHostAddress::LocalHost);

    QTemporaryDir dir;
    QString storeArg;
    std::unique_ptr<server::SyncStore> store; // the test's own connection, never one a request or the photo judge runs on
    std::unique_ptr<server::SyncStore> served; // the connection the API serves on
    std::unique_ptr<server::StorePool> pool; // more connections to `store`, when a test serves with them
    std::unique_ptr<server::ApiService> api;
    std::unique_ptr<server::HttpFrontend> http;
    quint16 port = 0;
};

// A new field inventory with `assets` demo assets (creation events only), made by `actor` on `device`.
std::unique_ptr<core::AssetStore> demoInventory(const QString &path, const QString &actor, const QString &device, int assets);

} // namespace gc::test
