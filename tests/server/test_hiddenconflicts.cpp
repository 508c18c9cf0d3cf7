// What a client claims about itself, its base cursor and its device name, cannot hide an edit from the
// office; and a server cannot keep a client's round going forever. The real goodcity-server over HTTP
// on loopback, against both stores.
#include "fielddevice.h"
#include "serverfixture.h"
#include "serverprocess.h"

#include "model/eventjson.h"
#include "store/hybridclock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <catch2/catch.hpp>

#include <map>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

// office2's hand-made push of one rename of `uuid`, naming `device` and `baseCursor` as it likes.
QJsonObject craftedPush(const QString &url, const QString &uuid, const QString &device, qint64 baseCursor)
{
    const core::Event e = test::renameEvent(uuid, QStringLiteral("덮어쓴 이름"),
                                            core::HybridClock::format(QDateTime::currentMSecsSinceEpoch(), 0, device), device,
                                            QStringLiteral("office2"));
    const QByteArray body = test::pushBody(e, baseCursor);
    const auto r = test::httpRequest(url, "POST", QStringLiteral("api/v1/events"), body, test::httpLogin(url, QStringLiteral("office2")));
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    return QJsonDocument::fromJson(r.body).object();
}

// office2 pulls the whole log, as its device would; returns the cursor it reached.
qint64 pullAll(const QString &url)
{
    const auto r = test::httpRequest(url, "GET", QStringLiteral("api/v1/events?after=0&limit=5000"), {},
                                     test::httpLogin(url, QStringLiteral("office2")));
    REQUIRE(r.status == 200);
    return qint64(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("cursor")).toDouble());
}

int officeConflicts(const QString &url, const QString &uuid)
{
    const auto r = test::httpRequest(url, "GET", QStringLiteral("api/v1/conflicts"), {}, test::httpLogin(url, QStringLiteral("office1")));
    REQUIRE(r.status == 200);
    int n = 0;
    for (const auto &c : QJsonDocument::fromJson(r.body).object().value(QStringLiteral("conflicts")).toArray())
        n += c.toObject().value(QStringLiteral("asset_uuid")).toString() == uuid ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("a base cursor claiming edits it was never served does not hide a conflict", "[sync][conflict]")
{
    test::BenchOffice fx(GENERATE(Kind::Postgres, Kind::GeoPackage));
    auto &tab = fx.tab;
    const QString uuid = fx.uuid;
    const QString url = fx.office.url();
    tab.rename(uuid, QStringLiteral("사무실이 고친 이름"));
    tab.syncOk();

    // office2 never pulled office1's edits, yet claims to have seen everything up to a huge cursor.
    const QJsonObject o = craftedPush(url, uuid, QStringLiteral("tab-2"), 1'000'000'000);
    CHECK(o.value(QStringLiteral("conflicts")).toInt() == 1);
    CHECK(officeConflicts(url, uuid) == 1);

    // Having really pulled them, the same claim is true, and a later edit is no conflict.
    const qint64 seen = pullAll(url);
    CHECK(craftedPush(url, uuid, QStringLiteral("tab-2"), seen).value(QStringLiteral("conflicts")).toInt() == 0);
    CHECK(officeConflicts(url, uuid) == 1);
}

TEST_CASE("a push naming another device as its own does not hide a conflict", "[sync][conflict]")
{
    test::BenchOffice fx(GENERATE(Kind::Postgres, Kind::GeoPackage));
    auto &tab = fx.tab;
    const QString uuid = fx.uuid;
    const QString url = fx.office.url();
    const qint64 seen = pullAll(url);
    tab.rename(uuid, QStringLiteral("사무실이 고친 이름"));
    tab.syncOk();

    // office2 has not pulled that edit and names office1's tablet as the device its edit came from.
    const QJsonObject o = craftedPush(url, uuid, QStringLiteral("tab-1"), seen);
    CHECK(o.value(QStringLiteral("conflicts")).toInt() == 1);
    CHECK(officeConflicts(url, uuid) == 1);
    // The tablet's next edit had not seen office2's either: that is a real conflict, whatever the name.
    tab.rename(uuid, QStringLiteral("또 고친 이름"));
    const auto again = tab.client->syncOnce();
    REQUIRE(again.ok());
    CHECK(again->conflicts == 1);
    // Once it has pulled everything, its next edit is no conflict.
    tab.rename(uuid, QStringLiteral("마지막 이름"));
    CHECK(tab.syncOk().conflicts == 0);
}

namespace {

// A server that answers every photo chunk with 409 "resume at 0", as a broken or hostile one might;
// after `giveUpAfter` chunks it fails with 500, so that a client without a bound still ends.
struct EndlessResume {
    explicit EndlessResume(int giveUpAfter) : m_giveUpAfter(giveUpAfter)
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { serve(s); });
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()); }
    int chunks = 0;
    int asks = 0; // GET .../upload: where the server holds the upload

private:
    void serve(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const int end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buf.left(end).toLower();
            const int cl = head.indexOf("content-length:");
            const int len = cl >= 0 ? head.mid(cl + 15, head.indexOf("\r\n", cl) - cl - 15).trimmed().toInt() : 0;
            if (buf.size() < end + 4 + len)
                return;
            const QByteArray line = buf.left(buf.indexOf("\r\n"));
            buf.remove(0, end + 4 + len);
            int status = 404;
            QByteArray body = "{}";
            if (line.startsWith("POST /api/v1/login")) {
                status = 200;
                body = R"({"token":"t","user":"office1","role":"office","store_id":"s"})";
            } else if (line.startsWith("GET /api/v1/me")) {
                status = 200;
                body = R"({"user":"office1","role":"office","store_id":"s"})";
            } else if (line.startsWith("GET /api/v1/photos/")) {
                ++asks;
                status = 200;
                body = R"({"received":0,"complete":false})";
            } else if (line.startsWith("PUT /api/v1/photos/")) {
                status = ++chunks > m_giveUpAfter ? 500 : 409;
                body = R"({"error":"offset_mismatch","message":"resume at 0","received":0,"complete":false})";
            }
            s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QTcpServer m_server;
    std::map<QTcpSocket *, QByteArray> m_buffers;
    int m_giveUpAfter;
};

} // namespace

TEST_CASE("a server answering every photo chunk with 409 cannot keep the client's round going forever", "[sync][photo]")
{
    EndlessResume hostile(200);
    QTemporaryDir dir;
    test::FieldDevice tab(dir.filePath(QStringLiteral("tab.gpkg")), hostile.url(), QStringLiteral("office1"), QStringLiteral("tab-1"));
    REQUIRE(tab.store->attachPhoto(tab.addBench(QStringLiteral("독산3동 의자")), QStringLiteral("after"), test::jpegBytes()).ok());
    const core::SyncTuning tuning;
    const auto r = tab.client->syncOnce();
    REQUIRE_FALSE(r.ok()); // this server takes no events either (404)
    CHECK(hostile.chunks == tuning.resumeRetries + 1);
    CHECK(hostile.asks == hostile.chunks); // once at the start, then again after each 409 it resumed from
    // The photo was held back and the round went on to the events (W3.5: an upload never ends the round).
    INFO(r.error().message().toStdString());
    CHECK(r.error().message().contains(QStringLiteral("changes")));
    CHECK_FALSE(r.error().message().contains(QStringLiteral("resume elsewhere")));
    // The photo is still waiting for a server that behaves.
    CHECK(*core::SyncClient::pendingCount(*tab.store) >= 1);
}
