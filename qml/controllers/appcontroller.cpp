#include "appcontroller.h"
#include "outsideeditsoffer.h"

#include "store/assetstore.h"
#include "store/inventorystats.h"

#include <QSettings>
#include <QVariantMap>

namespace gc::ui {

namespace {
QVariantList toList(const std::vector<core::InventoryStats::Count> &counts)
{
    QVariantList out;
    for (const auto &c : counts)
        out.append(QVariantMap{{QStringLiteral("code"), c.code}, {QStringLiteral("label"), c.label}, {QStringLiteral("count"), c.count}});
    return out;
}
} // namespace

AppController::AppController(QString language, QObject *parent)
    : QObject(parent), m_language(std::move(language)), m_outsideEdits(new OutsideEditsOffer([this] { return m_store.get(); }, this))
{
    // Adopting rewrote rows and added events: every page shows the file anew.
    connect(m_outsideEdits, &OutsideEditsOffer::adopted, this, &AppController::refresh);
}
AppController::~AppController() = default;

void AppController::chooseBasemap(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QSettings().setValue(QStringLiteral("basemap/source"), path);
    setBasemap(path);
}

bool AppController::readOnly() const { return m_store && m_store->readOnly(); }

bool AppController::openInventory(const QString &path)
{
    m_path = path;
    auto store = core::AssetStore::open(path);
    if (!store) {
        m_store.reset();
        m_error = store.error().message;
        emit inventoryChanged();
        refresh();
        return false;
    }
    m_store = std::move(*store);
    m_error.clear();
    emit inventoryChanged();
    refresh();
    if (!m_store->readOnly()) // a read-only file cannot take the events: nothing to offer
        m_outsideEdits->check(path);
    return true;
}

void AppController::refresh()
{
    m_statusCounts.clear();
    m_categoryCounts.clear();
    m_dongCounts.clear();
    m_assetCount = m_eventCount = 0;
    if (m_store) {
        if (auto s = core::InventoryStats::compute(*m_store)) {
            m_assetCount = s->total;
            m_eventCount = s->events;
            m_statusCounts = toList(s->byStatus);
            m_categoryCounts = toList(s->byCategory);
            m_dongCounts = toList(s->byDong);
        } else {
            m_error = s.error().message;
        }
    }
    emit statsChanged();
}

} // namespace gc::ui
