#pragma once

#include "model/surveyrecords.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace gc::ui {

// The lines of one department's survey sheet, edited in memory until the controller saves them.
class SurveyRowModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SurveyController")

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        CategoryRole,
        NameRole,
        NeededRole,
        MarkCountRole,
        MethodRole,
        MarkSizeRole,
        VariantRole,
        AddressRole,
        NoteRole,
        HasLocationRole,
        HasPhotoRole,
    };
    Q_ENUM(Role)

    explicit SurveyRowModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(std::vector<core::SurveyRow> rows);
    // A facility the department adds (not yet saved): the last line.
    void append(core::SurveyRow row);
    const std::vector<core::SurveyRow> &rows() const { return m_rows; }
    int neededCount() const;

private:
    std::vector<core::SurveyRow> m_rows;
};

} // namespace gc::ui
