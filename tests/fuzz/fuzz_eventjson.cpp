// Fuzz target: an event as it arrives from the sync server or another device (JSON). Whatever
// eventjson::fromJson accepts must survive the round trip through toJson unchanged, and its payload
// the round trip through its kind's typed struct (log/payloads.h), checked by the same definition.
#include "fuzzsupport.h"

#include "log/eventjson.h"
#include "log/payloads.h"

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
    const gc::core::payloads::TypedKind *typed = gc::core::payloads::find(e->kind);
    const auto payload = typed ? typed->roundTrip(e->payload, e->kind) : gc::Result<QJsonObject>(gc::makeError(gc::ErrorCode::Invalid, QString()));
    if (!payload || *payload != e->payload) {
        std::fprintf(stderr, "an accepted payload does not survive its kind's typed struct\n");
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
