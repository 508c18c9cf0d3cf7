// Errors of geo and core, converted to gc::Text: the same error renders Korean, English and the
// "한국어 / English" the CLI printed before, from the one catalogue.
#include "rasterlayer.h"
#include "store/assetstore.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace gc;

TEST_CASE("i18n: a geo error renders Korean, English and both, and keeps its code", "[i18n]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.tif"));
    auto r = geo::RasterLayer::open(path);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::NotFound);
    CHECK(codeName(r.error().code) == QStringLiteral("not_found"));
    CHECK(r.error().message(Lang::Korean) == path + QStringLiteral(": 파일이 없습니다"));
    CHECK(r.error().message(Lang::English) == path + QStringLiteral(": file not found"));
    CHECK(r.error().message() == path + QStringLiteral(": 파일이 없습니다 / file not found"));
}

TEST_CASE("i18n: a core store error renders Korean, English and both", "[i18n]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.gpkg"));
    auto s = core::AssetStore::open(path);
    REQUIRE_FALSE(s);
    CHECK(s.error().code == QStringLiteral("not_found"));
    CHECK(s.error().message(Lang::Korean) == path + QStringLiteral(": 파일이 없습니다"));
    CHECK(s.error().message(Lang::English) == path + QStringLiteral(": no such file"));
    CHECK(s.error().message(Lang::Both) == path + QStringLiteral(": 파일이 없습니다 / no such file"));
}
