#pragma once

#include "result.h"

#include <QString>

#include <functional>
#include <memory>

namespace gc::core {

// The photo files a writer is adding, so that a save killed between its photo files and its commit
// (the battery, SIGKILL) leaves no unreferenced file behind. Every writable store holds the photo
// folder's shared lock (flock) while it is open and notes each new file's name in its own journal
// before writing it. A store that opens while no other writer holds the folder takes the lock
// exclusively for a moment and removes what writers that are gone left: temporary files, and the
// files their journals name that nothing records. A living writer's files are never touched.
class PhotoJournal {
public:
    // Whether a photo file is referenced (a photos row, an event, a survey row): such a file stays.
    using Recorded = std::function<bool(const QString &sha256)>;

    // Creates the folder if needed, sweeps it when this is the only writer, then holds it shared. A
    // folder that cannot be made or locked gets a journal that only notes (storing a photo there
    // fails on its own, with the reason).
    static std::unique_ptr<PhotoJournal> open(const QString &photoDir, const Recorded &recorded);
    ~PhotoJournal();
    PhotoJournal(const PhotoJournal &) = delete;
    PhotoJournal &operator=(const PhotoJournal &) = delete;

    // Before a new photo file is written: its name, on disk, in this writer's journal.
    VoidResult note(const QString &sha256);
    // The last writer to close also takes its own unrecorded files away (a save that failed midway);
    // otherwise its journal stays for the next store that opens alone.
    void close(const Recorded &recorded);

    // Files removed by the sweep at open (for the crash trials' report and the tests).
    int swept() const { return m_swept; }

private:
    explicit PhotoJournal(QString dir) : m_dir(std::move(dir)) {}
    int sweep(const Recorded &recorded, bool ownToo);

    QString m_dir;
    QString m_journalPath; // empty until the first note
    int m_dirFd = -1;      // holds the flock
    int m_journalFd = -1;
    int m_swept = 0;
};

} // namespace gc::core
