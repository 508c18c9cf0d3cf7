#include "store/assetsnapshot.h"
#include "model/catalog.h"

#include <algorithm>

namespace gc::core {

namespace {
uint8_t indexIn(std::span<const CatalogEntry> list, const QString &code, uint8_t fallback)
{
    for (size_t i = 0; i < list.size(); ++i)
        if (code == QLatin1String(list[i].code))
            return uint8_t(i);
    return fallback;
}
} // namespace

uint8_t AssetSnapshot::categoryIndex(const QString &code)
{
    return indexIn(catalog::categories(), code, uint8_t(catalog::categories().size() - 1));
}

uint8_t AssetSnapshot::statusIndex(const QString &code)
{
    return indexIn(catalog::statuses(), code, 0);
}

uint8_t AssetSnapshot::methodIndex(const QString &code)
{
    return indexIn(catalog::methods(), code, 255);
}

qint64 AssetSnapshot::indexOf(qint64 fid) const
{
    const auto it = std::lower_bound(fids.begin(), fids.end(), fid);
    return it != fids.end() && *it == fid ? qint64(it - fids.begin()) : -1;
}

} // namespace gc::core
