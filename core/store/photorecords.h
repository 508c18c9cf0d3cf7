#pragma once

#include "store/eventreducer.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace gc::core {

class PhotoJournal;
class SqliteDb;
class Statement;

// The inventory's photos: the files in the photo folder beside the GeoPackage (content-addressed by
// SHA-256, written durably) and their rows in the `photos` table, which the projection writes from
// photo.added events.
class PhotoRecords {
public:
    // `journal` (writable stores) notes each new file before it is written.
    static Result<std::unique_ptr<PhotoRecords>> open(const SqliteDb &db, const QString &photoDir, PhotoJournal *journal = nullptr);
    ~PhotoRecords();

    // Stores the file and returns its row (id, SHA-256, size, phash and EXIF time and position filled
    // in where `meta` leaves them empty). Records nothing.
    Result<PhotoRow> store(const QString &role, const QByteArray &bytes, const PhotoRow &meta = {}) const;
    // The file alone (noted in the journal before it is written); returns its SHA-256.
    Result<QString> storeFile(const QByteArray &bytes) const;
    // Writes one row (photo.added is idempotent: the same photo_id replaces its row).
    VoidResult upsert(const PhotoRow &p);
    // Whether anything holds the file named `sha256`: a photos row, a survey row or any event. A file
    // nothing holds was left by a save that never committed.
    static bool referenced(const SqliteDb &db, const QString &sha256);
    // Every row, or one asset's, in the order they were added.
    Result<std::vector<PhotoRow>> rows(const QString &assetUuid = {}) const;

private:
    PhotoRecords(const SqliteDb &db, const QString &photoDir, PhotoJournal *journal);
    const SqliteDb &m_db;
    QString m_photoDir;
    PhotoJournal *m_journal;
    std::unique_ptr<Statement> m_upsert;
};

} // namespace gc::core
