#pragma once

// What the real-window tests that talk to a server share: a tablet's home folder as the real binary
// finds it, goodcity-server as the office runs it on a loopback port, and the app's window shown.
#include "appshell.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace gc::test {

// A tablet's home: settings, app data and pictures in a temporary folder; no settings from an earlier test.
struct TabletHome {
    QTemporaryDir dir;
    TabletHome()
    {
        REQUIRE(dir.isValid());
        qputenv("HOME", dir.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral(".config")).toUtf8());
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral(".local/share")).toUtf8());
        qputenv("GC_TOKEN_STORE", "file"); // the file, so a test can check who may read it
        QCoreApplication::setOrganizationName(QStringLiteral("goodcity"));
        QCoreApplication::setApplicationName(QStringLiteral("goodcity"));
        // Qt fixes the settings folder at its first use in a process: a new tablet starts with none.
        QSettings().clear();
    }
    QString path(const QString &name) const { return dir.filePath(name); }
};

// goodcity-server (GC_SERVER_EXE) on a store of its own, with the users office1 (office) and crew1
// (crew) under `password`; start() listens on a free loopback port, and again on the same port after stop().
struct ServerProcess {
    QProcess proc;
    QString store;
    quint16 port = 0;

    static void cli(const QStringList &args, const QByteArray &stdinText = {})
    {
        QProcess p;
        p.start(QStringLiteral(GC_SERVER_EXE), args);
        REQUIRE(p.waitForStarted(30'000));
        p.write(stdinText);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(120'000));
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
    }
    ServerProcess(const QString &storePath, const QString &password) : store(storePath)
    {
        cli({QStringLiteral("--store"), store, QStringLiteral("init")});
        for (const auto &[name, role] : {std::pair{"office1", "office"}, std::pair{"crew1", "crew"}})
            cli({QStringLiteral("--store"), store, QStringLiteral("user"), QStringLiteral("add"), QLatin1String(name), QStringLiteral("--role"),
                 QLatin1String(role), QStringLiteral("--password-stdin")},
                password.toUtf8() + '\n');
    }
    void start()
    {
        proc.setProgram(QStringLiteral(GC_SERVER_EXE));
        proc.setArguments({QStringLiteral("--store"), store, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        proc.start();
        REQUIRE(proc.waitForStarted(30'000));
        QByteArray out;
        while (!out.contains('\n') && proc.waitForReadyRead(30'000))
            out += proc.readAllStandardOutput();
        const int at = out.indexOf("127.0.0.1:");
        INFO(out.toStdString());
        REQUIRE(at >= 0);
        port = quint16(out.mid(at + 10, out.indexOf('/', at + 10) - at - 10).toInt());
        REQUIRE(port > 0);
    }
    void stop()
    {
        if (proc.state() != QProcess::NotRunning) {
            proc.kill();
            proc.waitForFinished(30'000);
        }
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(port); }
    ~ServerProcess() { stop(); }
};

// The app's window at a tablet's 1280 × 800, shown and exposed.
inline QQuickWindow *showApp(app::AppShell &shell)
{
    QQuickWindow *w = shell.window();
    REQUIRE(w);
    w->resize(1280, 800);
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w));
    return w;
}

} // namespace gc::test
