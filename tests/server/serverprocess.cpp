#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <utility>

namespace gc::test {

void ServerProcess::start(const QString &store, quint16 wantPort, const QStringList &extraArgs)
{
    proc.setProgram(QStringLiteral(GC_SERVER_EXE));
    proc.setArguments(QStringList{QStringLiteral("--store"), store, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(wantPort)}
                      + extraArgs);
    proc.setProcessChannelMode(QProcess::SeparateChannels);
    proc.start();
    REQUIRE(proc.waitForStarted(30'000));
    QByteArray out;
    while (!out.contains('\n') && proc.waitForReadyRead(30'000))
        out += proc.readAllStandardOutput();
    INFO(out.toStdString() << proc.readAllStandardError().toStdString());
    const int at = out.indexOf("127.0.0.1:");
    REQUIRE(at >= 0);
    port = quint16(out.mid(at + 10, out.indexOf('/', at + 10) - at - 10).toInt());
    REQUIRE(port > 0);
}

QString ServerProcess::url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(port); }

void ServerProcess::stop()
{
    if (proc.state() == QProcess::NotRunning)
        return;
    proc.kill();
    proc.waitForFinished(30'000);
}

ServerProcess::~ServerProcess() { stop(); }

QString runServerCli(const QStringList &args, const QByteArray &stdinText)
{
    QProcess p;
    p.start(QStringLiteral(GC_SERVER_EXE), args);
    REQUIRE(p.waitForStarted(30'000));
    p.write(stdinText);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120'000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void initStoreWithUsers(const QString &store, const QString &from)
{
    QStringList init{QStringLiteral("--store"), store, QStringLiteral("init")};
    if (!from.isEmpty())
        init << QStringLiteral("--from") << from;
    runServerCli(init);
    for (const auto &[name, role] : {std::pair{"office1", "office"}, std::pair{"office2", "office"}, std::pair{"crew1", "crew"}})
        runServerCli({QStringLiteral("--store"), store, QStringLiteral("user"), QStringLiteral("add"), QLatin1String(name),
                      QStringLiteral("--role"), QLatin1String(role), QStringLiteral("--password-stdin")},
                     "correct horse 1\n");
}

OfficeServer::OfficeServer(LocalServer::Kind kind, const QTemporaryDir &dir)
    : store(kind == LocalServer::Kind::Postgres ? freshPgUrl() : dir.filePath(QStringLiteral("office.gpkg")))
{
    initStoreWithUsers(store);
    server.start(store);
}

} // namespace gc::test
