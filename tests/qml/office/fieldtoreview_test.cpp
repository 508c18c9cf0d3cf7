// From the field to the office: photos checked by the real PhotoChecker, saved the way the field app
// saves a replacement (FieldWork, the checks as FieldController reports them), read back by the
// office's review queue.
#include "reviewqueuemodel.h"

#include "field/fieldwork.h"
#include "office/reviewqueue.h"
#include "photo/photochecker.h"
#include "photofixtures.h"
#include "store/assetstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace gc;
using namespace gc::core;
using gc::ui::ReviewQueueModel;

namespace {

const GeoPoint kBench{37.4568, 126.8955}; // where the asset stands, as the app gives it to the checker

QByteArray markPhoto(std::uint32_t seed)
{
    static const cv::Mat mark = test::loadBgra(test::brandDir() + QStringLiteral("/goodcity_mark_color.png"));
    return test::makeMarkScene(mark, seed, test::SceneSettings{.size = {1200, 900}, .minShare = 0.08, .maxAngleDeg = 20,
                                                               .maxBlurSigma = 0.5, .maxNoiseSigma = 2, .minJpegQuality = 85})
        .jpeg;
}

} // namespace

TEST_CASE("photos the checker sent for review reach the office as needing a look, after the failed ones",
          "[office][review][field]")
{
    auto made = PhotoChecker::create(PhotoCheckThresholds{});
    REQUIRE(made.ok());
    const PhotoChecker &checker = *made;
    // The crew stood at the bench (GPS on): every check passes. No GPS fix: the location cannot be
    // confirmed, the office should look. A photo without the mark fails.
    PhotoCheckContext atBench;
    atBench.assetPosition = kBench;
    atBench.recordedPosition = kBench;
    PhotoCheckContext noFix;
    noFix.assetPosition = kBench;

    QTemporaryDir dir;
    auto created = AssetStore::create(dir.filePath(QStringLiteral("field.gpkg")));
    REQUIRE(created.ok());
    AssetStore &store = **created;
    store.setIdentity(QStringLiteral("김현장"), QStringLiteral("tablet-1"));
    std::vector<Asset> list;
    for (const char *name : {"통과한 의자", "검토할 의자", "불합격 의자"}) {
        Asset a;
        a.category = QStringLiteral("bench");
        a.name = QString::fromUtf8(name);
        a.department = QStringLiteral("공원녹지과");
        a.method = QStringLiteral("sticker");
        a.hasLocation = true;
        a.x = 191604.6;
        a.y = 541809.5;
        a.status = toString(AssetStatus::Assigned);
        a.assignee = QStringLiteral("현장1팀");
        list.push_back(a);
    }
    REQUIRE(store.addAssets(list).ok());
    const auto assets = store.assets();
    REQUIRE(assets.ok());
    REQUIRE(assets->size() == 3);

    struct Save {
        QByteArray after;
        const PhotoCheckContext *context;
        PhotoVerdict expected;
    };
    // Saved in this order, so the queue's "oldest first" alone would put the passed one first.
    const Save saves[] = {{markPhoto(11), &atBench, PhotoVerdict::Pass},
                          {markPhoto(12), &noFix, PhotoVerdict::Review},
                          {test::makeNegativeScene(5002).jpeg, &atBench, PhotoVerdict::Fail}};
    const QByteArray before = markPhoto(10);
    auto beforeCheck = checker.check(before, atBench);
    REQUIRE(beforeCheck.ok());
    REQUIRE(beforeCheck->verdict == PhotoVerdict::Pass);
    for (size_t i = 0; i < 3; ++i) {
        auto afterCheck = checker.check(saves[i].after, *saves[i].context);
        REQUIRE(afterCheck.ok());
        REQUIRE(afterCheck->verdict == saves[i].expected);
        // What FieldController::saveReplacement gets from the dialog: the verdict text per slot.
        Replacement r;
        r.assetUuid = (*assets)[i].uuid;
        r.beforePhoto = before;
        r.afterPhotos = {saves[i].after};
        r.method = QStringLiteral("sticker");
        r.checks = QJsonObject::fromVariantMap({{QStringLiteral("before"), toString(beforeCheck->verdict)},
                                                {QStringLiteral("after1"), toString(afterCheck->verdict)}});
        if (afterCheck->verdict != PhotoVerdict::Pass)
            r.reviewReason = QStringLiteral("현장 판단 / crew's call");
        auto saved = FieldWork(store).logReplacement(r);
        INFO((saved ? QString() : saved.error().message()).toStdString());
        REQUIRE(saved.ok());
    }

    ReviewQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(&store);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.total() == 3);
    auto at = [&](int row, int role) { return model.data(model.index(row, 0), role).toString(); };
    CHECK(at(0, ReviewQueueModel::NameRole) == QStringLiteral("불합격 의자"));
    CHECK(at(0, ReviewQueueModel::VerdictRole) == QStringLiteral("fail"));
    CHECK(at(1, ReviewQueueModel::NameRole) == QStringLiteral("검토할 의자"));
    CHECK(at(1, ReviewQueueModel::VerdictRole) == QStringLiteral("review"));
    CHECK(at(1, ReviewQueueModel::ReviewReasonRole) == QStringLiteral("현장 판단 / crew's call"));
    CHECK(at(2, ReviewQueueModel::NameRole) == QStringLiteral("통과한 의자"));
    CHECK(at(2, ReviewQueueModel::VerdictRole) == QStringLiteral("pass"));
    for (int row = 0; row < 3; ++row) {
        CHECK(QFile::exists(QUrl(at(row, ReviewQueueModel::BeforePhotoRole)).toLocalFile()));
        CHECK(QFile::exists(QUrl(at(row, ReviewQueueModel::AfterPhotoRole)).toLocalFile()));
    }
}

TEST_CASE("a verdict the office does not know is shown as an error, not as a pass", "[office][review][field]")
{
    CHECK(photoVerdictFromString(QStringLiteral("review")) == PhotoVerdict::Review);
    CHECK(photoVerdictFromString(QStringLiteral("warn")) == PhotoVerdict::Error);
    CHECK(photoVerdictFromString(QString()) == PhotoVerdict::Error);
    for (PhotoVerdict v : {PhotoVerdict::Pass, PhotoVerdict::Review, PhotoVerdict::Fail, PhotoVerdict::Error})
        CHECK(photoVerdictFromString(toString(v)) == v);
    CHECK(ReviewQueue::worstVerdict(QJsonObject{{QStringLiteral("before"), QStringLiteral("pass")},
                                                {QStringLiteral("after1"), QStringLiteral("review")}})
          == PhotoVerdict::Review);
    CHECK(ReviewQueue::worstVerdict(QJsonObject{{QStringLiteral("after1"), QStringLiteral("review")},
                                                {QStringLiteral("after2"), QStringLiteral("fail")}})
          == PhotoVerdict::Fail);
    CHECK_FALSE(ReviewQueue::worstVerdict({}).has_value());
}
