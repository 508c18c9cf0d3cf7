#include "photofiles/photojournal.h"
#include "photofiles/photostore.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace gc::core {

namespace {

const QLatin1String kJournalPrefix(".saving-");
const QLatin1String kTempPrefix(".tmp-"); // PhotoStore's temporary files, in the folder's top level

Error ioError(const QString &path, const QString &ko, const QString &en)
{
    return makeError(ErrorCode::Io, QStringLiteral("%1: %2 / %3: %4").arg(path, ko, en, QString::fromLocal8Bit(std::strerror(errno))));
}

bool removeFile(const QString &path) { return ::unlink(QFile::encodeName(path).constData()) == 0; }

} // namespace

std::unique_ptr<PhotoJournal> PhotoJournal::open(const QString &photoDir, const Recorded &recorded)
{
    std::unique_ptr<PhotoJournal> j(new PhotoJournal(photoDir));
    if (!QDir().mkpath(photoDir))
        return j;
    j->m_dirFd = ::open(QFile::encodeName(photoDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (j->m_dirFd < 0)
        return j;
    // Alone: nobody is between writing a photo and recording it, so what no record holds is debris.
    if (::flock(j->m_dirFd, LOCK_EX | LOCK_NB) == 0)
        j->m_swept = j->sweep(recorded, false);
    if (::flock(j->m_dirFd, LOCK_SH) != 0) {
        // No lock (a file system without flock): never sweep then, since other writers cannot be seen.
        ::close(j->m_dirFd);
        j->m_dirFd = -1;
    }
    return j;
}

PhotoJournal::~PhotoJournal()
{
    if (m_journalFd >= 0)
        ::close(m_journalFd);
    if (m_dirFd >= 0)
        ::close(m_dirFd); // releases the lock
}

VoidResult PhotoJournal::note(const QString &sha256)
{
    if (m_journalFd < 0) {
        m_journalPath = m_dir + QLatin1Char('/') + kJournalPrefix + QUuid::createUuid().toString(QUuid::Id128);
        m_journalFd = ::open(QFile::encodeName(m_journalPath).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (m_journalFd < 0)
            return ioError(m_journalPath, QStringLiteral("사진 기록을 쓸 수 없습니다"), QStringLiteral("cannot write the photo journal"));
    }
    const QByteArray line = sha256.toLatin1() + '\n';
    // Written and synced before the photo file exists: a file never appears that no journal names.
    if (::write(m_journalFd, line.constData(), size_t(line.size())) != line.size() || ::fdatasync(m_journalFd) != 0)
        return ioError(m_journalPath, QStringLiteral("사진 기록을 쓸 수 없습니다"), QStringLiteral("cannot write the photo journal"));
    return Ok{};
}

void PhotoJournal::close(const Recorded &recorded)
{
    if (m_journalFd < 0 || m_dirFd < 0)
        return;
    ::close(m_journalFd);
    m_journalFd = -1;
    if (::flock(m_dirFd, LOCK_EX | LOCK_NB) == 0)
        sweep(recorded, true);
}

int PhotoJournal::sweep(const Recorded &recorded, bool ownToo)
{
    const QDir dir(m_dir);
    const PhotoStore files(m_dir);
    int removed = 0;
    for (const QString &name : dir.entryList({kTempPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System)) {
        if (removeFile(dir.filePath(name)))
            ++removed;
    }
    for (const QString &name : dir.entryList({kJournalPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System)) {
        const QString path = dir.filePath(name);
        if (path == m_journalPath && !ownToo)
            continue;
        QFile journal(path);
        if (!journal.open(QIODevice::ReadOnly))
            continue;
        bool kept = true;
        while (!journal.atEnd()) {
            const QString sha = QString::fromLatin1(journal.readLine().trimmed());
            const QString photo = files.pathFor(sha);
            if (photo.isEmpty() || recorded(sha))
                continue;
            if (removeFile(photo))
                ++removed;
            else if (errno != ENOENT)
                kept = false; // try again on a later open
        }
        if (kept)
            removeFile(path);
    }
    if (removed > 0)
        ::fsync(m_dirFd);
    return removed;
}

} // namespace gc::core
