// geo::ZipWriter: zip archives written by GDAL's own writer, read back through GDAL's /vsizip/ and
// checked against zlib's CRC; a failed write leaves nothing behind.
#include "zipwriter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cpl_vsi.h>

using gc::geo::ZipWriter;

namespace {

// A member's bytes as GDAL's zip reader returns them.
QByteArray readMember(const QString &zip, const QString &name)
{
    const QByteArray path = QStringLiteral("/vsizip/%1/%2").arg(zip, name).toUtf8();
    VSILFILE *f = VSIFOpenL(path.constData(), "rb");
    if (!f)
        return {};
    QByteArray out;
    char buf[4096];
    for (size_t n; (n = VSIFReadL(buf, 1, sizeof buf, f)) > 0;)
        out.append(buf, qsizetype(n));
    VSIFCloseL(f);
    return out;
}

} // namespace

TEST_CASE("the zip CRC-32 is zlib's standard one", "[geo][zip]")
{
    CHECK(ZipWriter::crc32(QByteArrayLiteral("123456789")) == 0xCBF43926u);
    CHECK(ZipWriter::crc32(QByteArray()) == 0u);
}

TEST_CASE("stored and deflated archives read back through /vsizip/, Korean names intact, replacing the old file", "[geo][zip]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString zip = dir.filePath(QStringLiteral("out.zip"));
    QFile old(zip); // an earlier export: replaced whole
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("not a zip");
    old.close();
    const QByteArray text = QByteArray("<qgis>").repeated(2000);
    const std::vector<ZipWriter::Member> members{{QStringLiteral("project.qgs"), text},
                                                 {QStringLiteral("자료/독산동.txt"), QStringLiteral("독산동 쉼터 의자").toUtf8()}};
    for (const auto method : {ZipWriter::Method::Stored, ZipWriter::Method::Deflated}) {
        const QString path = method == ZipWriter::Method::Stored ? zip : dir.filePath(QStringLiteral("deflated.zip"));
        REQUIRE(ZipWriter::write(path, members, method).ok());
        for (const auto &m : members)
            CHECK(readMember(path, m.name) == m.data);
        const qint64 size = QFileInfo(path).size();
        if (method == ZipWriter::Method::Stored)
            CHECK(size > text.size()); // the repeated text is there byte for byte
        else
            CHECK(size < text.size() / 10);
    }
    // No partial file left beside them.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name) == QStringList{QStringLiteral("deflated.zip"), QStringLiteral("out.zip")});
}

TEST_CASE("a zip that cannot be written says where and leaves nothing", "[geo][zip]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString zip = dir.filePath(QStringLiteral("missing/out.zip"));
    const auto r = ZipWriter::write(zip, {{QStringLiteral("a.txt"), QByteArray("a")}}, ZipWriter::Method::Stored);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(zip));
    CHECK(r.error().message().contains(QStringLiteral("cannot write")));
    CHECK_FALSE(QFile::exists(zip));
}
