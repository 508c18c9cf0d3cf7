// goodcity-bench-emptywindow: the floor of the start-up benchmark. An empty Qt Quick window that
// exits at its first frame, so BM_AppStartMyWork's cost above this is the app's own.
#include <QGuiApplication>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickWindow window;
    window.resize(1280, 800);
    QObject::connect(&window, &QQuickWindow::frameSwapped, &app, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    window.show();
    return app.exec();
}
