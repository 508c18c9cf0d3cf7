#pragma once

#include "model/asset.h"
#include "store/assetstore.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace gc::test {

// A fresh inventory in a temporary folder, for one test.
struct InventoryFixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("inventory.gpkg"));
    std::unique_ptr<core::AssetStore> store;

    InventoryFixture()
    {
        auto s = core::AssetStore::create(path);
        REQUIRE(s.ok());
        store = std::move(*s);
        store->setIdentity(QStringLiteral("tester"), QStringLiteral("device-a"));
    }

    // A bench in 독산3동 (EPSG:5186), inside the dong.
    static core::Asset bench(const QString &name = QStringLiteral("독산3동 의자"))
    {
        core::Asset a;
        a.category = QStringLiteral("bench");
        a.name = name;
        a.department = QStringLiteral("공원녹지과");
        a.method = QStringLiteral("sticker");
        a.hasLocation = true;
        a.x = 191604.6;
        a.y = 541809.5;
        return a;
    }
};

} // namespace gc::test
