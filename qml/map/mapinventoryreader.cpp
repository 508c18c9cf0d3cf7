#include "mapinventoryreader.h"
#include "assetscene.h"
#include "model/catalog.h"
#include "store/assetsnapshotquery.h"

namespace gc::ui {

MapInventoryReader::MapInventoryReader(QObject *parent)
    : QObject(parent)
{
    // One thread: requests run in order, and a reload never races the load before it.
    m_pool.setMaxThreadCount(1);
}

MapInventoryReader::~MapInventoryReader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void MapInventoryReader::load(const QString &path, const core::AssetFilter &filter, std::function<void(Loaded)> done)
{
    run<Loaded>(m_loadSerial, [path, filter] {
        Loaded out;
        auto snap = core::AssetSnapshotQuery::load(path);
        if (!snap) {
            out.error = snap.error().message();
            return out;
        }
        auto shared = std::make_shared<const core::AssetSnapshot>(std::move(*snap));
        out.snapshot = shared;
        auto mask = core::AssetSnapshotQuery::matches(path, *shared, filter);
        if (!mask) {
            out.error = mask.error().message();
            return out;
        }
        out.scene = AssetScene::build(shared, *mask);
        return out;
    }, std::move(done));
}

void MapInventoryReader::build(const QString &path, std::shared_ptr<const core::AssetSnapshot> snapshot,
                               const core::AssetFilter &filter, std::function<void(Built)> done)
{
    run<Built>(m_buildSerial, [path, snap = std::move(snapshot), filter] {
        auto mask = core::AssetSnapshotQuery::matches(path, *snap, filter);
        if (!mask)
            return Built{nullptr, mask.error().message()};
        return Built{AssetScene::build(snap, *mask), QString()};
    }, std::move(done));
}

void MapInventoryReader::details(const QString &path, qint64 fid, std::function<void(QVariantMap)> done)
{
    run<QVariantMap>(m_detailSerial, [path, fid] {
        auto row = core::AssetSnapshotQuery::details(path, fid);
        if (!row || row->isEmpty())
            return QVariantMap();
        QVariantMap out = std::move(*row);
        using namespace core::catalog;
        out.insert(QStringLiteral("categoryLabel"), label(categories(), out.value(QStringLiteral("category")).toString()));
        out.insert(QStringLiteral("statusLabel"), label(statuses(), out.value(QStringLiteral("status")).toString()));
        out.insert(QStringLiteral("methodLabel"), label(methods(), out.value(QStringLiteral("method")).toString()));
        return out;
    }, std::move(done));
}

} // namespace gc::ui
