#include "appcontroller.h"
#include "assetcard.h"
#include "outsideeditsoffer.h"

#include "store/assetstore.h"
#include "store/inventorystats.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
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
    : QObject(parent), m_language(std::move(language)), m_outsideEdits(new OutsideEditsOffer([this] { return m_store.get(); }, this)),
      m_session(new Session([this] { return m_store.get(); }, this)), m_sync(std::make_unique<SyncController>())
{
    // Adopting rewrote rows and added events: every page shows the file anew.
    connect(m_outsideEdits, &OutsideEditsOffer::adopted, this, &AppController::refresh);
    // A server login (and the server's answer to every round) says who is acting here.
    connect(m_sync.get(), &SyncController::accountChanged, this, [this](const QString &user, const QString &role, const QString &department) {
        if (m_session->userName() != user || m_session->role() != role || !m_session->viaServer())
            m_session->signInFromServer(user, role, department);
    });
    connect(m_sync.get(), &SyncController::inventoryChangedElsewhere, this, &AppController::refresh);
    // Every page's write ends in refresh() (the office's decisions and assignments, a department's
    // sheet): the chip counts what is unsent anew and a signed-in device sends it soon, never showing
    // "sent" over changes the server has not seen.
    connect(this, &AppController::statsChanged, m_sync.get(), &SyncController::refreshPending);
}

AppController::~AppController() { close(); }

void AppController::close()
{
    if (m_sync)
        m_sync->shutdown();
    m_store.reset(); // its destructor checkpoints the WAL into the file
}

void AppController::signOut()
{
    if (m_session->viaServer())
        m_sync->logout();
    m_session->signOut();
}

QVariantMap AppController::cannotInstallReport(const QString &uuid) const
{
    if (!m_store || uuid.isEmpty())
        return {};
    const Lang lang = m_language == QLatin1String("en") ? Lang::English : m_language == QLatin1String("ko") ? Lang::Korean : Lang::Ui;
    return ui::cannotInstallReport(*m_store, uuid, lang);
}

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
        m_error = store.error().message();
        emit inventoryChanged();
        refresh();
        return false;
    }
    m_store = std::move(*store);
    m_error.clear();
    m_session->restore();
    m_sync->setInventoryPath(path);
    m_sync->restore();
    emit inventoryChanged();
    refresh();
    if (!m_store->readOnly()) // a read-only file cannot take the events: nothing to offer
        m_outsideEdits->check(path);
    return true;
}

bool AppController::createInventory(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto made = core::AssetStore::create(path);
    if (!made) {
        m_path = path;
        m_store.reset();
        m_error = made.error().message(gc::Lang::Ui);
        emit inventoryChanged();
        refresh();
        return false;
    }
    made->reset(); // opened again below, as every inventory is
    return openInventory(path);
}

bool AppController::openInventoryFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!openInventory(path))
        return false;
    QSettings().setValue(keptInventoryKey(), path);
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
            m_error = s.error().message();
        }
    }
    emit statsChanged();
}

bool switchApp(QObject *owner, QPointer<AppController> &current, AppController *next)
{
    if (current == next)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, owner, nullptr);
    current = next;
    return true;
}

} // namespace gc::ui
