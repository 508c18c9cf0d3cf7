#include "filteroption.h"
#include "text.h"

#include "model/catalog.h"
#include "model/donglocator.h"
#include "store/assetstore.h"

namespace gc::cli {

Result<core::AssetFilter> parseFilter(const core::AssetStore &store, const QStringList &specs)
{
    core::AssetFilter f;
    for (const QString &spec : specs) {
        const int eq = spec.indexOf(QLatin1Char('='));
        const QString key = spec.left(eq).trimmed().toLower();
        const QString value = eq < 0 ? QString() : spec.mid(eq + 1).trimmed();
        if (eq < 0 || value.isEmpty())
            return makeError(ErrorCode::Usage, gc::tx(QT_TRANSLATE_NOOP("gc", "must be KEY=VALUE"), spec));
        if (key == QLatin1String("text")) {
            f.text = value;
            continue;
        }
        for (const QString &raw : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString v = raw.trimmed();
            auto coded = [&](std::span<const core::CatalogEntry> list, QStringList &into) -> VoidResult {
                const core::CatalogEntry *e = core::catalog::find(list, v);
                if (!e)
                    return makeError(ErrorCode::Usage, gc::tx(QT_TRANSLATE_NOOP("gc", "unknown value; allowed: %3"), key, v, core::catalog::allowedValues(list)));
                into << QLatin1String(e->code);
                return Ok{};
            };
            VoidResult r = Ok{};
            if (key == QLatin1String("category"))
                r = coded(core::catalog::categories(), f.categories);
            else if (key == QLatin1String("status"))
                r = coded(core::catalog::statuses(), f.statuses);
            else if (key == QLatin1String("method"))
                r = coded(core::catalog::methods(), f.methods);
            else if (key == QLatin1String("department"))
                f.departments << v;
            else if (key == QLatin1String("dong")) {
                auto dongs = store.dongs();
                if (!dongs)
                    return dongs.error();
                const QString code = (*dongs)->codeOf(v);
                if (code.isEmpty())
                    return makeError(ErrorCode::Usage, gc::tx(QT_TRANSLATE_NOOP3("gc", "not a dong of Geumcheon-gu", "filteroption"), v));
                f.dongCodes << code;
            } else
                return makeError(ErrorCode::Usage,
                                 gc::tx(QT_TRANSLATE_NOOP("gc", "unknown key (category, status, method, dong, department, text)"), key));
            if (!r)
                return r.error();
        }
    }
    return f;
}

} // namespace gc::cli
