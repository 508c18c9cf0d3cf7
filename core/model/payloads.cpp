#include "model/payloads.h"

#include "model/eventkinds.h"

#include <cmath>

namespace gc::core {

namespace payload {

bool take(const QJsonValue &v, QString &out)
{
    if (!v.isString())
        return false;
    out = v.toString();
    return true;
}

bool take(const QJsonValue &v, double &out)
{
    if (!v.isDouble())
        return false;
    out = v.toDouble();
    return true;
}

bool take(const QJsonValue &v, qint64 &out)
{
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9e15)
        return false;
    out = qint64(d);
    return true;
}

bool take(const QJsonValue &v, bool &out)
{
    if (!v.isBool())
        return false;
    out = v.toBool();
    return true;
}

bool take(const QJsonValue &v, QStringList &out)
{
    if (!v.isArray())
        return false;
    QStringList list;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return false;
        list << item.toString();
    }
    out = list;
    return true;
}

bool take(const QJsonValue &v, QJsonObject &out)
{
    if (!v.isObject())
        return false;
    out = v.toObject();
    return true;
}

bool take(const QJsonValue &v, QJsonArray &out)
{
    if (!v.isArray())
        return false;
    out = v.toArray();
    return true;
}

QJsonValue toValue(const QString &v) { return v; }
QJsonValue toValue(double v) { return v; }
QJsonValue toValue(qint64 v) { return v; }
QJsonValue toValue(bool v) { return v; }
QJsonValue toValue(const QStringList &v) { return QJsonArray::fromStringList(v); }
QJsonValue toValue(const QJsonObject &v) { return v; }
QJsonValue toValue(const QJsonArray &v) { return v; }

} // namespace payload

#define GC_PAYLOAD_WRITE(member, key, type, required, maxLength, items) payload::write(o, QStringLiteral(key), member);
#define GC_PAYLOAD_READ(member, key, type, required, maxLength, items) payload::read(q.extra, QStringLiteral(key), q.member);
#define GC_PAYLOAD_TAKE(member, key, type, required, maxLength, items)                                                          \
    if (const auto it = o.constFind(QLatin1String(key)); it != o.constEnd() && payload::take(*it, p.member))                    \
        ++taken;

#define GC_PAYLOAD_ITEM_IMPL(Name, LIST)                                                                                        \
    QJsonObject Name::toJson() const                                                                                            \
    {                                                                                                                           \
        QJsonObject o = extra;                                                                                                  \
        LIST(GC_PAYLOAD_WRITE)                                                                                                  \
        return o;                                                                                                               \
    }                                                                                                                           \
    Name Name::read(const QJsonObject &o)                                                                                       \
    {                                                                                                                           \
        /* Usually every key is a field of its type: then extra stays empty and nothing is copied. */                          \
        Name p;                                                                                                                 \
        qsizetype taken = 0;                                                                                                    \
        LIST(GC_PAYLOAD_TAKE)                                                                                                   \
        if (taken == o.size())                                                                                                  \
            return p;                                                                                                           \
        Name q;                                                                                                                 \
        q.extra = o;                                                                                                            \
        LIST(GC_PAYLOAD_READ)                                                                                                   \
        return q;                                                                                                               \
    }

#define GC_PAYLOAD_IMPL(Name, LIST)                                                                                             \
    GC_PAYLOAD_ITEM_IMPL(Name, LIST)                                                                                            \
    Result<Name> Name::fromJson(const QJsonObject &o, const QString &kind)                                                      \
    {                                                                                                                           \
        if (auto ok = eventkinds::validatePayload(kind, o); !ok)                                                                \
            return ok.error();                                                                                                  \
        return read(o);                                                                                                         \
    }

GC_PAYLOAD_ITEM_IMPL(SurveyRowItem, GC_PAYLOAD_SURVEY_ROW)
GC_PAYLOAD_ITEM_IMPL(AppliedItem, GC_PAYLOAD_APPLIED)
GC_PAYLOAD_ITEM_IMPL(PhotoProblemItem, GC_PAYLOAD_PHOTO_PROBLEM)

GC_PAYLOAD_IMPL(AssetFieldsPayload, GC_PAYLOAD_ASSET_FIELDS)
GC_PAYLOAD_IMPL(AssetStatusPayload, GC_PAYLOAD_ASSET_STATUS)
GC_PAYLOAD_IMPL(AssetDeletedPayload, GC_PAYLOAD_ASSET_DELETED)
GC_PAYLOAD_IMPL(PhotoAddedPayload, GC_PAYLOAD_PHOTO_ADDED)
GC_PAYLOAD_IMPL(SurveyOpenedPayload, GC_PAYLOAD_SURVEY_OPENED)
GC_PAYLOAD_IMPL(SurveyClosedPayload, GC_PAYLOAD_SURVEY_CLOSED)
GC_PAYLOAD_IMPL(SurveyRowsPayload, GC_PAYLOAD_SURVEY_ROWS)
GC_PAYLOAD_IMPL(SurveyReviewedPayload, GC_PAYLOAD_SURVEY_REVIEWED)
GC_PAYLOAD_IMPL(UserPayload, GC_PAYLOAD_USER)
GC_PAYLOAD_IMPL(PlaceProposedPayload, GC_PAYLOAD_PLACE_PROPOSED)
GC_PAYLOAD_IMPL(PlaceDecidedPayload, GC_PAYLOAD_PLACE_DECIDED)
GC_PAYLOAD_IMPL(ConflictResolvedPayload, GC_PAYLOAD_CONFLICT_RESOLVED)

namespace payloads {

namespace {

template <typename P> Result<QJsonObject> roundTrip(const QJsonObject &payload, const QString &kind)
{
    auto p = P::fromJson(payload, kind);
    if (!p)
        return p.error();
    return p->toJson();
}

template <typename P> constexpr TypedKind typed(const char *kind) { return {kind, P::fields(), &roundTrip<P>}; }

} // namespace

std::span<const TypedKind> all()
{
    static const TypedKind kinds[] = {
        typed<AssetFieldsPayload>(EventKind::AssetCreated),       typed<AssetFieldsPayload>(EventKind::AssetUpdated),
        typed<AssetStatusPayload>(EventKind::AssetStatus),        typed<AssetDeletedPayload>(EventKind::AssetDeleted),
        typed<PhotoAddedPayload>(EventKind::PhotoAdded),          typed<SurveyOpenedPayload>(EventKind::SurveyOpened),
        typed<SurveyClosedPayload>(EventKind::SurveyClosed),      typed<SurveyRowsPayload>(EventKind::SurveyRowsSaved),
        typed<SurveyRowsPayload>(EventKind::SurveyRowsSubmitted), typed<SurveyReviewedPayload>(EventKind::SurveyReviewed),
        typed<UserPayload>(EventKind::UserAdded),                 typed<UserPayload>(EventKind::UserUpdated),
        typed<PlaceProposedPayload>(EventKind::PlaceProposed),    typed<PlaceDecidedPayload>(EventKind::PlaceDecided),
        typed<ConflictResolvedPayload>(EventKind::ConflictResolved),
    };
    return kinds;
}

const TypedKind *find(const QString &kind)
{
    for (const TypedKind &k : all()) {
        if (kind == QLatin1String(k.kind))
            return &k;
    }
    return nullptr;
}

} // namespace payloads

} // namespace gc::core
