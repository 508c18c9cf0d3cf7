#include "assetfilterstate.h"

namespace gc::ui {

AssetFilterState::AssetFilterState(QObject *parent)
    : QObject(parent)
{
}

void AssetFilterState::setFilter(const core::AssetFilter &f)
{
    if (f == m_filter)
        return;
    m_filter = f;
    emit changed();
}

#define GC_FILTER_SETTER(Name, member)                                                                                 \
    void AssetFilterState::Name(const QStringList &v)                                                                  \
    {                                                                                                                  \
        if (m_filter.member == v)                                                                                      \
            return;                                                                                                    \
        m_filter.member = v;                                                                                           \
        emit changed();                                                                                                \
    }
GC_FILTER_SETTER(setCategories, categories)
GC_FILTER_SETTER(setStatuses, statuses)
GC_FILTER_SETTER(setDongCodes, dongCodes)
GC_FILTER_SETTER(setDepartments, departments)
GC_FILTER_SETTER(setMethods, methods)
GC_FILTER_SETTER(setAssignees, assignees)
#undef GC_FILTER_SETTER

void AssetFilterState::setText(const QString &v)
{
    if (m_filter.text == v)
        return;
    m_filter.text = v;
    emit changed();
}

QStringList *AssetFilterState::listOf(const QString &field)
{
    if (field == QLatin1String("category"))
        return &m_filter.categories;
    if (field == QLatin1String("status"))
        return &m_filter.statuses;
    if (field == QLatin1String("dong"))
        return &m_filter.dongCodes;
    if (field == QLatin1String("department"))
        return &m_filter.departments;
    if (field == QLatin1String("method"))
        return &m_filter.methods;
    return nullptr;
}

void AssetFilterState::toggle(const QString &field, const QString &value)
{
    QStringList *list = listOf(field);
    if (!list)
        return;
    if (!list->removeOne(value))
        list->append(value);
    emit changed();
}

bool AssetFilterState::has(const QString &field, const QString &value) const
{
    const QStringList *list = const_cast<AssetFilterState *>(this)->listOf(field);
    return list && list->contains(value);
}

void AssetFilterState::clear(const QString &field)
{
    if (field.isEmpty()) {
        setFilter({});
        return;
    }
    QStringList *list = listOf(field);
    if (list && !list->isEmpty()) {
        list->clear();
        emit changed();
    }
}

} // namespace gc::ui
