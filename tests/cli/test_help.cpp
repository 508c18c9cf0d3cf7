// W3.6: --help on every command and sub-command of goodcity-cli and goodcity-server, walked from the
// registries the programs themselves dispatch on, and on the load tools. Help needs no display.
#include "programrun.h"

#include "command.h"
#include "servercli.h"

#include <catch2/catch.hpp>

#include <QSet>

using gc::test::ProgramRun;
using gc::test::runProgram;
using gc::test::withoutPlatform;

namespace {

QString dashed(const QCommandLineOption &o)
{
    const QString name = o.names().first();
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// Exit 0, the synopsis first, every option named.
void checkHelp(const ProgramRun &r, const QString &synopsis, const QList<QCommandLineOption> &options)
{
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("usage: ") + synopsis));
    for (const QCommandLineOption &o : options)
        CHECK(r.out.contains(dashed(o)));
    CHECK(r.out.contains(QStringLiteral("--help")));
}

} // namespace

TEST_CASE("every goodcity-cli command and sub-command answers --help and -h with its synopsis and options", "[cli][help]")
{
    const auto &all = gc::cli::commands();
    REQUIRE(all.size() >= 20); // the survey's sub-commands and basemap package are in the registry too
    REQUIRE(all.count(QStringLiteral("basemap package")) == 1);
    for (const auto &[name, cmd] : all) {
        for (const char *help : {"--help", "-h"}) {
            INFO(name.toStdString() << " " << help);
            const QStringList args = name.split(QLatin1Char(' ')) << QLatin1String(help);
            checkHelp(runProgram(QStringLiteral(GC_CLI_EXE), args, withoutPlatform()), QStringLiteral("goodcity-cli ") + cmd.usage, cmd.options);
        }
    }
}

TEST_CASE("goodcity-cli --help lists every command, a group's --help its sub-commands", "[cli][help]")
{
    const ProgramRun top = runProgram(QStringLiteral(GC_CLI_EXE), {QStringLiteral("--help")}, withoutPlatform());
    CHECK(top.exitCode == 0);
    QSet<QString> groups;
    for (const auto &[name, cmd] : gc::cli::commands()) {
        INFO(name.toStdString());
        CHECK(top.out.contains(QStringLiteral("goodcity-cli ") + cmd.usage));
        if (name.contains(QLatin1Char(' ')))
            groups.insert(name.section(QLatin1Char(' '), 0, 0));
    }
    REQUIRE(groups.contains(QStringLiteral("survey")));
    for (const QString &group : groups) {
        const ProgramRun r = runProgram(QStringLiteral(GC_CLI_EXE), {group, QStringLiteral("--help")}, withoutPlatform());
        INFO(group.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 0);
        for (const auto &[name, cmd] : gc::cli::commands())
            if (name.startsWith(group + QLatin1Char(' ')))
                CHECK(r.out.contains(cmd.usage));
        // Without a sub-command the group is a usage error, as before.
        CHECK(runProgram(QStringLiteral(GC_CLI_EXE), {group}, withoutPlatform()).exitCode == 2);
    }
}

TEST_CASE("goodcity-cli names a bad option in Korean and English and exits 2", "[cli][help]")
{
    for (const auto &[name, cmd] : gc::cli::commands()) {
        INFO(name.toStdString());
        // A command that draws starts its GUI first (offscreen when there is no display).
        const ProgramRun r = runProgram(QStringLiteral(GC_CLI_EXE), name.split(QLatin1Char(' ')) << QStringLiteral("--no-such-option"),
                                        cmd.needs == gc::cli::Needs::Core ? withoutPlatform() : QProcessEnvironment::systemEnvironment());
        CHECK_FALSE(r.crashed);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("알 수 없는 옵션 / unknown option: --no-such-option")));
        CHECK(r.err.contains(QStringLiteral("usage: goodcity-cli ") + cmd.usage));
    }
    const ProgramRun missing = runProgram(QStringLiteral(GC_CLI_EXE), {QStringLiteral("demo"), QStringLiteral("--out")}, withoutPlatform());
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--out")));
    CHECK(missing.err.contains(QStringLiteral("옵션")));
    const ProgramRun twice = runProgram(QStringLiteral(GC_CLI_EXE),
                                        {QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("a.gpkg"), QStringLiteral("--out"), QStringLiteral("b.gpkg")},
                                        withoutPlatform());
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(QStringLiteral("given more than once: --out")));
}

TEST_CASE("every goodcity-server command answers --help with its synopsis and options", "[server][help]")
{
    const auto &all = gc::server::ServerCli::commands();
    REQUIRE(all.size() >= 6);
    for (const auto &cmd : all) {
        for (const char *help : {"--help", "-h"}) {
            INFO(cmd.name.toStdString() << " " << help);
            QStringList args = cmd.name.isEmpty() ? QStringList() : cmd.name.split(QLatin1Char(' '));
            args << QLatin1String(help);
            checkHelp(runProgram(QStringLiteral(GC_SERVER_EXE), args), QStringLiteral("goodcity-server ") + cmd.usage,
                      cmd.options + QList{QCommandLineOption(QStringLiteral("store"))});
        }
    }
    // The bare --help is the overview: every command's synopsis.
    const ProgramRun top = runProgram(QStringLiteral(GC_SERVER_EXE), {QStringLiteral("--help")});
    for (const auto &cmd : all)
        CHECK(top.out.contains(QStringLiteral("goodcity-server ") + cmd.usage));
    const ProgramRun user = runProgram(QStringLiteral(GC_SERVER_EXE), {QStringLiteral("user"), QStringLiteral("--help")});
    CHECK(user.exitCode == 0);
    CHECK(user.out.contains(QStringLiteral("user add NAME")));
}

TEST_CASE("goodcity-server names a bad option in Korean and English and exits 2", "[server][help]")
{
    const ProgramRun r = runProgram(QStringLiteral(GC_SERVER_EXE), {QStringLiteral("--store"), QStringLiteral("x.gpkg"), QStringLiteral("init"),
                                                                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:1")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("알 수 없는 옵션 / unknown option: --listen")));
    CHECK(r.err.contains(QStringLiteral("init [--from")));
    const ProgramRun noStore = runProgram(QStringLiteral(GC_SERVER_EXE), {QStringLiteral("init")});
    CHECK(noStore.exitCode == 2);
    CHECK(noStore.err.contains(QStringLiteral("--store STORE init")));
}

TEST_CASE("the load tools answer --help (exit 0) and name a bad option", "[server][help]")
{
    for (const char *exe : {GC_LOAD_EXE, GC_PHOTO_SCALE_EXE}) {
        const QString program = QString::fromUtf8(exe).section(QLatin1Char('/'), -1);
        INFO(program.toStdString());
        for (const char *help : {"--help", "-h"}) {
            const ProgramRun r = runProgram(QString::fromUtf8(exe), {QLatin1String(help)});
            CHECK(r.exitCode == 0);
            CHECK(r.out.startsWith(QStringLiteral("usage: ") + program));
            CHECK(r.out.contains(QStringLiteral("--help")));
        }
        const ProgramRun bad = runProgram(QString::fromUtf8(exe), {QStringLiteral("--no-such-option")});
        CHECK(bad.exitCode != 0);
        CHECK(bad.err.contains(QStringLiteral("unknown option: --no-such-option")));
    }
    const ProgramRun load = runProgram(QStringLiteral(GC_LOAD_EXE), {QStringLiteral("--help")});
    for (const char *option : {"--server", "--user", "--password-stdin", "--clients", "--events", "--batch", "--rate", "--timeout-s", "--server-pid",
                               "--postgres-pid"})
        CHECK(load.out.contains(QLatin1String(option)));
}
