#include "photorenditions.h"

#include "photofiles.h"

namespace gc::server {

Result<std::optional<QByteArray>> PhotoRenditions::get(PhotoFiles &store, const QString &sha256, core::Rendition r,
                                                       const core::RenditionSizes &sizes)
{
    if (r == core::Rendition::Original)
        return store.photo(sha256);
    auto kept = store.rendition(sha256, r);
    if (!kept || *kept)
        return kept;
    auto original = store.photo(sha256);
    if (!original || !*original)
        return original;
    auto made = core::makeRendition(**original, r, sizes);
    if (!made)
        return made.error();
    if (auto put = store.putRendition(sha256, r, *made); !put)
        return put.error();
    return std::optional<QByteArray>(std::move(*made));
}

VoidResult PhotoRenditions::makeAll(PhotoFiles &store, const QString &sha256, const QByteArray &original,
                                    const core::RenditionSizes &sizes)
{
    for (core::Rendition r : {core::Rendition::Thumb, core::Rendition::Preview}) {
        auto kept = store.rendition(sha256, r);
        if (!kept)
            return kept.error();
        if (*kept)
            continue;
        auto made = core::makeRendition(original, r, sizes);
        if (!made)
            return made.error();
        if (auto put = store.putRendition(sha256, r, *made); !put)
            return put;
    }
    return Ok{};
}

} // namespace gc::server
