#include "filteroption.h"

#include "domain/catalog.h"
#include "domain/donglocator.h"
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
            return makeError(ErrorCode::Usage, QStringLiteral("--filter '%1': KEY=VALUE 형식이어야 합니다 / must be KEY=VALUE").arg(spec));
        if (key == QLatin1String("text")) {
            f.text = value;
            continue;
        }
        for (const QString &raw : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString v = raw.trimmed();
            auto coded = [&](std::span<const core::CatalogEntry> list, QStringList &into) -> VoidResult {
                const core::CatalogEntry *e = core::catalog::find(list, v);
                if (!e)
                    return makeError(ErrorCode::Usage, QStringLiteral("--filter %1: '%2'은(는) 없는 값입니다. 가능한 값 / unknown value; allowed: %3")
                                                                  .arg(key, v, core::catalog::allowedValues(list)));
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
                    return makeError(ErrorCode::Usage, QStringLiteral("--filter dong: '%1'은(는) 금천구의 행정동이 아닙니다 / not a dong of Geumcheon-gu").arg(v));
                f.dongCodes << code;
            } else
                return makeError(ErrorCode::Usage,
                                 QStringLiteral("--filter '%1': 알 수 없는 항목 / unknown key (category, status, method, dong, department, text)").arg(key));
            if (!r)
                return r.error();
        }
    }
    return f;
}

} // namespace gc::cli
