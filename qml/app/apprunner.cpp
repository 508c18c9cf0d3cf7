#include "apprunner.h"
#include "appoptions.h"
#include "appshell.h"

#include "appcontroller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace gc::app {

namespace {

QStringList g_problems; // QML warnings and errors seen while loading pages (self-test, screenshots)
QtMessageHandler g_previous = nullptr;

void recordMessages(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        // Mesa and the platform plugin chatter about the X server; only our QML and C++ count.
        const bool ours = msg.contains(QLatin1String("qrc:/GoodCity")) || (ctx.category && QByteArray(ctx.category).startsWith("gc"));
        if (ours)
            g_problems << msg;
    }
    if (g_previous)
        g_previous(type, ctx, msg);
}

// Waits until the window has drawn a few frames, so a grab shows the finished page.
void settle(QQuickWindow *w, int frames = 3, int maxMs = 4000)
{
    int seen = 0;
    auto c = QObject::connect(w, &QQuickWindow::frameSwapped, w, [&seen] { ++seen; });
    QElapsedTimer t;
    t.start();
    while (seen < frames && t.elapsed() < maxMs) {
        w->requestUpdate();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QObject::disconnect(c);
}

// Opens every dialog the pages and the shell hold (the adopt offer too), as a crew would reach them,
// and closes it again; a dialog that cannot be found, does not open, or warns while opening is a
// problem. The photo dialog opens the system file dialog on a device without a camera, so that is
// instantiated too.
void openEveryDialog(QQuickWindow *w)
{
    static const char *const dialogs[] = {"replacementDialog", "photoCapture", "cannotInstallDialog", "proposePlaceDialog",
                                          "qrScanDialog", "qrPhotoCapture", "adoptDialog"};
    for (const char *name : dialogs) {
        QObject *d = w->findChild<QObject *>(QLatin1String(name));
        // Dialogs are made the first time they are opened (DialogLoader "<name>Loader").
        if (QObject *lazy = d ? nullptr : w->findChild<QObject *>(QLatin1String(name) + QLatin1String("Loader"))) {
            QMetaObject::invokeMethod(lazy, "make");
            d = w->findChild<QObject *>(QLatin1String(name));
        }
        if (!d) {
            g_problems << QStringLiteral("dialog %1 not found").arg(QLatin1String(name));
            continue;
        }
        QMetaObject::invokeMethod(d, "open");
        settle(w, 5);
        if (!d->property("visible").toBool())
            g_problems << QStringLiteral("dialog %1 did not open").arg(QLatin1String(name));
        if (QObject *files = w->findChild<QObject *>(QStringLiteral("photoFileDialog")); files && files->property("visible").toBool()) {
            QMetaObject::invokeMethod(files, "close");
            settle(w, 2);
        }
        QMetaObject::invokeMethod(d, "close");
        settle(w, 5);
    }
}

bool showPage(QQuickWindow *w, const QString &name)
{
    QVariant ok;
    QMetaObject::invokeMethod(w, "showPage", Q_RETURN_ARG(QVariant, ok), Q_ARG(QVariant, name));
    return ok.toBool();
}

// SIGTERM and SIGINT (the system shutting the tablet down, a kill) end the app the way Quit does, so
// the inventory closes and its WAL is folded into the .gpkg. The handler only writes a byte to a
// socket pair (async-signal-safe); the event loop reads it and quits (the self-pipe pattern from
// Qt's "Calling Qt Functions From Unix Signal Handlers").
int g_signalFd[2] = {-1, -1};
bool g_terminated = false; // a signal came before the event loop ran: exec() is not entered

void onTerminate(int)
{
    const char b = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFd[0], &b, 1);
}

void quitOnTerminate(QGuiApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char b;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFd[1], &b, 1);
        g_terminated = true;
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onTerminate;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
}

// The start-up benchmark's end point: the start page is the one a user acts on (a crew's "my work"
// with its first work item, not the sign-in page), nothing is loading, and a frame showing it has
// reached the screen. Exits 0 there, 1 if that does not happen within a minute.
// An item of the window's visual tree by object name (a list's delegates have no QObject parent to
// find them by).
bool hasVisibleItem(QQuickItem *item, const QString &name)
{
    if (!item || !item->isVisible())
        return false;
    if (item->objectName() == name)
        return true;
    const auto children = item->childItems();
    return std::any_of(children.begin(), children.end(), [&](QQuickItem *c) { return hasVisibleItem(c, name); });
}

int probeStartup(QGuiApplication &app, QQuickWindow *window)
{
    auto ready = [window] {
        const QString page = window->property("currentPage").toString();
        if (page == QLatin1String("signin") || window->property("busy").toBool())
            return false;
        return page != QLatin1String("field") || hasVisibleItem(window->contentItem(), QStringLiteral("work_0"));
    };
    bool shownReady = false;
    QObject::connect(window, &QQuickWindow::afterAnimating, window, [&] { shownReady = ready(); });
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (shownReady) {
            std::printf("startup-probe: first interactive frame of '%s'\n", qPrintable(window->property("currentPage").toString()));
            QCoreApplication::exit(0);
        } else {
            window->requestUpdate();
        }
    });
    QTimer::singleShot(60000, window, [] {
        std::fprintf(stderr, "startup-probe: the start page was not ready within 60 s\n");
        QCoreApplication::exit(1);
    });
    window->show();
    return app.exec();
}

} // namespace

int runApp(QGuiApplication &app, const AppOptions &o)
{
    g_previous = qInstallMessageHandler(recordMessages);
    // From the start: a SIGTERM while the window is still loading (a sync may already be writing)
    // quits as soon as the event loop runs.
    quitOnTerminate(app);
    AppShell shell(o);
    ui::AppController &controller = shell.controller();
    QQuickWindow *window = shell.window();
    if (!window) {
        std::fprintf(stderr, "goodcity: Main.qml failed to load\n");
        return 1;
    }

    if (o.selfTest) {
        window->show();
        const QStringList pages = window->property("pageNames").toStringList();
        for (const QString &p : pages) {
            if (!showPage(window, p))
                g_problems << QStringLiteral("page %1 could not be shown").arg(p);
            settle(window);
            if (p == QLatin1String("field"))
                openEveryDialog(window);
        }
        if (!controller.inventoryOpen())
            std::fprintf(stderr, "self-test: note: no inventory (%s)\n", qPrintable(controller.errorText()));
        for (const QString &p : g_problems)
            std::fprintf(stderr, "self-test: %s\n", qPrintable(p));
        std::printf("self-test: %lld pages (%s), %lld problems\n", qlonglong(pages.size()), qPrintable(pages.join(QLatin1Char(','))),
                    qlonglong(g_problems.size()));
        return g_problems.isEmpty() && !pages.isEmpty() ? 0 : 1;
    }

    if (!o.screenshot.isEmpty()) {
        window->resize(o.size);
        window->show();
        if (!showPage(window, o.page)) {
            std::fprintf(stderr, "goodcity: unknown page '%s' (pages: %s)\n", qPrintable(o.page),
                         qPrintable(window->property("pageNames").toStringList().join(QLatin1Char(','))));
            return 2;
        }
        // Animations advance a frame at a time: 20 frames let the tab highlight (250 ms) finish sliding.
        settle(window, 20, 8000);
        // Pages that load data in the background say when they are ready.
        QElapsedTimer t;
        t.start();
        while (window->property("busy").toBool() && t.elapsed() < 15000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        settle(window, 3);
        const QImage img = window->grabWindow();
        QDir().mkpath(QFileInfo(o.screenshot).absolutePath());
        if (img.isNull() || !img.save(o.screenshot)) {
            std::fprintf(stderr, "goodcity: could not write %s\n", qPrintable(o.screenshot));
            return 2;
        }
        for (const QString &p : g_problems)
            std::fprintf(stderr, "warning: %s\n", qPrintable(p));
        return 0;
    }

    if (o.startupProbe)
        return probeStartup(app, window);
    window->show();
    QCoreApplication::processEvents(); // a signal that came while loading is read here
    const int rc = g_terminated ? 0 : app.exec();
    // The window goes, then the inventory closes (its destructor checkpoints the WAL) before exit.
    controller.close();
    return rc;
}

} // namespace gc::app
