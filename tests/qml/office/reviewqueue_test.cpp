#include "reviewqueuemodel.h"

#include "store/assetstore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gc;
using namespace gc::core;
using gc::ui::ReviewQueueModel;

TEST_CASE("the review queue lists installed assets worst verdict first and pages lazily", "[office][review]")
{
    QTemporaryDir dir;
    auto created = AssetStore::create(dir.filePath(QStringLiteral("review.gpkg")));
    REQUIRE(created.ok());
    AssetStore &store = **created;
    std::vector<Asset> list;
    for (int i = 0; i < 150; ++i) {
        Asset a;
        a.category = QStringLiteral("bench");
        a.name = QStringLiteral("의자 %1").arg(i);
        a.department = QStringLiteral("공원녹지과");
        a.method = QStringLiteral("sticker");
        a.hasLocation = true;
        a.x = 191604.6;
        a.y = 541809.5;
        list.push_back(a);
    }
    list.push_back(list.front()); // one more, left planned: not in the queue
    list.back().name = QStringLiteral("계획만");
    REQUIRE(store.addAssets(list).ok());
    const QString st = QLatin1String(EventKind::AssetStatus);
    std::vector<NewEvent> events;
    for (int i = 0; i < 150; ++i) {
        QJsonObject p{{QStringLiteral("status"), QStringLiteral("installed")}};
        if (i == 120)
            p.insert(QStringLiteral("checks"), QJsonObject{{QStringLiteral("before"), QStringLiteral("pass")}, {QStringLiteral("after1"), QStringLiteral("fail")}});
        if (i == 7)
            p.insert(QStringLiteral("checks"), QJsonObject{{QStringLiteral("after1"), QStringLiteral("review")}});
        if (i == 3)
            p.insert(QStringLiteral("checks"), QJsonObject{{QStringLiteral("after1"), QStringLiteral("pass")}});
        events.push_back({st, list[size_t(i)].uuid, p, 0, QString()});
    }
    REQUIRE(store.record(events).ok());

    ReviewQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(&store);
    CHECK(model.total() == 150);
    CHECK(model.rowCount() == 100); // the first page
    auto at = [&](int row, int role) { return model.data(model.index(row, 0), role).toString(); };
    CHECK(at(0, ReviewQueueModel::NameRole) == QStringLiteral("의자 120"));
    CHECK(at(0, ReviewQueueModel::VerdictRole) == QStringLiteral("fail"));
    CHECK(at(1, ReviewQueueModel::NameRole) == QStringLiteral("의자 7"));
    CHECK(at(1, ReviewQueueModel::VerdictRole) == QStringLiteral("review"));
    CHECK(at(2, ReviewQueueModel::VerdictRole) != QStringLiteral("fail"));
    CHECK(at(0, ReviewQueueModel::CategoryRole) == QStringLiteral("의자"));
    CHECK(at(0, ReviewQueueModel::DongRole) == QStringLiteral("독산3동"));
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 150);
    QStringList seen;
    for (int r = 0; r < model.rowCount(); ++r)
        seen << at(r, ReviewQueueModel::UuidRole);
    seen.removeDuplicates();
    CHECK(seen.size() == 150);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.roleNames().value(ReviewQueueModel::BeforePhotoRole) == QByteArray("beforePhoto"));

    REQUIRE(store.setStatus(list[120].uuid, QStringLiteral("verified")).ok());
    model.reload();
    CHECK(model.total() == 149);
    CHECK(at(0, ReviewQueueModel::NameRole) == QStringLiteral("의자 7"));
}
