#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace gc::core {
class AssetStore;
struct PhotoOrigin;
}

namespace gc::ui {

// Installed assets awaiting the office's review (core::ReviewQueue), the photos that need a look
// first (fail, error, review, then pass), oldest install first within a verdict. Fetched 100 rows at a time.
class ReviewQueueModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by OfficeController")
    Q_PROPERTY(int total READ total NOTIFY totalChanged)

public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        CodeRole,
        NameRole,
        CategoryRole,
        DongRole,
        CrewRole,
        InstalledAtRole,
        VerdictRole, // core::PhotoVerdict as text (fail, error, review, pass) or "" when the photos were not checked;
                     // the worse of the device's and the server's (ServerRole)
        ReviewReasonRole,
        ProblemsRole, // [{slot, check, status, text, asset}]: every check that made a photo's verdict, text in the app's language
        BeforePhotoRole, // file URL or ""
        AfterPhotoRole,
        ServerRole, // [{slot, server, device, reason}]: photos whose check by the sync server says otherwise than the device
        OriginsRole, // lines: how the shown before/after photo came in (camera or file) and when it was taken
        NoteRole,    // the crew's memo on the install, or ""
        BeforeShaRole, // the photos' SHA-256, to fetch the original when the office enlarges one
        AfterShaRole,
    };
    Q_ENUM(Role)

    explicit ReviewQueueModel(QObject *parent = nullptr);

    void setStore(const core::AssetStore *store);
    Q_INVOKABLE void reload();
    int total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalChanged();

private:
    struct Row {
        QString uuid, code, name, category, dong, crew, installedAt, verdict, reviewReason, before, after;
        QVariantList problems, server;
        QStringList origins;
        QString note, beforeSha, afterSha;
    };
    std::vector<Row> fetch(int offset, int limit) const;
    QString originLine(bool before, const core::PhotoOrigin &o) const;

    const core::AssetStore *m_store = nullptr;
    std::vector<Row> m_rows;
    int m_total = 0;
    bool m_fetching = false;
};

} // namespace gc::ui
