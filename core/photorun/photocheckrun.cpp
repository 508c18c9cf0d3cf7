#include "photorun/photocheckrun.h"
#include "text.h"
#include "model/photoverdict.h"
#include "photo/photocheckthresholds.h"
#include "photofiles/photostore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

namespace gc::core {

namespace {

QString formatValue(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("-");
    return std::fabs(v) >= 100 ? QString::number(v, 'f', 0) : QString::number(v, 'g', 3);
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

QDateTime PhotoCheckRun::parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone("Asia/Seoul")); // times without a zone are the district's
    return t;
}

QStringList PhotoCheckRun::photosIn(const QDir &dir)
{
    static const QStringList patterns{QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"), QStringLiteral("*.heic"),
                                      QStringLiteral("*.JPG"), QStringLiteral("*.JPEG"), QStringLiteral("*.PNG"), QStringLiteral("*.HEIC")};
    QStringList files;
    for (const QFileInfo &fi : dir.entryInfoList(patterns, QDir::Files, QDir::Name))
        files << fi.filePath();
    return files;
}

Result<PhotoCheckResult> PhotoCheckRun::checkOne(const PhotoCheckRequest &request)
{
    PhotoCheckContext ctx;
    if (!request.inventory.isEmpty()) {
        auto inventory = InventoryPhotos::open(request.inventory);
        if (!inventory)
            return inventory.error();
        auto fromStore = inventory->context(request.assetCode);
        if (!fromStore)
            return fromStore.error();
        ctx = std::move(*fromStore);
    }
    ctx.slot = request.slot;
    ctx.workStart = request.workStart;
    ctx.workEnd = request.workEnd;
    if (!request.before.isEmpty()) {
        ctx.beforePhotoPath = request.before;
        ctx.beforeTakenAt = {};
    }
    auto checker = PhotoChecker::create(PhotoCheckThresholds{}, request.marks, request.oldMarks);
    if (!checker)
        return checker.error();
    auto result = checker->checkFile(request.photo, ctx);
    if (!result)
        return makeError(result.error().code, QStringLiteral("%1: %2").arg(request.photo, result.error().message()));
    return result;
}

QString PhotoCheckRun::report(const QString &file, const PhotoCheckResult &r)
{
    QString out = QStringLiteral("%1: %2 as a %3 photo (%4×%5)\n").arg(file, toString(r.verdict).toUpper(), toString(r.slot)).arg(r.width).arg(r.height);
    for (const PhotoCheck *c : r.problems())
        out += QStringLiteral("  → %1\n").arg(c->message());
    for (const PhotoCheck &c : r.checks) {
        out += QStringLiteral("  %1 %2 %3 %4 / %5  %6 / %7\n")
                   .arg(c.id, -11)
                   .arg(toString(c.status), -5)
                   .arg(toString(c.weight), -8)
                   .arg(formatValue(c.value), 7)
                   .arg(formatValue(c.threshold), -6)
                   .arg(c.message(Lang::Korean), c.message(Lang::English));
    }
    return out;
}

PhotoCheckRun::PhotoCheckRun(InventoryPhotos inventory, PhotoChecker checker)
    : m_inventory(std::move(inventory)), m_checker(std::move(checker))
{
}

Result<PhotoCheckRun> PhotoCheckRun::open(const QString &inventoryPath, const QStringList &marks, const QStringList &oldMarks)
{
    auto inventory = InventoryPhotos::open(inventoryPath);
    if (!inventory)
        return inventory.error();
    // The run's own workers keep every core busy: a second decoder per photo would only add CPU time.
    PhotoCheckThresholds thresholds;
    thresholds.decodeParts = 1;
    auto checker = PhotoChecker::create(thresholds, marks, oldMarks);
    if (!checker)
        return checker.error();
    return PhotoCheckRun(std::move(*inventory), std::move(*checker));
}

void PhotoCheckRun::setWorkWindow(const QDateTime &start, const QDateTime &end)
{
    m_workStart = start;
    m_workEnd = end;
}

void PhotoCheckRun::run(const QStringList &files, int jobs, const std::function<void(int, int)> &progress)
{
    m_rows.assign(size_t(files.size()), {});
    m_jobs = std::clamp(jobs, 1, 64);
    static const QRegularExpression codeInName(QStringLiteral("GC-[A-Z]+-\\d+"));
    std::atomic<int> next{0}, done{0};
    auto worker = [&] {
        for (int i = next++; i < files.size(); i = next++) {
            PhotoCheckRow &row = m_rows[size_t(i)];
            row.file = files[i];
            const QString sha = PhotoStore::sha256OfFile(files[i]);
            const InventoryPhotos::Photo *filed = sha.isEmpty() ? nullptr : m_inventory.bySha(sha);
            const QString code = filed ? filed->code : codeInName.match(QFileInfo(files[i]).fileName()).captured();
            row.role = filed ? filed->role : QString();
            PhotoCheckContext ctx;
            if (!code.isEmpty()) {
                if (auto c = m_inventory.context(code); c) {
                    ctx = std::move(*c);
                    row.asset = code;
                }
            }
            ctx.workStart = m_workStart;
            ctx.workEnd = m_workEnd;
            ctx.slot = photoSlotFromString(row.role).value_or(PhotoSlot::After);
            if (ctx.beforePhotoPath == QFileInfo(files[i]).absoluteFilePath())
                ctx.beforePhotoPath.clear(); // the photo is this asset's before photo: no comparison with itself
            auto r = m_checker.checkFile(files[i], ctx);
            if (r) {
                row.verdict = toString(r->verdict);
                row.result = std::move(*r);
            } else {
                row.verdict = toString(PhotoVerdict::Error);
                row.error = r.error().message();
            }
            ++done;
        }
    };
    std::vector<std::thread> pool;
    for (int j = 0; j < m_jobs; ++j)
        pool.emplace_back(worker);
    const auto started = std::chrono::steady_clock::now();
    if (progress) {
        while (done < files.size()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            progress(done, int(files.size()));
        }
    }
    for (auto &t : pool)
        t.join();
    m_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

std::map<QString, int> PhotoCheckRun::counts() const
{
    std::map<QString, int> out;
    for (const PhotoCheckRow &row : m_rows)
        ++out[row.verdict];
    return out;
}

bool PhotoCheckRun::allPass() const
{
    const auto c = counts();
    return c.size() == c.count(toString(PhotoVerdict::Pass));
}

QString PhotoCheckRun::csv() const
{
    QString csv = QStringLiteral("file,asset,slot,verdict");
    for (const QString &id : PhotoSlotProfile::checks())
        csv += QLatin1Char(',') + id;
    csv += QStringLiteral(",mark_inliers,problems\n");
    for (const PhotoCheckRow &row : m_rows) {
        QStringList fields{csvField(row.file), csvField(row.asset), row.result ? toString(row.result->slot) : QString(), row.verdict};
        QStringList problems;
        if (row.result) {
            for (const QString &id : PhotoSlotProfile::checks()) {
                const PhotoCheck *c = row.result->find(id);
                fields << (c ? toString(c->status) : QString());
            }
            for (const PhotoCheck *c : row.result->problems())
                problems << QStringLiteral("%1: %2").arg(c->id, c->message(Lang::English));
            const PhotoCheck *m = row.result->find(QStringLiteral("mark"));
            fields << (m ? QString::number(m->details.value(QStringLiteral("inliers")).toInt()) : QString());
        } else {
            for (qsizetype k = 0; k < PhotoSlotProfile::checks().size(); ++k)
                fields << QString();
            fields << QString();
            if (!row.error.isEmpty())
                problems << row.error;
        }
        fields << csvField(problems.join(QStringLiteral("; ")));
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

QJsonObject PhotoCheckRun::json() const
{
    QJsonArray all;
    for (const PhotoCheckRow &row : m_rows) {
        QJsonObject o;
        if (row.result) {
            o = row.result->toJson();
        } else {
            o.insert(QStringLiteral("verdict"), row.verdict);
            if (!row.error.isEmpty())
                o.insert(QStringLiteral("error"), row.error);
        }
        o.insert(QStringLiteral("file"), row.file);
        o.insert(QStringLiteral("asset"), row.asset);
        all.append(o);
    }
    QJsonObject summary;
    for (const auto &[verdict, n] : counts())
        summary.insert(verdict, n);
    return {{QStringLiteral("photos"), all}, {QStringLiteral("summary"), summary}, {QStringLiteral("seconds"), m_seconds}};
}

VoidResult PhotoCheckRun::write(const QString &base, const QString &previewDir) const
{
    if (!previewDir.isEmpty()) {
        for (const PhotoCheckRow &row : m_rows) {
            if (!row.result)
                continue;
            QFile f(QDir(previewDir).filePath(QFileInfo(row.file).completeBaseName() + QStringLiteral(".preview.jpg")));
            if (f.open(QIODevice::WriteOnly))
                f.write(row.result->previewJpeg);
        }
    }
    for (const auto &[suffix, bytes] : {std::pair{QStringLiteral(".csv"), csv().toUtf8()}, std::pair{QStringLiteral(".json"), QJsonDocument(json()).toJson()}}) {
        QFile f(base + suffix);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return makeError(ErrorCode::WriteFailed,
                             gc::tx(QT_TRANSLATE_NOOP("gc", "cannot write %1: %2"), f.fileName(), f.errorString()));
    }
    return Ok{};
}

QString PhotoCheckRun::summary(const QString &base) const
{
    QStringList parts;
    for (const auto &[verdict, n] : counts())
        parts << QStringLiteral("%1 %2").arg(n).arg(verdict);
    return QStringLiteral("%1 photos in %2 s (%3 jobs): %4\n→ %5.csv, %5.json")
        .arg(m_rows.size()).arg(m_seconds, 0, 'f', 1).arg(m_jobs).arg(parts.join(QStringLiteral(", ")), base);
}

} // namespace gc::core
