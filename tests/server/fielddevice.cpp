#include "fielddevice.h"

#include "../core/support/inventoryfixture.h"

#include "model/eventjson.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <catch2/catch.hpp>

namespace gc::test {

FieldDevice::FieldDevice(const QString &path, const QString &url, const QString &user, const QString &device)
{
    auto s = core::AssetStore::create(path);
    REQUIRE(s.ok());
    store = std::move(*s);
    store->setIdentity(user, device);
    client = std::make_unique<core::SyncClient>(*store, QUrl(url));
    auto in = client->login(user, QStringLiteral("correct horse 1"));
    INFO((in ? QString() : in.error().message()).toStdString());
    REQUIRE(in.ok());
}

core::SyncReport FieldDevice::syncOk()
{
    auto r = client->syncOnce();
    INFO((r ? QString() : r.error().message()).toStdString());
    REQUIRE(r.ok());
    return *r;
}

QByteArray jpegBytes()
{
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPG");
    return bytes;
}

core::Event renameEvent(const QString &uuid, const QString &name, const QString &hlc, const QString &device, const QString &actor)
{
    return core::Event{QUuid::createUuid().toString(QUuid::WithoutBraces), hlc, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                       actor, device, QString::fromLatin1(core::EventKind::AssetUpdated), uuid,
                       QJsonObject{{QStringLiteral("name"), name}}};
}

QByteArray pushBody(const core::Event &e, qint64 baseCursor)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("device"), e.device},
                                     {QStringLiteral("base_cursor"), baseCursor},
                                     {QStringLiteral("events"), QJsonArray{core::eventjson::toJson(e)}}})
        .toJson(QJsonDocument::Compact);
}

QString FieldDevice::addBench(const QString &name)
{
    auto added = store->addAsset(InventoryFixture::bench(name));
    REQUIRE(added.ok());
    return added->uuid;
}

QString FieldDevice::rename(const QString &uuid, const QString &name)
{
    REQUIRE(store->updateAsset(uuid, QJsonObject{{QStringLiteral("name"), name}}).ok());
    const auto history = store->events(uuid);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->empty());
    return history->back().hlc;
}

BenchOffice::BenchOffice(LocalServer::Kind kind)
    : office(kind, dir),
      tab(dir.filePath(QStringLiteral("tab-1.gpkg")), office.url(), QStringLiteral("office1"), QStringLiteral("tab-1")),
      uuid(tab.addBench(QStringLiteral("독산3동 의자")))
{
    tab.syncOk();
}

FieldDevice BenchOffice::another(const QString &user, const QString &device)
{
    return FieldDevice(dir.filePath(device + QStringLiteral(".gpkg")), office.url(), user, device);
}

} // namespace gc::test
