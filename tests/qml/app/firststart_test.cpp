// A crew's first start and the returns from the office, through the real Main.qml (outside crew test,
// 7 Dec 2026): a brand-new tablet with no inventory signs in to a goodcity-server started here and
// receives its inventory; a refused password stays typed; work the office sent back comes first in
// "my work" with the office's reason; a session revoked on the server says so in the app's language
// with the sign-in one tap away, and a sign-in closes the page. Without a server, the tablet opens the
// inventory file the office gave. And the photo form: one picker at a time, nothing preselected, one
// tap to cancel, honest words for a photo without GPS, and no "kept when the app closed" banner over an
// open form.
#include "appcontroller.h"
#include "appdriver.h"
#include "serverfixture.h"
#include "appoptions.h"
#include "appshell.h"
#include "inventoryfixture.h"
#include "office/officeactions.h"
#include "photofixtures.h"
#include "session.h"
#include "store/assetstore.h"
#include "sync/syncclient.h"
#include "synccontroller.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

using namespace gc;
using test::Hand;
using test::itemNamed;
using test::waitForNamed;
using test::waitUntil;

namespace {

const QString kPassword = QStringLiteral("correct horse 2");

// A new tablet's home: nothing in it (no inventory, no settings), as the real binary finds it.
struct NewTablet : test::TabletHome {
    // As a start without --inventory: the tablet's own file, not there yet.
    app::AppOptions firstStart() const
    {
        app::AppOptions o;
        o.inventory = path(QStringLiteral(".local/share/goodcity/tablet.gpkg"));
        o.firstStartMakesInventory = true;
        o.language = QStringLiteral("en");
        return o;
    }
};

// goodcity-server as the office runs it (serverfixture.h), listening from the start, its users under kPassword.
struct Server : test::ServerProcess {
    explicit Server(const QString &storePath) : ServerProcess(storePath, kPassword) { start(); }
};

QString textOf(QQuickWindow *w, const QString &name)
{
    QQuickItem *i = itemNamed(w, name);
    return i ? i->property("text").toString() : QString();
}

// A visible item whose text contains `text` (a label, a button).
QQuickItem *withText(QQuickWindow *w, const QString &text)
{
    return test::findItem(w, [&](QQuickItem *i) { return i->property("text").toString().contains(text); });
}

QQuickItem *buttonWithText(QQuickWindow *w, const QString &text)
{
    return test::findItem(w, [&](QQuickItem *i) {
        return QByteArray(i->metaObject()->className()).contains("Button") && i->property("text").toString() == text;
    });
}

} // namespace

TEST_CASE("A brand-new tablet signs in to the office server and receives its inventory — a refused password stays typed, "
          "work the office sent back is first with its reason, a revoked session says so and one sign-in closes the page",
          "[app][firststart][sync]")
{
    NewTablet home;
    Server server(home.path(QStringLiteral("store.gpkg")));

    // The office: one sign for crew1 to do, and one crew1 installed that the office sends back.
    auto office = core::AssetStore::create(home.path(QStringLiteral("office.gpkg")));
    REQUIRE(office.ok());
    (*office)->setIdentity(QStringLiteral("office1"), QStringLiteral("office-pc"));
    core::Asset todo = test::InventoryFixture::bench(QStringLiteral("독산1동 의자"));
    todo.status = QStringLiteral("assigned");
    todo.assignee = QStringLiteral("crew1");
    todo.dueDate = QStringLiteral("2026-01-01"); // due before the returned one: returned work still comes first
    REQUIRE((*office)->addAsset(todo).ok());
    core::Asset done = test::InventoryFixture::bench(QStringLiteral("독산2동 의자"));
    done.status = QStringLiteral("installed");
    done.assignee = QStringLiteral("crew1");
    done.dueDate = QStringLiteral("2026-12-31");
    auto returned = (*office)->addAsset(done);
    REQUIRE(returned.ok());
    REQUIRE(core::OfficeActions(**office).reject(returned->uuid, QStringLiteral("the after photo shows another place")).ok());
    {
        core::SyncClient client(**office, QUrl(server.url()));
        REQUIRE(client.login(QStringLiteral("office1"), kPassword).ok());
        REQUIRE(client.syncOnce().ok());
    }

    const app::AppOptions o = home.firstStart();
    REQUIRE_FALSE(QFileInfo::exists(o.inventory));
    {
        app::AppShell shell(o);
        QQuickWindow *w = test::showApp(shell);
        Hand hand{w};
        ui::SyncController *sync = shell.controller().sync();

        // The first start: the sign-in page (no command line shown, no error banner), on the tablet's own
        // new file.
        REQUIRE(waitForNamed(w, QStringLiteral("serverAddress")));
        CHECK(shell.controller().inventoryOpen());
        CHECK_FALSE(itemNamed(w, QStringLiteral("inventoryErrorBanner")));
        CHECK_FALSE(withText(w, QStringLiteral("goodcity-cli")));

        // A wrong password is refused in words and stays in its field: the crew corrects it, not retypes all.
        hand.typeInto(QStringLiteral("serverAddress"), server.url());
        hand.typeInto(QStringLiteral("serverUser"), QStringLiteral("crew1"));
        hand.typeInto(QStringLiteral("serverPassword"), QStringLiteral("wrong horse"));
        hand.tapNamed(QStringLiteral("serverSignIn"));
        REQUIRE(waitUntil([&] { return !sync->loggingIn() && !sync->loginError().isEmpty(); }));
        CHECK(textOf(w, QStringLiteral("serverPassword")) == QStringLiteral("wrong horse"));
        CHECK(itemNamed(w, QStringLiteral("serverSignIn"))->isEnabled());

        hand.typeInto(QStringLiteral("serverPassword"), kPassword);
        hand.tapNamed(QStringLiteral("serverSignIn"));
        // Signed in, the inventory arrives; the pages open when the server answered a whole round.
        REQUIRE(waitUntil([&] { return !sync->lastSyncAt().isEmpty(); }, 180000));
        QQuickItem *first = waitForNamed(w, QStringLiteral("work_0"), 120000);
        REQUIRE(first);
        CHECK(shell.controller().assetCount() == 2);
        CHECK(textOf(w, QStringLiteral("serverPassword")).isEmpty()); // accepted: not kept on screen
        // The crew's map shows what arrived, without a restart (outside finding F4: an empty map until then).
        QQuickItem *map = waitForNamed(w, QStringLiteral("routeMapView"));
        REQUIRE(map);
        CHECK(waitUntil([&] { return map->property("totalCount").toLongLong() == 2 && map->property("shownCount").toLongLong() == 2; }, 30000));

        // "My work": the returned sign first, with the office's reason, then the one still to do.
        CHECK(first->property("returned").toBool());
        CHECK(first->property("code").toString() == returned->code);
        QQuickItem *reason = waitForNamed(w, QStringLiteral("returnedReason"));
        REQUIRE(reason);
        CHECK(reason->property("text").toString().contains(QLatin1String("the after photo shows another place")));
        QQuickItem *second = waitForNamed(w, QStringLiteral("work_1"));
        REQUIRE(second);
        CHECK_FALSE(second->property("returned").toBool());
    }
    // The next start resumes the session with its kept token (the password is not kept); then the
    // office ends crew1's sessions: the chip says so in English with the sign-in as its action.
    app::AppShell shell(o);
    QQuickWindow *w = test::showApp(shell);
    Hand hand{w};
    ui::SyncController *sync = shell.controller().sync();
    REQUIRE(waitForNamed(w, QStringLiteral("work_0")));
    REQUIRE(sync->loggedIn());
    Server::cli({QStringLiteral("--store"), server.store, QStringLiteral("user"), QStringLiteral("revoke"), QStringLiteral("crew1")});
    hand.tapNamed(QStringLiteral("syncChip"));
    REQUIRE(waitUntil([&] { return sync->state() == QLatin1String("signInAgain"); }, 120000));
    CHECK(textOf(w, QStringLiteral("syncStatusText")).startsWith(QLatin1String("Session ended")));
    CHECK(textOf(w, QStringLiteral("syncChipAction")) == QStringLiteral("Sign in again"));
    CHECK_FALSE(textOf(w, QStringLiteral("syncStatusText")).contains(QLatin1String("HTTP")));
    hand.tapNamed(QStringLiteral("syncChip"));
    REQUIRE(waitForNamed(w, QStringLiteral("serverPassword")));
    // One state on the page: not "Signed in as crew1" above a chip that says otherwise.
    CHECK(textOf(w, QStringLiteral("signInTitle")) == QStringLiteral("Your sign-in ended; sign in again"));
    hand.typeInto(QStringLiteral("serverPassword"), kPassword);
    hand.tapNamed(QStringLiteral("serverSignIn"));
    // The page closes by itself on success: the work list is back without a Close tap.
    REQUIRE(waitUntil([&] { return itemNamed(w, QStringLiteral("serverPassword")) == nullptr; }, 120000));
    CHECK(waitForNamed(w, QStringLiteral("work_0")));
    CHECK(sync->loggedIn());
}

TEST_CASE("A new tablet without a server opens the inventory file the office gave from the sign-in page, and keeps it "
          "for the next start — a missing inventory's banner covers no button",
          "[app][firststart]")
{
    NewTablet home;
    const QString given = home.path(QStringLiteral("usb/office-copy.gpkg"));
    REQUIRE(QDir().mkpath(home.path(QStringLiteral("usb"))));
    REQUIRE(QFile::copy(qEnvironmentVariable("GC_DEMO_GPKG"), given));
    {
        app::AppShell shell(home.firstStart());
        QQuickWindow *w = test::showApp(shell);
        Hand hand{w};
        hand.tapNamed(QStringLiteral("signInLater"));
        // The new tablet's own file is empty: the page says how to get the inventory, and offers the file.
        REQUIRE(waitForNamed(w, QStringLiteral("openInventoryFile")));
        hand.tapNamed(QStringLiteral("openInventoryFile"));
        QQuickItem *list = waitForNamed(w, QStringLiteral("fileDialogListView"));
        REQUIRE(list);
        // The file dialog's own path: the file the office gave, as a person picks it.
        QObject *dialog = nullptr;
        for (QObject *o : w->findChildren<QObject *>())
            if (o->objectName() == QLatin1String("inventoryFileDialog"))
                dialog = o;
        if (!dialog)
            for (QObject *o : shell.window()->contentItem()->findChildren<QObject *>())
                if (o->objectName() == QLatin1String("inventoryFileDialog"))
                    dialog = o;
        REQUIRE(dialog);
        dialog->setProperty("currentFolder", QUrl::fromLocalFile(home.path(QStringLiteral("usb"))));
        QQuickItem *file = nullptr;
        REQUIRE(waitUntil([&] {
            return (file = test::findItem(w, [](QQuickItem *i) {
                        return i->objectName().startsWith(QLatin1String("fileDialogDelegate"))
                               && i->property("fileName").toString() == QLatin1String("office-copy.gpkg");
                    })) != nullptr;
        }));
        hand.tap(file);
        QQuickItem *open = nullptr;
        REQUIRE(waitUntil([&] { return (open = buttonWithText(w, QStringLiteral("Open"))) != nullptr && open->isEnabled(); }));
        hand.tap(open);
        REQUIRE(waitUntil([&] { return shell.controller().inventoryPath() == given; }));
        CHECK(shell.controller().assetCount() > 1000);
        // Its crews can sign in here now.
        hand.tap(waitForNamed(w, QStringLiteral("user_현장1팀")));
        REQUIRE(waitForNamed(w, QStringLiteral("work_0")));
    }
    {
        // The next start without --inventory opens the same file.
        app::AppShell again(home.firstStart());
        CHECK(again.controller().inventoryPath() == given);
        CHECK(again.controller().inventoryOpen());
    }
    {
        // A file named on the command line that is not there is not made: the banner says why and how,
        // sits below the page (never over a button), and its button opens the sign-in page.
        app::AppOptions o;
        o.inventory = home.path(QStringLiteral("no-such.gpkg"));
        o.language = QStringLiteral("en");
        app::AppShell shell(o);
        QQuickWindow *w = test::showApp(shell);
        Hand hand{w};
        QQuickItem *banner = waitForNamed(w, QStringLiteral("inventoryErrorBanner"));
        REQUIRE(banner);
        CHECK_FALSE(QFileInfo::exists(o.inventory));
        CHECK_FALSE(withText(w, QStringLiteral("goodcity-cli")));
        hand.tapNamed(QStringLiteral("inventorySetUp"));
        QQuickItem *later = waitForNamed(w, QStringLiteral("signInLater"));
        REQUIRE(later);
        // The page ends where the banner starts (what does not fit scrolls above it), and each button,
        // scrolled to, is tapped on the page, not on the banner.
        const double bannerTop = banner->mapToScene(QPointF(0, 0)).y();
        QQuickItem *page = itemNamed(w, QStringLiteral("signInPage"));
        REQUIRE(page);
        CHECK(page->mapToScene(QPointF(0, page->height())).y() <= bannerTop + 0.5);
        for (const char *name : {"signInLater", "serverSignIn", "serverAddress"}) {
            QQuickItem *i = itemNamed(w, QLatin1String(name));
            REQUIRE(i);
            hand.scrollIntoView(i);
            const double centre = i->mapToScene(QPointF(0, i->height() / 2)).y();
            INFO(name << " is at " << centre << ", the banner starts at " << bannerTop);
            CHECK(centre < bannerTop);
        }
        hand.tapNamed(QStringLiteral("signInLater"));
        CHECK(waitForNamed(w, QStringLiteral("openInventoryFile")));
    }
}

TEST_CASE("The photo form: one picker at a time, nothing preselected, one tap to cancel, honest words for a photo "
          "without GPS, and the draft banner not over an open form",
          "[app][photos][drafts]")
{
    NewTablet home;
    const QString inventory = home.path(QStringLiteral("inventory.gpkg"));
    REQUIRE(QFile::copy(qEnvironmentVariable("GC_DEMO_GPKG"), inventory));
    const QString pictures = home.path(QStringLiteral("Pictures"));
    REQUIRE(QDir().mkpath(pictures));
    {
        // A photo picked from a file: no GPS in its EXIF (a tablet without a camera has only these).
        QFile f(pictures + QStringLiteral("/a-before.jpg"));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(test::makeMarkScene(test::loadBgra(test::brandDir() + QStringLiteral("/goodcity_mark_color.png")), 31).jpeg);
    }
    app::AppOptions o;
    o.inventory = inventory;
    o.language = QStringLiteral("en");
    {
        app::AppShell shell(o);
        QQuickWindow *w = test::showApp(shell);
        Hand hand{w};
        hand.tapNamed(QStringLiteral("signInLater"));
        hand.tap(waitForNamed(w, QStringLiteral("user_현장1팀")));
        hand.tap(waitForNamed(w, QStringLiteral("work_0")));
        hand.tapNamed(QStringLiteral("replaceButton"));

        // Without a camera the system file dialog alone is the picker: the app's list is not behind it.
        REQUIRE(waitForNamed(w, QStringLiteral("fileDialogListView")));
        QTest::qWait(300);
        CHECK_FALSE(itemNamed(w, QStringLiteral("photoFileList")));
        CHECK_FALSE(itemNamed(w, QStringLiteral("photoPathField")));
        // Nothing is chosen before the crew taps a file: Open is not enabled.
        QQuickItem *open = buttonWithText(w, QStringLiteral("Open"));
        REQUIRE(open);
        CHECK_FALSE(open->isEnabled());
        QQuickItem *file = nullptr;
        REQUIRE(waitUntil([&] {
            return (file = test::findItem(w, [](QQuickItem *i) {
                        return i->objectName().startsWith(QLatin1String("fileDialogDelegate"))
                               && i->property("fileName").toString() == QLatin1String("a-before.jpg");
                    })) != nullptr;
        }));
        hand.tap(file);
        REQUIRE(waitUntil([&] { return open->isEnabled(); }));
        const QPointer<QQuickItem> firstOpen = open;
        hand.tap(open);

        // The after photo's picker follows (a new dialog): the before file is not preselected in it, and
        // one Cancel leaves.
        REQUIRE(waitUntil([&] {
            QQuickItem *o2 = buttonWithText(w, QStringLiteral("Open"));
            return o2 && o2 != firstOpen.data();
        }, 30000));
        QTest::qWait(300);
        QQuickItem *open2 = buttonWithText(w, QStringLiteral("Open"));
        REQUIRE(open2);
        CHECK_FALSE(open2->isEnabled());
        CHECK_FALSE(itemNamed(w, QStringLiteral("photoFileList")));
        QQuickItem *cancel = buttonWithText(w, QStringLiteral("Cancel"));
        REQUIRE(cancel);
        hand.tap(cancel);
        REQUIRE(waitUntil([&] { return itemNamed(w, QStringLiteral("fileDialogListView")) == nullptr; }));
        QTest::qWait(300);
        CHECK_FALSE(itemNamed(w, QStringLiteral("photoFileList")));
        CHECK(itemNamed(w, QStringLiteral("saveReplacement")));

        // The before photo has no GPS: said as what it is and what happens, not "retake with location on".
        QQuickItem *noGps = nullptr;
        REQUIRE(waitUntil([&] { return (noGps = withText(w, QStringLiteral("No GPS position in this photo"))) != nullptr; }, 180000));
        CHECK(noGps->property("text").toString().contains(QLatin1String("You can still save")));
        CHECK_FALSE(withText(w, QStringLiteral("turn location on and retake")));

        // The form is open and its draft kept: no "kept when the app closed" banner behind it.
        CHECK_FALSE(itemNamed(w, QStringLiteral("draftBanner")));
    }
    // The app closed with the form open (its draft on disk): the next start offers it as kept.
    app::AppShell shell(o);
    QQuickWindow *w = test::showApp(shell);
    Hand hand{w};
    if (!itemNamed(w, QStringLiteral("userChip"))) {
        hand.tapNamed(QStringLiteral("signInLater"));
        hand.tap(waitForNamed(w, QStringLiteral("user_현장1팀")));
    }
    QQuickItem *banner = waitForNamed(w, QStringLiteral("draftBannerText"), 30000);
    REQUIRE(banner);
    CHECK(banner->property("text").toString().contains(QLatin1String("kept when the app closed")));
    // Continued: the form is open again, and the banner is not shown over it.
    hand.tapNamed(QStringLiteral("resumeDraft"));
    REQUIRE(waitForNamed(w, QStringLiteral("saveReplacement")));
    QTest::qWait(300);
    CHECK_FALSE(itemNamed(w, QStringLiteral("draftBanner")));
}
