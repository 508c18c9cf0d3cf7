#include "store/statement.h"

#include <sqlite3.h>

namespace gc::core {

void Statement::Finalizer::operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }

Statement::Statement(sqlite3_stmt *stmt, sqlite3 *db) : m_stmt(stmt), m_db(db) {}

Statement &Statement::bind(int index, qint64 v)
{
    sqlite3_bind_int64(m_stmt.get(), index, v);
    return *this;
}

Statement &Statement::bind(int index, double v)
{
    sqlite3_bind_double(m_stmt.get(), index, v);
    return *this;
}

Statement &Statement::bind(int index, const QString &v)
{
    if (v.isNull())
        return bindNull(index);
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text(m_stmt.get(), index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &v)
{
    if (v.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_stmt.get(), index, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    sqlite3_bind_text(m_stmt.get(), index, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt.get(), index);
    return *this;
}

Statement &Statement::bindVariant(int index, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return bindNull(index);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, v.toDouble());
    case QMetaType::QByteArray:
        return bind(index, v.toByteArray());
    default:
        return bind(index, v.toString());
    }
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

VoidResult Statement::run()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        const int ext = sqlite3_extended_errcode(m_db);
        sqlite3_reset(m_stmt.get());
        ErrorCode code = ErrorCode::Sqlite;
        if ((ext & 0xff) == SQLITE_FULL)
            code = ErrorCode::DiskFull;
        else if ((ext & 0xff) == SQLITE_READONLY)
            code = ErrorCode::ReadOnly;
        else if ((ext & 0xff) == SQLITE_CONSTRAINT)
            code = ErrorCode::Constraint;
        return makeError(code, m_error);
    }
    sqlite3_reset(m_stmt.get());
    return Ok{};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
    m_error.clear();
}

Result<QStringList> Statement::texts()
{
    QStringList out;
    while (step())
        out << toText(0);
    if (failed())
        return makeError(ErrorCode::Sqlite, m_error);
    return out;
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt.get()); }
QString Statement::columnName(int i) const { return QString::fromUtf8(sqlite3_column_name(m_stmt.get(), i)); }
bool Statement::isNull(int i) const { return sqlite3_column_type(m_stmt.get(), i) == SQLITE_NULL; }
qint64 Statement::toInt(int i) const { return sqlite3_column_int64(m_stmt.get(), i); }
double Statement::toDouble(int i) const { return sqlite3_column_double(m_stmt.get(), i); }

QString Statement::toText(int i) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), i));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt.get(), i));
}

QByteArray Statement::toBlob(int i) const
{
    const void *p = sqlite3_column_blob(m_stmt.get(), i);
    if (!p)
        return {};
    return QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt.get(), i));
}

QVariant Statement::toVariant(int i) const
{
    switch (sqlite3_column_type(m_stmt.get(), i)) {
    case SQLITE_INTEGER: return QVariant(toInt(i));
    case SQLITE_FLOAT: return QVariant(toDouble(i));
    case SQLITE_TEXT: return QVariant(toText(i));
    case SQLITE_BLOB: return QVariant(toBlob(i));
    default: return {};
    }
}

} // namespace gc::core
