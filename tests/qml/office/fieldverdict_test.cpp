// The field dialog's verdict on a real 12 MP photo: the replacement dialog's model (ReplacementDraft) asks
// FieldController, whose worker runs the one PhotoChecker; the typed verdict lands in the model, and the
// photo chosen never waits on the GUI thread for it. (How long it takes is BM_FieldPhotoVerdict12MP's.)
#include "appcontroller.h"
#include "fieldcontroller.h"
#include "replacementdraft.h"

#include "photo/photochecker.h"
#include "photofixtures.h"
#include "slotscenes.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gc;
using gc::ui::ReplacementDraft;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

QVariant role(const ReplacementDraft &draft, int row, ReplacementDraft::Role r) { return draft.data(draft.index(row), r); }

// Lets the event loop deliver until the row's check is done (the worker's answer arrives as an event).
void waitForVerdict(const ReplacementDraft &draft, int row)
{
    QSignalSpy changed(&draft, &ReplacementDraft::dataChanged);
    for (int i = 0; i < 600 && role(draft, row, ReplacementDraft::RunningRole).toBool(); ++i)
        changed.wait(1000);
    REQUIRE_FALSE(role(draft, row, ReplacementDraft::RunningRole).toBool());
}

} // namespace

TEST_CASE("the field dialog shows the typed verdict of a 12 MP photo, checked off the GUI thread", "[field][photo][dialog]")
{
    QTemporaryDir dir;
    const cv::Mat mark = test::loadBgra(test::brandDir() + QStringLiteral("/goodcity_mark_vertical.png"));
    const test::PhotoScene scene = test::makeMarkScene(mark, 31, test::SceneSettings{.size = {4000, 3000}, .minShare = 0.06, .maxAngleDeg = 20,
                                                                                      .maxBlurSigma = 0.5, .maxNoiseSigma = 3, .minJpegQuality = 90});
    const QString path = writeFile(dir, QStringLiteral("after.jpg"), scene.jpeg);

    ui::FieldController field;
    ReplacementDraft draft;
    QAbstractItemModelTester tester(&draft, QAbstractItemModelTester::FailureReportingMode::Fatal);
    draft.setField(&field);
    draft.reset();
    draft.addShot(QStringLiteral("after1"), path);
    REQUIRE(draft.rowCount() == 1);
    // addShot returned at once: the check runs on the worker, the dialog shows "Checking the photo…".
    CHECK(role(draft, 0, ReplacementDraft::RunningRole).toBool());
    CHECK(role(draft, 0, ReplacementDraft::VerdictRole).toString().isEmpty());
    CHECK(draft.anyRunning());

    waitForVerdict(draft, 0);
    const QString verdict = role(draft, 0, ReplacementDraft::VerdictRole).toString();
    // The same verdict as the checker gives the file directly, in core::PhotoVerdict's word.
    auto checker = core::PhotoChecker::create(core::PhotoCheckThresholds{});
    REQUIRE(checker.ok());
    core::PhotoCheckContext ctx;
    ctx.recordedAt = QDateTime::currentDateTimeUtc();
    auto direct = checker->checkFile(path, ctx);
    REQUIRE(direct.ok());
    CHECK(verdict == core::toString(direct->verdict));
    CHECK(core::photoVerdictFromString(verdict) != core::PhotoVerdict::Error);
    CHECK(role(draft, 0, ReplacementDraft::ErrorRole).toString().isEmpty());
    // The mark check is among the lines shown, passed, on the vertical lockup.
    REQUIRE(direct->find(QStringLiteral("mark")));
    CHECK(direct->find(QStringLiteral("mark"))->status == core::PhotoCheckStatus::Pass);
    CHECK(direct->find(QStringLiteral("mark"))->details.value(QStringLiteral("variant")).toString() == QLatin1String("goodcity_mark_vertical"));
    bool markShown = false;
    for (const QVariant &c : role(draft, 0, ReplacementDraft::ChecksRole).toList()) {
        const QVariantMap m = c.toMap();
        CHECK(!m.value(QStringLiteral("message")).toString().isEmpty());
        if (m.value(QStringLiteral("id")).toString() == QLatin1String("mark")) {
            markShown = true;
            CHECK(m.value(QStringLiteral("status")).toString() == QLatin1String("pass"));
        }
    }
    CHECK(markShown);

    SECTION("a photo that cannot be checked shows the verdict error, with why, and cannot be sent for review")
    {
        const QString broken = writeFile(dir, QStringLiteral("broken.jpg"), scene.jpeg.left(scene.jpeg.size() / 3));
        draft.addShot(QStringLiteral("after2"), broken);
        REQUIRE(draft.rowCount() == 2);
        waitForVerdict(draft, 1);
        CHECK(role(draft, 1, ReplacementDraft::VerdictRole).toString() == core::toString(core::PhotoVerdict::Error));
        CHECK(!role(draft, 1, ReplacementDraft::ErrorRole).toString().isEmpty());
        CHECK(draft.anyUnreadable());
    }
}

TEST_CASE("the review-request bypass refuses a text file as the before photo", "[field][photo][dialog][notaphoto]")
{
    // Issue 25: "다시 찍지 않고 검토 요청" accepted a 13-byte text file named like a photo.
    QTemporaryDir dir;
    const test::BeforeAfter pair = test::makeBeforeAfter(test::loadBgra(test::brandDir() + QStringLiteral("/goodcity_mark_color.png")),
                                                         test::OldState::PlainSign, test::Surface::LightGrey, 901);
    ui::FieldController field;
    ReplacementDraft draft;
    QAbstractItemModelTester tester(&draft, QAbstractItemModelTester::FailureReportingMode::Fatal);
    draft.setField(&field);
    draft.reset();
    draft.addShot(QStringLiteral("before"), writeFile(dir, QStringLiteral("before.jpg"), QByteArray("hello, world\n")));
    draft.addShot(QStringLiteral("after1"), writeFile(dir, QStringLiteral("after.jpg"), pair.afterJpeg));
    waitForVerdict(draft, 0);
    waitForVerdict(draft, 1);
    CHECK(role(draft, 0, ReplacementDraft::VerdictRole).toString() == QLatin1String("error"));
    // The after photo could not be compared with a before photo that is no photo: the office would look.
    CHECK(role(draft, 1, ReplacementDraft::VerdictRole).toString() == QLatin1String("review"));
    CHECK(draft.anyUnreadable());
    draft.setSendForReview(true);
    draft.setReviewReason(QStringLiteral("카메라가 고장나서 파일을 첨부함"));
    CHECK_FALSE(draft.canSave());
    CHECK_FALSE(draft.save(QStringLiteral("plate"), 1, {}));

    // The real before photo in its place: no failed check, so nothing to send for review and Save opens.
    draft.setSendForReview(false);
    draft.addShot(QStringLiteral("before"), writeFile(dir, QStringLiteral("before2.jpg"), pair.beforeJpeg));
    waitForVerdict(draft, 0);
    waitForVerdict(draft, 1);
    CHECK_FALSE(draft.anyUnreadable());
    // …and the after photo is checked again, against it: the same place, so it passes now.
    CHECK(role(draft, 1, ReplacementDraft::VerdictRole).toString() == QLatin1String("pass"));
    CHECK(draft.canSave());
}

TEST_CASE("the field dialog judges a before photo as a before photo: no new mark is no failure", "[field][photo][dialog][slots]")
{
    QTemporaryDir dir;
    const test::BeforeAfter pair = test::makeBeforeAfter(test::loadBgra(test::brandDir() + QStringLiteral("/goodcity_mark_color.png")),
                                                         test::OldState::OldMark, test::Surface::DarkGrey, 902);
    ui::FieldController field;
    ReplacementDraft draft;
    QAbstractItemModelTester tester(&draft, QAbstractItemModelTester::FailureReportingMode::Fatal);
    draft.setField(&field);
    draft.reset();
    draft.addShot(QStringLiteral("before"), writeFile(dir, QStringLiteral("before.jpg"), pair.beforeJpeg));
    draft.addShot(QStringLiteral("after1"), writeFile(dir, QStringLiteral("after.jpg"), pair.afterJpeg));
    waitForVerdict(draft, 0);
    waitForVerdict(draft, 1);
    for (int row : {0, 1}) {
        INFO("row " << row);
        for (const QVariant &c : role(draft, row, ReplacementDraft::ChecksRole).toList())
            UNSCOPED_INFO(c.toMap().value(QStringLiteral("id")).toString().toStdString() << ": " << c.toMap().value(QStringLiteral("message")).toString().toStdString());
        CHECK(role(draft, row, ReplacementDraft::VerdictRole).toString() == QLatin1String("pass"));
    }
    CHECK_FALSE(draft.anyFailed());
    CHECK(draft.canSave()); // no bypass, no reason
}

TEST_CASE("the field app judges a cannot-install or proposal photo by its own slot: no mark asked for", "[field][photo][dialog][slots]")
{
    QTemporaryDir dir;
    const test::BeforeAfter pair = test::makeBeforeAfter(test::loadBgra(test::brandDir() + QStringLiteral("/goodcity_mark_color.png")),
                                                         test::OldState::PlainSign, test::Surface::Metal, 903);
    const QString path = writeFile(dir, QStringLiteral("place.jpg"), pair.beforeJpeg);
    ui::FieldController field;
    QSignalSpy checked(&field, &ui::FieldController::photoChecked);
    for (const QString &slot : {QStringLiteral("problem"), QStringLiteral("proposal"), QStringLiteral("after1")}) {
        INFO(slot.toStdString());
        checked.clear();
        field.checkPhoto(slot, path);
        REQUIRE(checked.wait(120000));
        const QList<QVariant> args = checked.takeFirst();
        REQUIRE(args.at(0).toString() == slot);
        QStringList ids;
        for (const QVariant &c : args.at(3).toList())
            ids << c.toMap().value(QStringLiteral("id")).toString();
        if (slot == QLatin1String("after1")) {
            // The same photo as an after photo: the new mark is missing, and said so.
            CHECK(args.at(2).toString() == QLatin1String("fail"));
            CHECK(ids.contains(QStringLiteral("mark")));
        } else {
            CHECK(args.at(2).toString() == QLatin1String("pass"));
            CHECK_FALSE(ids.contains(QStringLiteral("mark")));
            CHECK(ids.contains(QStringLiteral("sharpness")));
        }
    }
}
