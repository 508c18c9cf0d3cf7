#pragma once

#include "appcontroller.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace gc::core {
struct Event;
}

namespace gc::ui {

// The office's conflicts screen (W3.2): the server lists pairs of edits of one asset made without
// seeing each other; each row shows both side by side as this inventory holds them, and the office
// keeps one (core::ConflictResolver), which the next sync takes to the server and every device.
class ConflictsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(gc::ui::AppController *app READ app WRITE setApp NOTIFY appChanged)
    // Each row: assetUuid, code, name, detectedAt, ready (both edits on this device), first, second;
    // a side: id, actor, device, time, kind, lines (label: value), shows (the asset shows it now).
    Q_PROPERTY(QVariantList rows READ rows NOTIFY rowsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY rowsChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY rowsChanged)
    Q_PROPERTY(QString message READ message NOTIFY rowsChanged)

public:
    explicit ConflictsController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    QVariantList rows() const { return m_rows; }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QString message() const { return m_message; }

    // Asks the server for the list (a signed-in office), then shows it.
    Q_INVOKABLE void load();
    // Keeps the first or the second edit of row `row`; the row leaves the list and a sync follows.
    Q_INVOKABLE bool keep(int row, bool first, const QString &note = {});

signals:
    void appChanged();
    void rowsChanged();

private:
    void onFetched(const QVariantList &conflicts, const QString &error);
    QVariantMap side(const std::optional<core::Event> &e, const QString &id, const QString &showing) const;
    QStringList lines(const core::Event &e) const;

    QPointer<AppController> m_app;
    QVariantList m_raw, m_rows;
    bool m_loading = false, m_loaded = false;
    QString m_message;
};

} // namespace gc::ui
