#include "surveyrowmodel.h"
#include "model/catalog.h"

namespace gc::ui {

int SurveyRowModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant SurveyRowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SurveyRow &r = m_rows[size_t(index.row())];
    using namespace core::catalog;
    switch (role) {
    case CodeRole: return r.assetCode;
    case CategoryRole: return label(categories(), r.category);
    case NameRole: return r.name;
    case NeededRole: return r.needed;
    case MarkCountRole: return r.markCount;
    case MethodRole: return r.method.isEmpty() ? QString() : label(methods(), r.method);
    case MarkSizeRole: return r.markSize;
    case VariantRole: return r.variant.isEmpty() ? QString() : label(variants(), r.variant);
    case AddressRole: return r.address;
    case NoteRole: return r.note;
    case HasLocationRole: return r.hasLocation;
    case HasPhotoRole: return !r.photoSha256.isEmpty();
    default: return {};
    }
}

bool SurveyRowModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    core::SurveyRow &r = m_rows[size_t(index.row())];
    switch (role) {
    case NeededRole:
        r.needed = value.toBool();
        if (r.needed && r.markCount < 1)
            r.markCount = 1;
        break;
    case MarkCountRole: r.markCount = std::clamp(value.toInt(), 0, 1000); break;
    case NoteRole: r.note = value.toString(); break;
    default: return false;
    }
    emit dataChanged(index, index, {role, MarkCountRole});
    return true;
}

Qt::ItemFlags SurveyRowModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

QHash<int, QByteArray> SurveyRowModel::roleNames() const
{
    return {{CodeRole, "code"},         {CategoryRole, "category"}, {NameRole, "name"},     {NeededRole, "needed"},
            {MarkCountRole, "markCount"}, {MethodRole, "method"},   {MarkSizeRole, "markSize"}, {VariantRole, "variant"},
            {AddressRole, "address"},   {NoteRole, "note"},         {HasLocationRole, "hasLocation"},
            {HasPhotoRole, "hasPhoto"}};
}

void SurveyRowModel::reset(std::vector<core::SurveyRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void SurveyRowModel::append(core::SurveyRow row)
{
    const int at = int(m_rows.size());
    row.seq = at + 1;
    beginInsertRows({}, at, at);
    m_rows.push_back(std::move(row));
    endInsertRows();
}

int SurveyRowModel::neededCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const core::SurveyRow &r) { return r.needed; }));
}

} // namespace gc::ui
