#pragma once

#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace gc::cli {

// Exit codes shared by every command: 0 ok, 1 the data has problems (for `verify`: only rows edited
// outside the log, which `adopt` records), 2 usage or I/O error, 3 `verify` found the file damaged.
enum Exit { ExitOk = 0, ExitDataProblem = 1, ExitUsage = 2, ExitDamaged = 3 };

// What a command needs of Qt. Drawing text (fonts, QPainter, PDF) needs a QGuiApplication and so a
// platform plugin; every other command runs on a QCoreApplication, with no display at all.
enum class Needs { Core, Gui };

struct Command {
    QString name;    // e.g. "stats", or "survey open" for a sub-command
    QString usage;   // one line: "stats FILE [--json]"
    gc::Text summary; // one short sentence, rendered when shown (not at registration: the catalogue loads later)
    QList<QCommandLineOption> options;
    QStringList repeatable; // options that may be given more than once ("filter"); the others once
    Needs needs = Needs::Core;
    // The parsed command line: options by name, positionalArguments() without the command's name.
    std::function<int(const QCommandLineParser &args)> run;
};

// Commands register themselves from their own .cpp file:
//   static const gc::cli::Registration reg{{.name = "stats", .usage = "stats FILE [--json]", …, .run = &runStats}};
std::map<QString, Command> &commands();
struct Registration {
    explicit Registration(Command c) { commands().emplace(c.name, std::move(c)); }
};

// Option declarations: `option("out", "FILE", "…")` takes a value, `flag("yes", "…")` does not.
QCommandLineOption option(const QString &name, const QString &valueName, const QString &description);
QCommandLineOption flag(const QString &name, const QString &description);

// The command named by the leading words of `args` ("survey open" before "survey"), or null;
// `words` is how many arguments its name took.
const Command *findCommand(const QStringList &args, int *words);
// Everything after the program name: finds the command, parses its options (--help: its synopsis
// and options, exit 0), runs it.
int dispatch(const QStringList &args);
// True when the arguments ask for help (-h, --help, or `help` alone), as words: no command runs.
bool asksForHelp(const QStringList &args);
// True when `rest` (the arguments after the command's name) asks for the command's help, as its
// parser reads them: "--out --help" names a file.
bool wantsHelp(const Command &cmd, const QStringList &rest);

// Small helpers shared by commands.
void printErr(const QString &text);
void printOut(const QString &text);
// False, having printed the error, when `r` failed: `if (!succeeded(store)) return ExitUsage;`.
template <typename T>
bool succeeded(const Result<T> &r)
{
    if (!r)
        printErr(r.error().message());
    return bool(r);
}
// Arguments of the wrong shape (`shapeOk` false): says so with the usage line.
bool checkUsage(const QString &usage, bool shapeOk);

} // namespace gc::cli
