// What belongs to someone stays theirs: a department's decided survey sheet, a crew's place
// proposal, a user's partial photo upload, and the photos of another department's or crew's assets.
// Every case runs against both stores, through the real HTTP front end on loopback.
#include "fielddevice.h"
#include "serverfixture.h"

#include "credentials.h"
#include "field/fieldtables.h"
#include "model/eventjson.h"
#include "store/hybridclock.h"
#include "photofiles/photostore.h"
#include "store/surveyreducer.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

void addUser(test::LocalServer &s, const QString &name, server::Role role, const QString &department = {})
{
    const auto hash = server::Credentials::hashPassword(QStringLiteral("correct horse 1"));
    REQUIRE(hash.ok());
    REQUIRE(s.store->addUser(server::User{name, role, department, *hash}).ok());
}

int push(test::LocalServer &s, const QString &token, std::initializer_list<QJsonObject> events)
{
    const auto r = s.request("POST", QStringLiteral("api/v1/events"), test::batch(events), token);
    INFO(r.body.toStdString());
    return r.status;
}

QByteArray jpeg(Qt::GlobalColor color)
{
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(color);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPG");
    return bytes;
}

// The whole file in one PUT, as `token`'s user; its SHA-256.
QString upload(test::LocalServer &s, const QString &token, const QByteArray &bytes)
{
    const QString sha = core::PhotoStore::sha256Of(bytes);
    const auto r = s.request("PUT", QStringLiteral("api/v1/photos/%1?offset=0&total=%2").arg(sha).arg(bytes.size()), bytes, token);
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    return sha;
}

QJsonObject sheet(const QString &survey, const QString &department, const QStringList &rowIds)
{
    QJsonArray rows;
    for (const auto &id : rowIds)
        rows.append(QJsonObject{{QStringLiteral("row_id"), id}, {QStringLiteral("category"), QStringLiteral("bench")}, {QStringLiteral("needed"), true}});
    return {{QStringLiteral("survey_id"), survey}, {QStringLiteral("department"), department}, {QStringLiteral("rows"), rows}};
}

// Every event `token`'s user may read, in the order every device folds them.
std::vector<core::Event> folded(test::LocalServer &s, const QString &token)
{
    std::vector<core::Event> out;
    for (const auto &o : s.pullAll(token)) {
        auto e = core::eventjson::fromJson(o);
        REQUIRE(e.ok());
        out.push_back(*e);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("a department swaps its survey rows after the office approved them and closed the campaign", "[security][survey]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    addUser(s, QStringLiteral("traffic"), server::Role::Department, QStringLiteral("교통행정과"));
    const QString office = s.login(QStringLiteral("office1"));
    const QString parks = s.login(QStringLiteral("parks"));
    const QString traffic = s.login(QStringLiteral("traffic"));
    const QString survey = QStringLiteral("s-2026");
    const QString parksDept = QStringLiteral("공원녹지과"), trafficDept = QStringLiteral("교통행정과");
    REQUIRE(push(s, office, {test::event(QStringLiteral("office1"), QStringLiteral("survey.opened"),
                                         {{QStringLiteral("survey_id"), survey}, {QStringLiteral("title"), QStringLiteral("2026 수요조사")},
                                          {QStringLiteral("deadline"), QStringLiteral("2026-12-31")}})}) == 200);
    REQUIRE(push(s, parks, {test::event(QStringLiteral("parks"), QStringLiteral("survey.rows_saved"), sheet(survey, parksDept, {QStringLiteral("p-1")}))}) == 200);
    REQUIRE(push(s, parks, {test::event(QStringLiteral("parks"), QStringLiteral("survey.rows_submitted"), sheet(survey, parksDept, {QStringLiteral("p-1")}))}) == 200);
    REQUIRE(push(s, traffic, {test::event(QStringLiteral("traffic"), QStringLiteral("survey.rows_saved"), sheet(survey, trafficDept, {QStringLiteral("t-1")}))}) == 200);
    REQUIRE(push(s, office, {test::event(QStringLiteral("office1"), QStringLiteral("survey.reviewed"),
                                         {{QStringLiteral("survey_id"), survey}, {QStringLiteral("department"), parksDept},
                                          {QStringLiteral("decision"), QStringLiteral("approved")}, {QStringLiteral("comment"), QString()}})}) == 200);

    // Approved: the sheet is the office's now.
    const auto swapped = s.request("POST", QStringLiteral("api/v1/events"),
                                   test::batch({test::event(QStringLiteral("parks"), QStringLiteral("survey.rows_saved"),
                                                            sheet(survey, parksDept, {QStringLiteral("p-evil")}))}),
                                   parks);
    CHECK(swapped.status == 403);
    CHECK(swapped.body.contains("the office already decided on this sheet (approved)"));
    CHECK(swapped.body.contains("사무실이 이미 결정한"));
    CHECK(push(s, parks, {test::event(QStringLiteral("parks"), QStringLiteral("survey.rows_submitted"), sheet(survey, parksDept, {QStringLiteral("p-evil")}))}) == 403);
    // Closed: no department changes anything, decided or not.
    CHECK(push(s, traffic, {test::event(QStringLiteral("traffic"), QStringLiteral("survey.rows_saved"), sheet(survey, trafficDept, {QStringLiteral("t-2")}))}) == 200);
    REQUIRE(push(s, office, {test::event(QStringLiteral("office1"), QStringLiteral("survey.closed"), {{QStringLiteral("survey_id"), survey}})}) == 200);
    const auto late = s.request("POST", QStringLiteral("api/v1/events"),
                                test::batch({test::event(QStringLiteral("traffic"), QStringLiteral("survey.rows_saved"),
                                                         sheet(survey, trafficDept, {QStringLiteral("t-evil")}))}),
                                traffic);
    CHECK(late.status == 403);
    CHECK(late.body.contains("the survey is closed"));

    // A swap that reached the log anyway (an older server) changes nothing on any device's fold.
    for (const auto &[actor, dept, row] : {std::tuple{QStringLiteral("parks"), parksDept, QStringLiteral("p-old")},
                                           std::tuple{QStringLiteral("traffic"), trafficDept, QStringLiteral("t-old")}}) {
        auto e = core::eventjson::fromJson(test::event(actor, QStringLiteral("survey.rows_saved"), sheet(survey, dept, {row})));
        REQUIRE(e.ok());
        REQUIRE(s.store->push({*e}, 0).ok());
    }
    core::SurveyBook book;
    for (const auto &e : folded(s, office))
        core::surveyreducer::apply(book, e);
    CHECK(book.rows.count(QStringLiteral("p-1")) == 1);
    CHECK(book.rows.count(QStringLiteral("t-2")) == 1);
    for (const char *gone : {"p-evil", "t-evil", "p-old", "t-old"})
        CHECK(book.rows.count(QLatin1String(gone)) == 0);
    CHECK(book.submissions.at({survey, parksDept}).state == QStringLiteral("approved"));
}

TEST_CASE("a crew takes over another crew's place proposal by reusing its proposal_id with an earlier stamp", "[security][field]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    addUser(s, QStringLiteral("crew2"), server::Role::Crew, QStringLiteral("현장2팀"));
    const QString office = s.login(QStringLiteral("office1"));
    const QString crew1 = s.login(QStringLiteral("crew1"));
    const QString crew2 = s.login(QStringLiteral("crew2"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto proposal = [&](const QString &actor, qint64 ms, const QString &note) {
        const QString device = QStringLiteral("tab-") + actor;
        return core::eventjson::toJson(core::Event{QUuid::createUuid().toString(QUuid::WithoutBraces), core::HybridClock::format(ms, 0, device),
                                                   QStringLiteral("2026-12-07T09:00:00Z"), actor, device,
                                                   QString::fromLatin1(core::EventKind::PlaceProposed), QString(),
                                                   QJsonObject{{QStringLiteral("proposal_id"), id}, {QStringLiteral("category"), QStringLiteral("bench")},
                                                               {QStringLiteral("x"), 191604.6}, {QStringLiteral("y"), 541809.5},
                                                               {QStringLiteral("note"), note}}});
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject first = proposal(QStringLiteral("crew1"), now, QStringLiteral("crew1's bench"));
    REQUIRE(push(s, crew1, {first}) == 200);
    // An hour earlier would make it "the first one" in the fold.
    const auto taken = s.request("POST", QStringLiteral("api/v1/events"),
                                 test::batch({proposal(QStringLiteral("crew2"), now - 3'600'000, QStringLiteral("crew2's now"))}), crew2);
    CHECK(taken.status == 403);
    CHECK(taken.body.contains("this place was proposed by another person ('crew1'"));
    // The proposer itself may send it again (a replayed batch) or once more.
    CHECK(push(s, crew1, {first}) == 200);
    CHECK(push(s, crew1, {proposal(QStringLiteral("crew1"), now + 1, QStringLiteral("crew1 again"))}) == 200);

    core::FieldBook book;
    for (const auto &e : folded(s, office))
        core::FieldTables::apply(book, e);
    REQUIRE(book.proposals.count(id) == 1);
    CHECK(book.proposals.at(id).proposedBy == QStringLiteral("crew1"));
    CHECK(book.proposals.at(id).note == QStringLiteral("crew1's bench"));
}

TEST_CASE("another user appends to a crew's partial photo upload and ends its round", "[security][photo]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    addUser(s, QStringLiteral("crew2"), server::Role::Crew, QStringLiteral("현장2팀"));
    const QString crew1 = s.login(QStringLiteral("crew1"));
    const QString crew2 = s.login(QStringLiteral("crew2"));
    const QByteArray photo = jpeg(Qt::darkCyan);
    const QString sha = core::PhotoStore::sha256Of(photo);
    const QString at = QStringLiteral("api/v1/photos/%1?offset=%2&total=%3");
    REQUIRE(s.request("PUT", at.arg(sha).arg(0).arg(photo.size()), photo.left(100), crew1).status == 202);
    const auto hijack = s.request("PUT", at.arg(sha).arg(100).arg(photo.size()), QByteArray(50, 'x'), crew2);
    CHECK(hijack.status == 403);
    CHECK(hijack.body.contains("another user is uploading it"));
    CHECK(s.request("PUT", at.arg(sha).arg(0).arg(photo.size()), photo.left(50), crew2).status == 403);
    // The owner's upload goes on as if nothing happened, and completes with the right file.
    CHECK(s.request("PUT", at.arg(sha).arg(100).arg(photo.size()), photo.mid(100), crew1).status == 200);
    auto kept = s.store->photo(sha);
    REQUIRE(kept.ok());
    REQUIRE(kept->has_value());
    CHECK(**kept == photo);
}

TEST_CASE("made-up photo names open any number of partial uploads: per-user limits on uploads and bytes", "[security][photo][limits]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const server::UploadQuota quota = s.api->limits().uploads;
    const QString crew = s.login(QStringLiteral("crew1"));
    const QString parks = s.login(QStringLiteral("parks"));
    auto madeUp = [](int n) { return core::PhotoStore::sha256Of(QByteArray::number(n)); };
    // Each begins like a real photo (a JPEG's first bytes): anything else is refused by its first bytes (415).
    const QByteArray head = jpeg(Qt::darkCyan).left(100);
    auto open = [&](const QString &token, int n, qint64 total) {
        return s.request("PUT", QStringLiteral("api/v1/photos/%1?offset=0&total=%2").arg(madeUp(n)).arg(total), head, token);
    };
    for (int n = 0; n < quota.maxOpenUploads; ++n)
        REQUIRE(open(crew, n, 1000).status == 202);
    const auto ninth = open(crew, quota.maxOpenUploads, 1000);
    CHECK(ninth.status == 429);
    CHECK(ninth.body.contains(QStringLiteral("at most %1").arg(quota.maxOpenUploads).toUtf8()));
    // Going on with one's own open uploads is never refused; another user has a quota of their own.
    CHECK(s.request("PUT", QStringLiteral("api/v1/photos/%1?offset=100&total=1000").arg(madeUp(0)), QByteArray(100, 'x'), crew).status == 202);
    CHECK(open(parks, 100, 1000).status == 202);

    // Bytes: each upload declares its size, and the declared sizes of one user's open uploads are bounded.
    const qint64 big = s.api->limits().maxPhotoBytes;
    int n = 200;
    for (qint64 declared = 1000; declared + big <= quota.maxOpenBytes; declared += big)
        REQUIRE(open(parks, n++, big).status == 202);
    const auto over = open(parks, n, big);
    CHECK(over.status == 413);
    CHECK(over.body.contains(QStringLiteral("%1 MB").arg(quota.maxOpenBytes >> 20).toUtf8()));
    const qint64 logged = [&] {
        REQUIRE(s.api->flushRefusals().ok());
        return *s.store->refusalCount();
    }();
    CHECK(logged >= 2); // both refusals are on record for the office
}

TEST_CASE("a crew's sync round survives another user holding an upload of the same photo", "[security][photo][sync]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::BenchOffice o(kind);
    const QByteArray photo = test::jpegBytes();
    const QString sha = core::PhotoStore::sha256Of(photo);
    REQUIRE(o.tab.store->attachPhoto(o.uuid, QStringLiteral("after"), photo).ok());
    // Someone else began an upload of the same file, with other bytes (a photo's first bytes, then not).
    const QString other = test::httpLogin(o.office.url(), QStringLiteral("office2"));
    QByteArray otherBytes = photo.left(100);
    otherBytes[99] = char(otherBytes[99] ^ 0x5a);
    REQUIRE(test::httpRequest(o.office.url(), "PUT", QStringLiteral("api/v1/photos/%1?offset=0&total=%2").arg(sha).arg(photo.size()),
                              otherBytes, other)
                .status == 202);
    const core::SyncReport r = o.tab.syncOk(); // today: the round ends on the mixed file's SHA-256
    CHECK(r.pushedEvents >= 1);                // the photo's event went out all the same
    REQUIRE(r.photosHeldBack.size() == 1);
    CHECK(r.photosHeldBack.front().contains(QStringLiteral("another user is uploading it")));
    CHECK(r.photosUp == 0);
    CHECK(core::SyncClient::state(*o.tab.store).lastError.isEmpty());
}

TEST_CASE("a department downloads a photo of another department's asset", "[security][photo][read]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    addUser(s, QStringLiteral("traffic"), server::Role::Department, QStringLiteral("교통행정과"));
    addUser(s, QStringLiteral("crew2"), server::Role::Crew, QStringLiteral("현장2팀"));
    const QString office = s.login(QStringLiteral("office1"));
    const QString parks = s.login(QStringLiteral("parks"));
    const QString traffic = s.login(QStringLiteral("traffic"));
    const QString crew1 = s.login(QStringLiteral("crew1"));
    const QString crew2 = s.login(QStringLiteral("crew2"));
    const QString parksBench = s.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
    const QString trafficSign = s.addAsset(office, QStringLiteral("교통행정과"));
    auto added = [](const QString &actor, const QString &sha, const QString &asset) {
        return test::event(actor, QStringLiteral("photo.added"),
                           {{QStringLiteral("photo_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}, {QStringLiteral("sha256"), sha},
                            {QStringLiteral("role"), QStringLiteral("before")}},
                           asset);
    };
    const QString ofBench = upload(s, office, jpeg(Qt::darkGreen));
    const QString ofSign = upload(s, office, jpeg(Qt::darkRed));
    const QString crew2s = upload(s, crew2, jpeg(Qt::darkBlue));
    REQUIRE(push(s, office, {added(QStringLiteral("office1"), ofBench, parksBench), added(QStringLiteral("office1"), ofSign, trafficSign)}) == 200);
    // A crew files photos of work assigned to it (attack pass F4): crew2 holds a second sign of 교통행정과.
    const QString crew2Sign = s.addAsset(office, QStringLiteral("교통행정과"), QStringLiteral("현장2팀"));
    REQUIRE(push(s, crew2, {added(QStringLiteral("crew2"), crew2s, crew2Sign)}) == 200);
    const QString unnamed = upload(s, office, jpeg(Qt::darkYellow)); // uploaded, no event names it yet

    auto get = [&](const QString &token, const QString &sha) { return s.request("GET", QStringLiteral("api/v1/photos/%1").arg(sha), {}, token).status; };
    for (const QString &sha : {ofBench, ofSign, crew2s, unnamed})
        CHECK(get(office, sha) == 200);
    CHECK(get(parks, ofBench) == 200);
    CHECK(get(parks, ofSign) == 404);
    CHECK(get(parks, crew2s) == 404);
    CHECK(get(parks, unnamed) == 404);
    CHECK(get(traffic, ofSign) == 200);
    CHECK(get(traffic, crew2s) == 200);
    CHECK(get(traffic, ofBench) == 404);
    CHECK(get(crew1, ofBench) == 200); // its assigned asset
    CHECK(get(crew1, ofSign) == 404);
    CHECK(get(crew2, crew2s) == 200);  // its own photo
    CHECK(get(crew2, ofBench) == 404);
    // The refusal says no more than a missing photo would.
    CHECK(s.request("GET", QStringLiteral("api/v1/photos/%1").arg(ofSign), {}, parks).body
          == s.request("GET", QStringLiteral("api/v1/photos/%1").arg(QString(64, QLatin1Char('0'))), {}, parks).body);
    // Every rendition (W3.4) goes by the same scope: a thumbnail shows what the original does.
    auto getAs = [&](const QString &token, const QString &sha, const char *rendition) {
        return s.request("GET", QStringLiteral("api/v1/photos/%1?rendition=%2").arg(sha, QLatin1String(rendition)), {}, token).status;
    };
    for (const char *rendition : {"thumb", "preview", "original"}) {
        INFO(rendition);
        CHECK(getAs(parks, ofBench, rendition) == 200);
        CHECK(getAs(parks, ofSign, rendition) == 404);
        CHECK(getAs(parks, unnamed, rendition) == 404);
        CHECK(getAs(crew1, ofBench, rendition) == 200);
        CHECK(getAs(crew1, ofSign, rendition) == 404);
        CHECK(getAs(traffic, ofBench, rendition) == 404);
    }
    // A photo's verdict is the office's alone to read.
    CHECK(s.request("GET", QStringLiteral("api/v1/photos/%1/verdict").arg(ofSign), {}, parks).status == 403);
    CHECK(s.request("GET", QStringLiteral("api/v1/photos/%1/verdict").arg(ofSign), {}, crew1).status == 403);
}

TEST_CASE("attack: a crew files a photo it saw in a pull (the office's) under its own asset to read it: refused, the photo stays unreadable", "[security][photo][read]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString office = s.login(QStringLiteral("office1"));
    const QString crew = s.login(QStringLiteral("crew1"));
    const QString mine = s.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
    const QString sign = s.addAsset(office, QStringLiteral("교통행정과"));
    auto added = [](const QString &actor, const QString &sha, const QString &asset) {
        return test::event(actor, QStringLiteral("photo.added"),
                           {{QStringLiteral("photo_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}, {QStringLiteral("sha256"), sha},
                            {QStringLiteral("role"), QStringLiteral("before")}},
                           asset);
    };
    const QString officePhoto = upload(s, office, jpeg(Qt::darkMagenta));
    REQUIRE(push(s, office, {added(QStringLiteral("office1"), officePhoto, sign)}) == 200);
    auto get = [&](const QString &sha) { return s.request("GET", QStringLiteral("api/v1/photos/%1").arg(sha), {}, crew).status; };
    CHECK(get(officePhoto) == 404);
    // The crew names the office's photo under its own asset: refused, and the photo stays closed to it.
    CHECK(push(s, crew, {added(QStringLiteral("crew1"), officePhoto, mine)}) == 403);
    CHECK(get(officePhoto) == 404);
    // Uploading the same bytes again does not make them the crew's either.
    s.request("PUT", QStringLiteral("api/v1/photos/%1?offset=0&total=%2").arg(officePhoto).arg(jpeg(Qt::darkMagenta).size()), jpeg(Qt::darkMagenta), crew);
    CHECK(push(s, crew, {added(QStringLiteral("crew1"), officePhoto, mine)}) == 403);
    // Its own photo, uploaded by itself, goes through and it reads it.
    const QString own = upload(s, crew, jpeg(Qt::darkGreen));
    CHECK(push(s, crew, {added(QStringLiteral("crew1"), own, mine)}) == 200);
    CHECK(get(own) == 200);
}

TEST_CASE("attack: a crew files a sha256 before anyone uploaded it, and another crew's later upload of that photo stays closed to it",
          "[security][photo][read]")
{
    // An outside pass: crew1 filed photo.added for a file both crews held before either uploaded it;
    // once crew2 uploaded it for its own asset, crew1 downloaded it (200).
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    addUser(s, QStringLiteral("crew2"), server::Role::Crew, QStringLiteral("현장2팀"));
    const QString office = s.login(QStringLiteral("office1"));
    const QString crew1 = s.login(QStringLiteral("crew1"));
    const QString crew2 = s.login(QStringLiteral("crew2"));
    const QString work1 = s.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
    const QString work2 = s.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("현장2팀"));
    auto added = [](const QString &actor, const QString &sha, const QString &asset) {
        return test::event(actor, QStringLiteral("photo.added"),
                           {{QStringLiteral("photo_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}, {QStringLiteral("sha256"), sha},
                            {QStringLiteral("role"), QStringLiteral("before")}},
                           asset);
    };
    const QByteArray shared = jpeg(Qt::darkYellow);
    const QString sha = core::PhotoStore::sha256Of(shared);
    // Filed ahead of its upload (a device's photo held back by its quota is filed so too): taken.
    REQUIRE(push(s, crew1, {added(QStringLiteral("crew1"), sha, work1)}) == 200);
    REQUIRE(upload(s, crew2, shared) == sha);
    REQUIRE(push(s, crew2, {added(QStringLiteral("crew2"), sha, work2)}) == 200);
    auto get = [&](const QString &token) { return s.request("GET", QStringLiteral("api/v1/photos/%1").arg(sha), {}, token).status; };
    CHECK(get(crew1) == 404);
    CHECK(get(crew2) == 200);
    CHECK(get(office) == 200);
    // Filed ahead of its own upload, the crew's photo opens to it once it uploads it.
    const QByteArray own = jpeg(Qt::darkCyan);
    const QString ownSha = core::PhotoStore::sha256Of(own);
    REQUIRE(push(s, crew1, {added(QStringLiteral("crew1"), ownSha, work1)}) == 200);
    REQUIRE(upload(s, crew1, own) == ownSha);
    CHECK(get(crew1) == 404); // still the shared one
    CHECK(s.request("GET", QStringLiteral("api/v1/photos/%1").arg(ownSha), {}, crew1).status == 200);
}
