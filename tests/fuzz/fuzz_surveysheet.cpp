// Fuzz target: a department's filled survey sheet (CSV or XLSX). The first byte picks the format and
// the encoding option; the rest is the file. Refused sheets must not change the saved answer.
#include "fuzzsupport.h"

#include "store/assetstore.h"
#include "survey/surveydesk.h"
#include "survey/surveysheet.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    gc::fuzz::init();
    gc::core::AssetStore &store = gc::fuzz::inventory();
    static const gc::core::SurveyCampaign campaign = [&store] {
        gc::core::SurveyDesk desk(store);
        auto c = desk.open(QStringLiteral("퍼징 수요조사"), QStringLiteral("2099-12-31"), {}, {});
        if (!c) {
            std::fprintf(stderr, "%s\n", qPrintable(c.error().message()));
            std::abort();
        }
        return *c;
    }();
    static const char *kExt[] = {"csv", "xlsx"};
    static const char *kEncoding[] = {"", "CP949", "UTF-8", ""};
    const QString ext = QString::fromLatin1(kExt[data[0] & 1]);
    const QString encoding = QString::fromLatin1(kEncoding[(data[0] >> 1) & 3]);
    const QString path = gc::fuzz::writeScratch(QStringLiteral("sheet.") + ext,
                                                QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    const qint64 before = store.eventCount();
    auto r = gc::core::SurveySheet::import(store, campaign, QStringLiteral("공원녹지과"), path, encoding, false);
    if (!(r && r->ok()) && store.eventCount() != before) {
        std::fprintf(stderr, "a refused sheet changed the inventory\n");
        std::abort();
    }
    return 0;
}
