// The one conflict rule both server stores apply (core/sync/conflictrule.h).
#include "sync/conflictrule.h"

#include <catch2/catch.hpp>

using namespace gc::core;

namespace {
Event edit(const QString &id, const QString &device, const QString &kind = QLatin1String(EventKind::AssetUpdated))
{
    return Event{id, {}, {}, QStringLiteral("office1"), device, kind, QStringLiteral("asset-1"), {}};
}
StoredEdit stored(qint64 seq, const QString &id, const QString &device, const QString &kind = QLatin1String(EventKind::AssetUpdated),
                  const QString &pushedBy = QStringLiteral("office1"))
{
    return StoredEdit{seq, id, kind, device, pushedBy};
}
const QString kOffice = QStringLiteral("office1");
} // namespace

TEST_CASE("an asset edit conflicts with the newest edit from another device the pusher had not pulled", "[sync][conflict]")
{
    const std::vector<StoredEdit> earlier{stored(3, QStringLiteral("e3"), QStringLiteral("dev-b")),
                                          stored(9, QStringLiteral("e9"), QStringLiteral("dev-c"), QLatin1String(EventKind::AssetStatus)),
                                          stored(5, QStringLiteral("e5"), QStringLiteral("dev-b"))};
    CHECK(conflictrule::conflictWith(edit(QStringLiteral("n"), QStringLiteral("dev-a")), kOffice, 2, earlier) == QStringLiteral("e9"));
    // Pulled up to 9: it saw them all.
    CHECK_FALSE(conflictrule::conflictWith(edit(QStringLiteral("n"), QStringLiteral("dev-a")), kOffice, 9, earlier));
    // Pulled up to 4: only e5 and e9 were unseen; the newest wins.
    CHECK(conflictrule::conflictWith(edit(QStringLiteral("n"), QStringLiteral("dev-a")), kOffice, 4, earlier) == QStringLiteral("e9"));
}

TEST_CASE("a device's own earlier edits, photos and events of no asset never conflict", "[sync][conflict]")
{
    const std::vector<StoredEdit> own{stored(4, QStringLiteral("e4"), QStringLiteral("dev-a"))};
    CHECK_FALSE(conflictrule::conflictWith(edit(QStringLiteral("n"), QStringLiteral("dev-a")), kOffice, 0, own));
    const std::vector<StoredEdit> photo{stored(4, QStringLiteral("p4"), QStringLiteral("dev-b"), QLatin1String(EventKind::PhotoAdded))};
    CHECK_FALSE(conflictrule::conflictWith(edit(QStringLiteral("n"), QStringLiteral("dev-a")), kOffice, 0, photo));
    const std::vector<StoredEdit> other{stored(4, QStringLiteral("e4"), QStringLiteral("dev-b"))};
    CHECK_FALSE(conflictrule::conflictWith(edit(QStringLiteral("n"), QStringLiteral("dev-a"), QLatin1String(EventKind::PhotoAdded)), kOffice, 0, other));
    Event noAsset = edit(QStringLiteral("n"), QStringLiteral("dev-a"));
    noAsset.assetUuid.clear();
    CHECK_FALSE(conflictrule::applies(noAsset));
    CHECK_FALSE(conflictrule::conflictWith(noAsset, kOffice, 0, other));
    // The same event seen again is not a conflict with itself.
    CHECK_FALSE(conflictrule::conflictWith(edit(QStringLiteral("e4"), QStringLiteral("dev-a")), kOffice, 0, other));
}

TEST_CASE("a forged device name does not hide another user's edit", "[sync][conflict]")
{
    // crew1 names office1's tablet as its device: the edit is still office1's, not its own.
    const std::vector<StoredEdit> office{stored(4, QStringLiteral("e4"), QStringLiteral("tab-office"))};
    CHECK(conflictrule::conflictWith(edit(QStringLiteral("n"), QStringLiteral("tab-office")), QStringLiteral("crew1"), 0, office)
          == QStringLiteral("e4"));
    CHECK_FALSE(conflictrule::conflictWith(edit(QStringLiteral("n"), QStringLiteral("tab-office")), kOffice, 0, office));
}

TEST_CASE("a claimed base cursor counts only up to what the user was served", "[sync][conflict]")
{
    CHECK(conflictrule::trustedBase(50, 80) == 50);
    CHECK(conflictrule::trustedBase(1'000'000, 80) == 80);
    CHECK(conflictrule::trustedBase(-5, 80) == 0);
    CHECK(conflictrule::trustedBase(50, 0) == 0);
}

TEST_CASE("the asset kinds are listed once", "[sync][conflict]")
{
    for (const char *k : EventKind::AssetKinds)
        CHECK(EventKind::isAssetKind(QLatin1String(k)));
    CHECK_FALSE(EventKind::isAssetKind(QLatin1String(EventKind::PhotoAdded)));
    CHECK_FALSE(EventKind::isAssetKind(QLatin1String(EventKind::SurveyOpened)));
    CHECK_FALSE(EventKind::isAssetKind(QStringLiteral("asset.")));
}
