#include "pgtx.h"
#include "text.h"

namespace gc::server {

Error pgError(const QString &what, const QString &detail)
{
    return makeError(ErrorCode::Postgres,
                     gc::tx(QT_TRANSLATE_NOOP("gc", "%1 failed: %2"), what, detail.trimmed()));
}

VoidResult PgTx::commit()
{
    m_done = true;
    PgStore::ResultPtr r(PQexec(m_c, "COMMIT"));
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK)
        return pgError(QStringLiteral("COMMIT"), QString::fromUtf8(PQerrorMessage(m_c)));
    return Ok{};
}

} // namespace gc::server
