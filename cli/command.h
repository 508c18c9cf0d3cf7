#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace gc::cli {

// Exit codes shared by every command: 0 ok, 1 the data has problems (for `verify`: only rows edited
// outside the log, which `adopt` records), 2 usage or I/O error, 3 `verify` found the file damaged.
enum Exit { ExitOk = 0, ExitDataProblem = 1, ExitUsage = 2, ExitDamaged = 3 };

struct Command {
    QString name;     // e.g. "stats", or "survey" for a command with its own sub-commands
    QString usage;    // one line: "stats FILE [--json]"
    QString summary;  // one short sentence
    std::function<int(const QStringList &args)> run; // args exclude the command name
};

// Commands register themselves from their own .cpp file:
//   static const gc::cli::Registration reg{{"stats", "stats FILE [--json]", "…", &runStats}};
std::map<QString, Command> &commands();
struct Registration {
    explicit Registration(Command c) { commands().emplace(c.name, std::move(c)); }
};

// Small helpers shared by commands.
void printErr(const QString &text);
void printOut(const QString &text);
// Value of "--name VALUE" (or "--name=VALUE"); removes it from args. Null if absent.
QString takeOption(QStringList &args, const QString &name);
// All values of a repeatable option ("--mark A --mark B").
QStringList takeOptionAll(QStringList &args, const QString &name);
bool takeFlag(QStringList &args, const QString &name);
// After options are taken: anything still starting with "--" is unknown.
bool rejectUnknownOptions(const QStringList &args, const QString &usage);
// False, having printed the error, when `r` failed: `if (!succeeded(store)) return ExitUsage;`.
template <typename T>
bool succeeded(const Result<T> &r)
{
    if (!r)
        printErr(r.error().message);
    return bool(r);
}
// Unknown options, or arguments of the wrong shape (`shapeOk` false): says so with the usage line.
bool checkUsage(const QStringList &args, const QString &usage, bool shapeOk);

} // namespace gc::cli
