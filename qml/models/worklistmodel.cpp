#include "worklistmodel.h"
#include "store/assetstore.h"
#include "model/catalog.h"

#include <QScopedValueRollback>

#include <map>

namespace gc::ui {

WorkListModel::WorkListModel(QObject *parent) : QAbstractListModel(parent)
{
    m_query.limit = kPageSize;
    m_query.returnedFirst = true; // the first filter is "todo"
}

int WorkListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

QVariant WorkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::WorkItem &w = m_items[size_t(index.row())];
    using core::catalog::label;
    switch (role) {
    case UuidRole: return w.uuid;
    case CodeRole: return w.code;
    case NameRole: return w.name;
    case CategoryRole: return w.category;
    case CategoryLabelRole: return label(core::catalog::categories(), w.category);
    case StatusRole: return w.status;
    case StatusLabelRole: return label(core::catalog::statuses(), w.status);
    case AddressRole: return w.address;
    case DueDateRole: return w.dueDate;
    case DistanceRole: return w.distance;
    case HasLocationRole: return w.hasLocation;
    case XRole: return w.x;
    case YRole: return w.y;
    case StopRole: return m_routeMode ? index.row() + 1 : 0;
    case ReturnedRole: return w.returned;
    case StatusReasonRole: return w.statusReason;
    default: return {};
    }
}

QHash<int, QByteArray> WorkListModel::roleNames() const
{
    return {{UuidRole, "uuid"},         {CodeRole, "code"},       {NameRole, "name"},
            {CategoryRole, "category"}, {CategoryLabelRole, "categoryLabel"}, {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"}, {AddressRole, "address"}, {DueDateRole, "dueDate"},
            {DistanceRole, "distance"}, {HasLocationRole, "hasLocation"}, {XRole, "x"},
            {YRole, "y"},               {StopRole, "stop"},
            {ReturnedRole, "returned"}, {StatusReasonRole, "statusReason"}};
}

bool WorkListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_routeMode && !m_exhausted && m_store;
}

std::vector<core::WorkItem> WorkListModel::nextPage()
{
    core::WorkQuery q = m_query;
    q.offset = int(m_items.size());
    auto page = core::WorkQueue::fetch(*m_store, q);
    if (!page) {
        m_exhausted = true;
        m_error = page.error().message();
        return {};
    }
    m_exhausted = int(page->size()) < q.limit;
    return std::move(*page);
}

void WorkListModel::fetchMore(const QModelIndex &parent)
{
    if (m_fetching || !canFetchMore(parent))
        return;
    // Views and the model tester may ask for more while the insertion below is being signalled.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    const bool hadError = !m_error.isEmpty();
    auto page = nextPage();
    if (!page.empty()) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + page.size()) - 1);
        for (auto &w : page)
            m_items.push_back(std::move(w));
        endInsertRows();
    }
    if (!hadError && !m_error.isEmpty())
        emit countChanged(); // the error shows where the count does
}

void WorkListModel::setSearch(const QString &s)
{
    if (s == m_query.search)
        return;
    m_query.search = s;
    m_routeMode = false;
    emit queryChanged();
    reload();
}

void WorkListModel::setStatusFilter(const QString &f)
{
    static const std::map<QString, QStringList> statuses{
        {QStringLiteral("todo"), {toString(core::AssetStatus::Assigned)}},
        {QStringLiteral("attention"), {toString(core::AssetStatus::NeedsAttention)}},
        {QStringLiteral("done"), {toString(core::AssetStatus::Installed), toString(core::AssetStatus::Verified)}},
        {QStringLiteral("all"), {}},
    };
    const auto it = statuses.find(f);
    if (it == statuses.end() || f == m_filter)
        return;
    m_filter = f;
    m_query.statuses = it->second;
    m_query.returnedFirst = f == QLatin1String("todo");
    m_routeMode = false;
    emit queryChanged();
    reload();
}

void WorkListModel::setStore(core::AssetStore *store)
{
    m_store = store;
    reload();
}

void WorkListModel::setCrew(const QString &crew)
{
    m_query.crew = crew;
    m_routeMode = false;
    emit queryChanged();
    reload();
}

void WorkListModel::setOrigin(std::optional<QPointF> origin)
{
    m_query.from = origin;
    if (!m_routeMode)
        reload();
}

void WorkListModel::showRoute(std::vector<core::WorkItem> stops)
{
    beginResetModel();
    m_routeMode = !stops.empty();
    if (m_routeMode) {
        m_items = std::move(stops);
        m_total = qint64(m_items.size());
        m_exhausted = true;
    }
    endResetModel();
    emit queryChanged();
    if (!m_routeMode)
        reload();
    else
        emit countChanged();
}

void WorkListModel::reload()
{
    const QScopedValueRollback<bool> guard(m_fetching, true);
    beginResetModel();
    m_items.clear();
    m_routeMode = false;
    m_error.clear();
    m_total = 0;
    m_exhausted = !m_store || m_query.crew.isEmpty();
    if (!m_exhausted) {
        auto n = core::WorkQueue::count(*m_store, m_query);
        if (n)
            m_total = *n;
        else
            m_error = n.error().message();
        m_exhausted = m_total == 0;
    }
    // The first page inside the reset, so the list is never empty while there is work and a view
    // reacting to the reset does not fetch a second page at once.
    if (!m_exhausted)
        m_items = nextPage();
    endResetModel();
    emit countChanged();
}

} // namespace gc::ui
