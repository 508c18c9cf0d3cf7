// The words for people (gc::Text) and the error codes (gc::ErrorCode): one catalogue renders Korean,
// English and "Korean / English"; every code keeps its wire name.
#define CATCH_CONFIG_RUNNER
#include "result.h"
#include "text.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTranslator>

using namespace gc;

TEST_CASE("i18n: a converted message renders Korean, English and both from the catalogue", "[i18n]")
{
    // geo/zipwriter.cpp's message, as it builds it: glue around a catalogued sentence.
    const Text t = tx("%1: %2", QStringLiteral("/tmp/a.zip"), tx(QT_TRANSLATE_NOOP("gc", "cannot write the file (%1)"), QStringLiteral("disk full")));
    CHECK(korean("cannot write the file (%1)") == QStringLiteral("파일을 쓸 수 없습니다"));
    CHECK(render(t, Lang::Korean) == QStringLiteral("/tmp/a.zip: 파일을 쓸 수 없습니다"));
    CHECK(render(t, Lang::English) == QStringLiteral("/tmp/a.zip: cannot write the file (disk full)"));
    // Byte for byte what the inline literal "%1: 파일을 쓸 수 없습니다 / cannot write the file (%2)" said.
    CHECK(render(t, Lang::Both) == QStringLiteral("/tmp/a.zip: 파일을 쓸 수 없습니다 / cannot write the file (disk full)"));
    // No translator installed in this process: the app's language is the English source.
    CHECK(render(t, Lang::Ui) == render(t, Lang::English));

    const Error e = makeError(ErrorCode::TooLarge, tx(QT_TRANSLATE_NOOP("gc", "%1 is larger than 2 GiB"), QStringLiteral("b.tif")));
    CHECK(e.message() == QStringLiteral("b.tif이(가) 2 GiB를 넘습니다 / b.tif is larger than 2 GiB"));
    CHECK(e.message(Lang::Korean) == QStringLiteral("b.tif이(가) 2 GiB를 넘습니다"));
    CHECK(e.message(Lang::English) == QStringLiteral("b.tif is larger than 2 GiB"));
}

TEST_CASE("i18n: Lang::Ui follows the translator the app installed", "[i18n]")
{
    const Text t = tx(QT_TRANSLATE_NOOP("gc", "cannot write the file (%1)"), QStringLiteral("x"));
    QTranslator app; // what AppShell installs for the Korean UI
    REQUIRE(app.load(QStringLiteral(":/gc/i18n/goodcity_ko.qm")));
    QCoreApplication::installTranslator(&app);
    CHECK(render(t, Lang::Ui) == QStringLiteral("파일을 쓸 수 없습니다"));
    QCoreApplication::removeTranslator(&app);
    CHECK(render(t, Lang::Ui) == QStringLiteral("cannot write the file (x)"));
}

TEST_CASE("i18n: an argument that is a Text renders in the same language", "[i18n]")
{
    const Text inner = tx(QT_TRANSLATE_NOOP("gc", "cannot write the file (%1)"), QStringLiteral("x"));
    const Text outer = tx(QT_TRANSLATE_NOOP("gc", "%1 is larger than 2 GiB"), inner);
    CHECK(render(outer, Lang::Korean) == QStringLiteral("파일을 쓸 수 없습니다이(가) 2 GiB를 넘습니다"));
    CHECK(render(outer, Lang::English) == QStringLiteral("cannot write the file (x) is larger than 2 GiB"));
    // In "한국어 / English" an argument both halves name is in each half's language…
    CHECK(render(outer, Lang::Both) == QStringLiteral("파일을 쓸 수 없습니다이(가) 2 GiB를 넘습니다 / cannot write the file (x) is larger than 2 GiB"));
    // …and one only one half names is shown there in both (the Korean of "cannot write the file (%1)"
    // leaves the reason out, as the inline literal did).
    const Text why = tx(QT_TRANSLATE_NOOP("gc", "cannot write the file (%1)"), tx(QT_TRANSLATE_NOOP("gc", "%1 is larger than 2 GiB"), QStringLiteral("b")));
    CHECK(render(why, Lang::Both) == QStringLiteral("파일을 쓸 수 없습니다 / cannot write the file (b이(가) 2 GiB를 넘습니다 / b is larger than 2 GiB)"));
    CHECK(render(why, Lang::English) == QStringLiteral("cannot write the file (b is larger than 2 GiB)"));
    // Numbers format as QString::arg does; a placeholder without an argument stays.
    CHECK(render(tx("%1 of %2, %3", 3, 2.5), Lang::English) == QStringLiteral("3 of 2.5, %3"));
    CHECK(render(Text::verbatim(QStringLiteral("%1 stays")), Lang::Both) == QStringLiteral("%1 stays"));
}

TEST_CASE("i18n: a text the catalogue does not have falls back to English", "[i18n]")
{
    const Text t = tx("no catalogue has this sentence (%1)", QStringLiteral("7"));
    CHECK(korean("no catalogue has this sentence (%1)").isEmpty());
    CHECK(render(t, Lang::Korean) == QStringLiteral("no catalogue has this sentence (7)"));
    CHECK(render(t, Lang::Both) == QStringLiteral("no catalogue has this sentence (7)"));
    CHECK(render(t, Lang::English) == QStringLiteral("no catalogue has this sentence (7)"));
}

TEST_CASE("i18n: one English source with two Korean translations is told apart by its disambiguation", "[i18n]")
{
    // core/survey/surveydesk.cpp: a category and a design variant outside the survey read differently in Korean.
    CHECK(korean("not in this survey; allowed: %2", "category") == QStringLiteral("이번 조사 대상 분류가 아닙니다(%1)"));
    CHECK(korean("not in this survey; allowed: %2", "variant") == QStringLiteral("이번 조사 대상 디자인이 아닙니다(%1)"));
    const Text t = tx(QT_TRANSLATE_NOOP3("gc", "not in this survey; allowed: %2", "variant"), QStringLiteral("슬로건"), QStringLiteral("slogan"));
    CHECK(render(t, Lang::Both) == QStringLiteral("이번 조사 대상 디자인이 아닙니다(슬로건) / not in this survey; allowed: slogan"));
    CHECK(render(t, Lang::English) == QStringLiteral("not in this survey; allowed: slogan"));
}

TEST_CASE("i18n: every error code has a unique wire name that round-trips", "[i18n]")
{
    QSet<QString> names;
    for (int i = 0; i < kErrorCodeCount; ++i) {
        const ErrorCode code = ErrorCode(i);
        const QString name = codeName(code);
        INFO(name.toStdString());
        CHECK(!name.isEmpty());
        CHECK(name == name.toLower());
        CHECK(!names.contains(name));
        names.insert(name);
        REQUIRE(parseErrorCode(name).has_value());
        CHECK(*parseErrorCode(name) == code);
    }
    CHECK(names.size() == kErrorCodeCount);
    CHECK(!parseErrorCode(u"no_such_code").has_value());
    // The names programs and tests read today stay as they were.
    CHECK(codeName(ErrorCode::NetworkCut) == QStringLiteral("network_cut"));
    CHECK(codeName(ErrorCode::NotFound) == QStringLiteral("not_found"));
    CHECK(codeName(ErrorCode::Io) == QStringLiteral("io"));
    const Error e = makeError(ErrorCode::ReadOnly, QStringLiteral("읽기 전용 / read only"));
    CHECK(e.code == QStringLiteral("read_only"));
    CHECK(e.code != QStringLiteral("io"));
    CHECK(e.message(Lang::Korean) == QStringLiteral("읽기 전용 / read only")); // not converted yet: as written
}

TEST_CASE("i18n: words recorded in both languages are chosen, never looked up", "[i18n]")
{
    // A check's message as an install event holds it ({"ko": …, "en": …}), read back by the office.
    const Text t = Text::recorded(QStringLiteral("작업 전 사진과 다른 장소로 보입니다"), QStringLiteral("not the place of the before photo"));
    CHECK(!t.isEmpty());
    CHECK(render(t, Lang::Korean) == QStringLiteral("작업 전 사진과 다른 장소로 보입니다"));
    CHECK(render(t, Lang::English) == QStringLiteral("not the place of the before photo"));
    CHECK(render(t, Lang::Both) == QStringLiteral("작업 전 사진과 다른 장소로 보입니다 / not the place of the before photo"));
    // A half left empty by the writer: the other half, in every language; both empty is empty.
    const Text onlyEnglish = Text::recorded(QString(), QStringLiteral("blurred"));
    CHECK(render(onlyEnglish, Lang::Korean) == QStringLiteral("blurred"));
    CHECK(render(onlyEnglish, Lang::Both) == QStringLiteral("blurred"));
    CHECK(inLanguage(Lang::English, QStringLiteral("흐림"), QString()) == QStringLiteral("흐림"));
    CHECK(Text::recorded(QString(), QString()).isEmpty());
    // An argument that is recorded words renders in the message's language.
    const Text outer = tx(QT_TRANSLATE_NOOP("gc", "%1 is larger than 2 GiB"), Text::recorded(QStringLiteral("사진"), QStringLiteral("photo")));
    CHECK(render(outer, Lang::English) == QStringLiteral("photo is larger than 2 GiB"));
    CHECK(render(outer, Lang::Korean) == QStringLiteral("사진이(가) 2 GiB를 넘습니다"));
}

TEST_CASE("i18n: data in both languages follows the app's locale for Lang::Ui", "[i18n]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // what AppShell sets for --language en
    CHECK(localeLanguage() == Lang::English);
    CHECK(inLanguage(Lang::Ui, QStringLiteral("계획"), QStringLiteral("plan")) == QStringLiteral("plan"));
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    CHECK(localeLanguage() == Lang::Korean);
    CHECK(inLanguage(Lang::Ui, QStringLiteral("계획"), QStringLiteral("plan")) == QStringLiteral("계획"));
    CHECK(render(Text::recorded(QStringLiteral("계획"), QStringLiteral("plan")), Lang::Ui) == QStringLiteral("계획"));
    QLocale::setDefault(before);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
