#include "model/eventjson.h"
#include "text.h"

#include "model/eventdomain.h"
#include "model/eventkinds.h"

#include <QRegularExpression>

namespace gc::core::eventjson {

// Every pattern is anchored at both ends (\A…\z through anchoredPattern): '$' alone also matches
// before a final newline, and "<64 hex>\n" as a photo name stopped every device's sync (W3.5).

bool isUuid(const QString &s)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
    return re.match(s).hasMatch();
}

bool isSha256(const QString &s)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    return re.match(s).hasMatch();
}

QJsonObject toJson(const Event &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},         {QStringLiteral("hlc"), e.hlc},
                       {QStringLiteral("time"), e.time},     {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("device"), e.device}, {QStringLiteral("kind"), e.kind},
                       {QStringLiteral("asset_uuid"), e.assetUuid.isEmpty() ? QJsonValue() : QJsonValue(e.assetUuid)},
                       {QStringLiteral("payload"), e.payload}};
}

Result<Event> fromJson(const QJsonObject &o)
{
    static const EventLimits limits;
    // The clock stamp: 15-digit milliseconds, counter, device (see HybridClock).
    static const QRegularExpression hlcRe(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{15}-[0-9]{9}-[^\\s\\x{0}]{1,128}")));
    static const QRegularExpression kindRe(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*")));
    Event e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.hlc = o.value(QStringLiteral("hlc")).toString();
    e.time = o.value(QStringLiteral("time")).toString();
    e.actor = o.value(QStringLiteral("actor")).toString();
    e.device = o.value(QStringLiteral("device")).toString();
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.assetUuid = o.value(QStringLiteral("asset_uuid")).toString();
    e.payload = o.value(QStringLiteral("payload")).toObject();
    auto bad = [&](const char *field, const QString &value) {
        const bool nul = value.contains(QChar(0));
        const QString shown = QString(value.left(80)).replace(QChar(0), QStringLiteral("\\u0000"));
        return makeError(ErrorCode::BadEvent,
                         tx(QT_TRANSLATE_NOOP("gc", "event %1: field '%2' is not valid%5 ('%3')"), QString(e.id.left(64)).replace(QChar(0), QStringLiteral("\\u0000")), QLatin1String(field), shown, nul ? QStringLiteral("(NUL 문자가 들어 있음)") : QString(), nul ? QStringLiteral(": it contains a NUL character") : QString()));
    };
    // PostgreSQL's text cannot hold a NUL: refused here, so both stores answer alike (400, not 503).
    auto badText = [](const QString &s, qsizetype max) { return s.isEmpty() || s.size() > max || s.contains(QChar(0)); };
    if (!isUuid(e.id))
        return bad("id", e.id);
    if (!hlcRe.match(e.hlc).hasMatch())
        return bad("hlc", e.hlc);
    if (e.kind.size() > limits.maxKind || !kindRe.match(e.kind).hasMatch())
        return bad("kind", e.kind);
    if (badText(e.time, limits.maxText) || !eventdomain::isPlausibleTime(e.time))
        return bad("time", e.time);
    if (badText(e.actor, limits.maxText))
        return bad("actor", e.actor);
    if (badText(e.device, limits.maxText))
        return bad("device", e.device);
    // An asset event names its asset by a UUID; any other kind names one (a photo) or none.
    if ((EventKind::isAssetKind(e.kind) || !e.assetUuid.isEmpty()) && !isUuid(e.assetUuid))
        return bad("asset_uuid", e.assetUuid);
    if (!o.value(QStringLiteral("payload")).isObject())
        return bad("payload", QStringLiteral("not an object"));
    if (auto ok = eventkinds::validate(e); !ok)
        return ok.error();
    return e;
}

} // namespace gc::core::eventjson
