// goodcity-photo-scale: sync at rollout scale (W3.4). Builds a GeoPackage server store holding the demo
// inventory (12,716 assets with their history) and --photos synthetic JPEGs (a before and two after
// photos per asset, in asset order), serves it on loopback in this process, and measures:
//   - a new crew tablet's first sync: bytes received (every response body) against the photo bytes on
//     the server, and its wall time;
//   - the office opening review items' originals on demand (cold cache): p50/p95 per photo;
//   - the server's photo checks per second (PhotoJudge's bounded pool, renditions included).
// Prints one JSON object. Figures go in BENCHMARKS.md, never into tests.
#include <QCommandLineParser>
#include "apiservice.h"
#include "credentials.h"
#include "httpfrontend.h"
#include "photojudge.h"
#include "storepool.h"
#include "syncstore.h"

#include "demo/demogenerator.h"
#include "store/eventreducer.h"
#include "store/timeuuid.h"
#include "photo/perceptualhash.h"
#include "photofiles/photoheader.h"
#include "photofiles/photostore.h"
#include "store/assetstore.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <openssl/evp.h>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>
#include <random>

using namespace gc;

namespace {

struct Options {
    int photos = 38'000;
    int photoWidth = 4000, photoHeight = 3000; // a 12 MP camera's frame
    int distinct = 24; // pictures encoded; every photo is one of them with its own comment segment
    double noise = 6.0; // sensor-like noise, sigma in 8-bit levels per channel
    int quality = 90;   // JPEG quality of the pictures
    QStringList sources; // photographs the pictures are made from (*.jpg in these folders)
    int officeSamples = 200;
    int judgeSamples = 300;
    QString dir; // empty: a temporary folder
    bool reuse = false; // --reuse: DIR holds a store an earlier run built; measure it again
};

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "goodcity-photo-scale: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T> T must(Result<T> r, const char *what)
{
    if (!r)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message()));
    return std::move(*r);
}
void must(const VoidResult &r, const char *what)
{
    if (!r)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message()));
}

// A camera-like picture: a real photograph (from `sources`) cropped to the frame's aspect, scaled to
// the frame, mirrored for every other pass over the sources, with sensor-like noise (per pixel and
// channel, Gaussian, sigma `o.noise`, its own seed), encoded at `o.quality`. About a dozen of these
// stand for every photo in the store (see uniqueHeader).
QByteArray cameraPicture(const Options &o, const QStringList &sources, int k)
{
    const QString path = sources[k % sources.size()];
    cv::Mat src = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
    if (src.empty())
        die(QStringLiteral("cannot decode %1").arg(path));
    const double frame = double(o.photoWidth) / o.photoHeight;
    cv::Rect crop(0, 0, src.cols, src.rows);
    if (double(src.cols) / src.rows > frame)
        crop.width = int(src.rows * frame);
    else
        crop.height = int(src.cols / frame);
    crop.x = (src.cols - crop.width) / 2;
    crop.y = (src.rows - crop.height) / 2;
    cv::Mat img;
    cv::resize(src(crop), img, cv::Size(o.photoWidth, o.photoHeight), 0, 0, cv::INTER_CUBIC);
    if ((k / sources.size()) % 2 == 1)
        cv::flip(img, img, 1);
    cv::Mat noise(img.size(), CV_16SC3);
    cv::RNG rng(quint64(0x5eed0000 + k));
    rng.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(o.noise));
    cv::Mat wide;
    img.convertTo(wide, CV_16SC3);
    wide += noise;
    wide.convertTo(img, CV_8UC3); // saturates to 0..255
    std::vector<uchar> out;
    cv::imencode(".jpg", img, out, {cv::IMWRITE_JPEG_QUALITY, o.quality});
    return QByteArray(reinterpret_cast<const char *>(out.data()), qsizetype(out.size()));
}

// Every photo is one of the pictures with its own comment segment (COM, "goodcity photo-scale N",
// padded with spaces) after SOI and the JFIF APP0: same pixels, its own SHA-256. The segment fills
// the file's first 4,096 bytes, so the rest (the picture's own, identical for every photo of it)
// starts on a block boundary, where a reflink filesystem can share it (placeFile).
constexpr int kHeaderBlock = 4096;

struct Picture {
    QByteArray lead; // SOI (and APP0) of the encoded picture
    QByteArray tail; // everything after: identical in every photo made from this picture
    int width = 0, height = 0;
    QString phash;
};

Picture splitPicture(const QByteArray &jpeg)
{
    Picture p;
    int at = 2; // after SOI
    if (jpeg.size() > 6 && uchar(jpeg[2]) == 0xFF && uchar(jpeg[3]) == 0xE0)
        at = 4 + ((uchar(jpeg[4]) << 8) | uchar(jpeg[5]));
    p.lead = jpeg.left(at);
    p.tail = jpeg.mid(at);
    const auto header = must(core::readPhotoHeader(jpeg), "picture header");
    p.width = header.width;
    p.height = header.height;
    p.phash = must(core::perceptualHashOfPhoto(jpeg), "picture hash");
    return p;
}

QByteArray uniqueHeader(const Picture &p, int n)
{
    QByteArray text = QByteArray("goodcity photo-scale ") + QByteArray::number(n);
    const int len = kHeaderBlock - int(p.lead.size()) - 2; // the segment's length field counts itself
    text.append(QByteArray(len - 2 - int(text.size()), ' '));
    QByteArray h = p.lead;
    h.append(char(0xFF)).append(char(0xFE)).append(char(len >> 8)).append(char(len & 0xFF)).append(text);
    return h;
}

QString sha256Of(const QByteArray &head, const QByteArray &tail)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) && EVP_DigestUpdate(ctx, head.constData(), size_t(head.size()))
                    && EVP_DigestUpdate(ctx, tail.constData(), size_t(tail.size())) && EVP_DigestFinal_ex(ctx, md, &n);
    EVP_MD_CTX_free(ctx);
    if (!ok)
        die(QStringLiteral("sha256"));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(n)).toHex());
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

struct Built {
    QStringList shas;
    qint64 photoBytes = 0;
    std::map<QString, int> perCrew; // assets assigned to each crew in the demo
    QString crew;                   // the crew with the most assets
    int crewAssets = 0;
    int pictures = 0;     // distinct pictures behind the photos
    int uploaded = 0;     // photos that came through the store's upload path
    int cloned = 0;       // photos placed with their picture's bytes shared (FICLONERANGE)
    qint64 diskBytes = 0; // what building the photo files took on the filesystem (statvfs)
};

void noteCrews(const std::vector<core::Asset> &assets, Built &b)
{
    for (const auto &a : assets)
        if (!a.assignee.isEmpty())
            ++b.perCrew[a.assignee];
    for (const auto &[crew, n] : b.perCrew)
        if (n > b.crewAssets) {
            b.crew = crew;
            b.crewAssets = n;
        }
}

qint64 freeBytes(const QString &dir)
{
    struct statvfs fs {};
    return ::statvfs(QFile::encodeName(dir).constData(), &fs) == 0 ? qint64(fs.f_bavail) * qint64(fs.f_frsize) : 0;
}

// The inventory's whole history into the server store, in parts, as `init --from` loads it.
void pushHistory(const core::AssetStore &inv, server::SyncStore &store)
{
    const auto events = must(inv.events(), "events");
    for (size_t i = 0; i < events.size(); i += 2000) {
        std::vector<core::Event> part(events.begin() + qsizetype(i), events.begin() + qsizetype(std::min(events.size(), i + 2000)));
        must(store.push(part, std::numeric_limits<qint64>::max()), "push");
    }
}

// Writes a photo's file into the server's photo folder (where an upload puts it, by its SHA-256):
// its own first block, then its picture's bytes, shared with `pictureFile` where the filesystem can
// (XFS with reflink, btrfs) and written out otherwise. Returns whether they were shared.
bool placeFile(const QString &photoDir, const QString &sha, const QByteArray &head, const Picture &p, int pictureFd)
{
    const QString path = core::PhotoStore(photoDir).pathFor(sha);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray name = QFile::encodeName(path + QStringLiteral(".part"));
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || ::write(fd, head.constData(), size_t(head.size())) != head.size())
        die(QStringLiteral("cannot write %1").arg(path));
    file_clone_range range{};
    range.src_fd = pictureFd;
    range.src_offset = kHeaderBlock;
    range.src_length = 0; // to the end
    range.dest_offset = kHeaderBlock;
    const bool shared = ::ioctl(fd, FICLONERANGE, &range) == 0;
    if (!shared && ::write(fd, p.tail.constData(), size_t(p.tail.size())) != p.tail.size())
        die(QStringLiteral("cannot write %1").arg(path));
    ::close(fd);
    if (::rename(name.constData(), QFile::encodeName(path).constData()) != 0)
        die(QStringLiteral("cannot rename %1").arg(path));
    return shared;
}

// The office's inventory with the demo history, and a photo.added event per photo (a before and two
// after photos per asset, in asset order), recorded as a device records them; pushed to the new
// server store as `init --from` does. The photos' files go straight into the server's photo folder
// (placeFile), the first of each picture through the store's own upload path.
Built buildStore(const Options &o, const QString &dir, server::SyncStore &store)
{
    auto inv = must(core::AssetStore::create(dir + QStringLiteral("/office.gpkg")), "inventory");
    inv->setIdentity(QStringLiteral("office1"), QStringLiteral("office-pc"));
    must(core::DemoGenerator::fill(*inv, core::DemoGenerator::Options{}), "demo");
    const auto assets = must(inv->assets(), "assets");
    Built b;
    noteCrews(assets, b);
    const QString photoDir = dir + QStringLiteral("/server.photos"), pictureDir = dir + QStringLiteral("/photo-scale-pictures");
    QDir().mkpath(pictureDir);
    const qint64 freeBefore = freeBytes(dir);
    std::vector<Picture> pictures;
    std::vector<int> pictureFds;
    for (int k = 0; k < o.distinct; ++k) {
        pictures.push_back(splitPicture(cameraPicture(o, o.sources, k)));
        QFile f(QStringLiteral("%1/%2.jpg").arg(pictureDir).arg(k));
        if (!f.open(QIODevice::WriteOnly) || f.write(uniqueHeader(pictures.back(), -1 - k) + pictures.back().tail) < 0)
            die(QStringLiteral("cannot write %1").arg(f.fileName()));
        f.close();
        pictureFds.push_back(::open(QFile::encodeName(f.fileName()).constData(), O_RDONLY));
    }
    b.pictures = o.distinct;
    std::vector<core::NewEvent> batch;
    for (int i = 0; i < o.photos; ++i) {
        const int k = (i / 3 + (i % 3) * 7) % o.distinct; // the before photos go through every picture
        const Picture &p = pictures[size_t(k)];
        const QByteArray head = uniqueHeader(p, i);
        core::PhotoRow row;
        row.photoId = core::timeOrderedUuid();
        row.sha256 = sha256Of(head, p.tail);
        row.role = i % 3 == 0 ? QStringLiteral("before") : QStringLiteral("after");
        row.bytes = head.size() + p.tail.size();
        row.width = p.width;
        row.height = p.height;
        row.mime = QStringLiteral("image/jpeg");
        row.phash = p.phash;
        if (i < o.distinct) {
            must(store.putPhotoChunk(row.sha256, 0, row.bytes, head + p.tail), "upload");
            ++b.uploaded;
        } else if (placeFile(photoDir, row.sha256, head, p, pictureFds[size_t(k)])) {
            ++b.cloned;
        } else if (i == o.distinct && freeBytes(dir) < qint64(o.photos) * row.bytes + (qint64(4) << 30)) {
            die(QStringLiteral("%1 cannot share a picture's bytes between files (no reflink) and lacks the ~%2 GB the photos "
                               "would take; use a folder on XFS (reflink=1) or btrfs, or fewer --photos")
                    .arg(dir)
                    .arg(qint64(o.photos) * row.bytes >> 30));
        }
        b.shas << row.sha256;
        b.photoBytes += row.bytes;
        batch.push_back({QString::fromLatin1(core::EventKind::PhotoAdded), assets[size_t(i / 3) % assets.size()].uuid,
                         core::reducer::photoPayload(row)});
        if (batch.size() == 1000 || i + 1 == o.photos) {
            must(inv->record(batch), "record");
            batch.clear();
        }
    }
    for (int fd : pictureFds)
        ::close(fd);
    b.diskBytes = freeBefore - freeBytes(dir);
    pushHistory(*inv, store);
    return b;
}

// What an earlier run's store holds, read back from its inventory.
Built readStore(const QString &dir)
{
    auto inv = must(core::AssetStore::open(dir + QStringLiteral("/server.gpkg"), core::AssetStore::Access::ReadOnly), "store inventory");
    Built b;
    noteCrews(must(inv->assets(), "assets"), b);
    QSet<QString> seen;
    for (const auto &p : must(inv->photos(), "photos")) {
        if (seen.contains(p.sha256))
            continue;
        seen.insert(p.sha256);
        b.shas << p.sha256;
        b.photoBytes += p.bytes;
    }
    return b;
}

// The crew and the office as users of the store; a run measures new devices, so their files go.
void addUsersAndClearDevices(server::SyncStore &store, const QString &crew, const QString &password, const QString &dir)
{
    const QString hash = must(server::Credentials::hashPassword(password), "hash");
    for (const auto &u : {server::User{QStringLiteral("crew"), server::Role::Crew, crew, hash},
                          server::User{QStringLiteral("office"), server::Role::Office, {}, hash}}) {
        if (!must(store.user(u.name), "user"))
            must(store.addUser(u), "add user");
    }
    for (const char *device : {"crew-tablet", "office-pc"}) { // a run measures new devices
        QFile::remove(dir + QStringLiteral("/%1.gpkg").arg(QLatin1String(device)));
        QDir(dir + QStringLiteral("/%1.photo-cache").arg(QLatin1String(device))).removeRecursively();
    }
}

// A new crew tablet joins: its first sync, and how long it took (`seconds`).
core::SyncReport crewFirstSync(const QString &dir, const QUrl &url, const QString &password, double &seconds)
{
    auto tablet = must(core::AssetStore::create(dir + QStringLiteral("/crew-tablet.gpkg")), "tablet");
    tablet->setIdentity(QStringLiteral("crew"), QStringLiteral("crew-tab"));
    core::SyncClient crew(*tablet, url);
    must(crew.login(QStringLiteral("crew"), password), "crew login");
    QElapsedTimer phase;
    phase.start();
    const auto first = must(crew.syncOnce(), "crew sync");
    seconds = phase.elapsed() / 1000.0;
    return first;
}

// What the crew tablet keeps of others' photos after its first sync, by rendition: files and bytes.
std::map<QString, std::pair<int, qint64>> cachedByRendition(const QString &dir)
{
    std::map<QString, std::pair<int, qint64>> kept;
    for (QDirIterator it(dir + QStringLiteral("/crew-tablet.photo-cache"), QDir::Files); it.hasNext();) {
        const QFileInfo f(it.next());
        auto &[n, bytes] = kept[f.completeBaseName().section(QLatin1Char('.'), 1)];
        ++n;
        bytes += f.size();
    }
    return kept;
}

// The office opens review items' originals, each for the first time: milliseconds per open.
std::vector<double> officeOpensOriginals(const QString &dir, const QUrl &url, const QString &password, const Built &built, int samples)
{
    auto officeInv = must(core::AssetStore::create(dir + QStringLiteral("/office-pc.gpkg")), "office inventory");
    officeInv->setIdentity(QStringLiteral("office"), QStringLiteral("office-pc"));
    core::SyncClient office(*officeInv, url);
    must(office.login(QStringLiteral("office"), password), "office login");
    std::mt19937 rng(2024);
    std::vector<double> openMs;
    for (int i = 0; i < samples; ++i) {
        const QString sha = built.shas[int(rng() % quint32(built.shas.size()))];
        QElapsedTimer t;
        t.start();
        must(office.openPhoto(sha, core::Rendition::Original), "open original");
        openMs.push_back(t.nsecsElapsed() / 1e6);
    }
    return openMs;
}

// The server judges photos: claims as a push brings them, then the pool's checks and renditions.
// Returns how many it judged, and in `seconds` how long that took.
qint64 serverJudges(server::ApiService &api, server::StorePool &pool, const Built &built, int samples, double &seconds)
{
    std::vector<server::PhotoClaim> claims;
    for (int i = 0; i < std::min(samples, int(built.shas.size())); ++i)
        claims.push_back(server::PhotoClaim{built.shas[i], QStringLiteral("x"), i % 3 == 0 ? QStringLiteral("before") : QStringLiteral("after1"),
                                            QStringLiteral("pass"), {}, {}});
    const qint64 judgedBefore = api.photoJudge().judged();
    QElapsedTimer phase;
    phase.start();
    {
        auto lease = pool.take();
        must(api.photoJudge().noteClaims(*lease, claims), "claims");
    }
    api.photoJudge().waitForDone();
    seconds = phase.elapsed() / 1000.0;
    return api.photoJudge().judged() - judgedBefore;
}

// Photographs that ship in Debian packages (mate-backgrounds, opencv-doc): real scenes, not drawings.
const QStringList kDefaultSources = {QStringLiteral("/usr/share/backgrounds/mate/nature"), QStringLiteral("/usr/share/doc/opencv-doc/examples/data")};

// The *.jpg photographs in `dirs` at least 480 px on each side, colour, in name order.
QStringList sourcePhotos(const QStringList &dirs)
{
    QStringList found;
    for (const QString &d : dirs)
        for (QDirIterator it(d, {QStringLiteral("*.jpg")}, QDir::Files); it.hasNext();) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const auto header = core::readPhotoHeader(f.read(1 << 20), {}, false);
            if (header && header->width >= 480 && header->height >= 480 && header->channels == 3)
                found << path;
        }
    found.sort();
    return found;
}

void parseOptions(const QStringList &args, Options *o)
{
    const char *usage = "usage: goodcity-photo-scale [--photos N] [--size WxH] [--pictures N] [--noise SIGMA] [--quality Q] [--source DIR]… "
                        "[--office-samples N] [--judge-samples N] [--dir DIR [--reuse]]";
    using O = QCommandLineOption;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("W3.4's figures at rollout scale: a server store with N photos, a crew tablet's first sync, "
                                               "the office opening originals, the server's checks."));
    p.addOptions({O(QStringLiteral("photos"), QStringLiteral("photos in the store (default 38000, at least 3)"), QStringLiteral("N")),
                  O(QStringLiteral("size"), QStringLiteral("the photos' frame (default 4000x3000, 12 MP)"), QStringLiteral("WxH")),
                  O(QStringLiteral("pictures"), QStringLiteral("distinct pictures encoded (default 24)"), QStringLiteral("N")),
                  O(QStringLiteral("noise"), QStringLiteral("sensor-like noise, sigma in 8-bit levels (default 6: ~2.8 MB a photo)"), QStringLiteral("SIGMA")),
                  O(QStringLiteral("quality"), QStringLiteral("JPEG quality of the pictures (default 90)"), QStringLiteral("Q")),
                  O(QStringLiteral("source"), QStringLiteral("a folder of photographs (*.jpg) to make the pictures from; repeatable "
                                                             "(default: Debian's MATE nature backgrounds and OpenCV's sample photographs)"),
                    QStringLiteral("DIR")),
                  O(QStringLiteral("office-samples"), QStringLiteral("originals the office opens (default 200)"), QStringLiteral("N")),
                  O(QStringLiteral("judge-samples"), QStringLiteral("photos the server checks (default 300)"), QStringLiteral("N")),
                  O(QStringLiteral("dir"), QStringLiteral("build the store here (default: a temporary folder)"), QStringLiteral("DIR")),
                  O(QStringLiteral("reuse"), QStringLiteral("measure the store an earlier run built in --dir again"))});
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("show this help"));
    p.addOption(help);
    const bool parsed = p.parse(args);
    if (p.isSet(help)) {
        const QString qt = p.helpText();
        std::printf("%s\n%s", usage, qPrintable(qt.mid(qt.indexOf(QLatin1Char('\n')) + 1)));
        std::exit(0);
    }
    if (!parsed)
        die(QStringLiteral("%1\n%2").arg(p.unknownOptionNames().isEmpty() ? p.errorText()
                                                                          : QStringLiteral("unknown option: --%1").arg(p.unknownOptionNames().first()),
                                         QLatin1String(usage)));
    if (!p.positionalArguments().isEmpty())
        die(QLatin1String(usage));
    const auto number = [&](const char *name, int *into) {
        if (p.isSet(QLatin1String(name)))
            *into = p.value(QLatin1String(name)).toInt();
    };
    number("photos", &o->photos);
    number("office-samples", &o->officeSamples);
    number("judge-samples", &o->judgeSamples);
    number("pictures", &o->distinct);
    number("quality", &o->quality);
    if (p.isSet(QStringLiteral("noise")))
        o->noise = p.value(QStringLiteral("noise")).toDouble();
    if (p.isSet(QStringLiteral("size"))) {
        const QStringList wh = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
        o->photoWidth = wh.value(0).toInt();
        o->photoHeight = wh.value(1).toInt();
    }
    o->sources = sourcePhotos(p.isSet(QStringLiteral("source")) ? p.values(QStringLiteral("source")) : kDefaultSources);
    o->dir = p.value(QStringLiteral("dir"));
    o->reuse = p.isSet(QStringLiteral("reuse"));
}


} // namespace

struct Measured {
    double buildS = 0, events = 0;
    core::SyncReport first; // the crew tablet's first sync
    double crewSyncS = 0;
    std::vector<double> openMs; // the office's opens
    qint64 judged = 0;
    double judgeS = 0;
};

// The run's figures as one JSON object (what BENCHMARKS.md quotes).
QJsonObject report(const Options &o, const Built &built, const Measured &m, const QString &dir)
{
    QJsonObject crews, cached;
    for (const auto &[crew, n] : built.perCrew)
        crews.insert(crew, n);
    qint64 cachedBytes = 0;
    for (const auto &[rendition, kept] : cachedByRendition(dir)) {
        cached.insert(rendition, QJsonObject{{QStringLiteral("files"), kept.first}, {QStringLiteral("bytes"), double(kept.second)}});
        cachedBytes += kept.second;
    }
    QJsonObject outJson{
        {QStringLiteral("photos"), int(built.shas.size())},
        {QStringLiteral("photo_bytes_on_server"), double(built.photoBytes)},
        {QStringLiteral("mean_photo_bytes"), double(built.photoBytes) / int(built.shas.size())},
        {QStringLiteral("events_on_server"), m.events},
        {QStringLiteral("build_s"), m.buildS},
        {QStringLiteral("assets_per_crew"), crews},
        {QStringLiteral("crew"), built.crew},
        {QStringLiteral("crew_assets"), built.crewAssets},
        {QStringLiteral("crew_first_sync_s"), m.crewSyncS},
        {QStringLiteral("crew_first_sync_bytes_received"), double(m.first.bytesDown)},
        {QStringLiteral("crew_first_sync_photo_bytes"), double(m.first.photoBytesDown)},
        {QStringLiteral("crew_first_sync_other_bytes"), double(m.first.bytesDown - m.first.photoBytesDown)},
        {QStringLiteral("crew_first_sync_photos"), m.first.photosDown},
        {QStringLiteral("crew_first_sync_pulled_events"), m.first.pulledEvents},
        {QStringLiteral("crew_cache_by_rendition"), cached},
        {QStringLiteral("crew_cache_bytes"), double(cachedBytes)},
        {QStringLiteral("crew_received_pct_of_photo_bytes"), 100.0 * double(m.first.bytesDown) / double(built.photoBytes)},
        {QStringLiteral("office_open_original_p50_ms"), percentile(m.openMs, 0.5)},
        {QStringLiteral("office_open_original_p95_ms"), percentile(m.openMs, 0.95)},
        {QStringLiteral("office_samples"), int(m.openMs.size())},
        {QStringLiteral("server_checks"), double(m.judged)},
        {QStringLiteral("server_checks_per_s"), m.judgeS > 0 ? double(m.judged) / m.judgeS : 0.0},
    };
    if (!o.reuse) {
        outJson.insert(QStringLiteral("photo_size"), QStringLiteral("%1x%2").arg(o.photoWidth).arg(o.photoHeight));
        outJson.insert(QStringLiteral("pictures"), built.pictures);
        outJson.insert(QStringLiteral("picture_noise_sigma"), o.noise);
        outJson.insert(QStringLiteral("picture_quality"), o.quality);
        outJson.insert(QStringLiteral("picture_sources"), QJsonArray::fromStringList(o.sources.mid(0, built.pictures)));
        outJson.insert(QStringLiteral("photos_uploaded"), built.uploaded);
        outJson.insert(QStringLiteral("photos_sharing_picture_bytes"), built.cloned);
        outJson.insert(QStringLiteral("photo_files_disk_bytes"), double(built.diskBytes));
    }
    return outJson;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    parseOptions(app.arguments(), &o);
    if (o.photos < 3)
        die(QStringLiteral("--photos: at least 3"));
    if (!o.reuse && (o.sources.isEmpty() || o.distinct < 1 || o.photoWidth < 64 || o.photoHeight < 64))
        die(QStringLiteral("no photographs to make pictures from (--source), or --pictures/--size out of range"));
    QTemporaryDir tmp;
    const QString dir = o.dir.isEmpty() ? tmp.path() : o.dir;

    QElapsedTimer phase;
    phase.start();
    if (o.reuse && o.dir.isEmpty())
        die(QStringLiteral("--reuse needs --dir"));
    auto store = o.reuse ? must(server::SyncStore::open(dir + QStringLiteral("/server.gpkg")), "store")
                         : must(server::SyncStore::create(dir + QStringLiteral("/server.gpkg")), "store");
    const Built built = o.reuse ? readStore(dir) : buildStore(o, dir, *store);
    o.photos = int(built.shas.size());
    const double buildS = phase.elapsed() / 1000.0;
    const QString password = QStringLiteral("photo-scale-1");
    addUsersAndClearDevices(*store, built.crew, password, dir);

    server::StorePool pool(*store);
    must(pool.grow(4), "pool");
    server::ApiService api(pool);
    server::HttpFrontend http(api);
    const quint16 port = must(http.listen(QHostAddress::LocalHost, 0), "listen");
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    api.photoJudge().waitForDone(); // nothing queued by the load itself, but be sure

    double crewSyncS = 0;
    const core::SyncReport first = crewFirstSync(dir, url, password, crewSyncS);
    const std::vector<double> openMs = officeOpensOriginals(dir, url, password, built, o.officeSamples);
    double judgeS = 0;
    const qint64 judged = serverJudges(api, pool, built, o.judgeSamples, judgeS);

    const Measured m{buildS, double(must(store->eventCount(), "count")), first, crewSyncS, openMs, judged, judgeS};
    const QJsonObject outJson = report(o, built, m, dir);
    std::printf("%s\n", QJsonDocument(outJson).toJson(QJsonDocument::Compact).constData());
    return 0;
}
