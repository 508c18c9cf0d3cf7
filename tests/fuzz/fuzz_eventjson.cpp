// Fuzz target: an event as it arrives from the sync server or another device (JSON). Whatever
// eventjson::fromJson accepts must survive the round trip through toJson unchanged, and its payload
// the round trip through its kind's typed struct (model/payloads.h), checked by the same definition.
// It is then projected as a device projects it, through the same typed structs (the asset fold, the
// photo row, the survey and field tables' folds), and what the typed writers make of the projected
// asset or sheet row must project back to the same.
#include "fuzzsupport.h"

#include "model/assetfields.h"
#include "model/eventdomain.h"
#include "field/fieldtables.h"
#include "model/eventjson.h"
#include "store/eventreducer.h"
#include "model/payloads.h"
#include "store/surveyreducer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace {

void project(const gc::core::Event &e);

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
    project(*e);
}

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "%s\n", what);
    std::abort();
}

// The asset's every field, written by the typed writer and read back by the typed fold, is the asset.
void checkAsset(const gc::core::Event &e)
{
    using namespace gc::core;
    Asset a;
    bool exists = false;
    reducer::apply(a, exists, e);
    // Whatever was accepted, no place outside the district reaches a tablet's spatial index (A1 of the
    // outside pass of 8 December 2026: x = 1e308 made every tablet's file "damaged").
    if (a.hasLocation && !district::containsPlace(a.x, a.y))
        fail("an accepted event put a place outside the district into the asset");
    QStringList keys{QStringLiteral("geom")};
    for (const AssetField &f : assetfields::all())
        keys << QLatin1String(f.key);
    Asset again;
    again.uuid = a.uuid;
    again.createdAt = a.createdAt;
    again.updatedAt = a.updatedAt;
    reducer::applyFields(again, AssetFieldsPayload::read(reducer::changedPayload(a, keys).toJson()));
    if (!(again == a))
        fail("a projected asset does not survive the typed asset.updated payload");
}

// Each sheet row the fold read, written by the typed writer and read again, is the same row.
void checkSurvey(const gc::core::Event &e)
{
    using namespace gc::core;
    SurveyBook book;
    surveyreducer::apply(book, e);
    (void)surveyreducer::scopeOf(e);
    for (const auto &[id, row] : book.rows) {
        SurveyRow again = surveyreducer::rowFrom(SurveyRowItem::read(surveyreducer::rowToJson(row)));
        again.surveyId = row.surveyId;
        again.department = row.department;
        again.seq = row.seq;
        again.resultAssetUuid = row.resultAssetUuid;
        if (!(again == row))
            fail("a projected sheet row does not survive the typed row writer");
    }
}

void project(const gc::core::Event &e)
{
    using namespace gc::core;
    if (reducer::touchesAsset(e.kind))
        checkAsset(e);
    if (e.kind == QLatin1String(EventKind::PhotoAdded))
        (void)reducer::photoRow(e);
    if (reducer::touchesSurvey(e.kind))
        checkSurvey(e);
    if (FieldTables::handles(e.kind)) {
        FieldBook book;
        FieldTables::apply(book, e);
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
