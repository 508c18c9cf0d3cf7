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
#include "log/eventreducer.h"
#include "photo/photostore.h"
#include "store/assetstore.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>
#include <random>

using namespace gc;

namespace {

struct Options {
    int photos = 38'000;
    int photoWidth = 1024, photoHeight = 768; // small synthetic photos; the bytes are reported
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

// One encoded base picture per role; each photo is that JPEG with a comment segment naming it, so
// every photo has its own SHA-256 without encoding 38,000 pictures.
QByteArray basePhoto(const Options &o, int seed)
{
    cv::Mat img(o.photoHeight, o.photoWidth, CV_8UC3);
    cv::randu(img, cv::Scalar(0, 0, 0), cv::Scalar(255, 255, 255));
    cv::GaussianBlur(img, img, cv::Size(9, 9), 3 + seed);
    std::vector<uchar> out;
    cv::imencode(".jpg", img, out, {cv::IMWRITE_JPEG_QUALITY, 85});
    return QByteArray(reinterpret_cast<const char *>(out.data()), qsizetype(out.size()));
}

QByteArray uniquePhoto(const QByteArray &base, int n)
{
    const QByteArray text = QByteArray("goodcity photo-scale ") + QByteArray::number(n);
    QByteArray com("\xFF\xFE", 2);
    const int len = int(text.size()) + 2;
    com.append(char(len >> 8)).append(char(len & 0xFF)).append(text);
    return base.left(2) + com + base.mid(2); // after SOI
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
    QString crew; // the crew with the most assets
    int crewAssets = 0;
};

// The office's inventory with its photos, loaded into a new server store as `init --from` does.
Built buildStore(const Options &o, const QString &dir, server::SyncStore &store)
{
    auto inv = must(core::AssetStore::create(dir + QStringLiteral("/office.gpkg")), "inventory");
    inv->setIdentity(QStringLiteral("office1"), QStringLiteral("office-pc"));
    must(core::DemoGenerator::fill(*inv, core::DemoGenerator::Options{}), "demo");
    const auto assets = must(inv->assets(), "assets");
    Built b;
    std::map<QString, int> perCrew;
    for (const auto &a : assets)
        if (!a.assignee.isEmpty())
            ++perCrew[a.assignee];
    for (const auto &[crew, n] : perCrew)
        if (n > b.crewAssets)
            b = Built{{}, 0, crew, n};
    const QByteArray bases[2] = {basePhoto(o, 0), basePhoto(o, 1)};
    std::vector<core::NewEvent> batch;
    for (int i = 0; i < o.photos; ++i) {
        const core::Asset &a = assets[size_t(i / 3) % assets.size()];
        const QString role = i % 3 == 0 ? QStringLiteral("before") : QStringLiteral("after");
        const QByteArray bytes = uniquePhoto(bases[i % 3 == 0 ? 0 : 1], i);
        const auto row = must(inv->storePhoto(role, bytes), "photo");
        b.shas << row.sha256;
        b.photoBytes += bytes.size();
        batch.push_back({QString::fromLatin1(core::EventKind::PhotoAdded), a.uuid, core::reducer::photoPayload(row)});
        if (batch.size() == 1000 || i + 1 == o.photos) {
            must(inv->record(batch), "record");
            batch.clear();
        }
    }
    const auto events = must(inv->events(), "events");
    for (size_t i = 0; i < events.size(); i += 2000) {
        std::vector<core::Event> part(events.begin() + qsizetype(i), events.begin() + qsizetype(std::min(events.size(), i + 2000)));
        must(store.push(part, std::numeric_limits<qint64>::max()), "push");
    }
    const core::PhotoStore files(inv->photoDir());
    for (const QString &sha : b.shas) {
        QFile f(files.pathFor(sha));
        if (!f.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1").arg(f.fileName()));
        const QByteArray bytes = f.readAll();
        must(store.putPhotoChunk(sha, 0, bytes.size(), bytes), "upload");
    }
    return b;
}

// What an earlier run's store holds, read back from its inventory.
Built readStore(const QString &dir)
{
    auto inv = must(core::AssetStore::open(dir + QStringLiteral("/server.gpkg"), core::AssetStore::Access::ReadOnly), "store inventory");
    Built b;
    std::map<QString, int> perCrew;
    for (const auto &a : must(inv->assets(), "assets"))
        if (!a.assignee.isEmpty())
            ++perCrew[a.assignee];
    for (const auto &[crew, n] : perCrew)
        if (n > b.crewAssets) {
            b.crew = crew;
            b.crewAssets = n;
        }
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

void parseOptions(const QStringList &args, Options *o)
{
    const char *usage = "usage: goodcity-photo-scale [--photos N] [--office-samples N] [--judge-samples N] [--dir DIR [--reuse]]";
    using O = QCommandLineOption;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("W3.4's figures at rollout scale: a server store with N photos, a crew tablet's first sync, "
                                               "the office opening originals, the server's checks."));
    p.addOptions({O(QStringLiteral("photos"), QStringLiteral("photos in the store (default 38000, at least 3)"), QStringLiteral("N")),
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
    o->dir = p.value(QStringLiteral("dir"));
    o->reuse = p.isSet(QStringLiteral("reuse"));
}


} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    parseOptions(app.arguments(), &o);
    if (o.photos < 3)
        die(QStringLiteral("--photos: at least 3"));
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

    const QJsonObject outJson{
        {QStringLiteral("photos"), o.photos},
        {QStringLiteral("photo_bytes_on_server"), double(built.photoBytes)},
        {QStringLiteral("photo_size"), QStringLiteral("%1x%2").arg(o.photoWidth).arg(o.photoHeight)},
        {QStringLiteral("mean_photo_bytes"), double(built.photoBytes) / o.photos},
        {QStringLiteral("events_on_server"), double(must(store->eventCount(), "count"))},
        {QStringLiteral("build_s"), buildS},
        {QStringLiteral("crew"), built.crew},
        {QStringLiteral("crew_assets"), built.crewAssets},
        {QStringLiteral("crew_first_sync_s"), crewSyncS},
        {QStringLiteral("crew_first_sync_bytes_received"), double(first.bytesDown)},
        {QStringLiteral("crew_first_sync_photo_bytes"), double(first.photoBytesDown)},
        {QStringLiteral("crew_first_sync_photos"), first.photosDown},
        {QStringLiteral("crew_received_pct_of_photo_bytes"), 100.0 * double(first.bytesDown) / double(built.photoBytes)},
        {QStringLiteral("office_open_original_p50_ms"), percentile(openMs, 0.5)},
        {QStringLiteral("office_open_original_p95_ms"), percentile(openMs, 0.95)},
        {QStringLiteral("office_samples"), int(openMs.size())},
        {QStringLiteral("server_checks"), double(judged)},
        {QStringLiteral("server_checks_per_s"), judgeS > 0 ? double(judged) / judgeS : 0.0},
    };
    std::printf("%s\n", QJsonDocument(outJson).toJson(QJsonDocument::Compact).constData());
    return 0;
}
