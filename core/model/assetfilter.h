#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace gc::core {

// What the office or a crew narrows the inventory to. The map and every list apply the same filter
// through the same SQL, so a count on the map always matches the list beside it.
// Empty lists mean "any"; `text` matches code, name and either address (every word must match).
struct AssetFilter {
    QStringList categories;
    QStringList statuses;
    QStringList dongCodes;
    QStringList departments;
    QStringList methods;
    QStringList assignees; // crews (assets.assignee): a crew's map shows its own work
    QString text;
    QStringList uuids; // a map selection or an assignment batch; empty means any

    bool isEmpty() const;
    bool operator==(const AssetFilter &) const = default;

    // A boolean SQL expression over the `assets` table ("1" when empty) with `?` placeholders,
    // and the values to bind to them in order. Values never enter the SQL text.
    struct Sql {
        QString where;
        QVariantList params;
        // Binds params to `st` (a store/statement.h Statement) starting at placeholder `first` (1-based).
        // A template so that the model names no SQLite type: the store's statement is all it needs.
        template <class St>
        void bind(St &st, int first = 1) const
        {
            for (int i = 0; i < params.size(); ++i)
                st.bindVariant(first + i, params[i]);
        }
    };
    Sql toSql(const QString &tableAlias = {}) const;
};

} // namespace gc::core
