#include "photocheckfixture.h"
#include "photofixtures.h"

#include <catch2/catch.hpp>

namespace gc::test {

const core::PhotoChecker &checker()
{
    static core::PhotoChecker c = [] {
        auto r = core::PhotoChecker::create(core::PhotoCheckThresholds{});
        REQUIRE(r.ok());
        return std::move(*r);
    }();
    return c;
}

const cv::Mat &colourMark()
{
    static const cv::Mat m = loadBgra(brandDir() + QStringLiteral("/goodcity_mark_color.png"));
    return m;
}

} // namespace gc::test
