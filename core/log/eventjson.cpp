#include "log/eventjson.h"

#include <QRegularExpression>

namespace gc::core::eventjson {

namespace {
// Limits that keep one event a sane size; a batch larger than these is refused, not truncated.
struct EventLimits {
    qsizetype maxText = 256;
    qsizetype maxKind = 64;
};
} // namespace

bool isUuid(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(s).hasMatch();
}

bool isSha256(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
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
    static const QRegularExpression hlcRe(QStringLiteral("^[0-9]{15}-[0-9]{9}-[^\\s]{1,128}$"));
    static const QRegularExpression kindRe(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$"));
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
        return makeError(QStringLiteral("bad_event"),
                         QStringLiteral("이벤트 %1: '%2' 값이 올바르지 않습니다 / event %1: field '%2' is not valid ('%3')")
                             .arg(e.id.left(64), QLatin1String(field), value.left(80)));
    };
    if (!isUuid(e.id))
        return bad("id", e.id);
    if (!hlcRe.match(e.hlc).hasMatch())
        return bad("hlc", e.hlc);
    if (e.kind.size() > limits.maxKind || !kindRe.match(e.kind).hasMatch())
        return bad("kind", e.kind);
    if (e.time.isEmpty() || e.time.size() > limits.maxText)
        return bad("time", e.time);
    if (e.actor.isEmpty() || e.actor.size() > limits.maxText)
        return bad("actor", e.actor);
    if (e.device.isEmpty() || e.device.size() > limits.maxText)
        return bad("device", e.device);
    if (!e.assetUuid.isEmpty() && e.assetUuid.size() > limits.maxText)
        return bad("asset_uuid", e.assetUuid);
    if (!o.value(QStringLiteral("payload")).isObject())
        return bad("payload", QStringLiteral("not an object"));
    return e;
}

} // namespace gc::core::eventjson
