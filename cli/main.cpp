// goodcity-cli: parse the command name, hand the rest to the command.
#include "command.h"
#include "io/runtimeenvironment.h"

#include <QGuiApplication>

#include <gdal.h>

#include <csignal>


int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    // A file-size limit (ulimit -f, a quota) must fail the write so SQLite rolls back and we say why,
    // not kill the process mid-transaction with SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
    gc::core::ensureRuntimeDirectory();
    QGuiApplication app(argc, argv); // QImage readers, PDF painting and fonts need a GUI application object
    QCoreApplication::setApplicationName(QStringLiteral("goodcity"));
    GDALAllRegister();

    QStringList args = QCoreApplication::arguments().mid(1);
    const auto &all = gc::cli::commands();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        QString text = QStringLiteral("goodcity-cli: 좋은 도시 금천 브랜드 교체 인벤토리 / Good City Geumcheon rollout inventory\n\nCommands:\n");
        for (const auto &[name, cmd] : all)
            text += QStringLiteral("  goodcity-cli %1\n      %2\n").arg(cmd.usage, cmd.summary);
        text += QStringLiteral("\nExit codes: 0 ok, 1 the data has problems, 2 usage or I/O error.");
        gc::cli::printOut(text);
        return args.isEmpty() ? gc::cli::ExitUsage : gc::cli::ExitOk;
    }
    const QString name = args.takeFirst();
    const auto it = all.find(name);
    if (it == all.end()) {
        gc::cli::printErr(QStringLiteral("알 수 없는 명령 / unknown command: %1 (goodcity-cli --help)").arg(name));
        return gc::cli::ExitUsage;
    }
    return it->second.run(args);
}
