// W3.1/W3.2: one sign-in for the whole app, through the real Main.qml. Who is acting (each role's
// actions carry its own name in asset_events), the pages each role reaches, the sign-in against a
// goodcity-server with a password, the sync chip that says "sent" only after the server
// acknowledged it, the session kept across a restart of the real binary, and SIGTERM leaving a
// .gpkg that holds every change without its -wal.
#include "appcontroller.h"
#include "appdriver.h"
#include "serverfixture.h"
#include "appoptions.h"
#include "appshell.h"
#include "faultproxy.h"
#include "field/fieldwork.h"
#include "fieldcontroller.h"
#include "inventoryfixture.h"
#include "officecontroller.h"
#include "photofixtures.h"
#include "session.h"
#include "store/assetstore.h"
#include "surveycontroller.h"
#include "synccontroller.h"
#include "sync/syncclient.h"
#include "tokenvault.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

using namespace gc;
using test::Hand;
using test::itemNamed;
using test::waitForNamed;
using test::waitUntil;

namespace {

const QString kPassword = QStringLiteral("correct horse 1");

// A tablet's home (serverfixture.h), and the crew's photos in it.
struct Home : test::TabletHome {
    // A photo of the brand mark in a scene, as the crew takes it.
    QString photo(const QString &name, std::uint32_t seed) const
    {
        QFile f(path(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(test::makeMarkScene(test::loadBgra(test::brandDir() + QStringLiteral("/goodcity_mark_color.png")), seed).jpeg);
        return f.fileName();
    }
};

// Signs out (header chip → Sign out) when someone is signed in, then signs in on this device only
// ("Later", then the name) as a person does on the sign-in page.
void signInHere(QQuickWindow *w, Hand &hand, const QString &name)
{
    if (QQuickItem *chip = itemNamed(w, QStringLiteral("userChip"))) {
        hand.tap(chip);
        hand.tapNamed(QStringLiteral("menuSignOut"));
        // With changes not sent yet the app asks first.
        REQUIRE(waitUntil([&] { return itemNamed(w, QStringLiteral("userChip")) == nullptr || itemNamed(w, QStringLiteral("signOutConfirm")); }));
        if (QQuickItem *confirm = itemNamed(w, QStringLiteral("signOutConfirm")))
            hand.tap(confirm);
        REQUIRE(waitUntil([&] { return itemNamed(w, QStringLiteral("userChip")) == nullptr; }));
    }
    const QString entry = QStringLiteral("user_") + name;
    if (!itemNamed(w, entry))
        hand.tapNamed(QStringLiteral("signInLater"));
    hand.tap(waitForNamed(w, entry));
    REQUIRE(waitForNamed(w, QStringLiteral("userChip")));
}

bool hasTab(QQuickWindow *w, const char *page) { return itemNamed(w, QStringLiteral("tab_") + QLatin1String(page)) != nullptr; }

// The newest event of `kind` in the file, read back through a separate read-only connection.
core::Event newestEvent(const QString &inventory, const QString &kind)
{
    auto store = core::AssetStore::open(inventory, core::AssetStore::Access::ReadOnly);
    REQUIRE(store.ok());
    auto events = (*store)->events();
    REQUIRE(events.ok());
    for (auto it = events->rbegin(); it != events->rend(); ++it)
        if (it->kind == kind)
            return *it;
    FAIL("no " << kind.toStdString() << " event in " << inventory.toStdString());
    return {};
}

QString syncText(QQuickWindow *w)
{
    QQuickItem *t = itemNamed(w, QStringLiteral("syncStatusText"));
    return t ? t->property("text").toString() : QString();
}

} // namespace

TEST_CASE("Who is acting: a crew, the office and a department each sign in on the real sign-in page, reach only their "
          "pages, and their actions carry their own names in asset_events",
          "[app][session]")
{
    Home home;
    const QString inventory = home.path(QStringLiteral("inventory.gpkg"));
    REQUIRE(QFile::copy(qEnvironmentVariable("GC_DEMO_GPKG"), inventory));
    app::AppOptions o;
    o.inventory = inventory;
    o.language = QStringLiteral("en");
    app::AppShell shell(o);
    QQuickWindow *w = test::showApp(shell);
    Hand hand{w};

    // First start: the sign-in page, no page behind it, and a chip that claims nothing was sent.
    REQUIRE(waitForNamed(w, QStringLiteral("signInLater")));
    CHECK_FALSE(hasTab(w, "office"));
    CHECK_FALSE(hasTab(w, "map"));
    CHECK(syncText(w).startsWith(QLatin1String("No server")));
    // "Later": who is working, from the inventory's own users, crews, the office and departments.
    hand.tapNamed(QStringLiteral("signInLater"));
    REQUIRE(waitForNamed(w, QStringLiteral("user_디자인팀")));
    QTest::qWait(300);
    QDir().mkpath(QStringLiteral("screenshots"));
    w->grabWindow().save(QStringLiteral("screenshots/signin-later.png"));

    // A crew: field and map, no office; the app opens on its work.
    signInHere(w, hand, QStringLiteral("현장1팀"));
    CHECK(hasTab(w, "field"));
    CHECK(hasTab(w, "map"));
    CHECK_FALSE(hasTab(w, "office"));
    CHECK_FALSE(hasTab(w, "department"));
    CHECK(w->property("currentPage").toString() == QStringLiteral("field"));
    REQUIRE(waitForNamed(w, QStringLiteral("work_0")));
    // Its map shows its own assets; one tap shows all.
    QQuickItem *routeMap = waitForNamed(w, QStringLiteral("routeMapView"));
    REQUIRE(routeMap);
    qint64 own = 0;
    {
        auto store = core::AssetStore::open(inventory, core::AssetStore::Access::ReadOnly);
        REQUIRE(store.ok());
        auto all = (*store)->assets();
        REQUIRE(all.ok());
        for (const auto &a : *all)
            own += a.assignee == QStringLiteral("현장1팀") && a.hasLocation;
    }
    REQUIRE(own > 0);
    CHECK(waitUntil([&] { return routeMap->property("shownCount").toLongLong() == own; }));
    hand.tapNamed(QStringLiteral("mapMineOnly"));
    CHECK(waitUntil([&] { return routeMap->property("shownCount").toLongLong() == routeMap->property("totalCount").toLongLong(); }));
    CHECK(routeMap->property("totalCount").toLongLong() > own);
    hand.tapNamed(QStringLiteral("mapMineOnly"));
    auto *field = w->findChild<ui::FieldController *>();
    REQUIRE(field);
    const QString category = field->categoryOptions().front().toMap().value(QStringLiteral("code")).toString();
    const bool proposedOk = field->proposePlace(category, 191604.6, 541809.5, QStringLiteral("a pole with room for a sign"),
                                                home.photo(QStringLiteral("place.jpg"), 20));
    INFO(field->message().toStdString());
    REQUIRE(proposedOk);
    const core::Event proposed = newestEvent(inventory, QStringLiteral("place.proposed"));
    CHECK(proposed.actor == QStringLiteral("현장1팀"));
    // The proposal, its photo event and the photo file: kept here, none sent.
    CHECK(waitUntil([&] { return syncText(w).contains(QLatin1String("3 change(s) not sent")); }, 10000));
    INFO(syncText(w).toStdString());
    CHECK(syncText(w).startsWith(QStringLiteral("No server — saved on this device only")));
    CHECK_FALSE(syncText(w).contains(QLatin1String("Everything sent")));

    // Signing out with those changes unsent asks first, and says they wait for the crew (outside finding F23).
    for (int attempt = 0; attempt < 5 && !itemNamed(w, QStringLiteral("menuSignOut")); ++attempt) {
        hand.tapNamed(QStringLiteral("userChip")); // a first tap can land on a closing dialog's shade
        waitForNamed(w, QStringLiteral("menuSignOut"), 5000);
    }
    hand.tapNamed(QStringLiteral("menuSignOut"));
    REQUIRE(waitForNamed(w, QStringLiteral("signOutConfirm"), 10000));
    CHECK(test::findItem(w, [](QQuickItem *i) { return i->property("text").toString().contains(QLatin1String("3 change(s) on this tablet have not reached the office")); }));
    hand.tapNamed(QStringLiteral("signOutCancel"));
    REQUIRE(waitUntil([&] { return itemNamed(w, QStringLiteral("signOutConfirm")) == nullptr; }, 10000));
    CHECK(itemNamed(w, QStringLiteral("userChip"))); // still signed in

    // The office, after the crew tapped its name on this tablet: the decision is the office's, not
    // the crew's (the old app recorded every action under the last crew tapped on the Field tab).
    signInHere(w, hand, QStringLiteral("디자인팀"));
    CHECK(hasTab(w, "office"));
    CHECK(hasTab(w, "department"));
    hand.tapNamed(QStringLiteral("tab_office")); // the office page is made when it is first shown
    REQUIRE(waitUntil([&] { return w->findChild<ui::OfficeController *>() != nullptr; }));
    auto *office = w->findChild<ui::OfficeController *>();
    REQUIRE(office);
    REQUIRE(office->declineProposal(proposed.payload.value(QStringLiteral("proposal_id")).toString(), QStringLiteral("too close")));
    CHECK(newestEvent(inventory, QStringLiteral("place.decided")).actor == QStringLiteral("디자인팀"));

    // A department: its own survey only, under its own name; another department cannot be picked.
    signInHere(w, hand, QStringLiteral("공원녹지과"));
    CHECK(hasTab(w, "department"));
    CHECK_FALSE(hasTab(w, "office"));
    CHECK_FALSE(hasTab(w, "field"));
    CHECK(w->property("currentPage").toString() == QStringLiteral("department"));
    auto *survey = w->findChild<ui::SurveyController *>();
    REQUIRE(survey);
    REQUIRE(survey->hasSurvey());
    survey->setDepartment(QStringLiteral("도로과"));
    CHECK(survey->department() == QStringLiteral("공원녹지과"));
    REQUIRE(survey->save());
    const core::Event saved = newestEvent(inventory, QStringLiteral("survey.rows_saved"));
    CHECK(saved.actor == QStringLiteral("공원녹지과"));
    CHECK(saved.payload.value(QStringLiteral("department")).toString() == QStringLiteral("공원녹지과"));

    // Remembered: the next start on the same file is the department again, on its page.
    shell.controller().session()->restore();
    CHECK(shell.controller().session()->userName() == QStringLiteral("공원녹지과"));
}

namespace {

// goodcity-server as the office runs it, on a loopback port (serverfixture.h), its users under kPassword.
struct Server : test::ServerProcess {
    explicit Server(const QString &storePath) : ServerProcess(storePath, kPassword) {}
};

// The office's own tablet: an inventory and a logged-in sync client.
struct OfficeDevice {
    std::unique_ptr<core::AssetStore> store;
    std::unique_ptr<core::SyncClient> client;
    OfficeDevice(const QString &path, const QString &url)
    {
        auto s = core::AssetStore::create(path);
        REQUIRE(s.ok());
        store = std::move(*s);
        store->setIdentity(QStringLiteral("office1"), QStringLiteral("office-tab"));
        client = std::make_unique<core::SyncClient>(*store, QUrl(url));
        REQUIRE(client->login(QStringLiteral("office1"), kPassword).ok());
    }
    void sync()
    {
        auto r = client->syncOnce();
        INFO((r ? QString() : r.error().message()).toStdString());
        REQUIRE(r.ok());
    }
};

} // namespace

TEST_CASE("A crew signs in with a password on the sign-in page, its change reaches a second device, the chip says sent "
          "only after the server acknowledged it, a restart keeps the session, and SIGTERM leaves the .gpkg complete",
          "[app][session][sync]")
{
    Home home;
    Server server(home.path(QStringLiteral("office.gpkg")));
    server.start();

    // The office plans a bench for crew1 and sends it.
    OfficeDevice office(home.path(QStringLiteral("office-tab.gpkg")), server.url());
    core::Asset bench = test::InventoryFixture::bench();
    bench.status = QStringLiteral("assigned");
    bench.assignee = QStringLiteral("crew1");
    auto added = office.store->addAsset(bench);
    REQUIRE(added.ok());
    const QString uuid = added->uuid;
    office.sync();

    const QString tablet = home.path(QStringLiteral("tablet.gpkg"));
    REQUIRE(core::AssetStore::create(tablet).ok());
    const QString photo = home.photo(QStringLiteral("place.jpg"), 21);
    {
        app::AppOptions o;
        o.inventory = tablet;
        o.language = QStringLiteral("en");
        app::AppShell shell(o);
        QQuickWindow *w = test::showApp(shell);
        Hand hand{w};
        ui::SyncController *sync = shell.controller().sync();

        // The sign-in page: a wrong password is refused in words, the right one signs in.
        hand.typeInto(QStringLiteral("serverAddress"), server.url());
        hand.typeInto(QStringLiteral("serverUser"), QStringLiteral("crew1"));
        hand.typeInto(QStringLiteral("serverPassword"), QStringLiteral("wrong horse"));
        hand.tapNamed(QStringLiteral("serverSignIn"));
        REQUIRE(waitUntil([&] { return !sync->loggingIn() && !sync->loginError().isEmpty(); }));
        CHECK(sync->loginError().contains(QLatin1String("Wrong user name or password")));
        CHECK_FALSE(itemNamed(w, QStringLiteral("userChip")));
        hand.typeInto(QStringLiteral("serverPassword"), kPassword);
        hand.tapNamed(QStringLiteral("serverSignIn"));
        REQUIRE(waitUntil([&] { return !sync->loggingIn(); }));
        INFO(sync->loginError().toStdString());
        REQUIRE(waitForNamed(w, QStringLiteral("userChip")));
        CHECK(shell.controller().session()->userName() == QStringLiteral("crew1"));
        CHECK(shell.controller().session()->role() == QStringLiteral("crew"));
        CHECK(shell.controller().session()->viaServer());
        // The token is kept for the next start, readable by this user only.
        const QFileInfo token(ui::TokenVault().filePath());
        REQUIRE(token.exists());
        CHECK(token.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

        // The first round brings the bench; the crew's work list shows it.
        REQUIRE(waitUntil([&] { return sync->state() == QLatin1String("sent"); }, 120000));
        REQUIRE(waitForNamed(w, QStringLiteral("work_0")));

        // Offline: the change is kept, and the chip says so instead of "sent".
        server.stop();
        auto *field = w->findChild<ui::FieldController *>();
        REQUIRE(field);
        REQUIRE(field->openAsset(uuid));
        const QString reason = field->reasonOptions().front().toMap().value(QStringLiteral("code")).toString();
        REQUIRE(field->cannotInstall(reason, QStringLiteral("the pole is gone"), photo));
        hand.tapNamed(QStringLiteral("syncChip"));
        REQUIRE(waitUntil([&] { return sync->state() == QLatin1String("offline"); }, 180000));
        INFO(syncText(w).toStdString());
        CHECK(syncText(w).startsWith(QLatin1String("Offline")));
        CHECK(sync->pending() > 0);
        CHECK_FALSE(syncText(w).contains(QLatin1String("Everything sent")));

        // The server is back: one tap sends it, and only then the chip says sent.
        server.start(); // the same port
        hand.tapNamed(QStringLiteral("syncChip"));
        REQUIRE(waitUntil([&] { return sync->state() == QLatin1String("sent"); }, 180000));
        CHECK(sync->pending() == 0);
        CHECK(syncText(w).startsWith(QLatin1String("Everything sent to the office")));
    }

    // The second device sees the crew's report, under the crew's name, with its photo.
    office.sync();
    auto events = office.store->events(uuid);
    REQUIRE(events.ok());
    REQUIRE(events->back().actor == QStringLiteral("crew1"));
    CHECK(office.store->asset(uuid)->status == QStringLiteral("needs_attention"));
    auto photos = office.store->photos(uuid);
    REQUIRE(photos.ok());
    CHECK(photos->size() == 1);

    // The office renames the bench; the real binary, started again, is still signed in and pulls it.
    REQUIRE(office.store->updateAsset(uuid, QJsonObject{{QStringLiteral("name"), QStringLiteral("독산3동 의자 (옮김)")}}).ok());
    office.sync();
    QProcess app;
    app.setProgram(QStringLiteral(GC_APP_EXE));
    app.setArguments({QStringLiteral("--inventory"), tablet, QStringLiteral("--lang"), QStringLiteral("en")});
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Where this process kept the session (Qt fixes the settings folder at its first use).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QFileInfo(QFileInfo(QSettings().fileName()).absolutePath()).absolutePath());
    env.insert(QStringLiteral("XDG_DATA_HOME"),
               QFileInfo(QFileInfo(QFileInfo(ui::TokenVault().filePath()).absolutePath()).absolutePath()).absolutePath());
    app.setProcessEnvironment(env);
    app.start();
    REQUIRE(app.waitForStarted(30'000));
    const auto nameInFile = [&](const QString &path) {
        auto s = core::AssetStore::open(path, core::AssetStore::Access::ReadOnly);
        return s ? (*s)->asset(uuid).value_or(core::Asset{}).name : QString();
    };
    REQUIRE(waitUntil([&] { return nameInFile(tablet) == QStringLiteral("독산3동 의자 (옮김)"); }, 180000));
    const qint64 walBefore = QFileInfo(tablet + QStringLiteral("-wal")).size();
    INFO("WAL before SIGTERM: " << walBefore << " bytes");
    app.terminate(); // SIGTERM, as the system sends when it shuts the tablet down
    REQUIRE(app.waitForFinished(60'000));
    CHECK(app.exitStatus() == QProcess::NormalExit);
    CHECK(app.exitCode() == 0);
    const QFileInfo wal(tablet + QStringLiteral("-wal"));
    CHECK((!wal.exists() || wal.size() == 0));
    // The .gpkg alone, copied without its -wal, holds the pulled rename and the crew's report.
    QDir().mkpath(home.path(QStringLiteral("copy")));
    const QString alone = home.path(QStringLiteral("copy/tablet.gpkg"));
    REQUIRE(QFile::copy(tablet, alone));
    CHECK(nameInFile(alone) == QStringLiteral("독산3동 의자 (옮김)"));
    auto copy = core::AssetStore::open(alone, core::AssetStore::Access::ReadOnly);
    REQUIRE(copy.ok());
    CHECK((*copy)->asset(uuid)->status == QStringLiteral("needs_attention"));
    copy->reset();

    // Sign out from the header: the session ends on the server and here, its token is gone, and the
    // chip says nothing will be sent until someone signs in again.
    app::AppOptions o;
    o.inventory = tablet;
    o.language = QStringLiteral("en");
    app::AppShell shell(o);
    QQuickWindow *w = test::showApp(shell);
    Hand hand{w};
    REQUIRE(waitForNamed(w, QStringLiteral("userChip")));
    CHECK(shell.controller().session()->userName() == QStringLiteral("crew1"));
    ui::SyncController *sync = shell.controller().sync();
    REQUIRE(waitUntil([&] { return sync->state() == QLatin1String("sent"); }, 120000));
    hand.tapNamed(QStringLiteral("userChip"));
    hand.tapNamed(QStringLiteral("menuSignOut"));
    REQUIRE(waitForNamed(w, QStringLiteral("serverSignIn")));
    CHECK_FALSE(QFileInfo::exists(ui::TokenVault().filePath()));
    CHECK(sync->state() == QLatin1String("signedOut"));
    CHECK(syncText(w).startsWith(QLatin1String("Not signed in to the office server")));
}

TEST_CASE("A sync whose answers the network cuts says in the chip which step broke and that the change is kept — the "
          "next tap sends it",
          "[app][sync][interrupted]")
{
    Home home;
    Server server(home.path(QStringLiteral("office.gpkg")));
    server.start();
    // The tablet reaches the server through a link that cuts answers short (the server is there).
    test::FaultProxy link(server.port);

    OfficeDevice office(home.path(QStringLiteral("office-tab.gpkg")), server.url());
    core::Asset bench = test::InventoryFixture::bench();
    bench.status = QStringLiteral("assigned");
    bench.assignee = QStringLiteral("crew1");
    auto added = office.store->addAsset(bench);
    REQUIRE(added.ok());
    const QString uuid = added->uuid;
    office.sync();

    const QString tablet = home.path(QStringLiteral("tablet.gpkg"));
    REQUIRE(core::AssetStore::create(tablet).ok());
    app::AppOptions o;
    o.inventory = tablet;
    o.language = QStringLiteral("en");
    app::AppShell shell(o);
    QQuickWindow *w = test::showApp(shell);
    Hand hand{w};
    ui::SyncController *sync = shell.controller().sync();
    hand.typeInto(QStringLiteral("serverAddress"), link.url());
    hand.typeInto(QStringLiteral("serverUser"), QStringLiteral("crew1"));
    hand.typeInto(QStringLiteral("serverPassword"), kPassword);
    hand.tapNamed(QStringLiteral("serverSignIn"));
    REQUIRE(waitForNamed(w, QStringLiteral("userChip")));
    REQUIRE(waitUntil([&] { return sync->state() == QLatin1String("sent"); }, 120000));
    REQUIRE(waitForNamed(w, QStringLiteral("work_0")));

    // The crew's report; every try of sending it has its answer cut after 10 bytes of the body.
    auto *field = w->findChild<ui::FieldController *>();
    REQUIRE(field);
    REQUIRE(field->openAsset(uuid));
    const QString reason = field->reasonOptions().front().toMap().value(QStringLiteral("code")).toString();
    REQUIRE(field->cannotInstall(reason, QStringLiteral("the pole is gone"), home.photo(QStringLiteral("place.jpg"), 21)));
    link.fail("POST /api/v1/events ", test::FaultProxy::Fault::CutBody, core::SyncTuning{}.attempts, 10);
    hand.tapNamed(QStringLiteral("syncChip"));
    REQUIRE(waitUntil([&] { return sync->state() == QLatin1String("interrupted"); }, 180000));
    CHECK(link.faultsDone() == core::SyncTuning{}.attempts);
    const QString text = syncText(w);
    INFO(text.toStdString());
    // Which step broke, in words, and that nothing was lost (not "offline": the server answered).
    CHECK(text.startsWith(QLatin1String("Connection broke during:")));
    CHECK(text.contains(QLatin1String("sending")));
    CHECK(text.contains(QLatin1String("kept on this device")));
    CHECK_FALSE(text.contains(QLatin1String("Everything sent")));
    CHECK(sync->pending() > 0);

    // The link holds again: one tap sends it (the server stores each change once), and only then "sent".
    hand.tapNamed(QStringLiteral("syncChip"));
    REQUIRE(waitUntil([&] { return sync->state() == QLatin1String("sent"); }, 180000));
    CHECK(sync->pending() == 0);
    CHECK(syncText(w).startsWith(QLatin1String("Everything sent to the office")));
    office.sync();
    CHECK(office.store->asset(uuid)->status == QStringLiteral("needs_attention"));
}

TEST_CASE("A half-filled cannot-install form is on disk at every change and offered again after the app is gone, the "
          "crew's sign-in is remembered and the app opens on its work",
          "[app][session][drafts]")
{
    Home home;
    const QString inventory = home.path(QStringLiteral("inventory.gpkg"));
    REQUIRE(QFile::copy(qEnvironmentVariable("GC_DEMO_GPKG"), inventory));
    app::AppOptions o;
    o.inventory = inventory;
    o.language = QStringLiteral("en");
    const QString draftsFile = home.path(QStringLiteral(".local/share/goodcity/goodcity/drafts.json"));
    QString code;
    QString reason;
    {
        app::AppShell shell(o);
        QQuickWindow *w = test::showApp(shell);
        Hand hand{w};
        signInHere(w, hand, QStringLiteral("현장1팀"));
        QQuickItem *first = waitForNamed(w, QStringLiteral("work_0"));
        REQUIRE(first);
        code = first->property("code").toString();
        const auto eventsOf = [&] {
            auto store = core::AssetStore::open(inventory, core::AssetStore::Access::ReadOnly);
            REQUIRE(store.ok());
            auto history = (*store)->events((*store)->assetByCode(code)->uuid);
            REQUIRE(history.ok());
            return history->size();
        };
        const size_t eventsBefore = eventsOf();
        hand.tap(first);
        hand.tapNamed(QStringLiteral("cannotInstallButton"));
        auto *field = w->findChild<ui::FieldController *>();
        reason = field->reasonOptions().front().toMap().value(QStringLiteral("code")).toString();
        hand.tapNamed(QStringLiteral("reason_") + reason);
        hand.typeInto(QStringLiteral("cannotInstallNote"), QStringLiteral("locked gate"));
        // Already on disk, before anything closes: a kill now loses nothing.
        QFile f(draftsFile);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray kept = f.readAll();
        CHECK(kept.contains("locked gate"));
        CHECK(kept.contains(code.toUtf8()));
        CHECK(kept.contains(reason.toUtf8()));
        // Nothing of it went into the inventory's log.
        CHECK(eventsOf() == eventsBefore);
    } // the app is gone without Save or Cancel

    app::AppShell again(o);
    QQuickWindow *w = test::showApp(again);
    Hand hand{w};
    // Still signed in as the crew, on its work, with the form offered again.
    REQUIRE(waitForNamed(w, QStringLiteral("userChip")));
    CHECK(again.controller().session()->userName() == QStringLiteral("현장1팀"));
    CHECK(w->property("currentPage").toString() == QStringLiteral("field"));
    hand.tapNamed(QStringLiteral("resumeDraft"));
    QQuickItem *note = waitForNamed(w, QStringLiteral("cannotInstallNote"));
    REQUIRE(note);
    CHECK(note->property("text").toString() == QStringLiteral("locked gate"));
    CHECK(itemNamed(w, QStringLiteral("reason_") + reason)->property("highlighted").toBool());
    auto *field = w->findChild<ui::FieldController *>();
    CHECK(field->currentAsset().value(QStringLiteral("code")).toString() == code);
}

TEST_CASE("The sign-in page refuses an unencrypted server address on the network and a non-address before any password "
          "leaves the tablet",
          "[app][session]")
{
    Home home;
    const QString inventory = home.path(QStringLiteral("inventory.gpkg"));
    REQUIRE(core::AssetStore::create(inventory).ok());
    app::AppOptions o;
    o.inventory = inventory;
    o.language = QStringLiteral("en");
    app::AppShell shell(o);
    QQuickWindow *w = test::showApp(shell);
    Hand hand{w};
    ui::SyncController *sync = shell.controller().sync();
    hand.typeInto(QStringLiteral("serverAddress"), QStringLiteral("http://192.0.2.10:8443"));
    hand.typeInto(QStringLiteral("serverUser"), QStringLiteral("crew1"));
    hand.typeInto(QStringLiteral("serverPassword"), QStringLiteral("secret"));
    hand.tapNamed(QStringLiteral("serverSignIn"));
    REQUIRE(waitUntil([&] { return !sync->loginError().isEmpty(); }, 5000));
    CHECK(sync->loginError().contains(QLatin1String("is not encrypted")));
    CHECK_FALSE(sync->loggingIn()); // refused here: nothing was sent
    CHECK_FALSE(sync->configured());
    CHECK(sync->state() == QLatin1String("noServer"));

    hand.typeInto(QStringLiteral("serverAddress"), QStringLiteral("ftp://office"));
    hand.typeInto(QStringLiteral("serverPassword"), QStringLiteral("secret"));
    hand.tapNamed(QStringLiteral("serverSignIn"));
    REQUIRE(waitUntil([&] { return sync->loginError().contains(QLatin1String("is not a server address")); }, 5000));
    CHECK_FALSE(sync->loggingIn());
    CHECK_FALSE(QFileInfo::exists(ui::TokenVault().filePath()));
}

TEST_CASE("The office opens the conflicts tab, sees two devices' edits of one asset side by side, keeps the earlier one, "
          "and every device then shows it",
          "[app][sync][conflict]")
{
    Home home;
    Server server(home.path(QStringLiteral("office.gpkg")));
    server.start();

    // Two office machines edit the same bench's note, neither having seen the other's edit.
    OfficeDevice desk(home.path(QStringLiteral("desk.gpkg")), server.url());
    OfficeDevice laptop(home.path(QStringLiteral("laptop.gpkg")), server.url());
    laptop.store->setIdentity(QStringLiteral("office1"), QStringLiteral("office-laptop"));
    auto added = desk.store->addAsset(test::InventoryFixture::bench());
    REQUIRE(added.ok());
    const QString uuid = added->uuid, code = added->code;
    desk.sync();
    laptop.sync();
    REQUIRE(desk.store->updateAsset(uuid, QJsonObject{{QStringLiteral("notes"), QStringLiteral("front gate pole")}}).ok());
    QTest::qWait(20); // the laptop's edit is the later one by the clock (in one millisecond the device name would decide)
    REQUIRE(laptop.store->updateAsset(uuid, QJsonObject{{QStringLiteral("notes"), QStringLiteral("back gate pole")}}).ok());
    desk.sync();
    laptop.sync(); // the server flags the laptop's edit against the desk's
    desk.sync();
    REQUIRE(desk.store->asset(uuid)->notes == QStringLiteral("back gate pole"));

    const QString tablet = home.path(QStringLiteral("tablet.gpkg"));
    REQUIRE(core::AssetStore::create(tablet).ok());
    {
        app::AppOptions o;
        o.inventory = tablet;
        o.language = QStringLiteral("en");
        app::AppShell shell(o);
        QQuickWindow *w = test::showApp(shell);
        Hand hand{w};
        ui::SyncController *sync = shell.controller().sync();
        hand.typeInto(QStringLiteral("serverAddress"), server.url());
        hand.typeInto(QStringLiteral("serverUser"), QStringLiteral("office1"));
        hand.typeInto(QStringLiteral("serverPassword"), kPassword);
        hand.tapNamed(QStringLiteral("serverSignIn"));
        REQUIRE(waitForNamed(w, QStringLiteral("userChip")));
        REQUIRE(waitUntil([&] { return sync->state() == QLatin1String("sent"); }, 120000));

        hand.tapNamed(QStringLiteral("tab_office"));
        hand.tapNamed(QStringLiteral("officeTab_conflicts"));
        REQUIRE(waitForNamed(w, QStringLiteral("conflict_") + code, 60000));
        QTest::qWait(300);
        QDir().mkpath(QStringLiteral("screenshots"));
        w->grabWindow().save(QStringLiteral("screenshots/e2e-conflicts.png"));
        // Both edits are there in words, each with who made it.
        auto shown = [&](const QString &text) {
            return test::findItem(w, [&](QQuickItem *i) { return i->isVisible() && i->property("text").toString().contains(text); }) != nullptr;
        };
        CHECK(shown(QStringLiteral("front gate pole")));
        CHECK(shown(QStringLiteral("back gate pole")));
        // The office's sync chip counts the conflicts left to settle.
        REQUIRE(waitUntil([&] { return sync->conflicts() == 1; }, 60000));
        // The laptop's push was the one flagged: the desk's edit is the second side.
        hand.tapNamed(QStringLiteral("keepSecond_") + code);
        REQUIRE(waitUntil([&] { return itemNamed(w, QStringLiteral("conflict_") + code) == nullptr; }));
        REQUIRE(waitUntil([&] { return !sync->syncing() && sync->state() == QLatin1String("sent") && sync->pending() == 0; }, 120000));
        hand.tapNamed(QStringLiteral("conflictsRefresh"));
        REQUIRE(waitUntil([&] {
            QQuickItem *tab = itemNamed(w, QStringLiteral("officeTab_conflicts"));
            return tab && tab->property("text").toString() == QStringLiteral("Conflicts (0)");
        }, 60000));
        REQUIRE(waitUntil([&] { return sync->conflicts() == 0; }, 60000)); // the chip no longer says one is waiting
    }

    // The other machines pull the settlement: the desk's note stands everywhere, settled under the office's name.
    desk.sync();
    laptop.sync();
    CHECK(desk.store->asset(uuid)->notes == QStringLiteral("front gate pole"));
    CHECK(laptop.store->asset(uuid)->notes == QStringLiteral("front gate pole"));
    const core::Event settled = newestEvent(home.path(QStringLiteral("laptop.gpkg")), QStringLiteral("conflict.resolved"));
    CHECK(settled.actor == QStringLiteral("office1"));
    auto left = desk.client->conflicts();
    REQUIRE(left.ok());
    CHECK(left->empty());
}

TEST_CASE("The office enlarges a review photo: the server's original replaces the thumbnail its sync brought, and with "
          "the server gone the viewer says the original is not on this device",
          "[app][sync][review][photos]")
{
    Home home;
    Server server(home.path(QStringLiteral("office.gpkg")));
    server.start();

    // An install logged on another device, its two 1600 × 1200 photos sent to the server.
    OfficeDevice desk(home.path(QStringLiteral("desk.gpkg")), server.url());
    core::Asset bench = test::InventoryFixture::bench();
    bench.status = QStringLiteral("assigned");
    bench.assignee = QStringLiteral("현장1팀");
    auto added = desk.store->addAsset(bench);
    REQUIRE(added.ok());
    auto jpeg = [](Qt::GlobalColor colour) {
        QImage img(1600, 1200, QImage::Format_RGB32);
        img.fill(colour);
        QByteArray bytes;
        QBuffer buf(&bytes);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "JPG", 85);
        return bytes;
    };
    core::Replacement r;
    r.assetUuid = added->uuid;
    r.beforePhoto = jpeg(Qt::darkBlue);
    r.afterPhotos = {jpeg(Qt::darkRed)};
    r.method = QStringLiteral("sticker");
    r.checks = QJsonObject{{QStringLiteral("before"), QStringLiteral("pass")}, {QStringLiteral("after1"), QStringLiteral("review")}};
    REQUIRE(core::FieldWork(*desk.store).logReplacement(r).ok());
    desk.sync();

    const QString tablet = home.path(QStringLiteral("tablet.gpkg"));
    REQUIRE(core::AssetStore::create(tablet).ok());
    app::AppOptions o;
    o.inventory = tablet;
    o.language = QStringLiteral("en");
    app::AppShell shell(o);
    QQuickWindow *w = test::showApp(shell);
    Hand hand{w};
    ui::SyncController *sync = shell.controller().sync();
    hand.typeInto(QStringLiteral("serverAddress"), server.url());
    hand.typeInto(QStringLiteral("serverUser"), QStringLiteral("office1"));
    hand.typeInto(QStringLiteral("serverPassword"), kPassword);
    hand.tapNamed(QStringLiteral("serverSignIn"));
    REQUIRE(waitForNamed(w, QStringLiteral("userChip")));
    REQUIRE(waitUntil([&] { return sync->state() == QLatin1String("sent"); }, 120000));
    hand.tapNamed(QStringLiteral("tab_office"));
    hand.tapNamed(QStringLiteral("officeTab_review"));
    // The review shows the thumbnail the sync brought (the office keeps others' photos small).
    QQuickItem *shown = waitForNamed(w, QStringLiteral("reviewAfterPhotoImage"), 60000);
    REQUIRE(shown);
    REQUIRE(waitUntil([&] { return shown->property("status").toInt() == 1; }, 20000));
    const int thumbWidth = shown->property("implicitWidth").toInt();
    CHECK(thumbWidth > 0);
    CHECK(thumbWidth < 1600);

    // Enlarged: the original, fetched from the server.
    hand.tapNamed(QStringLiteral("reviewAfterPhotoZoom"));
    QQuickItem *big = waitForNamed(w, QStringLiteral("photoViewerImage"), 10000);
    REQUIRE(big);
    CHECK(waitUntil([&] { return big->property("implicitWidth").toInt() == 1600; }, 60000));
    CHECK(itemNamed(w, QStringLiteral("photoViewerOriginal")) == nullptr); // nothing to say: it is the original
    QDir().mkpath(QStringLiteral("screenshots"));
    w->grabWindow().save(QStringLiteral("screenshots/e2e-review-original.png"));
    hand.tapNamed(QStringLiteral("photoViewerClose"));
    REQUIRE(waitUntil([&] { return itemNamed(w, QStringLiteral("photoViewerImage")) == nullptr; }, 10000));

    // The server gone, the before photo's original cannot come: its thumbnail stays, and the viewer says why.
    server.stop();
    hand.tapNamed(QStringLiteral("reviewBeforePhotoZoom"));
    REQUIRE(waitUntil([&] {
        QQuickItem *t = itemNamed(w, QStringLiteral("photoViewerOriginal"));
        return t && t->property("text").toString().startsWith(QStringLiteral("The original photo is not on this device"));
    }, 180000));
    big = waitForNamed(w, QStringLiteral("photoViewerImage"), 10000);
    REQUIRE(big);
    CHECK(big->property("implicitWidth").toInt() < 1600);
    w->grabWindow().save(QStringLiteral("screenshots/e2e-review-original-offline.png"));
}
