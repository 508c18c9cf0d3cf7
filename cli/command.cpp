#include "command.h"
#include "text.h"

#include <algorithm>
#include <cstdio>

namespace gc::cli {

namespace {

const QString kProgram = QStringLiteral("goodcity-cli");

bool isHelpOption(const QString &a)
{
    return a == QLatin1String("--help") || a == QLatin1String("-h");
}

// Commands whose name starts with `group` and a space: "survey" → "survey open", "survey list", …
bool isGroup(const QString &group)
{
    const QString prefix = group + QLatin1Char(' ');
    for (const auto &[name, cmd] : commands())
        if (name.startsWith(prefix))
            return true;
    return false;
}

// Every command (or a group's sub-commands) with its synopsis and summary.
QString overview(const QString &group)
{
    QString text = group.isEmpty() ? (gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "Good City Geumcheon rollout inventory\n\nCommands:")), gc::Lang::Both) + QStringLiteral("\n"))
                                   : (gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "sub-commands:"), group), gc::Lang::Both) + QStringLiteral("\n"));
    for (const auto &[name, cmd] : commands())
        if (group.isEmpty() || name.startsWith(group + QLatin1Char(' ')))
            text += QStringLiteral("  goodcity-cli %1\n      %2\n").arg(cmd.usage, cmd.summary.render(gc::Lang::Both));
    text += QStringLiteral("\n`goodcity-cli COMMAND --help` shows a command's options.");
    if (group.isEmpty())
        text += QStringLiteral("\nExit codes: 0 ok, 1 the data has problems, 2 usage or I/O error.");
    return text;
}

QString usageLine(const Command &cmd)
{
    return QStringLiteral("usage: %1 %2").arg(kProgram, cmd.usage);
}

// Qt's help text below our own synopsis: its first line names the executable's path, not the command.
QString helpText(const Command &cmd, const QCommandLineParser &p)
{
    const QString qt = p.helpText();
    return usageLine(cmd) + QLatin1Char('\n') + qt.mid(qt.indexOf(QLatin1Char('\n')) + 1);
}

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// The option a command line got wrong, named, in both languages; empty when there is none.
QString optionError(const Command &cmd, const QCommandLineParser &p, bool parsed)
{
    if (!p.unknownOptionNames().isEmpty())
        return gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "unknown option: %1"), dashed(p.unknownOptionNames().first())), gc::Lang::Both);
    if (!parsed)
        return gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "bad option: %1"), p.errorText()), gc::Lang::Both);
    for (const QCommandLineOption &o : cmd.options) {
        const QString name = o.names().first();
        if (!cmd.repeatable.contains(name) && p.values(name).size() > 1)
            return gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "option given more than once: %1"), dashed(name)), gc::Lang::Both);
    }
    return {};
}

const QCommandLineOption &helpOption()
{
    static const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "show this help")), gc::Lang::Both));
    return help;
}

// Parses `rest` with the command's options and --help; false on an unknown or malformed option.
bool parse(const Command &cmd, const QStringList &rest, QCommandLineParser &p)
{
    p.setApplicationDescription(cmd.summary.render(gc::Lang::Both));
    p.addOptions(cmd.options);
    p.addOption(helpOption());
    return p.parse(QStringList{kProgram} + rest);
}

bool helpAsked(const QCommandLineParser &p, bool parsed, const QStringList &rest)
{
    return p.isSet(helpOption()) || (!parsed && asksForHelp(rest));
}

int runCommand(const Command &cmd, const QStringList &rest)
{
    QCommandLineParser p;
    const bool parsed = parse(cmd, rest, p);
    if (helpAsked(p, parsed, rest)) {
        printOut(helpText(cmd, p));
        return ExitOk;
    }
    if (const QString error = optionError(cmd, p, parsed); !error.isEmpty()) {
        printErr(error + QLatin1Char('\n') + usageLine(cmd));
        return ExitUsage;
    }
    return cmd.run(p);
}

} // namespace

std::map<QString, Command> &commands()
{
    static std::map<QString, Command> all;
    return all;
}

QCommandLineOption option(const QString &name, const QString &valueName, const QString &description)
{
    return QCommandLineOption(name, description, valueName);
}

QCommandLineOption flag(const QString &name, const QString &description)
{
    return QCommandLineOption(name, description);
}

const Command *findCommand(const QStringList &args, int *words)
{
    for (int n = std::min<int>(2, int(args.size())); n >= 1; --n) {
        const QStringList head = args.mid(0, n);
        if (std::any_of(head.begin(), head.end(), [](const QString &a) { return a.startsWith(QLatin1Char('-')); }))
            continue;
        const auto it = commands().find(head.join(QLatin1Char(' ')));
        if (it != commands().end()) {
            *words = n;
            return &it->second;
        }
    }
    return nullptr;
}

bool wantsHelp(const Command &cmd, const QStringList &rest)
{
    QCommandLineParser p;
    const bool parsed = parse(cmd, rest, p);
    return helpAsked(p, parsed, rest);
}

bool asksForHelp(const QStringList &args)
{
    if (args.size() == 1 && args.first() == QLatin1String("help"))
        return true;
    for (const QString &a : args) {
        if (a == QLatin1String("--")) // what follows is an argument, not an option
            return false;
        if (isHelpOption(a))
            return true;
    }
    return false;
}

int dispatch(const QStringList &args)
{
    if (args.isEmpty()) {
        printOut(overview({}));
        return ExitUsage;
    }
    if (isHelpOption(args.first()) || args.first() == QLatin1String("help")) {
        printOut(overview({}));
        return ExitOk;
    }
    int words = 0;
    if (const Command *cmd = findCommand(args, &words))
        return runCommand(*cmd, args.mid(words));
    const QString group = args.first();
    if (!isGroup(group)) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "unknown command: %1 (goodcity-cli --help)"), group), gc::Lang::Both));
        return ExitUsage;
    }
    if (args.size() > 1 && isHelpOption(args[1])) {
        printOut(overview(group));
        return ExitOk;
    }
    printErr((args.size() > 1 ? (gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "unknown sub-command: %1 %2"), group, args[1]), gc::Lang::Both) + QStringLiteral("\n"))
                              : (gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "a sub-command is needed")), gc::Lang::Both) + QStringLiteral("\n")))
             + overview(group));
    return ExitUsage;
}

void printErr(const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stderr);
}

void printOut(const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
}

bool checkUsage(const QString &usage, bool shapeOk)
{
    if (!shapeOk)
        printErr(QStringLiteral("usage: goodcity-cli %1").arg(usage));
    return shapeOk;
}

} // namespace gc::cli
