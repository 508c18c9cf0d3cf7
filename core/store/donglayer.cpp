#include "store/donglayer.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

namespace gc::core {

Result<DongLocator> DongLayer::load(const SqliteDb &db)
{
    auto st = db.prepare(QStringLiteral("SELECT adm_code, name_ko, name_en, geom FROM dongs ORDER BY adm_code"));
    if (!st)
        return st.error();
    DongLocator loc;
    while (st->step()) {
        if (auto added = loc.add({st->toText(0), st->toText(1), st->toText(2)}, st->toBlob(3)); !added)
            return added.error();
    }
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return loc;
}

} // namespace gc::core
