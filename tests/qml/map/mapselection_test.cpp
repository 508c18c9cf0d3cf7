// What the map keeps selected when the selection changes or a filter replaces the scene under it.
#include "assetscene.h"
#include "mapselection.h"

#include <catch2/catch.hpp>

using gc::ui::AssetScene;
using gc::ui::MapSelection;

namespace {

// Three benches in a row, fids 10, 20 and 30.
std::shared_ptr<const gc::core::AssetSnapshot> threeAssets()
{
    auto s = std::make_shared<gc::core::AssetSnapshot>();
    s->fids = {10, 20, 30};
    s->xs = {191000, 191010, 191020};
    s->ys = {541000, 541000, 541000};
    s->category.assign(3, gc::core::AssetSnapshot::categoryIndex(QStringLiteral("bench")));
    s->status.assign(3, gc::core::AssetSnapshot::statusIndex(QStringLiteral("planned")));
    s->method.assign(3, 255);
    s->dong.assign(3, 0);
    s->department.assign(3, 0);
    s->dongCodes = {QStringLiteral("1154563000")};
    s->departments = {QString()};
    return s;
}

QVariantList fids(std::initializer_list<qint64> list)
{
    QVariantList out;
    for (qint64 f : list)
        out << f;
    return out;
}

} // namespace

TEST_CASE("A box selection lists its fids and closes a card that is not its one asset", "[map][selection]")
{
    const auto snap = threeAssets();
    const auto all = AssetScene::build(snap, {1, 1, 1});
    MapSelection sel;
    auto c = sel.selectOne(30, 2);
    CHECK(c.selection);
    CHECK_FALSE(c.card);
    sel.setCard({{QStringLiteral("fid"), 30}});
    CHECK(sel.takeDirty());
    CHECK_FALSE(sel.takeDirty());

    c = sel.select(*all, {0, 1});
    CHECK(c.selection);
    CHECK(c.card);
    CHECK(sel.fids() == fids({10, 20}));
    CHECK(sel.cardFid() == -1);
    CHECK(sel.card().isEmpty());
    CHECK(sel.takeDirty());

    c = sel.clear();
    CHECK(c.selection);
    CHECK_FALSE(c.card);
    CHECK(sel.fids().isEmpty());
    c = sel.clear();
    CHECK_FALSE(c.selection); // nothing was selected
}

TEST_CASE("A new scene keeps the selected assets it still shows, and their open card", "[map][selection]")
{
    const auto snap = threeAssets();
    const auto all = AssetScene::build(snap, {1, 1, 1});
    const auto without20 = AssetScene::build(snap, {1, 0, 1});
    MapSelection sel;

    sel.selectOne(30, 2);
    sel.setCard({{QStringLiteral("fid"), 30}});
    auto c = sel.rebase(*without20);
    CHECK_FALSE(c.card); // 30 is still shown: its card stays open
    CHECK(sel.cardFid() == 30);
    CHECK(sel.members() == std::vector<uint32_t>{1}); // its member number in the new scene
    CHECK(sel.fids() == fids({30}));

    sel.selectOne(20, 1);
    sel.setCard({{QStringLiteral("fid"), 20}});
    c = sel.rebase(*without20);
    CHECK(c.card); // 20 is filtered out: the card goes
    CHECK(c.selection);
    CHECK(sel.cardFid() == -1);
    CHECK(sel.card().isEmpty());
    CHECK(sel.fids().isEmpty());

    sel.select(*all, {0, 1, 2});
    sel.rebase(*without20);
    CHECK(sel.fids() == fids({10, 30}));
}
