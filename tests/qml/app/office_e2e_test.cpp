// W3.2: the office's work in the real app (AppShell: Main.qml in a real window, on a copy of the demo
// inventory), driven by taps and keys as the design office would, and checked in the file afterwards
// (assets and asset_events through a second, read-only connection).
#include "appoptions.h"
#include "appshell.h"
#include "field/fieldwork.h"
#include "photofiles/photostore.h"
#include "sync/photocache.h"
#include "office/reviewqueue.h"
#include "store/assetstore.h"
#include "store/inventoryverifier.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

#include <gdal.h>
#include <ogrsf_frmts.h>

#include <functional>
#include <map>

Q_IMPORT_QML_PLUGIN(GoodCityPlugin)

using namespace gc;

namespace {

void collect(QQuickItem *root, std::vector<QQuickItem *> &out)
{
    out.push_back(root);
    for (QQuickItem *c : root->childItems())
        collect(c, out);
}

bool reallyVisible(QQuickItem *i)
{
    for (QQuickItem *p = i; p; p = p->parentItem())
        if (!p->isVisible() || p->opacity() <= 0.0)
            return false;
    return true;
}

QQuickItem *find(QQuickWindow *w, const std::function<bool(QQuickItem *)> &match)
{
    std::vector<QQuickItem *> items;
    collect(w->contentItem()->parentItem() ? w->contentItem()->parentItem() : w->contentItem(), items);
    for (QQuickItem *i : items)
        if (reallyVisible(i) && match(i))
            return i;
    return nullptr;
}

QQuickItem *byName(QQuickWindow *w, const QString &name)
{
    return find(w, [&](QQuickItem *i) { return i->objectName() == name; });
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

QQuickItem *waitForItem(QQuickWindow *w, const QString &name, int timeoutMs = 60000)
{
    QQuickItem *found = nullptr;
    waitFor([&] { return (found = byName(w, name)) != nullptr; }, timeoutMs);
    return found;
}

struct Finger {
    QQuickWindow *window;
    void tap(QQuickItem *item)
    {
        REQUIRE(item);
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        QTest::qWait(50);
    }
    QQuickItem *tapUntil(const QString &name, const QString &next)
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            tap(waitForItem(window, name));
            if (QQuickItem *found = waitForItem(window, next, 10000))
                return found;
        }
        return nullptr;
    }
    void key(Qt::Key k)
    {
        QTest::keyClick(window, k);
        QTest::qWait(50);
    }
    void typeInto(const QString &name, const QString &text)
    {
        QQuickItem *field = nullptr;
        for (int attempt = 0; attempt < 5 && !(field && field->hasActiveFocus()); ++attempt) {
            field = waitForItem(window, name);
            tap(field);
            waitFor([&] { return field->hasActiveFocus(); }, 5000);
        }
        REQUIRE(field);
        REQUIRE(field->hasActiveFocus());
        for (QChar c : text)
            QTest::keyClick(window, c.toLatin1());
        REQUIRE(waitFor([&] { return field->property("text").toString() == text; }, 10000));
    }
};

QByteArray png(Qt::GlobalColor colour)
{
    QImage img(320, 240, QImage::Format_RGB32);
    img.fill(colour);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

void shoot(QQuickWindow *w, const QString &name)
{
    QTest::qWait(300);
    QDir().mkpath(QStringLiteral("screenshots"));
    w->grabWindow().save(QStringLiteral("screenshots/office-%1.png").arg(name));
}

// A copy of the demo inventory in a fresh home, with what the office finds on a Monday: the first
// install in the review queue has its after photo, and a crew proposed a new place.
struct Office {
    QTemporaryDir home;
    QString inventory;
    QString reviewed; // uuid of the install with an after photo (first in the queue)
    QString proposal;
    Office()
    {
        REQUIRE(home.isValid());
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toUtf8());
        const QString demo = qEnvironmentVariable("GC_DEMO_GPKG");
        REQUIRE_FALSE(demo.isEmpty());
        inventory = home.filePath(QStringLiteral("inventory.gpkg"));
        REQUIRE(QFile::copy(demo, inventory));
        auto store = core::AssetStore::open(inventory);
        REQUIRE(store.ok());
        (*store)->setIdentity(QStringLiteral("현장2팀"), QStringLiteral("tablet-2"));
        auto first = core::ReviewQueue(**store).page(0, 1);
        REQUIRE(first.ok());
        REQUIRE(first->size() == 1);
        reviewed = first->front().uuid;
        REQUIRE((*store)->attachPhoto(reviewed, QStringLiteral("after"), png(Qt::darkGreen)).ok());
        auto p = core::FieldWork(**store).proposePlace({QStringLiteral("bench"), 191604.6, 541809.5, QStringLiteral("new bench by the gate"),
                                                        png(Qt::darkGray)});
        REQUIRE(p.ok());
        proposal = p->proposalId;
    }
    std::unique_ptr<core::AssetStore> read() const
    {
        auto s = core::AssetStore::open(inventory, core::AssetStore::Access::ReadOnly);
        REQUIRE(s.ok());
        return std::move(*s);
    }
};

app::AppOptions optionsFor(const Office &o, const char *lang = "en")
{
    app::AppOptions opt;
    opt.inventory = o.inventory;
    opt.language = QLatin1String(lang);
    return opt;
}

QQuickWindow *showApp(app::AppShell &shell, QSize size = {1280, 800})
{
    QQuickWindow *w = shell.window();
    REQUIRE(w);
    w->resize(size);
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w));
    w->requestActivate();
    REQUIRE(QTest::qWaitForWindowActive(w));
    return w;
}

// The office signs in under its own name on the app's sign-in page ("Later": no server, then 디자인팀),
// as a person does; a later start remembers it.
void signInAsOffice(QQuickWindow *w, Finger &finger)
{
    const QString entry = QStringLiteral("user_디자인팀");
    REQUIRE(waitFor([&] { return byName(w, QStringLiteral("userChip")) || byName(w, QStringLiteral("signInLater")) || byName(w, entry); }, 60000));
    if (byName(w, QStringLiteral("userChip")))
        return;
    if (!byName(w, entry))
        REQUIRE(finger.tapUntil(QStringLiteral("signInLater"), entry));
    finger.tap(waitForItem(w, entry));
    REQUIRE(waitForItem(w, QStringLiteral("userChip")));
}

QString text(QQuickWindow *w, const QString &name)
{
    QQuickItem *i = waitForItem(w, name, 10000);
    return i ? i->property("text").toString() : QString();
}

struct Snapshot {
    QString status, assignee, due;
    int priority = 0;
    bool operator==(const Snapshot &) const = default;
};

std::map<QString, Snapshot> snapshot(const core::AssetStore &s, const QString &codePrefix)
{
    std::map<QString, Snapshot> out;
    for (const auto &a : *s.assets())
        if (a.code.startsWith(codePrefix))
            out[a.code] = {a.status, a.assignee, a.dueDate, a.priority};
    return out;
}

} // namespace

TEST_CASE("Review in the real app: approve needs an after photo, decisions stay in view, U undoes, R asks for a comment",
          "[app][e2e][office][review]")
{
    Office office;
    app::AppShell shell(optionsFor(office));
    QQuickWindow *w = showApp(shell);
    Finger finger{w};
    signInAsOffice(w, finger);
    REQUIRE(finger.tapUntil(QStringLiteral("tab_office"), QStringLiteral("officeTab_review")));
    QQuickItem *list = finger.tapUntil(QStringLiteral("officeTab_review"), QStringLiteral("reviewList"));
    REQUIRE(list);
    REQUIRE(waitFor([&] { return list->property("count").toInt() > 1; }));
    const QString code = office.read()->asset(office.reviewed)->code;
    REQUIRE(list->property("currentIndex").toInt() == 0);
    QQuickItem *approve = waitForItem(w, QStringLiteral("reviewApprove"));
    REQUIRE(approve);
    CHECK(approve->isEnabled());

    // The next install has no after photo: Approve is disabled and says why, and A does nothing.
    finger.key(Qt::Key_Down);
    REQUIRE(waitFor([&] { return list->property("currentIndex").toInt() == 1; }, 10000));
    CHECK_FALSE(approve->isEnabled());
    CHECK(text(w, QStringLiteral("approveBlockedReason")) == QStringLiteral("No after photo: approval needs one"));
    shoot(w, QStringLiteral("review-no-after-photo"));
    const qint64 events = office.read()->eventCount();
    finger.key(Qt::Key_A);
    finger.tap(approve);
    CHECK(office.read()->eventCount() == events);
    finger.key(Qt::Key_Up);
    REQUIRE(waitFor([&] { return list->property("currentIndex").toInt() == 0; }, 10000));
    REQUIRE(waitFor([&] { return approve->isEnabled(); }, 10000));

    // A approves; the item stays in view showing the decision.
    finger.key(Qt::Key_A);
    REQUIRE(waitFor([&] { return office.read()->asset(office.reviewed)->status == QStringLiteral("verified"); }, 10000));
    CHECK(text(w, QStringLiteral("reviewDecisionText")) == QStringLiteral("Approved: verified"));
    CHECK(find(w, [&](QQuickItem *i) { return i->property("text").toString().startsWith(code + QStringLiteral(" · ")); }));
    CHECK_FALSE(approve->isEnabled());
    shoot(w, QStringLiteral("review-approved"));
    {
        auto s = office.read();
        const core::Event last = s->events(office.reviewed)->back();
        CHECK(last.payload.value(QStringLiteral("review")).toString() == QStringLiteral("approved"));
        CHECK_FALSE(last.actor.isEmpty());
    }

    // U takes it back: awaiting review again, the crew's install as it was.
    finger.key(Qt::Key_U);
    REQUIRE(waitFor([&] { return office.read()->asset(office.reviewed)->status == QStringLiteral("installed"); }, 10000));
    CHECK(text(w, QStringLiteral("reviewDecisionText")) == QStringLiteral("Decision taken back: awaiting review again"));
    CHECK(office.read()->events(office.reviewed)->back().payload.contains(QStringLiteral("undo_of")));

    // R asks for a comment; empty, the button says why and sends nothing.
    finger.key(Qt::Key_R);
    QQuickItem *send = waitForItem(w, QStringLiteral("rejectSend"));
    REQUIRE(send);
    CHECK_FALSE(send->isEnabled());
    CHECK(send->property("text").toString() == QStringLiteral("Write a comment to reject"));
    shoot(w, QStringLiteral("reject-empty"));
    finger.typeInto(QStringLiteral("rejectComment"), QStringLiteral("the mark is crooked"));
    REQUIRE(waitFor([&] { return send->isEnabled(); }, 10000));
    CHECK(send->property("text").toString() == QStringLiteral("Send back to the crew"));
    finger.tap(send);
    REQUIRE(waitFor([&] { return office.read()->asset(office.reviewed)->status == QStringLiteral("needs_attention"); }, 10000));
    CHECK(office.read()->asset(office.reviewed)->statusReason == QStringLiteral("the mark is crooked"));
    CHECK(text(w, QStringLiteral("reviewDecisionText")) == QStringLiteral("Rejected: sent back to the crew"));
    shoot(w, QStringLiteral("review-rejected"));

    // Next moves on; the decided install has left the queue.
    finger.tap(waitForItem(w, QStringLiteral("reviewNext")));
    REQUIRE(waitFor([&] { return byName(w, QStringLiteral("reviewDecision")) == nullptr; }, 10000));
    CHECK_FALSE(find(w, [&](QQuickItem *i) { return i->property("text").toString().startsWith(code + QStringLiteral(" · ")); }));
    const auto report = core::InventoryVerifier::run(*office.read());
    CHECK(report.ok());
}

namespace {

QByteArray jpeg(QSize size, Qt::GlobalColor colour)
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(colour);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPG", 85);
    return bytes;
}

// A crew's install whose after photo failed seven checks and was sent anyway with a reason and a memo
// (outside finding F20: such an item squeezed the photos to 60 px). Its after photo is on this device
// only as the server's thumbnail, as on an office that syncs: the original is elsewhere.
struct FailedInstall {
    QString uuid, code, beforeSha, afterSha;
    explicit FailedInstall(const Office &office)
    {
        auto store = core::AssetStore::open(office.inventory);
        REQUIRE(store.ok());
        auto all = (*store)->assets();
        REQUIRE(all.ok());
        for (const auto &a : *all)
            if (a.status == QStringLiteral("assigned") && uuid.isEmpty()) {
                uuid = a.uuid;
                code = a.code;
            }
        REQUIRE_FALSE(uuid.isEmpty());
        core::Replacement r;
        r.assetUuid = uuid;
        r.beforePhoto = jpeg({1600, 1200}, Qt::darkBlue);
        r.afterPhotos = {jpeg({1600, 1200}, Qt::darkRed)};
        r.method = QStringLiteral("sticker");
        r.note = QStringLiteral("old frame rusted, mark put on the new plate");
        r.checks = QJsonObject{{QStringLiteral("before"), QStringLiteral("pass")}, {QStringLiteral("after1"), QStringLiteral("fail")}};
        QJsonArray problems;
        for (int i = 0; i < 7; ++i)
            problems.append(QJsonObject{{QStringLiteral("check"), QStringLiteral("mark")}, {QStringLiteral("status"), i < 2 ? QStringLiteral("fail") : QStringLiteral("review")},
                                        {QStringLiteral("ko"), QStringLiteral("검사 %1: 새 브랜드 마크가 보이지 않습니다 — 마크가 보이게 다시 찍으세요").arg(i + 1)},
                                        {QStringLiteral("en"), QStringLiteral("check %1: the new brand mark is not visible — retake it with the mark in view").arg(i + 1)}});
        r.problems = QJsonObject{{QStringLiteral("after1"), problems}};
        r.reviewReason = QStringLiteral("Mark is on the back of the bench");
        REQUIRE(core::FieldWork(**store).logReplacement(r).ok());
        for (const auto &e : *(*store)->events(uuid))
            if (e.kind == QStringLiteral("photo.added"))
                (beforeSha.isEmpty() ? beforeSha : afterSha) = e.payload.value(QStringLiteral("sha256")).toString();
        REQUIRE_FALSE(afterSha.isEmpty());
        // The after photo: only the thumbnail, in the photo cache.
        REQUIRE(core::PhotoCache::prepare(**store).ok());
        REQUIRE(core::PhotoCache(**store).put(afterSha, core::Rendition::Thumb, jpeg({320, 240}, Qt::darkRed)).ok());
        REQUIRE(QFile::remove(core::PhotoStore((*store)->photoDir()).pathFor(afterSha)));
    }
};

// The shown size of a review photo (the image as painted in its frame).
QSizeF painted(QQuickWindow *w, const QString &frame)
{
    QQuickItem *image = waitForItem(w, frame + QStringLiteral("Image"), 10000);
    REQUIRE(image);
    REQUIRE(waitFor([&] { return image->property("status").toInt() == 1; }, 10000)); // Image.Ready
    return {image->property("paintedWidth").toReal(), image->property("paintedHeight").toReal()};
}

} // namespace

TEST_CASE("Review: a failed install's many problem lines scroll while both photos stay readable, also after the decision, "
          "the crew's memo shows, an enlarged photo is the original, or says the original is not on this device",
          "[app][e2e][office][review][photos]")
{
    Office office;
    FailedInstall failed(office);
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1200)}) {
        app::AppShell shell(optionsFor(office));
        QQuickWindow *w = showApp(shell, size);
        Finger finger{w};
        signInAsOffice(w, finger);
        REQUIRE(finger.tapUntil(QStringLiteral("tab_office"), QStringLiteral("officeTab_review")));
        REQUIRE(finger.tapUntil(QStringLiteral("officeTab_review"), QStringLiteral("reviewList")));
        // A failed photo comes first.
        REQUIRE(waitFor([&] { return find(w, [&](QQuickItem *i) { return i->property("text").toString().startsWith(failed.code + QStringLiteral(" · ")); }); }, 10000));
        if (!waitForItem(w, QStringLiteral("reviewProblem_6"), 10000))
            shoot(w, QStringLiteral("review-failed-missing"));
        REQUIRE(waitForItem(w, QStringLiteral("reviewProblem_6")));
        CHECK(text(w, QStringLiteral("reviewNote")) == QStringLiteral("Crew's memo: old frame rusted, mark put on the new plate"));
        CHECK(text(w, QStringLiteral("reviewReasonLine")).endsWith(QStringLiteral("Mark is on the back of the bench")));
        // The lines scroll in a bounded area; the photos keep a readable size.
        QQuickItem *findings = waitForItem(w, QStringLiteral("reviewFindings"));
        REQUIRE(findings);
        if (size.height() <= 800)
            CHECK(findings->property("scrolls").toBool());
        const qreal minSide = size.height() >= 1200 ? 300 : 200;
        const QSizeF before = painted(w, QStringLiteral("reviewBeforePhoto")), after = painted(w, QStringLiteral("reviewAfterPhoto"));
        INFO("before " << before.width() << "×" << before.height() << ", after " << after.width() << "×" << after.height());
        CHECK(before.height() >= minSide * 0.75);
        CHECK(after.height() >= minSide * 0.75);
        CHECK(before.width() >= minSide);
        shoot(w, QStringLiteral("review-failed-%1x%2").arg(size.width()).arg(size.height()));

        // Decided: the photos stay as they were (they collapsed to nothing before).
        finger.key(Qt::Key_A);
        REQUIRE(waitFor([&] { return office.read()->asset(failed.uuid)->status == QStringLiteral("verified"); }, 10000));
        REQUIRE(text(w, QStringLiteral("reviewDecisionText")) == QStringLiteral("Approved: verified"));
        const QSizeF afterDecision = painted(w, QStringLiteral("reviewAfterPhoto"));
        CHECK(afterDecision.height() >= after.height() - 1);
        CHECK(painted(w, QStringLiteral("reviewBeforePhoto")).height() >= before.height() - 1);
        shoot(w, QStringLiteral("review-failed-decided-%1x%2").arg(size.width()).arg(size.height()));

        // Enlarged, the before photo is this device's original (1600 px wide), not a thumbnail.
        finger.tap(waitForItem(w, QStringLiteral("reviewBeforePhotoZoom")));
        QQuickItem *big = waitForItem(w, QStringLiteral("photoViewerImage"), 10000);
        REQUIRE(big);
        REQUIRE(waitFor([&] { return big->property("implicitWidth").toInt() == 1600; }, 20000));
        CHECK_FALSE(byName(w, QStringLiteral("photoViewerOriginal")));
        finger.tap(waitForItem(w, QStringLiteral("photoViewerClose")));
        REQUIRE(waitFor([&] { return byName(w, QStringLiteral("photoViewerImage")) == nullptr; }, 10000));
        // The after photo's original is not here and no server is set up: the thumbnail shows, and says so.
        finger.tap(waitForItem(w, QStringLiteral("reviewAfterPhotoZoom")));
        REQUIRE(waitFor([&] { return text(w, QStringLiteral("photoViewerOriginal")).startsWith(QStringLiteral("The original photo is not on this device")); }, 20000));
        big = waitForItem(w, QStringLiteral("photoViewerImage"), 10000);
        REQUIRE(big);
        CHECK(waitFor([&] { return big->property("implicitWidth").toInt() == 320; }, 10000));
        shoot(w, QStringLiteral("review-original-offline-%1x%2").arg(size.width()).arg(size.height()));
        finger.tap(waitForItem(w, QStringLiteral("photoViewerClose")));
        // Undo, for the next window size.
        finger.key(Qt::Key_U);
        REQUIRE(waitFor([&] { return office.read()->asset(failed.uuid)->status == QStringLiteral("installed"); }, 10000));
    }
}

TEST_CASE("The office's map card shows a crew's cannot-install report: who, when, the reason, the memo, the photo and "
          "what its check said (outside finding F26)",
          "[app][e2e][office][cannot-install]")
{
    Office office;
    QString uuid, code;
    double x = 0, y = 0;
    {
        auto store = core::AssetStore::open(office.inventory);
        REQUIRE(store.ok());
        (*store)->setIdentity(QStringLiteral("crew2"), QStringLiteral("tablet-2"));
        for (const auto &a : *(*store)->assets())
            if (a.status == QStringLiteral("assigned") && a.hasLocation && uuid.isEmpty()) {
                uuid = a.uuid;
                code = a.code;
                x = a.x;
                y = a.y;
            }
        REQUIRE_FALSE(uuid.isEmpty());
        core::PhotoEvidence evidence;
        evidence.verdict = QStringLiteral("fail");
        evidence.problems = QJsonArray{QJsonObject{{QStringLiteral("check"), QStringLiteral("duplicate")}, {QStringLiteral("status"), QStringLiteral("fail")},
                                                   {QStringLiteral("ko"), QStringLiteral("다른 시설물에 등록된 사진과 거의 같습니다")},
                                                   {QStringLiteral("en"), QStringLiteral("nearly the same as a photo filed for another asset")}}};
        evidence.reviewReason = QStringLiteral("the same wall, the sign next door");
        evidence.source = QStringLiteral("camera");
        REQUIRE(core::FieldWork(**store).cannotInstall(uuid, QStringLiteral("obstructed"), QStringLiteral("tree branches in front, needs pruning"),
                                                       jpeg({1200, 900}, Qt::darkGreen), evidence).ok());
    }
    app::AppShell shell(optionsFor(office));
    QQuickWindow *w = showApp(shell);
    Finger finger{w};
    signInAsOffice(w, finger);
    REQUIRE(finger.tapUntil(QStringLiteral("tab_map"), QStringLiteral("mapSearch")));
    QQuickItem *map = waitForItem(w, QStringLiteral("mapView"));
    REQUIRE(map);
    // The office looks the asset up by its code and taps it.
    finger.typeInto(QStringLiteral("mapSearch"), code);
    REQUIRE(waitFor([&] { return map->property("shownCount").toLongLong() == 1; }, 20000));
    QQuickItem *title = nullptr;
    for (int attempt = 0; attempt < 5 && !title; ++attempt) {
        QPointF at;
        QMetaObject::invokeMethod(map, "mapToScreen", Q_RETURN_ARG(QPointF, at), Q_ARG(double, x), Q_ARG(double, y));
        QTest::mouseClick(w, Qt::LeftButton, {}, map->mapToScene(at).toPoint());
        title = waitForItem(w, QStringLiteral("cannotInstallTitle"), 5000);
    }
    REQUIRE(title);
    CHECK(title->property("text").toString().startsWith(QStringLiteral("Cannot install — reported by crew2 on 20")));
    CHECK(text(w, QStringLiteral("cannotInstallReason")) == QStringLiteral("Reason: obstructed"));
    CHECK(text(w, QStringLiteral("cannotInstallNote")) == QStringLiteral("Crew's memo: tree branches in front, needs pruning"));
    CHECK(text(w, QStringLiteral("cannotInstallVerdict")) == QStringLiteral("Photo check: failed"));
    CHECK(text(w, QStringLiteral("cannotInstallProblem_0")) == QStringLiteral("✗ nearly the same as a photo filed for another asset"));
    QQuickItem *photo = waitForItem(w, QStringLiteral("cannotInstallPhoto"));
    REQUIRE(photo);
    REQUIRE(waitFor([&] { return photo->property("status").toInt() == 1; }, 10000));
    shoot(w, QStringLiteral("map-card-cannot-install"));
    // A tap shows the photo over the window, at its own size.
    finger.tap(waitForItem(w, QStringLiteral("cannotInstallPhotoZoom")));
    QQuickItem *big = waitForItem(w, QStringLiteral("photoViewerImage"), 10000);
    REQUIRE(big);
    CHECK(waitFor([&] { return big->property("implicitWidth").toInt() == 1200; }, 20000));
    finger.tap(waitForItem(w, QStringLiteral("photoViewerClose")));
    // The same card in Korean, at the larger office screen (a screenshot to look at).
    QTranslator korean;
    REQUIRE(korean.load(QStringLiteral(GC_QM_DIR "/goodcity_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    {
        app::AppShell ko(optionsFor(office, "ko"));
        QQuickWindow *kw = showApp(ko, {1920, 1200});
        Finger kf{kw};
        signInAsOffice(kw, kf);
        REQUIRE(kf.tapUntil(QStringLiteral("tab_map"), QStringLiteral("mapSearch")));
        QQuickItem *kmap = waitForItem(kw, QStringLiteral("mapView"));
        kf.typeInto(QStringLiteral("mapSearch"), code);
        REQUIRE(waitFor([&] { return kmap->property("shownCount").toLongLong() == 1; }, 20000));
        QQuickItem *ktitle = nullptr;
        for (int attempt = 0; attempt < 5 && !ktitle; ++attempt) {
            QPointF at;
            QMetaObject::invokeMethod(kmap, "mapToScreen", Q_RETURN_ARG(QPointF, at), Q_ARG(double, x), Q_ARG(double, y));
            QTest::mouseClick(kw, Qt::LeftButton, {}, kmap->mapToScene(at).toPoint());
            ktitle = waitForItem(kw, QStringLiteral("cannotInstallTitle"), 5000);
        }
        REQUIRE(ktitle);
        CHECK(text(kw, QStringLiteral("cannotInstallReason")) == QStringLiteral("사유: 가려져 부착 불가"));
        shoot(kw, QStringLiteral("map-card-cannot-install-ko-1920x1200"));
    }
    QCoreApplication::removeTranslator(&korean);
}

TEST_CASE("Assignment in the real app: counts first, crews' work kept by default, the batch exported through a save dialog, undo restores",
          "[app][e2e][office][assign]")
{
    Office office;
    auto shell = std::make_unique<app::AppShell>(optionsFor(office));
    QQuickWindow *w = showApp(*shell);
    Finger finger{w};
    signInAsOffice(w, finger);
    REQUIRE(finger.tapUntil(QStringLiteral("tab_office"), QStringLiteral("officeTab_assign")));
    REQUIRE(finger.tapUntil(QStringLiteral("officeTab_assign"), QStringLiteral("assignFilterText")));
    const QString prefix = QStringLiteral("GC-SIGN-0001");
    const auto before = snapshot(*office.read(), prefix);
    REQUIRE(before.size() == 100);
    int installed = 0, others = 0;
    for (const auto &[c, s] : before) {
        installed += s.status == QStringLiteral("installed");
        others += s.status == QStringLiteral("assigned") && s.assignee != QStringLiteral("현장1팀");
    }
    REQUIRE(installed > 0); // the demo's mix: installs awaiting review and other crews' work among them
    REQUIRE(others > 0);

    finger.typeInto(QStringLiteral("assignFilterText"), QStringLiteral("gc-sign-0001"));
    QQuickItem *byFilter = waitForItem(w, QStringLiteral("assignByFilter"));
    REQUIRE(waitFor([&] { return byFilter->property("text").toString().contains(QLatin1String("100 matching")); }, 10000));
    REQUIRE(finger.tapUntil(QStringLiteral("assignByFilter"), QStringLiteral("assignPlanSummary")));
    QQuickItem *installedRow = waitForItem(w, QStringLiteral("assignStatus_installed"));
    REQUIRE(installedRow);
    CHECK(installedRow->property("selected").toInt() == installed);
    CHECK(installedRow->property("changing").toInt() == 0);
    const QString summary = text(w, QStringLiteral("assignPlanSummary"));
    CHECK(summary.startsWith(QStringLiteral("100 selected: ")));
    shoot(w, QStringLiteral("assign-plan"));
    // Ticking both options widens it; unticking brings the safe default back, before anything is written.
    finger.tap(waitForItem(w, QStringLiteral("assignIncludeInstalled")));
    finger.tap(waitForItem(w, QStringLiteral("assignTakeOver")));
    REQUIRE(waitFor([&] { return byName(w, QStringLiteral("assignStatus_installed"))->property("changing").toInt() == installed; }, 10000));
    shoot(w, QStringLiteral("assign-plan-widened"));
    finger.tap(waitForItem(w, QStringLiteral("assignIncludeInstalled")));
    finger.tap(waitForItem(w, QStringLiteral("assignTakeOver")));
    REQUIRE(waitFor([&] { return text(w, QStringLiteral("assignPlanSummary")) == summary; }, 10000));
    CHECK(snapshot(*office.read(), prefix) == before);
    finger.tap(waitForItem(w, QStringLiteral("assignConfirm")));
    REQUIRE(waitFor([&] { return byName(w, QStringLiteral("assignPlanSummary")) == nullptr; }, 10000));

    // In the file: free work went to 현장1팀 as one batch; installs and other crews' work did not move.
    QString batch;
    {
        auto s = office.read();
        const auto after = snapshot(*s, prefix);
        int changed = 0;
        for (const auto &[c, was] : before) {
            const Snapshot &now = after.at(c);
            const bool free = was.status == QStringLiteral("planned") || was.status == QStringLiteral("needs_attention")
                              || was.status == QStringLiteral("assigned");
            const bool theirs = was.status != QStringLiteral("planned") && !was.assignee.isEmpty() && was.assignee != QStringLiteral("현장1팀");
            INFO(c.toStdString() << " " << was.status.toStdString() << " " << was.assignee.toStdString());
            if (free && !theirs) {
                CHECK(now.status == QStringLiteral("assigned"));
                CHECK(now.assignee == QStringLiteral("현장1팀"));
                const core::Event last = s->events(s->assetByCode(c)->uuid)->back();
                if (now != was) {
                    ++changed;
                    batch = last.payload.value(QStringLiteral("batch")).toString();
                    CHECK_FALSE(batch.isEmpty());
                }
            } else {
                CHECK(now == was);
            }
        }
        CHECK(changed > 0);
    }
    QQuickItem *undo = waitForItem(w, QStringLiteral("undoAssignment"));
    REQUIRE(undo);
    shoot(w, QStringLiteral("assign-done"));

    // The last batch exports through the save dialog, to the file name it offers.
    REQUIRE(finger.tapUntil(QStringLiteral("officeTab_reports"), QStringLiteral("exportFormat")));
    waitForItem(w, QStringLiteral("exportFormat"))->setProperty("currentIndex", 1); // Excel (XLSX)
    QQuickItem *scope = waitForItem(w, QStringLiteral("exportScope"));
    REQUIRE(waitFor([&] { return scope->property("count").toInt() == 3; }, 10000)); // whole, filter, batch
    scope->setProperty("currentIndex", 2);
    CHECK(scope->property("currentText").toString().startsWith(QLatin1String("The last assignment batch")));
    finger.tap(waitForItem(w, QStringLiteral("exportSave")));
    shoot(w, QStringLiteral("export-save-dialog-opened"));
    QQuickItem *save = nullptr;
    REQUIRE(waitFor([&] {
        return (save = find(w, [](QQuickItem *i) {
                    // Qt 6.4's own dialog labels its accept button "Open" even when saving.
                    const QString t = i->property("text").toString();
                    return QByteArray(i->metaObject()->className()).contains("Button") && i->isEnabled()
                           && (t == QLatin1String("Save") || t == QLatin1String("Open"));
                })) != nullptr;
    }, 20000));
    shoot(w, QStringLiteral("export-save-dialog"));
    finger.tap(save);
    const QString written = QDir(office.home.path()).filePath(QStringLiteral("goodcity-%1.xlsx").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    QString documents = QDir(office.home.filePath(QStringLiteral("Documents"))).filePath(QFileInfo(written).fileName());
    REQUIRE(waitFor([&] { return QFile::exists(written) || QFile::exists(documents); }, 60000));
    const QString xlsx = QFile::exists(written) ? written : documents;
    REQUIRE(waitFor([&] { return text(w, QStringLiteral("officeMessage")).startsWith(QLatin1String("Saved")); }, 60000));
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(xlsx.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    const auto batchAssets = office.read()->events();
    qint64 inBatch = 0;
    for (const auto &e : *batchAssets)
        inBatch += e.kind == QLatin1String(core::EventKind::AssetStatus) && e.payload.value(QStringLiteral("batch")).toString() == batch;
    CHECK(ds->GetLayer(0)->GetFeatureCount() == inBatch);

    // Closed and opened again, the app still offers the batch for undo; undo puts every asset back as it was.
    shell.reset();
    shell = std::make_unique<app::AppShell>(optionsFor(office));
    w = showApp(*shell);
    finger.window = w;
    signInAsOffice(w, finger);
    REQUIRE(finger.tapUntil(QStringLiteral("tab_office"), QStringLiteral("officeTab_assign")));
    REQUIRE(finger.tapUntil(QStringLiteral("officeTab_assign"), QStringLiteral("undoAssignment")));
    finger.tap(waitForItem(w, QStringLiteral("undoAssignment")));
    REQUIRE(waitFor([&] { return byName(w, QStringLiteral("undoAssignment")) == nullptr; }, 10000));
    CHECK(snapshot(*office.read(), prefix) == before);
    CHECK(core::InventoryVerifier::run(*office.read()).ok());
}

TEST_CASE("Accepting a proposed place in the real app takes the department from the inventory's list", "[app][e2e][office][places]")
{
    Office office;
    app::AppShell shell(optionsFor(office));
    QQuickWindow *w = showApp(shell);
    Finger finger{w};
    signInAsOffice(w, finger);
    REQUIRE(finger.tapUntil(QStringLiteral("tab_office"), QStringLiteral("officeTab_places")));
    const QString deptName = QStringLiteral("proposalDepartment_") + office.proposal;
    QQuickItem *dept = finger.tapUntil(QStringLiteral("officeTab_places"), deptName);
    REQUIRE(dept);
    QQuickItem *accept = waitForItem(w, QStringLiteral("proposalAccept_") + office.proposal);
    CHECK_FALSE(accept->isEnabled()); // no department chosen yet
    finger.tap(dept);
    QQuickItem *choice = nullptr;
    REQUIRE(waitFor([&] {
        return (choice = find(w, [](QQuickItem *i) {
                    const QByteArray cls = i->metaObject()->className();
                    return (cls.contains("MenuItem") || cls.contains("ItemDelegate")) && i->property("text").toString() == QStringLiteral("공원녹지과");
                })) != nullptr;
    }, 10000));
    shoot(w, QStringLiteral("proposal-departments"));
    finger.tap(choice);
    REQUIRE(waitFor([&] { return accept->isEnabled(); }, 10000));
    const qint64 assets = office.read()->assetCount();
    finger.tap(accept);
    REQUIRE(waitFor([&] { return office.read()->assetCount() == assets + 1; }, 10000));
    auto s = office.read();
    const auto log = s->events();
    const core::Event &decided = log->back();
    CHECK(decided.kind == QLatin1String(core::EventKind::PlaceDecided));
    const auto asset = s->asset(decided.payload.value(QStringLiteral("asset_uuid")).toString());
    REQUIRE(asset);
    CHECK(asset->department == QStringLiteral("공원녹지과"));
    CHECK(asset->category == QStringLiteral("bench"));
}

TEST_CASE("The office's tabs and dialogs in both languages and orientations (screenshots to look at)", "[app][e2e][office][screens]")
{
    for (const char *lang : {"ko", "en"})
        for (const QSize size : {QSize(1280, 800), QSize(800, 1280)}) {
            Office office;
            FailedInstall failed(office); // many problem lines: the photos must keep their size
            QTranslator korean; // AppShell loads it from the app's resources, which this test does not embed
            if (QLatin1String(lang) == QLatin1String("ko")) {
                REQUIRE(korean.load(QStringLiteral(GC_QM_DIR "/goodcity_ko.qm")));
                QCoreApplication::installTranslator(&korean);
            }
            app::AppShell shell(optionsFor(office, lang));
            QQuickWindow *w = showApp(shell, size);
            Finger finger{w};
            signInAsOffice(w, finger);
            const QString tag = QStringLiteral("%1-%2x%3").arg(QLatin1String(lang)).arg(size.width()).arg(size.height());
            REQUIRE(finger.tapUntil(QStringLiteral("tab_office"), QStringLiteral("officeTab_review")));
            REQUIRE(finger.tapUntil(QStringLiteral("officeTab_review"), QStringLiteral("reviewApprove")));
            shoot(w, QStringLiteral("screen-review-") + tag);
            finger.key(Qt::Key_R);
            REQUIRE(waitForItem(w, QStringLiteral("rejectSend")));
            shoot(w, QStringLiteral("screen-reject-") + tag);
            finger.key(Qt::Key_Escape);
            REQUIRE(waitFor([&] { return byName(w, QStringLiteral("rejectSend")) == nullptr; }, 10000));
            REQUIRE(finger.tapUntil(QStringLiteral("officeTab_assign"), QStringLiteral("assignFilterText")));
            REQUIRE(finger.tapUntil(QStringLiteral("assignByFilter"), QStringLiteral("assignPlanSummary")));
            shoot(w, QStringLiteral("screen-assign-") + tag);
            finger.key(Qt::Key_Escape);
            REQUIRE(finger.tapUntil(QStringLiteral("officeTab_places"), QStringLiteral("proposalAccept_") + office.proposal));
            shoot(w, QStringLiteral("screen-places-") + tag);
            REQUIRE(finger.tapUntil(QStringLiteral("officeTab_reports"), QStringLiteral("exportSave")));
            shoot(w, QStringLiteral("screen-reports-") + tag);
            QCoreApplication::removeTranslator(&korean);
        }
}
