#include "photojudge.h"

#include "photorenditions.h"
#include "storepool.h"

#include "photo/photocheckthresholds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace gc::server {

PhotoJudge::PhotoJudge(StorePool &pool, JudgeTuning tuning) : m_pool(pool)
{
    m_threads.setMaxThreadCount(std::max(1, tuning.maxThreads));
    auto checker = core::PhotoChecker::create(core::PhotoCheckThresholds{});
    if (checker)
        m_checker = std::make_unique<core::PhotoChecker>(std::move(*checker));
    else
        qWarning("goodcity-server: the photo checker cannot start, every verdict is 'error': %s", qPrintable(checker.error().message()));
}

PhotoJudge::~PhotoJudge() { m_threads.waitForDone(); }

void PhotoJudge::waitForDone() { m_threads.waitForDone(); }

std::vector<PhotoClaim> PhotoJudge::claimsIn(const std::vector<core::Event> &events)
{
    // photo id → slot and device verdict, from the asset.status events that list photos (FieldWork:
    // before first, then the after photos in order, and "checks" keyed by those slots).
    std::map<QString, std::pair<QString, QString>> slotOf;
    for (const core::Event &e : events) {
        if (e.kind != QLatin1String(core::EventKind::AssetStatus))
            continue;
        const QJsonArray photos = e.payload.value(QStringLiteral("photos")).toArray();
        const QJsonObject checks = e.payload.value(QStringLiteral("checks")).toObject();
        for (qsizetype i = 0; i < photos.size(); ++i) {
            const QString slot = i == 0 ? QStringLiteral("before") : QStringLiteral("after%1").arg(i);
            slotOf[photos.at(i).toString()] = {slot, checks.value(slot).toString()};
        }
    }
    std::vector<PhotoClaim> out;
    for (const core::Event &e : events) {
        if (e.kind != QLatin1String(core::EventKind::PhotoAdded))
            continue;
        const QJsonObject &p = e.payload;
        PhotoClaim c{p.value(QStringLiteral("sha256")).toString(), e.assetUuid, p.value(QStringLiteral("role")).toString(), {},
                     p.value(QStringLiteral("taken_at")).toString(), e.time};
        if (auto it = slotOf.find(p.value(QStringLiteral("photo_id")).toString()); it != slotOf.end()) {
            c.slot = it->second.first;
            c.deviceVerdict = it->second.second;
        }
        out.push_back(std::move(c));
    }
    return out;
}

VoidResult PhotoJudge::noteClaims(PhotoVerdicts &store, const std::vector<PhotoClaim> &claims)
{
    for (const PhotoClaim &c : claims) {
        if (auto r = store.putPhotoClaim(c); !r)
            return r;
        photoArrived(c.sha256);
    }
    return Ok{};
}

void PhotoJudge::photoArrived(const QString &sha256)
{
    m_threads.start([this, sha256] { judge(sha256); });
}

void PhotoJudge::judge(const QString &sha256)
{
    auto lease = m_pool.take();
    SyncStore &s = *lease;
    auto photo = s.photo(sha256);
    if (!photo || !*photo)
        return; // not uploaded yet: the upload queues it again
    if (auto made = PhotoRenditions::makeAll(s, sha256, **photo); !made)
        qWarning("goodcity-server: photo %s: no renditions: %s", qPrintable(sha256.left(12)), qPrintable(made.error().message()));
    auto claim = s.photoJudgement(sha256);
    if (!claim || !*claim || (*claim)->claim.assetUuid.isEmpty())
        return; // its event has not arrived: noteClaims queues it again
    core::PhotoCheckContext ctx;
    ctx.assetUuid = (*claim)->claim.assetUuid;
    if (auto asset = s.asset(ctx.assetUuid); asset && *asset)
        ctx.assetCode = (*asset)->code;
    QString verdict = core::toString(core::PhotoVerdict::Error);
    QByteArray result;
    if (m_checker) {
        auto checked = judgeSlot(*m_checker, **photo, (*claim)->claim.slot, ctx);
        if (checked) {
            verdict = core::toString(checked->verdict);
            QJsonObject o = checked->toJson();
            o.remove(QStringLiteral("preview")); // the drawn preview is the device's; renditions serve the office
            result = QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else {
            result = QJsonDocument(QJsonObject{{QStringLiteral("error"), checked.error().message()}}).toJson(QJsonDocument::Compact);
        }
    }
    if (auto r = s.putServerVerdict(sha256, verdict, result); !r)
        qWarning("goodcity-server: photo %s: verdict not stored: %s", qPrintable(sha256.left(12)), qPrintable(r.error().message()));
    ++m_judged;
}

Result<core::PhotoCheckResult> judgeSlot(const core::PhotoChecker &checker, const QByteArray &photo, const QString &slot,
                                         const core::PhotoCheckContext &context)
{
    (void)slot; // every slot gets the same checks until the per-slot profiles (W3.1) say otherwise
    return checker.check(photo, context);
}

} // namespace gc::server
