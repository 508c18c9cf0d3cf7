// gc_crash_workload: the field app's save path, driven from a script so that scripts/crash-trials
// can SIGKILL it at any moment. Each committed operation is written to the log with write(2) right
// after it returns, so a line in the log means "the app told the crew it was saved".
//   gc_crash_workload replace FILE --count N --log LOG [--skip K] [--actor A] [--device D]
//       N replacements (FieldWork::logReplacement, three photos each) on planned assets, in fid order
//       after skipping K of them; one line per saved one: "replaced UUID SHA_BEFORE SHA_AFTER1 SHA_AFTER2"
//   gc_crash_workload open FILE
//       opens the inventory for writing and closes it, as the app does when it starts
#include "field/fieldwork.h"
#include "photofiles/photostore.h"
#include "store/assetstore.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>

#include <cstdio>
#include <fcntl.h>
#include <random>
#include <unistd.h>

using namespace gc;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

QString option(QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return fallback;
    const QString v = args[i + 1];
    args.remove(i, 2);
    return v;
}

// A distinct photo per (asset, slot): noise compresses badly, so each JPEG is a realistic ~100 KB
// and the kill has real file writes to land in.
QByteArray photo(quint32 seed)
{
    std::mt19937 rng(seed);
    QImage img(480, 360, QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < img.width(); ++x)
            line[x] = qRgb(int(rng() & 0xff), int((x + y) & 0xff), int(rng() & 0xff));
    }
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPG", 85);
    return bytes;
}

int replace(QStringList args)
{
    const int count = option(args, QStringLiteral("--count"), QStringLiteral("5")).toInt();
    const int skip = option(args, QStringLiteral("--skip"), QStringLiteral("0")).toInt();
    const QString logPath = option(args, QStringLiteral("--log"));
    const QString actor = option(args, QStringLiteral("--actor"), QStringLiteral("현장1팀"));
    const QString device = option(args, QStringLiteral("--device"), QStringLiteral("crash-tablet"));
    if (args.size() != 1 || logPath.isEmpty())
        return fail(QStringLiteral("usage: gc_crash_workload replace FILE --count N --log LOG [--skip K]"));
    const int log = ::open(QFile::encodeName(logPath).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (log < 0)
        return fail(QStringLiteral("%1: cannot open the log").arg(logPath));
    auto store = core::AssetStore::open(args.first());
    if (!store)
        return fail(store.error().message());
    (*store)->setIdentity(actor, device);
    auto assets = (*store)->assets();
    if (!assets)
        return fail(assets.error().message());
    core::FieldWork work(**store);
    int skipped = 0, done = 0;
    for (const core::Asset &a : *assets) {
        if (done == count)
            break;
        if (a.status != QLatin1String("planned") || skipped++ < skip)
            continue;
        const auto seed = quint32(qHash(a.uuid));
        core::Replacement r{.assetUuid = a.uuid, .beforePhoto = photo(seed),
                            .afterPhotos = {photo(seed + 1), photo(seed + 2)},
                            .method = QStringLiteral("plate"), .markCount = 1, .note = QStringLiteral("crash trial")};
        if (auto ok = work.logReplacement(r); !ok)
            return fail(ok.error().message());
        const QByteArray line = QStringLiteral("replaced %1 %2 %3 %4\n")
                                    .arg(a.uuid, core::PhotoStore::sha256Of(r.beforePhoto), core::PhotoStore::sha256Of(r.afterPhotos[0]),
                                         core::PhotoStore::sha256Of(r.afterPhotos[1]))
                                    .toUtf8();
        if (::write(log, line.constData(), size_t(line.size())) != line.size())
            return fail(QStringLiteral("%1: cannot write the log").arg(logPath));
        ++done;
    }
    ::close(log);
    return done == count ? 0 : fail(QStringLiteral("only %1 planned assets to replace, %2 asked").arg(done).arg(count));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // JPEG encoding and the photo header reader
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString cmd = args.isEmpty() ? QString() : args.takeFirst();
    if (cmd == QLatin1String("replace"))
        return replace(args);
    if (cmd == QLatin1String("open") && args.size() == 1) {
        auto store = core::AssetStore::open(args.first());
        return store ? 0 : fail(store.error().message());
    }
    return fail(QStringLiteral("usage: gc_crash_workload replace FILE --count N --log LOG [--skip K] | open FILE"));
}
