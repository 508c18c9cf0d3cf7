#pragma once

#include "serverprocess.h"
#include "store/assetstore.h"
#include "sync/syncclient.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace gc::test {

// A small JPEG, for photos that must really travel.
QByteArray jpegBytes();
// A hand-made rename of an asset, with whatever stamp, device and actor a test (or an attacker) gives.
core::Event renameEvent(const QString &uuid, const QString &name, const QString &hlc, const QString &device, const QString &actor);
// The body of POST /api/v1/events for one event.
QByteArray pushBody(const core::Event &e, qint64 baseCursor);

// One tablet: its own inventory file and a sync client logged in to the server at `url`.
struct FieldDevice {
    FieldDevice(const QString &path, const QString &url, const QString &user, const QString &device);

    core::SyncReport syncOk();              // one round that must succeed
    QString addBench(const QString &name); // a new asset; returns its uuid
    QString rename(const QString &uuid, const QString &name); // returns the edit's clock stamp

    std::unique_ptr<core::AssetStore> store;
    std::unique_ptr<core::SyncClient> client;
};

// A goodcity-server process of `kind`, and office1's tablet "tab-1", which has added one bench and
// sent it.
struct BenchOffice {
    explicit BenchOffice(LocalServer::Kind kind);
    FieldDevice another(const QString &user, const QString &device); // a second tablet, not yet synced

    QTemporaryDir dir;
    OfficeServer office;
    FieldDevice tab;
    QString uuid; // the bench
};

} // namespace gc::test
