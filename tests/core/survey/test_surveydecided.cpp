// A department's sheet after the office's last word (W3.5): rows that reach a device after the
// office approved the sheet or closed the survey change no device's tables, whichever way they
// arrive (the incremental fold or a refold) and whatever the server let through.
#include "inventoryfixture.h"
#include "store/hybridclock.h"
#include "store/storeaccess.h"
#include "survey/surveydesk.h"
#include "store/surveyreducer.h"
#include "survey/surveytables.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace gc;
using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

SurveyRow bench(double x, double y)
{
    SurveyRow r;
    r.category = QStringLiteral("bench");
    r.name = QStringLiteral("새 의자");
    r.hasLocation = true;
    r.x = x;
    r.y = y;
    return r;
}

// A sheet as a department's device would send it, stamped `afterMs` after now.
Event sheet(const QString &surveyId, const QString &department, const QString &rowId, qint64 afterMs)
{
    SurveyRow r = bench(191604.6, 541809.5);
    r.rowId = rowId;
    const QString device = QStringLiteral("dept-tablet");
    return Event{QUuid::createUuid().toString(QUuid::WithoutBraces),
                 HybridClock::format(QDateTime::currentMSecsSinceEpoch() + afterMs, 0, device),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate), QStringLiteral("parks"), device,
                 QString::fromLatin1(EventKind::SurveyRowsSaved), QString(),
                 QJsonObject{{QStringLiteral("survey_id"), surveyId}, {QStringLiteral("department"), department},
                             {QStringLiteral("rows"), QJsonArray{surveyreducer::rowToJson(r)}}}};
}

} // namespace

TEST_CASE("rows a department saves after the office approved its sheet or closed the survey change no device's tables", "[survey][merge]")
{
    const QString parks = QStringLiteral("공원녹지과"), traffic = QStringLiteral("교통행정과");
    InventoryFixture office;
    SurveyDesk desk(*office.store);
    auto c = desk.open(QStringLiteral("2026 수요조사"), QStringLiteral("2026-12-31"), {}, {});
    REQUIRE(c.ok());
    REQUIRE(desk.saveRows(c->surveyId, parks, {bench(191604.6, 541809.5)}, true).ok());
    REQUIRE(desk.saveRows(c->surveyId, traffic, {bench(191610.0, 541812.0)}, false).ok());
    REQUIRE(desk.review(c->surveyId, parks, QStringLiteral("approved"), QString()).ok());
    auto approved = SurveyTables::read(StoreAccess::db(*office.store));
    REQUIRE(approved.ok());

    // Newer than every stored event: folded incrementally.
    REQUIRE(office.store->merge({sheet(c->surveyId, parks, QStringLiteral("swapped-1"), 60'000)}).ok());
    auto after = SurveyTables::read(StoreAccess::db(*office.store));
    REQUIRE(after.ok());
    CHECK(after->rows.count(QStringLiteral("swapped-1")) == 0);
    CHECK(after->rows == approved->rows);

    // The survey closes; traffic's draft stays as it was, whatever comes later.
    REQUIRE(desk.close(c->surveyId).ok());
    REQUIRE(office.store->merge({sheet(c->surveyId, traffic, QStringLiteral("late-1"), 120'000)}).ok());
    auto closed = SurveyTables::read(StoreAccess::db(*office.store));
    REQUIRE(closed.ok());
    CHECK(closed->rows.count(QStringLiteral("late-1")) == 0);
    CHECK(closed->rows == approved->rows);

    // Another device merging the whole log in one go (a refold) agrees, and so does replay.
    auto log = office.store->events();
    REQUIRE(log.ok());
    InventoryFixture other;
    REQUIRE(other.store->merge(*log).ok());
    auto there = SurveyTables::read(StoreAccess::db(*other.store));
    REQUIRE(there.ok());
    CHECK(*there == *closed);
    CHECK(*closed == office.store->replay()->surveys);
}
