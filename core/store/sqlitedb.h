#pragma once

#include "result.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace gc::core {

class Statement;

// Owns one sqlite3 connection; closes it when destroyed.
class SqliteDb {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    static Result<SqliteDb> open(const QString &path, Mode mode);

    SqliteDb() = default;
    sqlite3 *handle() const { return m_db.get(); }
    bool isOpen() const { return bool(m_db); }
    const QString &path() const { return m_path; }

    // Runs one or more statements with no results; the error names the statement that failed.
    VoidResult exec(const QString &sql) const;
    Result<Statement> prepare(const QString &sql) const;
    // Single integer/text value of the first column of the first row (or the fallback).
    Result<qint64> scalarInt(const QString &sql, qint64 fallback = 0) const;
    Result<QString> scalarText(const QString &sql) const;
    bool tableExists(const QString &name) const;
    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastError() const;

private:
    struct Closer { void operator()(sqlite3 *db) const; };
    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
};

// A transaction that rolls back unless committed. While it is open the connection's page cache may
// grow to kWriteCacheKiB, so a bulk write (an import, a sync merge) does not spill half-written pages
// to the WAL again and again; when it ends the cache is cut back to what it was (SQLite's 2 MB by
// default), so pages read once (the app's start) are not kept for the whole session.
class Transaction {
public:
    static constexpr qint64 kWriteCacheKiB = 65536;
    explicit Transaction(const SqliteDb &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool begun() const { return m_begun; }
    const Text &beginError() const { return m_beginError; }
    VoidResult commit();

private:
    const SqliteDb &m_db;
    bool m_begun = false;
    bool m_done = false;
    Text m_beginError;
    qint64 m_cacheBefore = 0; // PRAGMA cache_size before the transaction raised it; 0: left as it was
    void restoreCache();
};

// Several reads that must see one state of the file while other connections write (a sync merging
// events between reading the log and reading the table): a deferred read transaction, ended when it
// goes. Inside a transaction already open on the connection it does nothing (that one holds).
class ReadSnapshot {
public:
    explicit ReadSnapshot(const SqliteDb &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    const SqliteDb &m_db;
    bool m_begun = false;
};

} // namespace gc::core
