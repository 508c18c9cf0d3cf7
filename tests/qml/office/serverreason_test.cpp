// The office's review queue shows why the server's own check disagrees with the tablet (W3.4 × W3.1):
// the failing checks the server named, as the office's sync stored them, reach the QML model.
#include "reviewqueuemodel.h"

#include "field/fieldwork.h"
#include "photofiles/photostore.h"
#include "slotscenes.h"
#include "photofixtures.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/assetstore.h"
#include "store/storeaccess.h"
#include "sync/syncclient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gc;
using namespace gc::core;
using gc::ui::ReviewQueueModel;

TEST_CASE("the review queue model gives the server's reason beside its verdict", "[office][review][verdict]")
{
    QTemporaryDir dir;
    auto created = AssetStore::create(dir.filePath(QStringLiteral("office.gpkg")));
    REQUIRE(created.ok());
    AssetStore &store = **created;
    Asset a;
    a.category = QStringLiteral("bench");
    a.name = QStringLiteral("의자");
    a.department = QStringLiteral("공원녹지과");
    a.method = QStringLiteral("sticker");
    a.hasLocation = true;
    a.x = 191604.6;
    a.y = 541809.5;
    a.assignee = QStringLiteral("현장1팀");
    a.status = QStringLiteral("assigned");
    std::vector<Asset> assets{a};
    REQUIRE(store.addAssets(assets).ok());
    const Asset asset = assets.front();
    static const cv::Mat mark = test::loadBgra(test::brandDir() + QStringLiteral("/goodcity_mark_color.png"));
    const test::BeforeAfter pair = test::makeBeforeAfter(mark, test::OldState::PlainSign, test::Surface::White, 101);
    REQUIRE(FieldWork(store)
                .logReplacement({.assetUuid = asset.uuid, .beforePhoto = pair.beforeJpeg, .afterPhotos = {pair.afterJpeg},
                                 .method = QStringLiteral("sticker"),
                                 .checks = QJsonObject{{QStringLiteral("before"), QStringLiteral("pass")}, {QStringLiteral("after1"), QStringLiteral("pass")}}})
                .ok());

    // An office copy synced before the server named its reasons: no "problems" column. The queue still reads.
    REQUIRE(SyncClient::prepare(store).ok());
    REQUIRE(StoreAccess::db(store).exec(QStringLiteral("ALTER TABLE gc_server_verdicts DROP COLUMN problems")).ok());
    const QString sha = PhotoStore::sha256Of(pair.afterJpeg);
    REQUIRE(StoreAccess::db(store)
                .exec(QStringLiteral("INSERT INTO gc_server_verdicts (sha256, slot, server_verdict, device_verdict, checked_at) "
                                     "VALUES ('%1', 'after1', 'fail', 'pass', '2026-12-07T10:00:00Z')").arg(sha))
                .ok());
    ReviewQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(&store);
    REQUIRE(model.rowCount() == 1);
    auto server = [&] { return model.data(model.index(0, 0), ReviewQueueModel::ServerRole).toList(); };
    REQUIRE(server().size() == 1);
    CHECK(server().front().toMap().value(QStringLiteral("server")).toString() == QStringLiteral("fail"));
    CHECK(server().front().toMap().value(QStringLiteral("reason")).toString().isEmpty());

    // The next sync adds the column and stores the server's failing checks: the model gives them as the reason.
    REQUIRE(SyncClient::prepare(store).ok());
    const QJsonArray problems{QJsonObject{{QStringLiteral("check"), QStringLiteral("same_place")},
                                          {QStringLiteral("status"), QStringLiteral("fail")},
                                          {QStringLiteral("ko"), QStringLiteral("작업 전 사진과 다른 장소로 보입니다")},
                                          {QStringLiteral("en"), QStringLiteral("this does not look like the place of the before photo")}}};
    auto st = StoreAccess::db(store).prepare(QStringLiteral("UPDATE gc_server_verdicts SET problems = ?1 WHERE sha256 = ?2"));
    REQUIRE(st.ok());
    st->bind(1, QString::fromUtf8(QJsonDocument(problems).toJson(QJsonDocument::Compact))).bind(2, sha);
    REQUIRE(st->run().ok());
    model.reload();
    REQUIRE(server().size() == 1);
    const QString reason = server().front().toMap().value(QStringLiteral("reason")).toString();
    INFO(reason.toStdString());
    CHECK((reason.contains(QStringLiteral("다른 장소")) || reason.contains(QStringLiteral("place of the before photo"))));
}
