#pragma once

#include "model/assetfilter.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace gc::ui {

// The filter the map and the lists share: QML edits it, C++ turns it into SQL (core::AssetFilter).
class AssetFilterState : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList categories READ categories WRITE setCategories NOTIFY changed)
    Q_PROPERTY(QStringList statuses READ statuses WRITE setStatuses NOTIFY changed)
    Q_PROPERTY(QStringList dongCodes READ dongCodes WRITE setDongCodes NOTIFY changed)
    Q_PROPERTY(QStringList departments READ departments WRITE setDepartments NOTIFY changed)
    Q_PROPERTY(QStringList methods READ methods WRITE setMethods NOTIFY changed)
    Q_PROPERTY(QStringList assignees READ assignees WRITE setAssignees NOTIFY changed)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY changed)
    Q_PROPERTY(bool active READ active NOTIFY changed)

public:
    explicit AssetFilterState(QObject *parent = nullptr);

    const core::AssetFilter &filter() const { return m_filter; }
    void setFilter(const core::AssetFilter &f);

    QStringList categories() const { return m_filter.categories; }
    QStringList statuses() const { return m_filter.statuses; }
    QStringList dongCodes() const { return m_filter.dongCodes; }
    QStringList departments() const { return m_filter.departments; }
    QStringList methods() const { return m_filter.methods; }
    QStringList assignees() const { return m_filter.assignees; }
    QString text() const { return m_filter.text; }
    bool active() const { return !m_filter.isEmpty(); }

    void setCategories(const QStringList &v);
    void setStatuses(const QStringList &v);
    void setDongCodes(const QStringList &v);
    void setDepartments(const QStringList &v);
    void setMethods(const QStringList &v);
    void setAssignees(const QStringList &v);
    void setText(const QString &v);

    // Adds the value to the field's list, or removes it if present. Field: category, status, dong,
    // department or method.
    Q_INVOKABLE void toggle(const QString &field, const QString &value);
    Q_INVOKABLE bool has(const QString &field, const QString &value) const;
    Q_INVOKABLE void clear(const QString &field = {});

signals:
    void changed();

private:
    QStringList *listOf(const QString &field);
    core::AssetFilter m_filter;
};

} // namespace gc::ui
