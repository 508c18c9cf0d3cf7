#include "rolepolicy.h"
#include "text.h"

#include "model/catalog.h"
#include "model/eventjson.h"
#include "model/eventkinds.h"
#include "model/payloads.h"
#include "store/surveyreducer.h"

namespace gc::server {

namespace {

// A refusal's reason as "한국어|English", both halves from the catalogue.
QString pipe(const gc::Text &why) { return why.render(gc::Lang::Korean) + QLatin1Char('|') + why.render(gc::Lang::English); }

// Why a crew may not set this status on this asset ("한국어|English"); empty when it may.
QString crewStatusProblem(const RoleRules &rules, const QString &crew, const core::AssetStatusPayload &s, const WriteContext &context)
{
    const QString &status = s.status;
    const QJsonObject p = s.toJson(); // the keys the event names, a null among them
    if (!rules.crewStatuses.contains(status))
        return pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "a crew cannot set the status '%1'"), status.left(40)));
    if (!context.asset || context.asset->assignee != crew)
        return pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "the asset is not assigned to this crew (%1)"), crew));
    if (auto ok = core::checkTransition(context.asset->code, context.asset->status, status); !ok)
        return QString(ok.error().message()).replace(QStringLiteral(" / "), QStringLiteral("|"));
    for (const QString &key : rules.crewStatusFieldsRefused) {
        if (p.contains(key))
            return pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "a crew cannot change '%1'"), key));
    }
    // A key named with a null value has no typed value: refused as an unknown method or count, as any other.
    if (p.contains(QStringLiteral("method")) && !core::catalog::isValid(core::catalog::methods(), s.method.value_or(QString())))
        return pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "unknown attachment method")));
    if (p.contains(QStringLiteral("mark_count")) && (!s.markCount || *s.markCount < 1 || *s.markCount > rules.maxMarkCount))
        return pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "the number of marks is 1 to %1"), rules.maxMarkCount));
    return {};
}

// The words of a payload that does not fit its kind's one definition (model/payloadfields.h), "한국어|English".
// The server's parse (eventjson::fromJson) checks the same definition first, so this is for a direct caller.
QString payloadProblem(const Error &error) { return error.message(Lang::Korean) + QLatin1Char('|') + error.message(Lang::English); }

// A refusal of an asset event: why ("한국어|English"), the status and the code the answer carries.
struct AssetRefusal {
    QString why;
    int status = 400;
    QString code;
};

// Why an office (or admin) status change is not one the transition table allows; empty when it is.
// The office moves (assign, return, verify, reopen, cancel) are rows of that one table; an undone review
// (undo_of) puts a verified install back to review, the one move outside it (core/office OfficeActions).
std::optional<AssetRefusal> officeStatusProblem(const core::AssetStatusPayload &s, const WriteContext &context)
{
    const core::Asset &a = *context.asset;
    const bool undoReview = s.extra.contains(QStringLiteral("undo_of")) && core::isAssetStatus(a.status, core::AssetStatus::Verified)
                            && core::isAssetStatus(s.status, core::AssetStatus::Installed);
    if (!undoReview) {
        if (auto ok = core::checkTransition(a.code, a.status, s.status); !ok)
            return AssetRefusal{QString(ok.error().message()).replace(QStringLiteral(" / "), QStringLiteral("|")), 403, codeName(ok.error().code)};
    }
    if (core::isAssetStatus(s.status, core::AssetStatus::Verified) && !context.history.afterPhoto)
        return AssetRefusal{pipe(gc::tx("%1: %2", a.code, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot approve: there is no after photo"), a.code))), 403,
                            codeName(ErrorCode::NoAfterPhoto)};
    return std::nullopt;
}

// What keeps an asset's history whole, whoever writes (see RolePolicy). Crews reach only the stamp rule
// here; what they may do to an asset is crewStatusProblem's.
std::optional<AssetRefusal> assetProblem(const User &user, const core::Event &e, const WriteContext &context)
{
    if (!context.history.createdHlc.isEmpty() && e.hlc < context.history.createdHlc)
        return AssetRefusal{pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "'hlc' %1 is older than the asset's creation (%2): the change would never apply"),
                                        e.hlc.left(40), context.history.createdHlc.left(40))),
                            400, QStringLiteral("stale_stamp")};
    if ((user.role != Role::Admin && user.role != Role::Office) || !core::EventKind::isAssetKind(e.kind))
        return std::nullopt;
    const bool created = e.kind == QLatin1String(core::EventKind::AssetCreated);
    if (created && context.asset)
        return AssetRefusal{pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "'asset_uuid' %1 is an asset that exists already (%2): change it with asset.updated"),
                                        e.assetUuid, context.asset->code)),
                            400, QStringLiteral("asset_exists")};
    // A status change needs the status it leaves (the table allows nothing from no asset); an update or
    // a deletion of an asset the server does not hold stays the office's to send (backfilled history).
    if (e.kind == QLatin1String(core::EventKind::AssetStatus) && !context.asset)
        return AssetRefusal{pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "'asset_uuid' %1 is no asset of this inventory"), e.assetUuid)), 400, QStringLiteral("no_such_asset")};
    if (e.kind != QLatin1String(core::EventKind::AssetStatus))
        return std::nullopt;
    auto status = core::AssetStatusPayload::fromJson(e.payload, e.kind);
    if (!status)
        return AssetRefusal{payloadProblem(status.error()), 400, QStringLiteral("bad_event")};
    return officeStatusProblem(*status, context);
}

// Why a department may not write this survey event ("한국어|English"); empty when it may. The reducer files
// survey rows under payload.department, so that is what is judged; an asset named beside it must be the
// department's own too.
QString departmentProblem(const User &user, const core::SurveyRowsPayload &rows, const WriteContext &context)
{
    const QString &dept = rows.department;
    if (user.department.isEmpty() || dept != user.department)
        return pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "this survey belongs to another department ('%1')"), dept));
    if (context.asset && context.asset->department != user.department)
        return pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "this asset belongs to another department ('%1')"), context.asset->department));
    if (context.survey && context.survey->campaign != QLatin1String("open"))
        return pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "the survey is closed or does not exist; its rows cannot change")));
    if (context.survey && core::surveyreducer::isFinal(context.survey->submission))
        return pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "the office already decided on this sheet (%1); its rows cannot change"), context.survey->submission));
    return {};
}


} // namespace

RolePolicy::Decision RolePolicy::mayWrite(const User &user, const core::Event &e, const WriteContext &context) const
{
    auto refuse = [&](const QString &why) {
        const auto say = [&](int half, gc::Lang lang) {
            return gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%1 (%2, event %3 '%4')"), why.section(QLatin1Char('|'), half, half),
                                     roleName(user.role), e.id, e.kind),
                              lang);
        };
        return Decision{false, say(0, gc::Lang::Korean) + QStringLiteral(" / ") + say(1, gc::Lang::English)};
    };
    const QJsonObject &p = e.payload;
    std::optional<core::PhotoAddedPayload> photo;
    // A photo's SHA-256 becomes a file name and a URL on every device: anything else stops their sync.
    if (e.kind == QLatin1String(core::EventKind::PhotoAdded)) {
        auto checked = core::PhotoAddedPayload::fromJson(p, e.kind);
        const QString sha = checked ? checked->sha256 : core::PhotoAddedPayload::read(p).sha256;
        if (!core::eventjson::isSha256(sha))
            return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "a photo's sha256 is not 64 hex digits ('%1')"), sha.left(80))));
        if (!checked)
            return refuse(payloadProblem(checked.error()));
        photo = *checked;
        if (!context.photoAddedBy.isEmpty() && context.photoAddedBy != e.actor)
            return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "a photo another person ('%1') added is not yours to replace"), context.photoAddedBy)));
    }
    if (auto problem = assetProblem(user, e, context)) {
        Decision d = refuse(problem->why);
        d.status = problem->status;
        d.code = problem->code;
        return d;
    }
    if (user.role == Role::Admin || user.role == Role::Office)
        return {true, {}};
    if (e.actor != user.name)
        return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "events in another person's name are not yours to send"))));
    const core::EventKindSpec *spec = core::eventkinds::find(e.kind);
    const unsigned writers = spec ? spec->writers : 0u;
    if (user.role == Role::Crew) {
        // "The first one stands" must not follow a stamp anyone can set: a proposal is its first proposer's.
        std::optional<core::PlaceProposedPayload> proposal;
        if (e.kind == QLatin1String(core::EventKind::PlaceProposed)) {
            auto checked = core::PlaceProposedPayload::fromJson(p, e.kind);
            if (!checked)
                return refuse(payloadProblem(checked.error()));
            proposal = *checked;
        }
        if (proposal && !context.proposalOwner.isEmpty() && context.proposalOwner != e.actor)
            return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "this place was proposed by another person ('%1', proposal_id '%2')"), context.proposalOwner, proposal->proposalId.left(64))));
        // A photo the crew did not upload itself is not its to file: filing another's photo (its sha256
        // seen in a pull) under its own asset would open that photo to its reads (attack pass).
        if (e.kind == QLatin1String(core::EventKind::PhotoAdded) && context.photoUploadedBy && *context.photoUploadedBy != user.name)
            return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "this photo was uploaded to the server by another user"))));
        if (!(writers & core::WriterCrew))
            return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "a crew logs installs and replacements, problems, photos and proposals only"))));
        // A crew files a photo against work it holds: an asset assigned to it (or a place it proposes).
        // Filing it under any other asset would also open that photo to the crew's reads (attack pass F4).
        if (photo && photo->proposalId.value_or(QString()).isEmpty()
            && (!context.asset || context.asset->assignee != crewOf(user)))
            return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "a crew files photos of the assets assigned to it only (%1)"), crewOf(user))));
        if (e.kind != QLatin1String(core::EventKind::AssetStatus))
            return {true, {}};
        auto status = core::AssetStatusPayload::fromJson(p, e.kind);
        if (!status)
            return refuse(payloadProblem(status.error()));
        if (const QString why = crewStatusProblem(m_rules, crewOf(user), *status, context); !why.isEmpty())
            return refuse(why);
        return {true, {}};
    }
    // Role::Department.
    if (!(writers & core::WriterDepartment))
        return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "a department writes its own surveys only"))));
    auto rows = core::SurveyRowsPayload::fromJson(p, e.kind);
    if (!rows)
        return refuse(payloadProblem(rows.error()));
    if (const QString why = departmentProblem(user, *rows, context); !why.isEmpty())
        return refuse(why);
    return {true, {}};
}

} // namespace gc::server
