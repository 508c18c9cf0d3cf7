#pragma once

#include <QAbstractListModel>
#include <QFileInfo>
#include <QtQml/qqmlregistration.h>

namespace gc::ui {

// The photos and folders in one folder, newest photo first: the file list a crew picks from when the
// system file dialog is not available. Needs nothing but QtCore, so it works on any tablet.
class PhotoFolderModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    Q_PROPERTY(QString error READ error NOTIFY folderChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, PathRole, IsFolderRole, ModifiedRole };
    Q_ENUM(Role)

    explicit PhotoFolderModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    QString error() const { return m_error; }

    Q_INVOKABLE void up();
    Q_INVOKABLE void refresh();
    // True when `path` names a photo file this app can check (by its ending; the checker reads the rest).
    static bool isPhoto(const QString &path);

signals:
    void folderChanged();

private:
    QString m_folder, m_error;
    QList<QFileInfo> m_entries;
};

} // namespace gc::ui
