#include "field/fieldwork.h"
#include "store/donglayer.h"
#include "text.h"
#include "model/assetstatus.h"
#include "model/photoverdict.h"
#include "store/assetstore.h"
#include "model/donglocator.h"
#include "field/fieldtables.h"
#include "model/payloads.h"
#include "store/timeuuid.h"
#include "photo/photocheckthresholds.h"
#include "photo/photodecoder.h"
#include "store/storeaccess.h"

#include <QJsonArray>

#include <array>

namespace gc::core {

namespace {

constexpr std::array<CatalogEntry, 6> kReasons{{
    {"removed", "철거됨", "removed"},
    {"obstructed", "가려져 부착 불가", "obstructed"},
    {"owner_refused", "소유자·관리자 거부", "owner refused"},
    {"wrong_size", "규격 맞지 않음", "wrong size"},
    {"damaged", "시설물 파손", "asset damaged"},
    {"other", "기타", "other"},
}};

// A photo must be one: a JPEG or PNG that decodes (a text file named .jpg is not evidence of anything).
// Decoded at 1/8 scale where JPEG allows, so the check costs little beside the save.
VoidResult requirePhoto(const QByteArray &bytes, const QString &whatKo, const QString &whatEn)
{
    static const PhotoCheckThresholds limits;
    const Result<DecodedPhoto> decoded = PhotoDecoder(limits).decode(bytes, 256);
    if (decoded)
        return Ok{};
    return makeError(ErrorCode::NotAPhoto, gc::tx(QT_TRANSLATE_NOOP("gc", "the %2 is not a JPEG or PNG photo — retake it or choose another: %3"), whatKo, whatEn, decoded.error().message()));
}

// A photo that failed its check goes to the office only with a reason it can weigh.
// A photo the app failed, or could not judge, reaches the office only with the crew's reason.
VoidResult requireReviewReason(const QJsonObject &checks, const QString &reviewReason)
{
    bool failed = false;
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        const PhotoVerdict v = photoVerdictFromString(it.value().toString());
        failed = failed || v == PhotoVerdict::Fail || v == PhotoVerdict::Error;
    }
    if (!failed || reviewReason.trimmed().size() >= FieldWork::kMinReviewReason)
        return Ok{};
    return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "a review request needs a reason of at least %1 characters why the photo is right"), FieldWork::kMinReviewReason));
}

Error readOnly(const AssetStore &s)
{
    return makeError(ErrorCode::ReadOnly, gc::tx("%1: %2", s.path(), gc::tx(QT_TRANSLATE_NOOP("gc", "opened read-only"), s.path())));
}

} // namespace

std::span<const CatalogEntry> FieldWork::cannotInstallReasons() { return kReasons; }

VoidResult FieldWork::checkStatusChange(const QString &assetUuid, AssetStatus to, QString *code) const
{
    const auto a = m_store.asset(assetUuid);
    if (!a)
        return makeError(ErrorCode::NotFound, gc::tx(QT_TRANSLATE_NOOP("gc", "no such asset: %1"), assetUuid));
    if (auto ok = checkTransition(a->code, a->status, toString(to)); !ok)
        return ok;
    if (code)
        *code = a->code;
    return Ok{};
}

VoidResult FieldWork::logReplacement(const Replacement &r)
{
    if (m_store.readOnly())
        return readOnly(m_store);
    if (auto ok = checkStatusChange(r.assetUuid, AssetStatus::Installed, nullptr); !ok)
        return ok;
    if (r.beforePhoto.isEmpty())
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "a before photo is needed")));
    if (r.afterPhotos.empty())
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "an after photo is needed")));
    if (!catalog::isValid(catalog::methods(), r.method))
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "choose an attachment method"), catalog::allowedValues(catalog::methods())));
    if (r.markCount < 1 || r.markCount > 99)
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "the number of marks is 1 to 99")));
    if (auto ok = requireReviewReason(r.checks, r.reviewReason); !ok)
        return ok;
    if (auto ok = requirePhoto(r.beforePhoto, QStringLiteral("교체 전 사진"), QStringLiteral("before photo")); !ok)
        return ok;
    for (size_t i = 0; i < r.afterPhotos.size(); ++i) {
        if (auto ok = requirePhoto(r.afterPhotos[i], QStringLiteral("교체 후 사진 %1").arg(i + 1), QStringLiteral("after photo %1").arg(i + 1)); !ok)
            return ok;
    }

    std::vector<NewEvent> events;
    QStringList photoIds;
    auto add = [&](const QString &role, const QString &slot, const QByteArray &bytes) -> VoidResult {
        auto row = m_store.storePhoto(role, bytes);
        if (!row)
            return row.error();
        photoIds << row->photoId;
        QJsonObject payload = reducer::photoPayload(*row);
        if (const QString source = r.sources.value(slot).toString(); source == QLatin1String("camera") || source == QLatin1String("file"))
            payload.insert(QStringLiteral("source"), source);
        events.push_back({QLatin1String(EventKind::PhotoAdded), r.assetUuid, payload});
        return Ok{};
    };
    if (auto ok = add(QStringLiteral("before"), QStringLiteral("before"), r.beforePhoto); !ok)
        return ok;
    for (size_t i = 0; i < r.afterPhotos.size(); ++i) {
        if (auto ok = add(QStringLiteral("after"), QStringLiteral("after%1").arg(i + 1), r.afterPhotos[i]); !ok)
            return ok;
    }
    AssetStatusPayload status;
    status.status = toString(AssetStatus::Installed);
    status.method = r.method;
    status.markCount = r.markCount;
    status.photos = photoIds;
    if (!r.note.trimmed().isEmpty())
        status.note = r.note.trimmed();
    if (!r.checks.isEmpty()) {
        // Only verdicts the office queue understands are stored; anything else is kept as "error"
        // so that the office looks at that photo instead of reading it as passed.
        QJsonObject checks;
        for (auto it = r.checks.begin(); it != r.checks.end(); ++it)
            checks.insert(it.key(), toString(photoVerdictFromString(it.value().toString())));
        status.checks = checks;
    }
    if (!r.problems.isEmpty())
        status.problems = r.problems;
    if (!r.reviewReason.trimmed().isEmpty())
        status.reviewReason = r.reviewReason.trimmed();
    if (r.position) {
        status.x = r.position->x();
        status.y = r.position->y();
    }
    events.push_back({QLatin1String(EventKind::AssetStatus), r.assetUuid, status.toJson()});
    auto recorded = m_store.record(events);
    if (!recorded)
        return recorded.error();
    return Ok{};
}

VoidResult FieldWork::cannotInstall(const QString &assetUuid, const QString &reasonCode, const QString &note, const QByteArray &photo,
                                    const PhotoEvidence &evidence)
{
    if (m_store.readOnly())
        return readOnly(m_store);
    if (auto ok = checkStatusChange(assetUuid, AssetStatus::NeedsAttention, nullptr); !ok)
        return ok;
    const CatalogEntry *reason = catalog::find(kReasons, reasonCode);
    if (!reason)
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "choose a reason"), catalog::allowedValues(kReasons)));
    if (reasonCode == QLatin1String("other") && note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "'other' needs a note")));
    if (photo.isEmpty())
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "a photo of the place is needed")));
    const QString slot = QStringLiteral("problem");
    QJsonObject checks;
    if (!evidence.verdict.isEmpty())
        checks.insert(slot, toString(photoVerdictFromString(evidence.verdict)));
    if (auto ok = requireReviewReason(checks, evidence.reviewReason); !ok)
        return ok;
    if (auto ok = requirePhoto(photo, QStringLiteral("현장 사진"), QStringLiteral("photo of the place")); !ok)
        return ok;
    auto row = m_store.storePhoto(QStringLiteral("cannot_install"), photo);
    if (!row)
        return row.error();
    QJsonObject photoAdded = reducer::photoPayload(*row);
    if (evidence.source == QLatin1String("camera") || evidence.source == QLatin1String("file"))
        photoAdded.insert(QStringLiteral("source"), evidence.source);
    // Stored as "한국어 / English" (what every reader of asset.status reasons knows).
    QString text = gc::inLanguage(gc::Lang::Both, QString::fromUtf8(reason->ko), QString::fromUtf8(reason->en));
    if (!note.trimmed().isEmpty())
        text += QStringLiteral(": ") + note.trimmed();
    AssetStatusPayload status;
    status.status = toString(AssetStatus::NeedsAttention);
    status.reason = text;
    status.reasonCode = QString::fromUtf8(reason->code);
    status.photos = QStringList{row->photoId};
    if (!checks.isEmpty())
        status.checks = checks;
    if (!evidence.problems.isEmpty())
        status.problems = QJsonObject{{slot, evidence.problems}};
    if (!evidence.reviewReason.trimmed().isEmpty())
        status.reviewReason = evidence.reviewReason.trimmed();
    auto recorded = m_store.record({{QLatin1String(EventKind::PhotoAdded), assetUuid, photoAdded},
                                    {QLatin1String(EventKind::AssetStatus), assetUuid, status.toJson()}});
    if (!recorded)
        return recorded.error();
    return Ok{};
}

Result<PlaceProposal> FieldWork::proposePlace(const NewPlace &p)
{
    if (m_store.readOnly())
        return readOnly(m_store);
    if (!catalog::isValid(catalog::categories(), p.category))
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "choose a category"), catalog::allowedValues(catalog::categories())));
    auto dongs = DongLayer::load(StoreAccess::db(m_store));
    if (!dongs)
        return dongs.error();
    const QString dong = dongs->locate(p.x, p.y);
    if (dong.isEmpty())
        return makeError(ErrorCode::Outside, gc::tx(QT_TRANSLATE_NOOP("gc", "the place is outside Geumcheon-gu")));
    if (p.photo.isEmpty())
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP3("gc", "a photo of the place is needed", "fieldwork")));
    if (auto ok = requirePhoto(p.photo, QStringLiteral("장소 사진"), QStringLiteral("photo of the place")); !ok)
        return ok.error();
    auto row = m_store.storePhoto(QStringLiteral("proposal"), p.photo);
    if (!row)
        return row.error();
    const QString id = timeOrderedUuid();
    PlaceProposedPayload payload{.proposalId = id, .category = p.category, .x = p.x, .y = p.y, .dongCode = dong, .photoSha256 = row->sha256};
    if (!p.note.trimmed().isEmpty())
        payload.note = p.note.trimmed();
    PhotoAddedPayload photo = PhotoAddedPayload::read(reducer::photoPayload(*row));
    photo.proposalId = id;
    auto recorded = m_store.record({{QLatin1String(EventKind::PhotoAdded), QString(), photo.toJson()},
                                    {QLatin1String(EventKind::PlaceProposed), QString(), payload.toJson()}});
    if (!recorded)
        return recorded.error();
    FieldBook book;
    FieldTables::apply(book, recorded->back());
    return book.proposals.begin()->second;
}

} // namespace gc::core
