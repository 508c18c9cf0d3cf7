#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace gc::server {

// goodcity-server's command line: init, user add|passwd|disable|revoke, and serving. Exit codes as
// goodcity-cli's: 0 ok, 1 a data problem, 2 usage or I/O. Parsed with QCommandLineParser; --help on
// the program, on `user`, and on every command.
class ServerCli {
public:
    struct Command {
        QString name;    // "init", "user add"; empty for serving (no command word)
        QString usage;   // after "goodcity-server"
        QString summary;
        QList<QCommandLineOption> options; // besides --store, which every command takes
        std::function<int(const QString &store, const QCommandLineParser &args)> run;
    };
    static const std::vector<Command> &commands();
    // `args` excludes the program name. Serving runs the event loop of the existing QCoreApplication.
    static int run(const QStringList &args);
};

} // namespace gc::server
