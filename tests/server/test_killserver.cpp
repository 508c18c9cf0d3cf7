// kill -9 of goodcity-server in the middle of a push: nothing it acknowledged is lost, and the
// client's next round completes the log with every event stored exactly once.
#include "fielddevice.h"
#include "serverfixture.h"
#include "serverprocess.h"

#include "store/assetstore.h"
#include "store/inventoryverifier.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "sync/syncclient.h"
#include "store/storeaccess.h"

#include <QTimer>

#include <catch2/catch.hpp>

using namespace gc;

using test::ServerProcess;
using test::runServerCli;

TEST_CASE("kill -9 of the server during a push loses nothing acknowledged", "[sync][crash]")
{
    const QString url = test::freshPgUrl();
    runServerCli({QStringLiteral("--store"), url, QStringLiteral("init")});
    runServerCli({QStringLiteral("--store"), url, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("office1"), QStringLiteral("--role"),
            QStringLiteral("office"), QStringLiteral("--password-stdin")},
           "correct horse 1\n");

    QTemporaryDir dir;
    auto inv = test::demoInventory(dir.filePath(QStringLiteral("field.gpkg")), QStringLiteral("office1"), QStringLiteral("tablet-7"), 400);
    const qint64 total = inv->eventCount();
    REQUIRE(total == 400);

    ServerProcess server;
    server.start(url, 0);
    const quint16 port = server.port;
    core::SyncTuning tuning;
    tuning.pushBatch = 10; // many small pushes, so the kill lands in the middle of the stream
    tuning.attempts = 2;
    tuning.backoffFirstMs = 20;
    core::SyncClient client(*inv, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), tuning);
    REQUIRE(client.login(QStringLiteral("office1"), QStringLiteral("correct horse 1")).ok());
    int posts = 0;
    client.onRequest = [&](const QByteArray &method, const QString &path) {
        if (method == "POST" && path.endsWith(QStringLiteral("events")) && ++posts == 12) {
            // SIGKILL while this push is on its way or being written.
            QTimer::singleShot(1, [&] { server.proc.kill(); });
        }
    };
    auto cut = client.syncOnce();
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().code == QStringLiteral("network"));
    server.proc.waitForFinished(30'000);

    // Everything the client holds as acknowledged is in PostgreSQL; the rest waits on the tablet.
    const qint64 acked = core::StoreAccess::db(*inv).scalarInt(QStringLiteral("SELECT count(*) FROM gc_sync WHERE kind = 'event'")).value();
    const qint64 pending = *core::SyncClient::pendingCount(*inv);
    CHECK(acked + pending == total);
    CHECK(acked >= 10 * 11);
    CHECK(pending > 0);
    auto st = core::StoreAccess::db(*inv).prepare(QStringLiteral("SELECT ref FROM gc_sync WHERE kind = 'event'"));
    QStringList ids;
    while (st->step())
        ids << QStringLiteral("'%1'").arg(st->toText(0));
    CHECK(test::pgScalar(url, QStringLiteral("SELECT count(*) FROM events WHERE event_id IN (%1)").arg(ids.join(QLatin1Char(','))))
          == QString::number(acked));
    // A push is one transaction: a batch is stored whole or not at all.
    const qint64 stored = test::pgScalar(url, QStringLiteral("SELECT count(*) FROM events")).toLongLong();
    CHECK(stored % 10 == 0);
    CHECK(stored >= acked);

    // Restarted on the same port, the next round sends the rest; nothing is stored twice.
    ServerProcess again;
    again.start(url, port);
    auto done = client.syncOnce();
    INFO((done ? QString() : done.error().message()).toStdString());
    REQUIRE(done.ok());
    CHECK(done->pending == 0);
    CHECK(test::pgScalar(url, QStringLiteral("SELECT count(*) FROM events")) == QString::number(total));
    CHECK(test::pgScalar(url, QStringLiteral("SELECT count(DISTINCT event_id) FROM events")) == QString::number(total));
    CHECK(test::pgScalar(url, QStringLiteral("SELECT count(*) FROM assets")) == QStringLiteral("400"));
    again.proc.kill();
    again.proc.waitForFinished(30'000);
}

// Found by scripts/crash-trials (W2.6): a pull cut off after merging another tablet's photo.added
// but before downloading its file left a photo row with no file, and `verify` called the tablet
// damaged. Since W3.4 a device keeps only what its role needs of others' photos, so the merge no
// longer waits for them: the pulled photo is noted as the server's before its row arrives, and a row
// whose file the server keeps is no damage.
TEST_CASE("a pull cut off before its photos arrive leaves no photo row without its file", "[sync][crash]")
{
    test::BenchOffice office(test::LocalServer::Kind::Postgres);
    REQUIRE(office.tab.store->attachPhoto(office.uuid, QStringLiteral("before"), test::jpegBytes()).ok());
    office.tab.syncOk();

    auto other = office.another(QStringLiteral("office2"), QStringLiteral("tab-2"));
    bool killed = false;
    other.client->onRequest = [&](const QByteArray &method, const QString &path) {
        if (method == "GET" && path.contains(QStringLiteral("photos/")) && !killed) {
            killed = true;
            office.office.server.stop(); // SIGKILL before the photo is sent
        }
    };
    auto cut = other.client->syncOnce();
    REQUIRE(killed);
    REQUIRE_FALSE(cut.ok());
    const auto report = core::InventoryVerifier::run(*other.store);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok());
    REQUIRE(other.store->photos()->size() == 1); // merged; its file is the server's to keep
    CHECK(*core::SyncClient::pendingCount(*other.store) == 0); // never this tablet's to send

    // Restarted on the same port, the next round brings the photo and its row together.
    test::ServerProcess again;
    again.start(office.office.store, office.office.server.port);
    other.client->onRequest = {};
    CHECK(other.syncOk().photosDown == 1); // the office's thumbnail
    REQUIRE(other.store->photos()->size() == 1);
    CHECK(core::InventoryVerifier::run(*other.store).ok());
}
