#pragma once

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace gc::ui {

// What the department looks at in its sheet: the rows whose code, name, category, address or note
// contain the search text, optionally only the needed, not needed or new ones. Edits pass through.
class SurveyRowFilter : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SurveyController")
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(Show show READ show WRITE setShow NOTIFY showChanged)

public:
    enum Show { All, Needed, NotNeeded, NewFacilities };
    Q_ENUM(Show)

    explicit SurveyRowFilter(QObject *parent = nullptr);

    QString search() const { return m_search; }
    void setSearch(const QString &text);
    Show show() const { return m_show; }
    void setShow(Show s);
    // The source model's row of a shown row (the controller's row index), -1 when out of range.
    Q_INVOKABLE int sourceRow(int row) const;

signals:
    void searchChanged();
    void showChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    Show m_show = All;
};

} // namespace gc::ui
