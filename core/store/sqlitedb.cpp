#include "store/sqlitedb.h"
#include "text.h"
#include "store/statement.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace gc::core {

void SqliteDb::Closer::operator()(sqlite3 *db) const { sqlite3_close_v2(db); }

Result<SqliteDb> SqliteDb::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    if (path.startsWith(QLatin1String("file:")))
        flags |= SQLITE_OPEN_URI;
    // SQLite opens a read-only file "read-write" for root and fails only at the first write; the office
    // makes an inventory read-only on purpose to freeze it, so refuse before anything is written.
    if (mode == Mode::ReadWrite && !path.startsWith(QLatin1String("file:"))) {
        const QFileInfo fi(path);
        if (fi.exists() && (!fi.isWritable() || !(fi.permissions() & QFileDevice::WriteOwner)))
            return makeError(ErrorCode::ReadOnly,
                             tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "the file is read-only and was not changed; make it writable or work on a copy"))));
    }
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    SqliteDb db;
    db.m_db.reset(raw);
    db.m_path = path;
    if (rc != SQLITE_OK) {
        const QString msg = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QStringLiteral("out of memory");
        return makeError(ErrorCode::OpenFailed,
                         tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "cannot open the file (%1)"), msg)));
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    return db;
}

VoidResult SqliteDb::exec(const QString &sql) const
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db.get(), sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        Text msg = Text::verbatim(err ? QString::fromUtf8(err) : lastError());
        sqlite3_free(err);
        const int prim = rc & 0xff;
        if (prim == SQLITE_FULL || prim == SQLITE_IOERR) // a full disk or a file-size limit (EFBIG) mid-write
            msg = tx("%1: %2 (%3)", m_path, tx(QT_TRANSLATE_NOOP("gc", "the disk is full or a file-size limit was hit; nothing was changed")), msg);
        const ErrorCode code = prim == SQLITE_FULL || prim == SQLITE_IOERR ? ErrorCode::DiskFull
                               : prim == SQLITE_READONLY                  ? ErrorCode::ReadOnly
                               : prim == SQLITE_NOTADB                    ? ErrorCode::NotADatabase
                                                                          : ErrorCode::Sqlite;
        return makeError(code, tx("%1 [%2]", msg, sql.simplified().left(120)));
    }
    return Ok{};
}

Result<Statement> SqliteDb::prepare(const QString &sql) const
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db.get(), utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        const ErrorCode code = (rc & 0xff) == SQLITE_NOTADB ? ErrorCode::NotADatabase : ErrorCode::Sqlite;
        return makeError(code, tx("%1 [%2]", lastError(), sql.simplified().left(120)));
    }
    return Statement(stmt, m_db.get());
}

Result<qint64> SqliteDb::scalarInt(const QString &sql, qint64 fallback) const
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    if (st->step())
        return st->isNull(0) ? fallback : st->toInt(0);
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return fallback;
}

Result<QString> SqliteDb::scalarText(const QString &sql) const
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    if (st->step())
        return st->toText(0);
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return QString();
}

bool SqliteDb::tableExists(const QString &name) const
{
    auto st = prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name=?1"));
    if (!st)
        return false;
    st->bind(1, name);
    return st->step();
}

qint64 SqliteDb::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db.get()); }
int SqliteDb::changes() const { return sqlite3_changes(m_db.get()); }
QString SqliteDb::lastError() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db.get())) : QString(); }

Transaction::Transaction(const SqliteDb &db) : m_db(db)
{
    auto r = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_begun = r.ok();
    if (!r) {
        m_beginError = r.error().text;
        return;
    }
    // cache_size counts pages when positive and KiB when negative.
    const auto before = m_db.scalarInt(QStringLiteral("PRAGMA cache_size"));
    if (before && *before > -kWriteCacheKiB && *before != 0
        && m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kWriteCacheKiB)))
        m_cacheBefore = *before;
}

void Transaction::restoreCache()
{
    if (m_cacheBefore != 0)
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheBefore));
    m_cacheBefore = 0;
}

ReadSnapshot::ReadSnapshot(const SqliteDb &db) : m_db(db)
{
    if (db.handle() && sqlite3_get_autocommit(db.handle()))
        m_begun = m_db.exec(QStringLiteral("BEGIN DEFERRED")).ok();
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_begun)
        (void)m_db.exec(QStringLiteral("COMMIT"));
}

Transaction::~Transaction()
{
    if (m_begun && !m_done)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    restoreCache();
}

VoidResult Transaction::commit()
{
    if (!m_begun)
        return makeError(ErrorCode::Sqlite, m_beginError);
    auto r = m_db.exec(QStringLiteral("COMMIT"));
    if (r) {
        m_done = true;
        restoreCache();
    }
    return r;
}

} // namespace gc::core
