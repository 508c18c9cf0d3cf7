// The server's stores, PostgreSQL and GeoPackage, held to the same promises.
#include "serverfixture.h"

#include "store/hybridclock.h"
#include "photofiles/photostore.h"

#include <QBuffer>
#include <QImage>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

core::Event makeEvent(const QString &device, qint64 ms, const QString &asset, const QString &kind = QStringLiteral("asset.updated"),
                      QJsonObject payload = {{QStringLiteral("notes"), QStringLiteral("n")}})
{
    return core::Event{QUuid::createUuid().toString(QUuid::WithoutBraces), core::HybridClock::format(ms, 0, device),
                       QStringLiteral("2024-04-19T09:00:00Z"), QStringLiteral("office1"), device, kind, asset, payload};
}

std::unique_ptr<server::SyncStore> makeStore(Kind kind, QTemporaryDir &dir)
{
    const QString arg = kind == Kind::Postgres ? test::freshPgUrl() : dir.filePath(QStringLiteral("s.gpkg"));
    auto s = server::SyncStore::create(arg);
    INFO((s ? QString() : s.error().message()).toStdString());
    REQUIRE(s.ok());
    return std::move(*s);
}

QString kindName(Kind k) { return k == Kind::Postgres ? QStringLiteral("postgres") : QStringLiteral("geopackage"); }

} // namespace

TEST_CASE("a replayed or reordered batch changes nothing in the store", "[store]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    INFO(kindName(kind).toStdString());
    QTemporaryDir dir;
    auto store = makeStore(kind, dir);
    const QString asset = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::vector<core::Event> batch;
    for (int i = 0; i < 5; ++i)
        batch.push_back(makeEvent(QStringLiteral("dev-a"), 1'713'500'000'000 + i, asset));

    auto first = store->push(batch, 0);
    REQUIRE(first.ok());
    CHECK(first->added == 5);
    CHECK(first->acknowledged.size() == 5);

    auto again = store->push(batch, 0);
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->duplicates == 5);

    std::vector<core::Event> reordered(batch.rbegin(), batch.rend());
    reordered.resize(3);
    auto third = store->push(reordered, 0);
    REQUIRE(third.ok());
    CHECK(third->added == 0);
    CHECK(*store->eventCount() == 5);

    auto pulled = store->pull(0, 100);
    REQUIRE(pulled.ok());
    REQUIRE(pulled->size() == 5);
    QStringList ids;
    for (const auto &s : *pulled)
        ids << s.event.id;
    for (const auto &e : batch)
        CHECK(ids.contains(e.id));
    CHECK(std::is_sorted(pulled->begin(), pulled->end(), [](const auto &a, const auto &b) { return a.seq < b.seq; }));
    CHECK(pulled->back().seq == *store->cursor());
    // After the cursor there is nothing more.
    CHECK(store->pull(pulled->back().seq, 100)->empty());
    // Payloads come back as they went in.
    CHECK((*pulled)[0].event.payload == batch[0].payload);
}

TEST_CASE("an edit made without seeing another device's edit is flagged but a later one is not", "[store]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    INFO(kindName(kind).toStdString());
    QTemporaryDir dir;
    auto store = makeStore(kind, dir);
    const QString asset = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto created = store->push({makeEvent(QStringLiteral("dev-a"), 1'713'500'000'000, asset)}, 0);
    REQUIRE(created.ok());
    const qint64 seen = created->cursor;

    // dev-b had pulled the create, then edits: sequential, no conflict.
    auto b = store->push({makeEvent(QStringLiteral("dev-b"), 1'713'500'000'100, asset)}, seen);
    REQUIRE(b.ok());
    CHECK(b->conflicts == 0);
    // dev-a edits the same asset without having pulled dev-b's edit: concurrent.
    const auto aEdit = makeEvent(QStringLiteral("dev-a"), 1'713'500'000'050, asset);
    auto a = store->push({aEdit}, seen);
    REQUIRE(a.ok());
    CHECK(a->conflicts == 1);
    auto list = store->conflicts();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->front().assetUuid == asset);
    CHECK(list->front().eventId == aEdit.id);
    // An edit of another asset by dev-a flags nothing.
    auto other = store->push({makeEvent(QStringLiteral("dev-a"), 1'713'500'000'060, QUuid::createUuid().toString(QUuid::WithoutBraces))}, seen);
    REQUIRE(other.ok());
    CHECK(other->conflicts == 0);
}

TEST_CASE("a photo upload resumes at the server's offset and is kept only if its SHA-256 matches", "[store][photo]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    INFO(kindName(kind).toStdString());
    QTemporaryDir dir;
    auto store = makeStore(kind, dir);
    // A PNG of noise: incompressible, so its 3 chunks are real; the store keeps JPEG and PNG only.
    QImage noise(40, 40, QImage::Format_RGB32);
    for (int y = 0; y < noise.height(); ++y)
        for (int x = 0; x < noise.width(); ++x)
            noise.setPixel(x, y, QRandomGenerator::global()->generate());
    QByteArray data;
    QBuffer buf(&data);
    buf.open(QIODevice::WriteOnly);
    REQUIRE(noise.save(&buf, "PNG"));
    REQUIRE(data.size() > 2000);
    const QString sha = core::PhotoStore::sha256Of(data);

    auto part = store->putPhotoChunk(sha, 0, data.size(), data.left(1000));
    REQUIRE(part.ok());
    CHECK(part->received == 1000);
    CHECK_FALSE(part->complete);
    // A chunk at the wrong offset (a resend after a lost answer) is refused with the right offset.
    auto wrong = store->putPhotoChunk(sha, 500, data.size(), data.mid(500, 1000));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == QStringLiteral("offset_mismatch"));
    CHECK(store->photoUpload(sha)->received == 1000);
    CHECK_FALSE(store->photo(sha)->has_value());

    auto rest = store->putPhotoChunk(sha, 1000, data.size(), data.mid(1000));
    REQUIRE(rest.ok());
    CHECK(rest->complete);
    auto got = store->photo(sha);
    REQUIRE(got.ok());
    REQUIRE(got->has_value());
    CHECK(**got == data);

    // Bytes that do not hash to their name are dropped, and the next try starts from zero.
    const QString otherSha = core::PhotoStore::sha256Of("something else");
    auto bad = store->putPhotoChunk(otherSha, 0, data.size(), data);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("hash_mismatch"));
    CHECK_FALSE(store->photo(otherSha)->has_value());
    CHECK(store->photoUpload(otherSha)->received == 0);
}

TEST_CASE("text that looks like SQL is stored as text", "[store][security]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    INFO(kindName(kind).toStdString());
    QTemporaryDir dir;
    auto store = makeStore(kind, dir);
    const QString evil = QStringLiteral("x'); DROP TABLE events; DROP TABLE asset_events; --");
    auto e = makeEvent(QStringLiteral("dev-a"), 1'713'500'000'000, QUuid::createUuid().toString(QUuid::WithoutBraces),
                       QStringLiteral("asset.updated"), QJsonObject{{QStringLiteral("notes"), evil}});
    REQUIRE(store->push({e}, 0).ok());
    REQUIRE(store->push({makeEvent(QStringLiteral("dev-a"), 1'713'500'000'001, evil)}, 0).ok());
    auto pulled = store->pull(0, 10);
    REQUIRE(pulled.ok());
    REQUIRE(pulled->size() == 2);
    CHECK((*pulled)[0].event.payload.value(QStringLiteral("notes")).toString() == evil);
    CHECK((*pulled)[1].event.assetUuid == evil);
    CHECK(*store->eventCount() == 2);
    auto u = store->user(QStringLiteral("' OR '1'='1"));
    REQUIRE(u.ok());
    CHECK_FALSE(u->has_value());
}

TEST_CASE("attack: a page of pulled survey sheets stops at its byte budget, and the next page goes on where it stopped", "[store]")
{
    // An attack pass pushed eight-megabyte survey sheets and pulled 5,000 events at once: the server
    // built a page of gigabytes. A page now ends before the event that would take it past the budget.
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    INFO(kindName(kind).toStdString());
    QTemporaryDir dir;
    auto store = makeStore(kind, dir);
    const QString asset = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString note(20'000, QChar(0xAC00)); // 60 KB of UTF-8 per event
    std::vector<core::Event> batch;
    for (int i = 0; i < 10; ++i)
        batch.push_back(makeEvent(QStringLiteral("dev-a"), 1'713'500'000'000 + i, asset, QStringLiteral("asset.updated"),
                                  {{QStringLiteral("notes"), note}}));
    REQUIRE(store->push(batch, 0).ok());

    const qint64 budget = 150'000; // two events' payloads fit, a third does not
    QStringList seen;
    qint64 after = 0;
    int pages = 0;
    while (true) {
        auto page = store->pull(after, 100, {}, budget);
        REQUIRE(page.ok());
        if (page->empty())
            break;
        ++pages;
        CHECK(page->size() == 2);
        for (const auto &s : *page) {
            CHECK(s.event.payload.value(QStringLiteral("notes")).toString() == note);
            seen << s.event.id;
        }
        after = page->back().seq;
    }
    CHECK(pages == 5);
    REQUIRE(seen.size() == 10);
    for (int i = 0; i < 10; ++i)
        CHECK(seen.contains(batch[i].id));

    // One event bigger than the budget still comes, alone: no page is ever empty while events remain.
    auto one = store->pull(0, 100, {}, 10);
    REQUIRE(one.ok());
    CHECK(one->size() == 1);
}
