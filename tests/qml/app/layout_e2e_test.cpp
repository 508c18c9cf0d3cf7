// The real Main.qml at tablet sizes, in both languages: every page at 1280×800 and 800×1280 (and the
// office's tabs), each visible text item checked. Fails on any elided or truncated label, and in English
// on any Korean that is not a proper name from the inventory (departments, crews, asset names,
// addresses, survey titles): catalog labels and dong names must be English there.
#include "appoptions.h"
#include "appshell.h"
#include "model/catalog.h"
#include "store/assetstore.h"
#include "survey/surveydesk.h"
#include "uidriver.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(GoodCityPlugin)

using namespace gc;

namespace {

// Strings the inventory holds as data (names, addresses, the sizes written on the order), longest first (a name may contain a shorter one).
QStringList properNames(const QString &inventory)
{
    auto store = core::AssetStore::open(inventory, core::AssetStore::Access::ReadOnly);
    REQUIRE(store.ok());
    QSet<QString> names;
    auto assets = (*store)->assets();
    REQUIRE(assets.ok());
    for (const auto &a : *assets)
        for (const QString &s : {a.name, a.department, a.addressJibun, a.addressRoad, a.assignee, a.plateNumber, a.markSize})
            if (!s.trimmed().isEmpty())
                names.insert(s.trimmed());
    core::SurveyDesk desk(**store);
    if (auto departments = desk.departments())
        for (const QString &d : *departments)
            names.insert(d);
    if (auto book = desk.book())
        for (const auto &[id, c] : book->campaigns)
            names.insert(c.title);
    names.insert(QStringLiteral("디자인팀")); // the office's own user name (signed in as it), a name like any crew's
    QStringList out(names.begin(), names.end());
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

QString describe(QQuickItem *i)
{
    QStringList path;
    for (QQuickItem *p = i; p && path.size() < 4; p = p->parentItem())
        if (!p->objectName().isEmpty())
            path << p->objectName();
    return QStringLiteral("'%1' (%2×%3, needs %4×%5, %6 lines, truncated %7) %8")
        .arg(i->property("text").toString().left(80))
        .arg(i->width(), 0, 'f', 0)
        .arg(i->height(), 0, 'f', 0)
        .arg(i->property("contentWidth").toDouble(), 0, 'f', 0)
        .arg(i->property("contentHeight").toDouble(), 0, 'f', 0)
        .arg(i->property("lineCount").toInt())
        .arg(i->property("truncated").toBool())
        .arg(path.join(QStringLiteral(" < ")));
}

struct Walk {
    QStringList truncated, korean, small;
};

// A control a finger taps: buttons, fields, boxes, switches, list entries.
bool isControl(QQuickItem *i)
{
    for (const char *kind : {"QQuickAbstractButton", "QQuickComboBox", "QQuickTextField", "QQuickSpinBox"})
        if (i->inherits(kind))
            return true;
    return false;
}

Walk walk(QQuickWindow *w, bool english, const QStringList &names)
{
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}\\x{1100}-\\x{11FF}\\x{3130}-\\x{318F}]"));
    Walk out;
    for (QQuickItem *i : test::allItems(w)) {
        if (isControl(i) && test::reallyVisible(i) && i->isEnabled() && (i->width() < 47.5 || i->height() < 47.5))
            out.small << QStringLiteral("%1 '%2' %3×%4").arg(QString::fromLatin1(i->metaObject()->className()), i->property("text").toString(),
                                                           QString::number(i->width(), 'f', 0), QString::number(i->height(), 'f', 0));
        if (!i->inherits("QQuickText") || !test::reallyVisible(i))
            continue;
        const QString text = i->property("text").toString();
        if (text.trimmed().isEmpty())
            continue;
        // A text scrolled out of its clipping view is still laid out: it counts.
        const bool elides = i->property("elide").toInt() != Qt::ElideNone;
        if (i->property("truncated").toBool() || (elides && i->width() > 0 && i->implicitWidth() > i->width() + 1))
            out.truncated << describe(i);
        if (english && text.contains(hangul)) {
            QString rest = text;
            for (const QString &n : names)
                if (rest.contains(n))
                    rest.replace(n, QStringLiteral(" "));
            if (rest.contains(hangul))
                out.korean << describe(i);
        }
    }
    return out;
}

void settle(QQuickWindow *w)
{
    // Animations advance a frame at a time; pages that load in the background say when they are ready.
    for (int frame = 0; frame < 20; ++frame) {
        w->requestUpdate();
        QTest::qWait(16);
    }
    test::waitFor([&] { return !w->property("busy").toBool(); }, 30000);
    QTest::qWait(50);
}

void checkAllPages(const QString &language)
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toUtf8());
    const QString demo = qEnvironmentVariable("GC_DEMO_GPKG");
    REQUIRE_FALSE(demo.isEmpty());
    const QString inventory = home.filePath(QStringLiteral("inventory.gpkg"));
    REQUIRE(QFile::copy(demo, inventory));
    const QStringList names = properNames(inventory);

    app::AppOptions o;
    o.inventory = inventory;
    o.language = language;
    app::AppShell shell(o);
    QQuickWindow *w = shell.window();
    REQUIRE(w);
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w));
    const QStringList pages = w->property("pageNames").toStringList();
    REQUIRE(pages.size() >= 4);

    QStringList truncated, korean, small;
    auto check = [&](const QString &where) {
        settle(w);
        QDir().mkpath(QStringLiteral("screenshots"));
        w->grabWindow().save(QStringLiteral("screenshots/layout-%1.png").arg(QString(where).replace(QLatin1Char(' '), QLatin1Char('-'))));
        const Walk r = walk(w, language == QLatin1String("en"), names);
        for (const QString &t : r.truncated)
            truncated << where + QStringLiteral(": ") + t;
        for (const QString &t : r.korean)
            korean << where + QStringLiteral(": ") + t;
        for (const QString &t : r.small)
            small << where + QStringLiteral(": ") + t;
    };
    test::Finger finger{w};
    for (const QSize size : {QSize(1280, 800), QSize(800, 1280)}) {
        w->resize(size);
        // The new size reaches the items (and the header's chip moves) before anything is tapped.
        REQUIRE(test::waitFor([&] { return int(w->contentItem()->width()) == size.width() && int(w->contentItem()->height()) == size.height(); }, 10000));
        settle(w);
        // The sign-in page first (a new tablet opens on it), then the office, which sees every page.
        if (test::byName(w, QStringLiteral("userChip"))) {
            finger.tap(finger.tapUntil(QStringLiteral("userChip"), QStringLiteral("menuSignOut")));
            REQUIRE(test::waitFor([&] { return test::byName(w, QStringLiteral("userChip")) == nullptr || test::byName(w, QStringLiteral("signOutConfirm")); }));
            if (QQuickItem *confirm = test::byName(w, QStringLiteral("signOutConfirm")))
                finger.tap(confirm);
            REQUIRE(test::waitFor([&] { return test::byName(w, QStringLiteral("userChip")) == nullptr; }));
        }
        // The sign-in page: its first step (the server), or the device's users once "Later" was chosen.
        REQUIRE(test::waitFor([&] { return test::byName(w, QStringLiteral("signInLater")) || test::byName(w, QStringLiteral("user_디자인팀")); }));
        check(QStringLiteral("%1 %2x%3 sign-in").arg(language).arg(size.width()).arg(size.height()));
        test::signInLocally(w, finger, QStringLiteral("디자인팀"));
        for (const QString &page : pages) {
            QVariant ok;
            QMetaObject::invokeMethod(w, "showPage", Q_RETURN_ARG(QVariant, ok), Q_ARG(QVariant, page));
            REQUIRE(ok.toBool());
            const QString where = QStringLiteral("%1 %2x%3 %4").arg(language).arg(size.width()).arg(size.height()).arg(page);
            check(where);
            const QRectF window(0, 0, w->width(), w->height());
            auto sceneRect = [](QQuickItem *i) { return i->mapRectToScene(QRectF(0, 0, i->width(), i->height())); };
            if (page == QLatin1String("map")) {
                // Every filter button in the window and clear of the map tools (a usability pass found
                // METHOD under them in English portrait).
                QQuickItem *tools = test::byName(w, QStringLiteral("mapTools"));
                REQUIRE(tools);
                for (const char *field : {"category", "status", "dong", "department", "method"}) {
                    QQuickItem *b = test::byName(w, QStringLiteral("filter_") + QLatin1String(field));
                    REQUIRE(b);
                    INFO(where.toStdString() << " filter " << field);
                    CHECK(window.contains(sceneRect(b)));
                    CHECK_FALSE(sceneRect(b).intersects(sceneRect(tools)));
                }
            }
            if (page != QLatin1String("office"))
                continue;
            // Every tab of the office page, reached and tapped as a user would: where the bar is wider
            // than the window, with the arrow beside it.
            QQuickItem *bar = test::findItem(w, [](QQuickItem *i) { return i->objectName() == QLatin1String("officeTabs"); });
            REQUIRE(bar);
            for (int tab = 1; tab < bar->property("count").toInt(); ++tab) {
                QQuickItem *button = nullptr;
                QMetaObject::invokeMethod(bar, "itemAt", Q_RETURN_ARG(QQuickItem *, button), Q_ARG(int, tab));
                REQUIRE(button);
                for (int step = 0; step < 10 && !window.contains(sceneRect(button)); ++step) {
                    QQuickItem *next = test::byName(w, QStringLiteral("officeTabsNext"));
                    if (!next || !next->isVisible())
                        break;
                    finger.tap(next);
                    settle(w);
                }
                INFO(where.toStdString() << " tab " << tab << " " << button->property("text").toString().toStdString());
                REQUIRE(window.contains(sceneRect(button)));
                finger.tap(button);
                REQUIRE(test::waitFor([&] { return bar->property("currentIndex").toInt() == tab; }));
                check(QStringLiteral("%1 tab %2").arg(where).arg(tab));
            }
            bar->setProperty("currentIndex", 0);
        }
    }
    INFO("truncated:\n" << truncated.join(QLatin1Char('\n')).toStdString());
    CHECK(truncated.isEmpty());
    INFO("Korean in English mode:\n" << korean.join(QLatin1Char('\n')).toStdString());
    CHECK(korean.isEmpty());
    INFO("controls under 48x48 px:\n" << small.join(QLatin1Char('\n')).toStdString());
    CHECK(small.isEmpty());
}

} // namespace

TEST_CASE("No label is cut off on any page at 1280x800 or 800x1280, in Korean", "[app][layout]")
{
    checkAllPages(QStringLiteral("ko"));
}

TEST_CASE("No label is cut off and no Korean but proper names shows in English", "[app][layout]")
{
    checkAllPages(QStringLiteral("en"));
}
