#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace gc::ui {

// Half-filled field forms (replacement, cannot install, new place) with their photo paths, kept on
// every change in a small JSON file in the app's data folder — not in the inventory's event log —
// so a kill, a crash or a flat battery loses nothing: the form offers them again. Saving a form or
// cancelling it drops its draft.
class FormDrafts : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by FieldController")
    // [{form, uuid, code, savedAt, fromEarlierRun}] for the open inventory, newest first; fromEarlierRun:
    // kept when the app last closed (or was killed), not a form left open in this run.
    Q_PROPERTY(QVariantList pending READ pending NOTIFY changed)

public:
    // `file`: the JSON file (default: drafts.json in the app's data folder).
    explicit FormDrafts(QString file = {}, QObject *parent = nullptr);

    // Drafts belong to one inventory (its path): another file shows none of them.
    void setInventory(const QString &path);
    QVariantList pending() const;

    // Keeps `fields` as the draft of `form` ("replacement", "cannotInstall", "proposePlace") for the
    // asset `uuid` (empty for a new place), written to disk before it returns.
    Q_INVOKABLE void keep(const QString &form, const QString &uuid, const QVariantMap &fields);
    // The kept draft, or an empty map.
    Q_INVOKABLE QVariantMap find(const QString &form, const QString &uuid) const;
    Q_INVOKABLE void drop(const QString &form, const QString &uuid);

signals:
    void changed();

private:
    QString key(const QString &form, const QString &uuid) const;
    void write();

    QString m_file, m_inventory;
    QVariantMap m_all; // key → {form, uuid, inventory, savedAt, fields}
    QSet<QString> m_keptThisRun; // keys written since this object was made
};

} // namespace gc::ui
