#include "model/catalog.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace gc::core;

TEST_CASE("labels follow the language the user chose, codes stay codes", "[catalog]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(catalog::label(catalog::categories(), QStringLiteral("bench")) == QStringLiteral("bench"));
    CHECK(catalog::label(catalog::statuses(), QStringLiteral("installed")) == QStringLiteral("installed (awaiting review)"));
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    CHECK(catalog::label(catalog::categories(), QStringLiteral("bench")) == QStringLiteral("의자"));
    CHECK(catalog::label(catalog::categories(), QStringLiteral("no_such_code")) == QStringLiteral("no_such_code"));
    QLocale::setDefault(before);
}
