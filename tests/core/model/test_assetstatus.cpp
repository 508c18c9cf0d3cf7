// The rollout's statuses and photo verdicts: one string mapping each, one transition table.
#include "model/assetstatus.h"
#include "model/catalog.h"
#include "model/photoverdict.h"

#include <catch2/catch.hpp>

using namespace gc::core;

TEST_CASE("statuses map to the codes the inventory stores and back, unknown codes are errors", "[domain][status]")
{
    for (AssetStatus s : {AssetStatus::Planned, AssetStatus::Assigned, AssetStatus::Installed, AssetStatus::Verified,
                          AssetStatus::NeedsAttention, AssetStatus::Cancelled}) {
        auto back = assetStatusFromString(toString(s));
        REQUIRE(back.ok());
        CHECK(*back == s);
        CHECK(catalog::isValid(catalog::statuses(), toString(s)));
    }
    CHECK(toString(AssetStatus::NeedsAttention) == QStringLiteral("needs_attention"));
    auto bad = assetStatusFromString(QStringLiteral("done"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("invalid"));
    CHECK(bad.error().message().contains(QStringLiteral("done")));
}

TEST_CASE("the transition table lets work move forward and reopen, never skip review", "[domain][status]")
{
    CHECK(isAllowedTransition(AssetStatus::Assigned, AssetStatus::Installed));
    CHECK(isAllowedTransition(AssetStatus::Installed, AssetStatus::Verified));
    CHECK(isAllowedTransition(AssetStatus::Verified, AssetStatus::NeedsAttention));
    CHECK_FALSE(isAllowedTransition(AssetStatus::Verified, AssetStatus::Installed));
    CHECK_FALSE(isAllowedTransition(AssetStatus::Assigned, AssetStatus::Verified));
    CHECK_FALSE(isAllowedTransition(AssetStatus::Installed, AssetStatus::Installed));
    CHECK_FALSE(isAllowedTransition(QStringLiteral("bogus"), AssetStatus::Planned));
    auto refused = checkTransition(QStringLiteral("GC-SIGN-000001"), QStringLiteral("verified"), QStringLiteral("installed"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("invalid_transition"));
    CHECK(refused.error().message().contains(QStringLiteral("GC-SIGN-000001")));
}

TEST_CASE("photo verdicts need a look in the order fail, error, review, pass", "[domain][verdict]")
{
    CHECK(reviewRank(PhotoVerdict::Fail) < reviewRank(PhotoVerdict::Error));
    CHECK(reviewRank(PhotoVerdict::Error) < reviewRank(PhotoVerdict::Review));
    CHECK(reviewRank(PhotoVerdict::Review) < reviewRank(PhotoVerdict::Pass));
    CHECK(worse(PhotoVerdict::Pass, PhotoVerdict::Review) == PhotoVerdict::Review);
    CHECK(worse(PhotoVerdict::Fail, PhotoVerdict::Review) == PhotoVerdict::Fail);
}
