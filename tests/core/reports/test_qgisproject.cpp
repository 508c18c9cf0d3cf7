// W2.7: `export --format qgis` writes a QGIS project in a stored zip next to a copy of the inventory.
// (QGIS itself opens the result in tests/cli/qgis_project.py.)
#include "inventoryfixture.h"

#include "reports/qgisproject.h"
#include "io/storedzip.h"
#include "store/sqlitedb.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

// The members of a zip as its central directory lists them, read back from the bytes: name, data
// (stored members only) and the CRC the archive claims.
struct ZipMember {
    QString name;
    QByteArray data;
    quint32 crc = 0;
    quint16 method = 0xFFFF;
};

std::vector<ZipMember> readZip(const QByteArray &z)
{
    const auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(z.constData() + at); };
    const auto u32 = [&](qsizetype at) { return qFromLittleEndian<quint32>(z.constData() + at); };
    const qsizetype end = z.size() - 22;
    REQUIRE(end >= 0);
    REQUIRE(u32(end) == 0x06054b50u);
    std::vector<ZipMember> out;
    qsizetype at = u32(end + 16);
    for (int i = 0; i < u16(end + 10); ++i) {
        REQUIRE(u32(at) == 0x02014b50u);
        ZipMember m;
        m.method = u16(at + 10);
        m.crc = u32(at + 16);
        const quint32 size = u32(at + 20), nameLen = u16(at + 28), local = u32(at + 42);
        m.name = QString::fromUtf8(z.mid(at + 46, nameLen));
        REQUIRE(u32(local) == 0x04034b50u);
        CHECK(u32(local + 14) == m.crc);
        m.data = z.mid(local + 30 + u16(local + 26) + u16(local + 28), size);
        out.push_back(m);
        at += 46 + nameLen + u16(at + 30) + u16(at + 32);
    }
    return out;
}

} // namespace

TEST_CASE("the zip CRC-32 is the standard one", "[export][qgis]")
{
    CHECK(StoredZip::crc32(QByteArrayLiteral("123456789")) == 0xCBF43926u); // the check value of CRC-32/ISO-HDLC
    CHECK(StoredZip::crc32(QByteArray()) == 0u);
}

TEST_CASE("export qgis writes a project naming the copy beside it by a relative path", "[export][qgis]")
{
    InventoryFixture fx;
    REQUIRE(fx.store->addAsset(InventoryFixture::bench(QStringLiteral("독산3동 의자"))).ok());
    const QString out = fx.dir.filePath(QStringLiteral("for qgis"));
    auto written = QgisProject::write(*fx.store, out);
    REQUIRE(written.ok());
    CHECK(written->gpkg == QDir(out).absoluteFilePath(QStringLiteral("inventory.gpkg")));
    CHECK(written->qgz == QDir(out).absoluteFilePath(QStringLiteral("inventory.qgz")));

    QFile qgz(written->qgz);
    REQUIRE(qgz.open(QIODevice::ReadOnly));
    const auto members = readZip(qgz.readAll());
    REQUIRE(members.size() == 1);
    const ZipMember &qgs = members.front();
    CHECK(qgs.name == QStringLiteral("inventory.qgs"));
    CHECK(qgs.method == 0);
    CHECK(qgs.crc == StoredZip::crc32(qgs.data));
    const QString xml = QString::fromUtf8(qgs.data);
    CHECK(xml.startsWith(QStringLiteral("<!DOCTYPE qgis")));
    for (const char *table : {"assets", "dongs", "asset_events"})
        CHECK(xml.contains(QStringLiteral("<datasource>./inventory.gpkg|layername=%1</datasource>").arg(QLatin1String(table))));
    CHECK_FALSE(xml.contains(out)); // nothing absolute: the folder can move
    CHECK(xml.contains(QStringLiteral("<authid>EPSG:5186</authid>")));
    CHECK(xml.contains(QStringLiteral("type=\"graduatedSymbol\"")));
    CHECK(xml.contains(QStringLiteral("type=\"categorizedSymbol\"")));

    // The copy is the inventory, with its styles, and the inventory is untouched.
    auto copy = AssetStore::open(written->gpkg, AssetStore::Access::ReadOnly);
    REQUIRE(copy.ok());
    CHECK((*copy)->assetCount() == 1);
    CHECK((*copy)->eventCount() == fx.store->eventCount());
    auto db = SqliteDb::open(written->gpkg, SqliteDb::Mode::ReadOnly);
    REQUIRE(db.ok());
    CHECK(db->scalarInt(QStringLiteral("SELECT count(*) FROM layer_styles WHERE styleName = 'goodcity' AND useAsDefault")).value() == 2);

    // Exporting over the inventory itself is refused.
    auto self = QgisProject::write(*fx.store, fx.dir.path());
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message().contains(QStringLiteral("inventory itself")));
}
