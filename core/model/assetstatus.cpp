#include "model/assetstatus.h"
#include "text.h"

#include <array>
#include <utility>

namespace gc::core {

namespace {
using S = AssetStatus;

// Indexed by AssetStatus.
constexpr std::array<CatalogEntry, 6> kStatuses{{
    {"planned", "계획", "planned"},
    {"assigned", "배정", "assigned"},
    {"installed", "설치(검수 대기)", "installed (awaiting review)"},
    {"verified", "검수 완료", "verified"},
    {"needs_attention", "조치 필요", "needs attention"},
    {"cancelled", "취소", "cancelled"},
}};

// Every allowed (from, to). Assigned → assigned is a reassignment to another crew; installed →
// assigned sends a rejected install back; verified only reopens when something is wrong again.
constexpr std::pair<S, S> kTransitions[] = {
    {S::Planned, S::Assigned},        {S::Planned, S::Installed},        {S::Planned, S::NeedsAttention},
    {S::Planned, S::Cancelled},       {S::Assigned, S::Assigned},        {S::Assigned, S::Planned},
    {S::Assigned, S::Installed},      {S::Assigned, S::NeedsAttention},  {S::Assigned, S::Cancelled},
    {S::Installed, S::Verified},      {S::Installed, S::NeedsAttention}, {S::Installed, S::Assigned},
    {S::Verified, S::NeedsAttention}, {S::NeedsAttention, S::Planned},   {S::NeedsAttention, S::Assigned},
    {S::NeedsAttention, S::Installed}, {S::NeedsAttention, S::Cancelled}, {S::Cancelled, S::Planned},
};

QString labelKo(const QString &code)
{
    const auto s = assetStatusFromString(code);
    return s ? QString::fromUtf8(kStatuses[size_t(*s)].ko) : code;
}
} // namespace

std::span<const CatalogEntry> assetStatusEntries() { return kStatuses; }

QString toString(AssetStatus status) { return QLatin1String(kStatuses[size_t(status)].code); }

Result<AssetStatus> assetStatusFromString(const QString &code)
{
    for (size_t i = 0; i < kStatuses.size(); ++i) {
        if (code == QLatin1String(kStatuses[i].code))
            return AssetStatus(i);
    }
    return makeError(ErrorCode::Invalid, tx(QT_TRANSLATE_NOOP("gc", "unknown status: %1"), code));
}

bool isAssetStatus(const QString &code, AssetStatus status) { return code == QLatin1String(kStatuses[size_t(status)].code); }

bool isAllowedTransition(AssetStatus from, AssetStatus to)
{
    for (const auto &[f, t] : kTransitions) {
        if (f == from && t == to)
            return true;
    }
    return false;
}

bool isAllowedTransition(const QString &from, AssetStatus to)
{
    const auto f = assetStatusFromString(from);
    return f && isAllowedTransition(*f, to);
}

VoidResult checkTransition(const QString &code, const QString &from, const QString &to)
{
    const auto t = assetStatusFromString(to);
    if (!t)
        return t.error();
    if (!isAllowedTransition(from, *t))
        return makeError(ErrorCode::InvalidTransition,
                         tx("%1: %2", code, tx(QT_TRANSLATE_NOOP("gc", "cannot go from %3 to %4"), labelKo(from), labelKo(to), from, to)));
    return Ok{};
}

unsigned assetStatusRgb(int s)
{
    // Catalog order: planned, assigned, installed, verified, needs_attention, cancelled.
    static const unsigned colors[] = {0xffbdbdbd, 0xff4285f4, 0xfffbbc04, 0xff0f9d58, 0xffdb4437, 0xff616161};
    return s >= 0 && s < int(std::size(colors)) ? colors[s] : 0xff000000;
}

} // namespace gc::core
