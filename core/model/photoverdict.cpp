#include "model/photoverdict.h"

#include <array>

namespace gc::core {

namespace {
// Indexed by PhotoVerdict.
constexpr std::array<const char *, 4> kNames{"pass", "review", "fail", "error"};
} // namespace

QString toString(PhotoVerdict verdict) { return QLatin1String(kNames[size_t(verdict)]); }

PhotoVerdict photoVerdictFromString(const QString &text)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (text == QLatin1String(kNames[i]))
            return PhotoVerdict(i);
    }
    return PhotoVerdict::Error;
}

int reviewRank(PhotoVerdict verdict)
{
    switch (verdict) {
    case PhotoVerdict::Fail: return 0;
    case PhotoVerdict::Error: return 1;
    case PhotoVerdict::Review: return 2;
    case PhotoVerdict::Pass: return 3;
    }
    return 1;
}

PhotoVerdict worse(PhotoVerdict a, PhotoVerdict b) { return reviewRank(b) < reviewRank(a) ? b : a; }

} // namespace gc::core
