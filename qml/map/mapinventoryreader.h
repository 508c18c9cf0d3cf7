#pragma once

#include "model/assetfilter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QVariantMap>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace gc::core {
struct AssetSnapshot;
}

namespace gc::ui {

struct AssetScene;

// Reads the inventory for the map on one worker thread, through core's AssetSnapshotQuery (which
// opens its own read-only connection). Of each kind of request only the newest reports back: a load
// started while another runs makes the older one's answer go unused.
class MapInventoryReader : public QObject {
    Q_OBJECT

public:
    struct Loaded {
        std::shared_ptr<const core::AssetSnapshot> snapshot; // null when the read failed
        std::shared_ptr<AssetScene> scene;                   // null when filtering failed
        QString error;
    };
    struct Built {
        std::shared_ptr<AssetScene> scene; // null when filtering failed
        QString error;
    };

    explicit MapInventoryReader(QObject *parent = nullptr);
    ~MapInventoryReader() override;

    // Every located asset and the scene of those passing `filter`.
    void load(const QString &path, const core::AssetFilter &filter, std::function<void(Loaded)> done);
    // The scene of the snapshot's assets passing `filter`.
    void build(const QString &path, std::shared_ptr<const core::AssetSnapshot> snapshot, const core::AssetFilter &filter,
               std::function<void(Built)> done);
    // One asset's columns and labels for the asset card; empty when it cannot be read.
    void details(const QString &path, qint64 fid, std::function<void(QVariantMap)> done);

private:
    template <typename T, typename Work>
    void run(quint64 &serial, Work work, std::function<void(T)> done)
    {
        const quint64 mine = ++serial;
        auto *w = new QFutureWatcher<T>(this);
        connect(w, &QFutureWatcherBase::finished, this, [w, mine, &serial, done = std::move(done)] {
            T result = w->result();
            w->deleteLater();
            if (mine == serial)
                done(std::move(result));
        });
        w->setFuture(QtConcurrent::run(&m_pool, std::move(work)));
    }

    QThreadPool m_pool;
    quint64 m_loadSerial = 0, m_buildSerial = 0, m_detailSerial = 0;
};

} // namespace gc::ui
