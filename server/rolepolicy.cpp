#include "rolepolicy.h"
#include "text.h"

#include "domain/catalog.h"
#include "log/eventjson.h"
#include "log/eventkinds.h"
#include "log/surveyreducer.h"

namespace gc::server {

namespace {

// A refusal's reason as "한국어|English", both halves from the catalogue.
QString pipe(const gc::Text &why) { return why.render(gc::Lang::Korean) + QLatin1Char('|') + why.render(gc::Lang::English); }

// Why a crew may not set this status on this asset ("한국어|English"); empty when it may.
QString crewStatusProblem(const RoleRules &rules, const QString &crew, const QJsonObject &p, const WriteContext &context)
{
    const QString status = p.value(QStringLiteral("status")).toString();
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
    if (p.contains(QStringLiteral("method")) && !core::catalog::isValid(core::catalog::methods(), p.value(QStringLiteral("method")).toString()))
        return pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "unknown attachment method")));
    if (p.contains(QStringLiteral("mark_count"))) {
        const QJsonValue n = p.value(QStringLiteral("mark_count"));
        if (!n.isDouble() || n.toDouble() != double(n.toInt()) || n.toInt() < 1 || n.toInt() > rules.maxMarkCount)
            return pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "the number of marks is 1 to %1"), rules.maxMarkCount));
    }
    return {};
}

// Why a department may not write this survey event ("한국어|English"); empty when it may. The reducer files
// survey rows under payload.department, so that is what is judged; an asset named beside it must be the
// department's own too.
QString departmentProblem(const User &user, const QJsonObject &p, const WriteContext &context)
{
    const QString dept = p.value(QStringLiteral("department")).toString();
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
    // A photo's SHA-256 becomes a file name and a URL on every device: anything else stops their sync.
    if (e.kind == QLatin1String(core::EventKind::PhotoAdded)) {
        const QString sha = p.value(QStringLiteral("sha256")).toString();
        if (!core::eventjson::isSha256(sha))
            return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "a photo's sha256 is not 64 hex digits ('%1')"), sha.left(80))));
        if (!context.photoAddedBy.isEmpty() && context.photoAddedBy != e.actor)
            return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "a photo another person ('%1') added is not yours to replace"), context.photoAddedBy)));
    }
    if (user.role == Role::Admin || user.role == Role::Office)
        return {true, {}};
    if (e.actor != user.name)
        return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "events in another person's name are not yours to send"))));
    const core::EventKindSpec *spec = core::eventkinds::find(e.kind);
    const unsigned writers = spec ? spec->writers : 0u;
    if (user.role == Role::Crew) {
        // "The first one stands" must not follow a stamp anyone can set: a proposal is its first proposer's.
        if (e.kind == QLatin1String(core::EventKind::PlaceProposed) && !context.proposalOwner.isEmpty() && context.proposalOwner != e.actor)
            return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "this place was proposed by another person ('%1', proposal_id '%2')"), context.proposalOwner, p.value(QStringLiteral("proposal_id")).toString().left(64))));
        // A photo the crew did not upload itself is not its to file: filing another's photo (its sha256
        // seen in a pull) under its own asset would open that photo to its reads (attack pass).
        if (e.kind == QLatin1String(core::EventKind::PhotoAdded) && context.photoUploadedBy && *context.photoUploadedBy != user.name)
            return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "this photo was uploaded to the server by another user"))));
        if (!(writers & core::WriterCrew))
            return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "a crew logs installs and replacements, problems, photos and proposals only"))));
        // A crew files a photo against work it holds: an asset assigned to it (or a place it proposes).
        // Filing it under any other asset would also open that photo to the crew's reads (attack pass F4).
        if (e.kind == QLatin1String(core::EventKind::PhotoAdded) && p.value(QStringLiteral("proposal_id")).toString().isEmpty()
            && (!context.asset || context.asset->assignee != crewOf(user)))
            return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "a crew files photos of the assets assigned to it only (%1)"), crewOf(user))));
        if (e.kind != QLatin1String(core::EventKind::AssetStatus))
            return {true, {}};
        if (const QString why = crewStatusProblem(m_rules, crewOf(user), p, context); !why.isEmpty())
            return refuse(why);
        return {true, {}};
    }
    // Role::Department.
    if (!(writers & core::WriterDepartment))
        return refuse(pipe(gc::tx(QT_TRANSLATE_NOOP("gc", "a department writes its own surveys only"))));
    if (const QString why = departmentProblem(user, p, context); !why.isEmpty())
        return refuse(why);
    return {true, {}};
}

} // namespace gc::server
