#pragma once

#include "store/layerstore.h"
#include "tilerenderer.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace gc::ui {

// The map's base layers in panel order (first row = drawn on top). Layers load in worker threads;
// a layer that fails keeps its row with the reason, and the rest of the map goes on. Every change
// is saved to the inventory (table gc_layers) shortly after it happens.
class LayerListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by MapView")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // The basemap source (a GDAL WMS/TMS/WMTS XML, an MBTiles or GeoPackage package, a GeoTIFF):
    // shown as the bottom row "배경지도 / Basemap", never saved into the inventory. Empty = none.
    Q_PROPERTY(QString basemap READ basemap WRITE setBasemap NOTIFY basemapChanged)
    // The credit the visible basemap's licence asks for, to be shown on the map.
    Q_PROPERTY(QString attribution READ attribution NOTIFY attributionChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        KindRole,
        PathRole,
        VisibleRole,
        OpacityRole,
        FillRole,
        StrokeRole,
        LabelFieldRole,
        EncodingRole,
        CrsRole,
        StateRole, // loading | ok | error
        MessageRole,
        FieldsRole,
        SourceCrsRole,
        FeatureCountRole,
    };
    Q_ENUM(Role)

    explicit LayerListModel(QObject *parent = nullptr);
    ~LayerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the saved list of this inventory (or starts with the dong layer) and loads every layer.
    void setInventoryPath(const QString &path);
    QString saveError() const { return m_saveError; }
    bool loading() const;
    QString basemap() const { return m_basemap; }
    void setBasemap(const QString &source);
    QString attribution() const;

    Q_INVOKABLE void addFile(const QUrl &file);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void move(int from, int to);
    Q_INVOKABLE void setVisible(int row, bool visible);
    Q_INVOKABLE void setOpacity(int row, double opacity);
    Q_INVOKABLE void setFill(int row, const QString &colour);
    Q_INVOKABLE void setStroke(int row, const QString &colour);
    // These three reload the layer from its file.
    Q_INVOKABLE void setLabelField(int row, const QString &field);
    Q_INVOKABLE void setEncoding(int row, const QString &encoding);
    Q_INVOKABLE void setCrs(int row, const QString &crs);

    // What the tile renderer draws, bottom layer first. `dongFill` colours the dong layer by adm_code.
    geo::RenderList renderList(const QHash<QString, QColor> &dongFill) const;
    // Extent of the district (the dong layer), empty until it has loaded.
    QRectF districtExtent() const;
    // The dongs by adm_code with their names, for filters and legends.
    QList<QPair<QString, QString>> dongNames() const;
    std::vector<core::LayerRecord> records() const;

    // The default base layer: the inventory's own dong table.
    static core::LayerRecord dongLayerRecord();
    // The basemap row for `source`, with the visibility and opacity last chosen (QSettings).
    static core::LayerRecord basemapRecord(const QString &source);

signals:
    void countChanged();
    void saveErrorChanged();
    void loadingChanged();
    // The drawing changed: tiles must be redrawn.
    void renderChanged();
    void districtChanged();
    void basemapChanged();
    void attributionChanged();

private:
    struct Loaded {
        QString state = QStringLiteral("loading");
        QString message;
        QStringList fields;
        QString sourceCrs;
        qint64 featureCount = 0;
        std::shared_ptr<const geo::VectorLayer> vector;
        std::shared_ptr<geo::RasterLayer> raster;
        std::shared_ptr<const geo::RasterBasemap> basemap;
    };
    struct Row {
        int id = 0;
        int serial = 0; // load request number: late results of an older request are dropped
        core::LayerRecord record;
        Loaded loaded;
    };

    void resetRows(const std::vector<core::LayerRecord> &records);
    void load(int row);
    void changed(int row, const QList<int> &roles, bool reload, bool redraw);
    void scheduleSave();
    int rowOfId(int id) const;
    bool isBasemap(int row) const;
    void rememberBasemapStyle(int row) const;

    QString m_inventory;
    QString m_basemap;
    QList<Row> m_rows;
    int m_nextId = 1;
    QString m_saveError;
    QThreadPool m_pool;
    QTimer m_saveTimer;
    quint64 m_inventorySerial = 0;
};

} // namespace gc::ui
