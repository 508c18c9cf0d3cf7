#include "surveyrowfilter.h"
#include "surveyrowmodel.h"

namespace gc::ui {

SurveyRowFilter::SurveyRowFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void SurveyRowFilter::setSearch(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    invalidateRowsFilter();
    emit searchChanged();
}

void SurveyRowFilter::setShow(Show s)
{
    if (m_show == s)
        return;
    m_show = s;
    invalidateRowsFilter();
    emit showChanged();
}

int SurveyRowFilter::sourceRow(int row) const
{
    const QModelIndex i = mapToSource(index(row, 0));
    return i.isValid() ? i.row() : -1;
}

bool SurveyRowFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool needed = i.data(SurveyRowModel::NeededRole).toBool();
    switch (m_show) {
    case All: break;
    case Needed: if (!needed) return false; break;
    case NotNeeded: if (needed) return false; break;
    case NewFacilities: if (!i.data(SurveyRowModel::CodeRole).toString().isEmpty()) return false; break;
    }
    const QString text = m_search.trimmed();
    if (text.isEmpty())
        return true;
    for (int role : {SurveyRowModel::CodeRole, SurveyRowModel::NameRole, SurveyRowModel::CategoryRole, SurveyRowModel::AddressRole,
                     SurveyRowModel::NoteRole, SurveyRowModel::MethodRole}) {
        if (i.data(role).toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace gc::ui
