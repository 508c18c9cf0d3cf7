#include "layerlistmodel.h"
#include "text.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace gc::ui {

namespace {

const QStringList kRasterSuffixes{QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("jp2"), QStringLiteral("png"),
                                  QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("img"), QStringLiteral("ecw"),
                                  QStringLiteral("sid"), QStringLiteral("asc"), QStringLiteral("dem")};

struct LoadResult {
    QString state, message, sourceCrs;
    QStringList fields;
    qint64 featureCount = 0;
    std::shared_ptr<const geo::VectorLayer> vector;
    std::shared_ptr<geo::RasterLayer> raster;
    std::shared_ptr<const geo::RasterBasemap> basemap;
};

const QString kBasemapKind = QStringLiteral("basemap");

// The inventory's own layer (its dongs), read through SQLite rather than GDAL: the app holds the
// inventory open, and GDAL opening it would close a descriptor of the file, which drops the app's
// SQLite locks — an outside reader (QGIS, sqlite3) then deleted the WAL the app kept writing into,
// and a kill lost replacements the app had reported saved (an outside pass).
Result<std::shared_ptr<const geo::VectorLayer>> inventoryLayer(const QString &inventory, const geo::VectorLayerOptions &o)
{
    const QString table = o.sourceLayer.isEmpty() ? QStringLiteral("dongs") : o.sourceLayer;
    auto read = core::LayerStore::readFeatures(inventory, table, o.labelField, o.keyField);
    if (!read)
        return read.error();
    return geo::VectorLayer::fromWkb(read->features, table, read->crs, o);
}

LoadResult loadLayer(const core::LayerRecord &r, const QString &inventory)
{
    LoadResult out;
    auto fail = [&](const Error &e) {
        out.state = QStringLiteral("error");
        out.message = e.message();
        return out;
    };
    if (r.kind == kBasemapKind) {
        geo::RasterBasemapOptions o;
        // Online tile services keep what they downloaded here (GDAL's WMS cache), for the next start.
        o.diskCacheDirectory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/gdalwmscache");
        auto basemap = geo::RasterBasemap::open(r.path, o);
        if (!basemap)
            return fail(basemap.error());
        out.basemap = *basemap;
        out.sourceCrs = (*basemap)->sourceCrs();
        out.state = QStringLiteral("ok");
        out.message = QStringLiteral("%1 · %2").arg((*basemap)->driver(), QFileInfo(r.path).fileName());
        return out;
    }
    if (r.kind == QLatin1String("raster")) {
        auto raster = geo::RasterLayer::open(r.path, r.crs);
        if (!raster)
            return fail(raster.error());
        out.raster = *raster;
        out.sourceCrs = (*raster)->sourceCrs();
        out.state = QStringLiteral("ok");
        out.message = QStringLiteral("%1×%2 px, %3 overviews").arg((*raster)->pixelSize().width()).arg((*raster)->pixelSize().height())
                          .arg((*raster)->overviewCount());
        return out;
    }
    geo::VectorLayerOptions o;
    o.sourceLayer = r.sourceLayer;
    o.encoding = r.encoding;
    o.crsOverride = r.crs;
    o.labelField = r.labelField;
    Result<std::shared_ptr<const geo::VectorLayer>> vector = Error{};
    if (r.kind == QLatin1String("inventory")) {
        o.keyField = QStringLiteral("adm_code");
        vector = inventoryLayer(inventory, o);
        if (!vector || (*vector)->features().empty()) {
            // An inventory without dongs (or not yet migrated): the district layer compiled into the program.
            QFile res(QStringLiteral(":/gc/data/geumcheon_dongs.geojson"));
            if (res.open(QIODevice::ReadOnly)) {
                o.sourceLayer.clear();
                vector = geo::VectorLayer::loadFromMemory(res.readAll(), QStringLiteral("dongs.geojson"), o);
            }
        }
    } else {
        vector = geo::VectorLayer::load(r.path, o);
    }
    if (!vector)
        return fail(vector.error());
    out.vector = *vector;
    out.fields = (*vector)->fieldNames();
    out.sourceCrs = (*vector)->sourceCrs();
    out.featureCount = qint64((*vector)->features().size());
    out.state = QStringLiteral("ok");
    out.message = (*vector)->warnings();
    return out;
}

} // namespace

LayerListModel::LayerListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_pool.setMaxThreadCount(2);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        if (m_inventory.isEmpty())
            return;
        auto *w = new QFutureWatcher<VoidResult>(this);
        connect(w, &QFutureWatcher<VoidResult>::finished, this, [this, w] {
            const VoidResult r = w->result();
            w->deleteLater();
            const QString err = r ? QString() : r.error().message();
            if (err != m_saveError) {
                m_saveError = err;
                emit saveErrorChanged();
            }
        });
        w->setFuture(QtConcurrent::run(&m_pool, [path = m_inventory, records = records()]() -> VoidResult {
            return core::LayerStore::save(path, records);
        }));
    });
}

LayerListModel::~LayerListModel()
{
    m_pool.clear();
    m_pool.waitForDone();
}

core::LayerRecord LayerListModel::basemapRecord(const QString &source)
{
    const QSettings settings;
    core::LayerRecord r;
    r.name = gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "Basemap")), gc::Lang::Both);
    r.kind = kBasemapKind;
    r.path = source;
    r.visible = settings.value(QStringLiteral("basemap/visible"), true).toBool();
    r.opacity = std::clamp(settings.value(QStringLiteral("basemap/opacity"), 1.0).toDouble(), 0.0, 1.0);
    return r;
}

bool LayerListModel::isBasemap(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].record.kind == kBasemapKind;
}

void LayerListModel::rememberBasemapStyle(int row) const
{
    if (!isBasemap(row))
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("basemap/visible"), m_rows[row].record.visible);
    settings.setValue(QStringLiteral("basemap/opacity"), m_rows[row].record.opacity);
}

void LayerListModel::setBasemap(const QString &source)
{
    if (source == m_basemap)
        return;
    m_basemap = source;
    // The basemap is always the bottom row.
    if (!m_rows.isEmpty() && isBasemap(int(m_rows.size()) - 1)) {
        const int last = int(m_rows.size()) - 1;
        beginRemoveRows({}, last, last);
        m_rows.removeAt(last);
        endRemoveRows();
    }
    if (!source.isEmpty()) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(Row{m_nextId++, 0, basemapRecord(source), {}});
        endInsertRows();
        load(at);
    }
    emit countChanged();
    emit basemapChanged();
    emit attributionChanged();
    emit loadingChanged();
    emit renderChanged();
}

QString LayerListModel::attribution() const
{
    for (const Row &r : m_rows)
        if (r.record.kind == kBasemapKind && r.record.visible && r.record.opacity > 0 && r.loaded.basemap)
            return r.loaded.basemap->attribution();
    return {};
}

core::LayerRecord LayerListModel::dongLayerRecord()
{
    core::LayerRecord r;
    r.name = gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "Dongs")), gc::Lang::Both);
    r.kind = QStringLiteral("inventory");
    r.sourceLayer = QStringLiteral("dongs");
    // Dong names in the user's language (the district's data carries both).
    r.labelField = localeLanguage() == Lang::English ? QStringLiteral("name_en") : QStringLiteral("name_ko");
    r.fill = QStringLiteral("#1400694B");
    r.stroke = QStringLiteral("#00694B");
    return r;
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> LayerListModel::roleNames() const
{
    return {{NameRole, "name"},         {KindRole, "kind"},       {PathRole, "path"},           {VisibleRole, "layerVisible"},
            {OpacityRole, "layerOpacity"}, {FillRole, "fill"},     {StrokeRole, "stroke"},       {LabelFieldRole, "labelField"},
            {EncodingRole, "encoding"}, {CrsRole, "crs"},         {StateRole, "state"},         {MessageRole, "message"},
            {FieldsRole, "fields"},     {SourceCrsRole, "sourceCrs"}, {FeatureCountRole, "featureCount"}};
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.record.name;
    case KindRole: return r.record.kind;
    case PathRole: return r.record.kind == QLatin1String("inventory") ? m_inventory : r.record.path;
    case VisibleRole: return r.record.visible;
    case OpacityRole: return r.record.opacity;
    case FillRole: return r.record.fill;
    case StrokeRole: return r.record.stroke;
    case LabelFieldRole: return r.record.labelField;
    case EncodingRole: return r.record.encoding;
    case CrsRole: return r.record.crs;
    case StateRole: return r.loaded.state;
    case MessageRole: return r.loaded.message;
    case FieldsRole: return r.loaded.fields;
    case SourceCrsRole: return r.loaded.sourceCrs;
    case FeatureCountRole: return r.loaded.featureCount;
    default: return {};
    }
}

bool LayerListModel::loading() const
{
    for (const Row &r : m_rows)
        if (r.loaded.state == QLatin1String("loading"))
            return true;
    return false;
}

void LayerListModel::setInventoryPath(const QString &path)
{
    m_inventory = path;
    const quint64 serial = ++m_inventorySerial;
    if (path.isEmpty()) {
        resetRows({dongLayerRecord()});
        return;
    }
    auto *w = new QFutureWatcher<Result<std::vector<core::LayerRecord>>>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, serial] {
        auto saved = w->result();
        w->deleteLater();
        if (serial != m_inventorySerial)
            return;
        std::vector<core::LayerRecord> records;
        if (saved && !saved->empty())
            records = *saved;
        else
            records = {dongLayerRecord()};
        resetRows(records);
    });
    w->setFuture(QtConcurrent::run(&m_pool, [path]() -> Result<std::vector<core::LayerRecord>> {
        return core::LayerStore::load(path);
    }));
}

void LayerListModel::resetRows(const std::vector<core::LayerRecord> &records)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &rec : records)
        if (rec.kind != kBasemapKind)
            m_rows.append(Row{m_nextId++, 0, rec, {}});
    if (!m_basemap.isEmpty())
        m_rows.append(Row{m_nextId++, 0, basemapRecord(m_basemap), {}});
    endResetModel();
    emit countChanged();
    for (int i = 0; i < m_rows.size(); ++i)
        load(i);
    emit loadingChanged();
    emit renderChanged();
}

int LayerListModel::rowOfId(int id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

void LayerListModel::load(int row)
{
    Row &r = m_rows[row];
    const int id = r.id, serial = ++r.serial;
    r.loaded.state = QStringLiteral("loading");
    r.loaded.message.clear();
    auto *w = new QFutureWatcher<LoadResult>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, id, serial] {
        const LoadResult res = w->result();
        w->deleteLater();
        const int i = rowOfId(id);
        if (i < 0 || m_rows[i].serial != serial)
            return;
        Loaded &l = m_rows[i].loaded;
        l.state = res.state;
        l.message = res.message;
        l.fields = res.fields;
        l.sourceCrs = res.sourceCrs;
        l.featureCount = res.featureCount;
        l.vector = res.vector;
        l.raster = res.raster;
        l.basemap = res.basemap;
        emit dataChanged(index(i), index(i));
        emit loadingChanged();
        emit renderChanged();
        if (m_rows[i].record.kind == QLatin1String("inventory"))
            emit districtChanged();
        if (isBasemap(i))
            emit attributionChanged();
    });
    w->setFuture(QtConcurrent::run(&m_pool, loadLayer, r.record, m_inventory));
}

void LayerListModel::changed(int row, const QList<int> &roles, bool reload, bool redraw)
{
    if (reload)
        load(row);
    emit dataChanged(index(row), index(row), reload ? QList<int>{} : roles);
    if (reload)
        emit loadingChanged();
    if (redraw || reload)
        emit renderChanged();
    scheduleSave();
}

void LayerListModel::scheduleSave()
{
    m_saveTimer.start();
}

void LayerListModel::addFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return;
    core::LayerRecord rec;
    const QFileInfo info(path);
    rec.name = info.completeBaseName();
    rec.path = path;
    rec.kind = kRasterSuffixes.contains(info.suffix().toLower()) ? QStringLiteral("raster") : QStringLiteral("vector");
    rec.fill = QStringLiteral("#40F2A900");
    rec.stroke = QStringLiteral("#B07A00");
    beginInsertRows({}, 0, 0);
    m_rows.prepend(Row{m_nextId++, 0, rec, {}});
    endInsertRows();
    emit countChanged();
    load(0);
    emit loadingChanged();
    scheduleSave();
}

void LayerListModel::remove(int row)
{
    if (row < 0 || row >= m_rows.size() || isBasemap(row)) // the basemap goes with its setting, not from the list
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit countChanged();
    emit loadingChanged();
    emit renderChanged();
    scheduleSave();
}

void LayerListModel::move(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to || isBasemap(from) || isBasemap(to))
        return;
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_rows.move(from, to);
    endMoveRows();
    emit renderChanged();
    scheduleSave();
}

void LayerListModel::setVisible(int row, bool visible)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].record.visible == visible)
        return;
    m_rows[row].record.visible = visible;
    rememberBasemapStyle(row);
    changed(row, {VisibleRole}, false, true);
    if (isBasemap(row))
        emit attributionChanged();
}

void LayerListModel::setOpacity(int row, double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (row < 0 || row >= m_rows.size() || qFuzzyCompare(m_rows[row].record.opacity, opacity))
        return;
    m_rows[row].record.opacity = opacity;
    rememberBasemapStyle(row);
    changed(row, {OpacityRole}, false, true);
    if (isBasemap(row))
        emit attributionChanged();
}

void LayerListModel::setFill(int row, const QString &colour)
{
    if (row < 0 || row >= m_rows.size() || !QColor::isValidColorName(colour))
        return;
    m_rows[row].record.fill = colour;
    changed(row, {FillRole}, false, true);
}

void LayerListModel::setStroke(int row, const QString &colour)
{
    if (row < 0 || row >= m_rows.size() || !QColor::isValidColorName(colour))
        return;
    m_rows[row].record.stroke = colour;
    changed(row, {StrokeRole}, false, true);
}

void LayerListModel::setLabelField(int row, const QString &field)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].record.labelField == field)
        return;
    m_rows[row].record.labelField = field;
    changed(row, {LabelFieldRole}, true, true);
}

void LayerListModel::setEncoding(int row, const QString &encoding)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].record.encoding == encoding)
        return;
    m_rows[row].record.encoding = encoding;
    changed(row, {EncodingRole}, true, true);
}

void LayerListModel::setCrs(int row, const QString &crs)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].record.crs == crs.trimmed())
        return;
    m_rows[row].record.crs = crs.trimmed();
    changed(row, {CrsRole}, true, true);
}

geo::RenderList LayerListModel::renderList(const QHash<QString, QColor> &dongFill) const
{
    geo::RenderList out;
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        const Row &r = *it;
        if (!r.record.visible || r.loaded.state != QLatin1String("ok"))
            continue;
        geo::RenderLayer l;
        l.vector = r.loaded.vector;
        l.raster = r.loaded.raster;
        l.basemap = r.loaded.basemap;
        l.style.opacity = r.record.opacity;
        l.style.fill = QColor(r.record.fill);
        l.style.stroke = QColor(r.record.stroke);
        l.style.labels = !r.record.labelField.isEmpty();
        if (r.record.kind == QLatin1String("inventory")) {
            l.style.fillByKey = dongFill;
            l.style.strokeWidth = 2.0;
            l.style.labelPixelSize = 14;
        }
        out.push_back(std::move(l));
    }
    return out;
}

QRectF LayerListModel::districtExtent() const
{
    for (const Row &r : m_rows)
        if (r.record.kind == QLatin1String("inventory") && r.loaded.vector)
            return r.loaded.vector->extent();
    return {};
}

QList<QPair<QString, QString>> LayerListModel::dongNames() const
{
    QList<QPair<QString, QString>> out;
    for (const Row &r : m_rows) {
        if (r.record.kind != QLatin1String("inventory") || !r.loaded.vector)
            continue;
        for (const auto &f : r.loaded.vector->features())
            if (!f.key.isEmpty())
                out.append({f.key, f.label.isEmpty() ? f.key : f.label});
        break;
    }
    return out;
}

std::vector<core::LayerRecord> LayerListModel::records() const
{
    std::vector<core::LayerRecord> out;
    for (const Row &r : m_rows)
        if (r.record.kind != kBasemapKind) // its source lives in the app's settings, not in the inventory
            out.push_back(r.record);
    return out;
}

} // namespace gc::ui
