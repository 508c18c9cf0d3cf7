// Fuzz target: the asset importer on a CSV, GeoJSON, XLSX or shapefile attribute table (.dbf), as an
// office would send it. The first byte picks the format and the encoding option; the rest is the file.
// Anything may be refused, nothing may crash, and a refused file must leave the inventory as it was.
#include "fuzzsupport.h"

#include "io/assetimporter.h"
#include "store/assetstore.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    gc::fuzz::init();
    static const char *kExt[] = {"csv", "geojson", "xlsx", "dbf"};
    static const char *kEncoding[] = {"", "CP949", "UTF-8", ""};
    const QString ext = QString::fromLatin1(kExt[data[0] & 3]);
    gc::core::AssetImporter::Options o;
    o.encoding = QString::fromLatin1(kEncoding[(data[0] >> 2) & 3]);
    const QString path = gc::fuzz::writeScratch(QStringLiteral("input.") + ext,
                                                QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    gc::core::AssetStore &store = gc::fuzz::inventory();
    const qint64 before = store.eventCount();
    auto r = gc::core::AssetImporter::run(store, path, o);
    const bool imported = r && r->ok() && r->imported > 0;
    if (!imported && store.eventCount() != before) {
        std::fprintf(stderr, "a refused import changed the inventory\n");
        std::abort();
    }
    return 0;
}
