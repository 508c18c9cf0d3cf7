#include "appshell.h"
#include "appoptions.h"

#include "appcontroller.h"
#include "photosource.h"

#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTranslator>

namespace gc::app {

struct AppShell::Parts {
    QTranslator translator;
    QTranslator qtTranslator; // Qt's own strings: the file dialog's buttons, columns and messages
    std::unique_ptr<ui::AppController> controller;
    std::unique_ptr<QQmlApplicationEngine> engine; // after the controller: destroyed first
};

AppShell::AppShell(const AppOptions &o) : m(std::make_unique<Parts>())
{
    // Models that label codes (work list, legends) follow the chosen language, not the system's.
    QLocale::setDefault(o.language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                          : QLocale(QLocale::Korean, QLocale::SouthKorea));
    if (o.language == QLatin1String("ko") && m->translator.load(QStringLiteral(":/i18n/goodcity_ko.qm")))
        QCoreApplication::installTranslator(&m->translator);
    // qt_ko (Debian's qt6-translations-l10n) covers qtbase, qtdeclarative and qtmultimedia; without it
    // Qt's dialogs stay in English and the app's own pages are unaffected.
    if (o.language == QLatin1String("ko") &&
        m->qtTranslator.load(QStringLiteral("qt_ko"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m->qtTranslator);
    QFont font(QStringLiteral("NanumGothic"));
    font.setPointSize(11);
    QGuiApplication::setFont(font);
    if (QQuickStyle::name() != QLatin1String("Material")) // once per process: Qt refuses a second call
        QQuickStyle::setStyle(QStringLiteral("Material"));

    ui::limitImageDecoding(); // before any Image loads a photo
    m->controller = std::make_unique<ui::AppController>(o.language);
    // A new tablet has no inventory yet: it starts with an empty one (the district's dong layer only),
    // which the first sync after the server sign-in fills; a file named on the command line is never made.
    // A file opened on the sign-in page ("Later", a tablet without a server) stays this tablet's inventory.
    const QString kept = o.firstStartMakesInventory ? QSettings().value(ui::AppController::keptInventoryKey()).toString() : QString();
    const QString inventory = !kept.isEmpty() && QFileInfo::exists(kept) ? kept : o.inventory;
    if (o.firstStartMakesInventory && !QFileInfo::exists(inventory))
        m->controller->createInventory(inventory);
    else
        m->controller->openInventory(inventory);
    // A run that only shows pages (screenshots, the self-test) acts as the office, which may open
    // every page, unless it names someone; the first-start page itself is shown signed out.
    ui::Session *session = m->controller->session();
    const bool showsPages = (o.selfTest || !o.screenshot.isEmpty()) && o.page != QLatin1String("signin");
    const QString user = !o.user.isEmpty() ? o.user : showsPages ? ui::OutsideEditsOffer::officeName() : QString();
    if (!user.isEmpty() && m->controller->inventoryOpen() && !session->signInLocal(user, {}, false))
        qWarning("goodcity: --user %s: %s", qPrintable(user), qPrintable(session->message()));
    // --basemap is remembered: the next start without it opens the same basemap. A screenshot or
    // self-test run uses it once and leaves the user's setting alone.
    QSettings settings;
    if (o.basemapSet && o.screenshot.isEmpty() && !o.selfTest)
        settings.setValue(QStringLiteral("basemap/source"), o.basemap);
    m->controller->setBasemap(o.basemapSet ? o.basemap : settings.value(QStringLiteral("basemap/source")).toString());

    m->engine = std::make_unique<QQmlApplicationEngine>();
    m->engine->addImportPath(QStringLiteral("qrc:/")); // the GoodCity module lives at qrc:/GoodCity (Qt 6.4 layout)
    m->engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(m->controller.get())}});
    m->engine->load(QUrl(QStringLiteral("qrc:/GoodCity/Main.qml")));
}

AppShell::~AppShell()
{
    QCoreApplication::removeTranslator(&m->translator);
    QCoreApplication::removeTranslator(&m->qtTranslator);
}

QQuickWindow *AppShell::window() const
{
    const auto roots = m->engine->rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}

ui::AppController &AppShell::controller() const { return *m->controller; }

} // namespace gc::app
