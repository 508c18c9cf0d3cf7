// A save killed between its photo files and its commit (W2.6 crash trials found the files left
// behind, unreferenced): the photo journal lets the next writer that opens alone remove exactly those.
#include "inventoryfixture.h"
#include "photofiles/photostore.h"
#include "store/inventoryverifier.h"
#include "store/photorecords.h"
#include "store/sqlitedb.h"
#include "store/storeaccess.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>

#include <sqlite3.h>

using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

QByteArray jpeg(QRgb colour)
{
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(colour);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPG");
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// What a writer killed mid-save leaves: a photo file, its journal naming it (and a recorded one),
// and a half-written temporary file.
struct KilledSave {
    QString photo, journal, temp;
    KilledSave(const QString &photoDir, const QByteArray &bytes, const QString &recordedSha)
    {
        const PhotoStore files(photoDir);
        const QString sha = PhotoStore::sha256Of(bytes);
        photo = files.pathFor(sha);
        writeFile(photo, bytes);
        journal = photoDir + QStringLiteral("/.saving-0123456789abcdef");
        writeFile(journal, (recordedSha + QLatin1Char('\n') + sha + QLatin1Char('\n')).toLatin1());
        temp = photoDir + QStringLiteral("/.tmp-fedcba9876543210");
        writeFile(temp, bytes.left(100));
    }
};

QStringList dotFiles(const QString &photoDir)
{
    return QDir(photoDir).entryList({QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("a save that fails before its commit leaves no photo file once the store closes", "[photo][crash]")
{
    InventoryFixture fx;
    auto bench = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(bench.ok());
    auto stray = fx.store->storePhoto(QStringLiteral("before"), jpeg(qRgb(200, 30, 30))); // its event is never recorded
    REQUIRE(stray.ok());
    auto kept = fx.store->attachPhoto(bench->uuid, QStringLiteral("after"), jpeg(qRgb(30, 200, 30)));
    REQUIRE(kept.ok());
    const QString dir = fx.store->photoDir();
    const PhotoStore files(dir);
    REQUIRE(QFile::exists(files.pathFor(stray->sha256)));

    fx.store.reset();
    CHECK_FALSE(QFile::exists(files.pathFor(stray->sha256)));
    CHECK(QFile::exists(files.pathFor(kept->sha256)));
    CHECK(dotFiles(dir).isEmpty()); // no journal, no temporary file
}

TEST_CASE("the next writer to open alone removes what a killed save left, and nothing else", "[photo][crash]")
{
    InventoryFixture fx;
    auto bench = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(bench.ok());
    auto recorded = fx.store->attachPhoto(bench->uuid, QStringLiteral("before"), jpeg(qRgb(30, 30, 200)));
    REQUIRE(recorded.ok());
    const QString dir = fx.store->photoDir();
    fx.store.reset();

    const KilledSave killed(dir, jpeg(qRgb(200, 200, 30)), recorded->sha256);
    // A file no journal names (a server's finished upload, a folder restored from a backup) is not debris.
    const QByteArray unjournaled = jpeg(qRgb(30, 200, 200));
    const QString other = PhotoStore(dir).pathFor(PhotoStore::sha256Of(unjournaled));
    writeFile(other, unjournaled);

    {
        auto ro = AssetStore::open(fx.path, AssetStore::Access::ReadOnly); // a read-only open changes nothing
        REQUIRE(ro.ok());
        CHECK(QFile::exists(killed.photo));
        CHECK(QFile::exists(killed.journal));
    }
    auto store = AssetStore::open(fx.path);
    REQUIRE(store.ok());
    CHECK_FALSE(QFile::exists(killed.photo));
    CHECK_FALSE(QFile::exists(killed.journal));
    CHECK_FALSE(QFile::exists(killed.temp));
    CHECK(QFile::exists(PhotoStore(dir).pathFor(recorded->sha256)));
    CHECK(QFile::exists(other));
    CHECK(InventoryVerifier::run(**store).ok());
}

TEST_CASE("while another writer has the inventory open, no photo file it may be saving is removed", "[photo][crash]")
{
    InventoryFixture fx;
    const QString dir = fx.store->photoDir();
    // The debris appears while the fixture's store is open, as its own save in progress would look.
    const KilledSave inProgress(dir, jpeg(qRgb(120, 60, 200)), QString());
    {
        auto second = AssetStore::open(fx.path);
        REQUIRE(second.ok());
    }
    CHECK(QFile::exists(inProgress.photo));
    CHECK(QFile::exists(inProgress.temp));
    fx.store.reset();
    CHECK(QFile::exists(inProgress.photo)); // not this store's journal: left for the next lone open
    auto alone = AssetStore::open(fx.path);
    REQUIRE(alone.ok());
    CHECK_FALSE(QFile::exists(inProgress.photo));
    CHECK_FALSE(QFile::exists(inProgress.temp));
}

namespace {

// SQLite virtual machine steps `fn` takes on `db`: the work a query does, counted, never timed.
template <typename Fn>
qint64 sqliteSteps(const SqliteDb &db, Fn fn)
{
    qint64 steps = 0;
    sqlite3_progress_handler(db.handle(), 1, [](void *n) { ++*static_cast<qint64 *>(n); return 0; }, &steps);
    fn();
    sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
    return steps;
}

} // namespace

TEST_CASE("closing a store that saved many photos does not read the event log once per photo", "[photo][crash]")
{
    // Helper 7's bug: PhotoJournal::sweep asks PhotoRecords::referenced for every photo of the session,
    // and each asked read the whole event log, so closing after 38,000 photos took over 20 minutes.
    InventoryFixture fx;
    auto bench = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(bench.ok());
    auto recorded = fx.store->attachPhoto(bench->uuid, QStringLiteral("before"), jpeg(qRgb(90, 30, 160)));
    REQUIRE(recorded.ok());
    const SqliteDb &db = StoreAccess::db(*fx.store);
    const qint64 few = sqliteSteps(db, [&] { CHECK(PhotoRecords::referenced(db, recorded->sha256)); });

    for (int i = 0; i < 300; ++i)
        REQUIRE(fx.store->addAsset(InventoryFixture::bench()).ok());
    REQUIRE(*db.scalarInt(QStringLiteral("SELECT count(*) FROM asset_events")) > 300);
    const qint64 many = sqliteSteps(db, [&] { CHECK(PhotoRecords::referenced(db, recorded->sha256)); });
    INFO("steps with a short log " << few << ", with 300 more events " << many);
    CHECK(many == few); // the photos index answers; the log is not read

    // A file only the event log names is still kept (its row deleted behind the log); one nothing names is not.
    const QString nowhere = PhotoStore::sha256Of(jpeg(qRgb(1, 2, 3)));
    REQUIRE(db.exec(QStringLiteral("DELETE FROM photos WHERE sha256 = '%1'").arg(recorded->sha256)).ok());
    CHECK(PhotoRecords::referenced(db, recorded->sha256));
    CHECK_FALSE(PhotoRecords::referenced(db, nowhere)); // no row, no survey, no event: debris
}
