#include "photojudge.h"

#include "photorenditions.h"
#include "storepool.h"

#include "photo/photocheckthresholds.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

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

namespace {

// The slot a claim names ("before", "after1", "cannot_install", …, from its event); one no profile knows
// is judged as an after photo, the strictest, as check-photo does by default.
core::PhotoSlot slotOf(const PhotoClaim &c) { return core::photoSlotFromString(c.slot).value_or(core::PhotoSlot::After); }

// The before photo of the replacement an after photo belongs to: the asset's last before photo whose
// event is not later than the after photo's (FieldWork files the before photo first).
std::optional<PhotoClaim> beforeClaimOf(PhotoVerdicts &s, const PhotoClaim &after)
{
    auto all = s.assetPhotoJudgements(after.assetUuid);
    if (!all)
        return std::nullopt;
    std::optional<PhotoClaim> found;
    for (const PhotoJudgement &j : *all)
        if (slotOf(j.claim) == core::PhotoSlot::Before && (after.occurredAt.isEmpty() || j.claim.occurredAt <= after.occurredAt))
            found = j.claim;
    return found;
}

// The stored verdict says same_place could not be compared for want of the before photo.
bool samePlaceNotChecked(const QByteArray &result)
{
    const QJsonObject checks = QJsonDocument::fromJson(result).object().value(QStringLiteral("checks")).toObject();
    return checks.value(QStringLiteral("same_place")).toObject().value(QStringLiteral("not_checked")).toBool();
}

} // namespace

PhotoJudge::BeforePhoto PhotoJudge::beforePhotoOf(SyncStore &s, const PhotoClaim &after)
{
    BeforePhoto b;
    const auto claim = beforeClaimOf(s, after);
    if (!claim) {
        b.missing = gc::tx(QT_TRANSLATE_NOOP("gc", "the before photo of this replacement is not on the server: same place not checked"));
        return b;
    }
    b.sha256 = claim->sha256;
    if (auto bytes = s.photo(claim->sha256); bytes && *bytes) {
        b.bytes = std::move(**bytes);
        return b;
    }
    b.missing = gc::tx(QT_TRANSLATE_NOOP("gc", "the before photo is not uploaded yet: same place not checked; judged again when it arrives"));
    return b;
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
    auto found = s.photoJudgement(sha256);
    if (!found || !*found || (*found)->claim.assetUuid.isEmpty())
        return; // its event has not arrived: noteClaims queues it again
    const PhotoClaim claim = (*found)->claim;
    const core::PhotoSlot slot = slotOf(claim);
    core::PhotoCheckContext ctx;
    ctx.slot = slot;
    ctx.assetUuid = claim.assetUuid;
    if (auto asset = s.asset(ctx.assetUuid); asset && *asset)
        ctx.assetCode = (*asset)->code;
    // Only an after photo is compared with a before photo: the one of its replacement, when the server has it.
    const BeforePhoto before = slot == core::PhotoSlot::After ? beforePhotoOf(s, claim) : BeforePhoto{};
    QString verdict = core::toString(core::PhotoVerdict::Error);
    QByteArray result;
    if (m_checker) {
        auto checked = judgeSlot(*m_checker, **photo, ctx, before);
        verdict = checked ? core::toString(checked->verdict) : verdict;
        result = QJsonDocument(checked ? verdictJson(*checked, before)
                                       : QJsonObject{{QStringLiteral("error"), checked.error().message()}})
                     .toJson(QJsonDocument::Compact);
    }
    if (auto r = s.putServerVerdict(sha256, verdict, result); !r)
        qWarning("goodcity-server: photo %s: verdict not stored: %s", qPrintable(sha256.left(12)), qPrintable(r.error().message()));
    ++m_judged;
    afterVerdict(s, claim, slot, samePlaceNotChecked(result));
}

// Judged again when what was missing arrived: the after photos of an asset whose before photo is now
// judged (so it is here), or this after photo if its before photo came while it was being judged.
void PhotoJudge::afterVerdict(SyncStore &s, const PhotoClaim &claim, core::PhotoSlot slot, bool notChecked)
{
    if (slot == core::PhotoSlot::Before) {
        auto all = s.assetPhotoJudgements(claim.assetUuid);
        if (!all)
            return;
        for (const PhotoJudgement &j : *all)
            if (slotOf(j.claim) == core::PhotoSlot::After && samePlaceNotChecked(j.result) && !beforePhotoOf(s, j.claim).bytes.isEmpty())
                photoArrived(j.claim.sha256);
    } else if (slot == core::PhotoSlot::After && notChecked && !beforePhotoOf(s, claim).bytes.isEmpty()) {
        photoArrived(claim.sha256);
    }
}

QJsonObject PhotoJudge::verdictJson(const core::PhotoCheckResult &checked, const BeforePhoto &before)
{
    QJsonObject o = checked.toJson();
    o.remove(QStringLiteral("preview")); // the drawn preview is the device's; renditions serve the office
    // Every check that made the verdict, in the words the crew saw: what the office reads as the reason.
    QJsonArray problems;
    for (const core::PhotoCheck *c : checked.problems())
        problems.append(QJsonObject{{QStringLiteral("check"), c->id},
                                    {QStringLiteral("status"), core::toString(c->status)},
                                    {QStringLiteral("ko"), c->message(Lang::Korean)},
                                    {QStringLiteral("en"), c->message(Lang::English)}});
    o.insert(QStringLiteral("problems"), problems);
    if (!before.sha256.isEmpty())
        o.insert(QStringLiteral("before_sha256"), before.sha256);
    return o;
}

Result<core::PhotoCheckResult> judgeSlot(const core::PhotoChecker &checker, const QByteArray &photo, const core::PhotoCheckContext &context,
                                         const PhotoJudge::BeforePhoto &before)
{
    core::PhotoCheckContext ctx = context;
    // The checker compares with a before photo on disk: the server's copy goes to a private file for the check.
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("goodcity-before-XXXXXX.jpg")));
    if (ctx.slot == core::PhotoSlot::After && !before.bytes.isEmpty()) {
        if (!file.open() || file.write(before.bytes) != before.bytes.size() || !file.flush())
            return makeError(ErrorCode::Io, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot write the before photo to a temporary file: %1"), file.errorString()));
        ctx.beforePhotoPath = file.fileName();
    }
    auto checked = checker.check(photo, ctx);
    if (!checked || ctx.slot != core::PhotoSlot::After || !ctx.beforePhotoPath.isEmpty())
        return checked;
    // No before photo to compare with: said so, never passed silently (the device compared its own).
    for (core::PhotoCheck &c : checked->checks) {
        if (c.id != QLatin1String("same_place"))
            continue;
        c.status = core::PhotoCheckStatus::Warn;
        c.text = before.missing;
        c.details.insert(QStringLiteral("not_checked"), true);
    }
    checked->verdict = core::PhotoCheckResult::judge(checked->checks);
    return checked;
}

} // namespace gc::server
