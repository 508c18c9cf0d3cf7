#include "fuzzsupport.h"

#include "demo/demogenerator.h"
#include "store/assetstore.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cpl_error.h>
#include <gdal.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace gc::fuzz {

namespace {

QTemporaryDir &scratch()
{
    // /dev/shm keeps the thousands of writes per second off the shared disk.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/gc-fuzz-XXXXXX") : QString());
    return dir;
}

} // namespace

void init()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "gc-fuzz";
    static char *argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
    GDALAllRegister();
    CPLSetErrorHandler(CPLQuietErrorHandler);
    if (!scratch().isValid()) {
        std::fprintf(stderr, "gc-fuzz: no scratch folder\n");
        std::abort();
    }
}

QString writeScratch(const QString &name, const QByteArray &bytes)
{
    const QString path = scratchPath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "gc-fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

QString scratchPath(const QString &name) { return scratch().filePath(name); }

core::AssetStore &inventory()
{
    static std::unique_ptr<core::AssetStore> store = [] {
        const QString path = scratch().filePath(QStringLiteral("inventory.gpkg"));
        auto made = core::AssetStore::create(path);
        if (!made) {
            std::fprintf(stderr, "gc-fuzz: %s\n", qPrintable(made.error().message()));
            std::abort();
        }
        core::DemoGenerator::Options o;
        o.assets = 20;
        o.history = false;
        if (auto filled = core::DemoGenerator::fill(**made, o); !filled) {
            std::fprintf(stderr, "gc-fuzz: %s\n", qPrintable(filled.error().message()));
            std::abort();
        }
        return std::move(*made);
    }();
    return *store;
}

} // namespace gc::fuzz
