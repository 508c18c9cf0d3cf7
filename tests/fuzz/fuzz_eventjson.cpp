// Fuzz target: an event as it arrives from the sync server or another device (JSON). Whatever
// eventjson::fromJson accepts must survive the round trip through toJson unchanged.
#include "fuzzsupport.h"

#include "log/eventjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace {

void check(const QJsonObject &o)
{
    auto e = gc::core::eventjson::fromJson(o);
    if (!e)
        return;
    const QJsonObject again = gc::core::eventjson::toJson(*e);
    auto back = gc::core::eventjson::fromJson(again);
    if (!back || gc::core::eventjson::toJson(*back) != again) {
        std::fprintf(stderr, "an accepted event does not survive toJson/fromJson\n");
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    gc::fuzz::init();
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (doc.isObject())
        check(doc.object());
    else if (doc.isArray())
        for (const QJsonValue &v : doc.array())
            check(v.toObject());
    return 0;
}
