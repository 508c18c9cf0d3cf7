#include "model/asset.h"
#include "model/assetfilter.h"
#include "store/assetstore.h"
#include "demo/demogenerator.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>

using namespace gc::core;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<AssetStore> store;
    std::vector<Asset> all;
    Fixture()
    {
        REQUIRE(dir.isValid());
        auto s = AssetStore::create(dir.filePath(QStringLiteral("inv.gpkg")));
        REQUIRE(s.ok());
        store = std::move(*s);
        DemoGenerator::Options o;
        o.assets = 600;
        REQUIRE(DemoGenerator::fill(*store, o).ok());
        auto a = store->assets();
        REQUIRE(a.ok());
        all = *a;
    }
    QSet<QString> run(const AssetFilter &f) const
    {
        const auto sql = f.toSql();
        auto st = StoreAccess::db(*store).prepare(QStringLiteral("SELECT uuid FROM assets WHERE ") + sql.where);
        REQUIRE(st.ok());
        sql.bind(*st);
        QSet<QString> out;
        while (st->step())
            out.insert(st->toText(0));
        REQUIRE_FALSE(st->failed());
        return out;
    }
    QSet<QString> expected(const std::function<bool(const Asset &)> &keep) const
    {
        QSet<QString> out;
        for (const Asset &a : all)
            if (keep(a))
                out.insert(a.uuid);
        return out;
    }
};

} // namespace

TEST_CASE("Each filter field selects exactly the matching assets", "[filter]")
{
    Fixture fx;
    const Asset &probe = fx.all[17];

    AssetFilter none;
    CHECK(none.isEmpty());
    CHECK(fx.run(none).size() == int(fx.all.size()));

    AssetFilter f;
    f.categories = {probe.category};
    CHECK(fx.run(f) == fx.expected([&](const Asset &a) { return a.category == probe.category; }));

    f = {};
    f.statuses = {QStringLiteral("verified"), QStringLiteral("needs_attention")};
    CHECK(fx.run(f) == fx.expected([](const Asset &a) {
        return a.status == QLatin1String("verified") || a.status == QLatin1String("needs_attention");
    }));

    f = {};
    f.dongCodes = {probe.dongCode};
    f.departments = {probe.department};
    CHECK(fx.run(f) == fx.expected([&](const Asset &a) { return a.dongCode == probe.dongCode && a.department == probe.department; }));
    CHECK(fx.run(f).contains(probe.uuid));

    f = {};
    f.methods = {probe.method};
    CHECK(fx.run(f) == fx.expected([&](const Asset &a) { return a.method == probe.method; }));
}

TEST_CASE("Text search matches code, name and addresses, every word", "[filter]")
{
    Fixture fx;
    const Asset &probe = fx.all[42];
    AssetFilter f;
    f.text = probe.code;
    CHECK(fx.run(f) == QSet<QString>{probe.uuid});

    const QString word = probe.addressRoad.isEmpty() ? probe.addressJibun.section(QLatin1Char(' '), 0, 0)
                                                     : probe.addressRoad.section(QLatin1Char(' '), -2, -2);
    REQUIRE_FALSE(word.isEmpty());
    f.text = word;
    CHECK(fx.run(f) == fx.expected([&](const Asset &a) {
        return a.code.contains(word, Qt::CaseInsensitive) || a.name.contains(word, Qt::CaseInsensitive)
               || a.addressJibun.contains(word, Qt::CaseInsensitive) || a.addressRoad.contains(word, Qt::CaseInsensitive);
    }));

    // Two words narrow: the code and a word that is not in it.
    f.text = probe.code + QStringLiteral(" zzz-no-such-word");
    CHECK(fx.run(f).isEmpty());
}

TEST_CASE("Search text is data, never SQL or a wildcard", "[filter]")
{
    Fixture fx;
    AssetFilter f;
    f.text = QStringLiteral("%");
    CHECK(fx.run(f).isEmpty());
    f.text = QStringLiteral("_");
    CHECK(fx.run(f) == fx.expected([](const Asset &a) {
        return a.code.contains(QLatin1Char('_')) || a.name.contains(QLatin1Char('_')) || a.addressJibun.contains(QLatin1Char('_'))
               || a.addressRoad.contains(QLatin1Char('_'));
    }));
    f.text = QStringLiteral("' OR 1=1 --");
    CHECK(fx.run(f).isEmpty());
    const auto sql = f.toSql(QStringLiteral("a"));
    CHECK_FALSE(sql.where.contains(QLatin1String("OR 1=1")));
    CHECK(sql.where.contains(QLatin1String("a.\"code\"")));
}
