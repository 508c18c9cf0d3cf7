#pragma once

#include "pgstore.h"
#include "result.h"

#include <libpq-fe.h>

namespace gc::server {

// A PostgreSQL failure in words for the server log: what was tried and what the server said.
Error pgError(const QString &what, const QString &detail);

// Rolls back unless committed, so an error on any path leaves the store as it was.
class PgTx {
public:
    explicit PgTx(pg_conn *c) : m_c(c) { m_ok = PQresultStatus(PgStore::ResultPtr(PQexec(c, "BEGIN")).get()) == PGRES_COMMAND_OK; }
    // The caller sends BEGIN itself, first in a pipeline with what the transaction does (one round
    // trip fewer); this only ends it.
    struct BegunByCaller {};
    PgTx(pg_conn *c, BegunByCaller) : m_c(c), m_ok(true) {}
    ~PgTx()
    {
        if (!m_done)
            PgStore::ResultPtr(PQexec(m_c, "ROLLBACK"));
    }
    bool begun() const { return m_ok; }
    // The caller committed it (COMMIT last in a pipeline).
    void ended() { m_done = true; }
    VoidResult commit();
    // Ends it now rather than when it goes out of scope.
    void rollback()
    {
        if (!m_done)
            PgStore::ResultPtr(PQexec(m_c, "ROLLBACK"));
        m_done = true;
    }

private:
    pg_conn *m_c;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace gc::server
