#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

struct sqlite3_stmt;
struct sqlite3;

namespace gc::core {

// A prepared statement; reset() lets callers reuse it inside loops.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3_stmt *stmt, sqlite3 *db);

    bool isValid() const { return bool(m_stmt); }
    Statement &bind(int index, qint64 v);
    Statement &bind(int index, int v) { return bind(index, qint64(v)); }
    Statement &bind(int index, double v);
    Statement &bind(int index, const QString &v);   // null QString binds NULL
    Statement &bind(int index, const QByteArray &v); // blob; null binds NULL
    Statement &bind(int index, const char *utf8);
    Statement &bindNull(int index);
    Statement &bindVariant(int index, const QVariant &v);

    // Returns true while a row is available; false at the end. Errors land in error().
    bool step();
    // For statements without results.
    VoidResult run();
    void reset();
    // Steps through every row and collects the first column as text (a list of codes, names, uuids).
    Result<QStringList> texts();
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    int columnCount() const;
    QString columnName(int i) const;
    bool isNull(int i) const;
    qint64 toInt(int i) const;
    double toDouble(int i) const;
    QString toText(int i) const;
    QByteArray toBlob(int i) const;
    QVariant toVariant(int i) const;

private:
    struct Finalizer { void operator()(sqlite3_stmt *s) const; };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    sqlite3 *m_db = nullptr;
    QString m_error;
};

// The text bound to a column, from a value folded out of event payloads.
namespace columntext {
// A nullable column: empty text is stored as NULL.
inline QString nullIfEmpty(const QString &s) { return s.isEmpty() ? QString() : s; }
// A NOT NULL column: an absent value is stored as empty text. Any device may push an event that
// lacks it; were the fold's write to fail, every merge of every batch holding that event would fail
// too, on the server and on each tablet that pulls it.
inline QString required(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
} // namespace columntext

} // namespace gc::core
