// goodcity-cli: find the command, give it the Qt application object it needs, hand it the rest.
#include "command.h"
#include "io/runtimeenvironment.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <gdal.h>

#include <csignal>
#include <memory>

namespace {

// A QGuiApplication (and so a platform plugin) only for a command that draws text; help and every
// other command run on a QCoreApplication, so they work with no display and no platform plugin.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    int words = 0;
    const gc::cli::Command *cmd = gc::cli::findCommand(args, &words);
    if (!cmd || cmd->needs == gc::cli::Needs::Core || gc::cli::wantsHelp(*cmd, args.mid(words)))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // PDF painting and fonts need no window
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    // A file-size limit (ulimit -f, a quota) must fail the write so SQLite rolls back and we say why,
    // not kill the process mid-transaction with SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
    gc::core::ensureRuntimeDirectory();
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("goodcity"));
    GDALAllRegister();
    return gc::cli::dispatch(QCoreApplication::arguments().mid(1));
}
