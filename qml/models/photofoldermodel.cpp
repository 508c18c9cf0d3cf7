#include "photofoldermodel.h"
#include "text.h"

#include <QDateTime>
#include <QDir>

#include <algorithm>

namespace gc::ui {

namespace {
const QStringList kPhotoPatterns{QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                                 QStringLiteral("*.JPG"), QStringLiteral("*.JPEG"), QStringLiteral("*.PNG")};
}

PhotoFolderModel::PhotoFolderModel(QObject *parent) : QAbstractListModel(parent) {}

int PhotoFolderModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

QVariant PhotoFolderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const QFileInfo &f = m_entries.at(index.row());
    switch (role) {
    case NameRole:
    case Qt::DisplayRole:
        return f.fileName();
    case PathRole:
        return f.absoluteFilePath();
    case IsFolderRole:
        return f.isDir();
    case ModifiedRole:
        return f.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return {};
    }
}

QHash<int, QByteArray> PhotoFolderModel::roleNames() const
{
    return {{NameRole, "name"}, {PathRole, "path"}, {IsFolderRole, "isFolder"}, {ModifiedRole, "modified"}};
}

void PhotoFolderModel::setFolder(const QString &folder)
{
    const QString clean = QDir::cleanPath(folder);
    if (clean == m_folder)
        return;
    m_folder = clean;
    refresh();
}

void PhotoFolderModel::up()
{
    QDir d(m_folder);
    if (d.cdUp())
        setFolder(d.absolutePath());
}

void PhotoFolderModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    QDir d(m_folder);
    if (!d.exists() || !d.isReadable()) {
        m_error = gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "cannot open the folder: %1"), m_folder), gc::Lang::Ui);
    } else {
        m_entries = d.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
        QList<QFileInfo> photos = d.entryInfoList(kPhotoPatterns, QDir::Files | QDir::Readable);
        std::stable_sort(photos.begin(), photos.end(),
                         [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() > b.lastModified(); });
        m_entries += photos;
    }
    endResetModel();
    emit folderChanged();
}

bool PhotoFolderModel::isPhoto(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") || suffix == QLatin1String("png");
}

} // namespace gc::ui
