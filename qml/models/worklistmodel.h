#pragma once

#include "field/workqueue.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace gc::core {
class AssetStore;
}

namespace gc::ui {

// The signed-in crew's assets for the field workspace: nearest first from the current position
// (or by due date without one), filtered and searched in SQL, fetched a page at a time as the list
// scrolls. In route mode it shows the day's route stops in visiting order instead.
class WorkListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by FieldController")
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY queryChanged)
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY queryChanged)
    Q_PROPERTY(bool routeMode READ routeMode NOTIFY queryChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY countChanged)

public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        CodeRole,
        NameRole,
        CategoryRole,
        CategoryLabelRole,
        StatusRole,
        StatusLabelRole,
        AddressRole,
        DueDateRole,
        DistanceRole,
        HasLocationRole,
        XRole,
        YRole,
        StopRole,
        ReturnedRole,     // the office sent it back (listed first in "todo")
        StatusReasonRole, // the office's reason, for returned work
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 40;

    explicit WorkListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString search() const { return m_query.search; }
    void setSearch(const QString &s);
    // "todo" (assigned, and first what the office sent back), "attention" (needs_attention), "done" (installed), "all"
    QString statusFilter() const { return m_filter; }
    void setStatusFilter(const QString &f);
    bool routeMode() const { return m_routeMode; }
    qint64 totalCount() const { return m_total; }
    QString errorText() const { return m_error; }

    void setStore(core::AssetStore *store);
    void setCrew(const QString &crew);
    void setOrigin(std::optional<QPointF> origin);
    // Shows exactly these items in this order (the planned route); an empty list leaves route mode.
    void showRoute(std::vector<core::WorkItem> stops);
    const core::WorkQuery &query() const { return m_query; }
    Q_INVOKABLE void reload();

signals:
    void queryChanged();
    void countChanged();

private:
    // The page after the rows held; sets m_exhausted, and m_error on failure (then empty).
    std::vector<core::WorkItem> nextPage();

    core::AssetStore *m_store = nullptr;
    core::WorkQuery m_query;
    QString m_filter = QStringLiteral("todo");
    std::vector<core::WorkItem> m_items;
    qint64 m_total = 0;
    bool m_routeMode = false;
    bool m_exhausted = true;
    bool m_fetching = false; // a page is being inserted or the model reset
    QString m_error;
};

} // namespace gc::ui
