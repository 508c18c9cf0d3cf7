#pragma once

#include "outsideeditsoffer.h"
#include "session.h"
#include "synccontroller.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace gc::core {
class AssetStore;
}

namespace gc::ui {

// The open inventory and what the shell shows about it. Created by main(), handed to Main.qml as a
// required property; pages get what they need from it.
class AppController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString inventoryPath READ inventoryPath NOTIFY inventoryChanged)
    Q_PROPERTY(bool inventoryOpen READ inventoryOpen NOTIFY inventoryChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY inventoryChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY inventoryChanged)
    Q_PROPERTY(QString language READ language CONSTANT)
    Q_PROPERTY(qint64 assetCount READ assetCount NOTIFY statsChanged)
    Q_PROPERTY(qint64 eventCount READ eventCount NOTIFY statsChanged)
    Q_PROPERTY(QVariantList statusCounts READ statusCounts NOTIFY statsChanged)
    Q_PROPERTY(QVariantList categoryCounts READ categoryCounts NOTIFY statsChanged)
    Q_PROPERTY(QVariantList dongCounts READ dongCounts NOTIFY statsChanged)
    // The maps' basemap source (see LayerListModel::basemap); empty = none.
    Q_PROPERTY(QString basemap READ basemap WRITE setBasemap NOTIFY basemapChanged)
    Q_PROPERTY(gc::ui::OutsideEditsOffer *outsideEdits READ outsideEdits CONSTANT)
    // Who is acting (every event carries this user) and the link to the office server.
    Q_PROPERTY(gc::ui::Session *session READ session CONSTANT)
    Q_PROPERTY(gc::ui::SyncController *sync READ sync CONSTANT)

public:
    explicit AppController(QString language, QObject *parent = nullptr);
    ~AppController() override;

    // Opens (or, for the default demo path, first creates) the inventory; false with errorText set.
    Q_INVOKABLE bool openInventory(const QString &path);
    // Makes a new, empty inventory at `path` (its folder too) and opens it: a new tablet's, filled by
    // its first sync. Refuses an existing file. False with errorText set.
    Q_INVOKABLE bool createInventory(const QString &path);
    // Opens an inventory file the office gave (a tablet without a server); `file` as a file dialog gives
    // it. Remembered (keptInventoryKey) as the file a start without --inventory opens.
    Q_INVOKABLE bool openInventoryFile(const QUrl &file);
    static QString keptInventoryKey() { return QStringLiteral("inventory/file"); }
    Q_INVOKABLE void refresh();
    // The basemap a user picked in the layer panel: shown now and remembered for the next start.
    Q_INVOKABLE void chooseBasemap(const QUrl &file);
    // Signs the user out here and, for a server user, on the server too.
    Q_INVOKABLE void signOut();
    // A crew's latest "cannot install" report on the asset (assetcard.h), for the map's card; {} when none.
    Q_INVOKABLE QVariantMap cannotInstallReport(const QString &uuid) const;
    // Closes the inventory so the .gpkg alone holds every change (WAL folded in): on quit and SIGTERM.
    void close();

    QString inventoryPath() const { return m_path; }
    bool inventoryOpen() const { return bool(m_store); }
    bool readOnly() const;
    QString errorText() const { return m_error; }
    QString language() const { return m_language; }
    qint64 assetCount() const { return m_assetCount; }
    qint64 eventCount() const { return m_eventCount; }
    QVariantList statusCounts() const { return m_statusCounts; }
    QVariantList categoryCounts() const { return m_categoryCounts; }
    QVariantList dongCounts() const { return m_dongCounts; }
    QString basemap() const { return m_basemap; }
    void setBasemap(const QString &source)
    {
        if (source != m_basemap) {
            m_basemap = source;
            emit basemapChanged();
        }
    }
    // Rows edited outside the log (QGIS) in the open inventory, and the offer to adopt them.
    OutsideEditsOffer *outsideEdits() const { return m_outsideEdits; }
    Session *session() const { return m_session; }
    SyncController *sync() const { return m_sync.get(); }

    // For C++ controllers and models; null when no inventory is open.
    core::AssetStore *store() const { return m_store.get(); }

signals:
    void inventoryChanged();
    void statsChanged();
    void basemapChanged();

private:
    std::unique_ptr<core::AssetStore> m_store;
    QString m_path, m_error, m_language, m_basemap;
    qint64 m_assetCount = 0, m_eventCount = 0;
    QVariantList m_statusCounts, m_categoryCounts, m_dongCounts;
    OutsideEditsOffer *m_outsideEdits; // a child: QML reads it through the property
    Session *m_session;                // a child
    // After the store: destroyed first, so its worker's connection closes before the app's own.
    std::unique_ptr<SyncController> m_sync;
};

// Points a controller's `current` at another AppController, first dropping every connection from the
// old one to `owner`; false when it is the same one (nothing to do). The controller then connects to it.
bool switchApp(QObject *owner, QPointer<AppController> &current, AppController *next);

} // namespace gc::ui
