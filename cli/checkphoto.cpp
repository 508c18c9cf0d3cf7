// check-photo / check-photos: the automatic verdict on photos of replaced installations.
#include "command.h"

#include "store/assetstore.h"
#include "photo/photochecker.h"
#include "photo/photostore.h"
#include "store/statement.h"
#include "store/sqlitedb.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <ogr_spatialref.h>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace gc::cli {

namespace {

const char *kCheckIds[] = {"readable", "sharpness", "exposure", "mark", "old_mark", "duplicate", "same_place", "location", "time", "qr"};

struct TransformDeleter {
    void operator()(OGRCoordinateTransformation *t) const { OGRCoordinateTransformation::DestroyCT(t); }
};

// EPSG:5186 metres (the inventory) to WGS84 degrees (GPS).
std::optional<core::GeoPoint> toWgs84(double x, double y)
{
    static std::mutex lock;
    const std::lock_guard<std::mutex> guard(lock);
    static std::unique_ptr<OGRCoordinateTransformation, TransformDeleter> ct = [] {
        OGRSpatialReference src, dst;
        src.importFromEPSG(5186);
        dst.importFromEPSG(4326);
        src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        dst.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        return std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>(OGRCreateCoordinateTransformation(&src, &dst));
    }();
    if (!ct || !ct->Transform(1, &x, &y))
        return std::nullopt;
    return core::GeoPoint{y, x};
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone("Asia/Seoul"));  // times without a zone are the district's
    return t;
}

// What the inventory knows that the checks need: every filed photo's hash, the asset's position and before photo.
class InventoryContext {
public:
    static Result<InventoryContext> open(const QString &path)
    {
        auto store = core::AssetStore::open(path, core::AssetStore::Access::ReadOnly);
        if (!store)
            return store.error();
        InventoryContext c;
        c.m_store = std::move(*store);
        auto stmt = c.m_store->db().prepare(QStringLiteral(
            "SELECT p.phash, a.code, p.photo_id, p.sha256, p.role, p.asset_uuid, p.taken_at FROM photos p "
            "LEFT JOIN assets a ON a.uuid = p.asset_uuid"));
        if (!stmt)
            return stmt.error();
        while (stmt->step()) {
            Photo p{stmt->toText(0), stmt->toText(1), stmt->toText(2), stmt->toText(3), stmt->toText(4), stmt->toText(5), stmt->toText(6)};
            if (!p.phash.isEmpty())
                c.m_known.push_back({p.phash, p.code, p.photoId});
            c.m_bySha.emplace(p.sha256, c.m_photos.size());
            c.m_photos.push_back(std::move(p));
        }
        if (stmt->failed())
            return makeError(QStringLiteral("inventory_unreadable"), stmt->error());
        return c;
    }

    struct Photo {
        QString phash, code, photoId, sha256, role, assetUuid, takenAt;
    };

    const Photo *photoBySha(const QString &sha) const
    {
        const auto it = m_bySha.find(sha);
        return it == m_bySha.end() ? nullptr : &m_photos[it->second];
    }

    // Context for one asset; the error names the code when the inventory has no such asset.
    Result<core::PhotoCheckContext> context(const QString &code) const
    {
        const std::optional<core::Asset> asset = m_store->assetByCode(code);
        if (!asset)
            return makeError(QStringLiteral("asset_not_found"),
                             QStringLiteral("인벤토리에 시설물 %1이(가) 없습니다 / no asset %1 in the inventory").arg(code));
        core::PhotoCheckContext ctx;
        ctx.assetCode = asset->code;
        ctx.assetUuid = asset->uuid;
        if (asset->hasLocation)
            ctx.assetPosition = toWgs84(asset->x, asset->y);
        ctx.knownPhotos = m_known;
        // The latest "before" photo of this asset, if its file is in the photo folder.
        const core::PhotoStore files(m_store->photoDir());
        for (const Photo &p : m_photos) {
            if (p.assetUuid != asset->uuid || p.role != QLatin1String("before"))
                continue;
            const QString path = files.pathFor(p.sha256);
            const QDateTime taken = parseTime(p.takenAt);
            if (QFileInfo::exists(path) && (ctx.beforePhotoPath.isEmpty() || (taken.isValid() && taken > ctx.beforeTakenAt))) {
                ctx.beforePhotoPath = path;
                ctx.beforeTakenAt = taken;
            }
        }
        return ctx;
    }

    const core::AssetStore &store() const { return *m_store; }

private:
    std::unique_ptr<core::AssetStore> m_store;
    std::vector<core::KnownPhoto> m_known;
    std::vector<Photo> m_photos;
    std::map<QString, size_t> m_bySha;
};

QString formatValue(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("-");
    return std::fabs(v) >= 100 ? QString::number(v, 'f', 0) : QString::number(v, 'g', 3);
}

QString humanReport(const QString &file, const core::PhotoCheckResult &r)
{
    QString out = QStringLiteral("%1: %2 (%3×%4)\n").arg(file, core::toString(r.verdict).toUpper()).arg(r.width).arg(r.height);
    for (const core::PhotoCheck &c : r.checks) {
        out += QStringLiteral("  %1 %2 %3 / %4  %5 / %6\n")
                   .arg(c.id, -11)
                   .arg(core::toString(c.status), -5)
                   .arg(formatValue(c.value), 7)
                   .arg(formatValue(c.threshold), -6)
                   .arg(c.messageKo, c.messageEn);
    }
    return out;
}

QStringList takeReferences(QStringList &args, const QString &name)
{
    return takeOptionAll(args, name);
}

bool applyTimes(QStringList &args, core::PhotoCheckContext *ctx)
{
    const QString start = takeOption(args, QStringLiteral("--work-start"));
    const QString end = takeOption(args, QStringLiteral("--work-end"));
    for (const auto &[text, target] : {std::pair{start, &ctx->workStart}, std::pair{end, &ctx->workEnd}}) {
        if (text.isNull())
            continue;
        *target = parseTime(text);
        if (!target->isValid()) {
            printErr(QStringLiteral("날짜 형식이 잘못되었습니다 / not an ISO date-time: %1").arg(text));
            return false;
        }
    }
    return true;
}

int runCheckPhoto(const QStringList &argsIn)
{
    const QString usage = QStringLiteral(
        "check-photo PHOTO [--before B] [--mark REF …] [--old-mark REF …] [--inventory FILE --asset CODE] "
        "[--work-start ISO] [--work-end ISO] [--preview OUT.jpg] [--json]");
    QStringList args = argsIn;
    const QString before = takeOption(args, QStringLiteral("--before"));
    const QStringList marks = takeReferences(args, QStringLiteral("--mark"));
    const QStringList oldMarks = takeReferences(args, QStringLiteral("--old-mark"));
    const QString inventory = takeOption(args, QStringLiteral("--inventory"));
    const QString assetCode = takeOption(args, QStringLiteral("--asset"));
    const QString preview = takeOption(args, QStringLiteral("--preview"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    core::PhotoCheckContext ctx;
    if (!applyTimes(args, &ctx))
        return ExitUsage;
    if (!rejectUnknownOptions(args, usage))
        return ExitUsage;
    if (args.size() != 1 || (inventory.isEmpty() != assetCode.isEmpty())) {
        printErr(QStringLiteral("usage: goodcity-cli %1").arg(usage));
        return ExitUsage;
    }
    if (!inventory.isEmpty()) {
        auto inv = InventoryContext::open(inventory);
        if (!inv) {
            printErr(inv.error().message);
            return ExitUsage;
        }
        auto fromStore = inv->context(assetCode);
        if (!fromStore) {
            printErr(fromStore.error().message);
            return ExitUsage;
        }
        const QDateTime ws = ctx.workStart, we = ctx.workEnd;
        ctx = std::move(*fromStore);
        ctx.workStart = ws;
        ctx.workEnd = we;
    }
    if (!before.isEmpty()) {
        ctx.beforePhotoPath = before;
        ctx.beforeTakenAt = {};
    }
    auto checker = core::PhotoChecker::create(core::PhotoCheckThresholds{}, marks, oldMarks);
    if (!checker) {
        printErr(checker.error().message);
        return ExitUsage;
    }
    auto result = checker->checkFile(args[0], ctx);
    if (!result) {
        printErr(QStringLiteral("%1: %2").arg(args[0], result.error().message));
        return ExitUsage;
    }
    if (!preview.isEmpty()) {
        QFile f(preview);
        if (!f.open(QIODevice::WriteOnly) || f.write(result->previewJpeg) != result->previewJpeg.size())
            printErr(QStringLiteral("미리보기를 저장할 수 없습니다 / cannot write the preview %1").arg(preview));
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact)));
    else
        printOut(humanReport(args[0], *result));
    return result->verdict == core::PhotoVerdict::Pass ? ExitOk : ExitDataProblem;
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

int runCheckPhotos(const QStringList &argsIn)
{
    const QString usage = QStringLiteral(
        "check-photos DIR --inventory FILE [--mark REF …] [--old-mark REF …] [--work-start ISO] [--work-end ISO] "
        "[--out BASENAME] [--previews DIR] [--jobs N]");
    QStringList args = argsIn;
    const QString inventory = takeOption(args, QStringLiteral("--inventory"));
    const QStringList marks = takeReferences(args, QStringLiteral("--mark"));
    const QStringList oldMarks = takeReferences(args, QStringLiteral("--old-mark"));
    const QString outBase = takeOption(args, QStringLiteral("--out"));
    const QString previews = takeOption(args, QStringLiteral("--previews"));
    const QString jobsText = takeOption(args, QStringLiteral("--jobs"));
    core::PhotoCheckContext window;
    if (!applyTimes(args, &window))
        return ExitUsage;
    if (!rejectUnknownOptions(args, usage))
        return ExitUsage;
    if (args.size() != 1 || inventory.isEmpty()) {
        printErr(QStringLiteral("usage: goodcity-cli %1").arg(usage));
        return ExitUsage;
    }
    const QDir dir(args[0]);
    if (!dir.exists()) {
        printErr(QStringLiteral("폴더가 없습니다 / no such folder: %1").arg(args[0]));
        return ExitUsage;
    }
    auto inv = InventoryContext::open(inventory);
    if (!inv) {
        printErr(inv.error().message);
        return ExitUsage;
    }
    auto checker = core::PhotoChecker::create(core::PhotoCheckThresholds{}, marks, oldMarks);
    if (!checker) {
        printErr(checker.error().message);
        return ExitUsage;
    }
    if (!previews.isEmpty() && !QDir().mkpath(previews)) {
        printErr(QStringLiteral("미리보기 폴더를 만들 수 없습니다 / cannot create %1").arg(previews));
        return ExitUsage;
    }
    QStringList files;
    static const QStringList patterns{QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"), QStringLiteral("*.heic"),
                                      QStringLiteral("*.JPG"), QStringLiteral("*.JPEG"), QStringLiteral("*.PNG"), QStringLiteral("*.HEIC")};
    for (const QFileInfo &fi : dir.entryInfoList(patterns, QDir::Files, QDir::Name))
        files << fi.filePath();
    if (files.isEmpty()) {
        printErr(QStringLiteral("사진이 없습니다 / no photos (*.jpg, *.png) in %1").arg(args[0]));
        return ExitUsage;
    }

    struct Row {
        QString file, asset, role, verdict, error;
        std::optional<core::PhotoCheckResult> result;
    };
    std::vector<Row> rows(size_t(files.size()));
    static const QRegularExpression codeInName(QStringLiteral("GC-[A-Z]+-\\d+"));
    std::atomic<int> next{0}, done{0};
    auto worker = [&] {
        for (int i = next++; i < files.size(); i = next++) {
            Row &row = rows[size_t(i)];
            row.file = files[i];
            // Which asset: the inventory knows the file by its SHA-256, or the crew put the code in the name.
            const QString sha = core::PhotoStore::sha256OfFile(files[i]);
            const InventoryContext::Photo *filed = sha.isEmpty() ? nullptr : inv->photoBySha(sha);
            QString code = filed ? filed->code : codeInName.match(QFileInfo(files[i]).fileName()).captured();
            row.role = filed ? filed->role : QString();
            core::PhotoCheckContext ctx;
            if (!code.isEmpty()) {
                if (auto c = inv->context(code); c) {
                    ctx = std::move(*c);
                    row.asset = code;
                }
            }
            ctx.workStart = window.workStart;
            ctx.workEnd = window.workEnd;
            if (row.role == QLatin1String("before")) {
                row.verdict = QStringLiteral("skipped");  // a before photo shows the old mark by design
            } else {
                if (ctx.beforePhotoPath == QFileInfo(files[i]).absoluteFilePath())
                    ctx.beforePhotoPath.clear();
                auto r = checker->checkFile(files[i], ctx);
                if (r) {
                    row.verdict = core::toString(r->verdict);
                    row.result = std::move(*r);
                } else {
                    row.verdict = QStringLiteral("unreadable");
                    row.error = r.error().message;
                }
            }
            ++done;
        }
    };
    int jobs = jobsText.isEmpty() ? int(std::max(1u, std::thread::hardware_concurrency())) : jobsText.toInt();
    jobs = std::clamp(jobs, 1, 64);
    std::vector<std::thread> pool;
    for (int j = 0; j < jobs; ++j)
        pool.emplace_back(worker);
    const bool tty = isatty(fileno(stderr));
    const auto started = std::chrono::steady_clock::now();
    while (done < files.size()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const int d = done;
        if (tty) {
            const int width = 30, filled = width * d / int(files.size());
            std::fprintf(stderr, "\r[%s%s] %d/%lld", std::string(size_t(filled), '#').c_str(), std::string(size_t(width - filled), '.').c_str(), d,
                         qint64(files.size()));
            std::fflush(stderr);
        }
    }
    for (auto &t : pool)
        t.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (tty)
        std::fputc('\n', stderr);

    // Summary: one CSV row and one JSON object per photo.
    const QString base = outBase.isEmpty() ? QStringLiteral("photo-check") : outBase;
    QString csv = QStringLiteral("file,asset,verdict");
    for (const char *id : kCheckIds)
        csv += QLatin1Char(',') + QString::fromLatin1(id);
    csv += QStringLiteral(",mark_inliers,problems\n");
    QJsonArray all;
    std::map<QString, int> counts;
    for (const Row &row : rows) {
        ++counts[row.verdict];
        QStringList fields{csvField(row.file), csvField(row.asset), row.verdict};
        QStringList problems;
        QJsonObject o;
        if (row.result) {
            o = row.result->toJson();
            for (const char *id : kCheckIds) {
                const core::PhotoCheck *c = row.result->find(QString::fromLatin1(id));
                fields << (c ? core::toString(c->status) : QString());
                if (c && (c->status == core::PhotoCheckStatus::Fail || c->status == core::PhotoCheckStatus::Warn))
                    problems << QStringLiteral("%1: %2").arg(c->id, c->messageEn);
            }
            const core::PhotoCheck *m = row.result->find(QStringLiteral("mark"));
            fields << (m ? QString::number(m->details.value(QStringLiteral("inliers")).toInt()) : QString());
            if (!previews.isEmpty()) {
                QFile f(QDir(previews).filePath(QFileInfo(row.file).completeBaseName() + QStringLiteral(".preview.jpg")));
                if (f.open(QIODevice::WriteOnly))
                    f.write(row.result->previewJpeg);
            }
        } else {
            for (size_t k = 0; k < std::size(kCheckIds); ++k)
                fields << QString();
            fields << QString();
            if (!row.error.isEmpty())
                problems << row.error;
            o.insert(QStringLiteral("verdict"), row.verdict);
            if (!row.error.isEmpty())
                o.insert(QStringLiteral("error"), row.error);
        }
        fields << csvField(problems.join(QStringLiteral("; ")));
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
        o.insert(QStringLiteral("file"), row.file);
        o.insert(QStringLiteral("asset"), row.asset);
        all.append(o);
    }
    QJsonObject summary;
    for (const auto &[verdict, n] : counts)
        summary.insert(verdict, n);
    const QJsonObject doc{{QStringLiteral("photos"), all}, {QStringLiteral("summary"), summary}, {QStringLiteral("seconds"), seconds}};
    for (const auto &[suffix, bytes] : {std::pair{QStringLiteral(".csv"), csv.toUtf8()}, std::pair{QStringLiteral(".json"), QJsonDocument(doc).toJson()}}) {
        QFile f(base + suffix);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            printErr(QStringLiteral("요약을 저장할 수 없습니다 / cannot write %1: %2").arg(f.fileName(), f.errorString()));
            return ExitUsage;
        }
    }
    QStringList parts;
    for (const auto &[verdict, n] : counts)
        parts << QStringLiteral("%1 %2").arg(n).arg(verdict);
    printOut(QStringLiteral("%1 photos in %2 s (%3 jobs): %4\n→ %5.csv, %5.json")
                 .arg(files.size()).arg(seconds, 0, 'f', 1).arg(jobs).arg(parts.join(QStringLiteral(", ")), base));
    const bool allPass = counts.size() == counts.count(core::toString(core::PhotoVerdict::Pass)) + counts.count(QStringLiteral("skipped"));
    return allPass ? ExitOk : ExitDataProblem;
}

const Registration regOne{{QStringLiteral("check-photo"),
                           QStringLiteral("check-photo PHOTO [--before B] [--mark REF …] [--old-mark REF …] [--inventory FILE --asset CODE] [--json]"),
                           QStringLiteral("사진 자동 검증 / check one photo: mark, sharpness, exposure, duplicate, place, time, QR (exit 0 pass, 1 review/fail, 2 unreadable)"),
                           &runCheckPhoto}};
const Registration regMany{{QStringLiteral("check-photos"), QStringLiteral("check-photos DIR --inventory FILE [--out BASENAME] [--previews DIR]"),
                            QStringLiteral("폴더의 사진 일괄 검증 / check every photo in a folder on all cores; writes a CSV and JSON summary"),
                            &runCheckPhotos}};

} // namespace

} // namespace gc::cli
