// W3.6: goodcity-cli makes a QGuiApplication only for the commands that draw (labels, the PDF report);
// every other command runs with no display and no platform plugin, as on a server or in cron.
#include "programrun.h"

#include "command.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using gc::test::ProgramRun;
using gc::test::runProgram;
using gc::test::withoutPlatform;

namespace {

ProgramRun cli(const QStringList &args, const QProcessEnvironment &env = withoutPlatform())
{
    return runProgram(QStringLiteral(GC_CLI_EXE), args, env);
}

} // namespace

TEST_CASE("every goodcity-cli command that draws nothing starts without a platform plugin", "[cli][nogui]")
{
    int core = 0;
    for (const auto &[name, cmd] : gc::cli::commands()) {
        if (cmd.needs != gc::cli::Needs::Core)
            continue;
        ++core;
        // No arguments: the command's own usage error, not Qt aborting for want of a platform plugin.
        const ProgramRun r = cli(name.split(QLatin1Char(' ')));
        INFO(name.toStdString() << ": " << r.err.toStdString());
        CHECK_FALSE(r.crashed);
        CHECK(r.exitCode == gc::cli::ExitUsage);
        CHECK(r.err.contains(QStringLiteral("usage: goodcity-cli ") + name));
    }
    CHECK(core >= 15);
}

TEST_CASE("an inventory is made, imported into, checked and surveyed with no platform plugin", "[cli][nogui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString inv = dir.filePath(QStringLiteral("inv.gpkg"));
    ProgramRun r = cli({QStringLiteral("demo"), QStringLiteral("--out"), inv, QStringLiteral("--assets"), QStringLiteral("30")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = cli({QStringLiteral("stats"), inv, QStringLiteral("--json")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("\"total\": 30")));

    QFile csv(dir.filePath(QStringLiteral("in.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("분류,명칭,경도,위도\n의자,독산동 쉼터 의자,126.9036,37.4748\n");
    csv.close();
    r = cli({QStringLiteral("import"), inv, csv.fileName()});
    CHECK(r.exitCode == 0);
    CHECK(cli({QStringLiteral("verify"), inv}).exitCode == 0);

    r = cli({QStringLiteral("survey"), QStringLiteral("open"), inv, QStringLiteral("--title"), QStringLiteral("2027 수요조사"), QStringLiteral("--deadline"),
             QStringLiteral("2027-06-30")});
    CHECK(r.exitCode == 0);
    r = cli({QStringLiteral("survey"), QStringLiteral("list"), inv});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("2027 수요조사")));

    // A photo judged (it fails: no mark), its verdict printed; not a crash for want of a GUI.
    QImage grey(640, 480, QImage::Format_RGB32);
    grey.fill(QColor(128, 128, 128));
    const QString photo = dir.filePath(QStringLiteral("grey.jpg"));
    REQUIRE(grey.save(photo, "JPEG"));
    r = cli({QStringLiteral("check-photo"), photo, QStringLiteral("--json")});
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == gc::cli::ExitDataProblem);
    CHECK(r.out.contains(QStringLiteral("\"verdict\"")));
}

TEST_CASE("a command that draws gets an offscreen GUI by itself when there is no display", "[cli][nogui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString inv = dir.filePath(QStringLiteral("inv.gpkg"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--out"), inv, QStringLiteral("--assets"), QStringLiteral("10")}).exitCode == 0);
    QProcessEnvironment env = withoutPlatform();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const QString pdf = dir.filePath(QStringLiteral("labels.pdf"));
    const ProgramRun r = cli({QStringLiteral("labels"), inv, QStringLiteral("--out"), pdf}, env);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    CHECK(gc::cli::commands().at(QStringLiteral("labels")).needs == gc::cli::Needs::Gui);
}
